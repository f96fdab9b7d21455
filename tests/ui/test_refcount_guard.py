"""PySide6 6.12 on Python 3.11 takes references from None and True it never owned; the interface guards them.

Without the guard a process dies ("none_dealloc", "bool_dealloc") after a few thousand
signal emissions or void calls — a long session, or a test run at a moment that
depends on timing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MANY_CALLS = textwrap.dedent(
    """
    import delegate_app.ui  # first, as every entry into the interface does
    from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

    class Source(QObject):
        changed = Signal(str, list)

    app = QCoreApplication([])
    source = Source()
    source.changed.connect(lambda entity, ids: None)
    timer = QTimer()
    for _ in range(200_000):
        source.changed.emit("concern", [])  # returns True without a reference
        timer.setInterval(5)  # returns None without a reference
    print("survived")
    """
)


def test_the_guard_is_active_in_this_process() -> None:
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39, singleton


@pytest.mark.slow
def test_many_emissions_and_void_calls_do_not_abort_the_interpreter(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", MANY_CALLS], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
