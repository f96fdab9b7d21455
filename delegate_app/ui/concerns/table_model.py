"""The register's table model: only rowids in memory, rows fetched a page at a time, SQL sorts and filters.

As in Anki's browser, the filter and the sort run in SQLite (`search.register_rowids`)
and the model keeps just the ordered rowids; the rows the view actually paints are
read a page at a time (`search.register_rows`) and kept in a small cache. This keeps
100,000 concerns as cheap as 100, and there is no proxy model: sorting by clicking a
header is a new SQL query, not a sort in Python.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon

from delegate_app.core import models
from delegate_app.core.services import labels, search
from delegate_app.core.services.search import RegisterFilter, RegisterRow

PAGE_SIZE = 100
PAGES_KEPT = 40

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the whole RegisterRow
CODE_ROLE = Qt.ItemDataRole.UserRole + 2  # a stored code or a 1..5 level, for the delegates

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # also the sort key of search.register_rowids
    title: str  # English source; translated in headerData


COLUMNS: tuple[Column, ...] = (
    Column("title", QT_TRANSLATE_NOOP("ConcernTableModel", "Title")),
    Column("municipality", QT_TRANSLATE_NOOP("ConcernTableModel", "Municipality")),
    Column("theme", QT_TRANSLATE_NOOP("ConcernTableModel", "Theme")),
    Column("urgency", QT_TRANSLATE_NOOP("ConcernTableModel", "Urgency")),
    Column("impact", QT_TRANSLATE_NOOP("ConcernTableModel", "Impact")),
    Column("support", QT_TRANSLATE_NOOP("ConcernTableModel", "Recognised by")),
    Column("status", QT_TRANSLATE_NOOP("ConcernTableModel", "Status")),
    Column("confidentiality", QT_TRANSLATE_NOOP("ConcernTableModel", "Confidentiality")),
    Column("date", QT_TRANSLATE_NOOP("ConcernTableModel", "Date")),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)

CONFIDENTIAL_TINT = QColor(190, 40, 40, 22)
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, ROW_ROLE, CODE_ROLE,
})  # fmt: skip
_ALIGNMENT = {
    "urgency": int(Qt.AlignmentFlag.AlignCenter),
    "impact": int(Qt.AlignmentFlag.AlignCenter),
    "date": int(Qt.AlignmentFlag.AlignCenter),
    "support": int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
}
MERGED_TEXT = QColor(128, 128, 128)


def format_breadth(municipalities: int, inhabitants: int, *, short: bool = False) -> str:
    """ "7 gemeenten · 142.310 inwoners" (or the short form for a table cell)."""
    people = labels.format_number(inhabitants)
    if short:
        return QCoreApplication.translate("Breadth", "{count} · {inhabitants}").format(
            count=municipalities, inhabitants=people
        )
    if municipalities == 1:
        text = QCoreApplication.translate("Breadth", "1 municipality · {inhabitants} inhabitants")
    else:
        text = QCoreApplication.translate("Breadth", "{count} municipalities · {inhabitants} inhabitants")
    return text.format(count=municipalities, inhabitants=people)


class ConcernTableModel(QAbstractTableModel):
    """Concerns as the register shows them; `requery()` after the filter, the sort or the data changed."""

    def __init__(self, conn: sqlite3.Connection, parent: Any = None) -> None:
        super().__init__(parent)
        self._conn = conn
        self._filter = RegisterFilter()
        self._sort = "date"
        self._descending = True
        self._rowids: list[int] = []
        self._pages: OrderedDict[int, dict[int, RegisterRow]] = OrderedDict()
        # concern id -> rowid of every row read so far (stable for a concern), to find rows again.
        self._rowid_of: dict[str, int] = {}
        self._text_cache: dict[int, tuple[str, ...]] = {}
        self.lock_icon = QIcon()

    # query ----------------------------------------------------------------------------

    @property
    def filter(self) -> RegisterFilter:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: RegisterFilter) -> None:
        self._filter = flt
        self.requery()

    def set_sort(self, key: str, descending: bool) -> None:
        self._sort, self._descending = key, descending
        self.requery()

    def requery(self) -> None:
        """Run the filter and sort again; rows are read again when next painted."""
        rowids = search.register_rowids(self._conn, self._filter, self._sort, self._descending)
        self.beginResetModel()
        self._rowids = rowids
        self._pages.clear()
        self._text_cache.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """The rows' contents (or the language) changed but not which rows there are: repaint afresh."""
        self._pages.clear()
        self._text_cache.clear()
        if self._rowids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rowids) - 1, len(COLUMNS) - 1))

    # lookup ---------------------------------------------------------------------------

    def row_data(self, row: int) -> RegisterRow | None:
        if not 0 <= row < len(self._rowids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            fetched = search.register_rows(self._conn, self._rowids[start : start + PAGE_SIZE])
            page = {r.rowid: r for r in fetched}
            self._rowid_of.update((r.id, r.rowid) for r in fetched)
            self._pages[page_no] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._rowids[row])

    def row_of_rowid(self, rowid: int) -> int:
        try:
            return self._rowids.index(rowid)  # a C-speed scan: cheaper than a map rebuilt per query
        except ValueError:
            return -1

    def row_of_id(self, concern_id: str, *, scan_pages: int = 5) -> int:
        """The row of a concern: by its known rowid, else by reading the first pages (a new concern)."""
        rowid = self._rowid_of.get(concern_id)
        if rowid is not None:
            return self.row_of_rowid(rowid)
        for page_no in range(min(scan_pages, (len(self._rowids) + PAGE_SIZE - 1) // PAGE_SIZE)):
            self.row_data(page_no * PAGE_SIZE)
            if concern_id in self._rowid_of:
                return self.row_of_rowid(self._rowid_of[concern_id])
        return -1

    def cell(self, row: int, column: int) -> tuple[str, int | str | None]:
        """The text and the code of one cell, for the delegates (no QVariant round trip per role)."""
        found = self.row_data(row)
        if found is None or not 0 <= column < len(COLUMNS):
            return "", None
        key = COLUMNS[column].key
        return self._texts(found)[column], _code(found, key)

    def concern_id(self, row: int) -> str | None:
        found = self.row_data(row)
        return found.id if found else None

    def rowids(self) -> list[int]:
        return list(self._rowids)

    # Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ConcernTableModel", COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].key == "support":
            return self.tr("How many municipalities raise or recognise the concern, and their inhabitants")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.set_sort(COLUMNS[column].key, order == Qt.SortOrder.DescendingOrder)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each repaint: reject unused roles first,
        # and take the texts from a per-row cache.
        if role not in _ROLES or not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        column = index.column()
        key = COLUMNS[column].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            return CONFIDENTIAL_TINT if _confidential(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENT.get(key)
        if role == Qt.ItemDataRole.FontRole:
            if row.deleted:
                return _struck()
            italic = row.merged_into_id or (key == "municipality" and row.anonymised)
            return _italic() if italic else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return MERGED_TEXT if row.merged_into_id or row.deleted else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self.lock_icon if key == "title" and _confidential(row) else None
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == CODE_ROLE:
            return _code(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, key) or self._texts(row)[column]
        return None

    def _texts(self, row: RegisterRow) -> tuple[str, ...]:
        found = self._text_cache.get(row.rowid)
        if found is None:
            found = tuple(self._display(row, c.key) for c in COLUMNS)
            if len(self._text_cache) > PAGE_SIZE * PAGES_KEPT:
                self._text_cache.clear()
            self._text_cache[row.rowid] = found
        return found

    def _display(self, row: RegisterRow, key: str) -> str:
        if key == "title":
            return row.title
        if key == "municipality":
            return self.tr("A municipality in the region") if row.anonymised else row.municipality
        if key == "theme":
            return row.theme
        if key == "urgency":
            return str(row.urgency)
        if key == "impact":
            return str(row.impact)
        if key == "support":
            return format_breadth(row.support_municipalities, row.support_inhabitants, short=True)
        if key == "status":
            return labels.code_label(models.ConcernStatus, row.status)
        if key == "confidentiality":
            return labels.code_label(models.Confidentiality, row.confidentiality)
        if key == "date":
            return format_short_date(row)
        return ""

    def _tooltip(self, row: RegisterRow, key: str) -> str | None:
        if key == "title":
            parts = [row.title]
            if row.deleted:
                parts.append(self.tr("Deleted: restore it from the context menu"))
            if row.merged_into_id:
                parts.append(self.tr("Merged into another concern"))
            if _confidential(row):
                parts.append(self.tr("Confidential: leaves the store only when you include it explicitly"))
            return "\n".join(parts)
        if key == "municipality" and row.anonymised:
            return self.tr("Anonymised: the municipality's name is shown only in the editor")
        if key == "support":
            return format_breadth(row.support_municipalities, row.support_inhabitants)
        if key == "theme":
            return row.theme or None
        return None


@cache
def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


def _struck() -> QFont:
    font = QFont()
    font.setStrikeOut(True)
    return font


def _code(row: RegisterRow, key: str) -> int | str | None:
    return {"urgency": row.urgency, "impact": row.impact, "status": row.status,
            "confidentiality": row.confidentiality}.get(key)  # fmt: skip


def _confidential(row: RegisterRow) -> bool:
    return row.confidentiality == models.Confidentiality.CONFIDENTIAL.value


def format_short_date(row: RegisterRow) -> str:
    if row.date is None:
        return ""
    value = QDate(row.date.year, row.date.month, row.date.day)
    return QLocale().toString(value, QLocale.FormatType.ShortFormat)
