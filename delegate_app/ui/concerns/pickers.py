"""Type-ahead pickers for a municipality and a theme, shared by the register, its editors and session mode."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from delegate_app.core.errors import ValidationError
from delegate_app.core.services import labels, region
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.services.taxonomy import ThemeIndex
from delegate_app.core.store import Store
from delegate_app.core.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole
# Item data is always a string; "" stands for "none" ("all themes", "no theme").
NONE = ""
# What the completer matches on: the name, its accent-folded form and the codes.
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class MunicipalityChoice:
    id: str
    name: str  # the disambiguated name ("Bergen (NH.)")
    gm_code: str
    inhabitants: int
    member: bool


def load_municipalities(store: Store) -> tuple[list[MunicipalityChoice], MunicipalityIndex]:
    """Every municipality, region members first, each group by name; and an index to resolve typed text."""
    with store.reader() as session:
        index = MunicipalityIndex.load(session)
        members = region.member_ids(session)
    choices = [
        MunicipalityChoice(m.id, m.name_disambiguated, m.gm_code, m.inhabitants, m.id in members)
        for m in index.by_id.values()
    ]
    choices.sort(key=lambda c: (not c.member, fold(c.name)))
    return choices, index


def load_themes(store: Store) -> list[tuple[str, str]]:
    """(id, label) of every theme in the taxonomy's order."""
    with store.reader() as session:
        return [(t.id, t.label) for t in ThemeIndex.load(session).themes]


class _DisplayCompleter(QCompleter):
    """Matches on MATCH_ROLE but writes the plain name into the line edit."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class MunicipalityCombo(QComboBox):
    """An editable combo: type a few letters of a name (accents optional) or a GM code, pick, go on.

    `empty_text`, when given, is a first entry meaning "none" (used as "all municipalities"
    in the filter bar).
    """

    municipality_changed = Signal(object)  # the id, or None

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        members_only: bool = False,
        empty_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._members_only = members_only
        self._empty_text = empty_text
        self._index: MunicipalityIndex | None = None
        self._choices: list[MunicipalityChoice] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        completer = _DisplayCompleter(self._model, self)
        completer.setCompletionRole(MATCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._completed)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(self._index_changed)
        self.lineEdit().editingFinished.connect(self._editing_finished)
        self.reload()

    # data -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the municipalities again (the region's members may have changed)."""
        current = self.municipality_id()
        self._choices, self._index = load_municipalities(self._store)
        if self._members_only:
            self._choices = [c for c in self._choices if c.member]
        self.blockSignals(True)
        self._model.clear()
        if self._empty_text is not None:
            empty = QStandardItem(self._empty_text)
            empty.setData(NONE, ID_ROLE)
            empty.setData("", MATCH_ROLE)
            self._model.appendRow(empty)
        for choice in self._choices:
            item = QStandardItem(choice.name)
            item.setData(choice.id, ID_ROLE)
            item.setData(f"{choice.name} {fold(choice.name)} {choice.gm_code}", MATCH_ROLE)
            self._model.appendRow(item)
        self.blockSignals(False)
        self.set_municipality(current, emit=False)

    def choices(self) -> list[MunicipalityChoice]:
        return list(self._choices)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        if self._model.rowCount() and self._model.item(0).data(ID_ROLE) == NONE:
            self._model.item(0).setText(text)
            if self.currentIndex() == 0:
                self.setEditText(text)
                self.lineEdit().setCursorPosition(0)

    # value ------------------------------------------------------------------------

    def municipality_id(self) -> str | None:
        """The chosen municipality; typed text that names exactly one municipality counts too."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            value = self.itemData(index, ID_ROLE)
            return str(value) if value else None
        if not text or self._index is None:
            return None
        try:
            found = self._index.resolve(text).id
        except ValidationError:
            return None
        if self._members_only and found not in {c.id for c in self._choices}:
            return None
        return found

    def set_municipality(self, municipality_id: str | None, *, emit: bool = True) -> None:
        row = self.findData(municipality_id, ID_ROLE) if municipality_id else -1
        if row < 0 and self._empty_text is not None:
            row = 0
        self.blockSignals(not emit)
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")
        self.blockSignals(False)
        self.lineEdit().setCursorPosition(0)

    def _index_changed(self, row: int) -> None:
        self.municipality_changed.emit(self.municipality_id())

    def _completed(self, index: QModelIndex) -> None:
        row = self.findData(index.data(ID_ROLE), ID_ROLE)
        if row >= 0:
            self.setCurrentIndex(row)

    def _editing_finished(self) -> None:
        # Typed "gm0074" or "heerenveen" and left the field: show the proper name.
        found = self.municipality_id()
        row = self.findData(found, ID_ROLE) if found else -1
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)
        elif row >= 0:
            self.setEditText(self.itemText(row))


class ThemeCombo(QComboBox):
    """The themes of the taxonomy; the first entry means "no theme" (or "all themes" in a filter)."""

    theme_changed = Signal(object)  # the id, or None

    def __init__(self, store: Store, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.setMaxVisibleItems(16)
        self.addItem(empty_text, NONE)
        for theme_id, label in load_themes(store):
            self.addItem(label, theme_id)
            self.setItemData(self.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.currentIndexChanged.connect(lambda _row: self.theme_changed.emit(self.theme_id()))

    def set_empty_text(self, text: str) -> None:
        self.setItemText(0, text)

    def theme_id(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_theme(self, theme_id: str | None, *, emit: bool = True) -> None:
        row = self.findData(theme_id) if theme_id else 0
        self.blockSignals(not emit)
        self.setCurrentIndex(max(row, 0))
        self.blockSignals(False)


class EnumCombo(QComboBox):
    """The labels of a stored enumeration; an optional first entry means "any"."""

    def __init__(
        self, enum: type[StrEnum], empty_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum = enum
        self._has_empty = empty_text is not None
        if empty_text is not None:
            self.addItem(empty_text, NONE)
        for member, text in labels.choices(enum):
            self.addItem(text, member.value)

    def retranslate(self, empty_text: str | None = None) -> None:
        offset = 1 if self._has_empty else 0
        if self._has_empty and empty_text is not None:
            self.setItemText(0, empty_text)
        for row, (_member, text) in enumerate(labels.choices(self._enum)):
            self.setItemText(row + offset, text)

    def code(self) -> str | None:
        value = self.currentData()
        return str(value) if value else None

    def set_code(self, code: str | None, *, emit: bool = True) -> None:
        row = self.findData(code) if code else (0 if self._has_empty else -1)
        self.blockSignals(not emit)
        self.setCurrentIndex(max(row, 0))
        self.blockSignals(False)
