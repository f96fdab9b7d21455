"""A searchable, checkable list of the register's concerns, for linking them to an agenda item or a position."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.models import ConcernStatus
from delegate_app.core.services import search
from delegate_app.core.services.labels import code_label, format_number
from delegate_app.ui.context import AppContext

LIMIT = 200
ID_ROLE = Qt.ItemDataRole.UserRole


class ConcernPicker(QDialog):
    """Type to search (words, prefixes, accents optional); tick the concerns to link.

    Concerns already linked start ticked and stay listed whatever is searched, so
    unticking one unlinks it.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        linked: Iterable[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`linked`: (id, title, municipality) of the concerns linked now."""
        super().__init__(parent)
        self.ctx = ctx
        self.title = title
        self.checked: dict[str, bool] = {cid: True for cid, _, _ in linked}
        self.linked_rows = {cid: (t, m) for cid, t, m in linked}
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._focus_list)
        self.list.itemChanged.connect(self._item_changed)
        self.resize(820, 560)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.search.setPlaceholderText(
            self.tr("Search concerns: words from the title, description or municipality")
        )
        self.search.setAccessibleName(self.tr("Search concerns"))
        self.list.setHeaderLabels(
            [self.tr("Concern"), self.tr("Municipality"), self.tr("Recognised by"), self.tr("Status")]
        )
        self.list.setAccessibleName(self.tr("Concerns; tick to link"))

    def _focus_list(self) -> None:
        self.list.setFocus()
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)

    def reload(self) -> None:
        text = self.search.text()
        conn = self.ctx.store.raw()
        try:
            flt = search.RegisterFilter(text=text)
            rowids = search.register_rowids(conn, flt, sort="rank" if text.strip() else "date")[:LIMIT]
            rows = search.register_rows(conn, rowids)
        finally:
            conn.close()
        self.list.blockSignals(True)
        self.list.clear()
        shown: set[str] = set()
        for row in rows:
            self._add(
                row.id,
                row.title,
                row.municipality,
                row.support_municipalities,
                row.support_inhabitants,
                row.status,
            )
            shown.add(row.id)
        # Linked concerns stay visible so they can be unticked whatever the search says.
        for cid, (title, municipality) in self.linked_rows.items():
            if cid not in shown:
                self._add(cid, title, municipality, None, None, None)
        self.list.blockSignals(False)
        for column, width in ((0, 390), (1, 150), (2, 150)):
            self.list.setColumnWidth(column, width)
        self.count.setText(
            self.tr("Shown: {n} · ticked: {k}").format(n=len(rows), k=len(self.selected_ids()))
        )

    def _add(
        self,
        cid: str,
        title: str,
        municipality: str,
        count: int | None,
        inhabitants: int | None,
        status: str | None,
    ) -> None:
        recognised = (
            self.tr("{n} mun. · {i} inh.").format(n=count, i=format_number(inhabitants or 0))
            if count is not None
            else ""
        )
        item = QTreeWidgetItem(
            [title, municipality, recognised, code_label(ConcernStatus, status) if status else ""]
        )
        item.setData(0, ID_ROLE, cid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if self.checked.get(cid) else Qt.CheckState.Unchecked)
        item.setToolTip(0, title)
        self.list.addTopLevelItem(item)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        cid = str(item.data(0, ID_ROLE))
        self.checked[cid] = item.checkState(0) == Qt.CheckState.Checked
        if cid not in self.linked_rows and self.checked[cid]:
            self.linked_rows[cid] = (item.text(0), item.text(1))
        self.count.setText(
            self.tr("Shown: {n} · ticked: {k}").format(
                n=self.list.topLevelItemCount(), k=len(self.selected_ids())
            )
        )

    def selected_ids(self) -> list[str]:
        return [cid for cid, on in self.checked.items() if on]
