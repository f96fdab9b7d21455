"""The agenda of a meeting at a glance: number, title, question, body, concerns, position status and support."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from delegate_app.core.services.meetings import AgendaItemSummary
from delegate_app.ui.positions.grades import status_colour
from delegate_app.ui.positions.support_cell import COUNTS_ROLE, SupportDelegate, support_text, tally_counts

ID_ROLE = Qt.ItemDataRole.UserRole
COL_NUMBER, COL_TITLE, COL_QUESTION, COL_BODY, COL_CONCERNS, COL_POSITION, COL_SUPPORT = range(7)


class AgendaTable(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(COL_SUPPORT, SupportDelegate(self))
        self.summaries: list[AgendaItemSummary] = []
        self.retranslate()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_QUESTION, QHeaderView.ResizeMode.Stretch)

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Agenda item"),
                self.tr("National question"),
                self.tr("Asked by"),
                self.tr("Concerns"),
                self.tr("Position"),
                self.tr("Support"),
            ]
        )
        self.setAccessibleName(self.tr("Agenda items"))

    def set_agenda(self, summaries: list[AgendaItemSummary], outcome_word: str) -> None:
        current = self.current_id()
        self.summaries = summaries
        self.blockSignals(True)
        self.clear()
        chosen = None
        for s in summaries:
            question = " ".join(s.item.national_question.split())
            status = s.position_status_label or "—"
            if s.outcome is not None:
                status = f"{status} · {outcome_word}" if s.position else outcome_word
            item = QTreeWidgetItem(
                [
                    str(s.item.number),
                    s.item.title,
                    question,
                    s.body_name,
                    str(s.concern_count),
                    status,
                    support_text(s.tally, self._objections),
                ]
            )
            item.setData(0, ID_ROLE, s.item.id)
            item.setTextAlignment(COL_NUMBER, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(COL_CONCERNS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(COL_TITLE, s.item.title)
            item.setToolTip(COL_QUESTION, s.item.national_question)
            if s.position is not None:
                item.setForeground(COL_POSITION, QBrush(status_colour(s.position.status)))
            if s.tally is not None:
                item.setData(COL_SUPPORT, COUNTS_ROLE, tally_counts(s.tally))
                item.setToolTip(COL_SUPPORT, s.tally.summary())
            self.addTopLevelItem(item)
            if s.item.id == current:
                chosen = item
        widths = {COL_NUMBER: 40, COL_BODY: 120, COL_CONCERNS: 76, COL_POSITION: 120, COL_SUPPORT: 205}
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self.blockSignals(False)
        if chosen is None and self.topLevelItemCount():
            chosen = self.topLevelItem(0)
        if chosen is not None:
            self.setCurrentItem(chosen)
        else:
            self.currentItemChanged.emit(None, None)

    def _objections(self, n: int) -> str:
        return self.tr("1 objection") if n == 1 else self.tr("{n} objections").format(n=n)

    def current_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(0, ID_ROLE)) if item is not None else None

    def current_summary(self) -> AgendaItemSummary | None:
        wanted = self.current_id()
        return next((s for s in self.summaries if s.item.id == wanted), None)

    def select(self, item_id: str) -> bool:
        for row in range(self.topLevelItemCount()):
            item = self.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == item_id:
                self.setCurrentItem(item)
                return True
        return False

    def ordered_ids(self) -> list[str]:
        return [s.item.id for s in self.summaries]
