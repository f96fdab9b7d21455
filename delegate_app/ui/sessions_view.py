"""Regio-overleggen: sessions held in the region, who attended, the minutes, and what was raised and discussed."""

from __future__ import annotations

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.models import ConcernStatus, SessionKind
from delegate_app.core.services import meetings, persons, sessions
from delegate_app.core.services.labels import choices, code_label, format_date
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.a11y import name_inner_parts
from delegate_app.ui.positions.autosave import BindingGroup, FieldBinding
from delegate_app.ui.positions.editor import GrowingTextEdit
from delegate_app.ui.positions.live_view import LiveView
from delegate_app.ui.positions.support_cell import STATUS_ROLE, SUPPORT_ROLE, EntryDelegate
from delegate_app.ui.positions.writes import change_field, run_undoable, run_write
from delegate_app.ui.sessions.attendance import AttendanceTree
from delegate_app.ui.sessions.minutes import MinutesPanel

WATCHED = {
    "session",
    "attendance",
    "concern",
    "support",
    "meeting",
    "agenda_item",
    "region",
    "person",
    "minutes",
}
CONCERNS_VIEW = "knelpunten"
ID_ROLE = Qt.ItemDataRole.UserRole
ALL_KINDS = "__all__"


def _save_session(field: str):  # type: ignore[no-untyped-def]
    def save(session: Session, session_id: str, value: str) -> object:
        return sessions.update_session(session, session_id, **{field: value})

    return save


def _save_minutes(session: Session, session_id: str, value: str) -> object:
    return sessions.set_minutes(session, session_id, value)


class SessionsView(LiveView):
    """Sessions on the left; the chosen session's details, minutes and attendance on the right."""

    watched = frozenset(WATCHED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.session_id: str | None = None
        self.record: models.RegionalSession | None = None

        # left: the sessions
        self.kind_filter = QComboBox(self)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind_filter)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_item)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_label)
        kind_row.addWidget(self.kind_filter, 1)
        left_layout.addLayout(kind_row)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        # right: header fields
        self.heading = self.make_heading()
        self.session_mode_button = QPushButton(self)
        self.session_mode_button.clicked.connect(self.open_session_mode)
        self.title = QLineEdit(self)
        self.kind = QComboBox(self)
        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit(self)
        self.agenda = GrowingTextEdit(self, min_lines=3, max_lines=7)
        self.fields = BindingGroup()
        for name, widget, what in (
            ("title", self.title, self.tr("title of the session")),
            ("place", self.place, self.tr("place of the session")),
            ("agenda", self.agenda, self.tr("agenda of the session")),
        ):
            self.fields.add(name, FieldBinding(ctx, widget, _save_session(name), what, entity="session"))
        self.labels = [QLabel(self) for _ in range(5)]
        grid = QGridLayout()
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 3)
        grid.addWidget(self.labels[1], 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(self.labels[2], 1, 2)
        grid.addWidget(self.held_on, 1, 3)
        grid.addWidget(self.labels[3], 2, 0)
        grid.addWidget(self.place, 2, 1, 1, 3)
        grid.addWidget(self.labels[4], 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.agenda, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for label, buddy in zip(
            self.labels, (self.title, self.kind, self.held_on, self.place, self.agenda), strict=True
        ):
            label.setBuddy(buddy)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.held_on.dateChanged.connect(self._date_changed)
        self._loading = False

        self.minutes = MinutesPanel(self)
        self.minutes_binding = FieldBinding(
            ctx, self.minutes.editor.source, _save_minutes, self.tr("minutes"), entity="session"
        )
        self.minutes.status_chosen.connect(self.set_minutes_status)
        self.minutes.reopen_requested.connect(self.reopen_minutes)

        # right: attendance, concerns raised, national questions discussed
        self.attendance = AttendanceTree(self)
        self.attendance.attendance_changed.connect(self.set_attendance)
        self.attendance_summary = QLabel(self)
        attendance_page = QWidget(self)
        attendance_layout = QVBoxLayout(attendance_page)
        attendance_layout.setContentsMargins(2, 6, 2, 2)
        attendance_layout.addWidget(self.attendance_summary)
        attendance_layout.addWidget(self.attendance, 1)
        self.concerns = QListWidget(self)
        self.concerns.setItemDelegate(EntryDelegate(self.concerns))
        self.concerns.itemActivated.connect(lambda item: self._open_concern(str(item.data(ID_ROLE) or "")))
        self.discussed = QTreeWidget(self)
        self.discussed.setHeaderHidden(True)
        self.discussed.itemChanged.connect(self._discussed_changed)
        self.tabs = QTabWidget(self)
        # Narrow windows shorten the tab titles rather than hiding a tab behind scroll arrows.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.addTab(attendance_page, "")
        self.tabs.addTab(self.concerns, "")
        self.tabs.addTab(self.discussed, "")

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.session_mode_button)
        main = QWidget(self)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(grid)
        main_layout.addWidget(self.minutes, 1)
        work = QSplitter(Qt.Orientation.Horizontal, self)
        work.addWidget(main)
        work.addWidget(self.tabs)
        work.setSizes([690, 400])
        work.setChildrenCollapsible(False)
        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addWidget(work, 1)
        self.empty = self.make_empty_note()
        self.arrange(left, self.detail, self.empty, 290)

        self.list.currentItemChanged.connect(lambda *_: self._session_chosen())
        self.kind_filter.currentIndexChanged.connect(lambda *_: self.refresh())
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ view contract

    def retranslate(self) -> None:
        # Refilling the combos with translated labels is no choice of the user's: no signals.
        current_filter = self.kind_filter.currentData() or ALL_KINDS
        current_kind = self.kind.currentData()
        with QSignalBlocker(self.kind_filter), QSignalBlocker(self.kind):
            self.kind_filter.clear()
            self.kind_filter.addItem(self.tr("All kinds"), ALL_KINDS)
            self.kind.clear()
            for member, text in choices(SessionKind):
                self.kind_filter.addItem(text, member.value)
                self.kind.addItem(text, member.value)
            self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(current_filter), 0))
            self.kind.setCurrentIndex(max(self.kind.findData(current_kind), 0))
        self.kind_label.setText(self.tr("&Show:"))
        self.kind_filter.setAccessibleName(self.tr("Show sessions of kind"))
        self.list.setAccessibleName(self.tr("Sessions"))
        self.new_button.setText(self.tr("&New session…"))
        self.new_button.setAccessibleName(self.tr("New session"))
        self.session_mode_button.setText(self.tr("Open in session &mode"))
        self.session_mode_button.setAccessibleName(self.tr("Open this session in session mode"))
        self.session_mode_button.setToolTip(
            self.tr("Capture concerns and attendance full screen, for a beamer")
        )
        for label, text, widget, name in zip(
            self.labels,
            (
                self.tr("&Title:"),
                self.tr("&Kind:"),
                self.tr("&Date:"),
                self.tr("&Place:"),
                self.tr("A&genda:"),
            ),
            (self.title, self.kind, self.held_on, self.place, self.agenda),
            (
                self.tr("Title of the session"),
                self.tr("Kind of session"),
                self.tr("Date of the session"),
                self.tr("Place of the session"),
                self.tr("Agenda of the session"),
            ),
            strict=True,
        ):
            label.setText(text)
            widget.setAccessibleName(name)
        self.agenda.setPlaceholderText(self.tr("The agenda, one item per line"))
        self.minutes.retranslate()
        self.attendance.retranslate()
        self.concerns.setAccessibleName(self.tr("Concerns raised at the session"))
        self.discussed.setAccessibleName(
            self.tr("National questions discussed at the session; tick to record")
        )
        self.tabs.setAccessibleName(self.tr("Attendance, concerns and national questions"))
        name_inner_parts(self)
        self.empty.setText(self.tr("No sessions yet. Record a regional session with “New session”."))
        self._update_tab_titles()
        if self.session_id:
            self.show_session(self.session_id)

    def page_title(self) -> str:
        return self.tr("Regional sessions")

    def focus_search(self) -> None:
        self.list.setFocus()

    def flush(self) -> None:
        self.fields.flush()
        self.minutes_binding.flush()

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        kind = self.kind_filter.currentData()
        with self.ctx.store.reader() as session:
            found = sessions.list_sessions(session, kind=None if kind in (None, ALL_KINDS) else kind)
        wanted = self.session_id if any(r.id == self.session_id for r in found) else None
        wanted = wanted or (found[0].id if found else None)
        self.list.blockSignals(True)
        self.list.clear()
        for record in found:
            kind_text = code_label(SessionKind, record.kind)
            item = QListWidgetItem(f"{format_date(record.held_on)} · {record.title}")
            item.setData(ID_ROLE, record.id)
            item.setData(STATUS_ROLE, (record.kind, kind_text))
            item.setData(SUPPORT_ROLE, record.place)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()}, {kind_text}, {record.place}")
            item.setToolTip(f"{record.title}\n{record.place}")
            self.list.addItem(item)
            if record.id == wanted:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.new_button.setEnabled(not self.ctx.read_only)
        self.show_session(wanted)

    def _session_chosen(self) -> None:
        item = self.list.currentItem()
        self.show_session(str(item.data(ID_ROLE)) if item else None)

    def show_session(self, session_id: str | None) -> None:
        if session_id != self.session_id:
            self.flush()
        self.session_id = session_id
        self.detail.setVisible(session_id is not None)
        self.empty.setVisible(session_id is None)
        if session_id is None:
            self.record = None
            self.fields.load(None, {})
            self.minutes_binding.load(None, "")
            return
        with self.ctx.store.reader() as session:
            record = sessions.get_session(session, session_id)
            rows = sessions.attendance(session, session_id)
            people: dict[str, list[models.Person]] = {}
            for person in persons.persons(session):
                if person.municipality_id:
                    people.setdefault(person.municipality_id, []).append(person)
            raised = sessions.concerns_raised(session, session_id)
            names = {c.id: self._municipality_name(session, c) for c in raised}
            discussed = {i.id for i in sessions.discussed_items(session, session_id)}
            agendas = [(m, meetings.agenda_items(session, m.id)) for m in meetings.list_meetings(session)]
        self.record = record
        editable = not self.ctx.read_only
        self.heading.setText(record.title)
        self.fields.load(record.id, {"title": record.title, "place": record.place, "agenda": record.agenda})
        self._loading = True
        self.kind.setCurrentIndex(max(self.kind.findData(record.kind), 0))
        self.held_on.setDate(QDate(record.held_on.year, record.held_on.month, record.held_on.day))
        self.kind.setEnabled(editable)
        self.held_on.setEnabled(editable)
        self._loading = False
        final = record.minutes_status == models.MinutesStatus.FINAL.value
        self.minutes_binding.load(record.id, record.minutes)
        self.minutes_binding.set_locked(final)
        self.minutes.editor.render_now()
        self.minutes.show_status(record.minutes_status, editable)
        self.attendance.set_rows(rows, people, editable)
        self.attendance_summary.setText(
            self.tr("{n} of {m} member municipalities present").format(
                n=self.attendance.present_count, m=self.attendance.member_count
            )
        )
        self._show_concerns(raised, names)
        self._show_discussed(agendas, discussed, editable)
        self._update_tab_titles()

    def _municipality_name(self, session: Session, concern: models.Concern) -> str:
        if concern.anonymised:
            return self.tr("a municipality in the region")
        municipality = session.get(models.Municipality, concern.municipality_id)
        return municipality.name if municipality else ""

    def _show_concerns(self, raised: list[models.Concern], names: dict[str, str]) -> None:
        self.concerns.clear()
        for concern in raised:
            status = code_label(ConcernStatus, concern.status)
            item = QListWidgetItem(concern.title)
            item.setData(ID_ROLE, concern.id)
            item.setData(STATUS_ROLE, (concern.status, status))
            item.setData(SUPPORT_ROLE, names.get(concern.id, ""))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{concern.title}, {names.get(concern.id, '')}, {status}"
            )
            item.setToolTip(concern.title)
            self.concerns.addItem(item)
        if not raised:
            self.concerns.addItem(QListWidgetItem(self.tr("No concerns were raised at this session.")))

    def _show_discussed(
        self,
        agendas: list[tuple[models.NationalMeeting, list[models.AgendaItem]]],
        discussed: set[str],
        editable: bool,
    ) -> None:
        self._loading = True
        self.discussed.clear()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for meeting, items in agendas:
            if not items:
                continue
            top = QTreeWidgetItem([f"{format_date(meeting.held_on)} — {meeting.title}"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in items:
                child = QTreeWidgetItem([f"{item.number}. {item.title}"])
                child.setData(0, ID_ROLE, item.id)
                child.setFlags(flags)
                child.setCheckState(
                    0, Qt.CheckState.Checked if item.id in discussed else Qt.CheckState.Unchecked
                )
                child.setToolTip(0, item.national_question or item.title)
                top.addChild(child)
            self.discussed.addTopLevelItem(top)
            top.setExpanded(any(i.id in discussed for i in items) or meeting.status == "planned")
        self.discussed_count = len(discussed)
        self._loading = False

    def _update_tab_titles(self) -> None:
        has = self.session_id is not None
        self.tabs.setTabText(
            0,
            self.tr("Present")
            + (f" ({self.attendance.present_count}/{self.attendance.member_count})" if has else ""),
        )
        raised = sum(1 for i in range(self.concerns.count()) if self.concerns.item(i).data(ID_ROLE))
        self.tabs.setTabText(1, self.tr("Concerns") + (f" ({raised})" if has else ""))
        self.tabs.setTabText(
            2, self.tr("Questions") + (f" ({getattr(self, 'discussed_count', 0)})" if has else "")
        )

    # ------------------------------------------------------------------ actions

    def new_item(self) -> None:
        """Ctrl+N: record a new session."""
        if self.ctx.read_only:
            return
        from delegate_app.ui.sessions.session_dialog import SessionDialog

        dialog = SessionDialog(self)
        if dialog.exec() != SessionDialog.DialogCode.Accepted:
            return
        self.create_session(
            dialog.title.text(), dialog.day(), str(dialog.kind.currentData()), dialog.place.text()
        )

    def create_session(self, title: str, day: object, kind: str, place: str = "") -> str | None:
        created = run_write(
            self.ctx,
            self,
            lambda s: sessions.create_session(s, title, day, kind=kind, place=place).id,  # type: ignore[arg-type]
            entity="session",
        )
        if created:
            self.session_id = created
            self.refresh()
        return created

    def _kind_changed(self) -> None:
        if self._loading or self.record is None:
            return
        change_field(
            self.ctx,
            self,
            self.tr("kind of session"),
            sessions.update_session,
            self.record.id,
            "kind",
            self.record.kind,
            self.kind.currentData(),
            entity="session",
        )

    def _date_changed(self, value: QDate) -> None:
        if self._loading or self.record is None:
            return
        change_field(
            self.ctx,
            self,
            self.tr("date of the session"),
            sessions.update_session,
            self.record.id,
            "held_on",
            self.record.held_on,
            value.toPython(),
            entity="session",
        )

    def set_minutes_status(self, code: str) -> None:
        if self.record is None:
            return
        self.minutes_binding.flush()
        sid, old = self.record.id, self.record.minutes_status
        text = self.minutes.editor.source.toPlainText()
        done = run_write(
            self.ctx,
            self,
            lambda s: sessions.set_minutes(s, sid, text, code),
            entity="session",
            ids=[sid],
            title=self.tr("Minutes not changed"),
        )
        if done is None:
            self.minutes.show_status(old, not self.ctx.read_only)

    def reopen_minutes(self) -> None:
        if self.record is None:
            return
        sid = self.record.id
        run_write(self.ctx, self, lambda s: sessions.reopen_minutes(s, sid), entity="session", ids=[sid])

    def set_attendance(self, municipality_id: str, person_id: object, present: bool) -> None:
        if self.session_id is None:
            return
        sid, pid = self.session_id, str(person_id) if person_id else None
        with self.ctx.store.reader() as session:
            before = next(
                (
                    (
                        r.present
                        if pid is None
                        else next((p.present for p in r.persons if p.person_id == pid), None)
                    )
                    for r in sessions.attendance(session, sid)
                    if r.municipality_id == municipality_id
                ),
                None,
            )

        def undo(s: Session) -> None:
            if before is None:
                sessions.clear_attendance(s, sid, municipality_id, person_id=pid)
            else:
                sessions.set_attendance(s, sid, municipality_id, before, person_id=pid)

        run_undoable(
            self.ctx,
            self,
            self.tr("attendance"),
            lambda s: sessions.set_attendance(s, sid, municipality_id, present, person_id=pid),
            undo,
            entity="attendance",
            ids=[sid],
        )

    def _discussed_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or self.session_id is None or not item.data(0, ID_ROLE):
            return
        sid, iid = self.session_id, str(item.data(0, ID_ROLE))
        on = item.checkState(0) == Qt.CheckState.Checked

        def link(s: Session) -> None:
            sessions.link_agenda_item(s, sid, iid)

        def unlink(s: Session) -> None:
            sessions.unlink_agenda_item(s, sid, iid)

        run_undoable(
            self.ctx,
            self,
            self.tr("national questions discussed"),
            link if on else unlink,
            unlink if on else link,
            entity="session",
            ids=[sid],
        )

    def open_session_mode(self) -> None:
        """Open the full-screen intake for this session (when session mode is available)."""
        if self.session_id is None:
            return
        self.flush()
        window = self.window()
        opener = getattr(window, "open_session_mode", None)
        if not callable(opener):
            QMessageBox.information(
                self, self.tr("Session mode"), self.tr("Session mode is not available here.")
            )
            return
        opener()
        mode = getattr(window, "_session_window", None)
        select = getattr(mode, "reload_sessions", None)
        if callable(select):
            select(self.session_id)

    def _open_concern(self, concern_id: str) -> None:
        window = self.window()
        if not concern_id or not hasattr(window, "show_view"):
            return
        view = window.show_view(CONCERNS_VIEW)
        select = getattr(view, "select_concern", None)
        if callable(select):
            select(concern_id)
