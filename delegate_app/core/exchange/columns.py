"""The column contract of intake files and concern exports: Dutch names, English aliases."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.text import fold


@dataclass(frozen=True)
class Column:
    key: str  # the attribute the importer fills
    name: str  # the Dutch header written in templates and exports
    aliases: tuple[str, ...]  # further headers people use, Dutch and English
    required: bool = False
    width: int = 14  # column width in the template and xlsx exports


# The import contract (DESIGN.md §4), in the order templates and exports write it.
INTAKE_COLUMNS: tuple[Column, ...] = (
    Column("municipality", "gemeente", ("municipality", "gemeentenaam", "municipality name"), True, 26),
    Column("title", "titel", ("title", "onderwerp", "subject"), True, 40),
    Column("description", "omschrijving", ("description", "beschrijving", "toelichting"), True, 60),
    Column("theme", "thema", ("theme",), False, 30),
    Column("urgency", "urgentie", ("urgency",), False, 10),
    Column("impact", "impact", (), False, 10),
    Column("confidentiality", "vertrouwelijkheid", ("confidentiality",), False, 18),
    Column("contributor", "indiener", ("contributor", "ingediend door", "submitted by"), False, 24),
    Column("date", "datum", ("date", "ingediend op", "submitted on"), False, 12),
)

# Written by the exporter beside the contract. `id` makes a re-import recognise
# concerns it already holds; the others are read-only facts the importer skips.
ID_COLUMN = Column("id", "id", ("uuid",), False, 38)
EXPORT_ONLY_COLUMNS: tuple[Column, ...] = (
    Column("municipality_code", "gemeentecode", ("municipality code", "gm code", "cbs code"), False, 12),
    Column("status", "status", (), False, 14),
    Column("supports", "herkenningen", ("supports", "recognitions"), False, 12),
    Column("outside_region", "buiten regio", ("outside region",), False, 12),
)
EXPORT_COLUMNS: tuple[Column, ...] = (*INTAKE_COLUMNS, *EXPORT_ONLY_COLUMNS, ID_COLUMN)

_ALL: tuple[Column, ...] = (*INTAKE_COLUMNS, ID_COLUMN, *EXPORT_ONLY_COLUMNS)


# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text: a leading quote before anything it would run as a formula."""
    # Text that already starts with quotes before such a character gets one more, so
    # `unguard` restores it exactly.
    return "'" + text if text.lstrip("'").startswith(FORMULA_PREFIXES) else text


def unguard(text: str) -> str:
    """The text `neutralise` was given (a quote before a formula character is removed again)."""
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_PREFIXES) else text


def header_key(text: object) -> str:
    """A header as compared: accents, case, punctuation, a trailing '(1-5)' or '*' do not matter."""
    folded = fold(str(text or ""))
    folded = re.sub(r"\(.*?\)", " ", folded)
    return re.sub(r"[^0-9a-z]+", "", folded)


_BY_KEY: dict[str, Column] = {}
for _column in _ALL:
    for _label in (_column.name, _column.key, *_column.aliases):
        _BY_KEY.setdefault(header_key(_label), _column)


def column_for(header: object) -> Column | None:
    return _BY_KEY.get(header_key(header))


@dataclass(frozen=True)
class HeaderMap:
    """Which cell index holds which field, and which headers were not understood."""

    positions: dict[str, int]
    unknown: tuple[str, ...]

    def missing_required(self) -> list[Column]:
        return [c for c in INTAKE_COLUMNS if c.required and c.key not in self.positions]


def known_count(cells: Sequence[object]) -> int:
    """How many cells of a row are headers of the contract (to find the header row)."""
    return sum(1 for cell in cells if column_for(cell) is not None)


def map_header(cells: Sequence[object], *, row: int = 1) -> HeaderMap:
    """Map a header row; ValidationError for a repeated column or a missing required one."""
    positions: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(cells):
        text = str(cell).strip() if cell is not None else ""
        if not text:
            continue
        column = column_for(text)
        if column is None:
            unknown.append(text)
            continue
        if column.key in positions:
            raise ValidationError(
                translate("Exchange", "The column '{name}' appears twice in the header.").format(
                    name=column.name
                ),
                field=column.name,
                row=row,
            )
        positions[column.key] = index
    mapping = HeaderMap(positions, tuple(unknown))
    missing = mapping.missing_required()
    if missing:
        raise ValidationError(
            translate("Exchange", "Required column missing: {names}. Expected columns: {expected}.").format(
                names=", ".join(c.name for c in missing),
                expected=", ".join(c.name for c in INTAKE_COLUMNS),
            ),
            field=missing[0].name,
            row=row,
        )
    return mapping


def field_name(key: str) -> str:
    """The Dutch column name of a field, as errors name it."""
    for column in _ALL:
        if column.key == key:
            return column.name
    return key
