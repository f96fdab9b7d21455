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
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return cfg


def upgrade(path: Path, revision: str = "head") -> None:
    command.upgrade(config(path), revision)


def head_revision() -> str:
    head = ScriptDirectory.from_config(config(Path("unused.sqlite"))).get_current_head()
    assert head is not None
    return head
