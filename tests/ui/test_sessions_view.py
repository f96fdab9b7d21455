"""The Regio-overleggen view: attendance per municipality and person, minutes and their status, what was discussed."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_fixtures import MeetingData, build, nameless_controls, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from delegate_app.core.models import MinutesStatus, SessionKind
from delegate_app.core.services import persons, sessions
from delegate_app.ui.context import AppContext
from delegate_app.ui.sessions_view import SessionsView


@pytest.fixture
def data(ctx: AppContext) -> MeetingData:
    found = build(ctx.store)
    with ctx.store.session() as session:
        person = persons.create_person(session, "Fenna Bosma", municipality_id=found.members[0])
    found.extra["person"] = person.id
    return found


@pytest.fixture
def view(ctx: AppContext, data: MeetingData, qtbot: object) -> SessionsView:
    widget = SessionsView(ctx)
    shown(widget, qtbot)
    return widget


def _present(ctx: AppContext, session_id: str) -> dict[str, bool | None]:
    with ctx.store.reader() as session:
        return {r.municipality_id: r.present for r in sessions.attendance(session, session_id)}


def test_attendance_per_municipality_and_person(
    ctx: AppContext, view: SessionsView, data: MeetingData, qtbot: object
) -> None:
    assert view.session_id == data.session_id
    tree = view.attendance
    assert tree.topLevelItemCount() == len(data.members)
    first = tree.topLevelItem(0)
    first.setCheckState(0, Qt.CheckState.Checked)
    assert _present(ctx, data.session_id)[data.members[0]] is True
    qtbot.waitUntil(lambda: "1" in view.attendance_summary.text())  # type: ignore[attr-defined]
    # The municipality's contact is listed beneath it and can be ticked too.
    second = tree.topLevelItem(1)
    second_id = str(second.data(0, Qt.ItemDataRole.UserRole))
    tree.topLevelItem(0).setExpanded(True)
    person_item = tree.topLevelItem(0).child(0)
    assert person_item.text(0) == "Fenna Bosma"
    person_item.setCheckState(0, Qt.CheckState.Checked)
    with ctx.store.reader() as session:
        row = next(
            r for r in sessions.attendance(session, data.session_id) if r.municipality_id == data.members[0]
        )
    assert [(p.name, p.present) for p in row.persons] == [("Fenna Bosma", True)]
    # Unticking records absence; undo forgets it again.
    tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: _present(ctx, data.session_id)[second_id] is True)  # type: ignore[attr-defined]
    ctx.undo_stack.undo()
    assert _present(ctx, data.session_id)[second_id] is None


def test_minutes_are_saved_as_typed_and_move_to_final(
    ctx: AppContext, view: SessionsView, data: MeetingData, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = view.minutes.editor.source
    qtbot.keyClicks(source, "# Verslag")  # type: ignore[attr-defined]
    for _ in range(2):
        qtbot.keyClick(source, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.keyClicks(source, "- Opening door de voorzitter")  # type: ignore[attr-defined]
    view.flush()
    with ctx.store.reader() as session:
        record = sessions.get_session(session, data.session_id)
    assert record.minutes == "# Verslag\n\n- Opening door de voorzitter"
    view.minutes.editor.render_now()
    assert "Opening door de voorzitter" in view.minutes.editor.preview.toPlainText()
    # draft -> corrected -> final
    for code in (MinutesStatus.CORRECTED, MinutesStatus.FINAL):
        view.minutes.status.setCurrentIndex(view.minutes.status.findData(code.value))
        qtbot.waitUntil(lambda code=code: _minutes_status(ctx, data.session_id) == code.value)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: source.isReadOnly())  # type: ignore[attr-defined]
    assert view.minutes.reopen.isVisible()
    assert not view.minutes.status.isEnabled()
    # Reopening unlocks them as corrected.
    qtbot.mouseClick(view.minutes.reopen, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not source.isReadOnly())  # type: ignore[attr-defined]
    assert _minutes_status(ctx, data.session_id) == MinutesStatus.CORRECTED.value


def _minutes_status(ctx: AppContext, session_id: str) -> str:
    with ctx.store.reader() as session:
        return sessions.get_session(session, session_id).minutes_status


def test_discussed_questions_and_a_new_session(
    ctx: AppContext, view: SessionsView, data: MeetingData, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    top = view.discussed.topLevelItem(0)
    assert top.childCount() == 2
    top.child(0).setCheckState(0, Qt.CheckState.Checked)
    with ctx.store.reader() as session:
        assert [i.id for i in sessions.discussed_items(session, data.session_id)] == [data.item_ids[0]]
    # A new knowledge session is listed and selected; a bad title is refused with a message.
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    assert view.create_session("   ", date(2026, 5, 1), SessionKind.KNOWLEDGE.value) is None
    assert said
    created = view.create_session(
        "Kennissessie Copilot", date(2026, 5, 1), SessionKind.KNOWLEDGE.value, "Online"
    )
    assert created is not None and view.session_id == created
    assert view.heading.text() == "Kennissessie Copilot"
    assert view.list.count() == 2
    # The kind filter narrows the list.
    view.kind_filter.setCurrentIndex(view.kind_filter.findData(SessionKind.KNOWLEDGE.value))
    assert view.list.count() == 1


def test_every_control_has_an_accessible_name_in_both_languages(view: SessionsView) -> None:
    from delegate_app.ui import i18n

    assert nameless_controls(view) == []
    i18n.install("en")
    view.retranslate()
    assert nameless_controls(view) == []


def test_open_the_session_in_session_mode(window: object, ctx: AppContext, data: MeetingData) -> None:
    first = build_second_session(ctx)
    view = window.show_view("regio-overleggen")  # type: ignore[attr-defined]
    assert isinstance(view, SessionsView)
    view.session_id = data.session_id
    view.refresh()
    assert view.session_id == data.session_id
    view.session_mode_button.click()
    mode = window._session_window  # type: ignore[attr-defined]
    assert mode is not None and mode.isVisible()
    assert mode.session_id == data.session_id != first  # the session chosen here, not the latest
    mode.close()


def build_second_session(ctx: AppContext) -> str:
    """A later session, so "the latest" and "the one chosen" differ."""
    with ctx.store.session() as session:
        return sessions.create_session(session, "Regio-overleg najaar", date.today()).id
