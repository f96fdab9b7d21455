"""The concerns a position relies on, each with the paragraph that relies on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.models import ConcernStatus
from delegate_app.core.services.labels import code_label
from delegate_app.core.services.positions import EvidenceRow

ID_ROLE = Qt.ItemDataRole.UserRole
COL_TITLE, COL_MUNICIPALITY, COL_STATUS, COL_PARAGRAPH = range(4)


class EvidenceTab(QWidget):
    """A table of linked concerns; the paragraph column is edited in place."""

    link_requested = Signal()
    unlink_requested = Signal(str)  # concern id
    paragraph_edited = Signal(str, str)  # concern id, paragraph

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.table = QTableWidget(0, 4, self)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PARAGRAPH, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_MUNICIPALITY, 140)
        header.resizeSection(COL_STATUS, 110)
        self.link_button = QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_requested)
        self.unlink_button.clicked.connect(self._unlink)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 8, 2, 2)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._editable = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The concerns this position relies on. Say per concern which paragraph of the position "
                "relies on it, so every claim can be traced to what municipalities reported."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Concern"),
                self.tr("Municipality"),
                self.tr("Status"),
                self.tr("Paragraph relying on it"),
            ]
        )
        self.table.setAccessibleName(self.tr("Evidence: linked concerns"))
        self.link_button.setText(self.tr("&Link concerns…"))
        self.link_button.setAccessibleName(self.tr("Link concerns"))
        self.unlink_button.setText(self.tr("&Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Unlink the selected concern"))

    def set_rows(self, rows: list[EvidenceRow], editable: bool) -> None:
        self._editable = editable
        current = self.current_id()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = [row.title, row.municipality, code_label(ConcernStatus, row.status), row.paragraph]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(ID_ROLE, row.concern_id)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if column == COL_PARAGRAPH and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column == COL_TITLE:
                    item.setToolTip(value)
                self.table.setItem(number, column, item)
            if row.concern_id == current:
                self.table.selectRow(number)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        for number in range(len(rows)):
            # A little air above and below two wrapped lines.
            self.table.setRowHeight(number, self.table.rowHeight(number) + 8)
        self._update_buttons()

    def current_id(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def _unlink(self) -> None:
        concern_id = self.current_id()
        if concern_id:
            self.unlink_requested.emit(concern_id)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == COL_PARAGRAPH:
            self.paragraph_edited.emit(str(item.data(ID_ROLE)), item.text())

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(self._editable)
        self.unlink_button.setEnabled(self._editable and self.current_id() is not None)
