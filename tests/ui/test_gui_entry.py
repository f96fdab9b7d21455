"""`delegate-app` without a command: the interface runs with automatic collection handed to it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# The real entry in a fresh process: the window comes up on the demo region, reports what it sees
# once the event loop runs, and quits; main() returns the exit code.
ENTRY = textwrap.dedent(
    """
    import gc, json, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from delegate_app.cli import main

    app = QApplication(sys.argv[:1])
    seen = {}
    collections = []
    gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))

    def look():
        seen["windows"] = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]
        seen["automatic_during"] = gc.isenabled()
        seen["collections_until_shown"] = len(collections)
        app.quit()

    QTimer.singleShot(300, look)  # before the interface's collector first collects (every second)
    del collections[:]
    seen["code"] = main(["--demo"])
    seen["automatic_after"] = gc.isenabled()
    print(json.dumps(seen), flush=True)
    """
)


@pytest.mark.slow
def test_the_app_starts_without_automatic_collection_and_hands_it_back(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-c", ENTRY], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["windows"], "no window was shown"
    assert seen["automatic_during"] is False  # the interface's collector collects, on the GUI thread
    # Handed over before the interface's imports: start-up runs no automatic collection at all.
    assert seen["collections_until_shown"] == 0
    assert seen["automatic_after"] is True
