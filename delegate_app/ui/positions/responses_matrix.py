"""The responses matrix: every member municipality's graded response to a position, fast to fill in.

Keyboard: arrow keys move; in the Response column typing a grade's letter (or
1-5) sets it and moves to the next municipality, Delete sets "no response";
Enter or F2 edits a cell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from delegate_app.core.models import RecordedVia
from delegate_app.core.services.labels import choices, format_number
from delegate_app.core.services.positions import ResponseRow
from delegate_app.ui.positions.grades import GRADE_ORDER, grade_colour, grade_for_key, grade_label

Index = QModelIndex | QPersistentModelIndex

COL_MUNICIPALITY, COL_INHABITANTS, COL_GRADE, COL_NOTE, COL_DATE, COL_VIA, COL_BY = range(7)
EDITABLE = {COL_GRADE, COL_NOTE, COL_DATE, COL_VIA}

# change(row, new_values): write one municipality's response (grade, note, responded_on, recorded_via).
ChangeFn = Callable[[ResponseRow, dict[str, Any]], None]


class ResponsesModel(QAbstractTableModel):
    """Rows are `positions.ResponseRow`s; edits go to the `change` callback, which writes and reloads."""

    def __init__(self, change: ChangeFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResponseRow] = []
        self.editable = False
        self._change = change

    def headers(self) -> list[str]:
        return [
            self.tr("Municipality"),
            self.tr("Inhabitants"),
            self.tr("Response"),
            self.tr("Note"),
            self.tr("Date"),
            self.tr("Obtained"),
            self.tr("Recorded by"),
        ]

    def set_rows(self, rows: list[ResponseRow], editable: bool) -> None:
        self.beginResetModel()
        self.rows = rows
        self.editable = editable
        self.endResetModel()

    def update_row(self, row: ResponseRow) -> None:
        """Replace one municipality's row in place, keeping the selection where it is."""
        for number, existing in enumerate(self.rows):
            if existing.municipality_id == row.municipality_id:
                self.rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, COL_BY))
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else COL_BY + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.TextAlignmentRole
            and section == COL_INHABITANTS
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in EDITABLE and self.rows[index.row()].is_member:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return {
                COL_GRADE: row.grade.value,
                COL_NOTE: row.note,
                COL_DATE: row.responded_on,
                COL_VIA: row.recorded_via,
            }.get(column, self._display(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_INHABITANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_NOTE and row.note:
                return row.note
            if column == COL_MUNICIPALITY and not row.is_member:
                return self.tr("No longer a member of the region: kept, but not counted.")
        if role == Qt.ItemDataRole.ForegroundRole and not row.is_member:
            return QBrush(QColor("#8a8f96"))
        if role == Qt.ItemDataRole.UserRole:
            return row.grade.value
        return None

    def _display(self, row: ResponseRow, column: int) -> str:
        if column == COL_MUNICIPALITY:
            return row.municipality
        if column == COL_INHABITANTS:
            return format_number(row.inhabitants)
        if column == COL_GRADE:
            return grade_label(row.grade.value)
        if column == COL_NOTE:
            return row.note.replace("\n", " ")
        if column == COL_DATE:
            return row.responded_on.strftime("%d-%m-%Y") if row.responded_on else ""
        if column == COL_VIA:
            return row.recorded_via_label
        if column == COL_BY:
            return row.recorded_by
        return ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.rows[index.row()]
        key = {COL_GRADE: "grade", COL_NOTE: "note", COL_DATE: "responded_on", COL_VIA: "recorded_via"}[
            index.column()
        ]
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        current = self.data(index, Qt.ItemDataRole.EditRole)
        if value == current:
            return False
        self._change(row, {key: value})
        return True


class ResponseDelegate(QStyledItemDelegate):
    """Editors per column, and the grade cell drawn with its colour swatch."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        if column == COL_GRADE:
            combo = QComboBox(parent)
            for code in GRADE_ORDER:
                combo.addItem(grade_label(code), code)
            combo.setAccessibleName(self.tr("Response"))
            return combo
        if column == COL_VIA:
            combo = QComboBox(parent)
            for member, text in choices(RecordedVia):
                combo.addItem(text, member.value)
            combo.setAccessibleName(self.tr("Obtained"))
            return combo
        if column == COL_DATE:
            edit = QDateEdit(parent)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setAccessibleName(self.tr("Date of the response"))
            return edit
        editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(self.tr("Note"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            at = editor.findData(value)
            editor.setCurrentIndex(max(at, 0))
            return
        if isinstance(editor, QDateEdit):
            day = value if isinstance(value, date) else date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
            return
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython())
            return
        super().setModelData(editor, model, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.column() != COL_GRADE:
            super().paint(painter, option, index)
            return
        code = str(index.data(Qt.ItemDataRole.UserRole))
        super().paint(painter, option, index)
        # A colour chip before the label; the label itself keeps the normal text colour.
        rect: QRect = option.rect
        chip = QRect(rect.left() + 6, rect.center().y() - 5, 10, 10)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 60))
        painter.setBrush(grade_colour(code))
        painter.drawRoundedRect(chip, 2, 2)
        painter.restore()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == COL_GRADE:
            option.rect = option.rect.adjusted(0, 0, 0, 0)
            option.text = "      " + option.text
            if str(index.data(Qt.ItemDataRole.UserRole)) == "bezwaar":
                font = option.font
                font.setBold(True)
                option.font = font


class ResponsesTable(QTableView):
    """The matrix view with grade-by-letter entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ResponseDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(28)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        widths = {
            COL_MUNICIPALITY: 130,
            COL_INHABITANTS: 66,
            COL_GRADE: 150,
            COL_DATE: 80,
            COL_VIA: 92,
            COL_BY: 84,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        text = event.text()
        plain = not (
            event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        )
        if (
            index.isValid()
            and index.column() == COL_GRADE
            and plain
            and model.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                chosen: str | None = "geen_reactie"
            else:
                chosen = grade_for_key(text) if text.strip() else None
            if chosen is not None:
                row = index.row()
                model.setData(index, chosen)
                if row + 1 < model.rowCount():
                    self.setCurrentIndex(model.index(row + 1, COL_GRADE))
                return
        super().keyPressEvent(event)


def response_values(row: ResponseRow) -> dict[str, Any]:
    """The values `set_response` needs to write `row` back (used for undo)."""
    return {
        "grade": row.grade.value,
        "note": row.note,
        "responded_on": row.responded_on,
        "recorded_via": row.recorded_via,
        "recorded_by": row.recorded_by,
    }


def with_changes(row: ResponseRow, changes: dict[str, Any]) -> dict[str, Any]:
    values = response_values(row)
    values.update(changes)
    if "grade" in changes and "responded_on" not in changes and changes["grade"] != "geen_reactie":
        values["responded_on"] = None  # the service dates a new grade today
    values.pop("recorded_by")  # whoever changes it now recorded it
    return values
