"""A new national meeting: the first one, or the next one carried on from the last."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

# Landelijk ICT Beraad meets roughly four times a year.
DEFAULT_INTERVAL = timedelta(days=91)


class MeetingDialog(QDialog):
    """Date, title and place; for the next meeting also whether open items and positions move along."""

    def __init__(
        self, *, next_from: tuple[str, date, str] | None = None, parent: QWidget | None = None
    ) -> None:
        """`next_from`: (title, date, place) of the last meeting when creating the next one."""
        super().__init__(parent)
        self.next_from = next_from
        start = (next_from[1] + DEFAULT_INTERVAL) if next_from else date.today() + timedelta(days=30)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.held_on.setDate(QDate(start.year, start.month, start.day))
        self.title = QLineEdit(self)
        self.place = QLineEdit(self)
        self.carry = QCheckBox(self)
        self.carry.setChecked(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.intro)
        form.addRow(self.tr("&Date:"), self.held_on)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Place:"), self.place)
        if next_from is not None:
            form.addRow("", self.carry)
            self.place.setText(next_from[2])
        else:
            self.carry.hide()
            self.title.setText(self.tr("Landelijk ICT Beraad"))
        self.held_on.setAccessibleName(self.tr("Date of the meeting"))
        self.title.setAccessibleName(self.tr("Title of the meeting"))
        self.place.setAccessibleName(self.tr("Place of the meeting"))
        self.carry.setText(self.tr("Carry open agenda items, their concerns and positions over"))
        self.carry.setAccessibleName(self.carry.text())
        if next_from is not None:
            self.setWindowTitle(self.tr("Create the next meeting"))
            self.intro.setText(
                self.tr(
                    "The next meeting continues from “{title}” of {date}: agenda items without an outcome are "
                    "carried over."
                ).format(title=next_from[0], date=next_from[1].strftime("%d-%m-%Y"))
            )
            self.title.setPlaceholderText(self.tr("Leave empty for “Landelijk ICT Beraad” and the date"))
        else:
            self.setWindowTitle(self.tr("New meeting"))
            self.intro.setText(self.tr("A meeting of the Landelijk ICT Beraad."))
        self.resize(520, self.sizeHint().height())

    def day(self) -> date:
        value = self.held_on.date().toPython()
        assert isinstance(value, date)
        return value
