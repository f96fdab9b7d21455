"""Regional sessions: attendance for every member, minutes status and lock, what was discussed, participation."""

from __future__ import annotations

from datetime import date

import pytest
from loop_region import add_concern, add_meeting, build_region
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.models import Grade, MinutesStatus, SessionKind
from delegate_app.core.services import meetings, positions, sessions
from delegate_app.core.store import Store


def _session(store: Store, held_on: date = date(2025, 2, 6), kind: str = "regio_overleg") -> str:
    with store.session() as session:
        return sessions.create_session(
            session, "Regio-overleg februari", held_on, kind=kind, place="Bergen"
        ).id


def _person(store: Store, name: str, municipality_id: str | None) -> str:
    with store.session() as session:
        person = models.Person(name=name, municipality_id=municipality_id)
        session.add(person)
        session.flush()
        return person.id


def test_create_and_update_session(store: Store) -> None:
    sid = _session(store, kind=SessionKind.WORKSHOP)
    with store.session() as session:
        sessions.update_session(session, sid, agenda="1. Opening\n2. Cloud\n", held_on=date(2025, 2, 7))
    with pytest.raises(ValidationError), store.session() as session:
        sessions.update_session(session, sid, kind="borrel")
    with pytest.raises(ValidationError), store.session() as session:
        sessions.update_session(session, sid, minutes="sneaky")
    with store.reader() as session:
        record = sessions.get_session(session, sid)
        assert (record.kind, record.held_on, record.agenda) == (
            "workshop",
            date(2025, 2, 7),
            "1. Opening\n2. Cloud",
        )
        assert [s.id for s in sessions.list_sessions(session, kind="workshop")] == [sid]
        assert sessions.list_sessions(session, kind=SessionKind.KNOWLEDGE) == []


def test_attendance_lists_every_member_and_guests(store: Store) -> None:
    region = build_region(store)
    sid = _session(store)
    anna = _person(store, "Anna de Vries", region.bergen)
    piet = _person(store, "Piet Hein", region.baarle)
    guest = _person(store, "Gast uit Tilburg", region.outsider)
    with store.session() as session:
        sessions.set_attendance(session, sid, region.bergen, person_id=anna, note="CISO")
        sessions.set_attendance(session, sid, region.sudwest, present=False, note="afgemeld")
        sessions.set_attendance(session, sid, region.outsider, person_id=guest)
        with pytest.raises(ValidationError, match="Piet Hein"):
            sessions.set_attendance(session, sid, region.bergen, person_id=piet)
        rows = sessions.attendance(session, sid)
    assert [(r.municipality, r.is_member, r.present) for r in rows] == [
        ("Baarle-Nassau", True, None),
        ("Bergen (L.)", True, True),
        ("Súdwest-Fryslân", True, False),
        ("Tilburg", False, True),
    ]
    assert [(p.name, p.present, p.note) for p in rows[1].persons] == [("Anna de Vries", True, "CISO")]
    assert rows[2].note == "afgemeld"
    with store.session() as session:
        sessions.set_attendance(session, sid, region.sudwest, present=True)
        sessions.clear_attendance(session, sid, region.bergen, person_id=anna)
        rows = sessions.attendance(session, sid)
        count = len(session.exec(select(models.Attendance).where(models.Attendance.session_id == sid)).all())
    assert [r.present for r in rows] == [None, None, True, True]
    assert count == 3  # changed in place, never duplicated


def test_minutes_move_to_final_and_stay_locked_until_reopened(store: Store) -> None:
    sid = _session(store)
    with store.session() as session:
        record = sessions.set_minutes(session, sid, "# Verslag\n\n- Cloud besproken\n")
        assert record.minutes_status == "draft"
        sessions.set_minutes(session, sid, "# Verslag\n\n- Cloud besproken, BIO ook", MinutesStatus.CORRECTED)
        sessions.set_minutes(session, sid, "# Verslag\n\n- Cloud besproken, BIO ook", "final")
    with pytest.raises(ValidationError), store.session() as session:
        sessions.set_minutes(session, sid, "# Verslag\n\nAnders")
    with pytest.raises(ValidationError), store.session() as session:
        sessions.set_minutes(session, sid, "# Verslag\n\n- Cloud besproken, BIO ook", "draft")
    with pytest.raises(ValidationError), store.session() as session:
        sessions.set_minutes(session, sid, "x", "approved")
    with store.session() as session:
        # Saving final minutes unchanged (an editor losing focus) is harmless.
        sessions.set_minutes(session, sid, "# Verslag\n\n- Cloud besproken, BIO ook")
        sessions.reopen_minutes(session, sid)
        record = sessions.set_minutes(session, sid, "# Verslag\n\nGecorrigeerd")
        assert (record.minutes, record.minutes_status) == ("# Verslag\n\nGecorrigeerd", "corrected")


def test_discussed_items_and_concerns_raised(store: Store) -> None:
    region = build_region(store)
    sid = _session(store)
    with store.session() as session:
        meeting = add_meeting(session)
        item = meetings.add_agenda_item(session, meeting.id, "Wet digitale overheid")
        sessions.link_agenda_item(session, sid, item.id)
        sessions.link_agenda_item(session, sid, item.id)
        add_concern(session, region.baarle, "Zelf gemeld", session_id=sid)
        add_concern(session, region.bergen, "Elders gemeld")
        assert [i.title for i in sessions.discussed_items(session, sid)] == ["Wet digitale overheid"]
        assert [c.title for c in sessions.concerns_raised(session, sid)] == ["Zelf gemeld"]
        sessions.unlink_agenda_item(session, sid, item.id)
        assert sessions.discussed_items(session, sid) == []


def test_participation_counts_per_municipality(store: Store) -> None:
    region = build_region(store)
    old = _session(store, date(2024, 11, 7))
    recent = _session(store, date(2025, 2, 6))
    with store.session() as session:
        sessions.set_attendance(session, old, region.baarle)
        sessions.set_attendance(session, recent, region.baarle)
        sessions.set_attendance(session, recent, region.bergen, present=False)
        add_concern(session, region.baarle, "Oud", submitted_on=date(2024, 10, 1))
        add_concern(session, region.baarle, "Nieuw", submitted_on=date(2025, 1, 20))
        gone = add_concern(session, region.bergen, "Verwijderd", submitted_on=date(2025, 1, 20))
        gone.deleted_at = gone.created_at
        kept = add_concern(session, region.baarle, "Blijft")
        for concern in (gone, kept):  # a support of a deleted concern does not count
            session.add(models.Support(concern_id=concern.id, municipality_id=region.sudwest))
        position = positions.create_position(session, "Cloud")
        positions.set_response(
            session, position.id, region.sudwest, Grade.OBJECTION, responded_on=date(2025, 2, 1)
        )
        positions.set_response(session, position.id, region.bergen, Grade.NO_RESPONSE)
    with store.reader() as session:
        everything = sessions.participation(session)
        since = sessions.participation(session, since=date(2025, 1, 1))
    assert list(everything) == region.members
    baarle = everything[region.baarle]
    assert (baarle.sessions_held, baarle.sessions_attended, baarle.concerns_contributed) == (2, 2, 3)
    assert baarle.last_attended_on == date(2025, 2, 6)
    assert everything[region.bergen].sessions_attended == 0
    assert everything[region.bergen].concerns_contributed == 0
    assert everything[region.bergen].responses_given == 0
    assert everything[region.sudwest].responses_given == 1
    assert everything[region.sudwest].supports_given == 1
    assert (since[region.baarle].sessions_held, since[region.baarle].sessions_attended) == (1, 1)
    assert since[region.baarle].concerns_contributed == 2  # "Blijft" has no date: entered today
    assert since[region.baarle].attendance.percent() == "100,0%"
    assert since[region.bergen].attendance.value == 0
