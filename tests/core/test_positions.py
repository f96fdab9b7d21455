"""Positions: drafting, responses for every member, evidence, the workflow with its rule, and versions."""

from __future__ import annotations

import json

import pytest
from loop_region import LoopRegion, add_concern, add_meeting, build_region
from sqlmodel import select

from delegate_app.core import i18n, models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.models import ConcernStatus, Grade, PositionStatus, RecordedVia
from delegate_app.core.services import positions
from delegate_app.core.store import Store


def _new(store: Store, **texts: str) -> str:
    with store.session() as session:
        return positions.create_position(session, "Regie op gegevens", **texts).id


def _status(store: Store, pid: str) -> str:
    with store.reader() as session:
        return positions.get_position(session, pid).status


def _respond_all(store: Store, region: LoopRegion, pid: str, grades: list[Grade]) -> None:
    with store.session() as session:
        for municipality_id, grade in zip(region.members, grades, strict=True):
            positions.set_response(session, pid, municipality_id, grade, recorded_via=RecordedVia.SESSION)


def test_position_for_an_agenda_item_takes_its_title_and_is_unique(store: Store) -> None:
    with store.session() as session:
        item = models.AgendaItem(meeting_id=add_meeting(session).id, title="Wet digitale overheid")
        session.add(item)
        session.flush()
        position = positions.create_position(session, agenda_item_id=item.id, core_position="Ja, mits.")
        assert position.title == "Wet digitale overheid"
        assert position.status == PositionStatus.CONCEPT.value
        assert positions.position_for_item(session, item.id) == position
        with pytest.raises(ValidationError, match="Wet digitale overheid"):
            positions.create_position(session, "Tweede", agenda_item_id=item.id)
        positions.delete_position(session, position.id)
        assert positions.create_position(session, "Opnieuw", agenda_item_id=item.id).title == "Opnieuw"


def test_update_texts_validates_and_changes_nothing_on_error(store: Store) -> None:
    pid = _new(store)
    with store.session() as session:
        positions.update_texts(
            session, pid, core_position="Eén regio, één stem.\r\n", red_lines="Geen lock-in 🚫"
        )
    with pytest.raises(ValidationError), store.session() as session:
        positions.update_texts(session, pid, core_position="Gewijzigd", title="   ")
    with pytest.raises(ValidationError, match="colour"), store.session() as session:
        positions.update_texts(session, pid, colour="rood")
    with store.reader() as session:
        position = positions.get_position(session, pid)
        assert position.core_position == "Eén regio, één stem."
        assert position.red_lines == "Geen lock-in 🚫"
        assert position.title == "Regie op gegevens"


def test_responses_list_every_member_with_missing_as_no_response(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with store.session() as session:
        positions.set_response(
            session, pid, region.bergen, Grade.OBJECTION, note="Te duur", recorded_by="Anna"
        )
        rows = positions.responses(session, pid)
    assert [r.municipality for r in rows] == ["Baarle-Nassau", "Bergen (L.)", "Súdwest-Fryslân"]
    by_id = {r.municipality_id: r for r in rows}
    assert by_id[region.bergen].grade is Grade.OBJECTION
    assert by_id[region.bergen].note == "Te duur" and by_id[region.bergen].recorded_by == "Anna"
    assert by_id[region.bergen].responded_on is not None
    for mid in (region.baarle, region.sudwest):
        assert by_id[mid].grade is Grade.NO_RESPONSE and by_id[mid].response_id is None
    assert all(r.is_member for r in rows)


def test_a_response_is_one_record_per_municipality(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with store.session() as session:
        first = positions.set_response(session, pid, region.baarle, "bezwaar")
        second = positions.set_response(session, pid, region.baarle, Grade.SUPPORT, recorded_via="email")
        assert first.id == second.id
        count = len(session.exec(select(models.Response).where(models.Response.position_id == pid)).all())
    assert count == 1
    assert second.grade == "steun" and second.recorded_via == "email"
    with store.session() as session:
        dated = positions.set_response(session, pid, region.baarle, Grade.NEUTRAL, responded_on="2025-02-01")
        assert str(dated.responded_on) == "2025-02-01"
    with pytest.raises(ValidationError, match="gisteren"), store.session() as session:
        positions.set_response(session, pid, region.baarle, Grade.SUPPORT, responded_on="gisteren")


def test_responses_refuse_outsiders_and_unknown_grades(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with pytest.raises(ValidationError, match="Tilburg"), store.session() as session:
        positions.set_response(session, pid, region.outsider, Grade.SUPPORT)
    with pytest.raises(ValidationError, match="steun_met_voorbehoud"), store.session() as session:
        positions.set_response(session, pid, region.baarle, "misschien")
    with pytest.raises(NotFoundError), store.session() as session:
        positions.set_response(session, "no-such-position", region.baarle, Grade.SUPPORT)


def test_former_members_keep_their_response_flagged(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with store.session() as session:
        positions.set_response(session, pid, region.bergen, Grade.OBJECTION)
        link = session.exec(
            select(models.RegionMember).where(models.RegionMember.municipality_id == region.bergen)
        ).one()
        link.deleted_at = link.created_at
    with store.reader() as session:
        rows = positions.responses(session, pid)
    assert [(r.municipality, r.is_member) for r in rows][-1] == ("Bergen (L.)", False)
    assert len(rows) == 3


def test_workflow_refuses_illegal_jumps(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    for target in (PositionStatus.ADOPTED, PositionStatus.RAISED, PositionStatus.OUTCOME_KNOWN):
        with pytest.raises(ValidationError), store.session() as session:
            positions.change_status(session, pid, target)
        assert _status(store, pid) == "concept"
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONSULTATION)
        assert positions.allowed_transitions(session, pid) == [PositionStatus.CONCEPT, PositionStatus.ADOPTED]
    with pytest.raises(ValidationError), store.session() as session:
        positions.change_status(session, pid, PositionStatus.RAISED)
    with pytest.raises(ValidationError, match="nonsense"), store.session() as session:
        positions.change_status(session, pid, "nonsense")
    _respond_all(store, region, pid, [Grade.SUPPORT, Grade.SUPPORT, Grade.NEUTRAL])
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.ADOPTED)
        positions.change_status(session, pid, PositionStatus.RAISED)
    with pytest.raises(ValidationError), store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONCEPT)
    with store.reader() as session:
        numbers = [(v.number, v.status) for v in positions.versions(session, pid)]
    assert numbers == [(1, "concept"), (2, "in_consultatie"), (3, "vastgesteld"), (4, "ingebracht")]


def test_an_objection_without_minority_note_cannot_be_adopted(store: Store) -> None:
    i18n.set_language("en")
    region = build_region(store, max_count=0.5, max_inhabitants=0.5)
    pid = _new(store)
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONSULTATION)
    _respond_all(store, region, pid, [Grade.OBJECTION, Grade.SUPPORT, Grade.SUPPORT])
    with pytest.raises(ValidationError, match="minority note"), store.session() as session:
        positions.change_status(session, pid, PositionStatus.ADOPTED)
    assert _status(store, pid) == "in_consultatie"
    with store.session() as session:
        positions.update_texts(session, pid, minority_note="Baarle-Nassau kiest voor een eigen aanbesteding.")
        positions.change_status(
            session, pid, PositionStatus.ADOPTED, author="Afgevaardigde", reason="Regio-overleg"
        )
    assert _status(store, pid) == "vastgesteld"


def test_adopting_names_every_unmet_condition(store: Store) -> None:
    i18n.set_language("en")
    region = build_region(store, quorum=0.9, max_count=0.25, max_inhabitants=0.25)
    pid = _new(store)
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONSULTATION)
        positions.set_response(session, pid, region.sudwest, Grade.OBJECTION)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        positions.change_status(session, pid, PositionStatus.ADOPTED)
    message = str(caught.value)
    for part in ("Quorum not reached", "by count", "by inhabitants", "minority note"):
        assert part in message


def test_adopted_positions_are_locked_until_reopened(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONSULTATION)
    _respond_all(store, region, pid, [Grade.SUPPORT, Grade.SUPPORT, Grade.SUPPORT])
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.ADOPTED)
    with pytest.raises(ValidationError), store.session() as session:
        positions.update_texts(session, pid, core_position="Stiekem anders")
    with pytest.raises(ValidationError), store.session() as session:
        positions.set_response(session, pid, region.sudwest, Grade.OBJECTION)
    with store.session() as session:
        positions.change_status(session, pid, PositionStatus.CONSULTATION, reason="Late reactie")
        positions.set_response(session, pid, region.sudwest, Grade.OBJECTION)
        assert positions.get_position(session, pid).status == "in_consultatie"


def test_versions_keep_snapshots_and_compare_word_by_word(store: Store) -> None:
    region = build_region(store)
    pid = _new(store, core_position="De regio steunt het voorstel.")
    with store.session() as session:
        positions.set_response(session, pid, region.baarle, Grade.SUPPORT)
        first = positions.versions(session, pid)[0]
        positions.update_texts(session, pid, core_position="De regio steunt het gewijzigde voorstel niet.")
        second = positions.new_version(session, pid, author="Joke", reason="Na regio-overleg")
        diffs = {d.field: d for d in positions.compare_versions(session, first.id, second.id)}
    assert second.number == 2 and second.author == "Joke"
    core = diffs["core_position"]
    assert core.changed
    assert ("insert", "gewijzigde ") in core.segments and ("insert", " niet") in core.segments
    assert not diffs["red_lines"].changed and not diffs["status"].changed
    snapshot = json.loads(second.snapshot)
    assert snapshot["tally"]["grades"]["steun"] == {"count": 1, "inhabitants": 10_000}
    assert {r["municipality"]: r["grade"] for r in snapshot["responses"]} == {
        "Baarle-Nassau": "steun",
        "Bergen (L.)": "geen_reactie",
        "Súdwest-Fryslân": "geen_reactie",
    }
    with store.reader() as session:
        read = positions.read_version(positions.versions(session, pid)[0])
    assert read.texts["core_position"] == "De regio steunt het voorstel." and read.number == 1


def test_versions_of_different_positions_cannot_be_compared(store: Store) -> None:
    a, b = _new(store), _new(store)
    with pytest.raises(ValidationError), store.session() as session:
        positions.compare_versions(
            session, positions.versions(session, a)[0].id, positions.versions(session, b)[0].id
        )


def test_evidence_moves_concerns_along(store: Store) -> None:
    region = build_region(store)
    pid = _new(store)
    with store.session() as session:
        used = add_concern(session, region.bergen, "Koppeling BRP hapert")
        merged_into = add_concern(session, region.baarle, "Zaaksysteem")
        merged = add_concern(session, region.sudwest, "Zaaksysteem traag", merged_into_id=merged_into.id)
        positions.link_evidence(session, pid, used.id, paragraph="Toelichting §2")
        with pytest.raises(ValidationError, match="Zaaksysteem"):
            positions.link_evidence(session, pid, merged.id)
        rows = positions.evidence(session, pid)
        assert [(r.title, r.paragraph, r.municipality) for r in rows] == [
            ("Koppeling BRP hapert", "Toelichting §2", "Bergen (L.)")
        ]
        assert session.get(models.Concern, used.id).status == ConcernStatus.IN_POSITION.value
        positions.unlink_evidence(session, pid, used.id)
        assert positions.evidence(session, pid) == []
        assert session.get(models.Concern, used.id).status == ConcernStatus.TRIAGED.value
        positions.link_evidence(session, pid, used.id, paragraph="Rode lijnen")
        positions.link_evidence(session, pid, merged_into.id)
    _respond_all(store, region, pid, [Grade.SUPPORT, Grade.SUPPORT, Grade.SUPPORT])
    with store.session() as session:
        for status in (PositionStatus.CONSULTATION, PositionStatus.ADOPTED, PositionStatus.RAISED):
            positions.change_status(session, pid, status)
        statuses = {c.title: c.status for c in session.exec(select(models.Concern))}
    assert statuses == {
        "Koppeling BRP hapert": "raised",
        "Zaaksysteem": "raised",
        "Zaaksysteem traag": "raised",
    }
