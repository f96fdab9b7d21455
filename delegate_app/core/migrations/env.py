"""Alembic environment: batch mode for SQLite, foreign keys off while migrating."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from delegate_app.core import models

target_metadata = models.metadata


def run_migrations_online() -> None:
    # The app passes its own connection, inside one transaction (migrate.upgrade).
    given = context.config.attributes.get("connection")
    if given is not None:
        _run(given)
        return
    # Developer tooling (autogenerate) passes a URL instead.
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None
    engine = create_engine(url)
    with engine.begin() as connection:
        # pysqlite has not begun a real transaction yet, so the pragma still applies.
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        _run(connection)
    engine.dispose()


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection, target_metadata=target_metadata, render_as_batch=True, compare_type=True
    )
    with context.begin_transaction():
        context.run_migrations()
    # Still inside the caller's transaction: broken keys roll the whole upgrade back.
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
