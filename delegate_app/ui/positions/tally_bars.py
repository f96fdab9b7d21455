"""Stacked bars of a position's support, by number of municipalities and by inhabitants."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from delegate_app.ui.positions.grades import GRADE_COLOURS, grade_colour, grade_label


@dataclass(frozen=True)
class BarPart:
    grade: str  # a Grade code
    value: int  # municipalities or inhabitants
    text: str  # "3 (25,0%)", ready to show


class TallyBar(QWidget):
    """One horizontal bar split into grade segments; empty grades take no room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[BarPart] = []
        self.marker: float | None = None  # a threshold drawn as a tick, 0..1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return QSize(240, 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 16)

    def set_parts(self, parts: Sequence[BarPart], marker: float | None = None) -> None:
        self.parts = list(parts)
        self.marker = marker
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        clip = QPainterPath()
        clip.addRoundedRect(rect, 4, 4)
        painter.setClipPath(clip)
        painter.fillRect(rect, QColor(GRADE_COLOURS["geen_reactie"]))
        total = sum(p.value for p in self.parts)
        x = rect.left()
        if total > 0:
            for part in self.parts:
                if part.value <= 0:
                    continue
                width = rect.width() * part.value / total
                painter.fillRect(QRectF(x, rect.top(), width, rect.height()), grade_colour(part.grade))
                x += width
        painter.setClipping(False)
        if self.marker is not None:
            mx = rect.left() + rect.width() * self.marker
            painter.setPen(QPen(self.palette().text().color(), 1.5))
            painter.drawLine(int(mx), int(rect.top()) - 1, int(mx), int(rect.bottom()) + 1)
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 4, 4)


class TallyPanel(QWidget):
    """A titled bar with a legend of every grade and the "how computed" text under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = TallyBar(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.how = QLabel(self)
        self.how.setWordWrap(True)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.bar)
        layout.addWidget(self.legend)
        layout.addWidget(self.how)
        for plain in (self.title, self.summary, self.how):
            plain.setTextFormat(Qt.TextFormat.PlainText)

    def show_tally(
        self, title: str, summary: str, parts: Sequence[BarPart], how: str, marker: float | None = None
    ) -> None:
        self.title.setText(title)
        self.summary.setText(summary)
        self.bar.set_parts(parts, marker)
        self.how.setText(how)
        self.how.setAccessibleName(self.tr("How “{title}” is computed").format(title=title))
        description = "; ".join(f"{grade_label(p.grade)}: {p.text}" for p in parts)
        self.bar.setAccessibleName(title)
        self.bar.setAccessibleDescription(description)
        self.bar.setToolTip(f"{description}\n\n{how}")
        self.setToolTip(how)
        self._fill_legend(parts)

    def _fill_legend(self, parts: Sequence[BarPart]) -> None:
        entries = []
        for part in parts:
            if part.value <= 0 and part.grade != "bezwaar":
                continue  # objections are always named, even when there are none
            text = escape(f"{grade_label(part.grade)} {part.text}")
            if part.grade == "bezwaar" and part.value > 0:
                # Dissent is never toned down: objections stand out in the legend.
                text = f"<span style='color:#a93226; font-weight:600'>{text}</span>"
            swatch = f"<span style='color:{GRADE_COLOURS.get(part.grade, '#e3e6ea')}'>■</span>"
            entries.append(f"<span style='white-space:nowrap'>{swatch}&nbsp;{text}</span>")
        self.legend.setText(" &nbsp; ".join(entries))
