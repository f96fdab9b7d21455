"""Merging duplicates through the dialog with its preview, unmerging from the editor, and undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QPushButton
from register_seed import seed

from delegate_app.core.services import concerns
from delegate_app.core.store import Store
from delegate_app.ui.concerns.register_view import ConcernRegisterView
from delegate_app.ui.context import AppContext

KEEP = "Koppeling zaaksysteem met BRP valt wekelijks uit"  # Heerenveen + 3 recognitions
DUPLICATE = "DSO-koppeling geeft foutmeldingen bij vergunningen"  # De Fryske Marren


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    return seed(store)


@pytest.fixture
def view(ctx: AppContext, seeded: dict[str, str], qtbot: object) -> Iterator[ConcernRegisterView]:
    widget = ConcernRegisterView(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    yield widget
    widget.flush()


def select(view: ConcernRegisterView, *concern_ids: str) -> None:
    model = view.table.selectionModel()
    model.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for concern_id in concern_ids:
        model.select(view.model.index(view.model.row_of_id(concern_id), 0), flags)


def merged_into(store: Store, concern_id: str) -> str | None:
    with store.reader() as session:
        return concerns.get_concern(session, concern_id).merged_into_id


def breadth(store: Store, concern_id: str) -> int:
    with store.reader() as session:
        return concerns.breadth(session, concern_id).municipalities


def merge_through_dialog(view: ConcernRegisterView, seeded: dict[str, str]) -> None:
    select(view, seeded[KEEP], seeded[DUPLICATE])
    assert view.merge_button.isEnabled()
    view.merge_button.click()
    dialog = view.merge_dialog
    assert dialog is not None and dialog.isVisible()
    # The widest concern is proposed to stay, and the preview shows the combined breadth.
    assert dialog.target_id() == seeded[KEEP]
    assert dialog.preview_values["before"].text().startswith("4 ")
    assert dialog.preview_values["after"].text().startswith("5 ")
    assert "De Fryske Marren" in dialog.preview_values["added"].text()
    dialog.merge_button.click()
    assert view.merge_dialog is None


def test_merge_and_unmerge_through_the_dialog_and_the_editor(
    view: ConcernRegisterView, store: Store, seeded: dict[str, str]
) -> None:
    before = view.model.rowCount()
    merge_through_dialog(view, seeded)
    assert merged_into(store, seeded[DUPLICATE]) == seeded[KEEP]
    assert breadth(store, seeded[KEEP]) == 5
    assert view.model.rowCount() == before - 1  # the merged one leaves the register...
    view.filter_bar.show_merged.setChecked(True)
    assert view.model.rowCount() == before  # ...but is there when asked for
    view.filter_bar.show_merged.setChecked(False)

    # The editor of the concern that stayed lists what was merged into it, with Unmerge.
    view.select_concern(seeded[KEEP])
    assert view.editor.children_box.isVisible()
    QApplication.processEvents()  # new rows are shown by the event loop
    unmerge = [b for b in view.editor.children_box.findChildren(QPushButton) if b.isVisible()]
    assert len(unmerge) == 1
    unmerge[0].click()
    assert merged_into(store, seeded[DUPLICATE]) is None
    assert breadth(store, seeded[KEEP]) == 4
    assert view.model.rowCount() == before


def test_merge_is_one_undo_step(view: ConcernRegisterView, ctx: AppContext, store: Store,
                                seeded: dict[str, str]) -> None:  # fmt: skip
    merge_through_dialog(view, seeded)
    ctx.undo_stack.undo()
    assert merged_into(store, seeded[DUPLICATE]) is None
    ctx.undo_stack.redo()
    assert merged_into(store, seeded[DUPLICATE]) == seeded[KEEP]


def test_unmerge_from_the_merged_concern_itself(view: ConcernRegisterView, store: Store,
                                                seeded: dict[str, str]) -> None:  # fmt: skip
    merge_through_dialog(view, seeded)
    view.filter_bar.show_merged.setChecked(True)
    view.select_concern(seeded[DUPLICATE])
    editor = view.editor
    assert editor.banner_box.isVisible() and KEEP in editor.banner.text()
    editor.banner_open.click()  # jumps to the concern it was merged into
    assert editor.concern_id == seeded[KEEP]
    view.select_concern(seeded[DUPLICATE])
    editor.banner_button.click()
    assert merged_into(store, seeded[DUPLICATE]) is None


def test_a_single_selection_cannot_be_merged(view: ConcernRegisterView, seeded: dict[str, str]) -> None:
    select(view, seeded[KEEP])
    assert not view.merge_button.isEnabled()
    view.merge_selected()
    assert view.merge_dialog is None
