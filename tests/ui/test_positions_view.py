"""The Standpunten view's parts: saving as you type with undo, safe preview, refusals, versions and their diff."""

from __future__ import annotations

import pytest
from meeting_fixtures import MeetingData, build, nameless_controls, shown
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPlainTextEdit

from delegate_app.core.models import Grade, PositionStatus
from delegate_app.core.services import positions
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.responses_matrix import COL_GRADE, COL_NOTE
from delegate_app.ui.positions.versions_dialog import VersionsDialog
from delegate_app.ui.positions_view import PositionsView


@pytest.fixture
def data(ctx: AppContext) -> MeetingData:
    return build(ctx.store)


@pytest.fixture
def view(ctx: AppContext, data: MeetingData, qtbot: object) -> PositionsView:
    widget = PositionsView(ctx)
    shown(widget, qtbot)
    widget.select_position(data.position_id)
    return widget


def _stored(ctx: AppContext, position_id: str, field: str) -> str:
    with ctx.store.reader() as session:
        return str(getattr(positions.get_position(session, position_id), field))


def test_text_saves_after_a_pause_and_undo_restores_it(
    ctx: AppContext, data: MeetingData, view: PositionsView, qtbot: object
) -> None:
    red_lines = view.texts.widgets["red_lines"]
    assert isinstance(red_lines, QPlainTextEdit)
    qtbot.keyClicks(red_lines, "Geen lock-in")  # type: ignore[attr-defined]
    # No save button: the debounce writes it without anyone asking.
    qtbot.waitUntil(lambda: _stored(ctx, data.position_id, "red_lines") == "Geen lock-in")  # type: ignore[attr-defined]
    assert ctx.undo_stack.canUndo()
    ctx.undo_stack.undo()
    assert _stored(ctx, data.position_id, "red_lines") == ""
    qtbot.waitUntil(lambda: red_lines.toPlainText() == "")  # type: ignore[attr-defined]
    ctx.undo_stack.redo()
    qtbot.waitUntil(lambda: red_lines.toPlainText() == "Geen lock-in")  # type: ignore[attr-defined]


def test_preview_shows_markup_as_text_and_loads_nothing(view: PositionsView) -> None:
    source = view.texts.explanation.source
    source.setPlainText("# Kop\n\n<b>vet?</b> & ![x](file:///etc/passwd) **echt vet**")
    view.texts.explanation.render_now()
    preview = view.texts.explanation.preview
    shown = preview.toPlainText()
    assert "<b>vet?</b>" in shown  # escaped, not interpreted
    assert "echt vet" in shown and "**" not in shown  # Markdown itself is rendered
    assert "<img" not in preview.toHtml()  # a file: image is never embedded


def test_adoption_refused_without_quorum_names_the_reason(
    ctx: AppContext, data: MeetingData, view: PositionsView, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: said.append(text))
    with ctx.store.session() as session:
        positions.change_status(session, data.position_id, PositionStatus.CONSULTATION)
    ctx.notify("position", [data.position_id])
    qtbot.waitUntil(lambda: view.workflow.status is PositionStatus.CONSULTATION)  # type: ignore[attr-defined]
    assert "✗" in view.weighing.verdict.text()  # the verdict already says it cannot be adopted
    qtbot.mouseClick(view.workflow.forward, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(said) == 1
    assert "quorum" in said[0].lower()
    assert _stored(ctx, data.position_id, "status") == PositionStatus.CONSULTATION.value
    # The rule is shown beside the verdict.
    assert view.weighing.rule.text().strip()


def test_matrix_lists_every_member_and_notes_are_edited_in_place(
    ctx: AppContext, data: MeetingData, view: PositionsView, qtbot: object
) -> None:
    with ctx.store.session() as session:
        positions.change_status(session, data.position_id, PositionStatus.CONSULTATION)
    ctx.notify("position", [data.position_id])
    qtbot.waitUntil(lambda: view.model.editable)  # type: ignore[attr-defined]
    assert sorted(r.municipality_id for r in view.model.rows) == sorted(data.members)
    # Digits work as well as letters: 4 is the fourth grade (objection).
    view.tabs.setCurrentIndex(1)
    table = view.responses_page.table
    table.setFocus()
    table.setCurrentIndex(view.model.index(2, COL_GRADE))
    qtbot.keyClick(table, Qt.Key.Key_4)  # type: ignore[attr-defined]
    assert table.currentIndex().row() == 3  # moved on to the next municipality
    view.model.setData(view.model.index(2, COL_NOTE), "Eerst de kosten & baten")
    with ctx.store.reader() as session:
        row = positions.responses(session, data.position_id)[2]
    assert row.grade is Grade.OBJECTION
    assert row.note == "Eerst de kosten & baten"
    assert row.recorded_via == view.responses_page.via.currentData()
    qtbot.waitUntil(lambda: "Eerst de kosten" in view.weighing.objections.text())  # type: ignore[attr-defined]
    # Delete clears a response back to "no response".
    table.setCurrentIndex(view.model.index(2, COL_GRADE))
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    with ctx.store.reader() as session:
        assert positions.responses(session, data.position_id)[2].grade is Grade.NO_RESPONSE


def test_new_version_and_side_by_side_word_diff(
    ctx: AppContext, data: MeetingData, view: PositionsView, qtbot: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Na het regio-overleg", True))
    with ctx.store.session() as session:
        positions.update_texts(session, data.position_id, core_position="De regio steunt de cloudstrategie.")
        positions.new_version(session, data.position_id)
        positions.update_texts(
            session,
            data.position_id,
            core_position="De regio steunt de landelijke cloudstrategie voorwaardelijk.",
        )
    ctx.notify("position", [data.position_id])
    view.new_version()  # the "nieuwe versie" action, with its reason asked in a dialog
    qtbot.waitUntil(lambda: len(view.details.versions) == 3)  # type: ignore[union-attr, attr-defined]
    assert view.details.versions[-1].reason == "Na het regio-overleg"  # type: ignore[union-attr]
    old_id, new_id = view.versions.pair() or ("", "")
    dialog = VersionsDialog(ctx, data.position_id, old_id, new_id, view)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    html = dialog.view.toHtml()
    text = dialog.view.toPlainText()
    assert "landelijke" in text and "voorwaardelijk" in text
    # Inserted words are marked green on the new side; the core position's old text stays unmarked.
    changed = [d for d in dialog.diffs if d.changed]
    assert [d.field for d in changed] == ["core_position"]
    assert "#d7f5dd" in html
    # Compare the other way round: the words now read as deleted, struck through in red.
    dialog.old_combo.setCurrentIndex(dialog.new_combo.currentIndex())
    dialog.new_combo.setCurrentIndex(0)
    assert "line-through" in dialog.view.toHtml() or "<s" in dialog.view.toHtml()


def test_every_control_has_an_accessible_name_in_both_languages(view: PositionsView) -> None:
    from delegate_app.ui import i18n

    assert nameless_controls(view) == []
    i18n.install("en")
    view.retranslate()
    assert nameless_controls(view) == []


def test_go_to_the_agenda_item_from_a_position(window: object, ctx: AppContext, data: MeetingData) -> None:
    view = window.show_view("standpunten")  # type: ignore[attr-defined]
    assert isinstance(view, PositionsView)
    view.select_position(data.position_id)
    view.goto_item_action.trigger()
    assert window.current_key() == "landelijk-beraad"  # type: ignore[attr-defined]
    meetings_view = window.current_view()  # type: ignore[attr-defined]
    assert meetings_view.agenda.current_id() == data.item_ids[0]


def test_markup_in_a_title_is_shown_as_typed(ctx: AppContext, data: MeetingData, view: PositionsView) -> None:
    with ctx.store.session() as session:
        positions.update_texts(session, data.position_id, title="<b>Cloud</b> & <i>exit</i>")
    view.refresh()
    assert view.heading.text() == "<b>Cloud</b> & <i>exit</i>"
    assert view.heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Cloud</b>" in view.list.tree.currentItem().text()
