"""The minutes of a session: Markdown saved as you type, and their status draft → corrected → final."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from delegate_app.core.models import MinutesStatus
from delegate_app.core.services.labels import choices
from delegate_app.ui.positions.editor import MarkdownEditor


class MinutesPanel(QWidget):
    """Final minutes are locked; "Reopen" unlocks them for a correction."""

    status_chosen = Signal(str)
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status_label.setBuddy(self.status)
        self.reopen = QPushButton(self)
        self.editor = MarkdownEditor(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status_label)
        head.addWidget(self.status)
        head.addWidget(self.reopen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.note)
        self._loading = False
        self.status.currentIndexChanged.connect(self._status_changed)
        self.reopen.clicked.connect(self.reopen_requested)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.status.currentData()
        with QSignalBlocker(self.status):
            self.status.clear()
            for member, text in choices(MinutesStatus):
                self.status.addItem(text, member.value)
            self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.title.setText(self.tr("Minutes"))
        self.status_label.setText(self.tr("Stat&us:"))
        self.status.setAccessibleName(self.tr("Status of the minutes"))
        self.reopen.setText(self.tr("&Reopen"))
        self.reopen.setAccessibleName(self.tr("Reopen the final minutes for a correction"))
        self.editor.retranslate()
        self.editor.source.setAccessibleName(self.tr("Minutes (Markdown)"))
        self.editor.source.setPlaceholderText(
            self.tr("Minutes of the session. Markdown: # heading, - bullet, **bold**")
        )
        self.editor.preview.setAccessibleName(self.tr("Preview of the minutes"))

    def show_status(self, code: str, editable: bool) -> None:
        self._loading = True
        self.status.setCurrentIndex(max(self.status.findData(code), 0))
        self._loading = False
        final = code == MinutesStatus.FINAL.value
        self.status.setEnabled(editable and not final)
        self.reopen.setVisible(final)
        self.reopen.setEnabled(editable)
        self.note.setText(
            self.tr("Final minutes are locked. Reopen them to correct something; they become corrected.")
            if final
            else self.tr(
                "Saved as you type. Mark them corrected after the members' remarks, final once agreed."
            )
        )

    def _status_changed(self) -> None:
        if not self._loading:
            self.status_chosen.emit(str(self.status.currentData()))
