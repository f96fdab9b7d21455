"""A new regional session, knowledge session or workshop."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from delegate_app.core.models import SessionKind
from delegate_app.core.services.labels import choices


class SessionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for member, text in choices(SessionKind):
            self.kind.addItem(text, member.value)
        self.title = QLineEdit(self)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        today = date.today()
        self.held_on.setDate(QDate(today.year, today.month, today.day))
        self.place = QLineEdit(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New session"))
        self.kind.setAccessibleName(self.tr("Kind of session"))
        self.title.setAccessibleName(self.tr("Title of the session"))
        self.title.setPlaceholderText(self.tr("For example: Regio-overleg voorjaar"))
        self.held_on.setAccessibleName(self.tr("Date of the session"))
        self.place.setAccessibleName(self.tr("Place of the session"))
        self.resize(480, self.sizeHint().height())

    def day(self) -> date:
        value = self.held_on.date().toPython()
        assert isinstance(value, date)
        return value
