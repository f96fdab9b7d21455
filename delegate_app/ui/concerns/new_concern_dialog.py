"""A new concern by keyboard alone, with possible duplicates listed while the title is typed.

Municipality, Tab, title, Tab, description, Tab, theme, Enter: done. When the
concern already exists, pick it among the suggestions and record a recognition
instead of a duplicate.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.services import concerns, search
from delegate_app.core.types import today
from delegate_app.ui.concerns.pickers import EnumCombo, MunicipalityCombo, ThemeCombo
from delegate_app.ui.concerns.support_editor import add_support
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

SUGGEST_DELAY_MS = 250
ID_ROLE = Qt.ItemDataRole.UserRole


def create_concern(ctx: AppContext, draft: concerns.ConcernDraft, text: str) -> str:
    """Store a new concern as one undoable step; returns its id."""
    created: list[str] = []

    def do(session: Any) -> str:
        concern_id = concerns.create_concern(session, draft).id
        created.append(concern_id)
        return concern_id

    return perform(
        ctx,
        text,
        do,
        lambda s: concerns.delete_concern(s, created[0]),
        redo=lambda s: concerns.restore_concern(s, created[0]),
        ids=created,
    )


class NewConcernDialog(QDialog):
    """Emits `created(id)` (a new concern) or `recognised(id)` (a recognition of an existing one)."""

    created = Signal(str)
    recognised = Signal(str)

    def __init__(self, ctx: AppContext, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._conn = conn
        self.setMinimumWidth(640)
        self.municipality = MunicipalityCombo(ctx.store)
        self.municipality.set_municipality(None, emit=False)
        self.title = QLineEdit()
        self.title.setMaxLength(concerns.TITLE_MAX)
        self.suggestions_label = QLabel()
        self.suggestions_label.setWordWrap(True)
        self.suggestions = QListWidget()
        self.suggestions.setMaximumHeight(110)
        self.suggestions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.suggestions.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.recognise = QPushButton()
        self.recognise.setAutoDefault(False)  # Enter adds the concern, never this
        self.recognise.setEnabled(False)
        self.recognise.clicked.connect(self._recognise)
        self.suggestions.currentItemChanged.connect(
            lambda cur, _prev: self.recognise.setEnabled(cur is not None)
        )
        self.suggestions.itemActivated.connect(lambda _i: self._recognise())
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(110)
        self.theme = ThemeCombo(ctx.store, "")
        self.confidentiality = EnumCombo(models.Confidentiality)
        self.confidentiality.set_code(models.Confidentiality.REGION.value, emit=False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.error.hide()
        self.keys_hint = QLabel()
        self.keys_hint.setStyleSheet("color: palette(placeholder-text);")
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        self.labels = {
            key: QLabel() for key in ("municipality", "title", "description", "theme", "confidentiality")
        }
        for key, widget in (("municipality", self.municipality), ("title", self.title)):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        form.addRow("", self.suggestions_label)
        form.addRow("", self.suggestions)
        form.addRow("", self.recognise)
        for key, widget in (("description", self.description), ("theme", self.theme),
                            ("confidentiality", self.confidentiality)):  # fmt: skip
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setTabOrder(self.municipality, self.title)
        self.setTabOrder(self.title, self.description)
        self.setTabOrder(self.description, self.theme)
        self.setTabOrder(self.theme, self.confidentiality)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self.update_suggestions)
        self.title.textEdited.connect(lambda _t: self._timer.start())
        self.municipality.municipality_changed.connect(lambda _m: self._update_recognise_text())
        # Enter in the description adds a line; Ctrl+Enter adds the concern from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.retranslate()
        self.update_suggestions()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New concern"))
        texts = {"municipality": self.tr("&Municipality"), "title": self.tr("&Title"),
                 "description": self.tr("&Description"), "theme": self.tr("T&heme"),
                 "confidentiality": self.tr("&Confidentiality")}  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.municipality.lineEdit().setPlaceholderText(self.tr("Type a name or GM code"))
        self.title.setPlaceholderText(self.tr("In a few words: what goes wrong?"))
        self.description.setPlaceholderText(self.tr("What goes wrong, since when, and what it costs"))
        self.theme.set_empty_text(self.tr("(no theme)"))
        self.confidentiality.retranslate()
        self.add_button.setText(self.tr("&Add concern"))
        self.keys_hint.setText(self.tr("Enter adds · Ctrl+Enter from the description · Esc cancels"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.suggestions_label.setText(self.tr("Similar concerns already in the register:"))
        self._update_recognise_text()
        for widget, name in ((self.municipality, self.tr("Municipality")), (self.title, self.tr("Title")),
                             (self.description, self.tr("Description")), (self.theme, self.tr("Theme")),
                             (self.confidentiality, self.tr("Confidentiality")),
                             (self.suggestions, self.tr("Similar concerns")),
                             (self.recognise, self.tr("Record a recognition of the chosen similar concern")),
                             (self.add_button, self.tr("Add concern")),
                             (self.cancel_button, self.tr("Cancel"))):  # fmt: skip
            widget.setAccessibleName(name)

    def _update_recognise_text(self) -> None:
        if self.municipality.municipality_id() is not None:
            self.recognise.setText(
                self.tr("Same concern: record that {name} recognises it").format(
                    name=self.municipality.currentText().strip()
                )
            )
        else:
            self.recognise.setText(self.tr("Same concern: record that this municipality recognises it"))

    # suggestions ------------------------------------------------------------------

    def update_suggestions(self) -> None:
        self._timer.stop()
        hits = search.duplicate_suggestions(
            self._conn, self.title.text(), self.description.toPlainText(), limit=5
        )
        self.suggestions.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title} — {hit.municipality}")
            item.setData(ID_ROLE, hit.id)
            item.setToolTip(item.text())
            self.suggestions.addItem(item)
        visible = bool(hits)
        for w in (self.suggestions_label, self.suggestions, self.recognise):
            w.setVisible(visible)

    def suggestion_ids(self) -> list[str]:
        return [str(self.suggestions.item(i).data(ID_ROLE)) for i in range(self.suggestions.count())]

    # actions ----------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _recognise(self) -> None:
        item = self.suggestions.currentItem()
        municipality_id = self.municipality.municipality_id()
        if item is None:
            return
        if municipality_id is None:
            self._fail(self.tr("Choose the municipality that recognises the concern first."))
            self.municipality.setFocus()
            return
        concern_id = str(item.data(ID_ROLE))
        try:
            add_support(
                self.ctx,
                concern_id,
                municipality_id,
                self.tr("recognition"),
                recorded_on=today(),
                recorded_by=self.ctx.actor,
            )
        except ValidationError as exc:
            self._fail(str(exc))
            return
        self.recognised.emit(concern_id)
        super().accept()

    def accept(self) -> None:
        self._timer.stop()
        municipality_id = self.municipality.municipality_id()
        if municipality_id is None:
            self._fail(self.tr("Choose a municipality: type its name or GM code."))
            self.municipality.setFocus()
            return
        draft = concerns.ConcernDraft(
            title=self.title.text(),
            description=self.description.toPlainText(),
            municipality_id=municipality_id,
            theme_id=self.theme.theme_id(),
            confidentiality=self.confidentiality.code() or models.Confidentiality.REGION.value,
            submitted_on=today(),
            contributor_name="",
        )
        try:
            concern_id = create_concern(
                self.ctx, draft, self.tr("new concern “{title}”").format(title=draft.title.strip()[:40])
            )
        except ValidationError as exc:
            self._fail(str(exc))
            focus = {"titel": self.title, "omschrijving": self.description, "gemeente": self.municipality}
            target = focus.get(exc.field or "")
            if target is not None:
                target.setFocus()
            return
        self.created.emit(concern_id)
        super().accept()
