"""Concerns and supports on a real store: validation, edits, tombstones, breadth."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from concern_helpers import add_concern, body_id, count, define_region, muni_id, theme_id
from sqlalchemy import event

from delegate_app.core import i18n, models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.services import concerns, merge
from delegate_app.core.services.concerns import ConcernDraft
from delegate_app.core.store import Store


def _draft(store: Store, **overrides: Any) -> ConcernDraft:
    values: dict[str, Any] = {
        "title": "Koppeling zaaksysteem valt uit",
        "description": "Sinds de update van maart.",
        "municipality_id": muni_id(store, "Heerenveen"),
    }
    values.update(overrides)
    return ConcernDraft(**values)


def test_create_stores_every_field(store: Store) -> None:
    theme, extra, body = theme_id(store, "CLOUD"), theme_id(store, "INFOSEC"), body_id(store)
    with store.session() as session:
        concern = concerns.create_concern(
            session,
            _draft(
                store,
                title="  Cloudmigratie stokt  ",
                theme_id=theme,
                urgency=5,
                impact=2,
                confidentiality="vertrouwelijk",
                anonymised=True,
                contributor_name="Jan Jansen",
                submitted_on=date(2024, 3, 1),
                extra_theme_ids=(extra,),
                body_ids=(body,),
            ),
        )
        concern_id = concern.id
    with store.reader() as session:
        stored = session.get(models.Concern, concern_id)
        assert stored is not None
        assert stored.title == "Cloudmigratie stokt"
        assert (stored.urgency, stored.impact, stored.confidentiality) == (5, 2, "vertrouwelijk")
        assert stored.anonymised and stored.submitted_on == date(2024, 3, 1)
        assert stored.status == "new" and stored.source == "manual"
        assert stored.outside_region is False  # no region defined: nothing is outside it
        assert concerns.extra_theme_ids(session, concern_id) == [extra]
        assert concerns.body_ids(session, concern_id) == [body]


def test_given_id_is_kept_and_a_second_one_refused(store: Store) -> None:
    fixed = "11111111-2222-3333-4444-555555555555"
    with store.session() as session:
        assert concerns.create_concern(session, _draft(store, id=fixed)).id == fixed
    with pytest.raises(ValidationError) as err, store.session() as session:
        concerns.create_concern(session, _draft(store, id=fixed))
    assert err.value.field == "id"
    assert count(store, models.Concern) == 1


def test_outside_region_is_marked(store: Store) -> None:
    define_region(store, ["Heerenveen", "Opsterland"])
    inside = add_concern(store, "Binnen", "Opsterland")
    outside = add_concern(store, "Buiten", "Utrecht")
    with store.reader() as session:
        assert session.get(models.Concern, inside).outside_region is False  # type: ignore[union-attr]
        assert session.get(models.Concern, outside).outside_region is True  # type: ignore[union-attr]
    with store.session() as session:
        concerns.update_concern(session, outside, municipality_id=muni_id(store, "Heerenveen"))
    with store.reader() as session:
        assert session.get(models.Concern, outside).outside_region is False  # type: ignore[union-attr]


BAD_DRAFTS: list[tuple[dict[str, Any], str, str]] = [
    ({"title": ""}, "titel", "title"),
    ({"title": "   "}, "titel", "title"),
    ({"title": "x" * 301}, "titel", "300"),
    ({"description": ""}, "omschrijving", "description"),
    ({"description": "x" * 20_001}, "omschrijving", "20000"),
    ({"municipality_id": "nope"}, "gemeente", "nope"),
    ({"municipality_id": ""}, "gemeente", "municipality"),
    ({"theme_id": "no-such-theme"}, "thema", "no-such-theme"),
    ({"extra_theme_ids": ("no-such-theme",)}, "thema", "no-such-theme"),
    ({"body_ids": ("no-such-body",)}, "gremium", "no-such-body"),
    ({"urgency": 0}, "urgentie", "1 to 5"),
    ({"urgency": 6}, "urgentie", "1 to 5"),
    ({"urgency": "3"}, "urgentie", "1 to 5"),
    ({"urgency": True}, "urgentie", "1 to 5"),
    ({"impact": 9}, "impact", "1 to 5"),
    ({"confidentiality": "geheim"}, "vertrouwelijkheid", "openbaar, regio, vertrouwelijk"),
    ({"status": "done"}, "status", "done"),
    ({"source": "fax"}, "bron", "fax"),
    ({"contributor_id": "nobody"}, "indiener", "nobody"),
    ({"session_id": "no-session"}, "sessie", "no-session"),
    ({"submitted_on": "2024-01-01"}, "datum", "2024-01-01"),
]


@pytest.mark.parametrize(("overrides", "field", "fragment"), BAD_DRAFTS)
def test_bad_drafts_name_the_field_and_write_nothing(
    store: Store, overrides: dict[str, Any], field: str, fragment: str
) -> None:
    i18n.set_language("en")  # the source text; Dutch comes from the catalogue
    draft = _draft(store, **overrides)
    logged = count(store, models.ChangeLog)
    with pytest.raises(ValidationError) as err, store.session() as session:
        concerns.create_concern(session, draft)
    assert err.value.field == field
    assert fragment in str(err.value)
    assert count(store, models.Concern) == 0
    assert count(store, models.ChangeLog) == logged


def test_validate_draft_accepts_a_good_one_and_empty_optional_ids(store: Store) -> None:
    with store.reader() as session:
        concerns.validate_draft(session, _draft(store, theme_id="", session_id="", contributor_id=""))


def test_emoji_markup_and_long_texts_within_limits_are_kept(store: Store) -> None:
    text = "Storing <b>&amp;</b> 🚨 in 's-Hertogenbosch " + "x" * 19_000
    concern_id = add_concern(store, "Ä" * 300, description=text)
    with store.reader() as session:
        stored = session.get(models.Concern, concern_id)
        assert stored is not None and stored.description == text.strip() and len(stored.title) == 300


def test_update_changes_fields_and_links(store: Store) -> None:
    concern_id = add_concern(store, "Oude titel")
    cloud, infosec, privacy = theme_id(store, "CLOUD"), theme_id(store, "INFOSEC"), theme_id(store, "PRIVACY")
    with store.session() as session:
        concerns.update_concern(
            session, concern_id, title=" Nieuwe titel ", urgency=1, extra_theme_ids=(infosec, privacy)
        )
    with store.session() as session:
        concerns.update_concern(session, concern_id, theme_id=cloud, extra_theme_ids=(privacy,))
    with store.session() as session:
        # Re-adding a removed theme revives its tombstoned link instead of breaking the unique pair.
        concerns.update_concern(session, concern_id, extra_theme_ids=(privacy, infosec), status="triaged")
    with store.reader() as session:
        stored = session.get(models.Concern, concern_id)
        assert stored is not None
        assert (stored.title, stored.urgency, stored.theme_id, stored.status) == (
            "Nieuwe titel",
            1,
            cloud,
            "triaged",
        )
        assert sorted(concerns.extra_theme_ids(session, concern_id)) == sorted([privacy, infosec])
    assert count(store, models.ConcernTheme) == 2


def test_update_allows_clearing_the_description_but_not_the_title(store: Store) -> None:
    concern_id = add_concern(store, "Titel", description="Eerst wel")
    with store.session() as session:
        concerns.update_concern(session, concern_id, description="")
    with pytest.raises(ValidationError) as err, store.session() as session:
        concerns.update_concern(session, concern_id, title="  ", urgency=2)
    assert err.value.field == "titel"
    with store.reader() as session:
        stored = session.get(models.Concern, concern_id)
        assert stored is not None and stored.title == "Titel" and stored.urgency == 3


def test_update_refuses_unknown_fields_and_deleted_concerns(store: Store) -> None:
    concern_id = add_concern(store, "Titel")
    with pytest.raises(TypeError), store.session() as session:
        concerns.update_concern(session, concern_id, merged_into_id=concern_id)
    with store.session() as session:
        concerns.delete_concern(session, concern_id)
    with pytest.raises(NotFoundError), store.session() as session:
        concerns.update_concern(session, concern_id, title="Toch")


def test_delete_is_a_tombstone_and_restore_undoes_it(store: Store) -> None:
    concern_id = add_concern(store, "Weg ermee")
    with store.session() as session:
        concerns.delete_concern(session, concern_id)
    with store.reader() as session:
        stored = session.get(models.Concern, concern_id)
        assert stored is not None and stored.deleted_at is not None
    with store.session() as session:
        concerns.restore_concern(session, concern_id)
    with store.reader() as session:
        assert session.get(models.Concern, concern_id).deleted_at is None  # type: ignore[union-attr]
    with pytest.raises(NotFoundError), store.session() as session:
        concerns.delete_concern(session, "not-a-concern")


# --------------------------------------------------------------------------- supports


def test_add_support_is_idempotent_and_revives_a_tombstone(store: Store) -> None:
    concern_id = add_concern(store, "Herkenning")
    utrecht = muni_id(store, "Utrecht")
    with store.session() as session:
        first = concerns.add_support(session, concern_id, utrecht, note="Ook bij ons", recorded_via="phone")
        again = concerns.add_support(session, concern_id, utrecht)
        assert again.id == first.id
    with store.session() as session:
        concerns.remove_support(session, concern_id, utrecht)
        assert concerns.supports(session, concern_id) == []
    with store.session() as session:
        revived = concerns.add_support(session, concern_id, utrecht, recorded_via="email", recorded_by="Piet")
        assert revived.id == first.id and revived.deleted_at is None and revived.recorded_via == "email"
    assert count(store, models.Support) == 1


def test_add_support_refuses_own_unknown_and_bad_values(store: Store) -> None:
    concern_id = add_concern(store, "Herkenning", "Heerenveen")
    for municipality_id, kw, field in (
        (muni_id(store, "Heerenveen"), {}, "gemeente"),
        ("nope", {}, "gemeente"),
        (muni_id(store, "Utrecht"), {"recorded_via": "pigeon"}, "recorded_via"),
        (muni_id(store, "Utrecht"), {"session_id": "nope"}, "sessie"),
    ):
        with pytest.raises(ValidationError) as err, store.session() as session:
            concerns.add_support(session, concern_id, municipality_id, **kw)
        assert err.value.field == field
    assert count(store, models.Support) == 0


def test_set_supporters_makes_the_set_exact(store: Store) -> None:
    concern_id = add_concern(store, "Set", "Heerenveen")
    a, b, c = (muni_id(store, n) for n in ("Utrecht", "Opsterland", "Leeuwarden"))
    with store.session() as session:
        concerns.set_supporters(session, concern_id, [a, b], recorded_via="session")
    with store.session() as session:
        # The concern's own municipality is implied, not a support.
        concerns.set_supporters(session, concern_id, [b, c, muni_id(store, "Heerenveen")])
    with store.reader() as session:
        assert {s.municipality_id for s in concerns.supports(session, concern_id)} == {b, c}
        assert concerns.breadth(session, concern_id).municipalities == 3


# --------------------------------------------------------------------------- breadth


def _inhabitants(store: Store, *names: str) -> int:
    with store.reader() as session:
        return sum(
            session.get(models.Municipality, muni_id(store, n)).inhabitants  # type: ignore[union-attr]
            for n in names
        )


def test_breadth_counts_own_supports_and_merged_concerns_recursively(store: Store) -> None:
    define_region(store, ["Heerenveen", "Opsterland", "Smallingerland"])
    top = add_concern(store, "Top", "Heerenveen")
    child = add_concern(store, "Kind", "Opsterland")
    grandchild = add_concern(store, "Kleinkind", "Utrecht")
    with store.session() as session:
        concerns.add_support(session, top, muni_id(store, "Opsterland"))  # counted once with the child
        concerns.add_support(session, grandchild, muni_id(store, "Smallingerland"))
        concerns.add_support(session, grandchild, muni_id(store, "Amsterdam"))
        concerns.remove_support(session, grandchild, muni_id(store, "Amsterdam"))
        merge.merge(session, [grandchild], child)
        merge.merge(session, [child], top)
    with store.reader() as session:
        found = concerns.breadth(session, top)
    names = ("Heerenveen", "Opsterland", "Utrecht", "Smallingerland")
    assert found.municipality_ids == frozenset(muni_id(store, n) for n in names)
    assert found.municipalities == 4
    assert found.inhabitants == _inhabitants(store, *names)
    assert found.region_members == 3


def test_breadth_leaves_out_deleted_merged_concerns(store: Store) -> None:
    top = add_concern(store, "Top", "Heerenveen")
    child = add_concern(store, "Kind", "Utrecht")
    with store.session() as session:
        merge.merge(session, [child], top)
        concerns.delete_concern(session, child)
    with store.reader() as session:
        assert concerns.breadth(session, top).municipalities == 1
        with pytest.raises(NotFoundError):
            concerns.breadth(session, "nope")


def test_breadth_many_uses_few_queries(store: Store) -> None:
    ids = [add_concern(store, f"Knelpunt {i}", "Heerenveen") for i in range(20)]
    with store.session() as session:
        for concern_id in ids[::2]:
            concerns.add_support(session, concern_id, muni_id(store, "Utrecht"))
    statements: list[str] = []

    def _count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", _count)
    try:
        with store.reader() as session:
            found = concerns.breadth_many(session, [*ids, "unknown"])
    finally:
        event.remove(store.engine, "before_cursor_execute", _count)
    assert set(found) == set(ids)
    assert [found[i].municipalities for i in ids[:4]] == [2, 1, 2, 1]
    assert len(statements) <= 3
