"""Conflicts: records edited on two laptops, both versions side by side, settled by keeping one.

Until the user decides, this laptop's version stays in place. Settling is one
transaction; the decision travels to the other laptop with the next package.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.errors import DelegateAppError
from delegate_app.core.exchange import conflicts
from delegate_app.core.exchange.conflicts import ConflictView
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange.conflict_fields import field_name, kind_name, value_text
from delegate_app.ui.exchange.dialog_parts import heading_label


@dataclass(frozen=True)
class ConflictLine:
    view: ConflictView
    rows: tuple[tuple[str, str, str], ...]  # (field, here, theirs) as people read them


def read_conflicts(ctx: AppContext) -> list[ConflictLine]:
    with ctx.store.reader() as session:
        return [
            ConflictLine(
                view,
                tuple(
                    (
                        field_name(view.entity, column),
                        value_text(session, view.entity, column, here),
                        value_text(session, view.entity, column, theirs),
                    )
                    for column, here, theirs in view.differences
                ),
            )
            for view in conflicts.conflicts(session)
        ]


class ConflictsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("conflictsDialog")
        self.resize(940, 560)
        self.lines: list[ConflictLine] = []

        self.heading = heading_label()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_current)
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.record_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("conflictVersions")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keepLocal")
        self.take_button = QPushButton()
        self.take_button.setObjectName("takeIncoming")
        self.keep_button.clicked.connect(lambda: self.resolve("local"))
        self.take_button.clicked.connect(lambda: self.resolve("incoming"))
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 30px;")

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.record_label)
        detail_layout.addWidget(self.table, 1)
        choice = QDialogButtonBox()
        choice.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        choice.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        detail_layout.addWidget(choice)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([260, 660])
        self.splitter.setChildrenCollapsible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.buttons)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()
        self.reload()

    def retranslate(self, *_: object) -> None:
        title = self.tr("Conflicts")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(self.tr("Edited on two laptops"))
        self.intro.setText(
            self.tr(
                "These records were changed here and on another laptop since they last exchanged packages. "
                "This laptop's version stays in place until you choose; your choice travels with the next "
                "package."
            )
        )
        self.list.setAccessibleName(self.tr("Conflicts waiting for a decision"))
        self.table.setAccessibleName(self.tr("Both versions, field by field"))
        self.keep_button.setText(self.tr("&Keep this laptop's version"))
        self.keep_button.setAccessibleName(self.tr("Keep this laptop's version"))
        self.take_button.setText(self.tr("&Take the incoming version"))
        self.take_button.setAccessibleName(self.tr("Take the incoming version"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        self.empty.setText(self.tr("No conflicts: nothing waits for a decision."))
        if self.lines:
            self._fill_list(self.list.currentRow())

    def reload(self, keep_row: int = 0) -> None:
        self.lines = read_conflicts(self.ctx)
        self._fill_list(keep_row)

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for line in self.lines:
            view = line.view
            text = f"{kind_name(view.entity)}: {view.label}\n" + self.tr("from {peer}, {date}").format(
                peer=view.peer, date=view.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            )
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.list.addItem(item)
        self.list.blockSignals(False)
        has_any = bool(self.lines)
        self.splitter.setVisible(has_any)
        self.empty.setVisible(not has_any)
        if has_any:
            self.list.setCurrentRow(min(max(row, 0), len(self.lines) - 1))
            self._show_current(self.list.currentRow())
        else:
            self._show_current(-1)

    def current(self) -> ConflictLine | None:
        row = self.list.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def _show_current(self, _row: int) -> None:
        line = self.current()
        self.keep_button.setEnabled(line is not None and not self.ctx.read_only)
        self.take_button.setEnabled(line is not None and not self.ctx.read_only)
        self.table.setRowCount(0)
        if line is None:
            self.record_label.clear()
            return
        view = line.view
        self.record_label.setText(f"{kind_name(view.entity)}: {view.label}")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("On this laptop"),
                self.tr("Incoming from {peer}").format(peer=view.peer),
            ]
        )
        self.table.setRowCount(len(line.rows))
        for row, cells in enumerate(line.rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    font = item.font()
                    font.setWeight(QFont.Weight.DemiBold)
                    item.setFont(font)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # a little air between the fields
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)

    def resolve(self, keep: str) -> bool:
        """Settle the current conflict on this laptop's version ("local") or the other one ("incoming")."""
        line = self.current()
        if line is None or self.ctx.read_only:
            return False
        row = self.list.currentRow()
        try:
            with self.ctx.store.session() as session:
                conflicts.resolve_conflict(session, line.view.id, keep)
        except DelegateAppError as exc:
            QMessageBox.warning(self, self.tr("Not settled"), str(exc))
            self.reload(row)
            return False
        self.ctx.notify(line.view.entity, [line.view.entity_id])
        self.ctx.notify("exchangeconflict", [line.view.id])
        self.ctx.status.emit(
            self.tr("Kept this laptop's version of “{label}”.").format(label=line.view.label)
            if keep == "local"
            else self.tr("Took the incoming version of “{label}”.").format(label=line.view.label)
        )
        self.reload(row)
        return True


def open_conflicts_dialog(parent: QWidget | None, ctx: AppContext) -> ConflictsDialog:
    dialog = ConflictsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
