"""What the PDF documents show, assembled from the store into plain dataclasses.

This is the one place that queries for the briefing pack and the report-back; the
builders in `delegate_app.documents` only lay out what they are given. It applies
the confidentiality rules (confidential concerns left out unless asked for,
anonymised concerns without their municipality), so no builder can leak by accident.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from fractions import Fraction
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from delegate_app import __version__
from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import current_language, translate
from delegate_app.core.models import ConcernStatus, Confidentiality, PersonRole, PositionStatus, SessionKind
from delegate_app.core.reference import CBS_CREDIT
from delegate_app.core.services import concerns as concerns_service
from delegate_app.core.services import meetings, outcomes, persons, positions, region, weighing
from delegate_app.core.services import sessions as sessions_service
from delegate_app.core.services.labels import code_label
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.services.records import live
from delegate_app.core.types import utcnow

if TYPE_CHECKING:
    from delegate_app.core.store import Store

# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class GradeShare:
    """The members with one grade, by count and by inhabitants."""

    grade: str  # the stored code, for the colour
    label: str
    count: int
    inhabitants: int
    share_count: Fraction
    share_inhabitants: Fraction


@dataclass(frozen=True)
class SupportFigures:
    """The weighing of one position, ready to print."""

    members: int
    total_inhabitants: int
    grades: tuple[GradeShare, ...]
    support: GradeShare  # steun and steun met voorbehoud together
    responded: int
    summary: str
    can_adopt: bool
    verdict_reasons: tuple[str, ...]
    rule_text: str


@dataclass(frozen=True)
class ResponseLine:
    municipality: str
    gm_code: str
    inhabitants: int
    grade: str
    grade_label: str
    note: str = ""
    member: bool = True  # False: no longer a member; shown, but not counted


@dataclass(frozen=True)
class ConcernLine:
    """A concern as a document shows it; `municipality` is already anonymised where needed."""

    title: str
    description: str
    municipality: str
    theme: str
    status: str
    status_label: str
    status_reason: str = ""
    municipalities: int = 1  # breadth: how many municipalities voice it
    inhabitants: int = 0
    confidential: bool = False
    submitted_on: date | None = None
    paragraph: str = ""  # the part of the position relying on it
    fate: str = ""  # report-back: what became of it, in words


@dataclass(frozen=True)
class PositionText:
    title: str
    status_label: str
    version: int
    core_position: str = ""
    explanation: str = ""  # Markdown
    red_lines: str = ""
    mandate: str = ""
    fallback: str = ""
    minority_note: str = ""
    talking_points: str = ""


@dataclass(frozen=True)
class OutcomeText:
    decision: str
    meaning: str = ""
    follow_up: str = ""
    review_on: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class AgendaEntry:
    number: int
    title: str
    description: str = ""
    national_question: str = ""
    body: str = ""  # the national body asking
    links: tuple[str, ...] = ()
    position: PositionText | None = None
    support: SupportFigures | None = None
    responses: tuple[ResponseLine, ...] = ()
    evidence: tuple[ConcernLine, ...] = ()
    outcome: OutcomeText | None = None
    own_response: ResponseLine | None = None  # report-back for one municipality


@dataclass(frozen=True)
class ThemeGroup:
    theme: str
    concerns: tuple[ConcernLine, ...]


@dataclass(frozen=True)
class SessionColumn:
    title: str
    held_on: date
    kind_label: str


@dataclass(frozen=True)
class AttendanceRow:
    municipality: str
    present: tuple[bool | None, ...]  # per session; None: no record

    @property
    def attended(self) -> int:
        return sum(1 for p in self.present if p)


@dataclass(frozen=True)
class Attendance:
    since: date | None
    sessions: tuple[SessionColumn, ...] = ()
    rows: tuple[AttendanceRow, ...] = ()


@dataclass(frozen=True)
class Contact:
    name: str
    role_label: str
    function_title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Provenance:
    """The colophon: when, from which store, with which data sources."""

    generated_at: datetime
    store_path: str
    store_id: str
    app_version: str
    sources: str  # "Bron: CBS ..."
    include_confidential: bool
    confidential_left_out: int  # how many confidential concerns were not printed


@dataclass(frozen=True)
class MeetingHeader:
    meeting_id: str
    title: str
    held_on: date
    place: str
    region: str
    delegate: str
    delegate_role: str = ""


@dataclass(frozen=True)
class BriefingData:
    meeting: MeetingHeader
    version: str  # a short fingerprint of the content: same data, same version
    provenance: Provenance
    items: tuple[AgendaEntry, ...]
    open_concerns: tuple[ThemeGroup, ...] = ()
    attendance: Attendance = field(default_factory=lambda: Attendance(since=None))
    contacts: tuple[Contact, ...] = ()
    language: str = "nl"


@dataclass(frozen=True)
class MunicipalityFocus:
    name: str
    gm_code: str
    inhabitants: int


@dataclass(frozen=True)
class ReportBackData:
    meeting: MeetingHeader
    provenance: Provenance
    items: tuple[AgendaEntry, ...]
    municipality: MunicipalityFocus | None = None
    own_concerns: tuple[ConcernLine, ...] = ()  # for one municipality: all its concerns and their fate
    language: str = "nl"


# --------------------------------------------------------------------------- assembly from the store


def _anonymous() -> str:
    return translate("Documents", "a municipality in the region")


def resolve_meeting(session: Session, selector: str, *, today: date | None = None) -> models.NationalMeeting:
    """A meeting by id, or "next" (the coming one) or "last" (the latest held); ValidationError otherwise."""
    choice = (selector or "").strip()
    if choice.casefold() == "next":
        found = meetings.next_meeting(session, today)
        if found is None:
            raise ValidationError(
                translate("Documents", "There is no coming national meeting; plan one first or give its id."),
                field="meeting",
            )
        return found
    if choice.casefold() == "last":
        found = meetings.last_meeting(session, today)
        if found is None:
            raise ValidationError(
                translate("Documents", "No national meeting has been held yet; give the meeting's id."),
                field="meeting",
            )
        return found
    return meetings.get_meeting(session, choice)


def _header(session: Session, meeting: models.NationalMeeting) -> MeetingHeader:
    found = region.get_region(session)
    delegate = region.self_person(session)
    return MeetingHeader(
        meeting_id=meeting.id,
        title=meeting.title,
        held_on=meeting.held_on,
        place=meeting.place,
        region=found.name if found else translate("Documents", "(no region defined)"),
        delegate=delegate.name if delegate else "",
        delegate_role=code_label(PersonRole, delegate.role) if delegate else "",
    )


def _support(tally: weighing.Tally, verdict: weighing.Verdict | None) -> SupportFigures:
    def share(grade: str, figures: weighing.GradeFigures) -> GradeShare:
        return GradeShare(
            grade=grade,
            label=figures.label,
            count=figures.count,
            inhabitants=figures.inhabitants,
            share_count=figures.by_count.value,
            share_inhabitants=figures.by_inhabitants.value,
        )

    return SupportFigures(
        members=tally.members,
        total_inhabitants=tally.total_inhabitants,
        grades=tuple(share(g.value, tally.grades[g]) for g in weighing.GRADE_ORDER),
        support=share("support", tally.support),
        responded=tally.responded.count,
        summary=tally.summary(),
        can_adopt=verdict.can_adopt if verdict else False,
        verdict_reasons=tuple(verdict.reasons) if verdict else (),
        rule_text=verdict.rule_text if verdict else "",
    )


def _position_text(position: models.Position) -> PositionText:
    return PositionText(
        title=position.title,
        status_label=code_label(PositionStatus, position.status),
        version=position.version_number,
        core_position=position.core_position,
        explanation=position.explanation,
        red_lines=position.red_lines,
        mandate=position.mandate,
        fallback=position.fallback,
        minority_note=position.minority_note,
        talking_points=position.talking_points,
    )


def _outcome_text(outcome: models.Outcome | None) -> OutcomeText | None:
    if outcome is None:
        return None
    return OutcomeText(
        decision=outcome.decision,
        meaning=outcome.meaning,
        follow_up=outcome.follow_up,
        review_on=outcome.review_on,
        reason=outcome.reason,
    )


def _responses(session: Session, position_id: str) -> tuple[ResponseLine, ...]:
    return tuple(
        ResponseLine(
            municipality=r.municipality,
            gm_code=r.gm_code,
            inhabitants=r.inhabitants,
            grade=r.grade.value,
            grade_label=r.grade_label,
            note=r.note,
            member=r.is_member,
        )
        for r in positions.responses(session, position_id)
    )


class _ConcernPrinter:
    """Turns concern records into ConcernLines, applying the confidentiality rules once for the document."""

    def __init__(self, session: Session, include_confidential: bool) -> None:
        self.session = session
        self.include_confidential = include_confidential
        self.left_out: set[str] = set()
        self._themes = {t.id: t.label for t in session.exec(select(models.Theme))}
        self._municipalities: dict[str, str] = {}

    def allowed(self, concern: models.Concern) -> bool:
        if concern.confidentiality == Confidentiality.CONFIDENTIAL.value and not self.include_confidential:
            self.left_out.add(concern.id)
            return False
        return True

    def lines(
        self,
        concerns: Sequence[models.Concern],
        *,
        paragraphs: dict[str, str] | None = None,
        fates: dict[str, str] | None = None,
    ) -> tuple[ConcernLine, ...]:
        shown = [c for c in concerns if self.allowed(c)]
        if not shown:
            return ()
        breadths = concerns_service.breadth_many(self.session, [c.id for c in shown])
        missing = {c.municipality_id for c in shown} - set(self._municipalities)
        if missing:
            for m in self.session.exec(
                select(models.Municipality).where(col(models.Municipality.id).in_(list(missing)))
            ):
                self._municipalities[m.id] = m.name
        no_theme = translate("Documents", "No theme")
        result = []
        for c in shown:
            b = breadths.get(c.id)
            result.append(
                ConcernLine(
                    title=c.title,
                    description=c.description,
                    municipality=_anonymous()
                    if c.anonymised
                    else self._municipalities.get(c.municipality_id, ""),
                    theme=self._themes.get(c.theme_id or "", no_theme),
                    status=c.status,
                    status_label=code_label(ConcernStatus, c.status),
                    status_reason=c.status_reason,
                    municipalities=b.municipalities if b else 1,
                    inhabitants=b.inhabitants if b else 0,
                    confidential=c.confidentiality == Confidentiality.CONFIDENTIAL.value,
                    submitted_on=c.submitted_on,
                    paragraph=(paragraphs or {}).get(c.id, ""),
                    fate=(fates or {}).get(c.id, ""),
                )
            )
        return tuple(result)


def _concerns_by_id(session: Session, ids: Iterable[str]) -> dict[str, models.Concern]:
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    return {
        c.id: c
        for c in session.exec(
            select(models.Concern).where(col(models.Concern.id).in_(wanted), live(models.Concern))
        )
    }


def _evidence(
    session: Session, printer: _ConcernPrinter, summary: meetings.AgendaItemSummary
) -> tuple[ConcernLine, ...]:
    """The position's evidence (with the paragraph relying on it), then other concerns linked to the item."""
    rows = positions.evidence(session, summary.position.id) if summary.position else []
    paragraphs = {r.concern_id: r.paragraph for r in rows}
    linked = [c.id for c in meetings.linked_concerns(session, summary.item.id)]
    order = [r.concern_id for r in rows] + [cid for cid in linked if cid not in paragraphs]
    records = _concerns_by_id(session, order)
    return printer.lines([records[cid] for cid in order if cid in records], paragraphs=paragraphs)


def _open_concerns(session: Session, printer: _ConcernPrinter) -> tuple[ThemeGroup, ...]:
    """Concerns not yet answered or closed (and not merged away), by theme, broadest first."""
    records = session.exec(
        select(models.Concern).where(
            live(models.Concern),
            col(models.Concern.merged_into_id).is_(None),
            col(models.Concern.status).not_in([ConcernStatus.ANSWERED.value, ConcernStatus.CLOSED.value]),
        )
    ).all()
    groups: dict[str, list[ConcernLine]] = {}
    for line in printer.lines(records):
        groups.setdefault(line.theme, []).append(line)
    order = {label: i for i, label in enumerate(_theme_order(session))}
    return tuple(
        ThemeGroup(
            theme,
            tuple(sorted(lines, key=lambda c: (-c.municipalities, -c.inhabitants, c.title.casefold()))),
        )
        for theme, lines in sorted(groups.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
    )


def _theme_order(session: Session) -> list[str]:
    return list(
        session.exec(
            select(models.Theme.label).where(live(models.Theme)).order_by(col(models.Theme.sort_order))
        )
    )


def _previous_meeting(session: Session, meeting: models.NationalMeeting) -> models.NationalMeeting | None:
    earlier = [
        m for m in meetings.list_meetings(session) if m.held_on < meeting.held_on and m.id != meeting.id
    ]
    return max(earlier, key=lambda m: m.held_on, default=None)


def _attendance(session: Session, since: date | None, until: date) -> Attendance:
    """Who attended the regional sessions between the previous meeting and this one."""
    held = [
        s
        for s in reversed(sessions_service.list_sessions(session))
        if s.held_on <= until and (since is None or s.held_on > since)
    ]
    members = region.member_municipalities(session)
    present: dict[str, list[bool | None]] = {m.id: [] for m in members}
    for s in held:
        by_municipality = {
            row.municipality_id: row.present for row in sessions_service.attendance(session, s.id)
        }
        for m in members:
            present[m.id].append(by_municipality.get(m.id))
    return Attendance(
        since=since,
        sessions=tuple(SessionColumn(s.title, s.held_on, code_label(SessionKind, s.kind)) for s in held),
        rows=tuple(AttendanceRow(m.name, tuple(present[m.id])) for m in members),
    )


_ROLE_ORDER = [r.value for r in PersonRole]


def _contacts(session: Session) -> tuple[Contact, ...]:
    people = persons.persons(session)
    municipalities = {
        m.id: m.name
        for m in session.exec(
            select(models.Municipality).where(
                col(models.Municipality.id).in_([p.municipality_id for p in people if p.municipality_id])
            )
        )
    }
    organisations = {
        o.id: o.name
        for o in session.exec(
            select(models.Organisation).where(
                col(models.Organisation.id).in_([p.organisation_id for p in people if p.organisation_id])
            )
        )
    }

    def rank(p: models.Person) -> tuple[int, str]:
        role = _ROLE_ORDER.index(p.role) if p.role in _ROLE_ORDER else len(_ROLE_ORDER)
        return role, p.name.casefold()

    return tuple(
        Contact(
            name=p.name,
            role_label=code_label(PersonRole, p.role),
            function_title=p.function_title,
            organisation=municipalities.get(p.municipality_id or "")
            or organisations.get(p.organisation_id or "", ""),
            email=p.email,
            phone=p.phone,
        )
        for p in sorted(people, key=rank)
    )


def _provenance(store: Store, store_id: str, printer: _ConcernPrinter, now: datetime | None) -> Provenance:
    return Provenance(
        generated_at=(now or utcnow()).astimezone(UTC),
        store_path=str(store.path),
        store_id=store_id,
        app_version=__version__,
        sources=translate("Documents", "Inhabitants per municipality: {credit} (2024).").format(
            credit=CBS_CREDIT
        ),
        include_confidential=printer.include_confidential,
        confidential_left_out=len(printer.left_out),
    )


def fingerprint(*parts: object) -> str:
    """A short, stable code for the content of a document: the same data gives the same code."""
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:8].upper()


def briefing_data(
    store: Store,
    meeting: str = "next",
    *,
    include_confidential: bool = False,
    now: datetime | None = None,
    today: date | None = None,
) -> BriefingData:
    """Everything the briefing pack of `meeting` ("next" or an id) shows, read in one transaction."""
    store_id = store.info("store_id") or ""  # before the read transaction: another connection
    with store.reader() as session:
        record = resolve_meeting(session, meeting, today=today)
        printer = _ConcernPrinter(session, include_confidential)
        items = []
        for summary in meetings.agenda(session, record.id):
            item = summary.item
            items.append(
                AgendaEntry(
                    number=item.number,
                    title=item.title,
                    description=item.description,
                    national_question=item.national_question,
                    body=summary.body_name,
                    links=tuple(line.strip() for line in item.reference_links.splitlines() if line.strip()),
                    position=_position_text(summary.position) if summary.position else None,
                    support=_support(summary.tally, summary.verdict) if summary.tally else None,
                    responses=_responses(session, summary.position.id) if summary.position else (),
                    evidence=_evidence(session, printer, summary),
                )
            )
        previous = _previous_meeting(session, record)
        header = _header(session, record)
        open_concerns = _open_concerns(session, printer)
        attendance = _attendance(session, previous.held_on if previous else None, record.held_on)
        contacts = _contacts(session)
        version = fingerprint(header, items, open_concerns, attendance, contacts, include_confidential)
        return BriefingData(
            meeting=header,
            version=version,
            provenance=_provenance(store, store_id, printer, now),
            items=tuple(items),
            open_concerns=open_concerns,
            attendance=attendance,
            contacts=contacts,
            language=current_language(),
        )


def _fates(
    session: Session,
    concerns: Sequence[models.Concern],
    item_numbers: dict[str, int],
    *,
    include_confidential: bool,
) -> dict[str, str]:
    """What became of each concern, in words: merged into another, or discussed under an agenda item."""
    fates: dict[str, str] = {}
    targets = _concerns_by_id(session, [c.merged_into_id for c in concerns if c.merged_into_id])
    links = session.exec(
        select(models.AgendaItemConcern.concern_id, models.AgendaItemConcern.agenda_item_id).where(
            col(models.AgendaItemConcern.agenda_item_id).in_(list(item_numbers)),
            live(models.AgendaItemConcern),
        )
    ).all()
    evidence = session.exec(
        select(models.PositionConcern.concern_id, models.Position.agenda_item_id)
        .join(models.Position, col(models.Position.id) == col(models.PositionConcern.position_id))
        .where(
            col(models.Position.agenda_item_id).in_(list(item_numbers)),
            live(models.PositionConcern),
            live(models.Position),
        )
    ).all()
    item_of = {cid: iid for cid, iid in [*links, *evidence] if iid}
    for c in concerns:
        target = targets.get(c.merged_into_id or "")
        concern_id = target.id if target else c.id
        parts = []
        if (
            target is not None
            and target.confidentiality == Confidentiality.CONFIDENTIAL.value
            and not (include_confidential)
        ):
            # The title of a confidential concern may not travel, even as a pointer.
            parts.append(translate("Documents", "Merged into another concern."))
        elif target is not None:
            parts.append(translate("Documents", "Merged into '{title}'.").format(title=target.title))
        if concern_id in item_of:
            parts.append(
                translate("Documents", "Discussed under agenda item {number}.").format(
                    number=item_numbers[item_of[concern_id]]
                )
            )
        fates[c.id] = " ".join(parts)
    return fates


def report_back_data(
    store: Store,
    meeting: str = "last",
    *,
    municipality: str | None = None,
    include_confidential: bool = False,
    now: datetime | None = None,
    today: date | None = None,
) -> ReportBackData:
    """The report-back of `meeting` ("last" or an id), for the region or for one municipality."""
    store_id = store.info("store_id") or ""  # before the read transaction: another connection
    with store.reader() as session:
        focus = MunicipalityIndex.load(session).resolve(municipality) if municipality is not None else None
        record = resolve_meeting(session, meeting, today=today)
        printer = _ConcernPrinter(session, include_confidential)
        items = []
        for summary in meetings.agenda(session, record.id):
            item = summary.item
            own = None
            settled: tuple[ConcernLine, ...] = ()
            if summary.position and focus is not None:
                own = next(
                    (r for r in _responses(session, summary.position.id) if r.gm_code == focus.gm_code), None
                )
            if focus is None:
                settled = printer.lines(outcomes.affected_concerns(session, item.id))
            items.append(
                AgendaEntry(
                    number=item.number,
                    title=item.title,
                    description=item.description,
                    national_question=item.national_question,
                    body=summary.body_name,
                    position=_position_text(summary.position) if summary.position else None,
                    support=_support(summary.tally, summary.verdict) if summary.tally else None,
                    evidence=settled,
                    outcome=_outcome_text(summary.outcome),
                    own_response=own,
                )
            )
        own_concerns: tuple[ConcernLine, ...] = ()
        if focus is not None:
            mine = session.exec(
                select(models.Concern)
                .where(models.Concern.municipality_id == focus.id, live(models.Concern))
                .order_by(col(models.Concern.submitted_on), func.lower(models.Concern.title))
            ).all()
            numbers = {s.item.id: s.item.number for s in meetings.agenda(session, record.id)}
            own_concerns = printer.lines(
                mine, fates=_fates(session, mine, numbers, include_confidential=include_confidential)
            )
        return ReportBackData(
            meeting=_header(session, record),
            provenance=_provenance(store, store_id, printer, now),
            items=tuple(items),
            municipality=MunicipalityFocus(focus.name, focus.gm_code, focus.inhabitants) if focus else None,
            own_concerns=own_concerns,
            language=current_language(),
        )
