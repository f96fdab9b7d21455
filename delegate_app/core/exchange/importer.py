"""Importing concerns from .csv/.xlsx: every row parsed and checked into a preview, then all or none stored.

Rows are checked by the same rules as the concern form (services.concerns). A
concern imported from a file gets a deterministic id (UUID5 over its
municipality, title, description and date) unless the file carries one (exports
do), so importing the same file again, or a file exported from the store, adds
nothing.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from delegate_app.core import changelog, models
from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange.columns import field_name, unguard
from delegate_app.core.exchange.package import table_infos
from delegate_app.core.exchange.tabular import Table, read_table
from delegate_app.core.i18n import translate
from delegate_app.core.services.concerns import (
    ConcernDraft,
    validate_draft,
)
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.services.records import text_value
from delegate_app.core.services.region import is_outside, member_ids
from delegate_app.core.services.search import SearchHit, duplicate_suggestions
from delegate_app.core.services.taxonomy import ThemeIndex
from delegate_app.core.store import Store
from delegate_app.core.text import fold
from delegate_app.core.types import format_utc, new_id, utcnow

# Fixed namespace of the ids of imported concerns; changing it would make re-imports duplicate.
IMPORT_NAMESPACE = uuid.UUID("5d0f3c52-8c1e-4a51-9d0e-6b1f2f6f4c7a")
BATCH_PREFIX = "import-"  # concern.batch of the rows one import added
DUPLICATE_CHECK_ROWS = 500  # likely duplicates are looked up for this many new rows at most

_CONFIDENTIALITY = {
    "openbaar": models.Confidentiality.PUBLIC,
    "public": models.Confidentiality.PUBLIC,
    "regio": models.Confidentiality.REGION,
    "region": models.Confidentiality.REGION,
    "alleen regio": models.Confidentiality.REGION,
    "region only": models.Confidentiality.REGION,
    "vertrouwelijk": models.Confidentiality.CONFIDENTIAL,
    "confidential": models.Confidentiality.CONFIDENTIAL,
}


@dataclass(frozen=True)
class RowProblem:
    row: int | None  # as Excel numbers it; None for the file as a whole
    field: str | None  # the Dutch column name
    message: str


@dataclass
class ImportRow:
    row: int
    draft: ConcernDraft
    municipality: str  # the disambiguated name
    outside_region: bool
    existing: bool = False  # the store already holds this concern (or held it: deleted)
    repeats_row: int | None = None  # the same concern appeared in an earlier row of the file
    duplicates: list[SearchHit] = field(default_factory=list)  # likely duplicates among existing concerns

    @property
    def new(self) -> bool:
        return not self.existing and self.repeats_row is None


@dataclass
class ImportPreview:
    path: Path
    rows: list[ImportRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: tuple[str, ...] = ()
    sheet: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def new_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.new]

    @property
    def existing_rows(self) -> list[ImportRow]:
        return [r for r in self.rows if r.existing]

    def error_line(self) -> str:
        """One line naming the file, and the row and column of the first problem."""
        if not self.problems:
            return ""
        first = self.problems[0]
        line = describe_problem(self.path, first)
        more = len(self.problems) - 1
        if more == 1:
            line += " " + translate("Exchange", "(1 more problem)")
        elif more:
            line += " " + translate("Exchange", "({count} more problems)").format(count=more)
        return line


@dataclass(frozen=True)
class ImportResult:
    path: Path
    created: int
    existing: int
    repeated: int
    outside_region: int
    concern_ids: tuple[str, ...]


def describe_problem(path: Path, problem: RowProblem) -> str:
    if problem.row is None:
        return translate("Exchange", "{file}: {message}").format(file=path.name, message=problem.message)
    if problem.field is None:
        return translate("Exchange", "{file}: row {row}: {message}").format(
            file=path.name, row=problem.row, message=problem.message
        )
    return translate("Exchange", "{file}: row {row}, column {column}: {message}").format(
        file=path.name, row=problem.row, column=problem.field, message=problem.message
    )


# --------------------------------------------------------------------------- cell values


def cell_text(value: Any) -> str:
    """A cell as text: numbers without '.0', dates as ISO, an export's formula guard removed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    # Exports write "'=..." so spreadsheets show text, not a formula; read it back as written.
    return unguard(str(value))


def parse_scale(value: Any) -> Any:
    """1-5 from a number cell or text; anything else is passed on for the rules to refuse."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 3
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    text = str(value).strip()
    match = re.fullmatch(r"(\d+)(?:[.,]0+)?", text)
    return int(match.group(1)) if match else text


def parse_confidentiality(value: Any) -> str:
    text = cell_text(value).strip()
    if not text:
        return models.Confidentiality.REGION.value
    known = _CONFIDENTIALITY.get(fold(text))
    return known.value if known else text


_DATE_PATTERNS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"), ("d", "m", "y")),
)


def parse_date(value: Any) -> date | None:
    """ISO (jjjj-mm-dd) or Dutch (dd-mm-jjjj, also with / or .), or a date cell; None when empty."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for pattern, order in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups()[:3]), strict=True))
            try:
                return date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                break
    raise ValidationError(
        translate("Exchange", "'{value}' is not a date; write dd-mm-jjjj or jjjj-mm-dd.").format(value=text),
        field="datum",
    )


# The text the import id is computed over. Frozen on purpose (not text.fold): a change
# would give the same rows new ids and make re-imports duplicate them.
_ID_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def id_text(text: str) -> str:
    """Case, accents, apostrophes and spacing made uniform ("Súdwest  Fryslân" -> "sudwest fryslan")."""
    text = text.translate(_ID_APOSTROPHES)
    if not text.isascii():  # most texts are plain ASCII: no need to look at every character
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return " ".join(text.split()).casefold()


def import_id(municipality_code: str, title: str, description: str, submitted_on: date | None) -> str:
    """The deterministic id of an imported concern, stable across re-imports and stores."""
    key = "|".join(
        (
            municipality_code.upper(),
            id_text(title),
            id_text(description),
            submitted_on.isoformat() if submitted_on else "",
        )
    )
    return str(uuid.uuid5(IMPORT_NAMESPACE, key))


class _Context:
    """What checking rows needs from the store, loaded once per file."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._municipalities = MunicipalityIndex.load(session)
        self._themes = ThemeIndex.load(session)
        self.members = member_ids(session)
        # A file names the same few municipalities and themes over and over.
        self._seen: dict[tuple[str, str], models.Municipality | models.Theme | ValidationError] = {}

    def _cached(self, kind: str, text: str) -> Any:
        key = (kind, text)
        if key not in self._seen:
            try:
                index = self._municipalities if kind == "municipality" else self._themes
                self._seen[key] = index.resolve(text)
            except ValidationError as exc:
                self._seen[key] = exc
        found = self._seen[key]
        if isinstance(found, ValidationError):  # a fresh error per row, not one growing traceback
            raise ValidationError(str(found), field=found.field)
        return found

    def municipality(self, text: str) -> models.Municipality:
        found: models.Municipality = self._cached("municipality", text)
        return found

    def theme(self, text: str) -> models.Theme:
        found: models.Theme = self._cached("theme", text)
        return found


def _problem(row: int, exc: ValidationError, default_field: str) -> RowProblem:
    return RowProblem(row, exc.field or field_name(default_field), str(exc))


def _parse_row(
    ctx: _Context, table: Table, number: int, cells: tuple[Any, ...]
) -> ImportRow | list[RowProblem]:
    problems: list[RowProblem] = []

    def value(key: str) -> Any:
        return table.cell(cells, key)

    given_id: str | None = None
    raw_id = cell_text(value("id")).strip()
    if raw_id:
        try:
            given_id = str(uuid.UUID(raw_id))
        except ValueError:
            problems.append(
                RowProblem(
                    number, "id", translate("Exchange", "'{value}' is not a valid id.").format(value=raw_id)
                )
            )
    municipality: models.Municipality | None = None
    try:
        municipality = ctx.municipality(cell_text(value("municipality")))
    except ValidationError as exc:
        problems.append(_problem(number, exc, "municipality"))
    theme_id: str | None = None
    theme_text = cell_text(value("theme")).strip()
    if theme_text:
        try:
            theme_id = ctx.theme(theme_text).id
        except ValidationError as exc:
            problems.append(_problem(number, exc, "theme"))
    submitted_on: date | None = None
    try:
        submitted_on = parse_date(value("date"))
    except ValidationError as exc:
        problems.append(_problem(number, exc, "date"))
    if problems or municipality is None:
        return problems
    title = " ".join(cell_text(value("title")).split())
    description = text_value(cell_text(value("description")))
    draft = ConcernDraft(
        title=title,
        description=description,
        municipality_id=municipality.id,
        theme_id=theme_id,
        urgency=parse_scale(value("urgency")),
        impact=parse_scale(value("impact")),
        confidentiality=parse_confidentiality(value("confidentiality")),
        contributor_name=" ".join(cell_text(value("contributor")).split()),
        submitted_on=submitted_on,
        source=models.ConcernSource.FILE.value,
        id=given_id or import_id(municipality.gm_code, title, description, submitted_on),
    )
    try:
        # The id is checked against the store by the caller, who knows which rows already exist.
        validate_draft(ctx.session, _without_id(draft))
    except ValidationError as exc:
        return [_problem(number, exc, "title")]
    return ImportRow(
        row=number,
        draft=draft,
        municipality=municipality.name_disambiguated,
        outside_region=is_outside(ctx.members, municipality.id),
    )


def _without_id(draft: ConcernDraft) -> ConcernDraft:
    return replace(draft, id=None)


def _known_ids(session: Session, ids: Iterable[str]) -> set[str]:
    """Which of these concern ids the store holds, live, merged or deleted."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    conn = session.connection()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.exec_driver_sql(f"SELECT id FROM concern WHERE id IN ({marks})", tuple(chunk)).fetchall()
        found.update(str(r[0]) for r in rows)
    return found


def build_preview(session: Session, table: Table) -> ImportPreview:
    """Check every row of `table` against the store; nothing is written."""
    ctx = _Context(session)
    preview = ImportPreview(table.path, ignored_columns=table.header.unknown, sheet=table.sheet)
    given = [cell_text(table.cell(cells, "id")).strip() for _n, cells in table.rows]
    known_given = _known_ids(session, (g for g in given if _is_uuid(g)))
    seen: dict[str, int] = {}
    for (number, cells), raw_id in zip(table.rows, given, strict=True):
        if raw_id and _is_uuid(raw_id) and str(uuid.UUID(raw_id)) in known_given:
            # An exported row of a concern this store holds: nothing to check or add
            # (it may be anonymised, so its municipality need not even resolve).
            preview.rows.append(_existing_row(table, number, cells, str(uuid.UUID(raw_id))))
            continue
        parsed = _parse_row(ctx, table, number, cells)
        if isinstance(parsed, list):
            preview.problems.extend(parsed)
            continue
        concern_id = parsed.draft.id or ""
        if concern_id in seen:
            parsed.repeats_row = seen[concern_id]
        else:
            seen[concern_id] = number
        preview.rows.append(parsed)
    derived = _known_ids(session, (r.draft.id or "" for r in preview.rows if not r.existing))
    for row in preview.rows:
        if row.draft.id in derived:
            row.existing = True
    if not preview.rows and not preview.problems:
        preview.problems.append(
            RowProblem(None, None, translate("Exchange", "The file has no rows below the header."))
        )
    return preview


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _existing_row(table: Table, number: int, cells: tuple[Any, ...], concern_id: str) -> ImportRow:
    """A row the store holds already, with its texts as the file has them (for the preview)."""
    draft = ConcernDraft(
        title=" ".join(cell_text(table.cell(cells, "title")).split()),
        description=text_value(cell_text(table.cell(cells, "description"))),
        municipality_id="",
        id=concern_id,
    )
    municipality = cell_text(table.cell(cells, "municipality")).strip()
    return ImportRow(row=number, draft=draft, municipality=municipality, outside_region=False, existing=True)


def find_duplicates(store: Store, preview: ImportPreview, limit_rows: int = DUPLICATE_CHECK_ROWS) -> None:
    """Fill in likely duplicates among the store's concerns for the first new rows (for the preview)."""
    conn = store.raw()
    try:
        for row in preview.new_rows[:limit_rows]:
            row.duplicates = duplicate_suggestions(conn, row.draft.title, row.draft.description, limit=3)
    finally:
        conn.close()


def preview_file(store: Store, path: Path, *, with_duplicates: bool = False) -> ImportPreview:
    """Read and check a .csv/.xlsx file; a file that cannot be read is one problem without a row."""
    path = Path(path)
    try:
        table = read_table(path)
    except ValidationError as exc:
        preview = ImportPreview(path)
        preview.problems.append(RowProblem(exc.row, exc.field, str(exc)))
        return preview
    with store.reader() as session:
        preview = build_preview(session, table)
    if with_duplicates and preview.ok:
        find_duplicates(store, preview)
    return preview


# --------------------------------------------------------------------------- commit


def _concern_values(draft: ConcernDraft, outside_region: bool, batch: str, now: str) -> dict[str, Any]:
    """A concern row as create_concern would store it, for one bulk insert of many."""
    values = dict(table_infos()["concern"].defaults)
    values.update(
        id=draft.id,
        created_at=now,
        updated_at=now,
        deleted_at=None,
        title=draft.title.strip(),
        description=draft.description.strip(),
        municipality_id=draft.municipality_id,
        theme_id=draft.theme_id,
        urgency=draft.urgency,
        impact=draft.impact,
        confidentiality=draft.confidentiality,
        anonymised=int(draft.anonymised),
        contributor_name=draft.contributor_name.strip(),
        contributor_id=draft.contributor_id,
        submitted_on=draft.submitted_on.isoformat() if draft.submitted_on else None,
        session_id=draft.session_id,
        source=draft.source,
        status=draft.status,
        merged_into_id=None,
        outside_region=int(outside_region),
        batch=batch,
    )
    return values


def commit(store: Store, preview: ImportPreview) -> ImportResult:
    """Store the preview's new concerns in one transaction; refuses a preview with problems.

    The rows were checked by the concern rules when the preview was built; here
    they are inserted in one go (one change-log entry names the batch and its
    concerns), after checking again what may have changed since: ids now present,
    municipalities or themes removed.
    """
    if not preview.ok:
        raise ValidationError(
            preview.error_line(), row=preview.problems[0].row, field=preview.problems[0].field
        )
    info = table_infos()["concern"]
    batch_id = new_id()
    now = format_utc(utcnow())
    with store.session() as session:
        present = _known_ids(session, (r.draft.id or "" for r in preview.new_rows))
        conn = session.connection()
        live = {
            table: {
                str(r[0]) for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE deleted_at IS NULL")
            }
            for table in ("municipality", "theme")
        }
        members = member_ids(session)
        rows: list[tuple[Any, ...]] = []
        created: list[str] = []
        for row in preview.new_rows:
            draft = row.draft
            if draft.id in present:
                continue
            if draft.municipality_id not in live["municipality"] or (
                draft.theme_id is not None and draft.theme_id not in live["theme"]
            ):
                raise ValidationError(
                    describe_problem(
                        preview.path,
                        RowProblem(
                            row.row,
                            None,
                            translate("Exchange", "The store changed since the check; check again."),
                        ),
                    ),
                    row=row.row,
                )
            outside = is_outside(members, draft.municipality_id)
            values = _concern_values(draft, outside, BATCH_PREFIX + batch_id, now)
            rows.append(tuple(values[c] for c in info.columns))
            created.append(str(draft.id))
            present.add(str(draft.id))
        if rows:
            driver: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
            driver.executemany(info.insert_sql, rows)
            changelog.log_entry(
                session,
                "concern",
                batch_id,
                "bulk",
                {"kind": "import", "file": preview.path.name, "count": len(created), "ids": created},
            )
    new = preview.new_rows
    created_set = set(created)
    return ImportResult(
        path=preview.path,
        created=len(created),
        existing=len(preview.existing_rows) + (len(new) - len(created)),
        repeated=sum(1 for r in preview.rows if r.repeats_row is not None and not r.existing),
        outside_region=sum(1 for r in new if r.outside_region and r.draft.id in created_set),
        concern_ids=tuple(created),
    )


def import_file(store: Store, path: Path) -> ImportResult:
    """Preview and commit in one go: all rows or none (the command line's `import`)."""
    preview = preview_file(store, path)
    return commit(store, preview)
