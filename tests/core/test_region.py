"""The region service: members added, tombstoned and revived; codes and names; the delegate; the rule."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from delegate_app.core import i18n, models
from delegate_app.core.errors import ValidationError
from delegate_app.core.services import region
from delegate_app.core.store import Store


@pytest.fixture(autouse=True)
def _english() -> None:
    # Messages are matched in their source language; the shared fixture restores Dutch.
    i18n.set_language("en")


def _ids(session: Session, *codes: str) -> list[str]:
    by_code = {m.gm_code: m.id for m in session.exec(select(models.Municipality))}
    return [by_code[c] for c in codes]


def _codes(municipalities: list[models.Municipality]) -> list[str]:
    return [m.gm_code for m in municipalities]


def test_no_region_yet(store: Store) -> None:
    with store.reader() as session:
        assert region.get_region(session) is None
        assert region.member_municipalities(session) == []
        assert region.member_ids(session) == set()
        assert region.self_person(session) is None


def test_set_region_creates_it_with_members_sorted_by_name(store: Store) -> None:
    with store.session() as session:
        ids = _ids(session, "GM1900", "GM0060", "GM0796", "GM0059")
        created = region.set_region(session, "  Regio   Noord ", ids)
        assert created.name == "Regio Noord"
    with store.reader() as session:
        members = region.member_municipalities(session)
        # 's-Hertogenbosch sorts under "s"; Súdwest-Fryslân under "su" (accents folded).
        assert [m.name for m in members] == [
            "Achtkarspelen",
            "Ameland",
            "'s-Hertogenbosch",
            "Súdwest-Fryslân",
        ]
        assert region.member_ids(session) == set(ids)


def test_updating_tombstones_leavers_and_revives_returning_members(store: Store) -> None:
    with store.session() as session:
        first = _ids(session, "GM0059", "GM0060", "GM1891")
        region_id = region.set_region(session, "Regio", first).id
    with store.session() as session:
        region.set_region(session, "Regio Fryslân", _ids(session, "GM0059", "GM0072"))
    with store.session() as session:
        rows = session.exec(
            select(models.RegionMember).where(models.RegionMember.region_id == region_id)
        ).all()
        state = {r.municipality_id: r.deleted_at is None for r in rows}
        ameland, dantumadiel, harlingen = _ids(session, "GM0060", "GM1891", "GM0072")
        assert state == {first[0]: True, ameland: False, dantumadiel: False, harlingen: True}
        ameland_row = next(r.id for r in rows if r.municipality_id == ameland)
        region.set_region(session, "Regio Fryslân", _ids(session, "GM0059", "GM0072", "GM0060"))
    with store.reader() as session:
        rows = session.exec(
            select(models.RegionMember).where(models.RegionMember.region_id == region_id)
        ).all()
        assert len(rows) == 4  # revived, not added again
        assert next(r for r in rows if r.id == ameland_row).deleted_at is None
        assert _codes(region.member_municipalities(session)) == ["GM0059", "GM0060", "GM0072"]
        assert region.get_region(session) is not None
        assert session.exec(select(models.Region)).all()[0].name == "Regio Fryslân"
        entries = session.exec(
            select(models.ChangeLog).where(models.ChangeLog.entity == "regionmember")
        ).all()
        assert {e.action for e in entries} == {"create", "delete", "update"}
        renamed = [
            e for e in session.exec(select(models.ChangeLog).where(models.ChangeLog.entity == "region"))
        ]
        assert any(json.loads(e.changes).get("name") == ["Regio", "Regio Fryslân"] for e in renamed)


@pytest.mark.parametrize(
    ("name", "codes", "message"),
    [
        ("", ["GM0059"], "name"),
        ("   ", ["GM0059"], "name"),
        ("x" * 121, ["GM0059"], "121"),
        ("Regio", [], "at least one"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    store: Store, name: str, codes: list[str], message: str
) -> None:
    with pytest.raises(ValidationError, match=message), store.session() as session:
        region.set_region(session, name, _ids(session, *codes))
    with store.reader() as session:
        assert region.get_region(session) is None


def test_unknown_municipality_id_is_named(store: Store) -> None:
    with pytest.raises(ValidationError, match="no-such-id"), store.session() as session:
        region.set_region(session, "Regio", [*_ids(session, "GM0059"), "no-such-id"])


def test_set_by_codes_accepts_codes_names_and_separators(store: Store) -> None:
    with store.session() as session:
        region.set_region_by_codes(
            session, "Regio", ["GM0059, 60 ;sudwest-fryslan", "'s-Hertogenbosch\nGM0059"]
        )
    with store.reader() as session:
        assert _codes(region.member_municipalities(session)) == ["GM0059", "GM0060", "GM0796", "GM1900"]


def test_set_by_codes_names_every_bad_code_and_the_candidates_of_an_ambiguous_name(store: Store) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        region.set_region_by_codes(session, "Regio", "GM0059,GM9999,Bergen,Atlantis")
    message = str(caught.value)
    for part in ("GM9999", "Atlantis", "Bergen (L.)", "Bergen (NH.)", "GM0893", "GM0373"):
        assert part in message
    assert caught.value.field == "members"
    with store.reader() as session:
        assert region.get_region(session) is None


def test_set_self_creates_once_and_updates(store: Store) -> None:
    with store.session() as session:
        first = region.set_self(session, "Anneke Hoekstra", "afgevaardigde", "a.hoekstra@example.org")
    with store.session() as session:
        again = region.set_self(session, " Anneke  de Vries ", "plaatsvervanger")
        assert again.id == first.id
    with store.reader() as session:
        me = region.self_person(session)
        assert me is not None
        assert (me.name, me.role, me.email, me.is_self) == ("Anneke de Vries", "plaatsvervanger", "", True)
        assert len(session.exec(select(models.Person)).all()) == 1


@pytest.mark.parametrize(
    ("name", "role", "email", "field"),
    [
        ("", "afgevaardigde", "", "name"),
        ("Anneke", "koning", "", "role"),
        ("Anneke", "afgevaardigde", "geen adres", "email"),
        ("Anneke", "afgevaardigde", "a@b", "email"),
    ],
)
def test_set_self_validates(store: Store, name: str, role: str, email: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught, store.session() as session:
        region.set_self(session, name, role, email)
    assert caught.value.field == field


def test_adoption_rule(store: Store) -> None:
    with pytest.raises(ValidationError, match="region"), store.session() as session:
        region.set_adoption_rule(session, 0.5, 0.25, 0.25)
    with store.session() as session:
        region.set_region(session, "Regio", _ids(session, "GM0059"))
        region.set_adoption_rule(session, 0.6, 0.2, 1)
    with store.reader() as session:
        found = region.get_region(session)
        assert found is not None
        rule = (
            found.rule_quorum_share,
            found.rule_max_objection_share_count,
            found.rule_max_objection_share_inhabitants,
        )
        assert rule == (0.6, 0.2, 1.0)
    for bad in (-0.1, 1.5, float("nan"), True, "half"):
        with pytest.raises(ValidationError, match="from 0 to 1"), store.session() as session:
            region.set_adoption_rule(session, 0.5, bad, 0.25)  # type: ignore[arg-type]


def test_changing_members_updates_which_concerns_come_from_outside(store) -> None:
    from delegate_app.core.services import concerns, region
    from delegate_app.core.services.municipalities import MunicipalityIndex

    with store.session() as session:
        index = MunicipalityIndex.load(session)
        aalten, winterswijk = index.resolve("Aalten"), index.resolve("Winterswijk")
        region.set_region(session, "Achterhoek", [aalten.id])
        concern = concerns.create_concern(
            session,
            concerns.ConcernDraft(
                title="Koppeling BRP", description="Storing", municipality_id=winterswijk.id
            ),
        )
        assert concern.outside_region is True
        region.set_region(session, "Achterhoek", [aalten.id, winterswijk.id])
        assert concerns.get_concern(session, concern.id).outside_region is False
        region.set_region(session, "Achterhoek", [aalten.id])
        assert concerns.get_concern(session, concern.id).outside_region is True
