"""Standpunten: draft a regional position, gather every member's response, weigh it and move it along."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.models import RecordedVia
from delegate_app.core.services import meetings, positions, weighing
from delegate_app.core.services.labels import choices, format_date, label
from delegate_app.core.services.positions import EvidenceRow, ResponseRow, VersionSnapshot
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.a11y import name_inner_parts
from delegate_app.ui.positions.evidence import EvidenceTab
from delegate_app.ui.positions.grades import grade_key_hint
from delegate_app.ui.positions.listing import PositionsList, load_entries
from delegate_app.ui.positions.live_view import LiveView
from delegate_app.ui.positions.responses_matrix import (
    ResponsesModel,
    ResponsesTable,
    response_values,
    with_changes,
)
from delegate_app.ui.positions.texts_form import PositionTexts
from delegate_app.ui.positions.versions_list import VersionsTab
from delegate_app.ui.positions.weighing_panel import WeighingPanel
from delegate_app.ui.positions.workflow import WorkflowBar
from delegate_app.ui.positions.writes import run_undoable, run_write

# Changes elsewhere that alter what this view shows.
WATCHED = {
    "position",
    "response",
    "evidence",
    "version",
    "meeting",
    "agenda_item",
    "outcome",
    "concern",
    "region",
}
MEETINGS_VIEW = "landelijk-beraad"


@dataclass
class PositionDetails:
    position: models.Position
    item: models.AgendaItem | None
    meeting: models.NationalMeeting | None
    responses: list[ResponseRow]
    tally: weighing.Tally
    verdict: weighing.Verdict
    evidence: list[EvidenceRow]
    versions: list[VersionSnapshot]


def load_details(session: Session, position_id: str) -> PositionDetails:
    position = positions.get_position(session, position_id)
    item = meetings.get_agenda_item(session, position.agenda_item_id) if position.agenda_item_id else None
    meeting = meetings.get_meeting(session, item.meeting_id) if item else None
    tally = weighing.compute_tally(session, position.id)
    return PositionDetails(
        position=position,
        item=item,
        meeting=meeting,
        responses=positions.responses(session, position.id),
        tally=tally,
        verdict=weighing.verdict(tally, weighing.rule_for(session), position.minority_note),
        evidence=positions.evidence(session, position.id),
        versions=[positions.read_version(v) for v in positions.versions(session, position.id)],
    )


class ResponsesPage(QWidget):
    """The matrix with its hint line and the default way responses are obtained."""

    def __init__(self, model: ResponsesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        self.locked = QLabel(self)
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet(
            "background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 5px; padding: 6px 8px;"
        )
        self.via_label = QLabel(self)
        self.via = QComboBox(self)
        self.via_label.setBuddy(self.via)
        self.table = ResponsesTable(self)
        self.table.setModel(model)
        top = QHBoxLayout()
        top.addWidget(self.via_label)
        top.addWidget(self.via)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 8, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.via.currentData() or RecordedVia.EMAIL.value
        self.via.clear()
        for member, text in choices(RecordedVia):
            self.via.addItem(text, member.value)
        self.via.setCurrentIndex(max(self.via.findData(current), 0))
        self.via_label.setText(self.tr("New responses o&btained:"))
        self.via.setAccessibleName(self.tr("How new responses were obtained"))
        self.hint.setText(
            self.tr(
                "Every member municipality is listed. In the Response column type {keys} (or 1–5) to record "
                "a grade and move to the next; Delete clears it; Enter edits a cell."
            ).format(keys=grade_key_hint())
        )
        self.table.setAccessibleName(self.tr("Responses of the member municipalities"))


class PositionsView(LiveView):
    """A list of positions on the left; the selected one's texts, responses, evidence, versions and weighing."""

    watched = frozenset(WATCHED)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.position_id: str | None = None
        self.details: PositionDetails | None = None
        self.list = PositionsList(self)
        self.heading = self.make_heading()
        self.context_line = QLabel(self)
        self.context_line.setWordWrap(True)
        self.context_line.setTextFormat(Qt.TextFormat.RichText)
        self.context_line.setStyleSheet("color: palette(placeholder-text);")
        self.workflow = WorkflowBar(self)
        self.more = QToolButton(self)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more)
        self.more.setMenu(self.more_menu)
        self.new_version_action = self.more_menu.addAction("", self.new_version)
        self.compare_action = self.more_menu.addAction("", self.compare_latest)
        self.goto_item_action = self.more_menu.addAction("", self.go_to_agenda_item)
        self.more_menu.addSeparator()
        self.delete_action = self.more_menu.addAction("", self.delete_position)
        self.texts = PositionTexts(ctx, self)
        self.model = ResponsesModel(self._change_response, self)
        self.responses_page = ResponsesPage(self.model, self)
        self.evidence = EvidenceTab(self)
        self.versions = VersionsTab(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.texts, "")
        self.tabs.addTab(self.responses_page, "")
        self.tabs.addTab(self.evidence, "")
        self.tabs.addTab(self.versions, "")
        self.weighing = WeighingPanel(self)
        self.empty = self.make_empty_note()

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        work = QSplitter(Qt.Orientation.Horizontal, self)
        work.addWidget(self.tabs)
        work.addWidget(self.weighing)
        work.setStretchFactor(0, 3)
        work.setStretchFactor(1, 1)
        work.setSizes([770, 320])
        work.setChildrenCollapsible(False)
        self.detail = QWidget(self)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(12, 0, 0, 0)
        detail_layout.addLayout(head)
        detail_layout.addWidget(self.context_line)
        detail_layout.addWidget(self.workflow)
        detail_layout.addWidget(work, 1)
        self.arrange(self.list, self.detail, self.empty, 270)

        self.list.position_selected.connect(self.show_position)
        self.list.new_requested.connect(self.new_item)
        self.workflow.status_requested.connect(self.change_status)
        self.workflow.outcome_requested.connect(self.record_outcome)
        self.evidence.link_requested.connect(self.link_evidence)
        self.evidence.unlink_requested.connect(self.unlink_evidence)
        self.evidence.paragraph_edited.connect(self.set_paragraph)
        self.versions.new_version_requested.connect(self.new_version)
        self.versions.compare_requested.connect(self.compare)
        for number in range(4):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ view contract

    def retranslate(self) -> None:
        self.list.retranslate()
        self.texts.retranslate()
        self.responses_page.retranslate()
        self.evidence.retranslate()
        self.versions.retranslate()
        self.weighing.retranslate()
        self.workflow.retranslate()
        self.more.setText(self.tr("More"))
        self.more.setAccessibleName(self.tr("More actions for this position"))
        self.more.setToolTip(self.tr("More actions for this position"))
        self.new_version_action.setText(self.tr("Keep a &new version…"))
        self.compare_action.setText(self.tr("&Compare versions…"))
        self.goto_item_action.setText(self.tr("Go to the &agenda item"))
        self.delete_action.setText(self.tr("&Delete position…"))
        self.tabs.setAccessibleName(self.tr("Parts of the position"))
        self.empty.setText(
            self.tr("Select a position on the left, or start one with “New position” (Ctrl+N).")
        )
        self._update_tab_titles()
        name_inner_parts(self)
        if self.details is not None:
            self._show_details(self.details)

    def page_title(self) -> str:
        return self.tr("Positions")

    def focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def flush(self) -> None:
        """Save edits still waiting for their debounce."""
        self.texts.flush()

    def reload(self) -> None:
        with self.ctx.store.reader() as session:
            entries, choices_, upcoming = load_entries(session)
        self.list.set_entries(entries, choices_, upcoming)
        wanted = self.position_id
        if wanted and not any(e.id == wanted for e in entries):
            wanted = None
        self.show_position(wanted or self.list.current_id())

    # ------------------------------------------------------------------ showing

    def select_position(self, position_id: str) -> None:
        """Show one position (from the meetings view's "go to position")."""
        self.list.select(position_id)
        self.show_position(position_id)

    def show_position(self, position_id: object) -> None:
        pid = str(position_id) if position_id else None
        if pid != self.position_id:
            self.texts.flush()
        self.position_id = pid
        if pid is None:
            self.details = None
            self.detail.hide()
            self.empty.show()
            self.texts.load(None, {}, False)
            return
        with self.ctx.store.reader() as session:
            try:
                details = load_details(session, pid)
            except Exception:
                self.position_id = None
                self.details = None
                self.detail.hide()
                self.empty.show()
                raise
        self.details = details
        self.empty.hide()
        self.detail.show()
        self._show_details(details)

    def _show_details(self, d: PositionDetails) -> None:
        p = d.position
        status = positions.status_of(p)
        is_open = status in positions.OPEN_STATUSES
        self.heading.setText(p.title)
        self.heading.setAccessibleName(p.title)
        parts: list[str] = []
        if d.item is not None and d.meeting is not None:
            parts.append(
                escape(
                    self.tr("Agenda item {n} of {meeting}, {date}").format(
                        n=d.item.number, meeting=d.meeting.title, date=format_date(d.meeting.held_on)
                    )
                )
            )
            if d.item.national_question:
                parts.append(
                    escape(
                        self.tr("National question: {q}").format(q=" ".join(d.item.national_question.split()))
                    )
                )
        else:
            parts.append(escape(self.tr("Standalone position (no agenda item)")))
        parts.append(escape(self.tr("Version {n}").format(n=p.version_number)))
        self.context_line.setText(" · ".join(parts))
        self.workflow.set_status(status, p.agenda_item_id is not None, self.ctx.read_only)
        locked_text = self.tr(
            "This position is {status}: its texts and responses are what was adopted and are locked. "
            "Move it back to consultation to change them."
        ).format(status=label(status).lower())
        texts = {name: str(getattr(p, name)) for name in positions.TEXT_FIELDS}
        self.texts.load(p.id, texts, not is_open, locked_text)
        self.texts.set_objections(d.tally.objection.count)
        self._set_responses(d.responses, is_open and not self.ctx.read_only)
        self.responses_page.locked.setText(locked_text)
        self.responses_page.locked.setVisible(not is_open)
        self.evidence.set_rows(d.evidence, not self.ctx.read_only)
        self.versions.set_versions(d.versions, not self.ctx.read_only)
        self.weighing.show_weighing(d.tally, d.verdict, d.responses)
        self.goto_item_action.setEnabled(d.item is not None)
        self.compare_action.setEnabled(len(d.versions) >= 2)
        for action in (self.new_version_action, self.delete_action):
            action.setEnabled(not self.ctx.read_only)
        self._update_tab_titles()

    def _set_responses(self, rows: list[ResponseRow], editable: bool) -> None:
        same = [r.municipality_id for r in rows] == [r.municipality_id for r in self.model.rows]
        if same and editable == self.model.editable:
            # Update in place so the cursor stays where the user is typing grades.
            for row in rows:
                self.model.update_row(row)
        else:
            self.model.set_rows(rows, editable)

    def _update_tab_titles(self) -> None:
        d = self.details
        responded = f" ({d.tally.responded.count}/{d.tally.members})" if d else ""
        self.tabs.setTabText(0, self.tr("&Text"))
        self.tabs.setTabText(1, self.tr("&Responses") + responded)
        self.tabs.setTabText(2, self.tr("Ev&idence") + (f" ({len(d.evidence)})" if d else ""))
        self.tabs.setTabText(3, self.tr("Ver&sions") + (f" ({len(d.versions)})" if d else ""))

    # ------------------------------------------------------------------ actions

    def new_item(self) -> None:
        """Ctrl+N: start a new position."""
        if self.ctx.read_only:
            return
        from delegate_app.ui.positions.new_dialog import NewPositionDialog, open_items

        with self.ctx.store.reader() as session:
            items = open_items(session)
        dialog = NewPositionDialog(items, parent=self)
        if dialog.exec() != NewPositionDialog.DialogCode.Accepted:
            return
        self.create_position(dialog.agenda_item_id(), dialog.title.text())

    def create_position(self, agenda_item_id: str | None, title: str) -> str | None:
        actor = self.ctx.actor
        created = run_write(
            self.ctx,
            self,
            lambda s: positions.create_position(s, title, agenda_item_id=agenda_item_id, author=actor).id,
            entity="position",
        )
        if created:
            self.refresh()
            self.select_position(created)
            self.tabs.setCurrentIndex(0)
            self.texts.widgets["core_position"].setFocus()
        return created

    def change_status(self, code: str) -> None:
        if self.position_id is None:
            return
        self.flush()
        pid, actor = self.position_id, self.ctx.actor
        run_write(
            self.ctx,
            self,
            lambda s: positions.change_status(s, pid, code, author=actor),
            entity="position",
            ids=[pid],
            title=self.tr("Status not changed"),
        )

    def record_outcome(self) -> None:
        d = self.details
        if d is None or d.item is None:
            return
        self.flush()
        from delegate_app.ui.meetings.outcome_dialog import OutcomeDialog

        OutcomeDialog(self.ctx, d.item.id, self).exec()

    def _change_response(self, row: ResponseRow, changes: dict[str, object]) -> None:
        if self.position_id is None:
            return
        pid, mid = self.position_id, row.municipality_id
        values = with_changes(row, changes)
        if row.response_id is None and "recorded_via" not in changes:
            values["recorded_via"] = self.responses_page.via.currentData() or RecordedVia.MANUAL.value
        old = response_values(row)
        run_undoable(
            self.ctx,
            self,
            self.tr("response of {name}").format(name=row.municipality),
            lambda s: positions.set_response(s, pid, mid, **values),
            lambda s: positions.set_response(s, pid, mid, **old),
            entity="response",
            ids=[pid],
        )
        # Reload at once: the next keystroke (a note for the same row) must build on this response.
        self.show_position(pid)

    def link_evidence(self) -> None:
        d = self.details
        if d is None:
            return
        from delegate_app.ui.meetings.concern_picker import ConcernPicker

        linked = [(e.concern_id, e.title, e.municipality) for e in d.evidence]
        picker = ConcernPicker(
            self.ctx, self.tr("Evidence for “{title}”").format(title=d.position.title), linked, self
        )
        if picker.exec() != ConcernPicker.DialogCode.Accepted:
            return
        self.apply_evidence(picker.selected_ids())

    def apply_evidence(self, wanted: list[str]) -> None:
        """Link the concerns in `wanted` and unlink the others, in one transaction."""
        d = self.details
        if d is None:
            return
        pid = d.position.id
        before = {e.concern_id: e.paragraph for e in d.evidence}
        added = [c for c in wanted if c not in before]
        removed = [c for c in before if c not in wanted]
        if not added and not removed:
            return

        def do(s: Session) -> None:
            for cid in added:
                positions.link_evidence(s, pid, cid)
            for cid in removed:
                positions.unlink_evidence(s, pid, cid)

        def undo(s: Session) -> None:
            for cid in added:
                positions.unlink_evidence(s, pid, cid)
            for cid in removed:
                positions.link_evidence(s, pid, cid, before[cid])

        run_undoable(self.ctx, self, self.tr("evidence"), do, undo, entity="evidence", ids=[pid])

    def unlink_evidence(self, concern_id: str) -> None:
        d = self.details
        if d is not None:
            self.apply_evidence([e.concern_id for e in d.evidence if e.concern_id != concern_id])

    def set_paragraph(self, concern_id: str, paragraph: str) -> None:
        d = self.details
        if d is None:
            return
        pid = d.position.id
        old = next((e.paragraph for e in d.evidence if e.concern_id == concern_id), "")
        run_undoable(
            self.ctx,
            self,
            self.tr("paragraph of the evidence"),
            lambda s: positions.link_evidence(s, pid, concern_id, paragraph),
            lambda s: positions.link_evidence(s, pid, concern_id, old),
            entity="evidence",
            ids=[pid],
        )

    def new_version(self) -> None:
        if self.position_id is None or self.ctx.read_only:
            return
        self.flush()
        reason, ok = QInputDialog.getText(
            self, self.tr("New version"), self.tr("What changed, or why keep this version? (optional)")
        )
        if not ok:
            return
        pid, actor = self.position_id, self.ctx.actor
        run_write(
            self.ctx,
            self,
            lambda s: positions.new_version(s, pid, author=actor, reason=reason),
            entity="version",
            ids=[pid],
        )

    def compare_latest(self) -> None:
        pair = self.versions.pair()
        if pair is not None:
            self.compare(*pair)

    def compare(self, old_id: str, new_id: str) -> None:
        if self.position_id is None:
            return
        self.flush()
        from delegate_app.ui.positions.versions_dialog import VersionsDialog

        VersionsDialog(self.ctx, self.position_id, old_id, new_id, self).exec()

    def go_to_agenda_item(self) -> None:
        d = self.details
        window = self.window()
        if d is None or d.item is None or not hasattr(window, "show_view"):
            return
        view = window.show_view(MEETINGS_VIEW)
        select = getattr(view, "select_agenda_item", None)
        if callable(select):
            select(d.item.id)

    def delete_position(self) -> None:
        d = self.details
        if d is None or self.ctx.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete position"),
            self.tr(
                "Delete the position “{title}”? Its versions and responses are kept in the store."
            ).format(title=d.position.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        pid = d.position.id
        self.texts.group.load(None, {})  # nothing left to save for a deleted position
        run_write(self.ctx, self, lambda s: positions.delete_position(s, pid), entity="position", ids=[pid])
        self.position_id = None
        self.refresh()
