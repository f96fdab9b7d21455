"""Helpers for store tests: damage a page, fake a newer schema, hash a file, build foreign files."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

from delegate_app.core import paths


def store_file(folder: Path) -> Path:
    return paths.store_path(folder)


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so byte edits hit the real pages."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def damage_table(path: Path, table: str = "concern", seed: int = 7) -> int:
    """Overwrite the root b-tree page of `table` with random bytes; returns the page number."""
    checkpoint(path)
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    rng = random.Random(seed)
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size + 16)
        fh.write(bytes(rng.randrange(256) for _ in range(page_size - 32)))
    return int(root)


def set_revision(path: Path, revision: str) -> None:
    """Write a schema revision into the store, as a newer (or older) version would have."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def write_foreign(path: Path, kind: str, real_store: Path | None = None) -> None:
    """A file that is not a usable store: random bytes, empty, another SQLite db, a cut-off store."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "random":
        path.write_bytes(random.Random(3).randbytes(64 * 1024))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign-sqlite":
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
            conn.execute("INSERT INTO recipes VALUES ('stamppot', 40)")
        conn.close()
    elif kind == "no-version":
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
            conn.execute("CREATE TABLE concern (id TEXT)")
        conn.close()
    elif kind == "truncated":
        assert real_store is not None
        checkpoint(real_store)
        data = real_store.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:
        raise ValueError(kind)


FOREIGN_KINDS = ("random", "empty", "foreign-sqlite", "no-version", "truncated")


def synthetic_batches(path: Path) -> dict[str, int]:
    """Synthetic concerns per batch marker, read without the app."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT batch, count(*) FROM concern WHERE batch LIKE 'synthetic-%' GROUP BY batch"
        ).fetchall()
    finally:
        conn.close()
    return {str(b): int(n) for b, n in rows}
