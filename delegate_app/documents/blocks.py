"""Building blocks both documents share: fact tables, position texts, support, responses, concerns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from delegate_app.core.i18n import translate
from delegate_app.core.services.documents_data import (
    ConcernLine,
    OutcomeText,
    PositionText,
    ResponseLine,
    SupportFigures,
)
from delegate_app.core.services.labels import format_date, format_number, format_percent
from delegate_app.documents import styles as S
from delegate_app.documents.charts import support_chart
from delegate_app.documents.layout import Headings
from delegate_app.documents.text import font, markdown_flowables, markup

DESCRIPTION_LIMIT = 900  # characters of a concern's description in a table cell
NOTE_LIMIT = 600


def facts_table(rows: Sequence[tuple[str, str]], sheet: Any, *, label_width: float = 38 * S.MM) -> Table:
    """Label/value pairs, e.g. the cover's facts; values are plain user text (escaped here)."""
    data = [
        [
            Paragraph(markup(label), sheet["CoverFactLabel"]),
            Paragraph(markup(value) or "–", sheet["CoverFact"]),
        ]
        for label, value in rows
    ]
    table = Table(data, colWidths=[label_width, None], hAlign="LEFT")
    table.setStyle(
        S.plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, S.RULE),
            ]
        )
    )
    return table


def callout(text: str, sheet: Any, *, title: str = "") -> Table:
    """A tinted box with an accent bar: the core position, or the decision of an outcome."""
    content: list[Flowable] = []
    if title:
        content.append(Paragraph(markup(title), sheet["Kicker"]))
    content += markdown_flowables(text, {**_sheet_dict(sheet), "Body": sheet["Core"]}, breaks=True) or [
        Paragraph("–", sheet["Core"])
    ]
    table = Table([[content]], colWidths=["100%"], splitInRow=1)
    table.setStyle(
        S.plain_table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), S.TINT),
                ("LINEBEFORE", (0, 0), (0, -1), 3, S.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _sheet_dict(sheet: Any) -> dict[str, Any]:
    return {name: sheet[name] for name in sheet.byName}


def labelled_text(label: str, text: str, sheet: Any, *, prose: bool = False) -> list[Flowable]:
    """A small coloured label above a Markdown text; nothing when the text is empty.

    Short fields keep their line breaks; `prose` (the explanation) flows as Markdown does.
    """
    body = markdown_flowables(text, sheet, breaks=not prose)
    if not body:
        return []
    return [Paragraph(markup(label), sheet["Label"]), *body]


def position_blocks(position: PositionText, sheet: Any) -> list[Flowable]:
    """Kernstandpunt in a box, then the explanation, red lines, mandate, fallback, minority note, talking points."""
    status = translate("Document", "Status: {status} · version {version}").format(
        status=position.status_label, version=position.version
    )
    story: list[Flowable] = [
        Paragraph(markup(position.title), sheet["H3"]),
        Paragraph(markup(status), sheet["Small"]),
        Spacer(1, 3),
        callout(position.core_position, sheet, title=translate("Document", "Core position")),
    ]
    story += labelled_text(
        translate("Document", "Explanation and arguments"), position.explanation, sheet, prose=True
    )
    for label, text in (
        (translate("Document", "Red lines"), position.red_lines),
        (translate("Document", "Mandate"), position.mandate),
        (translate("Document", "Fallback position"), position.fallback),
        (translate("Document", "Minority note"), position.minority_note),
        (translate("Document", "Talking points"), position.talking_points),
    ):
        story += labelled_text(label, text, sheet)
    return story


def support_blocks(support: SupportFigures, sheet: Any, heading: Headings, key: str) -> list[Flowable]:
    """An agenda item's "Support in the region": heading, chart, figures per grade and the verdict.

    Heading, chart and table stay on one page; `key` makes the heading's anchor unique.
    """
    head = [
        translate("Document", "Response"),
        translate("Document", "Municipalities"),
        translate("Document", "Share"),
        translate("Document", "Inhabitants"),
        translate("Document", "Share"),
    ]
    rows: list[list[Any]] = [
        [Paragraph(markup(h), sheet["CellHead" if i == 0 else "CellHeadRight"]) for i, h in enumerate(head)]
    ]
    for share in (*support.grades, support.support):
        bold = share is support.support
        rows.append(
            [
                Paragraph(markup(share.label), sheet["CellBold" if bold else "Cell"]),
                Paragraph(str(share.count), sheet["CellRight"]),
                Paragraph(format_percent(share.share_count), sheet["CellRight"]),
                Paragraph(format_number(share.inhabitants), sheet["CellRight"]),
                Paragraph(format_percent(share.share_inhabitants), sheet["CellRight"]),
            ]
        )
    table = Table(rows, colWidths=[None, 28 * S.MM, 20 * S.MM, 30 * S.MM, 20 * S.MM], repeatRows=1)
    style = S.table_style(rows=len(rows))
    style.add("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.75, S.PRIMARY)
    for i, share in enumerate(support.grades, start=1):
        style.add("LINEBEFORE", (0, i), (0, i), 4, S.GRADE_COLOURS.get(share.grade, S.MUTED))
    table.setStyle(style)
    verdict_style = sheet["Body"]
    if support.can_adopt:
        verdict = translate("Document", "Under the region's rule this position can be adopted.")
    else:
        verdict = translate("Document", "Under the region's rule this position cannot be adopted yet:") + " "
        verdict += " ".join(support.verdict_reasons)
    table.spaceBefore = 6
    table.spaceAfter = 5
    title = heading(translate("Document", "Support in the region"), "H2", f"{key}sup", level=1, toc=False)
    return [
        KeepTogether([title, support_chart(support), table]),
        Paragraph(markup(support.summary), verdict_style),
        Paragraph(markup(verdict), sheet["Small"]),
    ]


def response_table(responses: Sequence[ResponseLine], sheet: Any) -> Table:
    """Every municipality's response; long tables repeat their header, tall rows split."""
    head = [
        translate("Document", "Municipality"),
        translate("Document", "Inhabitants"),
        translate("Document", "Response"),
        translate("Document", "Note"),
    ]
    rows: list[list[Any]] = [
        [Paragraph(markup(h), sheet["CellHeadRight" if i == 1 else "CellHead"]) for i, h in enumerate(head)]
    ]
    style = S.table_style(rows=len(responses) + 1)
    for i, r in enumerate(responses, start=1):
        name = markup(r.municipality)
        if not r.member:
            note = markup(translate("Document", "no longer a member; not counted"))
            name += " " + font(f"({note})", color=S.MUTED, size=7)
        rows.append(
            [
                Paragraph(name, sheet["Cell"]),
                Paragraph(format_number(r.inhabitants), sheet["CellRight"]),
                Paragraph(markup(r.grade_label), sheet["CellBold"]),
                Paragraph(markup(r.note, limit=NOTE_LIMIT), sheet["CellMuted"]),
            ]
        )
        style.add("LINEBEFORE", (2, i), (2, i), 4, S.GRADE_COLOURS.get(r.grade, S.MUTED))
    table = Table(rows, colWidths=[44 * S.MM, 25 * S.MM, 36 * S.MM, None], repeatRows=1, splitInRow=1)
    table.setStyle(style)
    return table


def concern_table(
    concerns: Sequence[ConcernLine],
    sheet: Any,
    *,
    describe: bool = True,
    show_fate: bool = False,
) -> Table:
    """Concerns with municipality, breadth and status; descriptions shortened, confidential ones marked."""
    head = [
        translate("Document", "Concern"),
        translate("Document", "Municipality"),
        translate("Document", "Breadth"),
        translate("Document", "What became of it") if show_fate else translate("Document", "Status"),
    ]
    rows: list[list[Any]] = [[Paragraph(markup(h), sheet["CellHead"]) for h in head]]
    style = S.table_style(rows=len(concerns) + 1)
    for c in concerns:
        title = markup(c.title, limit=300)
        if c.confidential:
            title = font(markup(translate("Document", "[CONFIDENTIAL]")), color=S.CONFIDENTIAL) + " " + title
        cell: list[Flowable] = [Paragraph(title, sheet["CellBold"])]
        if describe and c.description:
            cell.append(Paragraph(markup(c.description, limit=DESCRIPTION_LIMIT), sheet["CellMuted"]))
        if describe and c.paragraph:
            used_for = markup(translate("Document", "Used for:"))
            cell.append(
                Paragraph(
                    f"<i>{used_for}</i> {markup(c.paragraph, limit=NOTE_LIMIT)}",
                    sheet["CellMuted"],
                )
            )
        breadth = translate("Document", "{count} mun.").format(count=c.municipalities)
        breadth += "<br/>" + translate("Document", "{count} inh.").format(count=format_number(c.inhabitants))
        status = markup(c.status_label)
        if show_fate:
            status = f"<b>{status}</b>"
            for extra in (c.fate, c.status_reason):
                if extra:
                    status += "<br/>" + font(markup(extra, limit=NOTE_LIMIT), color=S.MUTED, size=7.5)
        rows.append(
            [
                cell,
                Paragraph(markup(c.municipality), sheet["Cell"]),
                Paragraph(breadth, sheet["CellMuted"]),
                Paragraph(status, sheet["Cell"]),
            ]
        )
    widths = [None, 36 * S.MM, 22 * S.MM, (48 if show_fate else 26) * S.MM]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(style)
    return table


def outcome_blocks(outcome: OutcomeText | None, sheet: Any) -> list[Flowable]:
    """The national outcome: decision in a box, then its meaning, follow-up and review date."""
    if outcome is None:
        return [Paragraph(markup(translate("Document", "No outcome has been recorded yet.")), sheet["Small"])]
    story: list[Flowable] = [callout(outcome.decision, sheet, title=translate("Document", "Decision"))]
    for label, text in (
        (translate("Document", "What it means for municipalities"), outcome.meaning),
        (translate("Document", "Follow-up"), outcome.follow_up),
        (translate("Document", "Reason"), outcome.reason),
    ):
        story += labelled_text(label, text, sheet)
    if outcome.review_on:
        story += [
            Paragraph(markup(translate("Document", "Review date")), sheet["Label"]),
            Paragraph(markup(format_date(outcome.review_on)), sheet["Body"]),
        ]
    return story
