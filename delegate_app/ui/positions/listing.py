"""The positions list: what each entry shows (agenda item, status, support) and the meeting filter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.services import meetings, positions, weighing
from delegate_app.core.services.labels import code_label, format_date
from delegate_app.core.text import fold
from delegate_app.ui.positions.support_cell import (
    COUNTS_ROLE,
    STATUS_ROLE,
    SUPPORT_ROLE,
    EntryDelegate,
    support_text,
    tally_counts,
)

ID_ROLE = Qt.ItemDataRole.UserRole
ALL, STANDALONE = "__all__", "__standalone__"


@dataclass(frozen=True)
class PositionEntry:
    id: str
    title: str
    status: str
    meeting_id: str | None
    meeting_label: str
    item_number: int | None
    tally: weighing.Tally


@dataclass(frozen=True)
class MeetingChoice:
    id: str
    label: str


def load_entries(session: Session) -> tuple[list[PositionEntry], list[MeetingChoice], str | None]:
    """Every live position with its meeting and tally; the meetings for the filter; the next meeting's id."""
    all_meetings = meetings.list_meetings(session)
    placed: dict[str, tuple[models.NationalMeeting, models.AgendaItem]] = {}
    for meeting in all_meetings:
        for item in meetings.agenda_items(session, meeting.id):
            placed[item.id] = (meeting, item)
    found = positions.all_positions(session)
    tallies = weighing.compute_tallies(session, [p.id for p in found])
    entries: list[PositionEntry] = []
    for p in found:
        where = placed.get(p.agenda_item_id or "")
        entries.append(
            PositionEntry(
                id=p.id,
                title=p.title,
                status=p.status,
                meeting_id=where[0].id if where else None,
                meeting_label=meeting_label(where[0]) if where else "",
                item_number=where[1].number if where else None,
                tally=tallies[p.id],
            )
        )
    dates = {m.id: m.held_on for m in all_meetings}
    entries.sort(
        key=lambda e: (
            e.meeting_id is None,
            -(dates[e.meeting_id].toordinal()) if e.meeting_id else 0,
            e.item_number or 0,
            fold(e.title),
        )
    )
    upcoming = meetings.next_meeting(session)
    choices = [MeetingChoice(m.id, meeting_label(m)) for m in all_meetings]
    return entries, choices, upcoming.id if upcoming else None


def meeting_label(meeting: models.NationalMeeting) -> str:
    return f"{format_date(meeting.held_on)} — {meeting.title}"


class PositionsList(QWidget):
    """Filter by meeting, search by title, and pick a position."""

    position_selected = Signal(object)  # a position id, or None
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox(self)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(12)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.tree = QListWidget(self)
        self.tree.setUniformItemSizes(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setItemDelegate(EntryDelegate(self.tree))
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.filter_label = QLabel(self)
        self.filter_label.setBuddy(self.filter)
        head = QHBoxLayout()
        head.addWidget(self.filter_label)
        head.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.new_button)
        self.entries: list[PositionEntry] = []
        self.filter.currentIndexChanged.connect(self._fill)
        self.search.textChanged.connect(self._fill)
        self.tree.currentItemChanged.connect(self._current_changed)
        self._filling = False
        self._meetings: list[MeetingChoice] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Meeting:"))
        self.filter.setAccessibleName(self.tr("Show positions of meeting"))
        self.search.setPlaceholderText(self.tr("Find a position"))
        self.search.setAccessibleName(self.tr("Find a position by title"))
        self.tree.setAccessibleName(self.tr("Positions"))
        self.new_button.setText(self.tr("New &position…"))
        self.new_button.setAccessibleName(self.tr("New position"))
        self.empty.setText(self.tr("No positions here yet. Start one with “New position”."))
        if self._meetings:
            self.set_entries(self.entries, self._meetings, None)

    def set_entries(
        self, entries: list[PositionEntry], choices: list[MeetingChoice], default: str | None
    ) -> None:
        """Show these positions; the filter keeps its choice, or starts at `default` (the next meeting)."""
        previous = self.filter.currentData() or default or ALL
        self.entries = entries
        self._meetings = choices
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All meetings"), ALL)
        for choice in choices:
            self.filter.addItem(choice.label, choice.id)
        self.filter.addItem(self.tr("Without an agenda item"), STANDALONE)
        at = self.filter.findData(previous)
        self.filter.setCurrentIndex(at if at >= 0 else 0)
        self.filter.blockSignals(False)
        self._fill()

    def show_all(self) -> None:
        self.filter.setCurrentIndex(0)

    def _visible(self) -> list[PositionEntry]:
        wanted = self.filter.currentData()
        words = fold(self.search.text()).split()
        result = []
        for entry in self.entries:
            if wanted == STANDALONE and entry.meeting_id is not None:
                continue
            if wanted not in (None, ALL, STANDALONE) and entry.meeting_id != wanted:
                continue
            if words and not all(w in fold(entry.title) for w in words):
                continue
            result.append(entry)
        return result

    def _fill(self) -> None:
        current = self.current_id()

        def objections(n: int) -> str:
            return self.tr("1 objection") if n == 1 else self.tr("{n} objections").format(n=n)

        self._filling = True
        self.tree.clear()
        chosen: QListWidgetItem | None = None
        for entry in self._visible():
            number = f"{entry.item_number}. " if entry.item_number else ""
            status = code_label(models.PositionStatus, entry.status)
            support = support_text(entry.tally, objections)
            item = QListWidgetItem(number + entry.title)
            item.setData(ID_ROLE, entry.id)
            item.setData(STATUS_ROLE, (entry.status, status))
            item.setData(COUNTS_ROLE, tally_counts(entry.tally))
            item.setData(SUPPORT_ROLE, support)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{number}{entry.title}, {status}, {support}")
            item.setToolTip(f"{entry.title}\n{entry.meeting_label}\n{entry.tally.summary()}".strip())
            self.tree.addItem(item)
            if entry.id == current:
                chosen = item
        self._filling = False
        self.empty.setVisible(self.tree.count() == 0)
        if chosen is None and self.tree.count():
            chosen = self.tree.item(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        if (chosen.data(ID_ROLE) if chosen else None) != current:
            self.position_selected.emit(chosen.data(ID_ROLE) if chosen else None)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, position_id: str) -> bool:
        """Select a position, widening the filter when it is hidden."""
        for attempt in range(2):
            for row in range(self.tree.count()):
                item = self.tree.item(row)
                if item.data(ID_ROLE) == position_id:
                    self.tree.setCurrentItem(item)
                    return True
            if attempt == 0:
                self.search.clear()
                self.show_all()
        return False

    def _current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if not self._filling:
            self.position_selected.emit(current.data(ID_ROLE) if current else None)
