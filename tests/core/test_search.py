"""Search, the register's rowids and rows, and duplicate suggestions on a real store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from concern_helpers import add_concern, muni_id, rowid, theme_id
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegate_app.core.services import concerns, merge
from delegate_app.core.services.search import (
    SORT_KEYS,
    RegisterFilter,
    duplicate_suggestions,
    register_rowids,
    register_rows,
    search,
    to_fts_query,
)
from delegate_app.core.store import Store


@pytest.fixture
def conn(store: Store) -> Iterator[sqlite3.Connection]:
    connection = store.raw()
    yield connection
    connection.close()


@pytest.fixture
def filled(store: Store, conn: sqlite3.Connection) -> sqlite3.Connection:
    """A connection on a store with a few concerns, so queries have matches to rank."""
    for title, name in (
        ("Cloud AND (werkplek)", "Súdwest-Fryslân"),
        ('Quote " en * ster', "'s-Hertogenbosch"),
    ):
        add_concern(store, title, name, description="NEAR OR NOT - ^ : {title}")
    return conn


def _titles(
    conn: sqlite3.Connection, flt: RegisterFilter, sort: str = "date", descending: bool = True
) -> list[str]:
    return [r.title for r in register_rows(conn, register_rowids(conn, flt, sort, descending))]


# --------------------------------------------------------------------------- the query


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("", None),
        ("   ", None),
        ("clou", '"clou"*'),
        ("Súdwest", '"sudwest"*'),
        ("cloud AND migratie", '"cloud"* "and"* "migratie"*'),
        ('"quoted" (xy', '"quoted"* "xy"*'),
        ('"quoted" (x', '"quoted"*'),
        ("'s-Herto", '"herto"*'),
        ("a", '"a"*'),
        ("*-^:()", None),
        ("🚨 storing", '"storing"*'),
        ("under_score", '"under"* "score"*'),
    ],
)
def test_to_fts_query(typed: str, query: str | None) -> None:
    assert to_fts_query(typed) == query


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ['"', "*", "AND", "OR NOT", "-", "(", ")", "NEAR(a b", "{title}:", "^x", '""*', "a OR", "' OR 1=1 --"]
))  # fmt: skip
def test_no_typed_text_breaks_search(filled: sqlite3.Connection, typed: str) -> None:
    search(filled, typed)
    register_rowids(filled, RegisterFilter(text=typed), "rank")
    register_rowids(filled, RegisterFilter(text=typed), "support", descending=False)
    duplicate_suggestions(filled, typed, typed)


# --------------------------------------------------------------------------- search


def test_accents_are_folded_both_ways(store: Store, conn: sqlite3.Connection) -> None:
    frisian = add_concern(store, "Glasvezel in dorpen", "Súdwest-Fryslân")
    cafe = add_concern(store, "Café-wifi valt weg", "Heerenveen")
    for typed in ("sudwest", "Súdwest", "SUDWEST-FRYSLAN", "fryslân"):
        assert [h.id for h in search(conn, typed)] == [frisian], typed
    assert [h.id for h in search(conn, "cafe")] == [cafe]
    assert [h.id for h in search(conn, "café")] == [cafe]


def test_prefixes_and_all_words_required(store: Store, conn: sqlite3.Connection) -> None:
    cloud = add_concern(store, "Cloudmigratie stokt", "Heerenveen")
    add_concern(store, "Migratie archief", "Heerenveen")
    bosch = add_concern(store, "Zaaksysteem traag", "'s-Hertogenbosch")
    assert [h.id for h in search(conn, "clou")] == [cloud]
    assert [h.id for h in search(conn, "clou stok")] == [cloud]
    assert search(conn, "clou archief") == []
    assert [h.id for h in search(conn, "'s-Hertogenbosch")] == [bosch]
    assert [h.id for h in search(conn, "herto")] == [bosch]


def test_title_ranks_above_description_and_scores_fall(store: Store, conn: sqlite3.Connection) -> None:
    in_description = add_concern(store, "Trage systemen", description="Het zaaksysteem hapert.")
    in_title = add_concern(store, "Zaaksysteem hapert", description="Al weken.")
    hits = search(conn, "zaaksysteem")
    assert [h.id for h in hits] == [in_title, in_description]
    assert hits[0].score > hits[1].score > 0
    assert hits[0].municipality == "Heerenveen"


def test_search_finds_the_municipality_and_respects_limit(store: Store, conn: sqlite3.Connection) -> None:
    ids = {add_concern(store, f"Onderwerp {i}", "Opsterland") for i in range(8)}
    add_concern(store, "Anders", "Heerenveen")
    assert {h.id for h in search(conn, "opsterland")} == ids
    assert len(search(conn, "opster", limit=3)) == 3
    assert search(conn, "opster", limit=0) == []


def test_merged_and_deleted_concerns_are_not_found(store: Store, conn: sqlite3.Connection) -> None:
    # More hidden matches than the first ranked batch, so the fallback must fill the page.
    target = add_concern(store, "Printer kapot", "Heerenveen")
    hidden = [add_concern(store, "Printer kapot", "Utrecht") for _ in range(15)]
    with store.session() as session:
        merge.merge(session, hidden[:8], target)
        for concern_id in hidden[8:]:
            concerns.delete_concern(session, concern_id)
    visible = add_concern(store, "Printer kapot en traag", "Opsterland")
    assert {h.id for h in search(conn, "printer", limit=2)} == {target, visible}
    assert set(register_rowids(conn, RegisterFilter(text="printer"))) == {
        rowid(store, target),
        rowid(store, visible),
    }
    merged_too = register_rowids(conn, RegisterFilter(text="printer", include_merged=True))
    assert len(merged_too) == 10
    everything = register_rowids(
        conn, RegisterFilter(text="printer", include_merged=True, include_deleted=True)
    )
    assert len(everything) == 17


def test_edits_reach_the_index(store: Store, conn: sqlite3.Connection) -> None:
    concern_id = add_concern(store, "Oude titel", "Heerenveen")
    with store.session() as session:
        concerns.update_concern(
            session, concern_id, title="Nieuwe koppeling", municipality_id=muni_id(store, "Utrecht")
        )
    assert search(conn, "oude") == []
    assert search(conn, "heerenveen") == []
    assert [h.id for h in search(conn, "koppeling utrecht")] == [concern_id]


# --------------------------------------------------------------------------- the register


def test_filters_combine(store: Store, conn: sqlite3.Connection) -> None:
    cloud, infosec = theme_id(store, "CLOUD"), theme_id(store, "INFOSEC")
    add_concern(store, "A", "Heerenveen", theme_id=cloud, confidentiality="openbaar")
    add_concern(store, "B", "Heerenveen", theme_id=infosec, extra_theme_ids=(cloud,), status="triaged")
    add_concern(store, "C", "Utrecht", theme_id=cloud, confidentiality="vertrouwelijk", status="triaged")
    add_concern(store, "D", "Utrecht", description="Over de cloud")

    def titles(**kw: object) -> set[str]:
        return set(_titles(conn, RegisterFilter(**kw)))  # type: ignore[arg-type]

    assert titles() == {"A", "B", "C", "D"}
    assert titles(theme_id=cloud) == {"A", "B", "C"}  # main or further theme
    assert titles(municipality_id=muni_id(store, "Utrecht")) == {"C", "D"}
    assert titles(status="triaged") == {"B", "C"}
    assert titles(confidentiality="vertrouwelijk") == {"C"}
    assert titles(theme_id=cloud, status="triaged", municipality_id=muni_id(store, "Utrecht")) == {"C"}
    assert titles(text="cloud") == {"D"}
    assert titles(text="?!") == set()


def test_every_sort_key_orders_both_ways(store: Store, conn: sqlite3.Connection) -> None:
    cloud, infosec = theme_id(store, "CLOUD"), theme_id(store, "INFOSEC")
    a = add_concern(store, "alpha zaak", "Utrecht", urgency=1, impact=5, theme_id=infosec, status="closed",
                    confidentiality="vertrouwelijk", submitted_on=date(2024, 1, 5))  # fmt: skip
    add_concern(store, "Bravo zaak zaak", "Amsterdam", urgency=5, impact=1, theme_id=cloud, status="new",
                    confidentiality="openbaar", submitted_on=date(2024, 3, 1))  # fmt: skip
    c = add_concern(store, "charlie", "Heerenveen", urgency=3, impact=3, status="triaged",
                    description="zaak", submitted_on=date(2023, 12, 31))  # fmt: skip
    with store.session() as session:
        concerns.add_support(session, a, muni_id(store, "Opsterland"))
        concerns.add_support(session, a, muni_id(store, "Leeuwarden"))
        concerns.add_support(session, c, muni_id(store, "Amsterdam"))  # more inhabitants than b alone
    expected_ascending = {
        "date": ["charlie", "alpha zaak", "Bravo zaak zaak"],
        "title": ["alpha zaak", "Bravo zaak zaak", "charlie"],
        "municipality": ["Bravo zaak zaak", "charlie", "alpha zaak"],
        "theme": ["charlie", "Bravo zaak zaak", "alpha zaak"],  # no theme, Cloud..., Informatiebeveiliging...
        "urgency": ["alpha zaak", "charlie", "Bravo zaak zaak"],
        "impact": ["Bravo zaak zaak", "charlie", "alpha zaak"],
        "support": ["Bravo zaak zaak", "charlie", "alpha zaak"],
        "status": ["Bravo zaak zaak", "charlie", "alpha zaak"],
        "confidentiality": ["Bravo zaak zaak", "charlie", "alpha zaak"],
        "rank": ["charlie", "alpha zaak", "Bravo zaak zaak"],  # no text: falls back to date
    }
    assert set(expected_ascending) == set(SORT_KEYS)
    for key, order in expected_ascending.items():
        assert _titles(conn, RegisterFilter(), key, descending=False) == order, key
        assert _titles(conn, RegisterFilter(), key, descending=True) == order[::-1], key
    ranked = _titles(conn, RegisterFilter(text="zaak"), "rank", descending=True)
    assert ranked[0] == "Bravo zaak zaak" and ranked[-1] == "charlie"
    with pytest.raises(ValueError):
        register_rowids(conn, RegisterFilter(), "colour")


def test_register_rows_keep_the_order_and_count_merged_support(
    store: Store, conn: sqlite3.Connection
) -> None:
    theme = theme_id(store, "CLOUD")
    target = add_concern(
        store, "Doel", "Heerenveen", theme_id=theme, anonymised=True, submitted_on=date(2024, 5, 1)
    )
    source = add_concern(store, "Bron", "Utrecht")
    with store.session() as session:
        concerns.add_support(session, source, muni_id(store, "Opsterland"))
        merge.merge(session, [source], target)
        inhabitants = concerns.breadth(session, target).inhabitants
    wanted = [rowid(store, source), 999_999, rowid(store, target)]
    rows = register_rows(conn, wanted)
    assert [r.id for r in rows] == [source, target]
    top = rows[1]
    assert (top.title, top.municipality, top.theme, top.date) == (
        "Doel",
        "Heerenveen",
        "Cloud, werkplek & digitale autonomie",
        date(2024, 5, 1),
    )
    assert (top.support_municipalities, top.support_inhabitants) == (3, inhabitants)
    assert top.anonymised is True and top.merged_into_id is None
    assert rows[0].merged_into_id == target and rows[0].support_municipalities == 2
    assert rows[0].date is not None  # no submission date: the day it was recorded
    assert register_rows(conn, []) == []


# --------------------------------------------------------------------------- duplicates


def test_duplicate_suggestions_rank_and_score(store: Store, conn: sqlite3.Connection) -> None:
    same = add_concern(store, "Leveranciers leveren koppelingen te laat", "Utrecht")
    half = add_concern(store, "Koppelingen met Suite haperen", "Opsterland")
    described = add_concern(store, "Traag", "Heerenveen", description="De leverancier levert koppeling laat")
    add_concern(store, "Printer kapot", "Heerenveen")
    add_concern(store, "Vergadering Utrecht verzet", "Leeuwarden")  # one word of five: too little
    hits = duplicate_suggestions(conn, "Leverancier levert koppeling te laat in Utrecht")
    # Four of the five distinctive words in the title; the same four only in a description count half.
    assert {h.id: h.score for h in hits} == {same: 0.8, described: 0.4}
    assert [h.id for h in hits] == [same, described]
    exact = duplicate_suggestions(conn, "Leveranciers leveren koppelingen te laat")
    assert (exact[0].id, exact[0].score) == (same, 1.0)
    assert exact[0].municipality == "Utrecht"
    assert [(h.id, h.score) for h in duplicate_suggestions(conn, "Koppelingen haperen")] == [
        (half, 1.0),
        (same, 0.5),
    ]
    assert same not in {
        h.id for h in duplicate_suggestions(conn, "Leveranciers koppelingen", exclude_id=same)
    }
    assert len(duplicate_suggestions(conn, "leverancier koppeling", limit=1)) == 1
    assert len(duplicate_suggestions(conn, "leverancier koppeling", min_score=0.0)) == 3


def test_duplicate_suggestions_need_distinctive_words(store: Store, conn: sqlite3.Connection) -> None:
    add_concern(store, "De gemeente en het probleem", "Utrecht")
    assert duplicate_suggestions(conn, "de gemeente") == []
    assert duplicate_suggestions(conn, "Het probleem van de gemeente") == []
    assert duplicate_suggestions(conn, "Wasmachine", "") == []
    # With a bare title, the description's words are used.
    printer = add_concern(store, "Printer kapot", "Heerenveen", description="Toner op")
    assert [h.id for h in duplicate_suggestions(conn, "", "De printer is kapot")] == [printer]


# --------------------------------------------------------------------------- the kept orderings


def _sample_register(store: Store) -> None:
    cloud = theme_id(store, "CLOUD")
    for i, name in enumerate(["Heerenveen", "Utrecht", "Opsterland", "Amsterdam", "Súdwest-Fryslân"] * 4):
        add_concern(store, f"Zaak {i} {'cloud' if i % 3 else 'printer'}", name, urgency=1 + i % 5,
                    theme_id=cloud if i % 2 else None, submitted_on=date(2024, 1 + i % 12, 1))  # fmt: skip


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_kept_orderings_give_the_same_rows_as_plain_sql(
    store: Store, conn: sqlite3.Connection, sort: str
) -> None:
    _sample_register(store)
    cloud = theme_id(store, "CLOUD")
    for flt in (RegisterFilter(), RegisterFilter(text="zaak"), RegisterFilter(text="clo", theme_id=cloud),
                RegisterFilter(text="printer 1"), RegisterFilter(text="sudwest")):  # fmt: skip
        for descending in (True, False):
            plain = register_rowids(conn, flt, sort, descending, use_cache=False)
            assert register_rowids(conn, flt, sort, descending) == plain, (flt, descending)
            assert register_rowids(conn, flt, sort, descending) == plain  # from the kept ordering


def test_kept_orderings_follow_writes_from_any_connection(store: Store, conn: sqlite3.Connection) -> None:
    _sample_register(store)
    before = register_rowids(conn, RegisterFilter(text="cloud"))
    added = add_concern(store, "Nieuwe cloud zaak", submitted_on=date(2030, 1, 1))  # another connection
    after = register_rowids(conn, RegisterFilter(text="cloud"))
    assert after == [rowid(store, added), *before]
    conn.execute("UPDATE concern SET submitted_on = '2001-01-01' WHERE id = ?", (added,))  # this connection
    assert register_rowids(conn, RegisterFilter(text="cloud")) == [*before, rowid(store, added)]
    other = store.raw()
    try:
        assert register_rowids(other, RegisterFilter(text="cloud")) == [*before, rowid(store, added)]
    finally:
        other.close()


def test_broad_queries_rank_only_the_newest_matches(store, monkeypatch) -> None:
    """One or two letters match nearly everything; only a window of the newest is scored."""
    from delegate_app.core.services import concerns as concern_service
    from delegate_app.core.services import search as search_service
    from delegate_app.core.services.municipalities import MunicipalityIndex

    with store.session() as session:
        aalten = MunicipalityIndex.load(session).resolve("Aalten")
        for n in range(5):
            concern_service.create_concern(
                session,
                concern_service.ConcernDraft(
                    title=f"Koppeling {n} valt uit", description="Storing", municipality_id=aalten.id
                ),
            )
    conn = store.raw()
    assert len(search_service.search(conn, "koppeling")) == 5
    monkeypatch.setattr(search_service, "RANK_WINDOW", 2)
    titles = sorted(hit.title for hit in search_service.search(conn, "koppeling"))
    assert titles == ["Koppeling 3 valt uit", "Koppeling 4 valt uit"]
