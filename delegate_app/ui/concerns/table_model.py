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
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
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
    Column("title", "Title"),
    Column("municipality", "Municipality"),
    Column("theme", "Theme"),
    Column("urgency", "Urgency"),
    Column("impact", "Impact"),
    Column("support", "Recognised by"),
    Column("status", "Status"),
    Column("confidentiality", "Confidentiality"),
    Column("date", "Date"),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)

CONFIDENTIAL_TINT = QColor(190, 40, 40, 22)
MERGED_TEXT = QColor(128, 128, 128)


def format_breadth(municipalities: int, inhabitants: int, *, short: bool = False) -> str:
    """ "7 gemeenten · 142.310 inwoners" (or the short form for a table cell)."""
    from PySide6.QtCore import QCoreApplication

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
        self._position: dict[int, int] | None = None  # rowid -> row, built on demand
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
        self._position = None
        self.endResetModel()

    def invalidate(self) -> None:
        """The rows' contents changed but not which rows there are: repaint from fresh data."""
        self._pages.clear()
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
            self._pages[page_no] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._rowids[row])

    def row_of_rowid(self, rowid: int) -> int:
        if self._position is None:
            self._position = {r: i for i, r in enumerate(self._rowids)}
        return self._position.get(rowid, -1)

    def row_of_id(self, concern_id: str, *, scan_pages: int = 20) -> int:
        """The row of a concern id: from the cached pages, else by reading the first pages."""
        for page in self._pages.values():
            for r in page.values():
                if r.id == concern_id:
                    return self.row_of_rowid(r.rowid)
        for page_no in range(min(scan_pages, (len(self._rowids) + PAGE_SIZE - 1) // PAGE_SIZE)):
            found = self.row_data(page_no * PAGE_SIZE)
            if found is None:
                continue
            for r in self._pages[page_no].values():
                if r.id == concern_id:
                    return self.row_of_rowid(r.rowid)
        return -1

    def cell(self, row: int, column: int) -> tuple[str, int | str | None]:
        """The text and the code of one cell, for the delegates (no QVariant round trip per role)."""
        found = self.row_data(row)
        if found is None or not 0 <= column < len(COLUMNS):
            return "", None
        key = COLUMNS[column].key
        return self._display(found, key), _code(found, key)

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
            return self.tr(COLUMNS[section].title)
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
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == CODE_ROLE:
            return _code(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == Qt.ItemDataRole.DecorationRole and key == "title" and _confidential(row):
            return self.lock_icon
        if role == Qt.ItemDataRole.BackgroundRole and _confidential(row):
            return CONFIDENTIAL_TINT
        if role == Qt.ItemDataRole.ForegroundRole and row.merged_into_id:
            return MERGED_TEXT
        if role == Qt.ItemDataRole.FontRole and (
            row.merged_into_id or (key == "municipality" and row.anonymised)
        ):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key in {"urgency", "impact", "support", "date"}:
            horizontal = Qt.AlignmentFlag.AlignRight if key == "support" else Qt.AlignmentFlag.AlignCenter
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._tooltip(row, key) or self._display(row, key)
        return None

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
