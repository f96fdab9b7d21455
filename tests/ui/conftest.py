"""Fixtures for interface tests: the set-up application, a context over a real store, the main window.

Every test ends with nothing of its own left running: its windows are closed and
deleted, its background work has ended, its context is gone and answers still
waiting for a dialog are cancelled, all before its store closes. Otherwise a
window of one test would be deleted (or a timer of it fire, or a worker's result
arrive) in the middle of a later test, against a closed store. So no window or
widget may be shared between tests (no module- or session-scoped widget fixtures).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog
from ui_helpers import cancel_waiting_answers, define_region

from delegate_app.core.store import Store
from delegate_app.ui import collector, ops, teardown


def _end_of_test() -> None:
    cancel_waiting_answers()
    # A dialog opening now (an outcome of background work arriving late, say) has nobody to
    # answer it: it is closed and fails the test, rather than blocking the run for good.
    already_open = set(QApplication.topLevelWidgets())
    late: list[str] = []
    guard = QTimer()
    guard.setInterval(50)
    guard.timeout.connect(lambda: _close_late_dialog(already_open, late))
    guard.start()
    try:
        teardown.release_windows()
    finally:
        guard.stop()
        guard.deleteLater()
    assert not any(True for _ in ops.running_ops()), "background work still running after the test"
    assert not late, f"dialogs opened after the test ended: {late}"


def _close_late_dialog(already_open: set[object], late: list[str]) -> None:
    modal = QApplication.activeModalWidget()
    if modal is None or modal in already_open or isinstance(modal, QProgressDialog):
        return
    text = modal.text() if isinstance(modal, QMessageBox) else ""
    late.append(f"{modal.windowTitle()}: {text}")
    if isinstance(modal, QDialog):
        modal.reject()
    else:
        modal.close()


HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # pytest-timeout's default method (a signal) is only handled when Python code runs, never
    # inside a dialog's event loop; the thread method ends even such a hang, with every stack.
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.timeout(method="thread"))


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
    gc_thread = collector.install(app)  # as in the app: garbage is collected on the GUI thread only
    yield
    # Tests without a store end here; for the others this already happened before the store closed.
    _end_of_test()
    # No background work runs any more: automatic collection is safe again, for the tests without Qt.
    gc_thread.stop()
    i18n.install("nl")


@pytest.fixture
def store(store: Store) -> Iterator[Store]:
    """The shared store fixture; what the test left open on it ends before it closes."""
    yield store
    _end_of_test()


@pytest.fixture
def ctx(store: Store, app: QApplication) -> Iterator[object]:
    from delegate_app.ui.app import open_settings
    from delegate_app.ui.context import AppContext

    context = AppContext(store, open_settings())
    yield context
    _end_of_test()
    teardown.release_context(context)


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
