"""Regional positions: drafting, municipalities' responses, evidence, the workflow and versions.

A position is normally the region's answer to one agenda item (at most one live
position per item); standalone positions are allowed. The workflow is

    concept -> in_consultatie -> vastgesteld -> ingebracht -> uitkomst_bekend

with the steps back that make sense (see `TRANSITIONS`). Adopting (vastgesteld)
is allowed only when `weighing.verdict` says so under the region's rule, which
includes that an objection needs a minority note: the app never hides dissent.

Once adopted, texts and responses are locked: what the members responded to is
what was adopted. Move the position back to consultation to change either; the
versions keep both states. Every status change, the creation and every explicit
`new_version` store a `PositionVersion` snapshot (texts, status, tally,
responses, evidence) so any two can be compared word by word.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import ConcernStatus, Grade, PositionStatus, RecordedVia
from delegate_app.core.services import weighing
from delegate_app.core.services.labels import code_label, label, position_field_label
from delegate_app.core.services.records import (
    check_fields,
    date_value,
    drop,
    enum_value,
    get_live,
    live,
    required_title,
    revive,
    text_value,
    tombstone,
)
from delegate_app.core.services.textdiff import Segment, word_diff
from delegate_app.core.types import today

# The texts of a position, in reading order; all are kept in every version.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "core_position",
    "explanation",
    "red_lines",
    "mandate",
    "fallback",
    "minority_note",
    "talking_points",
)

TRANSITIONS: dict[PositionStatus, frozenset[PositionStatus]] = {
    PositionStatus.CONCEPT: frozenset({PositionStatus.CONSULTATION}),
    PositionStatus.CONSULTATION: frozenset({PositionStatus.CONCEPT, PositionStatus.ADOPTED}),
    PositionStatus.ADOPTED: frozenset({PositionStatus.CONSULTATION, PositionStatus.RAISED}),
    PositionStatus.RAISED: frozenset({PositionStatus.ADOPTED, PositionStatus.OUTCOME_KNOWN}),
    PositionStatus.OUTCOME_KNOWN: frozenset({PositionStatus.RAISED}),
}

# Statuses in which the texts and the responses may still change.
OPEN_STATUSES: frozenset[PositionStatus] = frozenset({PositionStatus.CONCEPT, PositionStatus.CONSULTATION})

# The order of a concern's life; status moves made here only ever go forward.
_CONCERN_ORDER = list(ConcernStatus)


def _what() -> str:
    return translate("Positions", "position")


def _author(session: Session, author: str) -> str:
    return author or str(session.info.get("actor", ""))


def get_position(session: Session, position_id: str) -> models.Position:
    return get_live(session, models.Position, position_id, _what())


def status_of(position: models.Position) -> PositionStatus:
    try:
        return PositionStatus(position.status)
    except ValueError:  # a status from a newer version: treat as not editable
        return PositionStatus.OUTCOME_KNOWN


def position_for_item(session: Session, agenda_item_id: str) -> models.Position | None:
    """The live position for an agenda item, if any."""
    return session.exec(
        select(models.Position).where(models.Position.agenda_item_id == agenda_item_id, live(models.Position))
    ).first()


def all_positions(session: Session) -> list[models.Position]:
    """Every live position, most recently changed first."""
    return list(
        session.exec(
            select(models.Position)
            .where(live(models.Position))
            .order_by(col(models.Position.updated_at).desc())
        )
    )


# --------------------------------------------------------------------------- drafting


def create_position(
    session: Session, title: str = "", *, agenda_item_id: str | None = None, author: str = "", **texts: str
) -> models.Position:
    """A new position in concept, optionally for an agenda item (whose title it takes when none given).

    Stores version 1 so the first edits can be compared with the start.
    """
    check_fields(texts, set(TEXT_FIELDS) - {"title"}, _what())
    item = None
    if agenda_item_id is not None:
        item = get_live(session, models.AgendaItem, agenda_item_id, translate("Positions", "agenda item"))
        existing = position_for_item(session, item.id)
        if existing is not None:
            raise ValidationError(
                translate(
                    "Positions", "Agenda item '{item}' already has a position: '{position}'. Edit that one."
                ).format(item=item.title, position=existing.title),
                field="agenda_item_id",
            )
    position = models.Position(
        agenda_item_id=item.id if item else None,
        title=required_title(title or (item.title if item else ""), position_field_label("title")),
        **{name: text_value(value) for name, value in texts.items()},
    )
    session.add(position)
    session.flush()
    _snapshot(session, position, 1, _author(session, author), translate("Positions", "Created"))
    return position


def update_texts(session: Session, position_id: str, **texts: str) -> models.Position:
    """Change any of the texts (TEXT_FIELDS); refused once the position is adopted."""
    check_fields(texts, set(TEXT_FIELDS), _what())
    position = get_position(session, position_id)
    _require_open(position)
    for name, value in texts.items():
        new = required_title(value, position_field_label("title")) if name == "title" else text_value(value)
        if getattr(position, name) != new:
            setattr(position, name, new)
    session.flush()
    return position


def delete_position(session: Session, position_id: str) -> None:
    """Tombstone a position (its versions and responses stay for the record)."""
    tombstone(get_position(session, position_id))
    session.flush()


def _require_open(position: models.Position) -> None:
    status = status_of(position)
    if status not in OPEN_STATUSES:
        raise ValidationError(
            translate(
                "Positions",
                "The position '{title}' is {status}; move it back to consultation to change it.",
            ).format(title=position.title, status=label(status).lower()),
            field="status",
        )


# --------------------------------------------------------------------------- responses


@dataclass(frozen=True)
class ResponseRow:
    """One municipality's response; members without a record appear with grade geen_reactie."""

    municipality_id: str
    municipality: str
    gm_code: str
    inhabitants: int
    grade: Grade
    grade_label: str
    note: str
    responded_on: date | None
    recorded_via: str
    recorded_via_label: str
    recorded_by: str
    response_id: str | None  # None: nothing recorded yet
    is_member: bool  # False: a former member whose response is kept but not counted
    updated_at: datetime | None


def set_response(
    session: Session,
    position_id: str,
    municipality_id: str,
    grade: Grade | str,
    *,
    note: str = "",
    responded_on: date | str | None = None,
    recorded_via: RecordedVia | str = RecordedVia.MANUAL,
    recorded_by: str = "",
) -> models.Response:
    """Record (or change) a member municipality's graded response.

    `responded_on` defaults to today for any grade but geen_reactie; `recorded_by`
    to the store's current actor.
    """
    position = get_position(session, position_id)
    grade_value = enum_value(Grade, grade, translate("Positions", "response"), "grade")
    via = enum_value(RecordedVia, recorded_via, translate("Positions", "way of recording"), "recorded_via")
    municipality = get_live(
        session, models.Municipality, municipality_id, translate("Positions", "municipality")
    )
    if municipality.id not in {m.municipality_id for m in weighing.member_figures(session)}:
        raise ValidationError(
            translate(
                "Positions", "{name} is not a member of the region; only members respond to a position."
            ).format(name=municipality.name),
            field="municipality_id",
        )
    if status_of(position) not in OPEN_STATUSES:
        raise ValidationError(
            translate(
                "Positions",
                "The position '{title}' is {status}; move it back to consultation to change responses.",
            ).format(title=position.title, status=label(status_of(position)).lower()),
            field="status",
        )
    answered_on = date_value(responded_on, "responded_on") if responded_on else None
    if answered_on is None and grade_value is not Grade.NO_RESPONSE:
        answered_on = today()
    response = revive(session, models.Response, position_id=position.id, municipality_id=municipality.id)
    response.grade = grade_value.value
    response.note = text_value(note)
    response.responded_on = answered_on
    response.recorded_via = via.value
    response.recorded_by = _author(session, recorded_by)
    session.flush()
    return response


def responses(session: Session, position_id: str) -> list[ResponseRow]:
    """Every member municipality's response, by name, then any former members' kept responses."""
    position = get_position(session, position_id)
    recorded = {
        r.municipality_id: r
        for r in session.exec(
            select(models.Response).where(models.Response.position_id == position.id, live(models.Response))
        )
    }
    member_ids = [m.municipality_id for m in weighing.member_figures(session)]
    former = [mid for mid in recorded if mid not in set(member_ids)]
    municipalities = {
        m.id: m
        for m in session.exec(
            select(models.Municipality).where(col(models.Municipality.id).in_(member_ids + former))
        )
    }
    former.sort(key=lambda mid: municipalities[mid].name.casefold())
    rows: list[ResponseRow] = []
    for mid in member_ids + former:
        m = municipalities[mid]
        r = recorded.get(mid)
        grade = weighing.grade_of(r.grade) if r else Grade.NO_RESPONSE
        via = r.recorded_via if r else RecordedVia.MANUAL.value
        rows.append(
            ResponseRow(
                municipality_id=mid,
                municipality=m.name,
                gm_code=m.gm_code,
                inhabitants=m.inhabitants,
                grade=grade,
                grade_label=label(grade),
                note=r.note if r else "",
                responded_on=r.responded_on if r else None,
                recorded_via=via,
                recorded_via_label=code_label(RecordedVia, via) if r else "",
                recorded_by=r.recorded_by if r else "",
                response_id=r.id if r else None,
                is_member=mid not in former,
                updated_at=r.updated_at if r else None,
            )
        )
    return rows


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class EvidenceRow:
    """A concern the position relies on, and the paragraph relying on it."""

    concern_id: str
    title: str
    municipality_id: str
    municipality: str
    paragraph: str
    status: str
    confidentiality: str
    anonymised: bool


def link_evidence(
    session: Session, position_id: str, concern_id: str, paragraph: str = ""
) -> models.PositionConcern:
    """Use a concern as evidence (or change the paragraph relying on it).

    A new or triaged concern moves on to in_position.
    """
    position = get_position(session, position_id)
    concern = get_live(session, models.Concern, concern_id, translate("Positions", "concern"))
    if concern.merged_into_id:
        target = session.get(models.Concern, concern.merged_into_id)
        raise ValidationError(
            translate("Positions", "The concern '{title}' was merged into '{target}'; use that one.").format(
                title=concern.title, target=target.title if target else concern.merged_into_id
            ),
            field="concern_id",
        )
    link = revive(session, models.PositionConcern, position_id=position.id, concern_id=concern.id)
    link.paragraph = " ".join(paragraph.split())
    advance_concerns(session, [concern.id], ConcernStatus.IN_POSITION)
    session.flush()
    return link


def unlink_evidence(session: Session, position_id: str, concern_id: str) -> None:
    """Stop using a concern as evidence; if nothing else relies on it, it is triaged again."""
    position = get_position(session, position_id)
    if not drop(session, models.PositionConcern, position_id=position.id, concern_id=concern_id):
        return
    still_used = session.exec(
        select(models.PositionConcern).where(
            models.PositionConcern.concern_id == concern_id, live(models.PositionConcern)
        )
    ).first()
    concern = session.get(models.Concern, concern_id)
    if still_used is None and concern is not None and concern.status == ConcernStatus.IN_POSITION.value:
        concern.status = ConcernStatus.TRIAGED.value
        session.flush()


def evidence(session: Session, position_id: str) -> list[EvidenceRow]:
    """The concerns a position relies on, with their paragraphs, in paragraph then title order."""
    position = get_position(session, position_id)
    rows = session.exec(
        select(models.PositionConcern, models.Concern, models.Municipality)
        .join(models.Concern, col(models.Concern.id) == col(models.PositionConcern.concern_id))
        .join(models.Municipality, col(models.Municipality.id) == col(models.Concern.municipality_id))
        .where(
            models.PositionConcern.position_id == position.id,
            live(models.PositionConcern),
            live(models.Concern),
        )
    ).all()
    result = [
        EvidenceRow(
            concern_id=c.id,
            title=c.title,
            municipality_id=m.id,
            municipality=m.name,
            paragraph=link.paragraph,
            status=c.status,
            confidentiality=c.confidentiality,
            anonymised=c.anonymised,
        )
        for link, c, m in rows
    ]
    return sorted(result, key=lambda r: (r.paragraph.casefold(), r.title.casefold()))


def related_concern_ids(session: Session, agenda_item_id: str | None, position_id: str | None) -> list[str]:
    """The concerns behind an agenda item and its position, and every concern merged into them.

    These are the concerns whose status follows the position (raised) and the
    outcome (answered or closed), so the report-back can tell each municipality.
    """
    ids: set[str] = set()
    if agenda_item_id:
        ids.update(
            session.exec(
                select(models.AgendaItemConcern.concern_id).where(
                    models.AgendaItemConcern.agenda_item_id == agenda_item_id, live(models.AgendaItemConcern)
                )
            )
        )
    if position_id:
        ids.update(
            session.exec(
                select(models.PositionConcern.concern_id).where(
                    models.PositionConcern.position_id == position_id, live(models.PositionConcern)
                )
            )
        )
    frontier = set(ids)
    while frontier:  # merges can chain: a into b into c
        merged = set(
            session.exec(
                select(models.Concern.id).where(
                    col(models.Concern.merged_into_id).in_(list(frontier)), live(models.Concern)
                )
            )
        )
        frontier = merged - ids
        ids |= merged
    live_ids = session.exec(
        select(models.Concern.id).where(col(models.Concern.id).in_(list(ids)), live(models.Concern))
    ).all()
    return sorted(live_ids)


def advance_concerns(session: Session, concern_ids: list[str], status: ConcernStatus) -> int:
    """Move concerns forward to `status`; a concern already further along stays. Returns how many moved."""
    target = _CONCERN_ORDER.index(status)
    moved = 0
    if not concern_ids:
        return moved
    for concern in session.exec(select(models.Concern).where(col(models.Concern.id).in_(concern_ids))):
        current = ConcernStatus(concern.status) if concern.status in set(ConcernStatus) else None
        if current is None or _CONCERN_ORDER.index(current) < target:
            concern.status = status.value
            moved += 1
    session.flush()
    return moved


# --------------------------------------------------------------------------- workflow


def allowed_transitions(session: Session, position_id: str) -> list[PositionStatus]:
    """The statuses `change_status` may move this position to (adopting may still fail the rule)."""
    position = get_position(session, position_id)
    return [
        s
        for s in PositionStatus
        if s in TRANSITIONS[status_of(position)] and _transition_problem(session, position, s) is None
    ]


def _transition_problem(session: Session, position: models.Position, new: PositionStatus) -> str | None:
    current = status_of(position)
    if new not in TRANSITIONS[current]:
        return translate("Positions", "A position cannot go from {current} to {new}.").format(
            current=label(current).lower(), new=label(new).lower()
        )
    if position.agenda_item_id is None:
        return None
    if new is PositionStatus.OUTCOME_KNOWN:
        return translate(
            "Positions", "Record the outcome of the agenda item; that marks the position as outcome known."
        )
    if current is PositionStatus.OUTCOME_KNOWN:
        outcome = session.exec(
            select(models.Outcome).where(
                models.Outcome.agenda_item_id == position.agenda_item_id, live(models.Outcome)
            )
        ).first()
        if outcome is not None:
            return translate(
                "Positions", "The outcome of the agenda item is recorded; the position stays outcome known."
            )
    return None


def change_status(
    session: Session,
    position_id: str,
    new_status: PositionStatus | str,
    *,
    author: str = "",
    reason: str = "",
) -> models.Position:
    """Move a position along the workflow, storing a version.

    Adopting checks the region's rule (`weighing.verdict`); a refusal names every
    unmet condition. Raising moves the related concerns on to raised. Changing
    to the current status does nothing.
    """
    position = get_position(session, position_id)
    new = enum_value(PositionStatus, new_status, translate("Positions", "status"), "status")
    if new is status_of(position):
        return position
    problem = _transition_problem(session, position, new)
    if problem is not None:
        raise ValidationError(problem, field="status")
    if new is PositionStatus.ADOPTED:
        tally = weighing.compute_tally(session, position.id)
        result = weighing.verdict(tally, weighing.rule_for(session), position.minority_note)
        if not result.can_adopt:
            raise ValidationError(
                translate("Positions", "The position '{title}' cannot be adopted: {reasons}").format(
                    title=position.title, reasons=" ".join(result.reasons)
                ),
                field="status",
            )
    set_status(session, position, new, author=author, reason=reason)
    if new is PositionStatus.RAISED:
        advance_concerns(
            session, related_concern_ids(session, position.agenda_item_id, position.id), ConcernStatus.RAISED
        )
    return position


def set_status(
    session: Session, position: models.Position, new: PositionStatus, *, author: str = "", reason: str = ""
) -> models.PositionVersion:
    """Set the status without workflow checks and store a version (used by outcomes)."""
    position.status = new.value
    session.flush()
    return _snapshot(session, position, _next_number(session, position), _author(session, author), reason)


# --------------------------------------------------------------------------- versions


@dataclass(frozen=True)
class VersionSnapshot:
    """A stored version, read back."""

    version_id: str
    number: int
    status: str
    status_label: str
    created_at: datetime
    author: str
    reason: str
    texts: dict[str, str]
    tally: dict[str, Any]
    responses: list[dict[str, str]]
    evidence: list[dict[str, str]]


@dataclass(frozen=True)
class FieldDiff:
    """One field compared between two versions."""

    field: str
    label: str
    old: str
    new: str
    changed: bool
    segments: list[Segment]


def new_version(
    session: Session, position_id: str, *, author: str = "", reason: str = ""
) -> models.PositionVersion:
    """Keep a snapshot of the position as it is now (the "nieuwe versie" button)."""
    position = get_position(session, position_id)
    return _snapshot(session, position, _next_number(session, position), _author(session, author), reason)


def versions(session: Session, position_id: str) -> list[models.PositionVersion]:
    """Every version of a position, oldest first."""
    position = get_position(session, position_id)
    return list(
        session.exec(
            select(models.PositionVersion)
            .where(models.PositionVersion.position_id == position.id, live(models.PositionVersion))
            .order_by(col(models.PositionVersion.number))
        )
    )


def read_version(version: models.PositionVersion) -> VersionSnapshot:
    """A version's snapshot as data; fields missing in older snapshots read as empty."""
    try:
        data = json.loads(version.snapshot or "{}")
    except json.JSONDecodeError:
        data = {}
    texts = data.get("texts", {}) if isinstance(data, dict) else {}
    return VersionSnapshot(
        version_id=version.id,
        number=version.number,
        status=version.status,
        status_label=code_label(PositionStatus, version.status),
        created_at=version.created_at,
        author=version.author,
        reason=version.reason,
        texts={name: str(texts.get(name, "")) for name in TEXT_FIELDS},
        tally=dict(data.get("tally", {})),
        responses=list(data.get("responses", [])),
        evidence=list(data.get("evidence", [])),
    )


def compare_versions(session: Session, version_a_id: str, version_b_id: str) -> list[FieldDiff]:
    """Each text field and the status, from version a (old) to version b (new), diffed word by word."""
    what = translate("Positions", "version")
    a = read_version(get_live(session, models.PositionVersion, version_a_id, what))
    b = read_version(get_live(session, models.PositionVersion, version_b_id, what))
    version_a = session.get(models.PositionVersion, version_a_id)
    version_b = session.get(models.PositionVersion, version_b_id)
    if version_a is None or version_b is None or version_a.position_id != version_b.position_id:
        raise ValidationError(
            translate("Positions", "Only versions of the same position can be compared."), field="version"
        )
    pairs = [(name, a.texts[name], b.texts[name]) for name in TEXT_FIELDS]
    pairs.append(("status", a.status_label, b.status_label))
    return [
        FieldDiff(
            field=name,
            label=position_field_label(name),
            old=old,
            new=new,
            changed=old != new,
            segments=word_diff(old, new),
        )
        for name, old, new in pairs
    ]


def _next_number(session: Session, position: models.Position) -> int:
    numbers = session.exec(
        select(models.PositionVersion.number).where(models.PositionVersion.position_id == position.id)
    ).all()
    return max([position.version_number, *numbers]) + 1 if numbers else 1


def _snapshot(
    session: Session, position: models.Position, number: int, author: str, reason: str
) -> models.PositionVersion:
    rows = responses(session, position.id)
    data = {
        "texts": {name: getattr(position, name) for name in TEXT_FIELDS},
        "status": position.status,
        "agenda_item_id": position.agenda_item_id,
        "tally": weighing.compute_tally(session, position.id).as_dict(),
        "responses": [
            {
                "municipality_id": r.municipality_id,
                "municipality": r.municipality,
                "grade": r.grade.value,
                "note": r.note,
                "member": r.is_member,
            }
            for r in rows
        ],
        "evidence": [
            {"concern_id": e.concern_id, "title": e.title, "paragraph": e.paragraph}
            for e in evidence(session, position.id)
        ],
    }
    version = models.PositionVersion(
        position_id=position.id,
        number=number,
        status=position.status,
        snapshot=json.dumps(data, ensure_ascii=False, sort_keys=True),
        author=author,
        reason=text_value(reason),
    )
    session.add(version)
    position.version_number = number
    session.flush()
    return version
