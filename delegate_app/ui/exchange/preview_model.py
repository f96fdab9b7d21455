"""The import preview as a table: one line per row of the file, its problems or what importing will do with it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from delegate_app.core import models
from delegate_app.core.exchange.importer import ImportPreview, ImportRow, RowProblem
from delegate_app.core.services import labels
from delegate_app.core.services.search import SearchHit

COLUMNS = ("row", "municipality", "title", "theme", "urgency", "impact", "confidentiality", "remark")
REMARK = COLUMNS.index("remark")
# A row with problems has no values to show: its problems are written from here to the end (the view spans it).
MESSAGE = COLUMNS.index("municipality")
KIND_ROLE = Qt.ItemDataRole.UserRole + 1

ERROR = "error"
DUPLICATE = "duplicate"  # likely the same as a concern the store holds
PRESENT = "present"  # the store holds it already, or an earlier row repeats it: skipped
NEW = "new"

# The store's duplicate search suggests loosely (one shared word in two is enough); a row is marked
# as a likely duplicate only when most of its title's distinctive words match. Weaker ones are in the tooltip.
LIKELY_SCORE = 0.6

_BACKGROUND = {ERROR: QColor("#fde2e1"), DUPLICATE: QColor("#fff3cd")}
_DIMMED = QColor("#6b7280")


def likely_duplicates(item: ImportRow) -> list[SearchHit]:
    return [hit for hit in item.duplicates if hit.score >= LIKELY_SCORE]


@dataclass
class PreviewLine:
    row: int | None  # None: the file as a whole
    item: ImportRow | None = None
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def kind(self) -> str:
        if self.problems:
            return ERROR
        assert self.item is not None
        if not self.item.new:
            return PRESENT
        return DUPLICATE if likely_duplicates(self.item) else NEW


def preview_lines(preview: ImportPreview) -> list[PreviewLine]:
    """Rows and problems merged in file order; problems of the file as a whole first."""
    by_row: dict[int | None, PreviewLine] = {}
    for item in preview.rows:
        by_row[item.row] = PreviewLine(item.row, item)
    for problem in preview.problems:
        line = by_row.setdefault(problem.row, PreviewLine(problem.row))
        line.problems.append(problem)
    return sorted(by_row.values(), key=lambda line: -1 if line.row is None else line.row)


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[PreviewLine] = []
        self.theme_labels: dict[str, str] = {}

    def set_preview(self, preview: ImportPreview | None, theme_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.lines = preview_lines(preview) if preview is not None else []
        self.theme_labels = theme_labels
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "row": self.tr("Row"),
            "municipality": self.tr("Municipality"),
            "title": self.tr("Title"),
            "theme": self.tr("Theme"),
            "urgency": self.tr("Urgency"),
            "impact": self.tr("Impact"),
            "confidentiality": self.tr("Confidentiality"),
            "remark": self.tr("Check"),
        }[COLUMNS[section]]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(line, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(line) if self._is_remark(line, column) else (text or None)
            return text
        if role == KIND_ROLE:
            return line.kind
        if role == Qt.ItemDataRole.BackgroundRole:
            color = _BACKGROUND.get(line.kind)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == PRESENT:
            return QBrush(_DIMMED)
        if role == Qt.ItemDataRole.ForegroundRole and line.kind in _BACKGROUND:
            return QBrush(QColor("#1f2328"))  # dark text on the light highlight, also in a dark theme
        if role == Qt.ItemDataRole.DecorationRole and self._is_remark(line, column):
            return _icon(line.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in {"row", "urgency", "impact"}:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _is_remark(line: PreviewLine, column: str) -> bool:
        return column == "remark" or (bool(line.problems) and column == COLUMNS[MESSAGE])

    def _text(self, line: PreviewLine, column: str) -> str:
        if column == "row":
            return "" if line.row is None else str(line.row)
        if self._is_remark(line, column):
            return self._remark(line)
        item = line.item
        if item is None:
            return ""
        draft = item.draft
        if column == "municipality":
            return item.municipality
        if column == "title":
            return draft.title
        if item.existing:
            return ""  # only the texts of a row the store holds are read
        if column == "theme":
            return self.theme_labels.get(draft.theme_id or "", "")
        if column == "urgency":
            return str(draft.urgency)
        if column == "impact":
            return str(draft.impact)
        if column == "confidentiality":
            return labels.code_label(models.Confidentiality, draft.confidentiality)
        return ""

    def _problem_text(self, problem: RowProblem) -> str:
        if problem.field:
            return self.tr("Column {column}: {message}").format(column=problem.field, message=problem.message)
        return problem.message

    def _remark(self, line: PreviewLine) -> str:
        if line.problems:
            return "  ".join(self._problem_text(p) for p in line.problems)
        item = line.item
        assert item is not None
        if item.existing:
            return self.tr("Already in the store; skipped")
        if item.repeats_row is not None:
            return self.tr("Same as row {row}; skipped").format(row=item.repeats_row)
        parts = [self.tr("New")]
        if item.outside_region:
            parts.append(self.tr("outside the region"))
        likely = likely_duplicates(item)
        if likely:
            best = likely[0]
            parts.append(
                self.tr("looks like “{title}” ({municipality})").format(
                    title=best.title, municipality=best.municipality
                )
            )
        return " · ".join(parts)

    def _tooltip(self, line: PreviewLine) -> str:
        if line.problems:
            return "\n".join(self._problem_text(p) for p in line.problems)
        item = line.item
        if item is None or not item.duplicates:
            return self._remark(line)
        found = "\n".join(f"• {hit.title} ({hit.municipality})" for hit in item.duplicates)
        return self._remark(line) + "\n\n" + self.tr("Similar concerns in the store:") + "\n" + found


def _icon(kind: str) -> Any:
    pixmap = {
        ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(kind)
    return QApplication.style().standardIcon(pixmap) if pixmap is not None else None


class ProblemsOnlyProxy(QSortFilterProxyModel):
    """Shows every line, or only errors and likely duplicates."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, on: bool) -> None:
        self.beginFilterChange()  # Qt 6.10's replacement of invalidateRowsFilter()
        self.problems_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.problems_only:
            return True
        kind = self.sourceModel().index(source_row, 0, source_parent).data(KIND_ROLE)
        return kind in (ERROR, DUPLICATE)
