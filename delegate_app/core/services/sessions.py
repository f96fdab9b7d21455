"""Sessions held in the region (regio-overleg, knowledge session, workshop): attendance, minutes, participation.

Attendance is kept per municipality and, where known, per person: a row without a
person says the municipality as such was (or was not) there. Minutes are Markdown
and move draft -> corrected -> final; final minutes are locked until reopened.
`participation()` shows which municipalities take part, since capacity to take
part is one of the region's own problems.

Note: `session` is the database session throughout; the regional session is
named by `session_id`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, func, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import Grade, MinutesStatus, SessionKind
from delegate_app.core.services import weighing
from delegate_app.core.services.labels import code_label
from delegate_app.core.services.meetings import get_agenda_item
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

SESSION_FIELDS = frozenset({"title", "held_on", "place", "agenda", "kind"})


def _what() -> str:
    return translate("Sessions", "regional session")


def get_session(session: Session, session_id: str) -> models.RegionalSession:
    return get_live(session, models.RegionalSession, session_id, _what())


def list_sessions(session: Session, *, kind: SessionKind | str | None = None) -> list[models.RegionalSession]:
    """Live sessions, the latest first; optionally of one kind."""
    query = select(models.RegionalSession).where(live(models.RegionalSession))
    if kind is not None:
        query = query.where(models.RegionalSession.kind == _kind(kind))
    return list(
        session.exec(
            query.order_by(
                col(models.RegionalSession.held_on).desc(), col(models.RegionalSession.created_at).desc()
            )
        )
    )


def _kind(value: Any) -> str:
    return enum_value(SessionKind, value, translate("Sessions", "kind of session"), "kind").value


def _converters() -> dict[str, Any]:
    return {
        "title": lambda v: required_title(v, translate("Sessions", "title")),
        "held_on": lambda v: date_value(v, "held_on"),
        "place": lambda v: " ".join(str(v or "").split()),
        "agenda": text_value,
        "kind": _kind,
    }


def create_session(
    session: Session,
    title: str,
    held_on: date | str,
    *,
    kind: SessionKind | str = SessionKind.REGIONAL,
    place: str = "",
    agenda: str = "",
) -> models.RegionalSession:
    """A new regional session, knowledge session or workshop (minutes start as an empty draft)."""
    convert = _converters()
    record = models.RegionalSession(
        title=convert["title"](title),
        held_on=convert["held_on"](held_on),
        kind=convert["kind"](kind),
        place=convert["place"](place),
        agenda=convert["agenda"](agenda),
    )
    session.add(record)
    session.flush()
    return record


def update_session(session: Session, session_id: str, **changes: Any) -> models.RegionalSession:
    """Change title, held_on, place, agenda or kind (minutes go through `set_minutes`)."""
    check_fields(changes, SESSION_FIELDS, _what())
    record = get_session(session, session_id)
    convert = _converters()
    for name, value in changes.items():
        setattr(record, name, convert[name](value))
    session.flush()
    return record


def delete_session(session: Session, session_id: str) -> None:
    """Tombstone a session with its attendance and discussed items; concerns raised there stay."""
    record = get_session(session, session_id)
    for model in (models.Attendance, models.SessionAgendaItem):
        for row in session.exec(select(model).where(model.session_id == record.id, live(model))):
            tombstone(row)
    tombstone(record)
    session.flush()


# --------------------------------------------------------------------------- attendance


@dataclass(frozen=True)
class PersonAttendance:
    person_id: str
    name: str
    present: bool
    note: str


@dataclass(frozen=True)
class AttendanceRow:
    """One municipality at one session; `present` is None when nothing was recorded."""

    municipality_id: str
    municipality: str
    gm_code: str
    is_member: bool
    present: bool | None
    note: str
    persons: tuple[PersonAttendance, ...]


def set_attendance(
    session: Session,
    session_id: str,
    municipality_id: str,
    present: bool = True,
    *,
    person_id: str | None = None,
    note: str = "",
) -> models.Attendance:
    """Record whether a municipality (or one of its people) was at a session.

    A municipality counts as present when any of its rows says present. People
    from neighbouring municipalities outside the region can be recorded too.
    """
    record = get_session(session, session_id)
    municipality = get_live(
        session, models.Municipality, municipality_id, translate("Sessions", "municipality")
    )
    if person_id is not None:
        person = get_live(session, models.Person, person_id, translate("Sessions", "person"))
        if person.municipality_id not in (None, municipality.id):
            raise ValidationError(
                translate("Sessions", "{person} does not work for {municipality}.").format(
                    person=person.name, municipality=municipality.name
                ),
                field="person_id",
            )
    row = revive(
        session, models.Attendance, session_id=record.id, municipality_id=municipality.id, person_id=person_id
    )
    row.present = bool(present)
    row.note = " ".join(note.split())
    session.flush()
    return row


def clear_attendance(
    session: Session, session_id: str, municipality_id: str, *, person_id: str | None = None
) -> None:
    """Forget what was recorded for a municipality (or one person) at a session."""
    drop(
        session,
        models.Attendance,
        session_id=session_id,
        municipality_id=municipality_id,
        person_id=person_id,
    )


def attendance(session: Session, session_id: str) -> list[AttendanceRow]:
    """Every member municipality (present, absent or unknown) by name, then others who attended."""
    record = get_session(session, session_id)
    rows = session.exec(
        select(models.Attendance).where(models.Attendance.session_id == record.id, live(models.Attendance))
    ).all()
    member_ids = [m.municipality_id for m in weighing.member_figures(session)]
    others = sorted({r.municipality_id for r in rows} - set(member_ids))
    municipalities = {
        m.id: m
        for m in session.exec(
            select(models.Municipality).where(col(models.Municipality.id).in_(member_ids + others))
        )
    }
    person_ids = [r.person_id for r in rows if r.person_id]
    people = {
        p.id: p for p in session.exec(select(models.Person).where(col(models.Person.id).in_(person_ids)))
    }
    others.sort(key=lambda mid: municipalities[mid].name.casefold())
    result: list[AttendanceRow] = []
    for mid in member_ids + others:
        mine = [r for r in rows if r.municipality_id == mid]
        own = next((r for r in mine if r.person_id is None), None)
        persons = tuple(
            sorted(
                (
                    PersonAttendance(r.person_id, _person_name(people.get(r.person_id)), r.present, r.note)
                    for r in mine
                    if r.person_id
                ),
                key=lambda p: p.name.casefold(),
            )
        )
        result.append(
            AttendanceRow(
                municipality_id=mid,
                municipality=municipalities[mid].name,
                gm_code=municipalities[mid].gm_code,
                is_member=mid in set(member_ids),
                present=any(r.present for r in mine) if mine else None,
                note=own.note if own else "",
                persons=persons,
            )
        )
    return result


def _person_name(person: models.Person | None) -> str:
    if person is None or person.erased_at is not None:
        return translate("Sessions", "(erased person)")
    return person.name


# --------------------------------------------------------------------------- minutes


_MINUTES_ORDER = list(MinutesStatus)


def set_minutes(
    session: Session, session_id: str, text: str, status: MinutesStatus | str | None = None
) -> models.RegionalSession:
    """Save the minutes (Markdown) and optionally their status.

    Final minutes are locked: saving them, or moving them to another status, is
    refused until `reopen_minutes`. Draft and corrected may move both ways.
    """
    record = get_session(session, session_id)
    new_status = record.minutes_status if status is None else _minutes_status(status)
    if record.minutes_status == MinutesStatus.FINAL.value:
        new_text = text_value(text)
        if new_text != record.minutes or new_status != record.minutes_status:
            raise ValidationError(
                translate(
                    "Sessions", "The minutes of '{title}' are final; reopen them to change them."
                ).format(title=record.title),
                field="minutes",
            )
        return record
    record.minutes = text_value(text)
    record.minutes_status = new_status
    session.flush()
    return record


def reopen_minutes(session: Session, session_id: str) -> models.RegionalSession:
    """Unlock final minutes for a correction; they become corrected until finalised again."""
    record = get_session(session, session_id)
    if record.minutes_status == MinutesStatus.FINAL.value:
        record.minutes_status = MinutesStatus.CORRECTED.value
        session.flush()
    return record


def minutes_status_label(record: models.RegionalSession) -> str:
    return code_label(MinutesStatus, record.minutes_status)


def _minutes_status(value: Any) -> str:
    return enum_value(
        MinutesStatus, value, translate("Sessions", "status of minutes"), "minutes_status"
    ).value


# --------------------------------------------------------------------------- what was discussed


def link_agenda_item(session: Session, session_id: str, agenda_item_id: str) -> models.SessionAgendaItem:
    """Record that a national question (agenda item) was discussed at the session."""
    record = get_session(session, session_id)
    item = get_agenda_item(session, agenda_item_id)
    link = revive(session, models.SessionAgendaItem, session_id=record.id, agenda_item_id=item.id)
    session.flush()
    return link


def unlink_agenda_item(session: Session, session_id: str, agenda_item_id: str) -> None:
    drop(session, models.SessionAgendaItem, session_id=session_id, agenda_item_id=agenda_item_id)


def discussed_items(session: Session, session_id: str) -> list[models.AgendaItem]:
    """The live agenda items discussed at the session, by meeting date and number."""
    return list(
        session.exec(
            select(models.AgendaItem)
            .join(
                models.SessionAgendaItem,
                col(models.SessionAgendaItem.agenda_item_id) == col(models.AgendaItem.id),
            )
            .join(models.NationalMeeting, col(models.NationalMeeting.id) == col(models.AgendaItem.meeting_id))
            .where(
                models.SessionAgendaItem.session_id == session_id,
                live(models.SessionAgendaItem),
                live(models.AgendaItem),
            )
            .order_by(col(models.NationalMeeting.held_on), col(models.AgendaItem.number))
        )
    )


def concerns_raised(session: Session, session_id: str) -> list[models.Concern]:
    """The live concerns raised at the session (merged ones included: they were raised there), by title."""
    return list(
        session.exec(
            select(models.Concern)
            .where(models.Concern.session_id == session_id, live(models.Concern))
            .order_by(func.lower(models.Concern.title))
        )
    )


# --------------------------------------------------------------------------- participation


@dataclass(frozen=True)
class ParticipationRow:
    """How much one municipality took part in the period."""

    municipality_id: str
    municipality: str
    is_member: bool
    sessions_held: int  # all live sessions in the period, of any kind
    sessions_attended: int
    attendance: weighing.Share  # attended / held
    last_attended_on: date | None
    concerns_contributed: int  # concerns submitted by the municipality (merged ones count)
    supports_given: int  # live concerns it recognised
    responses_given: int  # responses to live positions other than geen reactie


def _since(expression: Any, since: date | None) -> ColumnElement[bool]:
    # Dates are stored as ISO text, created_at as ISO timestamps: compare their first ten characters.
    day = func.substr(type_coerce(expression, String), 1, 10)
    return day >= (since.isoformat() if since else "")


def participation(session: Session, since: date | None = None) -> dict[str, ParticipationRow]:
    """Per municipality, by name: sessions attended, concerns contributed, supports and responses given.

    Every member is listed; others only when they did something. The period
    starts at `since` (a session's date, a concern's submission date, a
    support's or response's date, each falling back to when it was entered).
    """
    held = session.exec(
        select(models.RegionalSession.id, models.RegionalSession.held_on).where(
            live(models.RegionalSession), _since(models.RegionalSession.held_on, since)
        )
    ).all()
    held_on = dict(held)
    attended: dict[str, set[str]] = {}
    for mid, sid in session.exec(
        select(models.Attendance.municipality_id, models.Attendance.session_id).where(
            live(models.Attendance), col(models.Attendance.present).is_(True)
        )
    ):
        if sid in held_on:
            attended.setdefault(mid, set()).add(sid)
    concerns = _count_by_municipality(
        session,
        models.Concern.municipality_id,
        live(models.Concern),
        _since(func.coalesce(col(models.Concern.submitted_on), col(models.Concern.created_at)), since),
    )
    supports = _count_by_municipality(
        session,
        models.Support.municipality_id,
        live(models.Support),
        col(models.Support.concern_id).in_(select(models.Concern.id).where(live(models.Concern))),
        _since(func.coalesce(col(models.Support.recorded_on), col(models.Support.created_at)), since),
    )
    responses = _count_by_municipality(
        session,
        models.Response.municipality_id,
        live(models.Response),
        models.Response.grade != Grade.NO_RESPONSE.value,
        col(models.Response.position_id).in_(select(models.Position.id).where(live(models.Position))),
        _since(func.coalesce(col(models.Response.responded_on), col(models.Response.created_at)), since),
    )
    member_ids = {m.municipality_id for m in weighing.member_figures(session)}
    ids = member_ids | set(attended) | set(concerns) | set(supports) | set(responses)
    municipalities = session.exec(
        select(models.Municipality).where(col(models.Municipality.id).in_(list(ids)))
    ).all()
    result: dict[str, ParticipationRow] = {}
    for m in sorted(municipalities, key=lambda m: (m.id not in member_ids, m.name.casefold())):
        mine = attended.get(m.id, set())
        result[m.id] = ParticipationRow(
            municipality_id=m.id,
            municipality=m.name,
            is_member=m.id in member_ids,
            sessions_held=len(held_on),
            sessions_attended=len(mine),
            attendance=weighing.Share(len(mine), len(held_on)),
            last_attended_on=max((held_on[s] for s in mine), default=None),
            concerns_contributed=concerns.get(m.id, 0),
            supports_given=supports.get(m.id, 0),
            responses_given=responses.get(m.id, 0),
        )
    return result


def _count_by_municipality(session: Session, column: Any, *conditions: Any) -> dict[str, int]:
    rows: Iterable[tuple[str, int]] = session.exec(
        select(column, func.count()).where(*conditions).group_by(column)
    ).all()
    return {mid: int(count) for mid, count in rows}
