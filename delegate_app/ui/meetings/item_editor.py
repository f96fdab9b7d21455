"""One agenda item: its texts (saved as you type), the asking body, its linked concerns and its outcome."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.models import ConcernStatus
from delegate_app.core.services import meetings
from delegate_app.core.services.labels import code_label, format_date
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.a11y import label_form_rows
from delegate_app.ui.positions.autosave import BindingGroup, FieldBinding
from delegate_app.ui.positions.editor import GrowingTextEdit
from delegate_app.ui.positions.support_cell import STATUS_ROLE, SUPPORT_ROLE, EntryDelegate

ID_ROLE = Qt.ItemDataRole.UserRole


def _save(field: str):  # type: ignore[no-untyped-def]
    def save(session: Session, item_id: str, value: str) -> object:
        return meetings.update_agenda_item(session, item_id, **{field: value})

    return save


def _box(parent: QWidget, lines: int) -> QPlainTextEdit:
    return GrowingTextEdit(parent, min_lines=lines, max_lines=8)


class AgendaItemEditor(QWidget):
    """Left: the item's fields. Right: linked concerns and, once known, the outcome."""

    body_chosen = Signal(object)  # organisation id or None
    link_requested = Signal()
    concern_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.group = BindingGroup()
        self.title = QLineEdit(self)
        self.question = _box(self, 3)
        self.description = _box(self, 3)
        self.links = _box(self, 2)
        self.body = QComboBox(self)
        # Body names are long; the combo must not widen the window to fit the longest one.
        self.body.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.body.setMinimumContentsLength(16)
        self.body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.body.currentIndexChanged.connect(self._body_changed)
        self._loading = False
        fields = (
            ("title", self.title, self.tr("title of the agenda item")),
            ("national_question", self.question, self.tr("national question")),
            ("description", self.description, self.tr("description of the agenda item")),
            ("reference_links", self.links, self.tr("reference links")),
        )
        for name, widget, what in fields:
            self.group.add(name, FieldBinding(ctx, widget, _save(name), what, entity="agenda_item"))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in (self.title, self.question, self.body, self.description, self.links):
            self.form.addRow(QLabel(self), field)
        self.concerns_title = QLabel(self)
        font = self.concerns_title.font()
        font.setBold(True)
        self.concerns_title.setFont(font)
        self.concerns = QListWidget(self)
        self.concerns.setItemDelegate(EntryDelegate(self.concerns))
        self.concerns.itemActivated.connect(lambda item: self.concern_activated.emit(str(item.data(ID_ROLE))))
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_requested)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setObjectName("outcome")
        self.outcome.setStyleSheet(
            "QLabel#outcome { background: #eef6f7; border: 1px solid #c7dfe2; border-radius: 5px; padding: 6px; }"
        )
        side = QVBoxLayout()
        side.addWidget(self.concerns_title)
        side.addWidget(self.concerns, 1)
        link_row = QHBoxLayout()
        link_row.addStretch(1)
        link_row.addWidget(self.link_button)
        side.addLayout(link_row)
        side.addWidget(self.outcome)
        self.side = side
        fields_box = QVBoxLayout()
        fields_box.addLayout(self.form)
        fields_box.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(fields_box, 3)
        layout.addSpacing(12)
        layout.addLayout(side, 2)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [
            (self.title, self.tr("T&itle:"), self.tr("Title of the agenda item")),
            (self.question, self.tr("National &question:"), self.tr("National question")),
            (self.body, self.tr("Asked b&y:"), self.tr("National body asking the question")),
            (self.description, self.tr("Des&cription:"), self.tr("Description of the agenda item")),
            (self.links, self.tr("Reference &links:"), self.tr("Reference links, one web address per line")),
        ]
        label_form_rows(self.form, texts)
        self.question.setPlaceholderText(self.tr("What the national body asks the regions"))
        self.links.setPlaceholderText("https://…")
        self.concerns_title.setText(self.tr("Linked concerns"))
        self.concerns.setAccessibleName(self.tr("Concerns linked to the agenda item"))
        self.link_button.setText(self.tr("Lin&k concerns…"))
        self.link_button.setAccessibleName(self.tr("Link concerns to the agenda item"))
        self.outcome.setAccessibleName(self.tr("Outcome"))

    def add_outcome_button(self, button: QWidget) -> None:
        """Put the view's "record outcome" button under the outcome it records."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        self.side.addLayout(row)

    def set_bodies(self, bodies: list[tuple[str, str]]) -> None:
        self._loading = True
        current = self.body.currentData()
        self.body.clear()
        self.body.addItem(self.tr("(none)"), None)
        for body_id, name in bodies:
            self.body.addItem(name, body_id)
        self.body.setCurrentIndex(max(self.body.findData(current), 0))
        self._loading = False

    def load(
        self,
        item: models.AgendaItem | None,
        concerns: list[tuple[str, str, str, str]],
        outcome: models.Outcome | None,
    ) -> None:
        """Show `item`; `concerns` are (id, title, municipality, status)."""
        values = (
            {
                "title": item.title,
                "national_question": item.national_question,
                "description": item.description,
                "reference_links": item.reference_links,
            }
            if item
            else {}
        )
        self.group.load(item.id if item else None, values)
        self._loading = True
        self.body.setCurrentIndex(max(self.body.findData(item.body_id if item else None), 0))
        self.body.setEnabled(item is not None and not self.ctx.read_only)
        self._loading = False
        self.concerns.clear()
        for cid, title, municipality, status in concerns:
            status_text = code_label(ConcernStatus, status)
            entry = QListWidgetItem(title)
            entry.setData(ID_ROLE, cid)
            entry.setData(STATUS_ROLE, (status, status_text))
            entry.setData(SUPPORT_ROLE, municipality)
            entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {municipality}, {status_text}")
            entry.setToolTip(title)
            self.concerns.addItem(entry)
        if not concerns and item is not None:
            self.concerns.addItem(QListWidgetItem(self.tr("No concerns linked yet.")))
        self.link_button.setEnabled(item is not None and not self.ctx.read_only)
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: models.Outcome | None) -> None:
        if outcome is None:
            self.outcome.setText(escape(self.tr("No outcome recorded yet.")))
            return
        # Each label is translated before it goes into markup: the extractor does not read f-strings.
        parts = [(self.tr("Outcome"), outcome.decision)]
        if outcome.meaning:
            parts.append((self.tr("Meaning"), outcome.meaning))
        if outcome.follow_up:
            parts.append((self.tr("Follow-up"), outcome.follow_up))
        if outcome.review_on:
            parts.append((self.tr("Review"), format_date(outcome.review_on)))
        settled = code_label(ConcernStatus, outcome.concern_status)
        parts.append((self.tr("Concerns"), settled + (f" — {outcome.reason}" if outcome.reason else "")))
        self.outcome.setText(
            "<br/>".join(f"<b>{escape(label)}:</b> {escape(value)}" for label, value in parts)
        )

    def _body_changed(self) -> None:
        if not self._loading:
            self.body_chosen.emit(self.body.currentData())

    def flush(self) -> None:
        self.group.flush()
