"""Starting a position: for an agenda item that has none yet, or standalone."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget
from sqlmodel import Session

from delegate_app.core.services import meetings, positions
from delegate_app.ui.positions.listing import meeting_label


def open_items(session: Session) -> list[tuple[str, str]]:
    """(agenda item id, label) of the items of planned meetings that have no position yet."""
    result: list[tuple[str, str]] = []
    for meeting in meetings.list_meetings(session):
        if meeting.status != "planned":
            continue
        for item in meetings.agenda_items(session, meeting.id):
            if positions.position_for_item(session, item.id) is None:
                result.append((item.id, f"{item.number}. {item.title} ({meeting_label(meeting)})"))
    return result


class NewPositionDialog(QDialog):
    def __init__(
        self, items: list[tuple[str, str]], preselect: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = QComboBox(self)
        self.item.addItem(self.tr("(standalone, no agenda item)"), None)
        for item_id, text in items:
            self.item.addItem(text, item_id)
        if preselect is not None and self.item.findData(preselect) >= 0:
            self.item.setCurrentIndex(self.item.findData(preselect))
        elif items:
            self.item.setCurrentIndex(1)
        self.title = QLineEdit(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Agenda item:"), self.item)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New position"))
        self.item.setAccessibleName(self.tr("Agenda item"))
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Defaults to the agenda item's title"))
        self.resize(560, self.sizeHint().height())

    def agenda_item_id(self) -> str | None:
        value = self.item.currentData()
        return str(value) if value else None
