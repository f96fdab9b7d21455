"""Weighing on known data: exact shares by count and by inhabitants, and the adoption rule as configured."""

from __future__ import annotations

from fractions import Fraction

import pytest
from loop_region import LoopRegion, build_region
from sqlmodel import select

from delegate_app.core import i18n, models
from delegate_app.core.models import Grade
from delegate_app.core.services import positions, weighing
from delegate_app.core.services.labels import choices, code_label, format_number, format_percent, label
from delegate_app.core.store import Store


def _position_with(store: Store, region: LoopRegion, grades: dict[str, Grade], note: str = "") -> str:
    with store.session() as session:
        position = positions.create_position(session, "Cloudbeleid", minority_note=note)
        for municipality_id, grade in grades.items():
            positions.set_response(session, position.id, municipality_id, grade)
        return position.id


def test_tally_by_count_and_by_inhabitants_is_exact(store: Store) -> None:
    region = build_region(store)
    pid = _position_with(store, region, {region.baarle: Grade.SUPPORT, region.bergen: Grade.OBJECTION})
    with store.reader() as session:
        tally = weighing.compute_tally(session, pid)
    assert tally.members == 3
    assert tally.total_inhabitants == 100_000
    assert tally.support.by_count.value == Fraction(1, 3)
    assert tally.support.by_inhabitants.value == Fraction(1, 10)
    assert tally.objection.by_count.value == Fraction(1, 3)
    assert tally.objection.by_inhabitants.value == Fraction(3, 10)
    # Súdwest-Fryslân has no response record and counts as geen reactie.
    no_response = tally.grades[Grade.NO_RESPONSE]
    assert no_response.municipality_ids == (region.sudwest,)
    assert no_response.by_inhabitants.value == Fraction(3, 5)
    assert tally.responded.count == 2
    assert tally.quorum_share == Fraction(2, 3)
    assert sum(f.count for f in tally.grades.values()) == 3
    assert sum(f.inhabitants for f in tally.grades.values()) == 100_000


def test_support_includes_reservation_and_responded_includes_neutral(store: Store) -> None:
    region = build_region(store)
    pid = _position_with(
        store,
        region,
        {
            region.baarle: Grade.SUPPORT_WITH_RESERVATION,
            region.bergen: Grade.NEUTRAL,
            region.sudwest: Grade.NO_RESPONSE,
        },
    )
    with store.reader() as session:
        tally = weighing.compute_tally(session, pid)
    assert tally.support.municipality_ids == (region.baarle,)
    assert tally.support.by_inhabitants.value == Fraction(1, 10)
    assert set(tally.responded.municipality_ids) == {region.baarle, region.bergen}
    assert tally.responded.by_inhabitants.value == Fraction(2, 5)
    assert tally.quorum_share == Fraction(2, 3)


def test_explanations_show_how_each_figure_was_computed(store: Store) -> None:
    i18n.set_language("en")
    region = build_region(store)
    pid = _position_with(store, region, {region.baarle: Grade.SUPPORT, region.sudwest: Grade.OBJECTION})
    with store.reader() as session:
        tally = weighing.compute_tally(session, pid)
    assert tally.support.count_explanation == (
        "By count: 1 of the 3 member municipalities responded Support or Support with reservation; "
        "1 ÷ 3 = 33.3%."
    )
    assert "60,000 of the 100,000 inhabitants" in tally.objection.inhabitants_explanation
    assert "60,000 ÷ 100,000 = 60.0%" in tally.objection.inhabitants_explanation
    assert "2 of the 3 member municipalities responded (any response except No response)" in (
        tally.quorum_explanation
    )
    assert "Support or Support with reservation" in tally.definitions
    assert tally.summary() == (
        "Support 1 of 3 (33.3%, 10.0% of inhabitants); objections 1; responses 2 of 3."
    )


def test_dutch_number_formats() -> None:
    assert format_number(60_000) == "60.000"
    assert format_percent(Fraction(2, 3)) == "66,7%"
    assert format_percent(Fraction(1, 8)) == "12,5%"
    i18n.set_language("en")
    assert format_number(1_234_567) == "1,234,567"
    assert format_percent(Fraction(1, 200), decimals=0) == "1%"  # half up, only for display


def _verdict(store: Store, grades: dict[str, Grade], note: str = "") -> weighing.Verdict:
    with store.session() as session:
        position = positions.create_position(session, "Standpunt", minority_note=note)
        for municipality_id, grade in grades.items():
            positions.set_response(session, position.id, municipality_id, grade)
        tally = weighing.compute_tally(session, position.id)
        return weighing.verdict(tally, weighing.rule_for(session), position.minority_note)


def _failed(result: weighing.Verdict) -> set[str]:
    return {c.key for c in result.checks if not c.passed}


S, R, N, B, X = (
    Grade.SUPPORT,
    Grade.SUPPORT_WITH_RESERVATION,
    Grade.NEUTRAL,
    Grade.OBJECTION,
    Grade.NO_RESPONSE,
)


@pytest.mark.parametrize(
    ("rule", "grades", "failed"),
    [
        # Only Súdwest-Fryslân responded: 1 of 3 is below a quorum of 50%.
        ((0.5, 0.25, 0.25), (X, X, S), {"quorum"}),
        # Baarle-Nassau objects: 1 of 3 municipalities (33%) but only 10% of inhabitants.
        ((0.5, 0.25, 0.5), (B, S, S), {"objection_count"}),
        # Súdwest-Fryslân objects: 1 of 3 municipalities, but 60% of inhabitants.
        ((0.5, 0.5, 0.5), (S, S, B), {"objection_inhabitants"}),
        # Both shares too high, and too few responses.
        ((0.9, 0.25, 0.25), (X, X, B), {"quorum", "objection_count", "objection_inhabitants"}),
        # Exactly at the limits: all responded, Baarle-Nassau's 10% of inhabitants objects, 10% allowed.
        ((1.0, 0.34, 0.1), (B, R, N), set()),
    ],
)
def test_the_rule_decides_as_configured(
    store: Store, rule: tuple[float, float, float], grades: tuple[Grade, ...], failed: set[str]
) -> None:
    quorum, max_count, max_inhabitants = rule
    region = build_region(store, quorum=quorum, max_count=max_count, max_inhabitants=max_inhabitants)
    result = _verdict(
        store, dict(zip(region.members, grades, strict=True)), "Baarle-Nassau wil eerst een analyse."
    )
    assert _failed(result) == failed
    assert result.can_adopt is (not failed)
    assert len(result.reasons) == len(failed)
    assert {c.key for c in result.checks} == {
        "quorum",
        "objection_count",
        "objection_inhabitants",
        "minority_note",
    }


def test_objection_without_minority_note_blocks(store: Store) -> None:
    region = build_region(store, max_count=1.0, max_inhabitants=1.0)
    grades = {region.baarle: Grade.OBJECTION, region.bergen: Grade.SUPPORT, region.sudwest: Grade.SUPPORT}
    assert _failed(_verdict(store, grades, "   ")) == {"minority_note"}
    assert _verdict(store, grades, "Baarle-Nassau is tegen.").can_adopt


def test_no_members_cannot_adopt(store: Store) -> None:
    with store.session() as session:
        position = positions.create_position(session, "Zonder regio")
        tally = weighing.compute_tally(session, position.id)
        result = weighing.verdict(tally, weighing.rule_for(session), "")
    assert tally.members == 0 and tally.support.by_count.value == 0
    assert _failed(result) == {"members", "quorum"}


def test_former_members_do_not_count(store: Store) -> None:
    region = build_region(store)
    pid = _position_with(store, region, {region.bergen: Grade.OBJECTION, region.baarle: Grade.SUPPORT})
    with store.session() as session:
        link = session.exec(
            select(models.RegionMember).where(models.RegionMember.municipality_id == region.bergen)
        ).one()
        link.deleted_at = link.created_at
    with store.reader() as session:
        tally = weighing.compute_tally(session, pid)
    assert tally.members == 2
    assert tally.objection.count == 0
    assert tally.total_inhabitants == 70_000
    assert tally.support.by_inhabitants.value == Fraction(1, 7)


def test_rule_from_region_and_in_words(store: Store) -> None:
    i18n.set_language("en")
    build_region(store, quorum=0.6, max_count=0.1, max_inhabitants=0.2)
    with store.reader() as session:
        rule = weighing.rule_for(session)
    assert rule.quorum_share == Fraction(3, 5)
    assert rule.max_objection_share_count == Fraction(1, 10)
    assert "at least 60.0%" in rule.text() and "at most 10.0%" in rule.text() and "20.0%" in rule.text()


def test_default_rule_without_region(store: Store) -> None:
    with store.reader() as session:
        assert weighing.rule_for(session) == weighing.AdoptionRule()


def test_tallies_in_bulk_match_single_ones(store: Store) -> None:
    region = build_region(store)
    a = _position_with(store, region, {region.baarle: Grade.SUPPORT})
    b = _position_with(store, region, {region.sudwest: Grade.OBJECTION, region.bergen: Grade.NEUTRAL})
    with store.reader() as session:
        bulk = weighing.compute_tallies(session, [a, b])
        assert bulk[a] == weighing.compute_tally(session, a)
        assert bulk[b] == weighing.compute_tally(session, b)


def test_every_enumeration_has_a_label_in_both_languages() -> None:
    enums = [
        models.Confidentiality,
        models.ConcernStatus,
        models.ConcernSource,
        models.RecordedVia,
        models.Grade,
        models.PositionStatus,
        models.MeetingStatus,
        models.SessionKind,
        models.MinutesStatus,
        models.OrganisationKind,
        models.PersonRole,
        models.SizeClass,
    ]
    for language in ("en", "nl"):
        i18n.set_language(language)
        for enum in enums:
            labels = [text for _, text in choices(enum)]
            assert all(labels) and len(set(labels)) == len(labels), enum
    i18n.set_language("en")
    assert label(models.Grade.SUPPORT_WITH_RESERVATION) == "Support with reservation"
    # Equal codes in different enumerations keep their own labels.
    assert label(models.RecordedVia.SESSION) != label(models.ConcernSource.SESSION)
    assert code_label(models.PositionStatus, "vastgesteld") == "Adopted"
    assert code_label(models.PositionStatus, "from_the_future") == "from_the_future"


def test_unknown_grade_codes_read_as_no_response() -> None:
    assert [weighing.grade_of(g.value) for g in Grade] == list(Grade)
    assert weighing.grade_of("onbekend") == Grade.NO_RESPONSE
