"""Exporting concerns as filtered, and the intake workbook: the round trip through Excel changes nothing."""

from __future__ import annotations

import codecs
import csv
import io
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import exporter, importer, intake
from delegate_app.core.services import concerns, region
from delegate_app.core.services.search import RegisterFilter
from delegate_app.core.store import Store


@pytest.fixture(autouse=True)
def _english() -> None:
    """Messages are matched in English, the source language, whatever the translations say."""
    from delegate_app.core.i18n import set_language

    set_language("en")


def add(store: Store, title: str, gm: str = "GM0344", **kw: object) -> str:
    with store.session() as session:
        municipality_id = (
            session.connection()
            .exec_driver_sql("SELECT id FROM municipality WHERE gm_code = ?", (gm,))
            .scalar_one()
        )
        draft = concerns.ConcernDraft(
            title=title,
            description=kw.pop("description", "Omschrijving"),
            municipality_id=municipality_id,
            **kw,
        )  # type: ignore[arg-type]
        return concerns.create_concern(session, draft).id


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=";"))


def table_snapshot(store: Store) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT * FROM concern ORDER BY id").fetchall()
    finally:
        conn.close()


def test_csv_is_utf8_with_bom_semicolons_and_neutralised_formulas(store: Store, tmp_path: Path) -> None:
    add(store, '=HYPERLINK("http://x","klik")', description="+31 6 1234\n@iedereen", urgency=5)
    add(store, "Gewoon; met puntkomma", gm="GM1900", submitted_on=date(2024, 3, 5))
    out = tmp_path / "export.csv"
    result = exporter.export_concerns(store, out)
    assert result.count == 2
    rows = read_csv(out)
    assert rows[0][:9] == [
        "gemeente", "titel", "omschrijving", "thema", "urgentie", "impact", "vertrouwelijkheid", "indiener", "datum"
    ]  # fmt: skip
    by_title = {r[1]: r for r in rows[1:]}
    formula = by_title['\'=HYPERLINK("http://x","klik")']
    assert formula[2] == "'+31 6 1234\n@iedereen"
    assert formula[4] == "5"
    plain = by_title["Gewoon; met puntkomma"]
    assert plain[0] == "Súdwest-Fryslân"
    assert plain[8] == "2024-03-05"
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


def test_xlsx_cells_are_text_dates_and_numbers(store: Store, tmp_path: Path) -> None:
    add(store, "-min", description="=1+1", submitted_on=date(2024, 3, 5))
    out = tmp_path / "export.xlsx"
    exporter.export_concerns(store, out)
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2"
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c for c in sheet[2]], strict=True))
    assert row["titel"].value == "'-min"
    assert row["omschrijving"].value == "'=1+1"
    assert row["omschrijving"].data_type == "s"
    assert row["datum"].value == datetime(2024, 3, 5)
    assert row["urgentie"].value == 3


def test_confidential_concerns_stay_out_unless_included(store: Store, tmp_path: Path) -> None:
    add(store, "Open", confidentiality="openbaar")
    add(store, "Geheim", confidentiality="vertrouwelijk")
    out = tmp_path / "e.csv"
    assert exporter.export_concerns(store, out).count == 1
    assert [r[1] for r in read_csv(out)[1:]] == ["Open"]
    result = exporter.export_concerns(store, out, include_confidential=True)
    assert (result.count, result.confidential) == (2, 1)
    with pytest.raises(ValidationError, match="explicitly"):
        exporter.export_concerns(store, out, RegisterFilter(confidentiality="vertrouwelijk"))
    xlsx = tmp_path / "e.xlsx"
    exporter.export_concerns(store, xlsx, include_confidential=True)
    assert "CONFIDENTIAL" in load_workbook(xlsx).active.oddHeader.center.text


def test_register_filters_and_anonymised_concerns(store: Store, tmp_path: Path) -> None:
    first = add(store, "Zaaksysteem traag", gm="GM0344")
    add(store, "Printers kapot", gm="GM1900")
    add(store, "Anoniem knelpunt", gm="GM1900", anonymised=True)
    with store.reader() as session:
        utrecht = concerns.get_concern(session, first).municipality_id
    out = tmp_path / "e.csv"
    assert exporter.export_concerns(store, out, RegisterFilter(municipality_id=utrecht)).count == 1
    assert exporter.export_concerns(store, out, RegisterFilter(text="zaaksys")).count == 1
    exporter.export_concerns(store, out)
    rows = {r[1]: r for r in read_csv(out)[1:]}
    assert rows["Anoniem knelpunt"][0] != "Súdwest-Fryslân"
    assert rows["Anoniem knelpunt"][9] == ""  # no municipality code either
    # Re-importing recognises it by its id, although its municipality is hidden.
    preview = importer.preview_file(store, out)
    assert all(r.existing for r in preview.rows)
    assert sorted(r.draft.title for r in preview.rows) == [
        "Anoniem knelpunt",
        "Printers kapot",
        "Zaaksysteem traag",
    ]
    assert importer.import_file(store, out).created == 0


@pytest.mark.parametrize("name", ["e.pdf", "e.xls"])
def test_export_refuses_other_formats_and_leaves_nothing(store: Store, tmp_path: Path, name: str) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    with pytest.raises(ValidationError):
        exporter.export_concerns(store, out / name)
    assert list(out.iterdir()) == []


def test_template_has_lists_validation_instructions_and_frozen_header(store: Store, tmp_path: Path) -> None:
    out = intake.write_template(store, tmp_path / "intake.xlsx")
    workbook = load_workbook(out)
    concerns_sheet = workbook.worksheets[0]
    assert [c.value for c in concerns_sheet[1]] == [
        "gemeente", "titel", "omschrijving", "thema", "urgentie", "impact", "vertrouwelijkheid", "indiener", "datum"
    ]  # fmt: skip
    assert concerns_sheet.freeze_panes == "A2"
    assert concerns_sheet.column_dimensions["C"].width >= 40
    validations = {str(v.sqref).split(":")[0]: v for v in concerns_sheet.data_validations.dataValidation}
    assert validations["A2"].type == "list" and validations["A2"].formula1.endswith("$A$343")
    assert validations["D2"].formula1.endswith("$B$15")
    assert (validations["E2"].type, validations["E2"].formula1, validations["E2"].formula2) == (
        "whole",
        "1",
        "5",
    )
    assert validations["G2"].type == "list"
    lists = workbook["Lijsten"]
    assert lists.sheet_state == "hidden"
    assert [lists.cell(row=r, column=3).value for r in range(2, 5)] == ["openbaar", "regio", "vertrouwelijk"]
    assert "Bergen (NH.)" in [lists.cell(row=r, column=1).value for r in range(2, 344)]
    guide = workbook.worksheets[1]
    texts = [c.value for row in guide.iter_rows() for c in row if c.value]
    assert "omschrijving" in texts and len(texts) > 10


def test_template_lists_only_the_region_when_one_is_defined(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Test", "GM1900,GM0080,GM0344")
    workbook = load_workbook(intake.write_template(store, tmp_path / "intake.xlsx"))
    lists = workbook["Lijsten"]
    names = [lists.cell(row=r, column=1).value for r in range(2, 6)]
    assert names == ["Leeuwarden", "Súdwest-Fryslân", "Utrecht", None]
    assert "Regio Test" in str(workbook.worksheets[1]["A1"].value)


def test_round_trip_template_fill_import_export_import(store: Store, tmp_path: Path) -> None:
    template = intake.write_template(store, tmp_path / "intake.xlsx")
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    filled = [
        ["Súdwest-Fryslân", "Koppeling BRP", "Sinds de update\nfoutmeldingen", "Cloud", 4, 5, "openbaar", "Sjoukje",
         datetime(2024, 3, 5)],
        ["Nuenen, Gerwen en Nederwetten", "-Kosten", "=stijgen", None, None, None, None, None, None],
        ["Bergen (NH.)", "Emoji 🎉 & <b>markup</b>", "Tekst", "Leveranciers", 1, 1, "regio", None, "01-02-2024"],
    ]  # fmt: skip
    for r, values in enumerate(filled, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c).value = value
    sheet.cell(row=3, column=3).data_type = "s"  # typed as text in Excel, not a formula
    workbook.save(tmp_path / "ingevuld.xlsx")
    assert importer.import_file(store, tmp_path / "ingevuld.xlsx").created == 3
    before = table_snapshot(store)
    for name in ("export.xlsx", "export.csv"):
        exporter.export_concerns(store, tmp_path / name)
        again = importer.import_file(store, tmp_path / name)
        assert (again.created, again.existing) == (0, 3)
    assert importer.import_file(store, tmp_path / "ingevuld.xlsx").created == 0
    assert table_snapshot(store) == before


def test_exported_file_imports_into_another_store_with_the_same_ids(store: Store, tmp_path: Path) -> None:
    from delegate_app.core.store import open_store

    add(store, "Zaaksysteem", gm="GM0373", description="=gevaarlijk", urgency=5, confidentiality="openbaar")
    exporter.export_concerns(store, tmp_path / "e.xlsx")
    other = open_store(tmp_path / "ander")
    try:
        assert importer.import_file(other, tmp_path / "e.xlsx").created == 1
        mine = [r[:1] + r[4:] for r in table_snapshot(store)]
        theirs = [r[:1] + r[4:] for r in table_snapshot(other)]
        # Same id and the same texts; only the local municipality id differs.
        assert [r[0] for r in mine] == [r[0] for r in theirs]
        assert mine[0][1:3] == theirs[0][1:3]
    finally:
        other.close()
