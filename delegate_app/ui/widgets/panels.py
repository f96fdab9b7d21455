"""Calm containers for dashboards and forms: a titled panel and a figure tile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

_PANEL_STYLE = """
QFrame#panel, QFrame#tile {
    background: palette(base);
    border: 1px solid palette(midlight);
    border-radius: 8px;
}
QFrame#panel QLabel, QFrame#tile QLabel { background: transparent; border: none; }
"""


def _scaled(label: QLabel, factor: float, bold: bool = False) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold:
        font.setWeight(font.Weight.DemiBold)
    label.setFont(font)


class Panel(QFrame):
    """A framed section with a heading; put the content in `body`."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setStyleSheet(_PANEL_STYLE)
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        _scaled(self.title, 1.1, bold=True)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)

    def set_title(self, title: str) -> None:
        self.title.setText(title)


class Tile(QFrame):
    """One headline figure with a caption and a line of detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(_PANEL_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = QLabel()
        self.figure = QLabel("–")
        self.figure.setObjectName("tileFigure")
        _scaled(self.figure, 2.1, bold=True)
        self.detail = QLabel()
        self.detail.setObjectName("tileDetail")
        self.detail.setForegroundRole(self.detail.foregroundRole())
        for label in (self.caption, self.figure, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 12)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.figure)
        layout.addWidget(self.detail)

    def set(self, caption: str, figure: str, detail: str = "") -> None:
        self.caption.setText(caption)
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{caption}: {figure}")
        self.setAccessibleDescription(detail)
