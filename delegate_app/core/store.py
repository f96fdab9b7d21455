"""The local store: one SQLite file per data folder, opened safely.

Opening a store checks, before anything writes to the file, that it is a SQLite
file, that its schema is one this version knows and that it passes
`quick_check`. A writer holds a lock file so a second instance cannot fork the
store; readers (reports, `stats`) need no lock thanks to WAL. Migrations run only
after a verified backup.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool
from sqlmodel import Session

from delegate_app import __version__
from delegate_app.core import changelog, gc_guard, models, paths
from delegate_app.core.errors import (
    StoreDamagedError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
)
from delegate_app.core.i18n import translate
from delegate_app.core.schema import FTS_STATEMENTS, HEAD_REVISION, KNOWN_REVISIONS
from delegate_app.core.types import new_id

gc_guard.install()
log = logging.getLogger(__name__)
changelog.install()

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
BACKUPS_KEPT = 10
AUTO_BACKUP_HOURS = 12


# --------------------------------------------------------------------------- connection set-up


def _apply_pragmas(dbapi_connection: Any, read_only: bool) -> None:
    # A plain cursor: SQLAlchemy's documented recipe that toggles autocommit
    # attributes does not work on Python 3.11's sqlite3.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA foreign_keys")
        if cursor.fetchone()[0] != 1:
            raise StoreError(translate("Store", "The store refused to enforce foreign keys."))
        if not read_only:
            cursor.execute("PRAGMA journal_mode")
            mode = str(cursor.fetchone()[0]).lower()
            if mode != "wal":
                raise StoreError(
                    translate(
                        "Store", "The store cannot use write-ahead logging (journal mode {mode})."
                    ).format(mode=mode)
                )
            cursor.execute("PRAGMA synchronous")
            if cursor.fetchone()[0] != 2:
                raise StoreError(translate("Store", "The store refused synchronous=FULL."))
    finally:
        cursor.close()


def _ro_uri(path: Path) -> str:
    # A proper file URI: a folder named "Regio #1?" must not turn into a query or
    # a fragment and open some other file.
    return Path(path).resolve().as_uri() + "?mode=ro"


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(
            _ro_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def make_engine(path: Path, *, read_only: bool = False, deferred: bool = False) -> Engine:
    """An engine whose every connection has our pragmas and takes write locks up front.

    `deferred` engines begin plain transactions: for reading on a writable store
    without waiting for (or blocking) the writer.
    """
    # Connections come from a creator rather than a URL: SQLAlchemy would read
    # "?" or "#" in a folder name as URL syntax and open a different file.
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: _connect(path, read_only=read_only), poolclass=QueuePool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" event decide how transactions start.
        dbapi_connection.isolation_level = None
        _apply_pragmas(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN, so two writers never deadlock
        # half-way through a transaction.
        connection.exec_driver_sql("BEGIN" if read_only or deferred else "BEGIN IMMEDIATE")

    return engine


# --------------------------------------------------------------------------- inspection without writing


@dataclass(frozen=True)
class FileFacts:
    exists: bool
    revision: str | None = None


def inspect_file(path: Path) -> FileFacts:
    """Check a store file without changing a byte of it.

    Raises StoreDamagedError for files that are not SQLite or fail quick_check,
    StoreTooNewError for a schema this version does not know.
    """
    if not path.exists():
        return FileFacts(exists=False)
    try:
        with path.open("rb") as fh:
            header = fh.read(16)
    except OSError as exc:
        raise StoreError(
            translate("Store", "The store {path} cannot be read: {error}").format(path=path, error=exc)
        ) from exc
    if header == b"":
        # An empty file is what a sync tool or a full disk leaves of a store;
        # starting afresh on it would let new empty backups push out the good ones.
        raise StoreDamagedError(
            translate(
                "Store",
                "The store {path} is an empty file. Restore a backup, or remove the file to start a new store.",
            ).format(path=path)
        )
    if header != SQLITE_MAGIC:
        raise StoreDamagedError(
            translate("Store", "The file {path} is not a Regiostem store (not a SQLite database).").format(
                path=path
            )
        )
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        raise StoreDamagedError(
            translate("Store", "The store {path} cannot be opened: {error}").format(path=path, error=exc)
        ) from exc
    try:
        revision = _read_revision(conn, path)
        if revision is None:
            # New stores are built aside and moved in whole, so a file without a
            # schema version is not one of ours (or not any more).
            raise StoreDamagedError(
                translate("Store", "The file {path} is a SQLite database but not a Regiostem store.").format(
                    path=path
                )
            )
        if revision not in KNOWN_REVISIONS:
            raise StoreTooNewError(
                translate(
                    "Store",
                    "The store {path} was written by a newer version of Regiostem (schema {revision}); "
                    "this is version {version}. Install the newer version; the store was left untouched.",
                ).format(path=path, revision=revision, version=__version__)
            )
        problems = _quick_check(conn)
        if problems:
            raise StoreDamagedError(
                translate("Store", "The store {path} is damaged: {problems}").format(
                    path=path, problems="; ".join(problems[:3])
                )
            )
        return FileFacts(exists=True, revision=revision)
    finally:
        conn.close()


def _read_revision(conn: sqlite3.Connection, path: Path) -> str | None:
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise StoreDamagedError(
            translate("Store", "The store {path} is damaged: {error}").format(path=path, error=exc)
        ) from exc
    if "alembic_version" not in tables:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreDamagedError(
            translate("Store", "The store {path} is damaged: {error}").format(path=path, error=exc)
        ) from exc
    return str(row[0]) if row else None


def _quick_check(conn: sqlite3.Connection, full: bool = False) -> list[str]:
    # quick_check may report problems as rows or raise; both mean damage.
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


# --------------------------------------------------------------------------- the store


class Store:
    """An open store: the engine, the lock, and the folder it lives in."""

    def __init__(
        self,
        folder: Path,
        engine: Engine,
        *,
        read_only: bool,
        lock: FileLock | None,
        path: Path | None = None,
    ) -> None:
        self.folder = folder
        self.path = path or paths.store_path(folder)
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.actor = ""
        self._read_engine: Engine | None = None

    # sessions ---------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit on success, roll back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            session.info["actor"] = self.actor
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def reader(self) -> Session:
        """A session for reading; the caller closes it. It never takes the write lock."""
        if self._read_engine is None:
            self._read_engine = self.engine if self.read_only else make_engine(self.path, deferred=True)
        return Session(self._read_engine, expire_on_commit=False)

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same pragmas, for bulk work and checks."""
        conn = _connect(self.path, read_only=self.read_only)
        conn.isolation_level = None
        _apply_pragmas(conn, self.read_only)
        return conn

    # facts --------------------------------------------------------------------

    def schema_version(self) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchone()
            return str(row[0]) if row else None

    def info(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql("SELECT value FROM storeinfo WHERE key = ?", (key,)).fetchone()
            return str(row[0]) if row else None

    def check(self) -> list[str]:
        """Full integrity check, foreign keys and schema version; empty when all is well."""
        problems: list[str] = []
        conn = _connect(self.path, read_only=True)
        try:
            problems += [f"integrity: {p}" for p in _quick_check(conn, full=True)]
            try:
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.DatabaseError as exc:
                fk = []
                problems.append(f"foreign keys: {exc}")
            for table, rowid, parent, _ in fk[:20]:
                problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
            try:
                indexed = conn.execute("SELECT count(*) FROM concern_fts").fetchone()[0]
                stored = conn.execute("SELECT count(*) FROM concern").fetchone()[0]
                if indexed != stored:
                    problems.append(f"search index: {indexed} entries for {stored} concerns")
            except sqlite3.DatabaseError as exc:
                problems.append(f"search index: {exc}")
            revision = _read_revision(conn, self.path)
            if revision != HEAD_REVISION:
                problems.append(f"schema: {revision} (expected {HEAD_REVISION})")
        finally:
            conn.close()
        return problems

    # backups ------------------------------------------------------------------

    def backup(self, out: Path | None = None, *, reason: str = "manual") -> Path:
        """A verified copy made with SQLite's online backup API.

        Without `out` the copy goes to the rotating backups folder; older
        backups are removed only after the new one verified.
        """
        return make_backup(self.path, out, reason=reason)

    def backups(self) -> list[Path]:
        return list_backups(self.folder)

    # closing --------------------------------------------------------------------

    def close(self) -> None:
        self.engine.dispose()
        if self._read_engine is not None and self._read_engine is not self.engine:
            self._read_engine.dispose()
        self._read_engine = None
        if self._lock is not None:
            _release_lock(self.folder, self._lock)
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- lock


def _lock_path(folder: Path) -> Path:
    return folder / (paths.STORE_FILENAME + ".lock")


def _lock_info_path(folder: Path) -> Path:
    return folder / (paths.STORE_FILENAME + ".lock.json")


def _acquire_lock(folder: Path) -> FileLock:
    lock = FileLock(str(_lock_path(folder)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        holder = ""
        with contextlib.suppress(OSError, ValueError):
            info = json.loads(_lock_info_path(folder).read_text(encoding="utf-8"))
            holder = translate("Store", " (process {pid} on {host}, since {since})").format(**info)
        raise StoreLockedError(
            translate(
                "Store", "The store in {folder} is in use by another Regiostem{holder}. Close it there first."
            ).format(folder=folder, holder=holder)
        ) from None
    with contextlib.suppress(OSError):
        _lock_info_path(folder).write_text(
            json.dumps(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                }
            ),
            encoding="utf-8",
        )
    return lock


def _release_lock(folder: Path, lock: FileLock) -> None:
    with contextlib.suppress(OSError):
        _lock_info_path(folder).unlink()
    lock.release()


def is_locked(folder: Path) -> bool:
    lock = FileLock(str(_lock_path(folder)), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        return True
    lock.release()
    return False


# --------------------------------------------------------------------------- open


def open_store(
    folder: Path | None = None,
    *,
    read_only: bool = False,
    load_reference: bool = True,
    auto_backup: bool = True,
) -> Store:
    """Open (or create) the store in `folder`.

    Writers lock the folder; a new store is created at the head schema and
    filled with the reference data; an older one is backed up, verified, then
    migrated; a newer or damaged one is refused before anything is written.
    """
    folder = paths.data_dir(folder)
    path = paths.store_path(folder)
    if read_only:
        facts = inspect_file(path)
        if not facts.exists:
            raise StoreError(translate("Store", "There is no store in {folder} yet.").format(folder=folder))
        if facts.revision != HEAD_REVISION:
            raise StoreError(
                translate(
                    "Store", "The store in {folder} must be upgraded first; open it once without read-only."
                ).format(folder=folder)
            )
        return Store(folder, make_engine(path, read_only=True), read_only=True, lock=None)

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            translate("Store", "The folder {folder} cannot be created: {error}").format(
                folder=folder, error=exc
            )
        ) from exc
    lock = _acquire_lock(folder)
    engine: Engine | None = None
    try:
        facts = inspect_file(path)
        if not facts.exists:
            _create_store_file(folder, path, load_reference=load_reference)
        elif facts.revision != HEAD_REVISION:
            make_backup(path, None, reason="pre-migration")
            _migrate(path)
        engine = make_engine(path)
        store = Store(folder, engine, read_only=False, lock=lock)
        _test_write(store)
        if auto_backup and facts.exists:
            _maybe_auto_backup(store)
        return store
    except BaseException:
        if engine is not None:
            engine.dispose()
        _release_lock(folder, lock)
        raise


def _create_store_file(folder: Path, path: Path, *, load_reference: bool) -> None:
    """Build a new store beside its final name and move it in whole.

    A crash half-way leaves only a stray ".new" file, never a store without its
    schema or reference data.
    """
    tmp = path.with_name(path.name + ".new")
    for leftover in (tmp, *_sidecars(tmp)):
        leftover.unlink(missing_ok=True)
    engine = make_engine(tmp)
    try:
        _create_schema(engine)
        if load_reference:
            from delegate_app.core import reference

            reference.load_reference_data(Store(folder, engine, read_only=False, lock=None, path=tmp))
    finally:
        # Closing the last connection checkpoints the log into the file.
        engine.dispose()
    wal, _ = _sidecars(tmp)
    if wal.exists() and wal.stat().st_size > 0:
        raise StoreError(translate("Store", "The new store {path} could not be completed.").format(path=path))
    for extra in _sidecars(tmp):
        extra.unlink(missing_ok=True)
    os.replace(tmp, path)


def _sidecars(path: Path) -> tuple[Path, Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside a store."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _create_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        models.metadata.create_all(conn)
        for statement in FTS_STATEMENTS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        )
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))
        now = datetime.now(UTC).isoformat()
        for key, value in (("store_id", new_id()), ("created_at", now), ("created_with", __version__)):
            conn.exec_driver_sql("INSERT OR IGNORE INTO storeinfo (key, value) VALUES (?, ?)", (key, value))


def _test_write(store: Store) -> None:
    try:
        with store.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO storeinfo (key, value) VALUES ('last_opened_with', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (__version__,),
            )
    except Exception as exc:
        raise StoreError(
            translate("Store", "The store {path} cannot be written: {error}").format(
                path=store.path, error=exc
            )
        ) from exc


def _migrate(path: Path) -> None:
    # Alembic is imported only here: migrations are rare and it is heavy.
    from delegate_app.core import migrate

    migrate.upgrade(path)


def _maybe_auto_backup(store: Store) -> None:
    existing = store.backups()
    if existing:
        age = datetime.now(UTC).timestamp() - existing[0].stat().st_mtime
        if age < AUTO_BACKUP_HOURS * 3600:
            return
    try:
        store.backup(reason="auto")
    except StoreError as exc:  # a failed automatic backup must not block the delegate's work
        log.warning("automatic backup failed: %s", exc)


# --------------------------------------------------------------------------- backups


def list_backups(folder: Path) -> list[Path]:
    """Backups in the rotating folder, newest first."""
    bdir = paths.backup_dir(folder)
    if not bdir.is_dir():
        return []
    found = [p for p in bdir.glob("regiostem-*.sqlite") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def verify_file(path: Path) -> list[str]:
    """Problems of a store file used as a backup source; empty when it is good."""
    try:
        facts = inspect_file(path)
    except StoreError as exc:
        return [str(exc)]
    if not facts.exists:
        return [translate("Store", "{path} is empty.").format(path=path)]
    conn = _connect(path, read_only=True)
    try:
        return _quick_check(conn, full=True)
    finally:
        conn.close()


def make_backup(source: Path, out: Path | None, *, reason: str = "manual") -> Path:
    folder = source.parent
    if out is None:
        bdir = paths.backup_dir(folder)
        bdir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        out = bdir / f"regiostem-{stamp}-{reason}.sqlite"
        rotate = True
    else:
        out = Path(out)
        rotate = False
        if out.parent and not out.parent.exists():
            raise StoreError(
                translate("Store", "The folder {folder} does not exist.").format(folder=out.parent)
            )
    tmp = out.with_name(out.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    try:
        src = _connect(source, read_only=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = verify_file(tmp)
        if problems:
            raise StoreDamagedError(
                translate("Store", "The backup failed its check: {problems}").format(
                    problems="; ".join(problems[:3])
                )
            )
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise StoreError(
            translate("Store", "The backup could not be made: {error}").format(error=exc)
        ) from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise
    if rotate:
        for old in list_backups(folder)[BACKUPS_KEPT:]:
            with contextlib.suppress(OSError):
                old.unlink()
    return out


def restore(folder: Path | None, backup: Path, *, force: bool = False) -> Path | None:
    """Replace the store by `backup`; the current file is kept aside. Returns where it went.

    The backup is verified first; nothing changes when it is bad, when the
    store is in use, or (unless `force`) when the current store was written by
    a newer version of Regiostem.
    """
    folder = paths.data_dir(folder)
    backup = Path(backup)
    path = paths.store_path(folder)
    if not backup.is_file():
        raise FileNotFoundError(2, "No such file", str(backup))
    if backup.resolve() == path.resolve():
        raise StoreError(translate("Store", "{path} is the store itself, not a backup.").format(path=backup))
    problems = verify_file(backup)
    if problems:
        raise StoreDamagedError(
            translate("Store", "{path} is not a usable backup: {problems}").format(
                path=backup, problems="; ".join(problems[:3])
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    lock = _acquire_lock(folder)
    tmp = path.with_name(path.name + ".restoring")
    try:
        if not force:
            with contextlib.suppress(StoreDamagedError):  # replacing a damaged store is the point
                inspect_file(path)
        shutil.copy2(backup, tmp)
        aside = None
        if path.exists():
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
            aside = path.with_name(f"{path.name}.replaced-{stamp}")
            os.replace(path, aside)
            for extra, extra_aside in zip(_sidecars(path), _sidecars(aside), strict=True):
                if extra.exists():
                    os.replace(extra, extra_aside)
        os.replace(tmp, path)
        return aside
    finally:
        tmp.unlink(missing_ok=True)
        _release_lock(folder, lock)


def newest_good_backup(folder: Path | None) -> Path | None:
    """The newest backup in the rotating folder that passes its integrity check."""
    for candidate in list_backups(paths.data_dir(folder)):
        if not verify_file(candidate):
            return candidate
    return None
