"""Reading tables as Excel writes them: CSV in any of its Dutch guises, and .xlsx.

CSV: UTF-8 with or without BOM, UTF-16 ("Unicode text"), or Windows-1252;
separated by semicolons (Dutch Excel), commas or tabs, chosen by which separator
turns the header into known columns rather than by guessing from the data. An
.xlsx is read with openpyxl in read-only mode. Rows are numbered as the user sees
them in Excel (the first row is 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange.columns import INTAKE_COLUMNS, HeaderMap, known_count, map_header
from delegate_app.core.exchange.files import read_input
from delegate_app.core.i18n import translate

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
XLSX_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
DELIMITERS = (";", ",", "\t")
HEADER_SEARCH_ROWS = 10  # a title line or two above the header is tolerated


@dataclass
class Table:
    """The data rows of a file under a recognised header."""

    path: Path
    header: HeaderMap
    header_row: int
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)  # (row number, cells)
    sheet: str = ""

    def cell(self, cells: tuple[Any, ...], key: str) -> Any:
        index = self.header.positions.get(key)
        if index is None or index >= len(cells):
            return None
        return cells[index]


def _no_header() -> ValidationError:
    return ValidationError(
        translate("Exchange", "No known column header found; expected columns such as {names}.").format(
            names=", ".join(c.name for c in INTAKE_COLUMNS)
        ),
        row=1,
    )


def _is_blank(cells: tuple[Any, ...]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _locate_header(rows: list[tuple[int, tuple[Any, ...]]]) -> tuple[int, int]:
    """(index in rows, known columns) of the best header candidate among the first rows."""
    best, best_count = -1, 0
    for i, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        count = known_count(cells)
        if count > best_count:
            best, best_count = i, count
    return best, best_count


def _build(path: Path, numbered: Iterator[tuple[int, tuple[Any, ...]]], sheet: str = "") -> Table | None:
    head: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in numbered:
        if _is_blank(cells):
            continue
        head.append((number, cells))
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    index, count = _locate_header(head)
    if count == 0:
        return None
    header_row, header_cells = head[index]
    table = Table(path, map_header(header_cells, row=header_row), header_row, sheet=sheet)
    table.rows.extend(head[index + 1 :])
    table.rows.extend((n, c) for n, c in numbered if not _is_blank(c))
    return table


# --------------------------------------------------------------------------- CSV


def decode_text(data: bytes) -> str:
    """Text of a CSV file in whichever encoding Excel used."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                translate("Exchange", "The file says it is UTF-8 but is not (byte {position}).").format(
                    position=exc.start + len(codecs.BOM_UTF8)
                )
            ) from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                translate("Exchange", "The file says it is UTF-16 but is not (byte {position}).").format(
                    position=exc.start
                )
            ) from exc
    if b"\x00" in data[:4096]:
        raise ValidationError(translate("Exchange", "This is not a text (CSV) file."))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Windows itself maps them like Latin-1.
        return data.decode("latin-1")


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, tuple[Any, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ValidationError(
                translate("Exchange", "Row {row} cannot be read as CSV: {error}").format(
                    row=number + 1, error=exc
                ),
                row=number + 1,
            ) from exc
        number += 1  # one record is one row in Excel, however many lines its quoted cells span
        yield number, tuple(record)


def _choose_delimiter(text: str) -> str:
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        try:
            sample = [cells for _n, cells in _take(_csv_records(text, delimiter), HEADER_SEARCH_ROWS)]
        except ValidationError:
            continue
        known = max((known_count(cells) for cells in sample), default=0)
        width = max((len(cells) for cells in sample), default=0)
        if (known, width) > best_score:
            best, best_score = delimiter, (known, width)
    return best


def _take(items: Iterator[tuple[int, tuple[Any, ...]]], n: int) -> list[tuple[int, tuple[Any, ...]]]:
    out = []
    for item in items:
        out.append(item)
        if len(out) >= n:
            break
    return out


def read_csv(path: Path, data: bytes) -> Table:
    text = decode_text(data)
    # Excel honours (and hides) a first line "sep=;" naming the separator.
    directive = re.match(r"sep=(.)\r?\n", text)
    if directive:
        delimiter = directive.group(1)
        text = text[directive.end() :]
    else:
        delimiter = _choose_delimiter(text)
    table = _build(path, _csv_records(text, delimiter))
    if table is None:
        raise _no_header()
    return table


# --------------------------------------------------------------------------- XLSX


def _xlsx_error(exc: BaseException) -> ValidationError:
    return ValidationError(
        translate(
            "Exchange",
            "The file is not a readable Excel workbook (.xlsx); it may be damaged or incomplete ({error}).",
        ).format(error=type(exc).__name__ if not str(exc) else exc),
    )


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged file raises many kinds: BadZipFile, KeyError, XML, zlib ...
        raise _xlsx_error(exc) from exc
    try:
        best: Table | None = None
        best_count = 0
        for sheet in workbook.worksheets:
            rows = enumerate(sheet.iter_rows(values_only=True), start=1)
            head = _take(((n, tuple(c)) for n, c in rows), HEADER_SEARCH_ROWS)
            count = max((known_count(cells) for _n, cells in head), default=0)
            if count > best_count:
                best_count = count
                best = _build(
                    path,
                    ((n, tuple(c)) for n, c in enumerate(sheet.iter_rows(values_only=True), start=1)),
                    sheet.title,
                )
        if best is None:
            raise _no_header()
        return best
    except ValidationError:
        raise
    except Exception as exc:
        raise _xlsx_error(exc) from exc
    finally:
        workbook.close()


# --------------------------------------------------------------------------- either


def read_table(path: Path) -> Table:
    """The table in a .csv or .xlsx file; ValidationError naming the problem otherwise."""
    path = Path(path)
    data = read_input(path)
    if not data.strip():
        raise ValidationError(translate("Exchange", "The file is empty."))
    suffix = path.suffix.lower()
    if data.startswith(OLE_MAGIC) or suffix == ".xls":
        raise ValidationError(
            translate("Exchange", "Old Excel files (.xls) cannot be read; save the file as .xlsx or .csv.")
        )
    if data.startswith(ZIP_MAGIC):
        return read_xlsx(path)
    if suffix in XLSX_SUFFIXES:
        raise _xlsx_error(ValueError(translate("Exchange", "no workbook inside")))
    return read_csv(path, data)
