"""Landelijk Beraad: the national meetings, their agenda items, linked concerns and recorded outcomes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.models import MeetingStatus, OrganisationKind
from delegate_app.core.services import contacts, meetings, positions
from delegate_app.core.services.labels import choices, code_label, format_date
from delegate_app.ui.context import AppContext
from delegate_app.ui.documents import heading_with_document_buttons
from delegate_app.ui.meetings.agenda_table import AgendaTable
from delegate_app.ui.meetings.item_editor import AgendaItemEditor
from delegate_app.ui.positions.a11y import name_inner_parts
from delegate_app.ui.positions.autosave import BindingGroup, FieldBinding
from delegate_app.ui.positions.live_view import LiveView
from delegate_app.ui.positions.support_cell import STATUS_ROLE, SUPPORT_ROLE, EntryDelegate
from delegate_app.ui.positions.writes import change_field, run_undoable, run_write

WATCHED = {"meeting", "agenda_item", "outcome", "position", "response", "concern", "region", "organisation"}
POSITIONS_VIEW = "standpunten"
CONCERNS_VIEW = "knelpunten"
ID_ROLE = Qt.ItemDataRole.UserRole


def _save_meeting(field: str):  # type: ignore[no-untyped-def]
    def save(session: Session, meeting_id: str, value: str) -> object:
        return meetings.update_meeting(session, meeting_id, **{field: value})

    return save


def national_bodies(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the organisations that can ask a national question, national bodies first."""
    rows = contacts.organisations(session)
    rows.sort(key=lambda r: (r.kind != OrganisationKind.NATIONAL_BODY.value, r.name.casefold()))
    return [(r.id, r.name) for r in rows]


class MeetingsView(LiveView):
    """Meetings on the left (the next one preselected); the chosen meeting's agenda on the right."""

    watched = frozenset(WATCHED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.meeting_id: str | None = None
        self.next_id: str | None = None
        self.all_meetings: list[models.NationalMeeting] = []

        # left: meetings
        self.meetings_title = QLabel(self)
        self.meetings_title.setStyleSheet("font-weight: 600;")
        self.meeting_list = QListWidget(self)
        self.meeting_list.setUniformItemSizes(True)
        self.meeting_list.setItemDelegate(EntryDelegate(self.meeting_list))
        self.next_button = QPushButton(self)
        self.new_button = QPushButton(self)
        self.next_button.clicked.connect(self.create_next)
        self.new_button.clicked.connect(self.create_meeting)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.meetings_title)
        left_layout.addWidget(self.meeting_list, 1)
        left_layout.addWidget(self.next_button)
        left_layout.addWidget(self.new_button)

        # right: the meeting's header
        self.heading = self.make_heading()
        self.title = QLineEdit(self)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit(self)
        self.status = QComboBox(self)
        self.meeting_fields = BindingGroup()
        self.meeting_fields.add(
            "title",
            FieldBinding(ctx, self.title, _save_meeting("title"), self.tr("title of the meeting"), "meeting"),
        )
        self.meeting_fields.add(
            "place",
            FieldBinding(ctx, self.place, _save_meeting("place"), self.tr("place of the meeting"), "meeting"),
        )
        self.title_label, self.date_label, self.place_label, self.status_label = (
            QLabel(self) for _ in range(4)
        )
        header = QHBoxLayout()
        for label, widget, stretch in (
            (self.title_label, self.title, 3),
            (self.date_label, self.held_on, 0),
            (self.place_label, self.place, 2),
            (self.status_label, self.status, 0),
        ):
            label.setBuddy(widget)
            header.addWidget(label)
            header.addWidget(widget, stretch)
        self.held_on.dateChanged.connect(self._date_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._loading = False

        # right: the agenda
        self.agenda = AgendaTable(self)
        self.add_button = QPushButton(self)
        self.up_button = QPushButton(self)
        self.down_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.outcome_button = QPushButton(self)
        self.position_button = QPushButton(self)
        for button, slot in (
            (self.add_button, self.add_item),
            (self.up_button, lambda: self.move_item(-1)),
            (self.down_button, lambda: self.move_item(1)),
            (self.delete_button, self.delete_item),
            (self.outcome_button, self.record_outcome),
            (self.position_button, self.go_to_position),
        ):
            button.clicked.connect(slot)
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(40)  # an arrow says it; the name and tooltip say it in words
        tools = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.position_button)
        self.editor = AgendaItemEditor(ctx, self)
        self.editor.add_outcome_button(self.outcome_button)
        self.editor.body_chosen.connect(self._body_chosen)
        self.editor.link_requested.connect(self.link_concerns)
        self.editor.concern_activated.connect(self._open_concern)
        self.agenda.currentItemChanged.connect(lambda *_: self._show_item())
        agenda_box = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(self.agenda, 1)
        agenda_layout.addLayout(tools)
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(agenda_box)
        vertical.addWidget(self.editor)
        vertical.setSizes([330, 490])
        vertical.setChildrenCollapsible(False)
        self.empty = self.make_empty_note()
        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addLayout(heading_with_document_buttons(self.heading, ctx, lambda: self.meeting_id))
        detail_layout.addLayout(header)
        detail_layout.addWidget(vertical, 1)
        self.arrange(left, self.detail, self.empty, 325)

        self.meeting_list.currentItemChanged.connect(lambda *_: self._meeting_chosen())
        for keys, slot in (
            ("Alt+Up", lambda: self.move_item(-1)),
            ("Alt+Down", lambda: self.move_item(1)),
            ("Ctrl+Shift+N", self.create_next),
        ):
            QShortcut(QKeySequence(keys), self, slot, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ view contract

    def retranslate(self) -> None:
        self.meetings_title.setText(self.tr("Meetings"))
        self.meeting_list.setAccessibleName(self.tr("Meetings of the Landelijk ICT Beraad"))
        self.next_button.setText(self.tr("Create the ne&xt meeting…"))
        self.next_button.setAccessibleName(self.tr("Create the next meeting from the last one"))
        self.next_button.setToolTip(self.tr("Carries the open agenda items over (Ctrl+Shift+N)"))
        self.new_button.setText(self.tr("New meeting…"))
        self.new_button.setAccessibleName(self.tr("New meeting"))
        for label, text, widget, name in (
            (self.title_label, self.tr("&Title:"), self.title, self.tr("Title of the meeting")),
            (self.date_label, self.tr("&Date:"), self.held_on, self.tr("Date of the meeting")),
            (self.place_label, self.tr("&Place:"), self.place, self.tr("Place of the meeting")),
            (self.status_label, self.tr("&Status:"), self.status, self.tr("Status of the meeting")),
        ):
            label.setText(text)
            widget.setAccessibleName(name)
        current = self.status.currentData()
        with QSignalBlocker(self.status):
            self.status.clear()
            for member, text in choices(MeetingStatus):
                self.status.addItem(text, member.value)
            self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.agenda.retranslate()
        self.editor.retranslate()
        for button, text, name in (
            (self.add_button, self.tr("&Add agenda item"), self.tr("Add an agenda item")),
            (self.up_button, "↑", self.tr("Move the agenda item up (Alt+Up)")),
            (self.down_button, "↓", self.tr("Move the agenda item down (Alt+Down)")),
            (self.delete_button, self.tr("Re&move…"), self.tr("Remove the agenda item")),
            (
                self.outcome_button,
                self.tr("Record &outcome…"),
                self.tr("Record the outcome of the agenda item"),
            ),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self.empty.setText(
            self.tr(
                "No meetings yet. Create the first meeting of the Landelijk ICT Beraad with “New meeting”."
            )
        )
        self._update_buttons()
        name_inner_parts(self)
        if self.meeting_id:
            self.refresh()

    def page_title(self) -> str:
        return self.tr("National meeting")

    def focus_search(self) -> None:
        self.agenda.setFocus()

    def new_item(self) -> None:
        self.add_item()

    def flush(self) -> None:
        self.meeting_fields.flush()
        self.editor.flush()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        with self.ctx.store.reader() as session:
            self.all_meetings = meetings.list_meetings(session)
            upcoming = meetings.next_meeting(session)
            bodies = national_bodies(session)
        self.next_id = upcoming.id if upcoming else None
        self.editor.set_bodies(bodies)
        wanted = self.meeting_id if any(m.id == self.meeting_id for m in self.all_meetings) else None
        wanted = wanted or self.next_id or (self.all_meetings[0].id if self.all_meetings else None)
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        chosen = None
        for m in self.all_meetings:
            when = format_date(m.held_on)
            if m.id == self.next_id:
                when = self.tr("{date} · next meeting").format(date=when)
            status = code_label(MeetingStatus, m.status)
            item = QListWidgetItem(when)
            item.setData(ID_ROLE, m.id)
            item.setData(STATUS_ROLE, (m.status, status))
            item.setData(SUPPORT_ROLE, m.place)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{when}, {m.place}, {status}")
            item.setToolTip(f"{m.title}\n{m.place}")
            self.meeting_list.addItem(item)
            if m.id == wanted:
                chosen = item
        if chosen is not None:
            self.meeting_list.setCurrentItem(chosen)
        self.meeting_list.blockSignals(False)
        self.next_button.setEnabled(bool(self.all_meetings) and not self.ctx.read_only)
        self.new_button.setEnabled(not self.ctx.read_only)
        self.show_meeting(wanted)

    def _meeting_chosen(self) -> None:
        item = self.meeting_list.currentItem()
        self.show_meeting(str(item.data(ID_ROLE)) if item else None)

    def show_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self.flush()
        self.meeting_id = meeting_id
        meeting = next((m for m in self.all_meetings if m.id == meeting_id), None)
        self.detail.setVisible(meeting is not None)
        self.empty.setVisible(meeting is None)
        if meeting is None:
            self.meeting_fields.load(None, {})
            self.editor.load(None, [], None)
            return
        self.heading.setText(meeting.title)
        self.meeting_fields.load(meeting.id, {"title": meeting.title, "place": meeting.place})
        self._loading = True
        self.held_on.setDate(QDate(meeting.held_on.year, meeting.held_on.month, meeting.held_on.day))
        self.status.setCurrentIndex(max(self.status.findData(meeting.status), 0))
        self.held_on.setEnabled(not self.ctx.read_only)
        self.status.setEnabled(not self.ctx.read_only)
        self._loading = False
        with self.ctx.store.reader() as session:
            summaries = meetings.agenda(session, meeting.id)
        self.agenda.set_agenda(summaries, self.tr("outcome recorded"))
        self._show_item()

    def _show_item(self) -> None:
        summary = self.agenda.current_summary()
        concerns: list[tuple[str, str, str, str]] = []
        if summary is not None:
            with self.ctx.store.reader() as session:
                linked = meetings.linked_concerns(session, summary.item.id)
                names = {c.id: self._municipality_name(session, c) for c in linked}
            concerns = [(c.id, c.title, names[c.id], c.status) for c in linked]
        self.editor.load(summary.item if summary else None, concerns, summary.outcome if summary else None)
        self._update_buttons()

    def _municipality_name(self, session: Session, concern: models.Concern) -> str:
        if concern.anonymised:
            return self.tr("a municipality in the region")
        municipality = session.get(models.Municipality, concern.municipality_id)
        return municipality.name if municipality else ""

    def _update_buttons(self) -> None:
        summary = self.agenda.current_summary()
        writable = not self.ctx.read_only and self.meeting_id is not None
        has_item = summary is not None
        current = self.agenda.currentItem()
        row = self.agenda.indexOfTopLevelItem(current) if has_item and current is not None else -1
        self.add_button.setEnabled(writable)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.agenda.topLevelItemCount() - 1)
        self.delete_button.setEnabled(writable and summary is not None and summary.outcome is None)
        self.outcome_button.setEnabled(writable and has_item)
        has_position = summary is not None and summary.position is not None
        text = self.tr("&Go to position") if has_position or not writable else self.tr("Draft a positio&n")
        self.position_button.setText(text)
        self.position_button.setAccessibleName(text.replace("&", ""))
        self.position_button.setEnabled(has_item and (has_position or writable))

    # ------------------------------------------------------------------ meeting actions

    def _date_changed(self, value: QDate) -> None:
        if self._loading or self.meeting_id is None:
            return
        old = next(m.held_on for m in self.all_meetings if m.id == self.meeting_id)
        change_field(
            self.ctx,
            self,
            self.tr("date of the meeting"),
            meetings.update_meeting,
            self.meeting_id,
            "held_on",
            old,
            value.toPython(),
            entity="meeting",
        )

    def _status_changed(self) -> None:
        if self._loading or self.meeting_id is None:
            return
        old = next(m.status for m in self.all_meetings if m.id == self.meeting_id)
        change_field(
            self.ctx,
            self,
            self.tr("status of the meeting"),
            meetings.update_meeting,
            self.meeting_id,
            "status",
            old,
            self.status.currentData(),
            entity="meeting",
        )

    def create_meeting(self) -> None:
        if self.ctx.read_only:
            return
        from delegate_app.ui.meetings.meeting_dialog import MeetingDialog

        dialog = MeetingDialog(parent=self)
        if dialog.exec() != MeetingDialog.DialogCode.Accepted:
            return
        day, title, place = dialog.day(), dialog.title.text(), dialog.place.text()
        created = run_write(
            self.ctx, self, lambda s: meetings.create_meeting(s, title, day, place).id, entity="meeting"
        )
        if created:
            self.meeting_id = created
            self.refresh()

    def create_next(self) -> None:
        """Create the next meeting from the last one, carrying its open agenda items over."""
        if self.ctx.read_only or not self.all_meetings:
            return
        from delegate_app.ui.meetings.meeting_dialog import MeetingDialog

        last = max(self.all_meetings, key=lambda m: m.held_on)
        dialog = MeetingDialog(next_from=(last.title, last.held_on, last.place), parent=self)
        if dialog.exec() != MeetingDialog.DialogCode.Accepted:
            return
        self.create_next_on(dialog.day(), dialog.title.text(), dialog.place.text(), dialog.carry.isChecked())

    def create_next_on(self, day: date, title: str = "", place: str = "", carry: bool = True) -> str | None:
        created = run_write(
            self.ctx,
            self,
            # An empty place means "the same place as last time".
            lambda s: (
                meetings.create_next_from_last(
                    s,
                    day,
                    title or None,
                    place=place or None,
                    carry_positions=carry,
                ).id
            ),
            entity="meeting",
        )
        if created:
            self.meeting_id = created
            self.refresh()
        return created

    # ------------------------------------------------------------------ agenda actions

    def select_agenda_item(self, item_id: str) -> None:
        """Show an agenda item, switching to its meeting (from the positions view)."""
        with self.ctx.store.reader() as session:
            item = meetings.get_agenda_item(session, item_id)
        if item.meeting_id != self.meeting_id:
            self.meeting_id = item.meeting_id
            self.refresh()
        self.agenda.select(item_id)

    def add_item(self) -> None:
        if self.ctx.read_only or self.meeting_id is None:
            return
        mid = self.meeting_id
        title = self.tr("New agenda item")
        created = run_write(
            self.ctx, self, lambda s: meetings.add_agenda_item(s, mid, title).id, entity="agenda_item"
        )
        if created:
            self.refresh()
            self.agenda.select(created)
            self.editor.title.setFocus()
            self.editor.title.selectAll()

    def move_item(self, step: int) -> None:
        if self.ctx.read_only or self.meeting_id is None:
            return
        current = self.agenda.current_id()
        order = self.agenda.ordered_ids()
        if current is None or current not in order:
            return
        at = order.index(current)
        to = at + step
        if not 0 <= to < len(order):
            return
        new = list(order)
        new[at], new[to] = new[to], new[at]
        mid = self.meeting_id
        run_undoable(
            self.ctx,
            self,
            self.tr("order of the agenda"),
            lambda s: meetings.reorder_agenda_items(s, mid, new),
            lambda s: meetings.reorder_agenda_items(s, mid, order),
            entity="agenda_item",
            ids=[current],
        )
        self.refresh()
        self.agenda.select(current)

    def delete_item(self) -> None:
        summary = self.agenda.current_summary()
        if summary is None or self.ctx.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove agenda item"),
            self.tr(
                "Remove “{title}” from the agenda? A position drafted for it is kept as a standalone position."
            ).format(title=summary.item.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        iid = summary.item.id
        self.editor.group.load(None, {})
        run_write(
            self.ctx, self, lambda s: meetings.delete_agenda_item(s, iid), entity="agenda_item", ids=[iid]
        )
        self.refresh()

    def _body_chosen(self, body_id: object) -> None:
        summary = self.agenda.current_summary()
        if summary is None:
            return
        change_field(
            self.ctx,
            self,
            self.tr("body asking the question"),
            meetings.update_agenda_item,
            summary.item.id,
            "body_id",
            summary.item.body_id,
            body_id,
            entity="agenda_item",
        )

    def link_concerns(self) -> None:
        summary = self.agenda.current_summary()
        if summary is None or self.ctx.read_only:
            return
        from delegate_app.ui.meetings.concern_picker import ConcernPicker

        with self.ctx.store.reader() as session:
            linked = [
                (c.id, c.title, self._municipality_name(session, c))
                for c in meetings.linked_concerns(session, summary.item.id)
            ]
        picker = ConcernPicker(
            self.ctx, self.tr("Concerns for “{title}”").format(title=summary.item.title), linked, self
        )
        if picker.exec() == ConcernPicker.DialogCode.Accepted:
            self.apply_links(summary.item.id, [cid for cid, _, _ in linked], picker.selected_ids())

    def apply_links(self, item_id: str, before: list[str], wanted: list[str]) -> None:
        """Link the concerns in `wanted`, unlink the others, in one transaction (undoable)."""
        added = [c for c in wanted if c not in before]
        removed = [c for c in before if c not in wanted]
        if not added and not removed:
            return

        def apply(s: Session, link: list[str], unlink: list[str]) -> None:
            for cid in link:
                meetings.link_concern(s, item_id, cid)
            for cid in unlink:
                meetings.unlink_concern(s, item_id, cid)

        run_undoable(
            self.ctx,
            self,
            self.tr("linked concerns"),
            lambda s: apply(s, added, removed),
            lambda s: apply(s, removed, added),
            entity="agenda_item",
            ids=[item_id],
        )

    def record_outcome(self) -> None:
        summary = self.agenda.current_summary()
        if summary is None or self.ctx.read_only:
            return
        self.flush()
        from delegate_app.ui.meetings.outcome_dialog import OutcomeDialog

        OutcomeDialog(self.ctx, summary.item.id, self).exec()

    def go_to_position(self) -> None:
        """Open the item's position in the Standpunten view, drafting one first when there is none."""
        summary = self.agenda.current_summary()
        if summary is None:
            return
        self.flush()
        position_id = summary.position.id if summary.position else None
        if position_id is None:
            iid, actor = summary.item.id, self.ctx.actor
            position_id = run_write(
                self.ctx,
                self,
                lambda s: positions.create_position(s, agenda_item_id=iid, author=actor).id,
                entity="position",
            )
            if position_id is None:
                return
        window = self.window()
        if hasattr(window, "show_view"):
            view = window.show_view(POSITIONS_VIEW)
            select = getattr(view, "select_position", None)
            if callable(select):
                select(position_id)

    def _open_concern(self, concern_id: str) -> None:
        window = self.window()
        if not concern_id or not hasattr(window, "show_view"):
            return
        view = window.show_view(CONCERNS_VIEW)
        select = getattr(view, "select_concern", None)
        if callable(select):
            select(concern_id)
