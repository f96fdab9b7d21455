"""Start-up stays light: nothing heavy is imported before the first window shows.

Checked in a fresh interpreter that opens a store (with a region, so no wizard)
and shows the main window through the same function `delegate-app` uses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

HEAVY = ("reportlab", "alembic", "openpyxl", "keyring", "cryptography", "pypdf", "markdown_it")

PROBE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from delegate_app.core.store import open_store
    from delegate_app.core.services import region
    from delegate_app.core.services.municipalities import MunicipalityIndex

    folder = Path(sys.argv[1])
    store = open_store(folder)
    with store.session() as session:
        index = MunicipalityIndex.load(session)
        region.set_region(session, "Regio", [index.resolve("Tiel").id, index.resolve("Buren").id])
        region.set_self(session, "Anne", "afgevaardigde")
    store.close()

    from delegate_app.cli import build_parser
    from delegate_app.ui.app import start_gui

    build_parser().parse_args([])  # `delegate-app` builds every sub-command's parser first

    started = start_gui(folder, False, "nl")  # what `delegate-app` runs before app.exec()
    started.app.processEvents()
    loaded = sorted(name for name in sys.modules if name.split(".")[0] in json.loads(sys.argv[2]))
    print(json.dumps({"loaded": loaded, "view": started.window.current_key()}))
    started.window.close()
    started.close()
    """
)


@pytest.mark.slow
def test_heavy_modules_stay_off_the_path_to_the_first_window(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path(__file__).resolve().parents[1]),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        HOME=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "data"), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["view"] == "overzicht"
    assert report["loaded"] == [], f"imported before the first window: {report['loaded']}"
