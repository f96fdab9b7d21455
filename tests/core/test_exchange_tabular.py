"""Reading intake tables: CSV as Excel writes it in its Dutch guises, .xlsx, and files that are not tables."""

from __future__ import annotations

import codecs
import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange.columns import column_for, map_header, neutralise, unguard
from delegate_app.core.exchange.tabular import read_table


@pytest.fixture(autouse=True)
def _english() -> None:
    """Messages are matched in English, the source language, whatever the translations say."""
    from delegate_app.core.i18n import set_language

    set_language("en")


DUTCH_EXCEL = (
    "gemeente;titel;omschrijving;thema;urgentie\r\n"
    'Súdwest-Fryslân;Koppeling BRP;"Lang verhaal; met puntkomma\r\nover twee regels";Cloud;4\r\n'
    '"Nuenen, Gerwen en Nederwetten";Zaaksysteem € duur;Prijs stijgt;;\r\n'
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_dutch_excel_csv_windows_1252_semicolons(tmp_path: Path) -> None:
    path = write(tmp_path, "knelpunten.csv", DUTCH_EXCEL.encode("cp1252"))
    table = read_table(path)
    assert table.header_row == 1
    assert [n for n, _c in table.rows] == [2, 3]
    first = table.rows[0][1]
    assert table.cell(first, "municipality") == "Súdwest-Fryslân"
    assert table.cell(first, "description") == "Lang verhaal; met puntkomma\r\nover twee regels"
    second = table.rows[1][1]
    assert table.cell(second, "municipality") == "Nuenen, Gerwen en Nederwetten"
    assert table.cell(second, "title") == "Zaaksysteem € duur"


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ","), ("utf-8", ";"), ("utf-16", "\t"), ("cp1252", ",")],
)
def test_encodings_and_separators(tmp_path: Path, encoding: str, delimiter: str) -> None:
    text = DUTCH_EXCEL.replace(";", delimiter) if delimiter != ";" else DUTCH_EXCEL
    if delimiter != ";":
        # Quote what now contains the separator, as Excel does.
        text = text.replace("Lang verhaal, met", "Lang verhaal; met")
    path = write(tmp_path, "k.csv", text.encode(encoding))
    table = read_table(path)
    assert table.cell(table.rows[0][1], "municipality") == "Súdwest-Fryslân"
    assert table.cell(table.rows[1][1], "municipality") == "Nuenen, Gerwen en Nederwetten"


def test_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", codecs.BOM_UTF8 + b"gemeente,titel,omschrijving\r\nUtrecht,T,O\r\n")
    assert read_table(path).header.positions == {"municipality": 0, "title": 1, "description": 2}


def test_sep_directive_is_honoured_and_not_counted_as_a_row(tmp_path: Path) -> None:
    path = write(tmp_path, "k.csv", b"sep=|\r\ngemeente|titel|omschrijving\r\nUtrecht|T, met komma|O\r\n")
    table = read_table(path)
    assert table.header_row == 1
    assert table.cell(table.rows[0][1], "title") == "T, met komma"


def test_headers_in_english_any_case_accents_order_and_extra_columns(tmp_path: Path) -> None:
    data = " Description ;TITLE;Municipality;Opmerking;Vertrouwelijkheid (openbaar/regio);Urgéntie\nO;T;Utrecht;x;regio;2\n"
    table = read_table(write(tmp_path, "k.csv", data.encode()))
    assert table.header.positions == {
        "description": 0,
        "title": 1,
        "municipality": 2,
        "confidentiality": 4,
        "urgency": 5,
    }
    assert table.header.unknown == ("Opmerking",)


def test_title_lines_above_the_header_are_skipped_and_rows_keep_excel_numbers(tmp_path: Path) -> None:
    data = "Knelpunten regio Noord\n\ngemeente;titel;omschrijving\n\nUtrecht;T;O\n"
    table = read_table(write(tmp_path, "k.csv", data.encode()))
    assert table.header_row == 3
    assert [n for n, _c in table.rows] == [5]


def test_xlsx_with_instructions_sheet_first_and_date_cells(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.title = "Uitleg"
    workbook.active.append(["Vul het andere blad in."])
    sheet = workbook.create_sheet("Data")
    sheet.append(["gemeente", "titel", "omschrijving", "datum", "urgentie"])
    sheet.append(["GM0344", "T", "O", datetime(2024, 3, 5), 4])
    path = tmp_path / "k.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.sheet == "Data"
    cells = table.rows[0][1]
    assert table.cell(cells, "date") == datetime(2024, 3, 5)
    assert table.cell(cells, "urgency") == 4


def test_repeated_column_is_refused() -> None:
    with pytest.raises(ValidationError, match="titel") as info:
        map_header(["gemeente", "titel", "Title", "omschrijving"])
    assert info.value.row == 1


def test_missing_required_column_is_named() -> None:
    with pytest.raises(ValidationError, match="omschrijving") as info:
        map_header(["gemeente", "titel", "thema"])
    assert info.value.field == "omschrijving"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("leeg.csv", b"", "empty"),
        ("spaties.csv", b"  \r\n\r\n", "empty"),
        ("random.xlsx", os.urandom(4096).replace(b"PK", b"pk"), "Excel workbook"),
        ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".xls"),
        ("geen-kop.csv", b"a;b;c\r\n1;2;3\r\n", "column header"),
        ("binair.csv", b"\x00\x01\x02gemeente", "text"),
    ],
)
def test_files_that_are_not_tables_are_refused(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_table(write(tmp_path, name, data))


def test_truncated_xlsx_is_refused(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.active.append(["gemeente", "titel", "omschrijving"])
    for i in range(200):
        workbook.active.append(["Utrecht", f"Titel {i}", "Omschrijving " * 20])
    whole = tmp_path / "heel.xlsx"
    workbook.save(whole)
    data = whole.read_bytes()
    cut = write(tmp_path, "afgebroken.xlsx", data[: len(data) // 2])
    with pytest.raises(ValidationError, match="Excel workbook"):
        read_table(cut)


def test_column_lookup_and_formula_guard() -> None:
    assert column_for("Gemeente") is not None
    assert column_for("Ingediend door").key == "contributor"  # type: ignore[union-attr]
    assert column_for("bestaat niet") is None
    for text in ["=SUM(A1)", "+31", "-5%", "@cmd", "\tx", "'=x", "'s-Hertogenbosch", "gewoon"]:
        assert unguard(neutralise(text)) == text
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("'s-Hertogenbosch") == "'s-Hertogenbosch"


def _records(texts: list[str]) -> list[dict[str, object]]:
    from delegate_app.core.exchange.columns import EXPORT_COLUMNS

    return [
        {c.key: (text if c.key in ("title", "description") else "") for c in EXPORT_COLUMNS} for text in texts
    ]


_ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
_XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"), max_size=30
)


def _read_back(path: Path, texts: list[str]) -> None:
    """Export `texts` as titles to `path`, read the file back, and find every text as it was."""
    from delegate_app.core.exchange.exporter import write_records
    from delegate_app.core.exchange.importer import cell_text

    write_records(path, _records(texts))
    table = read_table(path)
    # Rows whose cells are all blank are no rows to Excel either ("\r" is written as "'\r").
    expected = [t for t in texts if neutralise(t).strip()]
    assert [cell_text(table.cell(cells, "title")) for _n, cells in table.rows] == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_ANY_TEXT, min_size=1, max_size=4))
def test_any_text_survives_a_csv_export_and_read(tmp_path: Path, texts: list[str]) -> None:
    _read_back(tmp_path / "uit.csv", texts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_XML_TEXT, min_size=1, max_size=4))
def test_any_text_survives_an_xlsx_export_and_read(tmp_path: Path, texts: list[str]) -> None:
    _read_back(tmp_path / "uit.xlsx", texts)
