"""Recording the national outcome: concerns settled with the reason, the position and meeting moved on."""

from __future__ import annotations

import pytest
from loop_region import LoopRegion, add_concern, add_meeting, build_region
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.models import ConcernStatus, Grade, PositionStatus
from delegate_app.core.services import meetings, outcomes, positions
from delegate_app.core.store import Store


def _raised_item(store: Store, region: LoopRegion) -> tuple[str, str, str]:
    """An agenda item with a raised position, its concerns linked three ways; returns (meeting, item, position)."""
    with store.session() as session:
        meeting = add_meeting(session)
        item = meetings.add_agenda_item(session, meeting.id, "Cloudbeleid")
        other = meetings.add_agenda_item(session, meeting.id, "Ander punt")
        on_item = add_concern(session, region.baarle, "Op het agendapunt")
        evidence = add_concern(session, region.bergen, "Als onderbouwing")
        add_concern(session, region.sudwest, "Samengevoegd", merged_into_id=evidence.id)
        untouched = add_concern(session, region.sudwest, "Hoort bij iets anders")
        meetings.link_concern(session, item.id, on_item.id)
        meetings.link_concern(session, other.id, untouched.id)
        position = positions.create_position(session, agenda_item_id=item.id, core_position="Eén stem")
        positions.link_evidence(session, position.id, evidence.id, paragraph="Toelichting")
        positions.change_status(session, position.id, PositionStatus.CONSULTATION)
        for mid in region.members:
            positions.set_response(session, position.id, mid, Grade.SUPPORT)
        positions.change_status(session, position.id, PositionStatus.ADOPTED)
        positions.change_status(session, position.id, PositionStatus.RAISED)
        return meeting.id, item.id, position.id


def _concern_states(store: Store) -> dict[str, tuple[str, str]]:
    with store.reader() as session:
        return {c.title: (c.status, c.status_reason) for c in session.exec(select(models.Concern))}


def test_recording_an_outcome_closes_the_linked_concerns_with_its_reason(store: Store) -> None:
    region = build_region(store)
    meeting_id, item_id, position_id = _raised_item(store, region)
    with store.session() as session:
        preview = [c.title for c in outcomes.affected_concerns(session, item_id)]
        outcome = outcomes.record_outcome(
            session,
            item_id,
            "De VNG neemt het regionale standpunt over.",
            meaning="Gemeenten hoeven niet zelf aan te besteden.",
            follow_up="Evaluatie in het najaar",
            review_on="2025-10-01",
            concern_status=ConcernStatus.CLOSED,
            reason="Overgenomen in het landelijke beleid",
            author="Joke",
        )
    assert preview == ["Als onderbouwing", "Op het agendapunt", "Samengevoegd"]
    states = _concern_states(store)
    for title in preview:
        assert states[title] == ("closed", "Overgenomen in het landelijke beleid")
    assert states["Hoort bij iets anders"] == ("new", "")
    with store.reader() as session:
        assert outcomes.outcome_for(session, item_id) == outcome
        assert str(outcome.review_on) == "2025-10-01"
        assert positions.get_position(session, position_id).status == "uitkomst_bekend"
        last = positions.versions(session, position_id)[-1]
        assert (last.status, last.author) == ("uitkomst_bekend", "Joke")
        assert "De VNG neemt" in last.reason
        assert meetings.get_meeting(session, meeting_id).status == "held"
        assert list(outcomes.outcomes_for_meeting(session, meeting_id)) == [item_id]


def test_recording_again_corrects_the_outcome_without_a_new_version(store: Store) -> None:
    region = build_region(store)
    _, item_id, position_id = _raised_item(store, region)
    with store.session() as session:
        first = outcomes.record_outcome(session, item_id, "Aangehouden")
        versions_after_first = len(positions.versions(session, position_id))
    assert _concern_states(store)["Op het agendapunt"] == (
        "answered",
        "Aangehouden",
    )  # reason defaults to decision
    with store.session() as session:
        second = outcomes.record_outcome(session, item_id, "Alsnog besloten", reason="Besloten in juni")
        assert second.id == first.id
        assert len(positions.versions(session, position_id)) == versions_after_first
        assert len(session.exec(select(models.Outcome)).all()) == 1
    assert _concern_states(store)["Samengevoegd"] == ("answered", "Besloten in juni")


def test_bad_outcomes_change_nothing(store: Store) -> None:
    region = build_region(store)
    _, item_id, position_id = _raised_item(store, region)
    with pytest.raises(ValidationError), store.session() as session:
        outcomes.record_outcome(session, item_id, "  \n ")
    with pytest.raises(ValidationError, match="raised"), store.session() as session:
        outcomes.record_outcome(session, item_id, "Besloten", concern_status=ConcernStatus.RAISED)
    with pytest.raises(ValidationError), store.session() as session:
        outcomes.record_outcome(session, item_id, "Besloten", review_on="volgend jaar")
    with store.reader() as session:
        assert outcomes.outcome_for(session, item_id) is None
        assert positions.get_position(session, position_id).status == "ingebracht"
    assert _concern_states(store)["Op het agendapunt"] == ("raised", "")


def test_an_item_without_position_gets_an_outcome_too(store: Store) -> None:
    region = build_region(store)
    with store.session() as session:
        meeting = add_meeting(session)
        item = meetings.add_agenda_item(session, meeting.id, "Mededeling")
        concern = add_concern(session, region.baarle, "Vraag over BRP")
        meetings.link_concern(session, item.id, concern.id)
        outcomes.record_outcome(session, item.id, "Ter kennisname")
    assert _concern_states(store)["Vraag over BRP"] == ("answered", "Ter kennisname")


def test_a_position_with_outcome_cannot_leave_that_state(store: Store) -> None:
    region = build_region(store)
    _, item_id, position_id = _raised_item(store, region)
    with store.session() as session:
        outcomes.record_outcome(session, item_id, "Akkoord")
        assert positions.allowed_transitions(session, position_id) == []
    with pytest.raises(ValidationError), store.session() as session:
        positions.change_status(session, position_id, PositionStatus.RAISED)
