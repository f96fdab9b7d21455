"""Importing concerns from files: every row checked, all or none stored, and re-imports add nothing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import importer
from delegate_app.core.services import concerns, region
from delegate_app.core.store import Store


@pytest.fixture(autouse=True)
def _english() -> None:
    """Messages are matched in English, the source language, whatever the translations say."""
    from delegate_app.core.i18n import set_language

    set_language("en")


HEADER = "gemeente;titel;omschrijving;thema;urgentie;impact;vertrouwelijkheid;indiener;datum\r\n"


def csv_file(tmp_path: Path, *rows: str, name: str = "knelpunten.csv", encoding: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + "".join(r + "\r\n" for r in rows)).encode(encoding))
    return path


def counts(store: Store) -> dict[str, int]:
    conn = sqlite3.connect(store.path)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("concern", "changelog")}
    finally:
        conn.close()


def concern_rows(store: Store) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute(
            "SELECT m.name, c.title, c.description, c.urgency, c.impact, c.confidentiality, c.contributor_name, "
            "c.submitted_on, c.source, c.outside_region FROM concern c JOIN municipality m ON m.id = c.municipality_id "
            "ORDER BY c.title"
        ).fetchall()
    finally:
        conn.close()


GOOD = (
    'Súdwest-Fryslân;Koppeling BRP hapert;"Sinds de update; foutmeldingen";Basisregistraties;4;5;openbaar;'
    "Sjoukje de Vries;05-03-2024",
    '"Nuenen, Gerwen en Nederwetten";Licentiekosten verdubbeld;Leverancier verhoogt prijs;Leveranciers;;;;;2024-03-06',
    '\'s-Hertogenbosch;=HYPERLINK("x");-5% budget & meer;;;;vertrouwelijk;;',
)


def test_dutch_excel_file_imports_with_every_field(store: Store, tmp_path: Path) -> None:
    result = importer.import_file(store, csv_file(tmp_path, *GOOD))
    assert result.created == 3
    rows = concern_rows(store)
    assert rows[0] == (
        "'s-Hertogenbosch",
        '=HYPERLINK("x")',
        "-5% budget & meer",
        3,
        3,
        "vertrouwelijk",
        "",
        None,
        "file",
        0,
    )
    assert rows[1] == (
        "Súdwest-Fryslân",
        "Koppeling BRP hapert",
        "Sinds de update; foutmeldingen",
        4,
        5,
        "openbaar",
        "Sjoukje de Vries",
        "2024-03-05",
        "file",
        0,
    )
    assert rows[2][0] == "Nuenen, Gerwen en Nederwetten"
    assert rows[2][5] == "regio"  # the default
    assert rows[2][7] == "2024-03-06"


def test_importing_the_same_file_again_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = csv_file(tmp_path, *GOOD)
    importer.import_file(store, path)
    before = counts(store)
    again = importer.import_file(store, path)
    assert (again.created, again.existing) == (0, 3)
    assert counts(store) == before
    # The same concerns saved again in UTF-8, a title retyped in other case and spacing: the same concerns.
    other = tmp_path / "kopie.csv"
    text = path.read_text(encoding="cp1252").replace("Koppeling BRP hapert", "koppeling  BRP  hapert")
    other.write_text(text, encoding="utf-8-sig")
    assert importer.import_file(store, other).created == 0


@pytest.mark.parametrize(
    ("row", "column", "message"),
    [
        ("Atlantis;T;O;;;;;;", "gemeente", "Atlantis"),
        ("Bergen;T;O;;;;;;", "gemeente", "Bergen (L.)"),
        ("Utrecht;;O;;;;;;", "titel", ""),
        ("Utrecht;T;;;;;;;", "omschrijving", ""),
        ("Utrecht;T;O;;9;;;;", "urgentie", "9"),
        ("Utrecht;T;O;;;hoog;;;", "impact", "hoog"),
        ("Utrecht;T;O;Ruimtevaart;;;;;", "thema", "INFOSEC"),
        ("Utrecht;T;O;;;;geheim;;", "vertrouwelijkheid", "geheim"),
        ("Utrecht;T;O;;;;;;31-02-2024", "datum", "31-02-2024"),
    ],
)
def test_one_bad_row_refuses_the_whole_file_naming_row_and_column(
    store: Store, tmp_path: Path, row: str, column: str, message: str
) -> None:
    path = csv_file(tmp_path, GOOD[0], GOOD[1], row)
    before = counts(store)
    preview = importer.preview_file(store, path)
    assert not preview.ok
    problem = preview.problems[0]
    assert (problem.row, problem.field) == (4, column)
    assert message in problem.message
    line = preview.error_line()
    assert line.startswith("knelpunten.csv: ")
    assert "4" in line and column in line
    with pytest.raises(ValidationError):
        importer.commit(store, preview)
    with pytest.raises(ValidationError):
        importer.import_file(store, path)
    assert counts(store) == before


def test_ambiguous_bergen_names_both_candidates(store: Store, tmp_path: Path) -> None:
    preview = importer.preview_file(store, csv_file(tmp_path, "Bergen;T;O;;;;;;"))
    assert "Bergen (L.)" in preview.problems[0].message
    assert "Bergen (NH.)" in preview.problems[0].message
    ok = importer.preview_file(store, csv_file(tmp_path, "Bergen (NH.);T;O;;;;;;", "GM0893;T2;O;;;;;;"))
    assert ok.ok
    assert [r.municipality for r in ok.rows] == ["Bergen (NH.)", "Bergen (L.)"]


def test_every_bad_row_is_reported_and_counted(store: Store, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "Atlantis;T;O;;;;;;", GOOD[0], "Utrecht;;O;;;;;;", "Utrecht;T;O;;0;;;;")
    preview = importer.preview_file(store, path)
    assert [(p.row, p.field) for p in preview.problems] == [(2, "gemeente"), (4, "titel"), (5, "urgentie")]
    assert "(2 " in preview.error_line()


def test_a_row_repeated_in_the_file_is_imported_once(store: Store, tmp_path: Path) -> None:
    preview = importer.preview_file(store, csv_file(tmp_path, GOOD[0], GOOD[0]))
    assert preview.ok
    assert preview.rows[1].repeats_row == 2
    assert importer.commit(store, preview).created == 1


def test_municipality_outside_the_region_is_accepted_and_marked(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Fryslân", "GM1900,GM0074")
    result = importer.import_file(store, csv_file(tmp_path, GOOD[0], GOOD[1]))
    assert (result.created, result.outside_region) == (2, 1)
    flags = {r[0]: r[9] for r in concern_rows(store)}
    assert flags == {"Súdwest-Fryslân": 0, "Nuenen, Gerwen en Nederwetten": 1}


def test_xlsx_cells_of_every_type(store: Store, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Municipality", "Title", "Description", "Urgency", "Date", "Confidentiality", "Theme"])
    sheet.append(
        [344, "Zaaksysteem 🚀 traag", "Regel 1\nRegel 2", 2.0, datetime(2024, 1, 31), "Public", "cloud"]
    )
    sheet.append(["GM0518", "Tweede", "Omschrijving", "5", "2024-02-01", "confidential", "CLOUD"])
    path = tmp_path / "intake.xlsx"
    workbook.save(path)
    preview = importer.preview_file(store, path)
    assert preview.ok, preview.problems
    first, second = (r.draft for r in preview.rows)
    assert (first.urgency, first.submitted_on, first.confidentiality) == (2, date(2024, 1, 31), "openbaar")
    assert first.title == "Zaaksysteem 🚀 traag"
    assert first.description == "Regel 1\nRegel 2"
    assert first.theme_id == second.theme_id is not None
    assert (second.urgency, second.confidentiality) == (5, "vertrouwelijk")
    assert importer.commit(store, preview).created == 2


def test_file_with_only_a_header_is_refused(store: Store, tmp_path: Path) -> None:
    preview = importer.preview_file(store, csv_file(tmp_path))
    assert not preview.ok
    assert preview.problems[0].row is None
    assert "no rows" in preview.error_line()


def test_huge_text_is_refused_by_the_form_rules(store: Store, tmp_path: Path) -> None:
    preview = importer.preview_file(store, csv_file(tmp_path, "Utrecht;T;" + "x" * 25_000 + ";;;;;;"))
    assert (preview.problems[0].row, preview.problems[0].field) == (2, "omschrijving")


def test_ids_are_deterministic_and_a_given_id_is_kept(store: Store, tmp_path: Path) -> None:
    a = importer.import_id("GM0344", "Titel  X", "Omschrijving", date(2024, 1, 1))
    assert a == importer.import_id("gm0344", "titel x", "OMSCHRIJVING", date(2024, 1, 1))
    assert a != importer.import_id("GM0344", "Titel X", "Omschrijving", None)
    path = tmp_path / "met-id.csv"
    path.write_text(
        "id,gemeente,titel,omschrijving\n5b1c5a36-6a7e-4bb9-b0c0-1d8d1a3b6d55,Utrecht,T,O\nnope,Utrecht,T2,O\n",
        encoding="utf-8",
    )
    preview = importer.preview_file(store, path)
    assert [(p.row, p.field) for p in preview.problems] == [(3, "id")]
    path.write_text(
        "id,gemeente,titel,omschrijving\n5b1c5a36-6a7e-4bb9-b0c0-1d8d1a3b6d55,Utrecht,T,O\n", encoding="utf-8"
    )
    assert importer.import_file(store, path).concern_ids == ("5b1c5a36-6a7e-4bb9-b0c0-1d8d1a3b6d55",)


def test_a_deleted_concern_is_not_brought_back_by_a_reimport(store: Store, tmp_path: Path) -> None:
    path = csv_file(tmp_path, GOOD[0])
    (concern_id,) = importer.import_file(store, path).concern_ids
    with store.session() as session:
        concerns.delete_concern(session, concern_id)
    assert importer.import_file(store, path).created == 0


def test_preview_lists_likely_duplicates_of_existing_concerns(store: Store, tmp_path: Path) -> None:
    importer.import_file(store, csv_file(tmp_path, GOOD[0], name="eerste.csv"))
    path = csv_file(tmp_path, "Heerenveen;Koppeling met BRP hapert;Ook hier;;;;;;", name="tweede.csv")
    preview = importer.preview_file(store, path, with_duplicates=True)
    assert [hit.title for hit in preview.rows[0].duplicates] == ["Koppeling BRP hapert"]
