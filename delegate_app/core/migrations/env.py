"""Alembic environment: batch mode for SQLite, foreign keys off while migrating."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from delegate_app.core import models

target_metadata = models.metadata


def run_migrations_online() -> None:
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None
    engine = create_engine(url)
    with engine.connect() as connection:
        # Table rebuilds in batch mode would trip foreign keys mid-way; they are
        # checked again (foreign_key_check) after the upgrade.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
    engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
