"""The report-back (terugkoppeling): from ReportBackData to an A4 PDF for the region or one municipality."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from delegate_app.core.i18n import translate
from delegate_app.core.services.documents_data import AgendaEntry, ReportBackData
from delegate_app.core.services.labels import format_date, format_number
from delegate_app.documents import blocks
from delegate_app.documents import styles as S
from delegate_app.documents.briefing import marking
from delegate_app.documents.layout import Heading, Headings, PageSetup, render
from delegate_app.documents.text import markup


def build_report_back(
    data: ReportBackData,
    out: Path | io.BytesIO,
    *,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Write the report-back for `data` to `out`; returns the page count.

    A path is replaced only when the build succeeds.
    """
    sheet = S.stylesheet()
    m = data.meeting
    audience = data.municipality.name if data.municipality else m.region
    setup = PageSetup(
        title=translate("Document", "Report-back {meeting} for {audience}").format(
            meeting=m.title, audience=audience
        ),
        subject=translate(
            "Document", "Outcome of {meeting} on {date} and what it means for {audience}"
        ).format(meeting=m.title, date=format_date(m.held_on), audience=audience),
        author=m.delegate or m.region,
        language=data.language,
        running_title=translate("Document", "Report-back · {date}").format(date=format_date(m.held_on)),
        footer_text=f"{m.region} · {m.title}",
        marking=marking(data.provenance.include_confidential),
        marking_strong=True,
        organisation=m.region,
        keywords=(translate("Document", "report-back"), "Landelijk ICT Beraad", audience),
    )
    return render(out, setup, _story(data, sheet), progress=progress)


def _story(data: ReportBackData, sheet: Any) -> list[Flowable]:
    heading = Headings(sheet)
    body: list[Flowable] = []
    for entry in data.items:
        body += [PageBreak(), *_item(entry, data, sheet, heading)]
    if data.municipality is not None:
        body += [PageBreak(), *_own_concerns(data, sheet, heading)]
    title = translate("Document", "Colophon")
    p = data.provenance
    body += [
        Spacer(1, 12),
        heading(title, "H2", "colophon", section=title),
        Paragraph(
            markup(
                translate(
                    "Document",
                    "Made on {when} with Regiostem {version} from the store {store}. {sources}",
                ).format(
                    when=p.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
                    version=p.app_version,
                    store=p.store_path,
                    sources=p.sources,
                )
            ),
            sheet["Small"],
        ),
    ]
    contents = translate("Document", "Contents")
    return [
        *_cover(data, sheet),
        NextPageTemplate("body"),
        PageBreak(),
        Heading(contents, sheet["H1"], key="contents", toc=False, section=contents),
        heading.contents(),
        *body,
    ]


def _cover(data: ReportBackData, sheet: Any) -> list[Flowable]:
    m = data.meeting
    facts = [
        (translate("Document", "Meeting"), m.title),
        (translate("Document", "Date"), format_date(m.held_on)),
        (translate("Document", "Place"), m.place or "–"),
        (translate("Document", "Region"), m.region),
        (translate("Document", "Delegate"), m.delegate or "–"),
        (translate("Document", "Date of this report-back"), format_date(data.provenance.generated_at.date())),
    ]
    if data.municipality is not None:
        facts.insert(
            0,
            (
                translate("Document", "For"),
                translate("Document", "{name} ({code}, {inhabitants} inhabitants)").format(
                    name=data.municipality.name,
                    code=data.municipality.gm_code,
                    inhabitants=format_number(data.municipality.inhabitants),
                ),
            ),
        )
        lead = translate(
            "Document",
            "What the national meeting decided, how the region's position fared, "
            "and what became of the concerns your municipality raised.",
        )
    else:
        lead = translate(
            "Document",
            "What the national meeting decided, how the region's position fared, "
            "and what it means for the municipalities of the region.",
        )
    return [
        Paragraph(markup(translate("Document", "Report-back")), sheet["CoverKicker"]),
        Paragraph(markup(m.title, limit=200), sheet["CoverTitle"]),
        Paragraph(markup(lead), sheet["CoverSubtitle"]),
        blocks.facts_table(facts, sheet),
    ]


def _item(entry: AgendaEntry, data: ReportBackData, sheet: Any, heading: Headings) -> list[Flowable]:
    key = f"item{entry.number}"
    title = translate("Document", "Agenda item {number}").format(number=entry.number)
    story: list[Flowable] = [
        Paragraph(markup(title), sheet["Kicker"]),
        heading(entry.title, "H1", key, section=f"{title} · {entry.title}", prefix=f"{entry.number}. "),
    ]
    story += blocks.labelled_text(translate("Document", "National question"), entry.national_question, sheet)
    story.append(heading(translate("Document", "Outcome"), "H2", f"{key}out", level=1, toc=False))
    story += blocks.outcome_blocks(entry.outcome, sheet)
    story.append(
        heading(translate("Document", "The region's position"), "H2", f"{key}pos", level=1, toc=False)
    )
    if entry.position is None:
        story.append(
            Paragraph(
                markup(translate("Document", "The region took no position on this item.")), sheet["Body"]
            )
        )
    else:
        story.append(
            blocks.callout(
                entry.position.core_position,
                sheet,
                title=translate("Document", "Core position ({status})").format(
                    status=entry.position.status_label
                ),
            )
        )
        story += blocks.labelled_text(
            translate("Document", "Minority note"), entry.position.minority_note, sheet
        )
    if entry.own_response is not None and data.municipality is not None:
        story += [
            Paragraph(markup(translate("Document", "Your municipality's response")), sheet["Label"]),
            Paragraph(
                markup(entry.own_response.grade_label)
                + (f" – {markup(entry.own_response.note)}" if entry.own_response.note else ""),
                sheet["Body"],
            ),
        ]
    if entry.support is not None:
        story += blocks.support_blocks(entry.support, sheet, heading, key)
    if entry.evidence:
        story += heading.above_table(
            translate("Document", "Concerns behind this item"), "H2", f"{key}ev", level=1, toc=False
        )
        story.append(blocks.concern_table(entry.evidence, sheet, describe=False, show_fate=True))
    return story


def _own_concerns(data: ReportBackData, sheet: Any, heading: Headings) -> list[Flowable]:
    assert data.municipality is not None
    title = translate("Document", "The concerns of {name}").format(name=data.municipality.name)
    story: list[Flowable] = [heading(title, "H1", "own", section=title)]
    if not data.own_concerns:
        story.append(
            Paragraph(markup(translate("Document", "Your municipality raised no concerns.")), sheet["Body"])
        )
    else:
        story.append(
            Paragraph(
                markup(
                    translate("Document", "The one concern your municipality raised, with what became of it.")
                    if len(data.own_concerns) == 1
                    else translate(
                        "Document", "All {count} concerns your municipality raised, with what became of each."
                    ).format(count=len(data.own_concerns))
                ),
                sheet["Small"],
            )
        )
        story.append(blocks.concern_table(data.own_concerns, sheet, show_fate=True))
    left_out = data.provenance.confidential_left_out
    if left_out and not data.provenance.include_confidential:
        story.append(
            Paragraph(
                markup(
                    translate("Document", "1 concern marked confidential is not listed in this document.")
                    if left_out == 1
                    else translate(
                        "Document", "{count} concerns marked confidential are not listed in this document."
                    ).format(count=left_out)
                ),
                sheet["Small"],
            )
        )
    return story
