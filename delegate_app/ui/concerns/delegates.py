"""Cell painters for the register: 1–5 levels as pips, status and confidentiality as coloured pills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from delegate_app.ui.concerns.table_model import ConcernTableModel

_Index = QModelIndex | QPersistentModelIndex

# Pill colours (background, text) per stored code; calm tones that read on white and in print.
PILL_COLOURS: dict[str, tuple[str, str]] = {
    "new": ("#e3efff", "#1d4f91"),
    "triaged": ("#efe6fb", "#5b3a91"),
    "in_position": ("#fff1d6", "#8a5300"),
    "raised": ("#ffe4d6", "#9a3d0b"),
    "answered": ("#dff3e4", "#1e6b35"),
    "closed": ("#ececec", "#555555"),
    "openbaar": ("#dff3e4", "#1e6b35"),
    "regio": ("#e3efff", "#1d4f91"),
    "vertrouwelijk": ("#fbdede", "#9b1c1c"),
}
LEVEL_COLOURS = ("#9aa5b1", "#9aa5b1", "#d69e2e", "#dd6b20", "#c53030")


def _cell(index: _Index) -> tuple[str, int | str | None]:
    model = index.model()
    if isinstance(model, ConcernTableModel):
        return model.cell(index.row(), index.column())
    return "", None


def _paint_background(painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
    """The cell's own background, the confidential tint, and selection or hover as the style draws them."""
    widget = option.widget  # type: ignore[attr-defined]
    style = widget.style() if widget is not None else None
    if style is None:
        return
    opt = QStyleOptionViewItem(option)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, opt, painter, widget)
    model = index.model()
    if isinstance(model, ConcernTableModel):
        tint = model.data(index, Qt.ItemDataRole.BackgroundRole)
        if tint is not None:
            painter.fillRect(option.rect, tint)  # type: ignore[attr-defined]
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)


class LevelDelegate(QStyledItemDelegate):
    """Urgency or impact 1..5 as five pips; the number stays the accessible text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        _text, level = _cell(index)
        if not isinstance(level, int):
            super().paint(painter, option, index)
            return
        _paint_background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size, gap = 6.0, 3.0
        total = 5 * size + 4 * gap
        rect = option.rect
        x = rect.x() + (rect.width() - total) / 2
        y = rect.y() + (rect.height() - size) / 2
        colour = QColor(LEVEL_COLOURS[max(0, min(4, level - 1))])
        empty = QColor(option.palette.color(option.palette.ColorRole.Mid))
        for i in range(5):
            pip = QRectF(x + i * (size + gap), y, size, size)
            if i < level:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
            else:
                painter.setPen(QPen(empty, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(pip)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(5 * 6 + 4 * 3 + 16, super().sizeHint(option, index).height())


class PillDelegate(QStyledItemDelegate):
    """A stored code shown as its label in a rounded, coloured pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text, code = _cell(index)
        if not code or not text:
            super().paint(painter, option, index)
            return
        _paint_background(painter, option, index)
        background, foreground = PILL_COLOURS.get(str(code), ("#ececec", "#333333"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.92)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        pad_x, height = 7, metrics.height() + 4
        width = min(metrics.horizontalAdvance(text) + 2 * pad_x, option.rect.width() - 8)
        pill = QRect(
            option.rect.x() + 4, option.rect.y() + (option.rect.height() - height) // 2, width, height
        )
        path = QPainterPath()
        path.addRoundedRect(QRectF(pill), height / 2, height / 2)
        painter.fillPath(path, QColor(background))
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, pill.width() - 2 * pad_x))
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, hint.height())


def lock_icon(colour: str = "#9b1c1c") -> QIcon:
    """A small padlock, drawn so it needs no image file and follows the given colour."""
    result = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = size / 16
        pen = QPen(QColor(colour), 1.6 * scale)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(4.5 * scale, 1.5 * scale, 7 * scale, 8 * scale), 0, 180 * 16)
        painter.drawLine(
            QRectF(4.5 * scale, 5.5 * scale, 0, 0).topLeft(), QRectF(4.5 * scale, 7.5 * scale, 0, 0).topLeft()
        )
        painter.drawLine(
            QRectF(11.5 * scale, 5.5 * scale, 0, 0).topLeft(),
            QRectF(11.5 * scale, 7.5 * scale, 0, 0).topLeft(),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(
            QRectF(2.5 * scale, 7 * scale, 11 * scale, 8 * scale), 1.5 * scale, 1.5 * scale
        )
        painter.end()
        result.addPixmap(pixmap)
    return result
