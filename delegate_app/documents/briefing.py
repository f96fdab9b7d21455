"""The briefing pack (vergaderdossier): from BriefingData to an A4 PDF; it never queries the store."""

from __future__ import annotations

import io
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from delegate_app.core.i18n import translate
from delegate_app.core.services.documents_data import (
    AgendaEntry,
    Attendance,
    BriefingData,
    Contact,
    ThemeGroup,
)
from delegate_app.core.services.labels import format_date
from delegate_app.documents import blocks
from delegate_app.documents import styles as S
from delegate_app.documents.layout import Heading, Headings, PageSetup, render
from delegate_app.documents.text import font, link, markup

ATTENDANCE_COLUMNS = 8  # the most recent sessions that fit across the page

# Parts an export may leave out; the cover, the contents and the colophon are always there.
SECTIONS = ("overview", "agenda", "open_concerns", "attendance", "contacts")


def marking(include_confidential: bool) -> str:
    return translate("Document", "CONFIDENTIAL") if include_confidential else ""


def build_briefing(
    data: BriefingData,
    out: Path | io.BytesIO,
    *,
    progress: Callable[[float], None] | None = None,
    sections: Collection[str] = SECTIONS,
) -> int:
    """Write the briefing pack for `data` to `out`; returns the page count.

    `sections` names the parts to print (see SECTIONS). A path is replaced only
    when the build succeeds.
    """
    unknown = set(sections) - set(SECTIONS)
    if unknown:
        raise ValueError(f"unknown sections {sorted(unknown)}; choose from {', '.join(SECTIONS)}")
    sheet = S.stylesheet()
    meeting = data.meeting
    setup = PageSetup(
        title=translate("Document", "Briefing pack {meeting}").format(meeting=meeting.title),
        subject=translate("Document", "Briefing pack of region {region} for {meeting} on {date}").format(
            region=meeting.region, meeting=meeting.title, date=format_date(meeting.held_on)
        ),
        author=meeting.delegate or meeting.region,
        language=data.language,
        running_title=translate("Document", "Briefing pack · {date}").format(
            date=format_date(meeting.held_on)
        ),
        footer_text=translate("Document", "{region} · version {version}").format(
            region=meeting.region, version=data.version
        ),
        marking=marking(data.provenance.include_confidential),
        marking_strong=True,
        organisation=meeting.region,
        keywords=(translate("Document", "briefing pack"), "Landelijk ICT Beraad", meeting.region),
    )
    return render(out, setup, _story(data, sheet, frozenset(sections)), progress=progress)


def _story(data: BriefingData, sheet: Any, sections: frozenset[str]) -> list[Flowable]:
    heading = Headings(sheet)
    body: list[Flowable] = []
    if "agenda" in sections:
        for entry in data.items:
            body += [PageBreak(), *_agenda_item(entry, sheet, heading)]
    if "open_concerns" in sections:
        body += [PageBreak(), *_open_concerns(data.open_concerns, sheet, heading)]
    if "attendance" in sections:
        body += [PageBreak(), *_attendance(data.attendance, sheet, heading)]
    if "contacts" in sections:
        body += [CondPageBreak(60 * S.MM), *_contacts(data.contacts, sheet, heading)]
    body += [PageBreak(), *_colophon(data, sheet, heading)]

    contents_title = translate("Document", "Contents")
    front: list[Flowable] = [
        *_cover(data, sheet),
        NextPageTemplate("body"),
        PageBreak(),
        Heading(contents_title, sheet["H1"], key="contents", toc=False, section=contents_title),
        heading.contents(),
        Spacer(1, 10),
        *(_overview(data, sheet, link="agenda" in sections) if "overview" in sections else []),
    ]
    return front + body


def _cover(data: BriefingData, sheet: Any) -> list[Flowable]:
    m = data.meeting
    facts = [
        (translate("Document", "Meeting"), m.title),
        (translate("Document", "Date"), format_date(m.held_on)),
        (translate("Document", "Place"), m.place or "–"),
        (translate("Document", "Region"), m.region),
        (
            translate("Document", "Delegate"),
            f"{m.delegate} ({m.delegate_role})" if m.delegate and m.delegate_role else m.delegate or "–",
        ),
        (translate("Document", "Version of the pack"), data.version),
        (translate("Document", "Date of the pack"), format_date(data.provenance.generated_at.date())),
        (translate("Document", "Agenda items"), str(len(data.items))),
    ]
    story: list[Flowable] = [
        Paragraph(markup(translate("Document", "Briefing pack")), sheet["CoverKicker"]),
        Paragraph(markup(m.title, limit=200), sheet["CoverTitle"]),
        Paragraph(
            markup(
                translate("Document", "Landelijk ICT Beraad · {date} · {region}").format(
                    date=format_date(m.held_on), region=m.region
                )
            ),
            sheet["CoverSubtitle"],
        ),
        blocks.facts_table(facts, sheet),
        Spacer(1, 14),
        *_cover_agenda(data, sheet),
        Spacer(1, 14),
    ]
    if data.provenance.include_confidential:
        story.append(
            blocks.callout(
                translate(
                    "Document",
                    "This pack contains confidential concerns. Do not pass it on; "
                    "every page is marked CONFIDENTIAL.",
                ),
                sheet,
                title=translate("Document", "CONFIDENTIAL"),
            )
        )
    else:
        story.append(
            Paragraph(
                markup(
                    translate(
                        "Document",
                        "Intended for the delegate and the municipalities of the region. "
                        "Concerns marked confidential are not included.",
                    )
                ),
                sheet["Small"],
            )
        )
    return story


COVER_AGENDA_LINES = 8


def _cover_agenda(data: BriefingData, sheet: Any) -> list[Flowable]:
    """The agenda at a glance; a long agenda is cut off with a count (the contents list it all)."""
    if not data.items:
        return []
    story: list[Flowable] = [Paragraph(markup(translate("Document", "On the agenda")), sheet["Label"])]
    shown = data.items[:COVER_AGENDA_LINES]
    story += [
        Paragraph(markup(entry.title, limit=90), sheet["Bullet1"], bulletText=f"{entry.number}.")
        for entry in shown
    ]
    if len(data.items) > len(shown):
        hidden = len(data.items) - len(shown)
        more = (
            translate("Document", "… and 1 more agenda item")
            if hidden == 1
            else translate("Document", "… and {count} more agenda items").format(count=hidden)
        )
        story.append(Paragraph(markup(more), sheet["Small"]))
    return story


def _overview(data: BriefingData, sheet: Any, *, link: bool) -> list[Flowable]:
    """One table across all agenda items: position status and support at a glance."""
    from reportlab.platypus import Table

    if not data.items:
        return []
    head = [
        "#",
        translate("Document", "Agenda item"),
        translate("Document", "Position"),
        translate("Document", "Support (mun.)"),
        translate("Document", "Support (inh.)"),
    ]
    rows: list[list[Any]] = [[Paragraph(markup(h), sheet["CellHead"]) for h in head]]
    from delegate_app.core.services.labels import format_percent

    for entry in data.items:
        support = entry.support
        rows.append(
            [
                Paragraph(str(entry.number), sheet["Cell"]),
                Paragraph(
                    f'<a href="#item{entry.number}">{markup(entry.title, limit=200)}</a>'
                    if link  # a link to a page that is not printed would break the PDF
                    else markup(entry.title, limit=200),
                    sheet["Cell"],
                ),
                Paragraph(
                    markup(
                        entry.position.status_label if entry.position else translate("Document", "none yet")
                    ),
                    sheet["Cell"],
                ),
                Paragraph(
                    format_percent(support.support.share_count) if support else "–", sheet["CellRight"]
                ),
                Paragraph(
                    format_percent(support.support.share_inhabitants) if support else "–", sheet["CellRight"]
                ),
            ]
        )
    table = Table(
        rows, colWidths=[9 * S.MM, None, 30 * S.MM, 24 * S.MM, 24 * S.MM], repeatRows=1, splitInRow=1
    )
    table.setStyle(S.table_style(rows=len(rows)))
    return [
        Paragraph(markup(translate("Document", "Overview")), sheet["H2"]),
        table,
    ]


def _agenda_item(entry: AgendaEntry, sheet: Any, heading: Headings) -> list[Flowable]:
    key = f"item{entry.number}"
    title = translate("Document", "Agenda item {number}").format(number=entry.number)
    section = f"{title} · {entry.title}"
    story: list[Flowable] = [
        Paragraph(markup(title), sheet["Kicker"]),
        heading(entry.title, "H1", key, section=section, prefix=f"{entry.number}. "),
    ]
    facts: list[tuple[str, str]] = []
    if entry.body:
        facts.append((translate("Document", "Asked by"), entry.body))
    if facts:
        story.append(blocks.facts_table(facts, sheet, label_width=32 * S.MM))
    story += blocks.labelled_text(translate("Document", "National question"), entry.national_question, sheet)
    story += blocks.labelled_text(translate("Document", "Description"), entry.description, sheet)
    if entry.links:
        story.append(Paragraph(markup(translate("Document", "References")), sheet["Label"]))
        story += [Paragraph(link(url), sheet["Bullet1"], bulletText="•") for url in entry.links]

    story.append(heading(translate("Document", "Regional position"), "H2", f"{key}pos", level=1, toc=False))
    if entry.position is None:
        story.append(
            Paragraph(
                markup(translate("Document", "The region has no position on this item yet.")), sheet["Body"]
            )
        )
    else:
        story += blocks.position_blocks(entry.position, sheet)

    if entry.support is not None:
        story += blocks.support_blocks(entry.support, sheet, heading, key)
    if entry.responses:
        story += heading.above_table(
            translate("Document", "Responses of the municipalities"), "H2", f"{key}resp", level=1, toc=False
        )
        story.append(blocks.response_table(entry.responses, sheet))
    if entry.evidence:
        story += heading.above_table(
            translate("Document", "Supporting concerns"), "H2", f"{key}ev", level=1, toc=False
        )
        story.append(blocks.concern_table(entry.evidence, sheet))
    return story


def _open_concerns(groups: tuple[ThemeGroup, ...], sheet: Any, heading: Headings) -> list[Flowable]:
    title = translate("Document", "Annex A · Open concerns by theme")
    story: list[Flowable] = [heading(title, "H1", "annexA", section=title)]
    if not groups:
        story.append(Paragraph(markup(translate("Document", "There are no open concerns.")), sheet["Body"]))
        return story
    story.append(
        Paragraph(
            markup(
                translate(
                    "Document",
                    "Concerns not yet answered or closed, by theme, broadest first. "
                    "Breadth counts the municipalities that raised or recognise a concern, and their inhabitants.",
                )
            ),
            sheet["Small"],
        )
    )
    for i, group in enumerate(groups, start=1):
        story += heading.above_table(
            translate("Document", "{theme} ({count})").format(theme=group.theme, count=len(group.concerns)),
            "H2",
            f"annexA{i}",
            level=1,
            toc=False,
        )
        story.append(blocks.concern_table(group.concerns, sheet, describe=False))
    return story


def _attendance(attendance: Attendance, sheet: Any, heading: Headings) -> list[Flowable]:
    from reportlab.platypus import Table

    title = translate("Document", "Annex B · Attendance at regional sessions")
    story: list[Flowable] = [heading(title, "H1", "annexB", section=title)]
    since = (
        translate("Document", "Sessions since the previous national meeting ({date}).").format(
            date=format_date(attendance.since)
        )
        if attendance.since
        else translate("Document", "All recorded sessions.")
    )
    story.append(Paragraph(markup(since), sheet["Small"]))
    if not attendance.sessions:
        story.append(
            Paragraph(markup(translate("Document", "No sessions were held in this period.")), sheet["Body"])
        )
        return story
    sessions = attendance.sessions[-ATTENDANCE_COLUMNS:]
    offset = len(attendance.sessions) - len(sessions)
    head: list[Any] = [Paragraph(markup(translate("Document", "Municipality")), sheet["CellHead"])]
    head += [
        Paragraph(
            f"{s.held_on:%d-%m}<br/>" + font(markup(s.kind_label, limit=24), size=6.5), sheet["CellHead"]
        )
        for s in sessions
    ]
    head.append(Paragraph(markup(translate("Document", "Present")), sheet["CellHeadRight"]))
    rows: list[list[Any]] = [head]
    for row in attendance.rows:
        marks = [("✓" if p else ("–" if p is False else "")) for p in row.present[offset:]]
        rows.append(
            [
                Paragraph(markup(row.municipality), sheet["Cell"]),
                *marks,
                Paragraph(f"{row.attended}/{len(attendance.sessions)}", sheet["CellRight"]),
            ]
        )
    first = 50 * S.MM
    last = 18 * S.MM
    col = (S.FRAME_WIDTH - first - last) / len(sessions)
    table = Table(rows, colWidths=[first, *([col] * len(sessions)), last], repeatRows=1)
    style = S.table_style(rows=len(rows))
    style.add("ALIGN", (1, 1), (-2, -1), "CENTER")
    style.add("TEXTCOLOR", (1, 1), (-2, -1), S.GRADE_COLOURS["steun"])
    table.setStyle(style)
    story.append(table)
    if offset:
        story.append(
            Paragraph(
                markup(
                    translate("Document", "The table shows the latest {shown} of {total} sessions.").format(
                        shown=len(sessions), total=len(attendance.sessions)
                    )
                ),
                sheet["Small"],
            )
        )
    return story


def _contacts(contacts: tuple[Contact, ...], sheet: Any, heading: Headings) -> list[Flowable]:
    from reportlab.platypus import Table

    title = translate("Document", "Annex C · Contacts")
    story: list[Flowable] = [Spacer(1, 6), heading(title, "H1", "annexC", section=title)]
    if not contacts:
        story.append(Paragraph(markup(translate("Document", "No contacts recorded.")), sheet["Body"]))
        return story
    head = [
        translate("Document", "Name"),
        translate("Document", "Role"),
        translate("Document", "Organisation"),
        translate("Document", "E-mail and phone"),
    ]
    rows: list[list[Any]] = [[Paragraph(markup(h), sheet["CellHead"]) for h in head]]
    for c in contacts:
        role = markup(c.role_label)
        if c.function_title:
            role += "<br/>" + font(markup(c.function_title), color=S.MUTED)
        reach = "<br/>".join(
            x for x in (link(f"mailto:{c.email}", c.email) if c.email else "", markup(c.phone)) if x
        )
        rows.append(
            [
                Paragraph(markup(c.name), sheet["CellBold"]),
                Paragraph(role, sheet["Cell"]),
                Paragraph(markup(c.organisation), sheet["Cell"]),
                Paragraph(reach or "–", sheet["Cell"]),
            ]
        )
    table = Table(rows, colWidths=[38 * S.MM, 36 * S.MM, 40 * S.MM, None], repeatRows=1, splitInRow=1)
    table.setStyle(S.table_style(rows=len(rows)))
    story.append(table)
    return story


def _colophon(data: BriefingData, sheet: Any, heading: Headings) -> list[Flowable]:
    title = translate("Document", "Colophon")
    p = data.provenance
    facts = [
        (translate("Document", "Made on"), p.generated_at.strftime("%Y-%m-%d %H:%M UTC")),
        (translate("Document", "Made with"), f"Regiostem {p.app_version}"),
        (translate("Document", "Store"), p.store_path),
        (translate("Document", "Store id"), p.store_id or "–"),
        (translate("Document", "Version of the pack"), data.version),
        (translate("Document", "Sources"), p.sources),
    ]
    if p.include_confidential:
        facts.append(
            (
                translate("Document", "Confidentiality"),
                translate("Document", "Confidential concerns included"),
            )
        )
    elif p.confidential_left_out:
        facts.append(
            (
                translate("Document", "Left out"),
                translate("Document", "1 concern marked confidential")
                if p.confidential_left_out == 1
                else translate("Document", "{count} concerns marked confidential").format(
                    count=p.confidential_left_out
                ),
            )
        )
    return [
        heading(title, "H1", "colophon", section=title),
        blocks.facts_table(facts, sheet),
        Spacer(1, 8),
        Paragraph(
            markup(
                translate(
                    "Document",
                    "Anonymised concerns are shown without their municipality. Inhabitants per municipality: "
                    "Bron: CBS. Shares are rounded for display; the adoption rule uses exact figures.",
                )
            ),
            sheet["Small"],
        ),
    ]
