"""Which municipalities recognise a concern: a checkable list of the region's members and others.

Ticking a municipality records its recognition (how and when, as chosen above the
list), unticking removes it; each is one undoable step. The breadth above the list
counts the concern's own municipality, its recognitions, and those of concerns
merged into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import DelegateAppError, ValidationError
from delegate_app.core.services import concerns, labels
from delegate_app.ui.concerns.pickers import (
    EnumCombo,
    MunicipalityChoice,
    MunicipalityCombo,
    load_municipalities,
)
from delegate_app.ui.concerns.table_model import format_breadth
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class SupportState:
    """The recognitions of one concern as the list shows them."""

    own_municipality_id: str
    direct: dict[str, models.Support] = field(default_factory=dict)  # municipality id -> support
    via_merged: set[str] = field(default_factory=set)  # voices of concerns merged into this one
    breadth: concerns.Breadth | None = None


def read_state(ctx: AppContext, concern_id: str) -> SupportState | None:
    with ctx.store.reader() as session:
        try:
            concern = concerns.get_concern(session, concern_id, allow_deleted=True)
        except DelegateAppError:
            return None
        state = SupportState(concern.municipality_id)
        state.direct = {s.municipality_id: s for s in concerns.supports(session, concern_id)}
        state.breadth = concerns.breadth_many(session, [concern_id]).get(concern_id)
        if state.breadth is not None:
            state.via_merged = (
                set(state.breadth.municipality_ids) - set(state.direct) - {concern.municipality_id}
            )
        return state


def add_support(ctx: AppContext, concern_id: str, municipality_id: str, text: str, **details: Any) -> None:
    perform(
        ctx,
        text,
        lambda s: concerns.add_support(s, concern_id, municipality_id, **details),
        lambda s: concerns.remove_support(s, concern_id, municipality_id),
        entity="support",
        ids=[concern_id],
    )


def remove_support(ctx: AppContext, concern_id: str, municipality_id: str, text: str) -> None:
    details: dict[str, Any] = {}

    def do(session: Any) -> None:
        for s in concerns.supports(session, concern_id):
            if s.municipality_id == municipality_id:
                details.update(
                    note=s.note,
                    recorded_via=s.recorded_via,
                    recorded_by=s.recorded_by,
                    recorded_on=s.recorded_on,
                    session_id=s.session_id,
                )
        concerns.remove_support(session, concern_id, municipality_id)

    perform(
        ctx,
        text,
        do,
        lambda s: concerns.add_support(s, concern_id, municipality_id, **details),
        redo=lambda s: concerns.remove_support(s, concern_id, municipality_id),
        entity="support",
        ids=[concern_id],
    )


class SupportEditor(QWidget):
    """The recognitions of the concern shown in the editor beside it."""

    breadth_changed = Signal(int, int)  # municipalities, inhabitants

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.concern_id: str | None = None
        self._state: SupportState | None = None
        self._loading = False
        self._choices: list[MunicipalityChoice] = []

        self.breadth = QLabel()
        font = QFont(self.breadth.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.breadth.setFont(font)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.hint.setStyleSheet("QLabel#hint { color: palette(placeholder-text); }")
        self.via_label = QLabel()
        self.via = EnumCombo(models.RecordedVia)
        self.via.set_code(models.RecordedVia.MANUAL.value, emit=False)
        self.via.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.via.setMinimumContentsLength(8)
        self.on_label = QLabel()
        self.on_date = QDateEdit(QDate.currentDate())
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("dd-MM-yyyy")
        self.via_label.setBuddy(self.via)
        self.on_label.setBuddy(self.on_date)
        how = QHBoxLayout()
        how.addWidget(self.via_label)
        how.addWidget(self.via)
        how.addSpacing(8)
        how.addWidget(self.on_label)
        how.addWidget(self.on_date)
        how.addStretch(1)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)

        self.other_label = QLabel()
        self.other = MunicipalityCombo(ctx.store)
        self.other.setMinimumContentsLength(8)
        self.other.set_municipality(None, emit=False)
        self.other_label.setBuddy(self.other)
        self.add_other = QPushButton()
        self.add_other.clicked.connect(self._add_other)
        self.other.lineEdit().returnPressed.connect(self._add_other)
        other = QHBoxLayout()
        other.addWidget(self.other_label)
        other.addWidget(self.other, 1)
        other.addWidget(self.add_other)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.breadth)
        layout.addWidget(self.hint)
        layout.addLayout(how)
        layout.addWidget(self.tree, 1)
        layout.addLayout(other)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Tick the municipalities that recognise this concern. The breadth counts the municipality that "
                "raised it, these recognitions and those of concerns merged into it."
            )
        )
        self.via_label.setText(self.tr("Recorded v&ia"))
        self.on_label.setText(self.tr("&on"))
        self.via.retranslate()
        self.other_label.setText(self.tr("O&ther municipality"))
        self.add_other.setText(self.tr("Add"))
        self.tree.setHeaderLabels(
            [self.tr("Municipality"), self.tr("Inhabitants"), self.tr("How"), self.tr("When")]
        )
        self.tree.setAccessibleName(self.tr("Municipalities that recognise the concern"))
        self.via.setAccessibleName(self.tr("How new recognitions were obtained"))
        self.on_date.setAccessibleName(self.tr("Date of new recognitions"))
        self.other.setAccessibleName(self.tr("Another municipality that recognises the concern"))
        self.add_other.setAccessibleName(self.tr("Add the other municipality's recognition"))
        self._fill()

    # loading ----------------------------------------------------------------------

    def set_concern(self, concern_id: str | None) -> None:
        if concern_id == self.concern_id and concern_id is not None:
            return  # already shown; changes arrive through ctx.changed
        self.concern_id = concern_id
        self._reload()

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        if entity == "region":
            self._choices = []
            self.other.reload()
        if self.concern_id is not None and entity in {"support", "concern", "region"}:
            self._reload()

    def _reload(self) -> None:
        self._state = read_state(self.ctx, self.concern_id) if self.concern_id else None
        if self._state is not None and not self._choices:
            self._choices = load_municipalities(self.ctx.store)[0]
        self._fill()

    def _fill(self) -> None:
        state = self._state
        self._loading = True
        try:
            self.setEnabled(state is not None)
            if state is None:
                self.tree.clear()
                self.breadth.setText("")
                return
            b = state.breadth
            municipalities, inhabitants = (b.municipalities, b.inhabitants) if b else (1, 0)
            self.breadth.setText(format_breadth(municipalities, inhabitants))
            self.breadth_changed.emit(municipalities, inhabitants)
            shown = [c for c in self._choices if c.member or c.id in state.direct or c.id in state.via_merged
                     or c.id == state.own_municipality_id]  # fmt: skip
            tree = self.tree
            current = [str(tree.topLevelItem(i).data(0, ID_ROLE)) for i in range(tree.topLevelItemCount())]
            if current != [c.id for c in shown]:
                # Rebuilt only when other municipalities appear: a tick (this method may run
                # inside the tree's own itemChanged) updates the rows in place.
                tree.clear()
                for choice in shown:
                    item = QTreeWidgetItem()
                    item.setData(0, ID_ROLE, choice.id)
                    tree.addTopLevelItem(item)
            for i, choice in enumerate(shown):
                self._show_item(tree.topLevelItem(i), choice, state)
        finally:
            self._loading = False

    def _show_item(self, item: QTreeWidgetItem, choice: MunicipalityChoice, state: SupportState) -> None:
        name = (
            choice.name if choice.member else self.tr("{name} (outside the region)").format(name=choice.name)
        )
        how, when = "", ""
        font = QFont(self.tree.font())
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        support = state.direct.get(choice.id)
        if choice.id == state.own_municipality_id:
            checked, how = True, self.tr("raised it")
            font.setWeight(QFont.Weight.DemiBold)
        elif choice.id in state.via_merged:
            checked, how = True, self.tr("via a merged concern")
        else:
            checked = support is not None
            if not self.ctx.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            if support is not None:
                how = labels.code_label(models.RecordedVia, support.recorded_via)
                when = (support.recorded_on or support.created_at.date()).strftime("%d-%m-%Y")
        for column, text in enumerate((name, labels.format_number(choice.inhabitants), how, when)):
            item.setText(column, text)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setFont(0, font)
        item.setFlags(flags)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # changes ----------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0 or self.concern_id is None:
            return
        municipality_id = str(item.data(0, ID_ROLE))
        checked = item.checkState(0) == Qt.CheckState.Checked
        self.set_recognised(municipality_id, checked)

    def set_recognised(self, municipality_id: str, recognised: bool) -> None:
        """Record or remove one municipality's recognition of the shown concern."""
        if self.concern_id is None or self.ctx.read_only:
            return
        try:
            if recognised:
                shown = self.on_date.date()
                add_support(
                    self.ctx,
                    self.concern_id,
                    municipality_id,
                    self.tr("recognition"),
                    recorded_via=self.via.code() or models.RecordedVia.MANUAL.value,
                    recorded_on=date(shown.year(), shown.month(), shown.day()),
                    recorded_by=self.ctx.actor,
                )
            else:
                remove_support(
                    self.ctx, self.concern_id, municipality_id, self.tr("removal of a recognition")
                )
        except ValidationError as exc:
            self.ctx.status.emit(str(exc))
            self._reload()

    def _add_other(self) -> None:
        municipality_id = self.other.municipality_id()
        if municipality_id is None:
            self.ctx.status.emit(self.tr("Type the name or GM code of a municipality first."))
            return
        self.set_recognised(municipality_id, True)
        self.other.set_municipality(None, emit=False)
