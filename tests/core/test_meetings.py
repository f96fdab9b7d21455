"""National meetings and agenda items: editing, ordering, concerns, next/last, carrying over, the agenda view."""

from __future__ import annotations

from datetime import date

import pytest
from loop_region import add_concern, build_region
from sqlmodel import select

from delegate_app.core import i18n, models
from delegate_app.core.errors import ValidationError
from delegate_app.core.models import Grade, MeetingStatus
from delegate_app.core.services import meetings, outcomes, positions
from delegate_app.core.store import Store


def _meeting(store: Store, held_on: date = date(2025, 3, 12), status: str = "planned") -> str:
    with store.session() as session:
        return meetings.create_meeting(session, "LIB maart", held_on, "Utrecht", status=status).id


def _titles(store: Store, meeting_id: str) -> list[tuple[int, str]]:
    with store.reader() as session:
        return [(i.number, i.title) for i in meetings.agenda_items(session, meeting_id)]


def test_create_and_update_meeting_with_validation(store: Store) -> None:
    mid = _meeting(store)
    with store.session() as session:
        meetings.update_meeting(session, mid, held_on="2025-04-02", place="  Den   Haag ", status="held")
    with pytest.raises(ValidationError, match="12-04"), store.session() as session:
        meetings.update_meeting(session, mid, held_on="12-04")
    with pytest.raises(ValidationError), store.session() as session:
        meetings.update_meeting(session, mid, status="postponed")
    with pytest.raises(ValidationError), store.session() as session:
        meetings.create_meeting(session, "  ", date(2025, 1, 1))
    with store.reader() as session:
        meeting = meetings.get_meeting(session, mid)
    assert (meeting.held_on, meeting.place, meeting.status) == (date(2025, 4, 2), "Den Haag", "held")


def test_next_and_last_meeting(store: Store) -> None:
    earlier = _meeting(store, date(2025, 1, 15), status="held")
    today_planned = _meeting(store, date(2025, 3, 12))
    later = _meeting(store, date(2025, 6, 4))
    with store.reader() as session:
        assert meetings.next_meeting(session, date(2025, 3, 12)).id == today_planned
        assert meetings.last_meeting(session, date(2025, 3, 12)).id == earlier
        assert meetings.next_meeting(session, date(2025, 3, 13)).id == later
        assert meetings.last_meeting(session, date(2025, 3, 13)).id == today_planned
        assert meetings.next_meeting(session, date(2025, 7, 1)) is None
        assert meetings.last_meeting(session, date(2025, 1, 1)) is None
    with store.session() as session:
        meetings.update_meeting(session, today_planned, status=MeetingStatus.HELD)
        assert meetings.last_meeting(session, date(2025, 3, 12)).id == today_planned
        assert meetings.next_meeting(session, date(2025, 3, 12)).id == later


def test_agenda_items_are_numbered_inserted_reordered_and_deleted(store: Store) -> None:
    mid = _meeting(store)
    with store.session() as session:
        a = meetings.add_agenda_item(session, mid, "Cloud")
        b = meetings.add_agenda_item(session, mid, "Wdo")
        c = meetings.add_agenda_item(session, mid, "Opening", number=1)
    assert _titles(store, mid) == [(1, "Opening"), (2, "Cloud"), (3, "Wdo")]
    with store.session() as session:
        meetings.reorder_agenda_items(session, mid, [b.id, c.id, a.id])
    assert _titles(store, mid) == [(1, "Wdo"), (2, "Opening"), (3, "Cloud")]
    with pytest.raises(ValidationError), store.session() as session:
        meetings.reorder_agenda_items(session, mid, [b.id, c.id])
    with store.session() as session:
        meetings.delete_agenda_item(session, c.id)
    assert _titles(store, mid) == [(1, "Wdo"), (2, "Cloud")]


def test_agenda_item_fields_are_checked(store: Store) -> None:
    mid = _meeting(store)
    with store.session() as session:
        body = session.exec(select(models.Organisation)).first()
        item = meetings.add_agenda_item(
            session,
            mid,
            "Informatieveiligheid",
            national_question="Herkent u de knelpunten rond <BIO> & NIS2?",
            body_id=body.id if body else None,
            reference_links="https://vng.nl/bio\n\n  http://example.org/a?b=1&c=2  ",
        )
        assert item.reference_links == "https://vng.nl/bio\nhttp://example.org/a?b=1&c=2"
    with pytest.raises(ValidationError, match=r"(Line|Regel) 2"), store.session() as session:
        meetings.update_agenda_item(session, item.id, reference_links="https://vng.nl\nzie website")
    with pytest.raises(ValidationError), store.session() as session:
        meetings.update_agenda_item(session, item.id, body_id="no-such-body")
    with pytest.raises(ValidationError), store.session() as session:
        meetings.update_agenda_item(session, item.id, number=4)
    with store.reader() as session:
        assert meetings.get_agenda_item(session, item.id).reference_links.startswith("https://vng.nl/bio")


def test_linked_concerns(store: Store) -> None:
    region = build_region(store)
    mid = _meeting(store)
    with store.session() as session:
        item = meetings.add_agenda_item(session, mid, "Cloud")
        a = add_concern(session, region.baarle, "Azure-contract")
        b = add_concern(session, region.bergen, "AWS-exit")
        meetings.link_concern(session, item.id, a.id)
        meetings.link_concern(session, item.id, b.id)
        meetings.link_concern(session, item.id, b.id)
        assert [c.title for c in meetings.linked_concerns(session, item.id)] == ["AWS-exit", "Azure-contract"]
        meetings.unlink_concern(session, item.id, a.id)
        assert [c.title for c in meetings.linked_concerns(session, item.id)] == ["AWS-exit"]
        meetings.link_concern(session, item.id, a.id)  # a tombstoned link comes back, not a duplicate
        assert len(meetings.linked_concerns(session, item.id)) == 2


def test_create_next_from_last_carries_open_items(store: Store) -> None:
    i18n.set_language("en")
    region = build_region(store)
    last = _meeting(store, date(2025, 3, 12))
    with store.session() as session:
        done = meetings.add_agenda_item(session, last, "Afgehandeld")
        open_item = meetings.add_agenda_item(
            session, last, "Nog open", national_question="Vraag?", reference_links="https://vng.nl"
        )
        concern = add_concern(session, region.sudwest, "Sdwest")
        meetings.link_concern(session, open_item.id, concern.id)
        position = positions.create_position(session, agenda_item_id=open_item.id, core_position="Ja")
        outcomes.record_outcome(session, done.id, "Besloten")
    with store.session() as session:
        new = meetings.create_next_from_last(session, date(2025, 6, 4))
        items = meetings.agenda_items(session, new.id)
        assert new.title == "Landelijk ICT Beraad 4 June 2025" and new.place == "Utrecht"
        assert [(i.number, i.title, i.national_question, i.reference_links) for i in items] == [
            (1, "Nog open", "Vraag?", "https://vng.nl")
        ]
        assert [c.id for c in meetings.linked_concerns(session, items[0].id)] == [concern.id]
        assert positions.position_for_item(session, items[0].id).id == position.id
        assert positions.position_for_item(session, open_item.id) is None
        assert len(meetings.agenda_items(session, last)) == 2
    with pytest.raises(ValidationError), store.session() as session:
        meetings.create_next_from_last(session, date(2025, 3, 1))


def test_agenda_summary_shows_status_support_and_outcome(store: Store) -> None:
    i18n.set_language("en")
    region = build_region(store)
    mid = _meeting(store)
    with store.session() as session:
        first = meetings.add_agenda_item(session, mid, "Met standpunt")
        second = meetings.add_agenda_item(session, mid, "Zonder standpunt")
        meetings.link_concern(session, second.id, add_concern(session, region.baarle, "K").id)
        position = positions.create_position(session, agenda_item_id=first.id)
        positions.set_response(session, position.id, region.bergen, Grade.SUPPORT)
        outcomes.record_outcome(session, second.id, "Aangehouden")
    with store.reader() as session:
        rows = meetings.agenda(session, mid)
    assert [r.item.title for r in rows] == ["Met standpunt", "Zonder standpunt"]
    assert rows[0].position_status_label == "Draft"
    assert rows[0].tally is not None and rows[0].tally.support.inhabitants == 30_000
    assert rows[0].verdict is not None and not rows[0].verdict.can_adopt
    assert rows[0].outcome is None and rows[0].concern_count == 0
    assert rows[1].position is None and rows[1].tally is None
    assert rows[1].outcome is not None and rows[1].outcome.decision == "Aangehouden"
    assert rows[1].concern_count == 1


def test_delete_meeting_keeps_positions_and_refuses_once_decided(store: Store) -> None:
    mid = _meeting(store)
    with store.session() as session:
        item = meetings.add_agenda_item(session, mid, "Cloud")
        position = positions.create_position(session, agenda_item_id=item.id)
        meetings.delete_meeting(session, mid)
        assert positions.get_position(session, position.id).agenda_item_id is None
        assert meetings.list_meetings(session) == []
    other = _meeting(store)
    with store.session() as session:
        decided = meetings.add_agenda_item(session, other, "Besloten")
        outcomes.record_outcome(session, decided.id, "Akkoord")
    with pytest.raises(ValidationError, match="Besloten"), store.session() as session:
        meetings.delete_meeting(session, other)
    with pytest.raises(ValidationError), store.session() as session:
        meetings.delete_agenda_item(session, decided.id)
    with store.reader() as session:
        assert [m.id for m in meetings.list_meetings(session)] == [other]
