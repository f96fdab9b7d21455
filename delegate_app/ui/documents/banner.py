"""A coloured message strip inside a dialog: a problem, a caution, or a result with its follow-up buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Background, border and text: calm tints that keep their contrast on a light palette.
_TONES = {
    "error": ("#fdecea", "#d93025", "#7a1c14"),
    "warning": ("#fff6e0", "#d9a21b", "#5c4100"),
    "confidential": ("#fdecea", "#b3261e", "#7a1c14"),
    "success": ("#e9f5ec", "#34a853", "#1d4d2b"),
    "info": ("#eef3fb", "#7b9fd6", "#23395d"),
}


class Banner(QFrame):
    """Hidden until `show_message`; buttons added with `add_button` sit at its right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.tone = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._buttons = QVBoxLayout()
        self._buttons.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 9, 12, 9)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addLayout(self._buttons)
        self.hide()

    def add_button(self, button: QPushButton) -> QPushButton:
        self._buttons.addWidget(button)
        return button

    def show_message(self, tone: str, text: str, *, buttons: bool = False) -> None:
        """Show `text` in `tone` (error, warning, confidential, success, info); `buttons` shows the buttons."""
        background, border, ink = _TONES[tone]
        self.tone = tone
        self.setStyleSheet(
            f"QFrame#banner {{ background: {background}; border: 1px solid {border}; "
            f"border-left: 4px solid {border}; border-radius: 6px; }}"
            f"QFrame#banner > QLabel {{ color: {ink}; background: transparent; border: none; }}"
        )
        self.label.setText(text)
        self.setAccessibleName(text)
        for index in range(self._buttons.count()):
            item = self._buttons.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setVisible(buttons)
        self.show()
        if tone in {"error", "confidential"}:
            # A screen reader announces a problem that appears without a dialog.
            QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))

    def clear(self) -> None:
        self.tone = ""
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
