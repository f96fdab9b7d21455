"""Opening a store that cannot simply be opened: in use by another process, damaged, or from a newer version."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_helpers import answer_dialog

from delegate_app.core import paths
from delegate_app.core.store import open_store
from delegate_app.ui.app import open_store_interactively

HOLDER = textwrap.dedent(
    """
    import sys
    from delegate_app.core.store import open_store
    store = open_store(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


@pytest.fixture
def other_instance(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """A second Regiostem process that holds the store's lock until told to stop."""
    open_store(data_dir).close()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding"
    yield proc
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=20)


@pytest.mark.slow
def test_store_in_use_by_another_process_offers_read_only(
    other_instance: subprocess.Popen[str], data_dir: Path, qtbot: object, app: object
) -> None:
    seen: list[str] = []
    answer_dialog("Alleen-lezen openen", seen=seen)
    store = open_store_interactively(data_dir)
    assert store is not None
    try:
        assert store.read_only
        assert "in gebruik door een andere Regiostem" in seen[0]
        assert f"proces {other_instance.pid}" in seen[0]
    finally:
        store.close()


@pytest.mark.slow
def test_store_in_use_and_the_user_quits(
    other_instance: subprocess.Popen[str], data_dir: Path, qtbot: object, app: object
) -> None:
    answer_dialog("Afsluiten")
    assert open_store_interactively(data_dir) is None


def test_second_open_in_the_same_process_is_refused_too(store: object, qtbot: object, app: object) -> None:
    seen: list[str] = []
    answer_dialog("Afsluiten", seen=seen)
    assert open_store_interactively(store.folder) is None  # type: ignore[attr-defined]
    assert seen and "Opslag in gebruik" in seen[0]


def _damage(path: Path) -> None:
    # Overwrite pages in the middle of the file: the header stays, quick_check fails.
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(size // 2)
        fh.write(b"\xde\xad\xbe\xef" * 2048)


def test_damaged_store_offers_the_newest_good_backup_and_keeps_the_damaged_file(
    data_dir: Path, qtbot: object, app: object
) -> None:
    store = open_store(data_dir)
    store.backup(reason="manual")
    store.close()
    _damage(paths.store_path(data_dir))
    seen: list[str] = []
    answer_dialog("Back-up terugzetten", seen=seen)
    answer_after_restore: list[str] = []

    def confirm_restored() -> None:
        answer_dialog("OK", seen=answer_after_restore)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, confirm_restored)
    reopened = open_store_interactively(data_dir)
    assert reopened is not None
    try:
        assert reopened.check() == []
        assert "beschadigd" in seen[0]
        kept = [
            p for p in data_dir.iterdir() if ".replaced-" in p.name and not p.name.endswith(("-wal", "-shm"))
        ]
        assert len(kept) == 1
        assert answer_after_restore and kept[0].name in answer_after_restore[0]
    finally:
        reopened.close()


def test_damaged_store_without_backup_is_left_alone(data_dir: Path, qtbot: object, app: object) -> None:
    open_store(data_dir, auto_backup=False).close()
    target = paths.store_path(data_dir)
    _damage(target)
    before = target.read_bytes()
    seen: list[str] = []
    answer_dialog("OK", seen=seen)
    assert open_store_interactively(data_dir) is None
    assert "geen goede back-up" in seen[0]
    assert target.read_bytes() == before


def test_store_from_a_newer_version_is_refused_untouched(data_dir: Path, qtbot: object, app: object) -> None:
    open_store(data_dir).close()
    target = paths.store_path(data_dir)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = target.read_bytes()
    seen: list[str] = []
    answer_dialog("OK", seen=seen)
    assert open_store_interactively(data_dir) is None
    assert "nieuwere versie" in seen[0]
    assert target.read_bytes() == before
