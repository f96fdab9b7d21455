"""What the PDF documents show, assembled from the store into plain dataclasses.

This is the one place that queries for the briefing pack and the report-back; the
builders in `delegate_app.documents` only lay out what they are given. It applies
the confidentiality rules (confidential concerns left out unless asked for,
anonymised concerns without their municipality), so no builder can leak by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from fractions import Fraction

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
