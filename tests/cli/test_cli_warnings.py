"""The command line warns when the store lies where sync clients or network shares can damage it."""

from __future__ import annotations

from pathlib import Path

import pytest

from delegate_app.cli import main
from delegate_app.core import i18n


def test_store_in_a_synced_folder_is_warned_about(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    i18n.set_language("en")
    folder = tmp_path / "OneDrive - Gemeente" / "regiostem"
    folder.mkdir(parents=True)
    assert main(["--lang", "en", "--data-dir", str(folder), "stats", "--json"]) == 0
    err = capsys.readouterr().err
    assert "synced folder (OneDrive)" in err


def test_store_on_a_local_disk_gets_no_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "lokaal"
    folder.mkdir()
    assert main(["--data-dir", str(folder), "stats", "--json"]) == 0
    assert capsys.readouterr().err == ""
