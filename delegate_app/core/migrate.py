"""Alembic, run programmatically. Imported only when a store needs migrating."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def config(path: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser reads "%" as interpolation.
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}".replace("%", "%%"))
    return cfg


def upgrade(path: Path, revision: str = "head") -> None:
    """Upgrade the store at `path` in ONE transaction: a failed migration leaves it as it was."""
    import sqlite3

    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(str(path), timeout=5)
        conn.isolation_level = None  # SQLAlchemy's "begin" event below starts the transaction
        # Off outside the transaction (SQLite ignores it inside): table rebuilds in
        # batch mode would trip foreign keys half-way; env.py checks them before commit.
        conn.execute("PRAGMA foreign_keys = OFF")
        return conn

    # A creator, not a URL: "?" or "#" in a folder name is no URL syntax here.
    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    try:
        with engine.begin() as connection:
            cfg = config(path)
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
    finally:
        engine.dispose()


def head_revision() -> str:
    head = ScriptDirectory.from_config(config(Path("unused.sqlite"))).get_current_head()
    assert head is not None
    return head
