"""The weighing beside a position: tallies, quorum, the verdict with its rule, and every objection by name."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from delegate_app.core.i18n import by_count
from delegate_app.core.models import Grade
from delegate_app.core.services import weighing
from delegate_app.core.services.labels import format_number
from delegate_app.core.services.positions import ResponseRow
from delegate_app.ui.positions.tally_bars import BarPart, TallyPanel

SMALL = "color: palette(placeholder-text); font-size: 9pt;"


def _section_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    font = title.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.05)
    title.setFont(font)
    return title


class WeighingPanel(QScrollArea):
    """Always beside the editor, so support and dissent are in view whatever tab is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(260)
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 4, 8, 8)
        layout.setSpacing(10)
        self.heading = _section_title("", body)
        self.by_count = TallyPanel(body)
        self.by_inhabitants = TallyPanel(body)
        self.quorum = QLabel(body)
        self.quorum.setWordWrap(True)
        self.quorum_how = QLabel(body)
        self.quorum_how.setWordWrap(True)
        self.quorum_how.setStyleSheet(SMALL)
        self.verdict = QLabel(body)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setObjectName("verdict")
        self.rule = QLabel(body)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(SMALL)
        self.objections_title = _section_title("", body)
        self.objections = QLabel(body)
        self.objections.setWordWrap(True)
        self.objections.setTextFormat(Qt.TextFormat.RichText)
        self.objections.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Dissent comes right after the tallies, before the verdict: it is never below the fold.
        for widget in (
            self.heading,
            self.by_count,
            self.by_inhabitants,
            self.objections_title,
            self.objections,
            self.quorum,
            self.quorum_how,
            self.verdict,
            self.rule,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        for plain in (self.quorum, self.quorum_how, self.rule):
            plain.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Support in the region"))
        self.objections_title.setText(self.tr("Objections and reservations"))
        self.setAccessibleName(self.tr("Weighing of the position"))
        self.objections.setAccessibleName(self.tr("Objections and reservations"))
        self.quorum_how.setAccessibleName(self.tr("How the quorum is computed"))

    def show_weighing(
        self, tally: weighing.Tally | None, verdict: weighing.Verdict | None, rows: list[ResponseRow]
    ) -> None:
        if tally is None or verdict is None:
            for widget in (self.by_count, self.by_inhabitants):
                widget.show_tally("", "", [], "")
            self.quorum.setText("")
            self.quorum_how.setText("")
            self.verdict.setText("")
            self.rule.setText("")
            self.objections.setText("")
            return
        parts_count = [
            BarPart(g.value, f.count, f"{f.count} ({f.by_count.percent()})") for g, f in tally.grades.items()
        ]
        parts_inh = [
            BarPart(g.value, f.inhabitants, f"{f.by_inhabitants.percent()}") for g, f in tally.grades.items()
        ]
        self.by_count.show_tally(
            self.tr("By number of municipalities"),
            by_count(tally.support.count, self.tr("1 of {m} supports"), self.tr("{n} of {m} support")).format(
                n=tally.support.count, m=tally.members
            ),
            parts_count,
            tally.support.count_explanation,
        )
        self.by_inhabitants.show_tally(
            self.tr("By inhabitants"),
            self.tr("{share} support").format(share=tally.support.by_inhabitants.percent()),
            parts_inh,
            tally.support.inhabitants_explanation,
        )
        quorum_check = next((c for c in verdict.checks if c.key == "quorum"), None)
        mark = "✓" if quorum_check and quorum_check.passed else "✗"
        self.quorum.setText(
            self.tr("{mark} Responses in: {part} of {whole} ({percent})").format(
                mark=mark, part=tally.quorum.part, whole=tally.quorum.whole, percent=tally.quorum.percent()
            )
        )
        self.quorum.setToolTip(quorum_check.text if quorum_check else "")
        self.quorum_how.setText(tally.quorum_explanation)
        self.quorum_how.setToolTip(tally.definitions)
        self.quorum.setToolTip(f"{self.quorum.toolTip()}\n\n{tally.definitions}".strip())
        self._show_verdict(verdict)
        self._show_dissent(rows)

    def _show_verdict(self, verdict: weighing.Verdict) -> None:
        if verdict.can_adopt:
            head = self.tr("Can be adopted under the rule")
            colour, background = "#1e5e38", "#e6f2ea"
        else:
            head = self.tr("Cannot be adopted yet")
            colour, background = "#7a4b00", "#fbf1dc"
        lines = "".join(
            f"<div style='margin-top:3px'>{'✓' if c.passed else '✗'} {escape(c.text)}</div>"
            for c in verdict.checks
        )
        self.verdict.setText(f"<div style='font-weight:600; color:{colour}'>{escape(head)}</div>{lines}")
        self.verdict.setStyleSheet(
            f"QLabel#verdict {{ background: {background}; border-radius: 6px; padding: 8px; color: #24292f; }}"
        )
        self.verdict.setAccessibleName(head)
        self.rule.setText(self.tr("Rule: {rule}").format(rule=verdict.rule_text))

    def _show_dissent(self, rows: list[ResponseRow]) -> None:
        # Objections first and always by name; reservations after them.
        lines: list[str] = []
        for grade, colour in ((Grade.OBJECTION, "#a93226"), (Grade.SUPPORT_WITH_RESERVATION, "#4d6b2f")):
            for row in rows:
                if row.grade is not grade or not row.is_member:
                    continue
                note = f" — {escape(row.note)}" if row.note else ""
                lines.append(
                    f"<div style='margin-bottom:4px'><span style='color:{colour}; font-weight:600'>"
                    f"{escape(row.grade_label)}</span>: {escape(row.municipality)} "
                    f"<span style='color:#6a737d'>({escape(format_number(row.inhabitants))})</span>{note}</div>"
                )
        self.objections.setText("".join(lines) if lines else escape(self.tr("None.")))
