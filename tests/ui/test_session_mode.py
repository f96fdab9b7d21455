"""Session mode on a real store: three concerns and attendance by keyboard, recognitions with one key, Esc."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from register_seed import municipality_id, seed
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.services import concerns, sessions
from delegate_app.core.store import Store
from delegate_app.core.types import today
from delegate_app.ui.context import AppContext
from delegate_app.ui.session_mode import SessionModeWindow

INTAKE = (
    ("Heerenveen", "Printerbeheer kost een halve fte", "Elke week storingen met de printers."),
    ("Opsterland", "Geen zicht op datalekken bij ketenpartners", "Meldingen komen weken te laat."),
    ("Harlingen", "Telefonie migreert zonder planning", "De leverancier noemt geen datum."),
)


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    return seed(store)


@pytest.fixture
def window(ctx: AppContext, seeded: dict[str, str], qtbot: object) -> Iterator[SessionModeWindow]:
    win = SessionModeWindow(ctx)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.resize(1500, 900)
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    win.activateWindow()
    yield win


def focused() -> object:
    return QApplication.focusWidget()


def type_and(qtbot: object, text: str, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)  # type: ignore[attr-defined]
    QTest.keyClick(QApplication.focusWidget(), key)


def test_without_a_session_the_form_waits_for_one(window: SessionModeWindow) -> None:
    assert window.session_id is None
    assert not window.title.isEnabled()
    window.new_session.click()
    assert window.session_id is not None
    assert window.title.isEnabled()


def test_capture_three_concerns_and_attendance_by_keyboard(
    window: SessionModeWindow, store: Store, qtbot: object
) -> None:
    window.create_session_today()
    session_id = window.session_id
    assert session_id is not None
    for name, title, description in INTAKE:
        qtbot.waitUntil(lambda: focused() is window.municipality)  # type: ignore[attr-defined]
        type_and(qtbot, name)
        assert focused() is window.title
        type_and(qtbot, title)
        assert focused() is window.description
        qtbot.keyClicks(window.description, description)  # type: ignore[attr-defined]
        QTest.keyClick(window.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        # Saved: the form is empty again and the cursor is back on the municipality.
        assert window.title.text() == "" and window.description.toPlainText() == ""
        assert focused() is window.municipality
    assert window.concern_list.count() == 3

    with store.reader() as s:
        raised = sessions.concerns_raised(s, session_id)
        assert sorted(c.title for c in raised) == sorted(t for _n, t, _d in INTAKE)
        assert {c.source for c in raised} == {"session"}
        assert {c.submitted_on for c in raised} == {today()}
        present = {row.municipality for row in sessions.attendance(s, session_id) if row.present}
    # Speaking up at the session counts as being there.
    assert present == {"Heerenveen", "Opsterland", "Harlingen"}

    # Attendance by ticking: one more present, one taken off again.
    items = {
        window.attendance.item(i).text(): window.attendance.item(i) for i in range(window.attendance.count())
    }
    items["Smallingerland"].setCheckState(Qt.CheckState.Checked)
    items["Harlingen"].setCheckState(Qt.CheckState.Unchecked)
    with store.reader() as s:
        rows = {row.municipality: row.present for row in sessions.attendance(s, session_id)}
    assert rows["Smallingerland"] is True
    assert rows["Harlingen"] is False
    assert rows["Achtkarspelen"] is None  # nothing recorded
    assert "3" in window.attendance_heading.text()  # Heerenveen, Opsterland, Smallingerland


def test_enter_in_the_title_saves_and_an_incomplete_form_says_what_is_missing(
    window: SessionModeWindow, store: Store, qtbot: object
) -> None:
    window.create_session_today()
    window.title.setFocus()
    qtbot.keyClicks(window.title, "Alleen een titel")  # type: ignore[attr-defined]
    QTest.keyClick(window.title, Qt.Key.Key_Return)
    assert focused() is window.municipality  # no municipality yet: asked for first
    assert window.feedback.objectName() == "feedbackError"
    with store.reader() as s:
        assert session_concerns(s, window) == []
    type_and(qtbot, "Heerenveen", Qt.Key.Key_Return)
    assert focused() is window.description  # the description is still missing
    qtbot.keyClicks(window.description, "Omschrijving.")  # type: ignore[attr-defined]
    window.title.setFocus()
    QTest.keyClick(window.title, Qt.Key.Key_Return)
    with store.reader() as s:
        assert [c.title for c in session_concerns(s, window)] == ["Alleen een titel"]


def session_concerns(s: object, window: SessionModeWindow) -> list[models.Concern]:
    return sessions.concerns_raised(s, window.session_id)  # type: ignore[arg-type]


def test_recognise_an_existing_concern_with_one_key(
    window: SessionModeWindow, ctx: AppContext, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    window.create_session_today()
    session_id = window.session_id
    target = seeded["Leverancier verhoogt licentiekosten eenzijdig"]
    # Any concern in the register can be found and recognised, not only this session's.
    window.finder.setText("licentiekosten")
    window.reload_concerns()
    assert window.concern_list.count() == 1
    window.municipality.setFocus()
    type_and(qtbot, "Weststellingwerf")
    window.concern_list.setFocus()
    window.concern_list.setCurrentRow(0)
    QTest.keyClick(window.concern_list, Qt.Key.Key_Space)
    with store.reader() as s:
        found = {x.municipality_id: x for x in concerns.supports(s, target)}
        west = municipality_id(s, "Weststellingwerf")
        present = {row.municipality_id for row in sessions.attendance(s, session_id) if row.present}
    assert west in found
    assert found[west].recorded_via == "session" and found[west].session_id == session_id
    assert west in present
    assert "3 " in window.concern_list.item(0).text()  # its own, Heerenveen's earlier one, and this
    # One undo step takes it back.
    ctx.undo_stack.undo()
    with store.reader() as s:
        assert west not in {x.municipality_id for x in concerns.supports(s, target)}


def test_the_raising_municipality_cannot_recognise_its_own_concern(
    window: SessionModeWindow, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    window.create_session_today()
    window.finder.setText("licentiekosten")
    window.reload_concerns()
    window.municipality.set_municipality(None)
    window.municipality.setFocus()
    type_and(qtbot, "Sudwest-Fryslan")  # accents optional
    window.concern_list.setCurrentRow(0)
    window.recognise_button.click()
    assert window.feedback.objectName() == "feedbackError"
    with store.reader() as s:
        target = seeded["Leverancier verhoogt licentiekosten eenzijdig"]
        own = municipality_id(s, "Súdwest-Fryslân")
        assert own not in {x.municipality_id for x in concerns.supports(s, target)}


def test_escape_leaves_without_asking_and_keeps_a_complete_draft(
    window: SessionModeWindow, store: Store, qtbot: object
) -> None:
    window.create_session_today()
    window.municipality.setFocus()
    type_and(qtbot, "Heerenveen")
    type_and(qtbot, "Nog niet met Enter bewaard")
    qtbot.keyClicks(window.description, "Maar wel compleet.")  # type: ignore[attr-defined]
    QTest.keyClick(window.description, Qt.Key.Key_Escape)
    assert not window.isVisible()
    with store.reader() as s:
        found = s.exec(
            select(models.Concern).where(models.Concern.title == "Nog niet met Enter bewaard")
        ).first()
    assert found is not None and found.session_id == window.session_id
