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
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session

from delegate_app import __version__
from delegate_app.core import changelog, models, paths
from delegate_app.core.errors import (
    StoreDamagedError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
)
from delegate_app.core.i18n import translate
from delegate_app.core.schema import FTS_STATEMENTS, HEAD_REVISION, KNOWN_REVISIONS
from delegate_app.core.types import new_id

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


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every connection has our pragmas and takes write locks up front."""
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        # Let SQLAlchemy's "begin" event decide how transactions start.
        dbapi_connection.isolation_level = None
        _apply_pragmas(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writers take the write lock at BEGIN, so two writers never deadlock
        # half-way through a transaction.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

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
    if header == b"" and path.stat().st_size == 0:
        return FileFacts(exists=False)
    if header != SQLITE_MAGIC:
        raise StoreDamagedError(
            translate("Store", "The file {path} is not a Regiostem store (not a SQLite database).").format(
                path=path
            )
        )
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StoreDamagedError(
            translate("Store", "The store {path} cannot be opened: {error}").format(path=path, error=exc)
        ) from exc
    try:
        revision = _read_revision(conn, path)
        if revision is not None and revision not in KNOWN_REVISIONS:
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
    if not tables:
        return None
    if "alembic_version" not in tables:
        raise StoreDamagedError(
            translate("Store", "The file {path} is a SQLite database but not a Regiostem store.").format(
                path=path
            )
        )
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

    def __init__(self, folder: Path, engine: Engine, *, read_only: bool, lock: FileLock | None) -> None:
        self.folder = folder
        self.path = paths.store_path(folder)
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.actor = ""

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
        """A session for reading; the caller closes it."""
        return Session(self.engine, expire_on_commit=False)

    def raw(self) -> sqlite3.Connection:
        """A plain sqlite3 connection with the same pragmas, for bulk work and checks."""
        uri = f"file:{self.path}?mode=ro" if self.read_only else f"file:{self.path}"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
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
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            problems += [f"integrity: {p}" for p in _quick_check(conn, full=True)]
            try:
                fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            except sqlite3.DatabaseError as exc:
                fk = []
                problems.append(f"foreign keys: {exc}")
            for table, rowid, parent, _ in fk[:20]:
                problems.append(f"foreign key: {table} row {rowid} refers to a missing {parent}")
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
        if self._lock is not None:
            self._lock.release()
            with contextlib.suppress(OSError):
                _lock_info_path(self.folder).unlink()
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
    try:
        facts = inspect_file(path)
        if facts.exists and facts.revision is not None and facts.revision != HEAD_REVISION:
            make_backup(path, None, reason="pre-migration")
            _migrate(path)
        engine = make_engine(path)
        store = Store(folder, engine, read_only=False, lock=lock)
        if not facts.exists or facts.revision is None:
            _create_schema(engine)
            if load_reference:
                from delegate_app.core import reference

                reference.load_reference_data(store)
        _test_write(store)
        if auto_backup and facts.exists:
            _maybe_auto_backup(store)
        return store
    except BaseException:
        lock.release()
        raise


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
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
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


def restore(folder: Path | None, backup: Path) -> Path:
    """Replace the store by `backup`; the current file is kept aside. Returns where it went.

    The backup is verified first; nothing changes when it is bad or when the
    store is in use.
    """
    folder = paths.data_dir(folder)
    backup = Path(backup)
    if not backup.is_file():
        raise FileNotFoundError(str(backup))
    problems = verify_file(backup)
    if problems:
        raise StoreDamagedError(
            translate("Store", "{path} is not a usable backup: {problems}").format(
                path=backup, problems="; ".join(problems[:3])
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    lock = _acquire_lock(folder)
    try:
        path = paths.store_path(folder)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.name}.replaced-{stamp}")
        if path.exists():
            os.replace(path, aside)
            for suffix in ("-wal", "-shm"):
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    os.replace(extra, aside.with_name(aside.name + suffix))
        tmp = path.with_name(path.name + ".restoring")
        shutil.copy2(backup, tmp)
        os.replace(tmp, path)
    finally:
        lock.release()
    return aside
