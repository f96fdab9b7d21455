"""Migrations: the app's head matches the scripts, both ways of building a store agree, upgrades are safe."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from store_helpers import file_hash

from delegate_app.core import migrate, models, schema
from delegate_app.core import store as store_module
from delegate_app.core.errors import StoreTooNewError
from delegate_app.core.store import list_backups, open_store

MIGRATIONS = Path(migrate.MIGRATIONS_DIR)


def _script_revisions(location: Path = MIGRATIONS) -> list[str]:
    cfg = migrate.config(Path("unused.sqlite"))
    cfg.set_main_option("script_location", str(location))
    scripts = ScriptDirectory.from_config(cfg)
    return [r.revision for r in reversed(list(scripts.walk_revisions()))]


def _normalise_sql(sql: str | None) -> str:
    text = re.sub(r"\s+", " ", sql or "").strip()
    return re.sub(r"\s*([(),])\s*", r"\1", text).replace('"', "")


def _schema(path: Path) -> dict[str, Any]:
    """Everything that defines the schema, in a form that ignores how the DDL was spelled."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
        ).fetchall()
        found: dict[str, Any] = {}
        for kind, name, table, sql in objects:
            if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
                if name.startswith("concern_fts_"):  # FTS5 shadow tables follow the virtual table
                    found[f"shadow {name}"] = _normalise_sql(sql)
                    continue
                columns = [tuple(r[1:6]) for r in conn.execute(f"PRAGMA table_xinfo('{name}')")]
                keys = sorted(tuple(r[2:5]) for r in conn.execute(f"PRAGMA foreign_key_list('{name}')"))
                found[f"table {name}"] = (columns, keys)
            elif kind == "index":
                info = [r[2] for r in conn.execute(f"PRAGMA index_info('{name}')")]
                unique = next(r[2] for r in conn.execute(f"PRAGMA index_list('{table}')") if r[1] == name)
                found[f"index {name}"] = (table, info, unique)
            else:  # triggers and the virtual table: their SQL is the definition
                found[f"{kind} {name}"] = _normalise_sql(sql)
        return found
    finally:
        conn.close()


def test_head_revision_matches_the_migration_scripts() -> None:
    revisions = _script_revisions()
    assert schema.HEAD_REVISION == migrate.head_revision() == revisions[-1]
    assert list(schema.KNOWN_REVISIONS) == revisions


def test_create_all_and_alembic_upgrade_build_the_same_schema(tmp_path: Path) -> None:
    with open_store(tmp_path / "created", load_reference=False) as created:
        created_path = created.path
    migrated_path = tmp_path / "migrated" / "regiostem.sqlite"
    migrated_path.parent.mkdir()
    migrate.upgrade(migrated_path)

    created_schema, migrated_schema = _schema(created_path), _schema(migrated_path)
    assert created_schema.keys() == migrated_schema.keys()
    for key in created_schema:
        assert created_schema[key] == migrated_schema[key], key
    assert {f"table {t}" for t in models.metadata.tables} <= created_schema.keys()
    conn = sqlite3.connect(migrated_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema.HEAD_REVISION,)]
    conn.close()


@pytest.mark.parametrize("revision", schema.KNOWN_REVISIONS[:-1] or ["(none)"])
def test_store_at_an_older_revision_is_backed_up_then_upgraded(tmp_path: Path, revision: str) -> None:
    if revision == "(none)":
        pytest.skip("only one schema revision exists so far; the next one activates this test")
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "regiostem.sqlite"
    migrate.upgrade(path, revision)
    with open_store(folder, load_reference=False) as upgraded:
        assert upgraded.schema_version() == schema.HEAD_REVISION
        assert upgraded.check() == []
    (backup,) = list_backups(folder)
    assert "pre-migration" in backup.name
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
    conn.close()


# A next release, played out for real: a copy of the migration scripts with one more
# revision, and the app's idea of its head moved along with it.
_NEXT = '''"""next release"""
import sqlalchemy as sa
from alembic import op

revision = "9000_next"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("note", sa.Column("id", sa.String(36), primary_key=True), sa.Column("text", sa.String()))
    with op.batch_alter_table("region") as batch_op:
        batch_op.add_column(sa.Column("colour", sa.String(), nullable=False, server_default="blauw"))
    {fail}
'''


def _next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = _NEXT.format(down=schema.HEAD_REVISION, fail="raise RuntimeError('half-way')" if fail else "")
    (scripts / "versions" / "9000_next.py").write_text(body, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(store_module, "HEAD_REVISION", "9000_next")
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, "9000_next"))


def _store_with_a_region(folder: Path) -> Path:
    with open_store(folder) as store, store.session() as session:
        session.add(models.Region(name="Fryslân"))
    return folder / "regiostem.sqlite"


def test_the_next_release_backs_up_and_upgrades_keeping_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _store_with_a_region(tmp_path / "data")
    _next_release(tmp_path, monkeypatch, fail=False)
    with open_store(tmp_path / "data") as upgraded:
        assert upgraded.schema_version() == "9000_next"
        with upgraded.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name, colour FROM region").all() == [("Fryslân", "blauw")]
    (backup,) = list_backups(tmp_path / "data")
    assert "pre-migration" in backup.name
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema.HEAD_REVISION,)]
    assert conn.execute("SELECT name FROM region").fetchall() == [("Fryslân",)]
    conn.close()
    assert path.exists()


def test_a_failed_upgrade_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _store_with_a_region(tmp_path / "data")
    before = _schema(path)
    _next_release(tmp_path, monkeypatch, fail=True)
    with pytest.raises(RuntimeError, match="half-way"):
        open_store(tmp_path / "data")
    assert _schema(path) == before  # no "note" table, no "colour" column
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(schema.HEAD_REVISION,)]
    conn.close()
    assert len(list_backups(tmp_path / "data")) == 1  # the verified backup made before trying
    monkeypatch.undo()
    with open_store(tmp_path / "data") as again:  # the current version still opens it
        assert again.check() == []


def test_a_store_from_the_next_release_is_refused_by_this_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_with_a_region(tmp_path / "data")
    _next_release(tmp_path, monkeypatch, fail=False)
    with open_store(tmp_path / "data"):
        pass
    monkeypatch.undo()
    path = tmp_path / "data" / "regiostem.sqlite"
    before = file_hash(path)
    with pytest.raises(StoreTooNewError, match="9000_next"):
        open_store(tmp_path / "data")
    assert file_hash(path) == before
