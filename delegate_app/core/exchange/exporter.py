"""Exporting concerns as the register filters them, to .csv (for Dutch Excel) or .xlsx.

CSV is UTF-8 with a byte order mark and semicolons: what a Dutch Excel opens
correctly by a double click. Cells that a spreadsheet would run as a formula are
neutralised. Confidential concerns stay out unless the caller includes them
explicitly. The file is written aside and moved into place, so a failed export
leaves nothing half-written.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange.columns import EXPORT_COLUMNS, neutralise
from delegate_app.core.exchange.files import check_target, write_atomically
from delegate_app.core.i18n import translate
from delegate_app.core.services.labels import code_label
from delegate_app.core.services.search import RegisterFilter, register_rowids
from delegate_app.core.store import Store

FORMATS = (".csv", ".xlsx")
# XML 1.0 cannot carry these control characters; openpyxl refuses them.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

_ROWS_SQL = """
SELECT c.rowid, c.id, c.title, c.description, c.urgency, c.impact, c.confidentiality, c.contributor_name,
       c.submitted_on, c.status, c.outside_region, c.anonymised, m.name_disambiguated, m.gm_code,
       COALESCE(t.label, ''), COALESCE(p.name, ''),
       (SELECT COUNT(*) FROM support s WHERE s.concern_id = c.id AND s.deleted_at IS NULL)
FROM concern c
JOIN municipality m ON m.id = c.municipality_id
LEFT JOIN theme t ON t.id = c.theme_id
LEFT JOIN person p ON p.id = c.contributor_id AND p.erased_at IS NULL
WHERE c.rowid IN (SELECT value FROM json_each(?))
"""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    confidential: int  # how many confidential concerns it holds (only when asked for)


def _selected_rows(store: Store, flt: RegisterFilter, include_confidential: bool) -> list[tuple[Any, ...]]:
    conn = store.raw()
    try:
        rowids = register_rowids(conn, flt, sort="date", descending=False)
        order = {rowid: i for i, rowid in enumerate(rowids)}
        found: list[tuple[int, tuple[Any, ...]]] = []
        for start in range(0, len(rowids), 5000):
            chunk = json.dumps(rowids[start : start + 5000])
            for row in conn.execute(_ROWS_SQL, (chunk,)):
                found.append((order[row[0]], tuple(row[1:])))
    finally:
        conn.close()
    found.sort(key=lambda item: item[0])
    rows = [row for _i, row in found]
    if not include_confidential:
        rows = [r for r in rows if r[5] != models.Confidentiality.CONFIDENTIAL.value]
    return rows


def _record(row: tuple[Any, ...]) -> dict[str, Any]:
    (concern_id, title, description, urgency, impact, confidentiality, contributor_name, submitted_on, status,
     outside_region, anonymised, municipality, gm_code, theme, person, supports) = row  # fmt: skip
    if anonymised:
        municipality, gm_code = translate("Exchange", "a municipality in the region"), ""
    return {
        "municipality": municipality,
        "title": title,
        "description": description,
        "theme": theme,
        "urgency": urgency,
        "impact": impact,
        "confidentiality": confidentiality,
        "contributor": contributor_name or person,
        "date": date.fromisoformat(submitted_on) if submitted_on else None,
        "municipality_code": gm_code,
        "status": code_label(models.ConcernStatus, status),
        "supports": supports,
        "outside_region": translate("Exchange", "yes") if outside_region else translate("Exchange", "no"),
        "id": concern_id,
    }


def _cells(record: dict[str, Any], *, dates_as_text: bool) -> list[Any]:
    out: list[Any] = []
    for column in EXPORT_COLUMNS:
        value = record[column.key]
        if isinstance(value, str):
            value = neutralise(value)
        elif isinstance(value, date) and dates_as_text:
            value = value.isoformat()
        elif value is None:
            value = ""
        out.append(value)
    return out


def _write_csv(path: Path, records: Iterator[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow([c.name for c in EXPORT_COLUMNS])
        for record in records:
            writer.writerow(_cells(record, dates_as_text=True))


def _write_xlsx(path: Path, records: Iterator[dict[str, Any]], *, confidential: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("Exchange", "Concerns"))
    for index, column in enumerate(EXPORT_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    if confidential:
        # Printed pages carry the warning too.
        sheet.oddHeader.center.text = translate("Exchange", "CONFIDENTIAL: contains confidential concerns")
    bold = Font(bold=True)
    header = []
    for column in EXPORT_COLUMNS:
        cell = WriteOnlyCell(sheet, value=column.name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    date_column = [c.key for c in EXPORT_COLUMNS].index("date")
    for record in records:
        cells: list[Any] = []
        for i, value in enumerate(_cells(record, dates_as_text=False)):
            if isinstance(value, str):
                value = _ILLEGAL_XML.sub("", value)
            if i == date_column and isinstance(value, date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD-MM-YYYY"
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    workbook.save(path)


def write_records(path: Path, records: Sequence[dict[str, Any]], *, confidential: bool = False) -> None:
    """Write export records to `path` (format by extension), atomically."""
    path = check_target(
        path, FORMATS, translate("Exchange", "Cannot export to '{name}': choose a .csv or .xlsx file.")
    )
    if path.suffix.lower() == ".csv":
        write_atomically(path, lambda target: _write_csv(target, iter(records)))
    else:
        write_atomically(path, lambda target: _write_xlsx(target, iter(records), confidential=confidential))


def export_concerns(
    store: Store, out: Path, flt: RegisterFilter | None = None, *, include_confidential: bool = False
) -> ExportResult:
    """Write the concerns `flt` selects (live, not merged) to `out`, in the register's date order."""
    flt = flt or RegisterFilter()
    if flt.confidentiality == models.Confidentiality.CONFIDENTIAL.value and not include_confidential:
        raise ValidationError(
            translate(
                "Exchange", "Confidential concerns are exported only when you include them explicitly."
            ),
            field="vertrouwelijkheid",
        )
    rows = _selected_rows(store, flt, include_confidential)
    records = [_record(r) for r in rows]
    confidential = sum(1 for r in rows if r[5] == models.Confidentiality.CONFIDENTIAL.value)
    write_records(Path(out), records, confidential=confidential > 0)
    return ExportResult(Path(out), len(records), confidential)
