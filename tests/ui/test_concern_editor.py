"""The concern editor saves as you type, with no Save button, survives reopening, and undoes and redoes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from register_seed import municipality_id, seed
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.services import concerns
from delegate_app.core.store import Store, open_store
from delegate_app.ui.app import open_settings
from delegate_app.ui.concerns.register_view import ConcernRegisterView
from delegate_app.ui.context import AppContext

TITLE = "Koppeling zaaksysteem met BRP valt wekelijks uit"


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    return seed(store)


def open_view(ctx: AppContext, qtbot: object, concern_id: str) -> ConcernRegisterView:
    view = ConcernRegisterView(ctx)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    view.select_concern(concern_id)
    assert view.editor.concern_id == concern_id
    return view


@pytest.fixture
def view(ctx: AppContext, seeded: dict[str, str], qtbot: object) -> Iterator[ConcernRegisterView]:
    widget = open_view(ctx, qtbot, seeded[TITLE])
    yield widget
    widget.flush()


def stored(store: Store, concern_id: str) -> models.Concern:
    with store.reader() as session:
        return concerns.get_concern(session, concern_id)


def test_there_is_no_save_button(view: ConcernRegisterView) -> None:
    texts = [b.text().replace("&", "").lower() for b in view.editor.findChildren(QPushButton)]
    assert not any(t in {"save", "opslaan"} for t in texts)


def test_typing_is_saved_after_a_pause(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    editor = view.editor
    editor.title.setFocus()
    editor.title.end(False)
    qtbot.keyClicks(editor.title, " (ook bij Opsterland)")  # type: ignore[attr-defined]
    assert editor.has_pending()
    qtbot.waitUntil(lambda: not editor.has_pending())  # type: ignore[attr-defined]
    assert stored(store, seeded[TITLE]).title == TITLE + " (ook bij Opsterland)"
    # The register shows the new title too.
    row = view.model.row_of_id(seeded[TITLE])
    assert view.model.row_data(row).title == TITLE + " (ook bij Opsterland)"  # type: ignore[union-attr]


def test_an_edit_survives_closing_and_reopening(data_dir: Path, qtbot: object, app: QApplication) -> None:
    store = open_store(data_dir)
    ids = seed(store)
    ctx = AppContext(store, open_settings())
    view = open_view(ctx, qtbot, ids[TITLE])
    editor = view.editor
    editor.description.setFocus()
    editor.description.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.description, " Extra regel.")  # type: ignore[attr-defined]
    qtbot.keyClicks(editor.contributor, "Jan Jansen")  # type: ignore[attr-defined]
    editor.urgency.setValue(2)
    # Closing the window: the shell asks every view to save what is pending, right away.
    view.save_pending()
    view.close()
    view.deleteLater()
    store.close()

    reopened = open_store(data_dir)
    try:
        again = stored(reopened, ids[TITLE])
        assert again.description.endswith("Extra regel.")
        assert again.contributor_name == "Jan Jansen"
        assert again.urgency == 2
        view2 = open_view(AppContext(reopened, open_settings()), qtbot, ids[TITLE])
        assert view2.editor.contributor.text() == "Jan Jansen"
        assert view2.editor.description.toPlainText().endswith("Extra regel.")
        view2.close()
    finally:
        reopened.close()


def test_leaving_a_field_saves_it(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    editor = view.editor
    view.activateWindow()
    editor.status_reason.setFocus()
    qtbot.keyClicks(editor.status_reason, "Besproken in het regio-overleg")  # type: ignore[attr-defined]
    QTest.keyClick(editor.status_reason, Qt.Key.Key_Tab)
    assert not editor.has_pending()
    assert stored(store, seeded[TITLE]).status_reason == "Besproken in het regio-overleg"


def test_choices_are_saved_at_once(view: ConcernRegisterView, store: Store, seeded: dict[str, str]) -> None:
    editor = view.editor
    editor.status.set_code("triaged")
    editor.confidentiality.set_code("openbaar")
    editor.anonymised.setChecked(True)
    with store.reader() as session:
        opsterland = municipality_id(session, "Opsterland")
    editor.municipality.set_municipality(opsterland)
    saved = stored(store, seeded[TITLE])
    assert (saved.status, saved.confidentiality, saved.anonymised) == ("triaged", "openbaar", True)
    assert saved.municipality_id == opsterland


def test_undo_and_redo_an_edit(
    view: ConcernRegisterView, ctx: AppContext, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    editor = view.editor
    editor.title.setFocus()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Nieuwe titel")  # type: ignore[attr-defined]
    editor.flush()
    assert stored(store, seeded[TITLE]).title == "Nieuwe titel"
    ctx.undo_stack.undo()
    assert stored(store, seeded[TITLE]).title == TITLE
    assert editor.title.text() == TITLE
    ctx.undo_stack.redo()
    assert stored(store, seeded[TITLE]).title == "Nieuwe titel"
    assert editor.title.text() == "Nieuwe titel"


def test_ctrl_z_in_a_field_saves_then_undoes_the_stored_change(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str], qtbot: object
) -> None:
    editor = view.editor
    view.activateWindow()
    editor.impact.setValue(5)
    editor.flush()
    editor.title.setFocus()
    editor.title.end(False)
    qtbot.keyClicks(editor.title, "!")  # type: ignore[attr-defined]
    QTest.keyClick(editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The typed "!" was saved and then undone as one step: the stored title is as before.
    assert stored(store, seeded[TITLE]).title == TITLE
    assert editor.title.text() == TITLE
    assert stored(store, seeded[TITLE]).impact == 5
    QTest.keyClick(
        editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(editor.title, Qt.Key.Key_Shift)  # QTest leaves Shift marked as held otherwise
    assert stored(store, seeded[TITLE]).title == TITLE + "!"


def test_invalid_input_is_refused_with_a_message_and_nothing_changes(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str]
) -> None:
    editor = view.editor
    editor.title.clear()
    editor._changed("title")
    assert editor.flush() is False
    assert editor.error.isVisible() and editor.error.text()
    assert stored(store, seeded[TITLE]).title == TITLE


def test_recognitions_are_ticked_and_undone(
    view: ConcernRegisterView, ctx: AppContext, store: Store, seeded: dict[str, str]
) -> None:
    supports = view.supports
    assert supports.breadth.text().startswith("4 ")
    with store.reader() as session:
        target = municipality_id(session, "Smallingerland")
    item = next(supports.tree.topLevelItem(i) for i in range(supports.tree.topLevelItemCount())
                if supports.tree.topLevelItem(i).text(0) == "Smallingerland")  # fmt: skip
    item.setCheckState(0, Qt.CheckState.Checked)
    with store.reader() as session:
        ids = {s.municipality_id for s in concerns.supports(session, seeded[TITLE])}
    assert target in ids
    assert supports.breadth.text().startswith("5 ")
    ctx.undo_stack.undo()
    with store.reader() as session:
        assert target not in {s.municipality_id for s in concerns.supports(session, seeded[TITLE])}
    assert supports.breadth.text().startswith("4 ")


def test_a_deleted_concern_is_restored_from_the_editor(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str]
) -> None:
    view.filter_bar.show_deleted.setChecked(True)
    view.select_concern(seeded[TITLE])
    view.delete_selected()
    view.select_concern(seeded[TITLE])
    assert view.editor.banner_box.isVisible() and view.editor.title.isReadOnly()
    view.editor.banner_button.click()
    with store.reader() as session:
        assert (
            session.exec(select(models.Concern).where(models.Concern.id == seeded[TITLE])).one().deleted_at
            is None
        )
    assert not view.editor.title.isReadOnly()
