"""Cell painters for the register: 1–5 levels as pips, status and confidentiality as coloured pills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPen, QPixmap
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
    widget = option.widget
    style = widget.style() if widget is not None else None
    if style is None:
        return
    opt = QStyleOptionViewItem(option)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewRow, opt, painter, widget)
    model = index.model()
    if isinstance(model, ConcernTableModel):
        tint = model.data(index, Qt.ItemDataRole.BackgroundRole)
        if tint is not None:
            painter.fillRect(option.rect, tint)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)


def _pixmap(width: float, height: float, ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _draw_centred(painter: QPainter, rect: QRect, pixmap: QPixmap, *, left: int | None = None) -> None:
    ratio = pixmap.devicePixelRatio()
    width, height = pixmap.width() / ratio, pixmap.height() / ratio
    x = rect.x() + left if left is not None else rect.x() + (rect.width() - width) / 2
    painter.drawPixmap(QPointF(x, rect.y() + (rect.height() - height) / 2), pixmap)


class LevelDelegate(QStyledItemDelegate):
    """Urgency or impact 1..5 as five pips; the number stays the accessible text.

    Each level is drawn once into a pixmap and reused: a repaint of the register is
    then a few blits rather than 5 ellipses per visible cell.
    """

    SIZE, GAP = 6.0, 3.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[int, float, str], QPixmap] = {}

    def _pips(self, level: int, ratio: float, empty: QColor) -> QPixmap:
        key = (level, ratio, empty.name())
        found = self._cache.get(key)
        if found is None:
            size, gap = self.SIZE, self.GAP
            found, painter = _pixmap(5 * size + 4 * gap + 2, size + 2, ratio)
            colour = QColor(LEVEL_COLOURS[max(0, min(4, level - 1))])
            for i in range(5):
                pip = QRectF(1 + i * (size + gap), 1, size, size)
                if i < level:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                else:
                    painter.setPen(QPen(empty, 1.0))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(pip)
            painter.end()
            self._cache[key] = found
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        _text, level = _cell(index)
        if not isinstance(level, int):
            super().paint(painter, option, index)
            return
        _paint_background(painter, option, index)
        empty = option.palette.color(option.palette.ColorRole.Mid)
        _draw_centred(painter, option.rect, self._pips(level, painter.device().devicePixelRatioF(), empty))

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(int(5 * self.SIZE + 4 * self.GAP) + 16, super().sizeHint(option, index).height())


class PillDelegate(QStyledItemDelegate):
    """A stored code shown as its label in a rounded, coloured pill (drawn once per label, then reused)."""

    PAD = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[str, str, int, float, str], QPixmap] = {}

    def _pill(self, code: str, text: str, width: int, ratio: float, font: QFont) -> QPixmap:
        key = (code, text, width, ratio, font.key())
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 500:  # column widths change while dragging
                self._cache.clear()
            metrics = QFontMetrics(font)
            height = metrics.height() + 4
            wide = min(metrics.horizontalAdvance(text) + 2 * self.PAD, width)
            found, painter = _pixmap(wide, height, ratio)
            background, foreground = PILL_COLOURS.get(code, ("#ececec", "#333333"))
            path = QPainterPath()
            path.addRoundedRect(QRectF(0, 0, wide, height), height / 2, height / 2)
            painter.fillPath(path, QColor(background))
            painter.setFont(font)
            painter.setPen(QColor(foreground))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, wide - 2 * self.PAD))
            painter.drawText(QRectF(0, 0, wide, height), int(Qt.AlignmentFlag.AlignCenter), shown)
            painter.end()
            self._cache[key] = found
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text, code = _cell(index)
        if not code or not text:
            super().paint(painter, option, index)
            return
        _paint_background(painter, option, index)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        rect = option.rect
        pill = self._pill(str(code), text, rect.width() - 8, painter.device().devicePixelRatioF(), font)
        _draw_centred(painter, rect, pill, left=4)

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
