"""Packages between two stores: merge by UUID, repeat safely, keep both versions of a double edit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_backend import MemoryKeyring, memory_keyring  # noqa: F401
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.exchange import conflicts, crypto, package, transfer
from delegate_app.core.exchange.package import PackageScope
from delegate_app.core.services import concerns, demo, positions, region
from delegate_app.core.store import Store, open_store


@pytest.fixture(autouse=True)
def _english() -> None:
    """Messages are matched in English, the source language, whatever the translations say."""
    from delegate_app.core.i18n import set_language

    set_language("en")


pytestmark = pytest.mark.usefixtures("memory_keyring")

PASSPHRASE = "regio noord wisselt uit"
FAST = 14

# Columns that are the store's own business, not the record's.
_LOCAL = {"person": {"is_self"}, "concern": {"outside_region"}}


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "tweede")
    yield s
    s.close()


class Exchange:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0

    def send(
        self, source: Store, target: Store, scope: PackageScope | None = None, **kw: object
    ) -> package.MergeReport:
        return self.receive(target, self.make(source, scope), **kw)

    def make(self, source: Store, scope: PackageScope | None = None) -> Path:
        self.n += 1
        out = self.folder / f"pakket-{self.n}{package.SUFFIX}"
        transfer.export_package(source, out, scope or PackageScope(), passphrase=PASSPHRASE, log2_n=FAST)
        return out

    def receive(self, target: Store, path: Path, **kw: object) -> package.MergeReport:
        return transfer.import_package(target, path, passphrase=PASSPHRASE, **kw)  # type: ignore[arg-type]


@pytest.fixture
def exchange(tmp_path: Path) -> Exchange:
    return Exchange(tmp_path)


def municipality_id(store: Store, gm: str) -> str:
    conn = store.raw()
    try:
        return str(conn.execute("SELECT id FROM municipality WHERE gm_code = ?", (gm,)).fetchone()[0])
    finally:
        conn.close()


def add(store: Store, title: str, gm: str = "GM0344", **kw: object) -> str:
    with store.session() as session:
        draft = concerns.ConcernDraft(
            title=title, description="Omschrijving", municipality_id=municipality_id(store, gm), **kw
        )  # type: ignore[arg-type]
        return concerns.create_concern(session, draft).id


def records(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every synced record, comparable across stores: reference ids replaced by their codes."""
    conn = sqlite3.connect(store.path)
    try:
        codes: dict[str, str] = {}
        for table, column in (("municipality", "gm_code"), ("theme", "code"), ("programme", "code"),
                              ("organisation", "code")):  # fmt: skip
            codes.update({i: c for i, c in conn.execute(f"SELECT id, {column} FROM {table}")})
        out: dict[str, list[tuple[object, ...]]] = {}
        for name in package.table_infos():
            if name in package.REFERENCE_TABLES:
                continue
            cursor = conn.execute(f'SELECT * FROM "{name}" ORDER BY id')
            columns = [d[0] for d in cursor.description]
            skip = _LOCAL.get(name, set())
            out[name] = [
                tuple(
                    codes.get(v, v) if isinstance(v, str) else v
                    for c, v in zip(columns, row, strict=True)
                    if c not in skip
                )
                for row in cursor
            ]
        return out
    finally:
        conn.close()


def table_counts(store: Store) -> dict[str, int]:
    conn = sqlite3.connect(store.path)
    try:
        names = [*package.table_infos(), "exchangepeer", "exchangeconflict", "changelog"]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def edit_on_both(
    store: Store, other: Store, exchange: Exchange, here: str, there: str, **there_too: object
) -> str:
    """A concern that went from `store` to `other` and was then edited on both; its id."""
    shared = add(store, "Origineel")
    exchange.send(store, other)
    with store.session() as session:
        concerns.update_concern(session, shared, title=here)
    with other.session() as session:
        concerns.update_concern(session, shared, title=there, **there_too)
    return shared


def live_ids(store: Store) -> set[str]:
    conn = store.raw()
    try:
        return {r[0] for r in conn.execute("SELECT id FROM concern WHERE deleted_at IS NULL")}
    finally:
        conn.close()


def title_of(store: Store, concern_id: str) -> str:
    with store.reader() as session:
        return concerns.get_concern(session, concern_id, allow_deleted=True).title


# --------------------------------------------------------------------------- whole store


def test_whole_store_arrives_equal_and_twice_changes_nothing(
    store: Store, other: Store, exchange: Exchange
) -> None:
    demo.fill_demo(store)
    path = exchange.make(store, PackageScope(include_confidential=True))
    report = exchange.receive(other, path)
    assert report.inserted["concern"] > 0 and not report.conflicts
    assert records(other) == records(store)
    before = table_counts(other)
    again = exchange.receive(other, path)
    assert not again.changed
    assert table_counts(other) == before
    # The alternate is not the delegate: being "self" does not travel.
    with other.reader() as session:
        assert not [p for p in session.exec(select(models.Person)) if p.is_self]


def test_confidential_concerns_stay_home_with_what_refers_to_them(
    store: Store, other: Store, exchange: Exchange
) -> None:
    secret = add(store, "Geheim", confidentiality="vertrouwelijk")
    merged = add(store, "Dubbel van geheim")
    with store.session() as session:
        concerns.add_support(session, secret, municipality_id(store, "GM1900"))
        session.get(models.Concern, merged).merged_into_id = secret  # type: ignore[union-attr]
    add(store, "Open")
    exchange.send(store, other)
    with other.reader() as session:
        titles = {c.title for c in session.exec(select(models.Concern))}
    assert titles == {"Open"}
    exchange.send(store, other, PackageScope(include_confidential=True))
    assert title_of(other, secret) == "Geheim"


# --------------------------------------------------------------------------- two laptops editing


def test_two_laptops_edit_the_same_concern(store: Store, other: Store, exchange: Exchange) -> None:
    shared = edit_on_both(
        store, other, exchange, "Koppeling BRP (delegate)", "Koppeling BRP (alternate)", urgency=5
    )
    only_here = add(store, "Alleen bij de afgevaardigde", gm="GM1900")
    only_there = add(other, "Alleen bij de plaatsvervanger", gm="GM0518")
    with other.session() as session:
        concerns.add_support(session, shared, municipality_id(other, "GM1900"))
    to_other = exchange.make(store)
    to_store = exchange.make(other)
    into_other = exchange.receive(other, to_other)
    into_store = exchange.receive(store, to_store)
    assert into_other.conflicts == into_store.conflicts == [f"concern:{shared}"]
    # Each keeps its own version of the double edit ...
    assert title_of(store, shared) == "Koppeling BRP (delegate)"
    assert title_of(other, shared) == "Koppeling BRP (alternate)"
    # ... and both list it, with both versions.
    for s, here, theirs in ((store, "delegate", "alternate"), (other, "alternate", "delegate")):
        with s.reader() as session:
            (view,) = conflicts.conflicts(session)
        assert view.entity_id == shared
        diff = {f: (a, b) for f, a, b in view.differences}
        assert diff["title"] == (f"Koppeling BRP ({here})", f"Koppeling BRP ({theirs})")
    # Everything else is equal: new concerns and the support travelled both ways.
    mine, theirs = records(store), records(other)
    assert {r[0] for r in mine["concern"]} == {r[0] for r in theirs["concern"]} >= {only_here, only_there}
    assert mine["support"] == theirs["support"] and len(mine["support"]) == 1
    differing = [a for a, b in zip(mine["concern"], theirs["concern"], strict=True) if a != b]
    assert [r[0] for r in differing] == [shared]
    for name in mine:
        if name != "concern":
            assert mine[name] == theirs[name], name
    # Repeating both packages changes nothing on either side.
    before = (table_counts(store), table_counts(other))
    assert not exchange.receive(other, to_other).changed
    assert not exchange.receive(store, to_store).changed
    assert (table_counts(store), table_counts(other)) == before


def test_a_decision_on_one_laptop_settles_the_other(store: Store, other: Store, exchange: Exchange) -> None:
    shared = edit_on_both(store, other, exchange, "Versie A", "Versie B")
    a, b = exchange.make(store), exchange.make(other)
    exchange.receive(other, a)
    exchange.receive(store, b)
    with store.session() as session:
        (view,) = conflicts.conflicts(session)
        settled = conflicts.resolve_conflict(session, view.id, keep="local")
    assert settled.resolution == "kept_local"
    report = exchange.send(store, other)
    assert report.updated == {"concern": 1} and report.resolved_by_peer == 1
    assert title_of(other, shared) == "Versie A"
    with other.reader() as session:
        assert conflicts.conflicts(session) == []
        assert conflicts.conflicts(session, include_resolved=True)[0].resolution == "resolved_by_peer"
    assert records(store) == records(other)


def test_taking_the_incoming_version(store: Store, other: Store, exchange: Exchange) -> None:
    shared = edit_on_both(store, other, exchange, "Versie A", "Versie B", impact=1)
    exchange.send(other, store)
    with store.session() as session:
        (view,) = conflicts.conflicts(session)
        conflicts.resolve_conflict(session, view.id, keep="incoming")
        with pytest.raises(ValidationError, match="already"):
            conflicts.resolve_conflict(session, view.id, keep="local")
    with store.reader() as session:
        concern = concerns.get_concern(session, shared)
    assert (concern.title, concern.impact) == ("Versie B", 1)
    exchange.send(store, other)
    assert records(store) == records(other)


def test_an_edit_on_one_side_only_is_taken_and_an_older_copy_is_not(
    store: Store, other: Store, exchange: Exchange
) -> None:
    shared = add(store, "Origineel")
    old = exchange.make(store)
    exchange.receive(other, old)
    exchange.send(other, store)  # the delegate learns what the alternate has seen
    with other.session() as session:
        concerns.update_concern(session, shared, title="Verbeterd")
    report = exchange.send(other, store)
    assert report.updated == {"concern": 1} and not report.conflicts
    assert title_of(store, shared) == "Verbeterd"
    # An older package arriving late does not undo the newer edit.
    stale = exchange.receive(other, old)
    assert not stale.changed
    assert title_of(other, shared) == "Verbeterd"


def test_deletions_travel_as_tombstones(store: Store, other: Store, exchange: Exchange) -> None:
    doomed = add(store, "Wordt verwijderd")
    exchange.send(store, other)
    exchange.send(other, store)
    with store.session() as session:
        concerns.delete_concern(session, doomed)
    assert exchange.send(store, other).updated == {"concern": 1}
    with other.reader() as session:
        assert concerns.get_concern(session, doomed, allow_deleted=True).deleted_at is not None


def test_same_response_recorded_on_both_laptops_is_one_record(
    store: Store, other: Store, exchange: Exchange
) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Test", "GM1900,GM0080")
        position_id = positions.create_position(session, "Standpunt cloud").id
    exchange.send(store, other)
    for s, grade in ((store, "steun"), (other, "bezwaar")):
        with s.session() as session:
            positions.set_response(session, position_id, municipality_id(s, "GM1900"), grade)
    report = exchange.send(other, store)
    assert report.conflicts and not report.inserted.get("response")
    with store.reader() as session:
        graded = [r for r in session.exec(select(models.Response)) if r.deleted_at is None]
    assert len([r for r in graded if r.grade != "geen_reactie"]) == 1


def test_scope_mine_for_one_municipality(store: Store, other: Store, exchange: Exchange) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Test", "GM1900,GM0080")
    theirs = add(store, "Van Leeuwarden", gm="GM0080")
    mine = add(store, "Van Súdwest-Fryslân", gm="GM1900")
    with store.session() as session:
        concerns.add_support(session, theirs, municipality_id(store, "GM1900"))
    path = exchange.make(store, PackageScope("mine", "GM1900"))
    report = exchange.receive(other, path)
    # Its own concern, its support and the concern that support is about; no region.
    assert report.inserted == {"concern": 2, "support": 1}
    assert {title_of(other, mine), title_of(other, theirs)} == {"Van Leeuwarden", "Van Súdwest-Fryslân"}
    with pytest.raises(ValidationError, match="GM9999"):
        package.build_payload(store, PackageScope("mine", "GM9999"))
    with pytest.raises(ValidationError):
        PackageScope("alles")


# --------------------------------------------------------------------------- refusals


def test_wrong_passphrase_and_flipped_byte_change_nothing(
    store: Store, other: Store, exchange: Exchange
) -> None:
    add(store, "Iets")
    path = exchange.make(store)
    before = table_counts(other)
    with pytest.raises(crypto.WrongPassphraseError):
        transfer.import_package(other, path, passphrase="niet de goede passphrase")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x40
    path.write_bytes(bytes(data))
    with pytest.raises(crypto.PackageCryptoError, match="altered"):
        transfer.import_package(other, path, passphrase=PASSPHRASE)
    assert table_counts(other) == before


def test_own_package_newer_format_and_broken_references_are_refused(
    store: Store, other: Store, exchange: Exchange
) -> None:
    concern_id = add(store, "Iets")
    with pytest.raises(ValidationError, match="same store"):
        exchange.send(store, store)
    payload = package.build_payload(store, PackageScope())
    newer = dict(payload, schema="9999_future")
    with pytest.raises(ValidationError, match="newer version"):
        package.merge_payload(other, newer)
    broken = json.loads(json.dumps(payload))
    del broken["tables"]["municipality"]  # the concern's municipality no longer comes along
    broken["tables"]["concern"]["rows"][0][
        broken["tables"]["concern"]["columns"].index("municipality_id")
    ] = "00000000-0000-0000-0000-000000000000"
    before = table_counts(other)
    with pytest.raises(ValidationError, match="refers to records"):
        package.merge_payload(other, broken)
    assert table_counts(other) == before
    assert concern_id
    for bad in ({}, {"format": "iets anders"}, dict(payload, tables={"geheim": {}})):
        with pytest.raises(ValidationError):
            package.merge_payload(other, bad)


def test_peers_are_tracked_by_store_id(store: Store, other: Store, exchange: Exchange) -> None:
    with store.session() as session:
        region.set_region_by_codes(session, "Regio Noord", "GM1900")
    exchange.send(store, other)
    with other.reader() as session:
        (peer,) = session.exec(select(models.ExchangePeer)).all()
    assert peer.peer_store_id == store.info("store_id")
    assert peer.name == "Regio Noord"
    assert peer.last_received_at is not None and peer.last_imported_at is not None


def test_random_edits_on_two_laptops_converge_after_decisions(
    store: Store, other: Store, exchange: Exchange
) -> None:
    """Rounds of random edits on both sides: double edits are listed on both, all else agrees."""
    import random

    rng = random.Random(20261129)
    for i in range(8):
        add(store, f"Knelpunt {i}")
    exchange.send(store, other)
    exchange.send(other, store)
    for round_no in range(3):
        edited: dict[str, dict[str, str]] = {"a": {}, "b": {}}
        for side, s in (("a", store), ("b", other)):
            live = sorted(live_ids(s))
            with s.session() as session:
                for concern_id in rng.sample(live, 3):
                    title = f"{side}{round_no}-{concern_id[:4]}"
                    concerns.update_concern(session, concern_id, title=title)
                    edited[side][concern_id] = title
                if rng.random() < 0.5:
                    victim = rng.choice([c for c in live if c not in edited[side]])
                    concerns.delete_concern(session, victim)
                    edited[side][victim] = "deleted"
            add(s, f"Nieuw {side}{round_no}")
        to_b, to_a = exchange.make(store), exchange.make(other)
        exchange.receive(other, to_b)
        exchange.receive(store, to_a)
        both = set(edited["a"]) & set(edited["b"])
        for s in (store, other):
            with s.reader() as session:
                listed = {v.entity_id for v in conflicts.conflicts(session)}
            assert listed == both
        # The delegate decides; the decisions travel; both laptops agree again.
        with store.session() as session:
            for view in conflicts.conflicts(session):
                conflicts.resolve_conflict(session, view.id, keep=rng.choice(["local", "incoming"]))
        exchange.send(store, other)
        exchange.send(other, store)
        assert records(store) == records(other)
        for s in (store, other):
            with s.reader() as session:
                assert conflicts.conflicts(session) == []
