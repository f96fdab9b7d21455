"""The demo region as every user first sees it, and synthetic concerns in whole batches."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session, col, select
from store_helpers import synthetic_batches

from delegate_app.core import models
from delegate_app.core.errors import StoreError, ValidationError
from delegate_app.core.models import Grade, PositionStatus
from delegate_app.core.services import demo, region, stats, weighing
from delegate_app.core.store import Store, open_store
from delegate_app.core.types import today, utcnow


@pytest.fixture
def demo_store(store: Store) -> Store:
    assert demo.fill_demo(store) is True
    return store


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One demo store for the tests that only read it."""
    with open_store(tmp_path_factory.mktemp("demo")) as store:
        demo.fill_demo(store)
        yield store


def _live(session: Session, model: type[models.Record]) -> list[models.Record]:
    return list(session.exec(select(model).where(col(model.deleted_at).is_(None))))


def _dump(path: Path) -> list[str]:
    """Every row of every table except the store's own bookkeeping."""
    conn = sqlite3.connect(path)
    try:
        return [line for line in conn.iterdump() if "storeinfo" not in line]
    finally:
        conn.close()


def test_region_people_and_counts(shared_demo: Store) -> None:
    counts = stats.counts(shared_demo)
    assert counts["municipalities"] == 342
    assert 12 <= int(counts["region_members"]) <= 20  # type: ignore[call-overload]
    assert counts["region"] == "Regio Fryslân (demo)"
    with shared_demo.reader() as session:
        members = region.member_municipalities(session)
        assert {m.province for m in members} == {"Fryslân"}
        assert all(m.inhabitants < 100_000 for m in members)  # small and medium only
        me = region.self_person(session)
        assert me is not None and me.role == "afgevaardigde"
        people = session.exec(select(models.Person)).all()
        assert any(p.role == "plaatsvervanger" for p in people)
        assert {p.role for p in people} >= {"ict_contactpersoon", "ciso", "informatiemanager"}
        assert all(p.email.endswith(".example.org") for p in people)
        assert {p.municipality_id for p in people if p.municipality_id} >= {m.id for m in members}


def test_concerns_cover_every_theme_and_the_awkward_cases(shared_demo: Store) -> None:
    with shared_demo.reader() as session:
        concerns = [c for c in _live(session, models.Concern) if isinstance(c, models.Concern)]
        live = [c for c in concerns if c.merged_into_id is None]
        assert 35 <= len(live) <= 45
        themes = {c.theme_id for c in live}
        assert themes == {t.id for t in session.exec(select(models.Theme))}  # all 14
        assert any(c.confidentiality == "vertrouwelijk" for c in live)
        assert sum(c.anonymised for c in live) == 1
        assert sum(c.outside_region for c in live) >= 2
        assert len({c.status for c in live}) == 6  # every status of a concern's life
        assert len({(c.urgency, c.impact) for c in live}) >= 6
        merged = [c for c in concerns if c.merged_into_id]
        links = session.exec(select(models.MergeLink)).all()
        assert len(merged) >= 2 and {(link.source_id, link.target_id) for link in links} == {
            (c.id, c.merged_into_id) for c in merged
        }
        supports = _live(session, models.Support)
        assert {s.recorded_via for s in supports if isinstance(s, models.Support)} == {
            "session",
            "email",
            "phone",
        }
        by_concern = {c.id: c.municipality_id for c in concerns}
        for s in supports:
            assert isinstance(s, models.Support)
            assert s.municipality_id != by_concern[s.concern_id]  # nobody recognises their own concern
            if s.recorded_via == "session":
                assert s.session_id is not None


def test_sessions_show_who_came_and_who_could_not(shared_demo: Store) -> None:
    with shared_demo.reader() as session:
        sessions = session.exec(select(models.RegionalSession)).all()
        assert Counter(s.kind for s in sessions) == {"regio_overleg": 2, "kennissessie": 1}
        assert all(s.held_on < today() and s.minutes.startswith("# ") for s in sessions)
        members = len(region.member_ids(session))
        for s in sessions:
            rows = session.exec(select(models.Attendance).where(models.Attendance.session_id == s.id)).all()
            present = [a for a in rows if a.present]
            assert len(rows) == members and 0 < len(present) < members
        notes = " ".join(a.note for a in session.exec(select(models.Attendance)))
        assert "capaciteit" in notes


def test_past_meeting_has_outcomes_that_settled_its_concerns(shared_demo: Store) -> None:
    with shared_demo.reader() as session:
        meetings = sorted(session.exec(select(models.NationalMeeting)).all(), key=lambda m: m.held_on)
        past, coming = meetings
        assert past.held_on < today() < coming.held_on
        items = session.exec(select(models.AgendaItem).where(models.AgendaItem.meeting_id == past.id)).all()
        outcomes = session.exec(select(models.Outcome)).all()
        assert {o.agenda_item_id for o in outcomes} == {i.id for i in items}
        assert {o.concern_status for o in outcomes} == {"answered", "closed"}
        settled = [c for c in session.exec(select(models.Concern)) if c.status in ("answered", "closed")]
        assert settled and all(c.status_reason for c in settled)


def test_coming_meeting_positions_in_every_state_with_responses_from_every_member(shared_demo: Store) -> None:
    with shared_demo.reader() as session:
        meeting = max(session.exec(select(models.NationalMeeting)).all(), key=lambda m: m.held_on)
        items = session.exec(
            select(models.AgendaItem).where(models.AgendaItem.meeting_id == meeting.id)
        ).all()
        assert len(items) >= 4
        assert all(i.national_question and i.body_id for i in items)
        positions = [
            session.exec(select(models.Position).where(models.Position.agenda_item_id == i.id)).one()
            for i in items
        ]
        assert {p.status for p in positions} >= {"concept", "in_consultatie", "vastgesteld", "ingebracht"}
        members = region.member_ids(session)
        for p in positions:
            for text in (
                p.core_position,
                p.explanation,
                p.red_lines,
                p.mandate,
                p.fallback,
                p.talking_points,
            ):
                assert text.strip(), (p.title, text)
            assert session.exec(
                select(models.PositionConcern).where(models.PositionConcern.position_id == p.id)
            ).all()
            responses = session.exec(select(models.Response).where(models.Response.position_id == p.id)).all()
            if p.status == PositionStatus.CONCEPT.value:
                assert responses == []
            else:
                assert {r.municipality_id for r in responses} == members
            versions = session.exec(
                select(models.PositionVersion).where(models.PositionVersion.position_id == p.id)
            ).all()
            assert [v.number for v in sorted(versions, key=lambda v: v.number)] == list(
                range(1, p.version_number + 1)
            )
            assert sorted(versions, key=lambda v: v.number)[-1].status == p.status
            assert all(json.loads(v.snapshot)["texts"]["title"] for v in versions)
        objected = [
            p
            for p in positions
            if any(
                r.grade == Grade.OBJECTION.value
                for r in session.exec(select(models.Response).where(models.Response.position_id == p.id))
            )
        ]
        assert len(objected) == 1 and objected[0].minority_note
        # The weighing service agrees: adopted despite the objection, because of the minority note.
        verdict = weighing.verdict(
            weighing.compute_tally(session, objected[0].id),
            weighing.rule_for(session),
            objected[0].minority_note,
        )
        assert verdict.can_adopt
        assert not weighing.verdict(
            weighing.compute_tally(session, objected[0].id), weighing.rule_for(session), ""
        ).can_adopt


def test_fill_demo_twice_changes_nothing(demo_store: Store) -> None:
    before = _dump(demo_store.path)
    assert demo.fill_demo(demo_store) is False
    assert _dump(demo_store.path) == before


def test_fill_demo_leaves_a_store_with_another_region_alone(store: Store) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Utrecht", "GM0344")
    before = _dump(store.path)
    with pytest.raises(ValidationError, match="Regio Utrecht"):
        demo.fill_demo(store)
    assert _dump(store.path) == before


def test_every_demo_write_is_in_the_change_log(shared_demo: Store) -> None:
    with shared_demo.reader() as session:
        logged = {(e.entity, e.entity_id) for e in session.exec(select(models.ChangeLog))}
        for model in (
            models.Region,
            models.Concern,
            models.Position,
            models.Response,
            models.PositionVersion,
        ):
            for record in session.exec(select(model)):
                assert (model.__tablename__, record.id) in logged


# --------------------------------------------------------------------------- synthetic concerns


def test_synthetic_concerns_arrive_in_whole_logged_batches(demo_store: Store) -> None:
    calls: list[tuple[int, int]] = []
    added = demo.add_synthetic_concerns(
        demo_store, 1234, batch_size=500, progress=lambda d, t: calls.append((d, t)), seed=4
    )
    assert added == 1234
    assert calls == [(500, 1234), (1000, 1234), (1234, 1234)]
    assert sorted(synthetic_batches(demo_store.path).values()) == [234, 500, 500]
    with demo_store.reader() as session:
        bulk = session.exec(select(models.ChangeLog).where(models.ChangeLog.action == "bulk")).all()
        assert sorted(json.loads(e.changes)["count"] for e in bulk) == [234, 500, 500]
        members = region.member_ids(session)
        rows = session.exec(
            select(models.Concern).where(col(models.Concern.batch).startswith("synthetic-"))
        ).all()
        inside = [c for c in rows if c.municipality_id in members]
        assert 0.7 < len(inside) / len(rows) < 0.95
        assert all(c.outside_region == (c.municipality_id not in members) for c in rows)
        assert len({c.title for c in rows}) > 300 and len({c.description for c in rows}) > 1000
        assert {c.urgency for c in rows} == {1, 2, 3, 4, 5}
        assert len({c.theme_id for c in rows}) == 14
    assert demo_store.check() == []
    conn = demo_store.raw()
    try:  # the full-text index took them in, accents and all
        hits = conn.execute(
            "SELECT count(*) FROM concern_fts WHERE concern_fts MATCH 'continuiteit'"
        ).fetchone()[0]
    finally:
        conn.close()
    assert hits > 0


def test_synthetic_progress_can_stop_after_a_batch(store: Store) -> None:
    assert demo.add_synthetic_concerns(store, 1000, batch_size=300, progress=lambda d, t: False) == 300
    assert list(synthetic_batches(store.path).values()) == [300]


@pytest.mark.parametrize(("n", "batch_size"), [(-1, 10), (10, 0), (10, -5)])
def test_synthetic_refuses_bad_numbers(store: Store, n: int, batch_size: int) -> None:
    with pytest.raises(ValidationError):
        demo.add_synthetic_concerns(store, n, batch_size=batch_size)
    assert synthetic_batches(store.path) == {}


def test_synthetic_needs_a_writable_store(store: Store) -> None:
    store.close()
    with open_store(store.folder, read_only=True) as reader, pytest.raises(StoreError):
        demo.add_synthetic_concerns(reader, 10)


def test_stats_count_live_records_only(demo_store: Store) -> None:
    before = stats.counts(demo_store)
    with demo_store.session() as session:
        concern = session.exec(
            select(models.Concern).where(col(models.Concern.merged_into_id).is_(None))
        ).first()
        member = session.exec(select(models.RegionMember)).first()
        assert concern is not None and member is not None
        concern.deleted_at = member.deleted_at = utcnow()
    after = stats.counts(demo_store)
    assert after["concerns"] == before["concerns"] - 1  # type: ignore[operator]
    assert after["region_members"] == before["region_members"] - 1  # type: ignore[operator]
    assert before["concerns_merged"] == 3 and after["municipalities"] == 342
    assert after["change_log"] > before["change_log"]  # type: ignore[operator]
