"""The store on real SQLite files: creation, pragmas, foreign keys, lock, backups, restore, refusals."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import select
from store_helpers import FOREIGN_KINDS, damage_table, file_hash, set_revision, store_file, write_foreign

from delegate_app.core import i18n, models
from delegate_app.core.errors import StoreDamagedError, StoreError, StoreLockedError, StoreTooNewError
from delegate_app.core.schema import HEAD_REVISION
from delegate_app.core.store import (
    BACKUPS_KEPT,
    Store,
    list_backups,
    make_backup,
    newest_good_backup,
    open_store,
    restore,
)


@pytest.fixture(autouse=True)
def _english() -> None:
    # Messages are matched in their source language; the shared fixture restores Dutch.
    i18n.set_language("en")


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _add_region(store: Store, name: str) -> None:
    with store.session() as session:
        session.add(models.Region(name=name))


def _region_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM region ORDER BY name")]
    finally:
        conn.close()


# --------------------------------------------------------------------------- creation and pragmas


def test_new_store_has_reference_data_schema_and_identity(store: Store) -> None:
    assert store.schema_version() == HEAD_REVISION
    assert store.info("store_id")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM municipality").scalar_one() == 342
        assert conn.exec_driver_sql("SELECT count(*) FROM theme").scalar_one() == 14
    assert store.check() == []
    assert store.backups() == []  # nothing to back up on the first open


def test_every_pooled_connection_has_the_pragmas(store: Store) -> None:
    conns = [store.engine.connect() for _ in range(3)]
    try:
        raw = {id(c.connection.dbapi_connection) for c in conns}
        assert len(raw) == 3  # three distinct connections from the pool
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
            conn.rollback()
    finally:
        for conn in conns:
            conn.close()


def test_foreign_key_violation_fails_on_every_pooled_connection(store: Store) -> None:
    conns = [store.engine.connect() for _ in range(3)]
    try:
        for n, conn in enumerate(conns):
            with pytest.raises(IntegrityError, match="FOREIGN KEY"), conn.begin():
                conn.exec_driver_sql(
                    "INSERT INTO regionmember (id, created_at, updated_at, region_id, municipality_id) "
                    "VALUES (?, 'x', 'x', 'no-such-region', 'no-such-municipality')",
                    (f"member-{n}",),
                )
    finally:
        for conn in conns:
            conn.close()
    raw = store.raw()
    try:
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            raw.execute(
                "INSERT INTO support (id, created_at, updated_at, concern_id, municipality_id, note, "
                "recorded_via, recorded_by) VALUES ('s', 'x', 'x', 'nope', 'nope', '', 'manual', '')"
            )
    finally:
        raw.close()
    assert _count(store.path, "SELECT count(*) FROM regionmember") == 0


def test_a_failed_transaction_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.session() as session:
        session.add(models.Region(name="Half"))
        session.flush()
        raise RuntimeError("boom")
    assert _region_names(store.path) == []


def test_new_store_is_built_aside_and_moved_in_whole(data_dir: Path) -> None:
    # What a crash while creating would have left: a half-built file under the temporary name.
    stray = store_file(data_dir).with_name("regiostem.sqlite.new")
    stray.write_bytes(b"half a store")
    with open_store(data_dir) as store:
        assert store.check() == []
    assert not stray.exists()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("regiostem.sqlite.new")) == []


@pytest.mark.parametrize("name", ["Regio #1? 100% Súdwest", "a&b 'quoted' [x]"])
def test_folder_names_with_url_characters_keep_the_store_inside(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name / "data"
    with open_store(folder) as store:
        _add_region(store, "Fryslân")
        assert store.path == folder / "regiostem.sqlite"
    assert (folder / "regiostem.sqlite").is_file()
    assert not any(p.is_file() for p in (tmp_path / name).iterdir())  # nothing written beside the folder
    with open_store(folder, read_only=True) as reader:
        assert reader.check() == []
        with reader.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM region").scalar_one() == "Fryslân"
    backup = make_backup(folder / "regiostem.sqlite", None)
    assert backup.parent == folder / "backups"


# --------------------------------------------------------------------------- read-only and lock


def test_read_only_store_reads_and_refuses_writes_without_changing_the_file(store: Store) -> None:
    _add_region(store, "Noord")
    store.close()
    before = file_hash(store.path)
    with open_store(store.folder, read_only=True) as reader:
        with reader.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM region").scalar_one() == 1
        with pytest.raises(OperationalError, match="readonly"), reader.session() as session:
            session.add(models.Region(name="Zuid"))
    assert file_hash(store.path) == before


def test_second_writer_is_refused_and_a_reader_still_works(store: Store) -> None:
    with pytest.raises(StoreLockedError, match=str(os.getpid())):
        open_store(store.folder)
    with open_store(store.folder, read_only=True) as reader:
        assert reader.check() == []
    store.close()
    with open_store(store.folder) as again:  # the lock went with the first writer
        assert again.schema_version() == HEAD_REVISION


def test_read_only_on_a_missing_store_says_so(data_dir: Path) -> None:
    with pytest.raises(StoreError, match="no store"):
        open_store(data_dir, read_only=True)


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize("kind", FOREIGN_KINDS)
def test_foreign_or_cut_off_files_are_refused_untouched(tmp_path: Path, kind: str) -> None:
    real = tmp_path / "real"
    with open_store(real):
        pass
    folder = tmp_path / "data"
    path = store_file(folder)
    write_foreign(path, kind, real_store=store_file(real))
    before = file_hash(path)
    with pytest.raises(StoreDamagedError) as caught:
        open_store(folder)
    assert str(path) in str(caught.value)
    with pytest.raises(StoreDamagedError):
        open_store(folder, read_only=True)
    assert file_hash(path) == before
    assert list_backups(folder) == []
    assert not path.with_name("regiostem.sqlite.new").exists()


def test_newer_schema_is_refused_untouched(store: Store) -> None:
    store.close()
    set_revision(store.path, "9999_from_the_future")
    before = file_hash(store.path)
    for read_only in (False, True):
        with pytest.raises(StoreTooNewError, match="9999_from_the_future"):
            open_store(store.folder, read_only=read_only)
    assert file_hash(store.path) == before
    assert list_backups(store.folder) == []


def test_damaged_page_is_found_at_open(store: Store) -> None:
    with store.session() as session:
        municipality = session.exec(select(models.Municipality)).first()
        assert municipality is not None
        for n in range(200):
            session.add(
                models.Concern(
                    title=f"Knelpunt {n}", description="tekst " * 40, municipality_id=municipality.id
                )
            )
    store.close()
    damage_table(store.path)
    before = file_hash(store.path)
    with pytest.raises(StoreDamagedError, match="damaged"):
        open_store(store.folder)
    with pytest.raises(StoreDamagedError):
        open_store(store.folder, read_only=True)
    assert file_hash(store.path) == before


def test_check_reports_broken_foreign_keys_and_a_stale_search_index(store: Store) -> None:
    raw = sqlite3.connect(store.path)
    raw.execute("PRAGMA foreign_keys = OFF")  # what another tool (or an old bug) could have done
    with raw:
        raw.execute(
            "INSERT INTO regionmember (id, created_at, updated_at, region_id, municipality_id) "
            "VALUES ('m', 'x', 'x', 'gone', 'gone')"
        )
        raw.execute(
            "INSERT INTO concern_fts (rowid, title, description, municipality) VALUES (999, 'x', 'y', 'z')"
        )
    raw.close()
    problems = store.check()
    assert any(p.startswith("foreign key: regionmember") for p in problems), problems
    assert any(p.startswith("search index") for p in problems), problems


# --------------------------------------------------------------------------- backups and restore


def test_backup_is_verified_complete_and_rotated(store: Store) -> None:
    _add_region(store, "Noord")  # committed while the store stays open (in the write-ahead log)
    first = store.backup()
    assert _region_names(first) == ["Noord"]
    conn = sqlite3.connect(first)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert (
        conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    )  # a backup is one self-contained file
    conn.close()
    made = [first]
    for _ in range(BACKUPS_KEPT + 2):
        made.append(store.backup())
    kept = store.backups()
    assert len(kept) == BACKUPS_KEPT
    assert kept[0] == made[-1]  # newest first
    assert first not in kept
    assert not list(store.folder.glob("backups/*.partial"))


def test_reopening_after_a_while_makes_an_automatic_backup(store: Store) -> None:
    folder = store.folder
    store.backup()
    store.close()
    with open_store(folder):
        pass
    assert len(list_backups(folder)) == 1  # the last one is recent: no new one
    old = time.time() - 13 * 3600
    os.utime(list_backups(folder)[0], (old, old))
    with open_store(folder):
        pass
    backups = list_backups(folder)
    assert len(backups) == 2
    assert backups[0].name.endswith("-auto.sqlite")


def test_restore_round_trip_keeps_the_replaced_store(store: Store) -> None:
    _add_region(store, "Voor de backup")
    backup = store.backup()
    _add_region(store, "Na de backup")
    folder = store.folder
    store.close()
    aside = restore(folder, backup)
    assert aside is not None and aside.exists()
    assert _region_names(store_file(folder)) == ["Voor de backup"]
    assert _region_names(aside) == ["Na de backup", "Voor de backup"]
    with open_store(folder) as again:
        assert again.check() == []


def test_restore_refuses_bad_backups_locked_stores_and_newer_stores(store: Store, tmp_path: Path) -> None:
    folder = store.folder
    good = store.backup()
    bad = tmp_path / "bad.sqlite"
    write_foreign(bad, "random")
    with pytest.raises(StoreDamagedError, match="not a usable backup"):
        restore(folder, bad)
    with pytest.raises(StoreLockedError):
        restore(folder, good)  # the store is still open
    with pytest.raises(FileNotFoundError):
        restore(folder, tmp_path / "missing.sqlite")
    store.close()
    with pytest.raises(StoreError, match="the store itself"):
        restore(folder, store_file(folder))
    set_revision(store_file(folder), "9999_newer")
    before = file_hash(store_file(folder))
    with pytest.raises(StoreTooNewError):
        restore(folder, good)
    assert file_hash(store_file(folder)) == before
    aside = restore(folder, good, force=True)
    assert aside is not None and file_hash(aside) == before


def test_newest_good_backup_skips_damaged_ones(store: Store) -> None:
    good = store.backup()
    newer = store.backup()
    newer.write_bytes(b"not a database any more")
    assert newest_good_backup(store.folder) == good
    good.unlink()
    assert newest_good_backup(store.folder) is None
