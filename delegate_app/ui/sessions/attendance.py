"""Attendance at a session: a tick per member municipality, and per contact person beneath it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from delegate_app.core import models
from delegate_app.core.services.sessions import AttendanceRow

MUNICIPALITY_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceTree(QTreeWidget):
    """Space or a click ticks a municipality or a person; unticking records them as absent."""

    # municipality id, person id (or None), present
    attendance_changed = Signal(str, object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setStyleSheet("QTreeView::item { padding: 3px 0px; }")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)
        self._loading = False
        self.present_count = 0
        self.member_count = 0

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Municipality / person"), self.tr("Recorded")])
        self.setAccessibleName(self.tr("Attendance per municipality and person"))

    def set_rows(
        self, rows: list[AttendanceRow], contacts: dict[str, list[models.Person]], editable: bool
    ) -> None:
        """`contacts`: the people of each municipality, listed under it so they can be ticked too."""
        tops = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        expanded = {str(t.data(0, MUNICIPALITY_ROLE)) for t in tops if t is not None and t.isExpanded()}
        self._loading = True
        self.clear()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if editable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        self.present_count = sum(1 for r in rows if r.is_member and r.present)
        self.member_count = sum(1 for r in rows if r.is_member)
        for row in rows:
            name = (
                row.municipality
                if row.is_member
                else self.tr("{name} (outside the region)").format(name=row.municipality)
            )
            item = QTreeWidgetItem([name, self._state(row.present)])
            item.setData(0, MUNICIPALITY_ROLE, row.municipality_id)
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked)
            if row.present is None:
                item.setForeground(1, QBrush(QColor("#8a8f96")))
            recorded = {p.person_id: p for p in row.persons}
            people = list(contacts.get(row.municipality_id, []))
            known = {p.id for p in people}
            for person in people:
                attended = recorded.get(person.id)
                self._add_person(
                    item,
                    row.municipality_id,
                    person.id,
                    person.name,
                    attended.present if attended else None,
                    flags,
                )
            for person_id, attended in recorded.items():
                if person_id not in known:  # an erased or moved person still on record
                    self._add_person(
                        item, row.municipality_id, person_id, attended.name, attended.present, flags
                    )
            self.addTopLevelItem(item)
            if row.municipality_id in expanded:
                item.setExpanded(True)
        self.setColumnWidth(1, 110)
        self._loading = False

    def _add_person(
        self,
        parent: QTreeWidgetItem,
        municipality_id: str,
        person_id: str,
        name: str,
        present: bool | None,
        flags: Qt.ItemFlag,
    ) -> None:
        child = QTreeWidgetItem([name, self._state(present)])
        child.setData(0, MUNICIPALITY_ROLE, municipality_id)
        child.setData(0, PERSON_ROLE, person_id)
        child.setFlags(flags)
        child.setCheckState(0, Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
        parent.addChild(child)

    def _state(self, present: bool | None) -> str:
        if present is None:
            return "—"
        return self.tr("present") if present else self.tr("absent")

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        present = item.checkState(0) == Qt.CheckState.Checked
        person = item.data(0, PERSON_ROLE)
        self.attendance_changed.emit(
            str(item.data(0, MUNICIPALITY_ROLE)), str(person) if person else None, present
        )
