"""The domain model for the whole loop: gather, weigh, position, brief, meet, report back.

Every record has a UUID key, UTC `created_at`/`updated_at` and a `deleted_at`
tombstone, so that stores on two laptops can be merged record by record.
Enumerations are stored as short English codes; the interface translates them.
"""

# No `from __future__ import annotations`: SQLModel and SQLAlchemy would evaluate
# every annotation from its string again, which costs start-up time.
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

from delegate_app.core.types import UTCDateTime, new_id, utcnow

# A fixed naming convention makes Alembic's batch migrations on SQLite reliable.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


# --------------------------------------------------------------------------- enumerations


class Confidentiality(StrEnum):
    PUBLIC = "openbaar"
    REGION = "regio"
    CONFIDENTIAL = "vertrouwelijk"


class ConcernStatus(StrEnum):
    NEW = "new"
    TRIAGED = "triaged"
    IN_POSITION = "in_position"
    RAISED = "raised"
    ANSWERED = "answered"
    CLOSED = "closed"


class ConcernSource(StrEnum):
    MANUAL = "manual"
    SESSION = "session"
    FILE = "file"
    PACKAGE = "package"


class RecordedVia(StrEnum):
    """How a support or a response was obtained."""

    SESSION = "session"
    PHONE = "phone"
    EMAIL = "email"
    FILE = "file"
    PACKAGE = "package"
    MANUAL = "manual"


class Grade(StrEnum):
    """A municipality's stance on a position."""

    SUPPORT = "steun"
    SUPPORT_WITH_RESERVATION = "steun_met_voorbehoud"
    NEUTRAL = "neutraal"
    OBJECTION = "bezwaar"
    NO_RESPONSE = "geen_reactie"


class PositionStatus(StrEnum):
    CONCEPT = "concept"
    CONSULTATION = "in_consultatie"
    ADOPTED = "vastgesteld"
    RAISED = "ingebracht"
    OUTCOME_KNOWN = "uitkomst_bekend"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    REPORTED = "reported"


class SessionKind(StrEnum):
    REGIONAL = "regio_overleg"
    KNOWLEDGE = "kennissessie"
    WORKSHOP = "workshop"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    CORRECTED = "corrected"
    FINAL = "final"


class OrganisationKind(StrEnum):
    USER_ASSOCIATION = "gebruikersvereniging"
    NATIONAL_BODY = "landelijk_gremium"
    ASSOCIATION = "vereniging"
    SUPPLIER = "leverancier"
    OTHER = "overig"


class PersonRole(StrEnum):
    DELEGATE = "afgevaardigde"
    ALTERNATE = "plaatsvervanger"
    ICT_CONTACT = "ict_contactpersoon"
    INFORMATION_MANAGER = "informatiemanager"
    CISO = "ciso"
    SECRETARIAT = "secretariaat"
    OTHER = "overig"


class SizeClass(StrEnum):
    """Size class by inhabitants, the bands VNG and CBS commonly use."""

    UNDER_20K = "<20k"
    FROM_20K = "20k-50k"
    FROM_50K = "50k-100k"
    FROM_100K = ">=100k"

    @classmethod
    def for_inhabitants(cls, inhabitants: int) -> "SizeClass":
        if inhabitants < 20_000:
            return cls.UNDER_20K
        if inhabitants < 50_000:
            return cls.FROM_20K
        if inhabitants < 100_000:
            return cls.FROM_50K
        return cls.FROM_100K


# --------------------------------------------------------------------------- base


class Record(SQLModel):
    """Fields every stored record carries."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


# --------------------------------------------------------------------------- reference data


class Municipality(Record, table=True):
    gm_code: str = Field(unique=True, max_length=6)
    cbs_code: str = Field(max_length=4)
    name: str = Field(index=True)
    name_disambiguated: str
    province_code: str = Field(max_length=4)
    province: str
    inhabitants: int = 0
    inhabitants_previous: int = 0
    households: int = 0
    size_class: str = Field(default=SizeClass.UNDER_20K.value, max_length=10)


class Theme(Record, table=True):
    code: str = Field(unique=True)
    label: str
    examples: str = ""  # newline-separated, editable by the user
    sort_order: int = 0


class Programme(Record, table=True):
    """A national programme or law concerns and agenda items can refer to."""

    code: str = Field(unique=True)
    name: str


class Organisation(Record, table=True):
    """User associations, IMG, FAMO, VNG, and the national bodies (gremia)."""

    code: str = Field(unique=True)
    name: str
    kind: str = Field(default=OrganisationKind.OTHER.value)
    body_type: str = ""  # the taxonomy's type for national bodies (koepel, rijk, ...)
    note: str = ""


# --------------------------------------------------------------------------- region and people


class Region(Record, table=True):
    name: str
    description: str = ""
    # Rule for adopting a position (see services.weighing).
    rule_quorum_share: float = 0.5
    rule_max_objection_share_count: float = 0.25
    rule_max_objection_share_inhabitants: float = 0.25


class RegionMember(Record, table=True):
    __table_args__ = (UniqueConstraint("region_id", "municipality_id"),)

    region_id: str = Field(foreign_key="region.id", index=True)
    municipality_id: str = Field(foreign_key="municipality.id", index=True)


class Person(Record, table=True):
    name: str
    email: str = ""
    phone: str = ""
    role: str = Field(default=PersonRole.OTHER.value)
    function_title: str = ""
    municipality_id: str | None = Field(default=None, foreign_key="municipality.id", index=True)
    organisation_id: str | None = Field(default=None, foreign_key="organisation.id", index=True)
    is_self: bool = False  # the delegate using this store
    erased_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


# --------------------------------------------------------------------------- sessions


class RegionalSession(Record, table=True):
    """A regio-overleg, knowledge session or workshop held in the region."""

    kind: str = Field(default=SessionKind.REGIONAL.value)
    title: str
    held_on: date
    place: str = ""
    agenda: str = ""
    minutes: str = ""  # Markdown
    minutes_status: str = Field(default=MinutesStatus.DRAFT.value)


class Attendance(Record, table=True):
    session_id: str = Field(foreign_key="regionalsession.id", index=True)
    municipality_id: str = Field(foreign_key="municipality.id", index=True)
    person_id: str | None = Field(default=None, foreign_key="person.id")
    present: bool = True
    note: str = ""


# --------------------------------------------------------------------------- concerns


class Concern(Record, table=True):
    """A knelpunt or signaal from a municipality (bottom-up)."""

    title: str
    description: str = ""
    municipality_id: str = Field(foreign_key="municipality.id", index=True)
    contributor_id: str | None = Field(default=None, foreign_key="person.id", index=True)
    contributor_name: str = ""  # as given on a form, kept when no person record exists
    theme_id: str | None = Field(default=None, foreign_key="theme.id", index=True)
    urgency: int = 3
    impact: int = 3
    confidentiality: str = Field(default=Confidentiality.REGION.value)
    anonymised: bool = False
    status: str = Field(default=ConcernStatus.NEW.value, index=True)
    status_reason: str = ""
    source: str = Field(default=ConcernSource.MANUAL.value)
    session_id: str | None = Field(default=None, foreign_key="regionalsession.id", index=True)
    submitted_on: date | None = None
    merged_into_id: str | None = Field(default=None, foreign_key="concern.id", index=True)
    outside_region: bool = False
    batch: str = ""  # marks rows inserted together (synthetic load, imports)


class ConcernTheme(Record, table=True):
    """Further themes of a concern beyond its main theme."""

    __table_args__ = (UniqueConstraint("concern_id", "theme_id"),)

    concern_id: str = Field(foreign_key="concern.id", index=True)
    theme_id: str = Field(foreign_key="theme.id", index=True)


class ConcernBody(Record, table=True):
    """National bodies a concern is addressed to."""

    __table_args__ = (UniqueConstraint("concern_id", "organisation_id"),)

    concern_id: str = Field(foreign_key="concern.id", index=True)
    organisation_id: str = Field(foreign_key="organisation.id", index=True)


class Support(Record, table=True):
    """A municipality recognises a concern (herkenning)."""

    concern_id: str = Field(foreign_key="concern.id", index=True)
    municipality_id: str = Field(foreign_key="municipality.id", index=True)
    note: str = ""
    recorded_on: date | None = None
    recorded_via: str = Field(default=RecordedVia.MANUAL.value)
    recorded_by: str = ""
    session_id: str | None = Field(default=None, foreign_key="regionalsession.id")


class MergeLink(Record, table=True):
    """History of merges: `source` was merged into `target`; `unmerged_at` when undone."""

    source_id: str = Field(foreign_key="concern.id", index=True)
    target_id: str = Field(foreign_key="concern.id", index=True)
    merged_by: str = ""
    unmerged_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    unmerged_by: str = ""


# --------------------------------------------------------------------------- national meeting


class NationalMeeting(Record, table=True):
    """A meeting of the Landelijk ICT Beraad."""

    title: str
    held_on: date
    place: str = ""
    status: str = Field(default=MeetingStatus.PLANNED.value)
    note: str = ""


class AgendaItem(Record, table=True):
    meeting_id: str = Field(foreign_key="nationalmeeting.id", index=True)
    number: int = 1
    title: str
    description: str = ""
    national_question: str = ""  # vraag vanuit landelijk
    body_id: str | None = Field(default=None, foreign_key="organisation.id")
    reference_links: str = ""  # one URL per line


class AgendaItemConcern(Record, table=True):
    __table_args__ = (UniqueConstraint("agenda_item_id", "concern_id"),)

    agenda_item_id: str = Field(foreign_key="agendaitem.id", index=True)
    concern_id: str = Field(foreign_key="concern.id", index=True)


class SessionAgendaItem(Record, table=True):
    """A national question discussed at a regional session."""

    __table_args__ = (UniqueConstraint("session_id", "agenda_item_id"),)

    session_id: str = Field(foreign_key="regionalsession.id", index=True)
    agenda_item_id: str = Field(foreign_key="agendaitem.id", index=True)


# --------------------------------------------------------------------------- positions


class Position(Record, table=True):
    """The region's joint position, normally one per agenda item."""

    agenda_item_id: str | None = Field(default=None, foreign_key="agendaitem.id", index=True)
    title: str
    core_position: str = ""  # kernstandpunt
    explanation: str = ""  # toelichting / argumenten (Markdown)
    red_lines: str = ""
    mandate: str = ""
    fallback: str = ""  # terugvalpositie
    minority_note: str = ""  # minderheidsstandpunt
    talking_points: str = ""  # gesprekspunten
    status: str = Field(default=PositionStatus.CONCEPT.value)
    version_number: int = 1


class PositionConcern(Record, table=True):
    """A concern used as evidence, with the paragraph of the position relying on it."""

    __table_args__ = (UniqueConstraint("position_id", "concern_id"),)

    position_id: str = Field(foreign_key="position.id", index=True)
    concern_id: str = Field(foreign_key="concern.id", index=True)
    paragraph: str = ""


class PositionVersion(Record, table=True):
    position_id: str = Field(foreign_key="position.id", index=True)
    number: int
    status: str
    snapshot: str  # JSON of the position's texts at that moment
    author: str = ""
    reason: str = ""


class Response(Record, table=True):
    """A municipality's graded stance on a position."""

    __table_args__ = (UniqueConstraint("position_id", "municipality_id"),)

    position_id: str = Field(foreign_key="position.id", index=True)
    municipality_id: str = Field(foreign_key="municipality.id", index=True)
    grade: str = Field(default=Grade.NO_RESPONSE.value)
    note: str = ""
    responded_on: date | None = None
    recorded_via: str = Field(default=RecordedVia.MANUAL.value)
    recorded_by: str = ""


class Outcome(Record, table=True):
    """The national outcome of an agenda item."""

    agenda_item_id: str = Field(foreign_key="agendaitem.id", index=True, unique=True)
    decision: str
    meaning: str = ""  # what it means for municipalities
    follow_up: str = ""
    review_on: date | None = None
    concern_status: str = Field(default=ConcernStatus.ANSWERED.value)
    reason: str = ""


# --------------------------------------------------------------------------- exchange between laptops


class ExchangePeer(Record, table=True):
    """Another store we exchanged packages with, and how far we are in step with it."""

    peer_store_id: str = Field(unique=True)
    name: str = ""
    last_received_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    last_imported_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    last_sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)


class ExchangeConflict(Record, table=True):
    """A record edited on both laptops: both versions kept until the user decides."""

    entity: str = Field(index=True)
    entity_id: str = Field(index=True)
    local_snapshot: str  # JSON
    incoming_snapshot: str  # JSON
    peer_store_id: str = ""
    package_id: str = ""
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime, nullable=True)
    resolution: str = ""  # kept_local, took_incoming


# --------------------------------------------------------------------------- bookkeeping


class ChangeLog(SQLModel, table=True):
    """Every write: who changed which record, when, and what."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    actor: str = ""
    entity: str = Field(index=True)
    entity_id: str = Field(index=True)
    action: str  # create, update, delete, merge, unmerge, bulk
    changes: str = ""  # JSON: {field: [old, new]}


class StoreInfo(SQLModel, table=True):
    """Key/value facts about the store itself (its id, who created it)."""

    key: str = Field(primary_key=True)
    value: str = ""


# Tables whose records travel between laptops, in dependency order.
SYNCED_TABLES: tuple[type[Record], ...] = (
    Municipality,
    Theme,
    Programme,
    Organisation,
    Region,
    RegionMember,
    Person,
    RegionalSession,
    Attendance,
    Concern,
    ConcernTheme,
    ConcernBody,
    Support,
    MergeLink,
    NationalMeeting,
    AgendaItem,
    AgendaItemConcern,
    SessionAgendaItem,
    Position,
    PositionConcern,
    PositionVersion,
    Response,
    Outcome,
)
