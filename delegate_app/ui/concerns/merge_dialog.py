"""Merging duplicate concerns: choose the one that stays, see the combined breadth first, merge as one undo step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.errors import DelegateAppError
from delegate_app.core.services import concerns, merge
from delegate_app.ui.concerns.table_model import format_breadth
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext


@dataclass(frozen=True)
class Candidate:
    id: str
    title: str
    municipality: str
    municipalities: int
    inhabitants: int


def read_candidates(ctx: AppContext, concern_ids: list[str]) -> list[Candidate]:
    """The concerns to merge with their breadth, widest first (the natural one to keep)."""
    with ctx.store.reader() as session:
        found = concerns.breadth_many(session, concern_ids)
        result = []
        for concern_id in concern_ids:
            c = concerns.get_concern(session, concern_id)
            m = session.get(models.Municipality, c.municipality_id)
            b = found.get(concern_id)
            result.append(
                Candidate(
                    c.id,
                    c.title,
                    m.name if m else "",
                    b.municipalities if b else 1,
                    b.inhabitants if b else 0,
                )
            )
    return sorted(result, key=lambda c: (-c.municipalities, -c.inhabitants))


def merge_concerns(ctx: AppContext, source_ids: list[str], target_id: str, text: str) -> None:
    """Merge as one undoable step; undo unmerges every source again."""

    def undo(session: Any) -> None:
        for source_id in source_ids:
            merge.unmerge(session, source_id)

    perform(ctx, text, lambda s: merge.merge(s, source_ids, target_id), undo, ids=[target_id, *source_ids])


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class MergeDialog(QDialog):
    """Emits `merged(target_id)` after the merge was stored."""

    merged = Signal(str)

    def __init__(self, ctx: AppContext, concern_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumWidth(620)
        self.candidates = read_candidates(ctx, concern_ids)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choice_label = QLabel()
        self.group = QButtonGroup(self)
        self.radios: list[QRadioButton] = []
        choices = QVBoxLayout()
        choices.setSpacing(2)
        for i, c in enumerate(self.candidates):
            radio = QRadioButton(_elide(c.title, 90))
            radio.setToolTip(c.title)
            radio.setAccessibleName(c.title)
            detail = QLabel(f"{c.municipality} · {format_breadth(c.municipalities, c.inhabitants)}")
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setContentsMargins(26, 0, 0, 6)
            detail.setStyleSheet("color: palette(placeholder-text);")
            self.group.addButton(radio, i)
            self.radios.append(radio)
            choices.addWidget(radio)
            choices.addWidget(detail)
        if self.radios:
            self.radios[0].setChecked(True)
        self.group.idToggled.connect(self._choice_toggled)
        box = QFrame()
        box.setObjectName("previewBox")
        box.setStyleSheet(
            "QFrame#previewBox { background: #eef4fb; border: 1px solid #c8d9ee; border-radius: 6px; }"
        )
        self.preview_form = QFormLayout(box)
        self.preview_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.preview_labels = {key: QLabel() for key in ("stays", "merged", "before", "after", "added")}
        self.preview_values = {key: QLabel() for key in self.preview_labels}
        for key, label in self.preview_labels.items():
            value = self.preview_values[key]
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self.preview_form.addRow(label, value)
        strong = QFont(self.preview_values["after"].font())
        strong.setWeight(QFont.Weight.DemiBold)
        self.preview_values["after"].setFont(strong)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #9b1c1c;")
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setDefault(True)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.choice_label)
        layout.addLayout(choices)
        layout.addWidget(box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Merge concerns"))
        self.heading.setText(self.tr("Merge {count} concerns into one").format(count=len(self.candidates)))
        self.intro.setText(
            self.tr(
                "Nothing is lost: every concern keeps its own text, municipality and recognitions, and the "
                "merge can be undone later (Unmerge in the editor)."
            )
        )
        self.choice_label.setText(self.tr("Which concern stays?"))
        captions = {"stays": self.tr("Stays"), "merged": self.tr("Merged into it"), "before": self.tr("Breadth now"),
                    "after": self.tr("After merging"), "added": self.tr("Municipalities added")}  # fmt: skip
        for key, text in captions.items():
            self.preview_labels[key].setText(text + ":")
        self.merge_button.setText(self.tr("&Merge"))
        self.merge_button.setAccessibleName(self.tr("Merge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.update_preview()

    def _choice_toggled(self, _id: int, on: bool) -> None:
        if on:
            self.update_preview()

    def target_id(self) -> str | None:
        row = self.group.checkedId()
        return self.candidates[row].id if 0 <= row < len(self.candidates) else None

    def source_ids(self) -> list[str]:
        target = self.target_id()
        return [c.id for c in self.candidates if c.id != target]

    def update_preview(self) -> None:
        target = self.target_id()
        if target is None:
            return
        try:
            with self.ctx.store.reader() as session:
                preview = merge.preview_merge(session, self.source_ids(), target)
                added = sorted(
                    m.name
                    for m in (session.get(models.Municipality, i) for i in preview.added_municipality_ids)
                    if m
                )
        except DelegateAppError as exc:
            for value in self.preview_values.values():
                value.setText("")
            self.error.setText(str(exc))
            self.error.show()
            self.merge_button.setEnabled(False)
            return
        self.error.hide()
        self.merge_button.setEnabled(not self.ctx.read_only)
        values = self.preview_values
        values["stays"].setText(preview.target.title)
        values["merged"].setText("\n".join(s.title for s in preview.sources))
        values["before"].setText(format_breadth(preview.before.municipalities, preview.before.inhabitants))
        values["after"].setText(format_breadth(preview.after.municipalities, preview.after.inhabitants))
        values["added"].setText(", ".join(added) if added else self.tr("none (all already counted)"))

    def accept(self) -> None:
        target = self.target_id()
        if target is None:
            return
        try:
            merge_concerns(
                self.ctx,
                self.source_ids(),
                target,
                self.tr("merge of {count} concerns").format(count=len(self.candidates)),
            )
        except DelegateAppError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.merged.emit(target)
        super().accept()
