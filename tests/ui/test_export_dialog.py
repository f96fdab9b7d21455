"""Exporting concerns as the register filters them, and saving the intake workbook, through the dialogs."""

from __future__ import annotations

import csv
from pathlib import Path

from exchange_helpers import Dialogs, counts, demo_store_fixture, dialogs_fixture, settle  # noqa: F401
from openpyxl import load_workbook
from test_accessibility import problems

from delegate_app.core import models
from delegate_app.core.exchange import importer
from delegate_app.core.store import Store
from delegate_app.ui.exchange.actions import exchange_actions
from delegate_app.ui.exchange.export_dialog import ExportDialog
from delegate_app.ui.main_window import MainWindow


def live_concerns(store: Store, where: str = "1", params: tuple[object, ...] = ()) -> list[tuple[str, str]]:
    conn = store.raw()
    try:
        sql = f"SELECT id, confidentiality FROM concern WHERE deleted_at IS NULL AND merged_into_id IS NULL AND {where}"
        return [(r[0], r[1]) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_export_follows_the_register_filter_and_leaves_confidential_out(
    demo_store: Store, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    register = window.show_view("knelpunten")
    municipality_id = busiest_municipality(demo_store)
    register.filter_bar.municipality.set_municipality(municipality_id)  # type: ignore[attr-defined]
    register.apply_filter_now()  # type: ignore[attr-defined]
    selected = live_concerns(demo_store, "municipality_id = ?", (municipality_id,))
    public = [i for i, c in selected if c != models.Confidentiality.CONFIDENTIAL.value]
    assert 0 < len(public) < len(selected), "the demo gives this municipality a confidential concern"

    dialog = exchange_actions(window).export_concerns()  # type: ignore[union-attr]
    assert isinstance(dialog, ExportDialog)
    assert not problems(dialog), problems(dialog)
    assert dialog.flt.municipality_id == municipality_id
    assert dialog.total == len(selected)
    dialog.csv_radio.setChecked(True)
    out = tmp_path / "gemeente.csv"
    dialogs.save_names.append(out)
    dialog.export_button.click()
    settle()

    rows = read_csv(out)
    assert sorted(r["id"] for r in rows) == sorted(public)
    assert any("gemeente.csv" in t for t in dialogs.texts("information"))
    # What was exported imports again without adding anything.
    preview = importer.preview_file(demo_store, out)
    assert preview.ok and not preview.new_rows


def busiest_municipality(store: Store) -> str:
    """The municipality with the most concerns, confidential ones among them when there are any."""
    conn = store.raw()
    try:
        row = conn.execute(
            "SELECT municipality_id FROM concern WHERE deleted_at IS NULL AND merged_into_id IS NULL "
            "GROUP BY municipality_id ORDER BY SUM(confidentiality = 'vertrouwelijk') DESC, COUNT(*) DESC LIMIT 1"
        ).fetchone()
        return str(row[0])
    finally:
        conn.close()


def test_export_of_everything_to_xlsx_with_confidential_ticked(
    demo_store: Store, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    dialog = exchange_actions(window).export_concerns()  # type: ignore[union-attr]
    assert isinstance(dialog, ExportDialog)
    everything = live_concerns(demo_store)
    assert dialog.total == len(everything) and dialog.confidential > 0
    assert dialog.count_to_write() == len(everything) - dialog.confidential
    dialog.xlsx_radio.setChecked(True)
    dialog.include_confidential.setChecked(True)
    assert dialog.warning.isVisibleTo(dialog)
    out = tmp_path / "alles.xlsx"
    dialogs.save_names.append(out)
    dialog.export_button.click()
    settle()

    sheet = load_workbook(out, read_only=True).worksheets[0]
    header, *rows = list(sheet.iter_rows(values_only=True))
    ids = [row[list(header).index("id")] for row in rows]
    assert sorted(ids) == sorted(i for i, _c in everything)


def test_the_intake_template_is_saved(
    demo_store: Store, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    before = counts(demo_store)
    out = tmp_path / "invulbestand"  # the extension is added
    dialogs.save_names.append(out)
    exchange_actions(window).save_template()  # type: ignore[union-attr]
    settle()
    written = out.with_suffix(".xlsx")
    workbook = load_workbook(written)
    assert len(workbook.worksheets) >= 2
    assert any("invulbestand.xlsx" in t for t in dialogs.texts("information"))
    assert counts(demo_store) == before


def test_the_file_menu_holds_the_exchange_commands(window: MainWindow) -> None:
    actions = exchange_actions(window)
    assert actions is not None
    in_menu = window.file_menu.actions()
    for action in (a for a in actions.actions() if a is not None):
        assert in_menu.count(action) == 1 and action.text()
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
