"""A position's support at a glance in a list cell: a small stacked bar and "7/12 · 1 bezwaar"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from delegate_app.core.services import weighing
from delegate_app.ui.positions.grades import GRADE_ORDER, grade_colour, status_colour

# Item data role holding the per-grade counts (a dict code -> count), in GRADE_ORDER.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 20
BAR_WIDTH = 70


def tally_counts(tally: weighing.Tally | None) -> dict[str, int] | None:
    if tally is None:
        return None
    return {g.value: f.count for g, f in tally.grades.items()}


def support_text(tally: weighing.Tally | None, objections: Callable[[int], str]) -> str:
    """Support as "7/12", after the objections ("1 bezwaar · 7/12"): dissent is always in view."""
    if tally is None:
        return ""
    text = f"{tally.support.count}/{tally.members}"
    if tally.objection.count:
        # Objections first, so a narrow column cuts off the count, never the dissent.
        text = f"{objections(tally.objection.count)} · {text}"
    return text


def paint_bar(painter: QPainter, bar: QRectF, counts: dict[str, int]) -> None:
    """A small stacked bar of grade counts; empty grades take no room."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addRoundedRect(bar, 3, 3)
    painter.setClipPath(clip)
    painter.fillRect(bar, grade_colour("geen_reactie"))
    total = sum(int(counts.get(code, 0)) for code in GRADE_ORDER)
    x = bar.left()
    for code in GRADE_ORDER:
        value = int(counts.get(code, 0))
        if total and value:
            width = bar.width() * value / total
            painter.fillRect(QRectF(x, bar.top(), width, bar.height()), grade_colour(code))
            x += width
    painter.setClipping(False)
    painter.setPen(QColor(0, 0, 0, 40))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(bar, 3, 3)
    painter.restore()


def draw_item_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> tuple[QStyleOptionViewItem, str, QColor]:
    """Draw the cell's background and selection without its text; return the option, the text and its colour."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    selected = bool(opt.state & QStyle.StateFlag.State_Selected)
    colour = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
    return opt, text, colour


class SupportDelegate(QStyledItemDelegate):
    """Draws the bar before the cell's text; the text (with the objections) stays readable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        # Also sets the row height of uniform rows: a little air around every agenda item.
        return QSize(size.width() + BAR_WIDTH + 10, max(size.height(), option.fontMetrics.height() + 12))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        counts: Any = index.data(COUNTS_ROLE)
        if not isinstance(counts, dict):
            super().paint(painter, option, index)
            return
        opt, text, colour = draw_item_background(self, painter, option, index)
        rect = opt.rect
        paint_bar(painter, QRectF(rect.left() + 6, rect.center().y() - 4, BAR_WIDTH, 8), counts)
        painter.save()
        painter.setPen(colour)
        text_rect = rect.adjusted(BAR_WIDTH + 14, 0, -4, 0)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()


# Roles of a two-line list entry (title on the first line; status chip, bar and a note below).
STATUS_ROLE = Qt.ItemDataRole.UserRole + 21  # (code, label)
SUPPORT_ROLE = Qt.ItemDataRole.UserRole + 22  # the support text


class EntryDelegate(QStyledItemDelegate):
    """Title in bold; below it a status chip, optionally the support bar, and a short text ("7/12 · 1 bezwaar")."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(200, line * 2 + 22)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt, title, text_colour = draw_item_background(self, painter, option, index)
        rect = opt.rect.adjusted(10, 6, -10, -6)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        metrics = QFontMetrics(font)
        line = metrics.height()
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        small = QFont(opt.font)
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        small_metrics = QFontMetrics(small)
        y = rect.top() + line + 5
        height = small_metrics.height() + 2
        status = index.data(STATUS_ROLE)
        x = float(rect.left())
        if isinstance(status, tuple):
            code, text = status
            width = small_metrics.horizontalAdvance(text) + 12
            chip = QRectF(x, y, width, height)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            # On a selected row the chip turns white so it stays readable on the highlight.
            painter.setBrush(QColor("white") if selected else status_colour(code))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(status_colour(code) if selected else QColor("white"))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 10
        counts = index.data(COUNTS_ROLE)
        if isinstance(counts, dict):
            paint_bar(painter, QRectF(x, y + height / 2 - 4, 56, 8), counts)
            x += 64
        painter.setPen(text_colour)
        support = str(index.data(SUPPORT_ROLE) or "")
        painter.drawText(
            QRectF(x, y, rect.right() - x, height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            small_metrics.elidedText(support, Qt.TextElideMode.ElideRight, int(rect.right() - x)),
        )
        painter.restore()
