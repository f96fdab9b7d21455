"""The Landelijk Beraad view: the next meeting first, its agenda, linking concerns, the next meeting, outcomes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from meeting_fixtures import MeetingData, build, nameless_controls, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from delegate_app.core import models
from delegate_app.core.models import ConcernStatus, MeetingStatus
from delegate_app.core.services import meetings, positions
from delegate_app.ui.context import AppContext
from delegate_app.ui.meetings.agenda_table import COL_CONCERNS, COL_POSITION, COL_TITLE
from delegate_app.ui.meetings.concern_picker import ConcernPicker
from delegate_app.ui.meetings.outcome_dialog import OutcomeDialog
from delegate_app.ui.meetings_view import MeetingsView


@pytest.fixture
def data(ctx: AppContext) -> MeetingData:
    found = build(ctx.store)
    with ctx.store.session() as session:  # an earlier meeting, already reported back
        meetings.create_meeting(
            session,
            "LIB voorjaar",
            date.today() - timedelta(days=60),
            "Utrecht",
            status=MeetingStatus.REPORTED,
        )
    return found


@pytest.fixture
def view(ctx: AppContext, data: MeetingData, qtbot: object) -> MeetingsView:
    widget = MeetingsView(ctx)
    shown(widget, qtbot)
    return widget


def _agenda_titles(view: MeetingsView) -> list[str]:
    return [view.agenda.topLevelItem(i).text(COL_TITLE) for i in range(view.agenda.topLevelItemCount())]


def test_next_meeting_is_preselected_with_its_agenda_at_a_glance(
    view: MeetingsView, data: MeetingData
) -> None:
    assert view.meeting_id == data.meeting_id
    assert view.meeting_list.count() == 2
    assert _agenda_titles(view) == ["Cloudbeleid", "Leveranciersmanagement"]
    first = view.agenda.topLevelItem(0)
    assert first.text(COL_CONCERNS) == "1"
    assert first.text(COL_POSITION)  # the position's status is shown
    assert view.agenda.topLevelItem(1).text(COL_POSITION) == "—"
    assert view.editor.question.toPlainText() == "Steunt de regio de cloudstrategie?"


def test_add_edit_and_reorder_agenda_items(
    ctx: AppContext, view: MeetingsView, data: MeetingData, qtbot: object
) -> None:
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert view.agenda.topLevelItemCount() == 3
    assert view.editor.title.hasFocus() or view.editor.title.selectedText()
    view.editor.title.selectAll()
    qtbot.keyClicks(view.editor.title, "Digitale weerbaarheid")  # type: ignore[attr-defined]
    view.flush()
    qtbot.waitUntil(lambda: "Digitale weerbaarheid" in _agenda_titles(view))  # type: ignore[attr-defined]
    # Move it to the top by keyboard (Alt+Up twice).
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # type: ignore[attr-defined]
    with ctx.store.reader() as session:
        stored = [i.title for i in meetings.agenda_items(session, data.meeting_id)]
    assert stored == ["Digitale weerbaarheid", "Cloudbeleid", "Leveranciersmanagement"]
    assert _agenda_titles(view) == stored
    # One undo puts the last move back.
    ctx.undo_stack.undo()
    with ctx.store.reader() as session:
        assert [i.title for i in meetings.agenda_items(session, data.meeting_id)][:2] == [
            "Cloudbeleid",
            "Digitale weerbaarheid",
        ]


def test_link_concerns_through_the_searchable_picker(
    ctx: AppContext, view: MeetingsView, data: MeetingData, qtbot: object
) -> None:
    picker = ConcernPicker(
        ctx, "Knelpunten", [(data.concern_ids[0], "Exitstrategie cloud ontbreekt", "")], view
    )
    qtbot.addWidget(picker)  # type: ignore[attr-defined]
    picker.search.setText("leverancier")
    picker.reload()
    titles = [picker.list.topLevelItem(i).text(0) for i in range(picker.list.topLevelItemCount())]
    assert "Leverancier verhoogt prijzen" in titles
    assert "Exitstrategie cloud ontbreekt" in titles  # linked ones stay listed so they can be unticked
    for i in range(picker.list.topLevelItemCount()):
        item = picker.list.topLevelItem(i)
        if item.text(0) == "Leverancier verhoogt prijzen":
            item.setCheckState(0, Qt.CheckState.Checked)
        if item.text(0) == "Exitstrategie cloud ontbreekt":
            item.setCheckState(0, Qt.CheckState.Unchecked)
    view.apply_links(data.item_ids[0], [data.concern_ids[0]], picker.selected_ids())
    with ctx.store.reader() as session:
        linked = [c.id for c in meetings.linked_concerns(session, data.item_ids[0])]
    assert linked == [data.concern_ids[1]]
    qtbot.waitUntil(lambda: view.editor.concerns.count() == 1)  # type: ignore[attr-defined]


def test_create_the_next_meeting_from_the_last_one(
    ctx: AppContext, view: MeetingsView, data: MeetingData
) -> None:
    later = date.today() + timedelta(days=120)
    created = view.create_next_on(later)
    assert created is not None
    assert view.meeting_id == created
    # The open agenda items came along, with the position of the first.
    assert _agenda_titles(view) == ["Cloudbeleid", "Leveranciersmanagement"]
    with ctx.store.reader() as session:
        first = meetings.agenda_items(session, created)[0]
        assert positions.position_for_item(session, first.id) is not None
        assert meetings.get_meeting(session, created).place == "Utrecht"


def test_record_the_outcome_closes_the_linked_concerns_with_the_reason(
    ctx: AppContext, view: MeetingsView, data: MeetingData, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: OutcomeDialog) -> int:
        assert "Exitstrategie cloud ontbreekt" in dialog.affected.text()  # the preview names what it settles
        dialog.decision.setPlainText("Aangenomen met een exitparagraaf.")
        dialog.meaning.setPlainText("Gemeenten krijgen een model-exitplan.")
        dialog.has_review.setChecked(True)
        dialog.reason.setText("Beantwoord door het Beraad")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(OutcomeDialog, "exec", answer)
    view.agenda.select(data.item_ids[0])
    qtbot.mouseClick(view.outcome_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    with ctx.store.reader() as session:
        concern = session.get(models.Concern, data.concern_ids[0])
        meeting = meetings.get_meeting(session, data.meeting_id)
    assert concern is not None and concern.status == ConcernStatus.ANSWERED.value
    assert concern.status_reason == "Beantwoord door het Beraad"
    assert meeting.status == MeetingStatus.HELD.value
    qtbot.waitUntil(lambda: "Aangenomen met een exitparagraaf." in view.editor.outcome.text())  # type: ignore[attr-defined]
    # An item with a recorded outcome cannot be removed from the agenda.
    assert not view.delete_button.isEnabled()


def test_remove_an_item_asks_first(
    ctx: AppContext, view: MeetingsView, data: MeetingData, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.agenda.select(data.item_ids[1])
    view.delete_item()
    assert view.agenda.topLevelItemCount() == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_item()
    assert _agenda_titles(view) == ["Cloudbeleid"]


def test_go_to_position_switches_view_and_drafts_one_when_missing(
    window: object, data: MeetingData, qtbot: object
) -> None:
    view = window.show_view("landelijk-beraad")  # type: ignore[attr-defined]
    assert isinstance(view, MeetingsView)
    view.agenda.select(data.item_ids[1])  # no position yet
    qtbot.mouseClick(view.position_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    positions_view = window.current_view()  # type: ignore[attr-defined]
    assert window.current_key() == "standpunten"  # type: ignore[attr-defined]
    assert positions_view.details is not None
    assert positions_view.details.item is not None and positions_view.details.item.id == data.item_ids[1]


def test_every_control_has_an_accessible_name_in_both_languages(view: MeetingsView) -> None:
    from delegate_app.ui import i18n

    assert nameless_controls(view) == []
    i18n.install("en")
    view.retranslate()
    assert nameless_controls(view) == []
