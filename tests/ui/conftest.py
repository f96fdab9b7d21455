"""Fixtures for interface tests: the set-up application, a context over a real store, the main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from ui_helpers import define_region

from delegate_app.core.store import Store


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> QApplication:
    from delegate_app.ui.app import create_application

    return create_application()


@pytest.fixture(autouse=True)
def _interface_defaults(app: QApplication) -> Iterator[None]:
    """Every interface test starts (and ends) in Dutch, with its own settings file in its own HOME."""
    from PySide6.QtCore import QSettings

    from delegate_app.ui import i18n

    # Qt remembers the user's config folder from its first use; point it at this test's HOME.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["XDG_CONFIG_HOME"])
    i18n.install("nl")
    yield
    i18n.install("nl")


@pytest.fixture
def ctx(store: Store, app: QApplication) -> Iterator[object]:
    from delegate_app.ui.app import open_settings
    from delegate_app.ui.context import AppContext

    context = AppContext(store, open_settings())
    yield context
    from delegate_app.ui import ops

    ops.wait_for_all()


@pytest.fixture
def region_ids(store: Store) -> list[str]:
    return define_region(store)


@pytest.fixture
def window(ctx: object, qtbot: object) -> Iterator[object]:
    from delegate_app.ui.main_window import MainWindow

    win = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    qtbot.waitExposed(win)  # type: ignore[attr-defined]
    yield win


@pytest.fixture
def tmp_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "other"
    folder.mkdir()
    return folder
