"""Picking member municipalities from the 342: search as you type, a province filter, check boxes.

Keyboard: type a name and press Enter to tick the first match (the search text is
selected again, ready for the next name); Down moves into the list, Space ticks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.i18n import by_count
from delegate_app.core.services.labels import format_number
from delegate_app.core.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
PROVINCE_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class MunicipalityChoice:
    id: str
    name: str
    gm_code: str
    province: str
    inhabitants: int


def load_choices(session: object) -> list[MunicipalityChoice]:
    """Every live municipality, by name, from the store's reference data."""
    from delegate_app.core.services.municipalities import MunicipalityIndex

    index = MunicipalityIndex.load(session)  # type: ignore[arg-type]
    return sorted(
        (
            MunicipalityChoice(m.id, m.name_disambiguated or m.name, m.gm_code, m.province, m.inhabitants)
            for m in index.by_id.values()
        ),
        key=lambda c: fold(c.name).lstrip("'"),
    )


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.province = ""
        self.only_checked = False
        self.setSortRole(SORT_ROLE)

    def set(self, text: str, province: str, only_checked: bool) -> None:
        self.text, self.province, self.only_checked = fold(text), province, only_checked
        self.refilter()

    def refilter(self) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() by a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.province and index.data(PROVINCE_ROLE) != self.province:
            return False
        if self.only_checked and index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked.value:
            return False
        return not self.text or self.text in str(index.data(FOLDED_ROLE))


class MunicipalityPicker(QWidget):
    """A searchable, filterable list of municipalities with a check box each."""

    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(0, 3, self)
        self._proxy = _Filter(self)
        self._proxy.setSourceModel(self._model)
        self._inhabitants: dict[str, int] = {}
        self._updating = False

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.search.installEventFilter(self)
        self.province = QComboBox()
        self.province.currentIndexChanged.connect(self._refilter)
        self.only_checked = QCheckBox()
        self.only_checked.toggled.connect(self._refilter)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.province_label = QLabel()
        self.province_label.setBuddy(self.province)

        self.list = QTreeView()
        self.list.setModel(self._proxy)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSortingEnabled(True)
        self.list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.summary = QLabel()
        self.summary.setObjectName("pickerSummary")

        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addSpacing(8)
        filters.addWidget(self.province_label)
        filters.addWidget(self.province, 1)
        filters.addSpacing(8)
        filters.addWidget(self.only_checked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self._model.itemChanged.connect(self._item_changed)
        self.setFocusProxy(self.search)
        self.retranslate()

    # data -------------------------------------------------------------------------

    def set_choices(self, choices: Iterable[MunicipalityChoice]) -> None:
        selected = set(self.selected_ids())
        self._updating = True
        self._model.removeRows(0, self._model.rowCount())
        provinces: set[str] = set()
        for choice in choices:
            name = QStandardItem(choice.name)
            name.setCheckable(True)
            name.setCheckState(Qt.CheckState.Checked if choice.id in selected else Qt.CheckState.Unchecked)
            name.setData(choice.id, ID_ROLE)
            name.setData(fold(f"{choice.name} {choice.gm_code}"), FOLDED_ROLE)
            name.setData(choice.province, PROVINCE_ROLE)
            name.setData(fold(choice.name).lstrip("'"), SORT_ROLE)
            name.setToolTip(f"{choice.name} ({choice.gm_code})")
            province = QStandardItem(choice.province)
            province.setData(choice.province, SORT_ROLE)
            people = QStandardItem(format_number(choice.inhabitants))
            people.setData(choice.inhabitants, SORT_ROLE)
            people.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for item in (name, province, people):
                item.setEditable(False)
            self._model.appendRow([name, province, people])
            self._inhabitants[choice.id] = choice.inhabitants
            provinces.add(choice.province)
        self._updating = False
        current = self.province.currentData()
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem(self.tr("All provinces"), "")
        for name in sorted(provinces):
            self.province.addItem(name, name)
        found = self.province.findData(current)
        self.province.setCurrentIndex(max(found, 0))
        self.province.blockSignals(False)
        self._refilter()
        self._update_summary()

    def set_selected(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self._updating = True
        for row in range(self._model.rowCount()):
            item = self._model.item(row, 0)
            state = Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._updating = False
        self._proxy.refilter()
        self._update_summary()

    def selected_ids(self) -> list[str]:
        return [
            str(self._model.item(row, 0).data(ID_ROLE))
            for row in range(self._model.rowCount())
            if self._model.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def toggle_first_match(self) -> bool:
        """Tick (or untick) the first visible municipality; True when there was one."""
        if self._proxy.rowCount() == 0:
            return False
        item = self._model.itemFromIndex(self._proxy.mapToSource(self._proxy.index(0, 0)))
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        return True

    def visible_names(self) -> list[str]:
        return [str(self._proxy.index(row, 0).data()) for row in range(self._proxy.rowCount())]

    # behaviour ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                if self.toggle_first_match():
                    self.search.selectAll()
                return True
            if event.key() == Qt.Key.Key_Down and self._proxy.rowCount():
                self.list.setFocus()
                self.list.setCurrentIndex(self._proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _refilter(self, *_: object) -> None:
        self._proxy.set(
            self.search.text(), str(self.province.currentData() or ""), self.only_checked.isChecked()
        )

    def _item_changed(self, item: QStandardItem) -> None:
        if self._updating or item.column() != 0:
            return
        self._update_summary()
        self.selection_changed.emit()

    def _update_summary(self) -> None:
        ids = self.selected_ids()
        people = sum(self._inhabitants.get(i, 0) for i in ids)
        self.summary.setText(
            by_count(
                len(ids),
                self.tr("1 municipality chosen · {people} inhabitants"),
                self.tr("{count} municipalities chosen · {people} inhabitants"),
            ).format(count=len(ids), people=format_number(people))
        )

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name or GM code"))
        self.search.setAccessibleName(self.tr("Search municipality"))
        self.province_label.setText(self.tr("&Province:"))
        self.province.setAccessibleName(self.tr("Province"))
        if self.province.count():
            self.province.setItemText(0, self.tr("All provinces"))
        self.only_checked.setText(self.tr("Only &chosen"))
        self.list.setAccessibleName(self.tr("Municipalities"))
        self.list.setAccessibleDescription(self.tr("Space ticks the current municipality"))
        self._model.setHorizontalHeaderLabels(
            [self.tr("Municipality"), self.tr("Province"), self.tr("Inhabitants")]
        )
        self._update_summary()
