"""The concern register on a real store: search as you type, sorting, keyboard creation, delete and undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from register_seed import CONCERNS, seed
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.store import Store
from delegate_app.ui.concerns.register_view import ConcernRegisterView
from delegate_app.ui.concerns.table_model import COLUMN_KEYS


@pytest.fixture
def seeded(store: Store) -> dict[str, str]:
    return seed(store)


@pytest.fixture
def view(ctx: object, seeded: dict[str, str], qtbot: object) -> Iterator[ConcernRegisterView]:
    widget = ConcernRegisterView(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    yield widget
    widget.flush()


def titles(view: ConcernRegisterView) -> list[str]:
    return [row.title for row in (view.model.row_data(r) for r in range(view.model.rowCount())) if row]


def search_for(view: ConcernRegisterView, qtbot: object, text: str) -> None:
    view.search_field.clear()
    qtbot.keyClicks(view.search_field, text)  # type: ignore[attr-defined]
    view.apply_filter_now()


def test_lists_every_live_concern_newest_first(view: ConcernRegisterView) -> None:
    expected = [title for title, *_ in reversed(CONCERNS)]  # seeded with rising dates
    assert titles(view) == expected
    assert view.model.columnCount() == len(COLUMN_KEYS) == 9


def test_search_as_you_type_folds_accents_and_matches_prefixes(
    view: ConcernRegisterView, qtbot: object
) -> None:
    search_for(view, qtbot, "sudwest")  # Súdwest-Fryslân, typed without accents
    rows = [view.model.row_data(r) for r in range(view.model.rowCount())]
    assert [r.municipality for r in rows if r] == ["Súdwest-Fryslân"]
    search_for(view, qtbot, "koppel")  # a prefix of "Koppeling" and "DSO-koppeling"
    assert set(titles(view)) == {"Koppeling zaaksysteem met BRP valt wekelijks uit",
                                 "DSO-koppeling geeft foutmeldingen bij vergunningen"}  # fmt: skip
    search_for(view, qtbot, "koppel brp")  # every word must match
    assert titles(view) == ["Koppeling zaaksysteem met BRP valt wekelijks uit"]
    search_for(view, qtbot, "k")  # one letter narrows nothing: searching starts at the second
    assert len(titles(view)) == len(CONCERNS)
    search_for(view, qtbot, "zzzgeenmatch")
    assert titles(view) == []
    assert view.empty.isVisible()
    view.search_field.clear()
    view.apply_filter_now()
    assert len(titles(view)) == len(CONCERNS)


def test_typing_waits_for_the_pause_then_filters(view: ConcernRegisterView, qtbot: object) -> None:
    qtbot.keyClicks(view.search_field, "phish")  # type: ignore[attr-defined]
    assert view.filter_bar.pending()
    qtbot.waitUntil(lambda: titles(view) == ["Phishingmeldingen nemen sterk toe"])  # type: ignore[attr-defined]


def test_filters_by_theme_status_and_confidentiality(view: ConcernRegisterView, store: Store) -> None:
    with store.reader() as session:
        cloud = session.exec(select(models.Theme).where(models.Theme.code == "CLOUD")).one().id
    bar = view.filter_bar
    bar.theme.set_theme(cloud)
    assert titles(view) == ["Cloudmigratie stokt door ontbrekende exitstrategie"]
    bar.theme.set_theme(None)
    bar.confidentiality.set_code("vertrouwelijk")
    assert titles(view) == ["Phishingmeldingen nemen sterk toe"]
    bar.confidentiality.set_code(None)
    bar.status.set_code("closed")
    assert titles(view) == []


def test_header_click_sorts_in_sql(view: ConcernRegisterView, qtbot: object) -> None:
    header = view.table.horizontalHeader()
    column = COLUMN_KEYS.index("title")
    x = header.sectionViewportPosition(column) + 10
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    first = titles(view)
    assert view.model.sort_key == "title"
    assert first in (sorted(first, key=str.casefold), sorted(first, key=str.casefold, reverse=True))
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    assert titles(view) == list(reversed(first))
    view.filter_bar.search_field.setText("koppel")
    view.apply_filter_now()
    assert titles(view) == sorted(titles(view), key=str.casefold, reverse=view.model.descending)


def test_confidential_rows_are_marked_and_anonymised_ones_hide_the_name(
    view: ConcernRegisterView, seeded: dict[str, str]
) -> None:
    model = view.model
    by_title = {model.row_data(r).title: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    secret = by_title["Phishingmeldingen nemen sterk toe"]
    assert model.data(model.index(secret, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert not model.data(model.index(secret, 0), Qt.ItemDataRole.DecorationRole).isNull()
    anonymous = by_title["Woo-verzoeken kosten te veel capaciteit"]
    municipality = model.data(model.index(anonymous, COLUMN_KEYS.index("municipality")))
    assert municipality == model.tr("A municipality in the region")
    assert "Harlingen" not in municipality
    # The delegate sees the real municipality in the editor.
    view.select_row(anonymous)
    assert view.editor.municipality.currentText() == "Harlingen"
    assert view.editor.anonymised.isChecked()


def test_recognition_column_shows_breadth(view: ConcernRegisterView) -> None:
    model = view.model
    first = next(r for r in range(model.rowCount()) if model.row_data(r).title.startswith("Koppeling"))  # type: ignore[union-attr]
    row = model.row_data(first)
    assert row is not None and row.support_municipalities == 4  # Heerenveen and three recognitions
    text = model.data(model.index(first, COLUMN_KEYS.index("support")), Qt.ItemDataRole.ToolTipRole)
    assert text.startswith("4 ")


def test_new_concern_by_keyboard_only(
    window: object, seeded: dict[str, str], store: Store, qtbot: object
) -> None:
    """Ctrl+N, municipality, Tab, title (duplicates appear), Tab, description, Tab, theme, Enter."""
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    view = window.view("knelpunten")  # type: ignore[attr-defined]
    dialog = view.new_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.municipality)  # type: ignore[attr-defined]

    def type_here(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)  # type: ignore[attr-defined]

    def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(QApplication.focusWidget(), k, modifier)

    type_here("GM0074")  # Heerenveen by its code
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.title
    type_here("Koppeling zaaksysteem valt uit")
    qtbot.waitUntil(lambda: dialog.suggestions.count() > 0)  # type: ignore[attr-defined]
    assert seeded["Koppeling zaaksysteem met BRP valt wekelijks uit"] in dialog.suggestion_ids()
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.description
    type_here("Sinds dinsdag geen berichten meer.")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.theme
    key(Qt.Key.Key_Down)  # the first theme after "(no theme)"
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.new_dialog is None)  # type: ignore[attr-defined]

    with store.reader() as session:
        made = session.exec(
            select(models.Concern).where(models.Concern.title == "Koppeling zaaksysteem valt uit")
        ).one()
        heerenveen = session.get(models.Municipality, made.municipality_id)
    assert heerenveen is not None and heerenveen.name == "Heerenveen"
    assert made.description == "Sinds dinsdag geen berichten meer."
    assert made.theme_id is not None
    assert view.editor.concern_id == made.id  # selected and shown for further editing
    assert "Koppeling zaaksysteem valt uit" in titles(view)


def test_new_concern_refused_without_municipality_keeps_the_dialog(
    view: ConcernRegisterView, store: Store, qtbot: object
) -> None:
    view.new_item()
    dialog = view.new_dialog
    assert dialog is not None
    dialog.title.setText("Zonder gemeente")
    dialog.description.setPlainText("Tekst")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reject()
    with store.reader() as session:
        assert (
            session.exec(select(models.Concern).where(models.Concern.title == "Zonder gemeente")).first()
            is None
        )


def test_delete_key_deletes_and_undo_restores(view: ConcernRegisterView, ctx: object, qtbot: object) -> None:
    before = titles(view)
    view.table.setFocus()
    view.select_row(0)
    gone = before[0]
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    assert gone not in titles(view)
    ctx.undo_stack.undo()  # type: ignore[attr-defined]
    assert titles(view) == before
    ctx.undo_stack.redo()  # type: ignore[attr-defined]
    assert gone not in titles(view)
    view.filter_bar.show_deleted.setChecked(True)
    assert gone in titles(view)
    row = next(r for r in range(view.model.rowCount()) if view.model.row_data(r).title == gone)
    index = view.model.index(row, 0)
    assert view.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    live = next(r for r in range(view.model.rowCount()) if view.model.row_data(r).title != gone)
    assert view.model.data(view.model.index(live, 0), Qt.ItemDataRole.FontRole) is None or not (
        view.model.data(view.model.index(live, 0), Qt.ItemDataRole.FontRole).strikeOut()
    )


def test_enter_in_the_table_moves_to_the_editor(view: ConcernRegisterView, qtbot: object) -> None:
    view.activateWindow()
    view.table.setFocus()
    view.select_row(2)
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.editor.title
    assert view.editor.title.text() == titles(view)[2]


def test_an_edit_that_takes_a_row_out_of_the_filter_removes_it(view: ConcernRegisterView) -> None:
    view.filter_bar.status.set_code("new")
    first = titles(view)[0]
    view.select_row(0)
    view.editor.status.set_code("closed")  # saved at once
    assert first not in titles(view)
    view.filter_bar.status.set_code(None)
    assert first in titles(view)
