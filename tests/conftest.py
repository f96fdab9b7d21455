"""Shared fixtures: a real store in a temporary folder, a fixed language."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt call: the interface package guards against PySide6's None reference leak on 3.11.
import delegate_app.ui  # noqa: F401
from delegate_app.core.store import Store, open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch a real keychain: keyring loads this in-memory backend instead.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring_backend.MemoryKeyring"


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """No test touches the real per-user folders; language starts as Dutch."""
    from delegate_app.core import i18n

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("DELEGATE_APP_DATA_DIR", raising=False)
    i18n.set_language("nl")
    yield
    i18n.set_language("nl")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:

    s = open_store(data_dir)
    yield s
    s.close()
