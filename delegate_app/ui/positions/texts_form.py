"""The texts of a position, each saved as you type: core position, explanation (Markdown), red lines and more."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from delegate_app.core.i18n import by_count
from delegate_app.core.services import positions
from delegate_app.core.services.labels import position_field_label
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.autosave import BindingGroup, FieldBinding
from delegate_app.ui.positions.editor import GrowingTextEdit, MarkdownEditor

HINT = "color: palette(placeholder-text); font-size: 9pt;"
WARN = "color: #8a5300; font-size: 9pt; font-weight: 600;"

# (field, lines, grid row of its label, column, column span) of the plain text fields; the
# field goes in the row below its label. Title is row 0, the explanation row 5.
_PLAIN = (
    ("core_position", 2, 2, 0, 2),
    ("red_lines", 3, 7, 0, 1),
    ("talking_points", 3, 7, 1, 1),
    ("mandate", 3, 9, 0, 1),
    ("fallback", 3, 9, 1, 1),
    ("minority_note", 3, 11, 0, 2),
)
CORE_HINT_ROW, EXPLANATION_ROW, MINORITY_HINT_ROW = 4, 5, 13


def sentence_count(text: str) -> int:
    return len([part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part.strip()])


def _save(field: str):  # type: ignore[no-untyped-def]
    def save(session: Session, position_id: str, value: str) -> object:
        return positions.update_texts(session, position_id, **{field: value})

    return save


class PositionTexts(QScrollArea):
    """The editor of one position's texts; `load()` shows a position, `flush()` saves what is pending."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        self.setWidget(body)
        # Locked texts look like text to read, not fields to type in.
        body.setStyleSheet(
            'QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] { background: palette(window); }'
        )
        self.group = BindingGroup()
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.locked_banner = QLabel(body)
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setStyleSheet(
            "background: #eef3f8; border: 1px solid #c9d6e3; border-radius: 5px; padding: 6px 8px;"
        )
        self.locked_banner.hide()
        self.title = QLineEdit(body)
        self._field(grid, body, "title", self.title, 0, 0, 2)
        self.core_hint = QLabel(body)
        self.explanation = MarkdownEditor(body)
        self.explanation.setMinimumHeight(190)
        for field, lines, row, column, span in _PLAIN:
            box = GrowingTextEdit(body, min_lines=lines, max_lines=12)
            self._field(grid, body, field, box, row, column, span)
        self._field(
            grid, body, "explanation", self.explanation, EXPLANATION_ROW, 0, 2, bound=self.explanation.source
        )
        self.core_hint.setStyleSheet(HINT)
        grid.addWidget(self.core_hint, CORE_HINT_ROW, 0, 1, 2)
        self.minority_hint = QLabel(body)
        self.minority_hint.setWordWrap(True)
        self.minority_hint.setStyleSheet(WARN)
        self.minority_hint.hide()
        grid.addWidget(self.minority_hint, MINORITY_HINT_ROW, 0, 1, 2)
        core = self.widgets["core_position"]
        assert isinstance(core, QPlainTextEdit)
        core.textChanged.connect(self._update_core_hint)
        minority = self.widgets["minority_note"]
        assert isinstance(minority, QPlainTextEdit)
        minority.textChanged.connect(self._update_minority_hint)
        self.objections = 0
        outer = QVBoxLayout(body)
        outer.setContentsMargins(2, 8, 8, 8)
        outer.addWidget(self.locked_banner)
        outer.addLayout(grid)
        outer.addStretch(1)
        # Reading order: title, core position, explanation, then the rest row by row.
        order = [self.title, core, self.explanation.source] + [self.widgets[f] for f, *_ in _PLAIN[1:]]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def _field(
        self,
        grid: QGridLayout,
        body: QWidget,
        field: str,
        widget: QWidget,
        row: int,
        column: int,
        span: int,
        bound: QWidget | None = None,
    ) -> None:
        label = QLabel(body)
        label.setBuddy(bound or widget)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        grid.addWidget(label, row, column, 1, span)
        # Top-aligned, so a field beside a longer one does not float in the middle of its row.
        grid.addWidget(widget, row + 1, column, 1, span, Qt.AlignmentFlag.AlignTop)
        self.labels[field] = label
        self.widgets[field] = widget
        self.group.add(
            field,
            FieldBinding(
                self.ctx, bound or widget, _save(field), position_field_label(field), entity="position"
            ),
        )

    def retranslate(self) -> None:
        for field, label in self.labels.items():
            label.setText(position_field_label(field))
            target = self.explanation.source if field == "explanation" else self.widgets[field]
            target.setAccessibleName(position_field_label(field))
        self.explanation.retranslate()
        self.explanation.source.setAccessibleName(position_field_label("explanation"))
        placeholders = {
            "core_position": self.tr("The region's position in one or two sentences."),
            "red_lines": self.tr("What the region cannot accept, one per line."),
            "talking_points": self.tr("Points to make at the meeting, one per line."),
            "mandate": self.tr("How far the delegate may move without asking the region again."),
            "fallback": self.tr("What the delegate settles for if the position does not carry."),
            "minority_note": self.tr(
                "Where municipalities differ, and why. Required when there is an objection."
            ),
        }
        for field, text in placeholders.items():
            widget = self.widgets[field]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlaceholderText(text)
        self.title.setPlaceholderText(self.tr("Title of the position"))
        self.setAccessibleName(self.tr("Texts of the position"))
        self._update_core_hint()
        self._update_minority_hint()

    # ------------------------------------------------------------------ data

    def load(
        self, position_id: str | None, values: dict[str, str], locked: bool, locked_text: str = ""
    ) -> None:
        self.group.load(position_id, values)
        for binding in self.group.bindings.values():
            binding.set_locked(locked)
        self.explanation.render_now()
        self.locked_banner.setText(locked_text)
        self.locked_banner.setVisible(bool(locked and locked_text))

    def set_objections(self, count: int) -> None:
        self.objections = count
        self._update_minority_hint()

    def flush(self) -> None:
        self.group.flush()

    def _update_core_hint(self) -> None:
        core = self.widgets.get("core_position")
        if not isinstance(core, QPlainTextEdit):
            return
        n = sentence_count(core.toPlainText())
        self.core_hint.setText(
            by_count(
                n,
                self.tr("1 sentence; one or two make the clearest core position."),
                self.tr("{n} sentences; one or two make the clearest core position."),
            ).format(n=n)
        )
        self.core_hint.setStyleSheet(WARN if n > 2 else HINT)

    def _update_minority_hint(self) -> None:
        minority = self.widgets.get("minority_note")
        if not isinstance(minority, QPlainTextEdit):
            return
        missing = self.objections > 0 and not minority.toPlainText().strip()
        self.minority_hint.setText(
            by_count(
                self.objections,
                self.tr(
                    "1 municipality objects: describe its view here; without it the position cannot be adopted."
                ),
                self.tr(
                    "{n} municipalities object: describe their view here; without it the position cannot be "
                    "adopted."
                ),
            ).format(n=self.objections)
        )
        self.minority_hint.setVisible(missing)
