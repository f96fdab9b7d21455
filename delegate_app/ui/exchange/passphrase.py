"""Typing the region's exchange passphrase: the fields (with confirmation for a new one) and the dialog that asks.

The passphrase lives only in these fields until it is taken; it is never stored,
logged or put in a setting. What the keyring can do is said beside the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.exchange import secrets
from delegate_app.core.exchange.keys import MIN_PASSPHRASE

ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: palette(placeholder-text);"


def keyring_note(remembering: bool) -> str:
    """What happens to the key on this system, for the text below the fields."""
    from PySide6.QtCore import QCoreApplication

    if not secrets.available():
        return secrets.unavailable_notice()
    if remembering:
        return QCoreApplication.translate(
            "Passphrase",
            "Regiostem keeps the key derived from it in the system keyring, never the passphrase itself.",
        )
    return ""


class PassphraseFields(QWidget):
    """A passphrase field, optionally a second one to confirm it, and what is wrong with them."""

    changed = Signal()

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setObjectName("passphrase")
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setObjectName("passphraseRepeat")
        self.show_text = QCheckBox()
        self.show_text.toggled.connect(self._show_toggled)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.passphrase_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label = QLabel()
        self.repeat_label.setBuddy(self.repeat)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        form.addRow("", self.show_text)
        form.addRow("", self.problem)
        self.repeat.setVisible(confirm)
        self.repeat_label.setVisible(confirm)
        self.passphrase.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat:"))
        self.passphrase.setAccessibleName(self.tr("Exchange passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the exchange passphrase"))
        self.show_text.setText(self.tr("&Show the passphrase"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self._changed()

    def _show_toggled(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _changed(self) -> None:
        self.problem.setText(self.issue() if self.passphrase.text() else "")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.changed.emit()

    def issue(self) -> str:
        """Why the passphrase cannot be used yet; empty when it can."""
        text = self.passphrase.text()
        if not text:
            return self.tr("Type the passphrase.")
        if not self.confirm:
            return ""
        if len(text) < MIN_PASSPHRASE:
            return self.tr("At least {count} characters.").format(count=MIN_PASSPHRASE)
        if self.repeat.text() != text:
            return (
                self.tr("The two passphrases differ.") if self.repeat.text() else self.tr("Repeat it below.")
            )
        return ""

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def take(self) -> str:
        """The passphrase; the fields are emptied so it does not linger in the window."""
        text = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        return text


class PassphraseDialog(QDialog):
    """Asks for the passphrase that opens a package; `problem` tells why it is asked again."""

    def __init__(self, parent: QWidget | None, file_name: str, problem: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setMinimumWidth(460)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.fields = PassphraseFields(confirm=False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(self._update)
        self.setWindowTitle(self.tr("Exchange passphrase"))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(
            self.tr("Type the region's exchange passphrase to open {file}.").format(file=file_name)
        )
        self.note.setText(keyring_note(remembering=True))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open"))
        ok.setAccessibleName(self.tr("Open the package"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self._update()
        if problem:
            self.fields.show_problem(problem)
        self.fields.passphrase.setFocus()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.fields.issue())

    def take_passphrase(self) -> str:
        return self.fields.take()
