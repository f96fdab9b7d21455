"""The register's filter bar: search as you type, theme, municipality, status, confidentiality, merged, deleted."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from delegate_app.core import models
from delegate_app.core.services.search import RegisterFilter
from delegate_app.core.text import words
from delegate_app.ui.concerns.pickers import EnumCombo, MunicipalityCombo, ThemeCombo
from delegate_app.ui.context import AppContext

# Short enough to feel instant, long enough that a fast typist's word is one query.
SEARCH_DEBOUNCE_MS = 120


class FilterBar(QWidget):
    """Emits `changed` when the filter changed: at once for choices, after a short pause for typing."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self.theme = ThemeCombo(ctx.store, "")
        self.municipality = MunicipalityCombo(ctx.store, empty_text="")
        self.status = EnumCombo(models.ConcernStatus, "")
        self.confidentiality = EnumCombo(models.Confidentiality, "")
        self.show_merged = QCheckBox()
        self.show_deleted = QCheckBox()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)

        # The search field goes where the view wants it (beside its buttons); this row holds the choices.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for combo in (self.theme, self.municipality, self.status, self.confidentiality):
            combo.setMinimumContentsLength(10)
            layout.addWidget(combo, 1)
        layout.addSpacing(6)
        layout.addWidget(self.show_merged)
        layout.addWidget(self.show_deleted)

        self.search_field.textChanged.connect(lambda _t: self._timer.start())
        self.search_field.returnPressed.connect(self.flush)
        self.theme.theme_changed.connect(lambda _t: self.changed.emit())
        self.municipality.municipality_changed.connect(lambda _m: self.changed.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.confidentiality.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.show_merged.toggled.connect(lambda _on: self.changed.emit())
        self.show_deleted.toggled.connect(lambda _on: self.changed.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.search_field.setPlaceholderText(self.tr("Search title, description, municipality…  (Ctrl+F)"))
        self.theme.set_empty_text(self.tr("All themes"))
        self.municipality.set_empty_text(self.tr("All municipalities"))
        self.status.retranslate(self.tr("Any status"))
        self.confidentiality.retranslate(self.tr("Any confidentiality"))
        self.show_merged.setText(self.tr("Show merged"))
        self.show_merged.setToolTip(self.tr("Also list concerns that were merged into another one"))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.show_deleted.setToolTip(self.tr("Also list deleted concerns, to restore them"))
        self.search_field.setAccessibleName(self.tr("Search concerns"))
        self.theme.setAccessibleName(self.tr("Filter by theme"))
        self.municipality.setAccessibleName(self.tr("Filter by municipality"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.confidentiality.setAccessibleName(self.tr("Filter by confidentiality"))
        self.show_merged.setAccessibleName(self.tr("Show merged concerns"))
        self.show_deleted.setAccessibleName(self.tr("Show deleted concerns"))

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Apply typed text now instead of after the pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def current(self) -> RegisterFilter:
        text = self.search_field.text()
        if not any(len(word) > 1 for word in words(text)):
            # One letter narrows nothing (nearly every concern has a word starting with it);
            # searching starts at the second letter, which keeps typing quick on a large store.
            text = ""
        return RegisterFilter(
            text=text,
            theme_id=self.theme.theme_id(),
            municipality_id=self.municipality.municipality_id(),
            status=self.status.code(),
            confidentiality=self.confidentiality.code(),
            include_merged=self.show_merged.isChecked(),
            include_deleted=self.show_deleted.isChecked(),
        )

    def reload(self) -> None:
        """The region's members changed: the municipality list follows."""
        self.municipality.reload()
