"""Importing concerns through the dialog: preview first, then all rows or none; bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from exchange_helpers import Dialogs, counts, demo_store_fixture, dialogs_fixture, settle, write_dutch_csv  # noqa: F401
from PySide6.QtCore import Qt
from sqlmodel import select
from test_accessibility import problems

from delegate_app.core import models
from delegate_app.core.store import Store
from delegate_app.ui.exchange.actions import exchange_actions
from delegate_app.ui.exchange.import_dialog import ImportDialog, open_import_dialog
from delegate_app.ui.exchange.preview_model import COLUMNS, DUPLICATE, ERROR, KIND_ROLE, MESSAGE, NEW, PRESENT

DUTCH_ROWS = [
    'Súdwest-Fryslân;Zaaksysteem koppelt niet met BRP;"Sinds de update; burgers wachten dagen.";'
    "Basisregistraties;4;3;regio;Jan de Jong;12-03-2025",
    '"Nuenen, Gerwen en Nederwetten";Leverancier rekent 30% meer;"Zonder overleg, ""eenzijdig"".";'
    "Leveranciers;5;5;openbaar;;2025-02-01",
    "'s-Hertogenbosch;Archief & e-depot loopt vast;Migratie stokt <sinds maart>.;;;;;;",
]


def column(dialog: ImportDialog, name: str) -> list[str]:
    model = dialog.model
    return [model.index(row, COLUMNS.index(name)).data() for row in range(model.rowCount())]


def kinds(dialog: ImportDialog) -> list[str]:
    return [dialog.model.index(row, 0).data(KIND_ROLE) for row in range(dialog.model.rowCount())]


def titles(store: Store) -> set[str]:
    conn = store.raw()
    try:
        return {r[0] for r in conn.execute("SELECT title FROM concern WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def test_a_dutch_excel_csv_is_previewed_then_imported(
    demo_store: Store, window: object, ctx: object, dialogs: Dialogs, tmp_path: Path, qtbot: object
) -> None:
    path = write_dutch_csv(tmp_path / "knelpunten.csv", DUTCH_ROWS)
    before = counts(demo_store)
    changes: list[tuple[str, list[str]]] = []
    ctx.changed.connect(lambda entity, ids: changes.append((entity, ids)))  # type: ignore[attr-defined]

    dialogs.open_names.append(path)
    dialog = exchange_actions(window).import_file()  # type: ignore[arg-type, union-attr]
    assert isinstance(dialog, ImportDialog)
    settle()
    assert dialog.preview is not None and dialog.preview.ok, (
        dialog.preview.problems if dialog.preview else None
    )
    assert column(dialog, "municipality") == [
        "Súdwest-Fryslân",
        "Nuenen, Gerwen en Nederwetten",
        "'s-Hertogenbosch",
    ]
    assert column(dialog, "row") == ["2", "3", "4"]
    assert column(dialog, "theme")[1].startswith("Leveranciers")
    assert set(kinds(dialog)) <= {NEW, DUPLICATE}
    assert counts(demo_store) == before, "the preview stores nothing"
    assert dialog.import_button.isEnabled()
    assert not problems(dialog), problems(dialog)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    settle()
    after = counts(demo_store)
    assert after["concerns"] == before["concerns"] + 3  # type: ignore[operator]
    assert {"Zaaksysteem koppelt niet met BRP", "Archief & e-depot loopt vast"} <= titles(demo_store)
    assert any(entity == "concern" and len(ids) == 3 for entity, ids in changes)
    assert any("knelpunten.csv" in text for text in dialogs.texts("information"))
    assert not shiboken6.isValid(dialog) or not dialog.isVisible(), "the dialog closed"

    # The same file again: everything is already there, nothing to import.
    again = open_import_dialog(window, ctx, path)  # type: ignore[arg-type]
    assert again is not None
    settle()
    assert set(kinds(again)) == {PRESENT}
    assert not again.import_button.isEnabled()
    assert counts(demo_store) == after
    again.reject()


def test_a_bad_file_shows_its_problems_and_imports_nothing(
    demo_store: Store, window: object, ctx: object, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = write_dutch_csv(
        tmp_path / "fout.csv",
        [
            "Heerenveen;Goede regel;Deze regel is in orde.;;3;3;;;",
            "Atlantis;Onbekende gemeente;Bestaat niet.;;3;3;;;",
            "Bergen;Dubbelzinnig;Welk Bergen?;;3;3;;;",
            "Harlingen;;Titel ontbreekt.;;3;3;;;",
            "Vlieland;Te urgent;Urgentie buiten de schaal.;;9;3;;;",
        ],
    )
    before = counts(demo_store)
    dialog = open_import_dialog(window, ctx, path)  # type: ignore[arg-type]
    assert dialog is not None
    settle()
    preview = dialog.preview
    assert preview is not None and not preview.ok
    assert {p.row for p in preview.problems} == {3, 4, 5, 6}
    assert kinds(dialog)[1:] == [ERROR] * 4
    remarks = column(dialog, "remark")
    assert dialog.table.columnSpan(1, MESSAGE) == len(COLUMNS) - MESSAGE, "a problem reads across the row"
    assert "gemeente" in remarks[1] and "Atlantis" in remarks[1]
    assert "Bergen" in remarks[2]
    assert "urgentie" in remarks[4]
    banner = dialog.banner.text()
    assert "fout.csv" in banner and "3" in banner and "gemeente" in banner
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even asked directly, nothing happens
    settle()
    dialog.problems_only.setChecked(True)
    assert dialog.proxy.rowCount() == 4
    assert dialog.table.currentIndex().row() >= 0, "the first problem is selected"
    assert counts(demo_store) == before


def test_a_file_that_is_no_table_is_refused_by_name(
    demo_store: Store, window: object, ctx: object, dialogs: Dialogs, tmp_path: Path
) -> None:
    before = counts(demo_store)
    junk = tmp_path / "kapot.xlsx"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    dialog = open_import_dialog(window, ctx, junk)  # type: ignore[arg-type]
    assert dialog is not None
    settle()
    assert "kapot.xlsx" in dialog.banner.text()
    assert not dialog.import_button.isEnabled()
    assert counts(demo_store) == before


def test_a_likely_duplicate_of_an_existing_concern_is_flagged(
    demo_store: Store, window: object, ctx: object, dialogs: Dialogs, tmp_path: Path
) -> None:
    with demo_store.reader() as session:
        existing = session.exec(select(models.Concern).where(models.Concern.deleted_at == None)).first()  # noqa: E711
    assert existing is not None
    path = write_dutch_csv(
        tmp_path / "dubbel.csv",
        [f"Ameland;{existing.title};{existing.description.splitlines()[0][:200]} (ook hier);;3;3;;;"],
    )
    dialog = open_import_dialog(window, ctx, path)  # type: ignore[arg-type]
    assert dialog is not None
    settle()
    assert kinds(dialog) == [DUPLICATE]
    assert existing.title in dialog.model.index(0, COLUMNS.index("remark")).data(Qt.ItemDataRole.ToolTipRole)
    assert dialog.import_button.isEnabled(), "a likely duplicate is flagged, not refused"
