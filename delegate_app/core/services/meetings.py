"""National meetings of the Landelijk ICT Beraad and their agenda items.

An agenda item carries the national question (vraag vanuit landelijk), the body
asking it, reference links and the region's concerns linked to it. `agenda()`
gives, per item, what an overview or the briefing pack shows: its position's
status and support, and the outcome once known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, func, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import MeetingStatus
from delegate_app.core.services import positions, weighing
from delegate_app.core.services.labels import code_label, format_date
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
from delegate_app.core.types import today as local_today

MEETING_FIELDS = frozenset({"title", "held_on", "place", "status", "note"})
AGENDA_ITEM_FIELDS = frozenset({"title", "description", "national_question", "body_id", "reference_links"})


def _meeting_word() -> str:
    return translate("Meetings", "national meeting")


def _item_word() -> str:
    return translate("Meetings", "agenda item")


# --------------------------------------------------------------------------- meetings


def get_meeting(session: Session, meeting_id: str) -> models.NationalMeeting:
    return get_live(session, models.NationalMeeting, meeting_id, _meeting_word())


def list_meetings(session: Session) -> list[models.NationalMeeting]:
    """Every live meeting, the latest date first."""
    return list(
        session.exec(
            select(models.NationalMeeting)
            .where(live(models.NationalMeeting))
            .order_by(
                col(models.NationalMeeting.held_on).desc(), col(models.NationalMeeting.created_at).desc()
            )
        )
    )


def _meeting_status(value: Any) -> str:
    return enum_value(MeetingStatus, value, translate("Meetings", "meeting status"), "status").value


def create_meeting(
    session: Session,
    title: str,
    held_on: date | str,
    place: str = "",
    *,
    note: str = "",
    status: MeetingStatus | str = MeetingStatus.PLANNED,
) -> models.NationalMeeting:
    """A new national meeting (planned unless said otherwise)."""
    meeting = models.NationalMeeting(
        title=required_title(title, translate("Meetings", "title")),
        held_on=date_value(held_on, "held_on"),
        place=" ".join(place.split()),
        note=text_value(note),
        status=_meeting_status(status),
    )
    session.add(meeting)
    session.flush()
    return meeting


def update_meeting(session: Session, meeting_id: str, **changes: Any) -> models.NationalMeeting:
    """Change title, date (held_on), place, status or note."""
    check_fields(changes, MEETING_FIELDS, _meeting_word())
    meeting = get_meeting(session, meeting_id)
    converters = {
        "title": lambda v: required_title(v, translate("Meetings", "title")),
        "held_on": lambda v: date_value(v, "held_on"),
        "place": lambda v: " ".join(str(v or "").split()),
        "status": _meeting_status,
        "note": text_value,
    }
    for name, value in changes.items():
        setattr(meeting, name, converters[name](value))
    session.flush()
    return meeting


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Tombstone a meeting and its agenda items.

    Refused once an outcome is recorded (that is history the report-back needs).
    Positions of its items are kept as standalone positions, so no drafting is lost.
    """
    meeting = get_meeting(session, meeting_id)
    items = agenda_items(session, meeting.id)
    for item in items:
        _refuse_with_outcome(session, item)
    for item in items:
        _remove_item(session, item)
    tombstone(meeting)
    session.flush()


def next_meeting(session: Session, today: date | None = None) -> models.NationalMeeting | None:
    """The first planned meeting on or after today."""
    day = today or local_today()
    return session.exec(
        select(models.NationalMeeting)
        .where(
            live(models.NationalMeeting),
            models.NationalMeeting.status == MeetingStatus.PLANNED.value,
            col(models.NationalMeeting.held_on) >= day,
        )
        .order_by(col(models.NationalMeeting.held_on), col(models.NationalMeeting.created_at))
    ).first()


def last_meeting(session: Session, today: date | None = None) -> models.NationalMeeting | None:
    """The most recent meeting already held: before today, or today when marked held or reported."""
    day = today or local_today()
    return session.exec(
        select(models.NationalMeeting)
        .where(
            live(models.NationalMeeting),
            (col(models.NationalMeeting.held_on) < day)
            | (
                (col(models.NationalMeeting.held_on) == day)
                & (col(models.NationalMeeting.status) != MeetingStatus.PLANNED.value)
            ),
        )
        .order_by(col(models.NationalMeeting.held_on).desc(), col(models.NationalMeeting.created_at).desc())
    ).first()


def create_next_from_last(
    session: Session,
    held_on: date | str,
    title: str | None = None,
    *,
    place: str | None = None,
    carry_positions: bool = True,
) -> models.NationalMeeting:
    """A new meeting that carries over the open agenda items of the meeting before it.

    The meeting before it is the latest live meeting dated before `held_on`.
    Open items are those without a recorded outcome; they are copied with their
    questions, body, links and concerns, numbered afresh. With `carry_positions`
    their positions move to the new items, so drafting continues there (the
    versions keep what the position was at the earlier meeting). The place is
    copied unless given.
    """
    day = date_value(held_on, "held_on")
    previous = session.exec(
        select(models.NationalMeeting)
        .where(live(models.NationalMeeting), col(models.NationalMeeting.held_on) < day)
        .order_by(col(models.NationalMeeting.held_on).desc(), col(models.NationalMeeting.created_at).desc())
    ).first()
    if previous is None:
        raise ValidationError(
            translate("Meetings", "There is no meeting before {date} to continue from.").format(
                date=format_date(day)
            ),
            field="held_on",
        )
    meeting = create_meeting(
        session,
        title or translate("Meetings", "Landelijk ICT Beraad {date}").format(date=format_date(day)),
        day,
        previous.place if place is None else place,
    )
    outcomes = _outcome_item_ids(session, [i.id for i in agenda_items(session, previous.id)])
    number = 0
    for old in agenda_items(session, previous.id):
        if old.id in outcomes:
            continue
        number += 1
        new = models.AgendaItem(
            meeting_id=meeting.id,
            number=number,
            title=old.title,
            description=old.description,
            national_question=old.national_question,
            body_id=old.body_id,
            reference_links=old.reference_links,
        )
        session.add(new)
        session.flush()
        for concern in linked_concerns(session, old.id):
            session.add(models.AgendaItemConcern(agenda_item_id=new.id, concern_id=concern.id))
        position = positions.position_for_item(session, old.id)
        if carry_positions and position is not None:
            position.agenda_item_id = new.id
    session.flush()
    return meeting


# --------------------------------------------------------------------------- agenda items


def get_agenda_item(session: Session, agenda_item_id: str) -> models.AgendaItem:
    return get_live(session, models.AgendaItem, agenda_item_id, _item_word())


def agenda_items(session: Session, meeting_id: str) -> list[models.AgendaItem]:
    """The live agenda items of a meeting, in agenda order."""
    return list(
        session.exec(
            select(models.AgendaItem)
            .where(models.AgendaItem.meeting_id == meeting_id, live(models.AgendaItem))
            .order_by(col(models.AgendaItem.number), col(models.AgendaItem.created_at))
        )
    )


def _links(value: Any) -> str:
    """Reference links: one web address per line; anything else is refused naming the line."""
    lines = [line.strip() for line in text_value(value).split("\n")]
    for number, line in enumerate(lines, start=1):
        if line and not re.match(r"^https?://\S+$", line, re.IGNORECASE):
            raise ValidationError(
                translate(
                    "Meetings",
                    "Line {line} of the reference links is not a web address starting with http:// or "
                    "https://: '{text}'.",
                ).format(line=number, text=line[:80]),
                field="reference_links",
            )
    return "\n".join(line for line in lines if line)


def _body(session: Session, body_id: Any) -> str | None:
    if not body_id:
        return None
    return get_live(session, models.Organisation, str(body_id), translate("Meetings", "national body")).id


def _item_converters(session: Session) -> dict[str, Any]:
    return {
        "title": lambda v: required_title(v, translate("Meetings", "title")),
        "description": text_value,
        "national_question": text_value,
        "body_id": lambda v: _body(session, v),
        "reference_links": _links,
    }


def add_agenda_item(
    session: Session,
    meeting_id: str,
    title: str,
    *,
    description: str = "",
    national_question: str = "",
    body_id: str | None = None,
    reference_links: str = "",
    number: int | None = None,
) -> models.AgendaItem:
    """A new agenda item, last on the agenda or at `number` (later items move down)."""
    meeting = get_meeting(session, meeting_id)
    values = {
        "title": title,
        "description": description,
        "national_question": national_question,
        "body_id": body_id,
        "reference_links": reference_links,
    }
    converters = _item_converters(session)
    item = models.AgendaItem(
        meeting_id=meeting.id, **{name: converters[name](value) for name, value in values.items()}
    )
    existing = agenda_items(session, meeting.id)
    place = len(existing) if number is None else min(max(int(number), 1) - 1, len(existing))
    existing.insert(place, item)
    session.add(item)
    _renumber(existing)
    session.flush()
    return item


def update_agenda_item(session: Session, agenda_item_id: str, **changes: Any) -> models.AgendaItem:
    """Change title, description, national_question, body_id or reference_links."""
    check_fields(changes, AGENDA_ITEM_FIELDS, _item_word())
    item = get_agenda_item(session, agenda_item_id)
    converters = _item_converters(session)
    for name, value in changes.items():
        setattr(item, name, converters[name](value))
    session.flush()
    return item


def delete_agenda_item(session: Session, agenda_item_id: str) -> None:
    """Tombstone an agenda item; refused once its outcome is recorded. Its position becomes standalone."""
    item = get_agenda_item(session, agenda_item_id)
    _refuse_with_outcome(session, item)
    _remove_item(session, item)
    _renumber(agenda_items(session, item.meeting_id))
    session.flush()


def reorder_agenda_items(session: Session, meeting_id: str, ordered_ids: Sequence[str]) -> None:
    """Number the meeting's agenda items in the given order; every live item exactly once."""
    items = {i.id: i for i in agenda_items(session, get_meeting(session, meeting_id).id)}
    if sorted(ordered_ids) != sorted(items):
        raise ValidationError(
            translate("Meetings", "The new order must name every agenda item of the meeting exactly once."),
            field="ordered_ids",
        )
    _renumber([items[i] for i in ordered_ids])
    session.flush()


def _renumber(items: Sequence[models.AgendaItem]) -> None:
    for number, item in enumerate(items, start=1):
        if item.number != number:
            item.number = number


def _outcome_item_ids(session: Session, item_ids: Sequence[str]) -> set[str]:
    return set(
        session.exec(
            select(models.Outcome.agenda_item_id).where(
                col(models.Outcome.agenda_item_id).in_(list(item_ids)), live(models.Outcome)
            )
        )
    )


def _refuse_with_outcome(session: Session, item: models.AgendaItem) -> None:
    if _outcome_item_ids(session, [item.id]):
        raise ValidationError(
            translate(
                "Meetings", "The outcome of agenda item '{title}' is recorded; it can no longer be deleted."
            ).format(title=item.title),
            field="agenda_item_id",
        )


def _remove_item(session: Session, item: models.AgendaItem) -> None:
    for model in (models.AgendaItemConcern, models.SessionAgendaItem):
        for link in session.exec(select(model).where(model.agenda_item_id == item.id, live(model))):
            tombstone(link)
    position = positions.position_for_item(session, item.id)
    if position is not None:
        position.agenda_item_id = None
    tombstone(item)


# --------------------------------------------------------------------------- concerns on the agenda


def link_concern(session: Session, agenda_item_id: str, concern_id: str) -> models.AgendaItemConcern:
    """Link a concern of the region to an agenda item (again, if it was unlinked)."""
    item = get_agenda_item(session, agenda_item_id)
    concern = get_live(session, models.Concern, concern_id, translate("Meetings", "concern"))
    link = revive(session, models.AgendaItemConcern, agenda_item_id=item.id, concern_id=concern.id)
    session.flush()
    return link


def unlink_concern(session: Session, agenda_item_id: str, concern_id: str) -> None:
    drop(session, models.AgendaItemConcern, agenda_item_id=agenda_item_id, concern_id=concern_id)


def linked_concerns(session: Session, agenda_item_id: str) -> list[models.Concern]:
    """The live concerns linked to an agenda item, by title."""
    return list(
        session.exec(
            select(models.Concern)
            .join(
                models.AgendaItemConcern, col(models.AgendaItemConcern.concern_id) == col(models.Concern.id)
            )
            .where(
                models.AgendaItemConcern.agenda_item_id == agenda_item_id,
                live(models.AgendaItemConcern),
                live(models.Concern),
            )
            .order_by(func.lower(models.Concern.title))
        )
    )


# --------------------------------------------------------------------------- the agenda as shown


@dataclass(frozen=True)
class AgendaItemSummary:
    """An agenda item with what overviews show beside it."""

    item: models.AgendaItem
    body_name: str
    concern_count: int
    position: models.Position | None
    position_status_label: str  # empty without a position
    tally: weighing.Tally | None
    verdict: weighing.Verdict | None  # whether the position could be adopted now
    outcome: models.Outcome | None


def agenda(session: Session, meeting_id: str) -> list[AgendaItemSummary]:
    """The meeting's agenda items in order, each with its position, tally, verdict and outcome."""
    items = agenda_items(session, get_meeting(session, meeting_id).id)
    ids = [i.id for i in items]
    by_item = {
        p.agenda_item_id: p
        for p in session.exec(
            select(models.Position).where(col(models.Position.agenda_item_id).in_(ids), live(models.Position))
        )
    }
    tallies = weighing.compute_tallies(session, [p.id for p in by_item.values()])
    rule = weighing.rule_for(session)
    outcomes = {
        o.agenda_item_id: o
        for o in session.exec(
            select(models.Outcome).where(col(models.Outcome.agenda_item_id).in_(ids), live(models.Outcome))
        )
    }
    counts = dict(
        session.exec(
            select(models.AgendaItemConcern.agenda_item_id, func.count())
            .join(models.Concern, col(models.Concern.id) == col(models.AgendaItemConcern.concern_id))
            .where(
                col(models.AgendaItemConcern.agenda_item_id).in_(ids),
                live(models.AgendaItemConcern),
                live(models.Concern),
            )
            .group_by(col(models.AgendaItemConcern.agenda_item_id))
        ).all()
    )
    body_ids = [i.body_id for i in items if i.body_id]
    bodies = {
        o.id: o.name
        for o in session.exec(select(models.Organisation).where(col(models.Organisation.id).in_(body_ids)))
    }
    result: list[AgendaItemSummary] = []
    for item in items:
        position = by_item.get(item.id)
        tally = tallies[position.id] if position else None
        result.append(
            AgendaItemSummary(
                item=item,
                body_name=bodies.get(item.body_id or "", ""),
                concern_count=int(counts.get(item.id, 0)),
                position=position,
                position_status_label=code_label(models.PositionStatus, position.status) if position else "",
                tally=tally,
                verdict=weighing.verdict(tally, rule, position.minority_note) if position and tally else None,
                outcome=outcomes.get(item.id),
            )
        )
    return result
