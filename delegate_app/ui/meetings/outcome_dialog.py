"""Recording the national outcome of an agenda item, and what it settles for the region's concerns."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.errors import DelegateAppError
from delegate_app.core.models import ConcernStatus
from delegate_app.core.services import meetings, outcomes
from delegate_app.core.services.labels import code_label
from delegate_app.ui.context import AppContext
from delegate_app.ui.positions.a11y import label_form_rows


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class OutcomeDialog(QDialog):
    """Decision, meaning, follow-up, review date, and answered/closed with a reason for the concerns."""

    def __init__(self, ctx: AppContext, agenda_item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.agenda_item_id = agenda_item_id
        with ctx.store.reader() as session:
            item = meetings.get_agenda_item(session, agenda_item_id)
            self.item_title = item.title
            existing = outcomes.outcome_for(session, agenda_item_id)
            affected = [(c.title, c.status) for c in outcomes.affected_concerns(session, agenda_item_id)]
        self.decision = _text_box(self, 3)
        self.meaning = _text_box(self, 3)
        self.follow_up = _text_box(self, 2)
        self.has_review = QCheckBox(self)
        self.review_on = QDateEdit(self)
        self.review_on.setCalendarPopup(True)
        self.review_on.setDisplayFormat("dd-MM-yyyy")
        self.review_on.setEnabled(False)
        self.has_review.toggled.connect(self.review_on.setEnabled)
        self.answered = QRadioButton(self)
        self.closed = QRadioButton(self)
        self.settle_group = QButtonGroup(self)
        self.settle_group.addButton(self.answered)
        self.settle_group.addButton(self.closed)
        self.answered.setChecked(True)
        self.reason = QLineEdit(self)
        self.affected = QLabel(self)
        self.affected.setWordWrap(True)
        self.affected_list = affected
        review = QHBoxLayout()
        review.addWidget(self.has_review)
        review.addWidget(self.review_on)
        review.addStretch(1)
        settle = QHBoxLayout()
        settle.addWidget(self.answered)
        settle.addWidget(self.closed)
        settle.addStretch(1)
        self.form = QFormLayout()
        for field in (self.decision, self.meaning, self.follow_up, review, settle, self.reason):
            self.form.addRow(QLabel(self), field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.affected)
        layout.addWidget(self.buttons)
        default_review = date.today() + timedelta(days=90)
        self.review_on.setDate(QDate(default_review.year, default_review.month, default_review.day))
        if existing is not None:
            self.decision.setPlainText(existing.decision)
            self.meaning.setPlainText(existing.meaning)
            self.follow_up.setPlainText(existing.follow_up)
            if existing.review_on:
                self.has_review.setChecked(True)
                d = existing.review_on
                self.review_on.setDate(QDate(d.year, d.month, d.day))
            self.closed.setChecked(existing.concern_status == ConcernStatus.CLOSED.value)
            self.reason.setText(existing.reason)
        self.resize(640, 560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outcome of “{title}”").format(title=self.item_title))
        labels = [
            (self.decision, self.tr("&Decision:"), self.tr("Decision")),
            (self.meaning, self.tr("&Meaning for municipalities:"), self.tr("Meaning for municipalities")),
            (self.follow_up, self.tr("&Follow-up:"), self.tr("Follow-up")),
            (self.has_review, self.tr("Review:"), self.tr("Review on a date")),
            (self.answered, self.tr("Linked concerns:"), self.tr("Linked concerns become answered")),
            (self.reason, self.tr("&Reason:"), self.tr("Reason shown in the report-back")),
        ]
        label_form_rows(self.form, labels)
        self.has_review.setText(self.tr("Review on"))
        self.review_on.setAccessibleName(self.tr("Review date"))
        self.answered.setText(code_label(ConcernStatus, ConcernStatus.ANSWERED.value))
        self.closed.setText(code_label(ConcernStatus, ConcernStatus.CLOSED.value))
        self.closed.setAccessibleName(self.tr("Linked concerns become closed"))
        self.reason.setPlaceholderText(
            self.tr("Why the concerns are answered or closed (defaults to the decision)")
        )
        if self.affected_list:
            items = "".join(
                f"<li>{escape(title)} <span style='color:#6a737d'>({escape(code_label(ConcernStatus, status))})"
                "</span></li>"
                for title, status in self.affected_list
            )
            self.affected.setText(
                escape(
                    self.tr("This concern will move to the chosen status:")
                    if len(self.affected_list) == 1
                    else self.tr("These {n} concerns will move to the chosen status:").format(
                        n=len(self.affected_list)
                    )
                )
                + f"<ul style='margin-top:2px'>{items}</ul>"
            )
        else:
            self.affected.setText(self.tr("No concerns are linked to this agenda item."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record outcome"))

    def accept(self) -> None:
        review = self.review_on.date().toPython() if self.has_review.isChecked() else None
        status = ConcernStatus.CLOSED if self.closed.isChecked() else ConcernStatus.ANSWERED
        try:
            with self.ctx.store.session() as session:
                outcomes.record_outcome(
                    session,
                    self.agenda_item_id,
                    self.decision.toPlainText(),
                    meaning=self.meaning.toPlainText(),
                    follow_up=self.follow_up.toPlainText(),
                    review_on=review,  # type: ignore[arg-type]
                    concern_status=status,
                    reason=self.reason.text(),
                    author=self.ctx.actor,
                )
        except DelegateAppError as exc:
            QMessageBox.warning(self, self.tr("Outcome not recorded"), str(exc))
            return
        for entity in ("outcome", "position", "concern", "meeting"):
            self.ctx.notify(entity, [self.agenda_item_id] if entity == "outcome" else [])
        self.ctx.status.emit(self.tr("Outcome recorded"))
        super().accept()
