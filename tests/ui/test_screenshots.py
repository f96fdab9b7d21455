"""`delegate-app screenshots DIR`: a PNG of every main view and of session mode, at the asked size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from ui_helpers import define_region

from delegate_app.cli import main
from delegate_app.commands.screenshots import take_screenshots
from delegate_app.core.store import Store
from delegate_app.ui import views


def test_a_picture_of_every_view(store: Store, tmp_path: Path, app: object) -> None:
    define_region(store)
    written = take_screenshots(store, tmp_path / "shots", (1024, 700), settle=0.02)
    names = {path.name for path in written}
    assert {f"{spec.key}.png" for spec in views.VIEWS} <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() >= 1024 and image.height() >= 700


def test_the_command_refuses_a_folder_without_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(tmp_path / "empty"), "screenshots", str(tmp_path / "out")])
    assert code == 3
    assert "Er is nog geen opslag" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_command_refuses_a_silly_size(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(data_dir), "screenshots", str(tmp_path / "out"), "--size", "12x9"])
    assert code == 2
    assert "--size" in capsys.readouterr().err
