"""Starting the desktop app: the QApplication, the store (with clear choices when it cannot open), the window.

`run_gui` is what `delegate-app` without a sub-command calls. The store is opened
before any window shows: a store in use elsewhere offers read-only mode, a damaged
one offers the newest good backup (keeping the damaged file aside), one from a newer
version is refused untouched.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from delegate_app import APP_ID, APP_NAME, ORGANISATION, __version__
from delegate_app.core import paths
from delegate_app.core.errors import StoreDamagedError, StoreError, StoreLockedError, StoreTooNewError
from delegate_app.core.store import Store, list_backups, open_store, restore, verify_file
from delegate_app.ui import collector, errors, i18n
from delegate_app.ui.context import AppContext

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_STORE = 3


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, set up once: names (QSettings uses them), icon, style."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    if sys.platform.startswith("linux") or app.platformName() == "offscreen":
        # Fusion is the calm, complete style on Linux desktops that lack a native one.
        app.setStyle("Fusion")
    from delegate_app.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    return app


def open_settings() -> QSettings:
    """The user's interface settings (window state, language): an INI file in the config folder."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APP_ID)


def _choose(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    choices: list[tuple[str, QMessageBox.ButtonRole]],
    detail: str = "",
) -> int:
    """A message box with our own button texts; returns the index of the chosen one (-1 when closed)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if detail:
        box.setInformativeText(detail)
    buttons = [box.addButton(label, role) for label, role in choices]
    box.setDefaultButton(buttons[0])
    box.setAccessibleName(title)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1


def newest_good_backup(folder: Path) -> Path | None:
    for candidate in list_backups(folder):
        if not verify_file(candidate):
            return candidate
    return None


def open_store_interactively(folder: Path, parent: QWidget | None = None) -> Store | None:
    """Open the store, asking the user what to do when that is not simply possible; None means quit."""
    while True:
        try:
            return open_store(folder)
        except StoreLockedError as exc:
            choice = _choose(
                parent,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("StartUp", "Store in use"),
                str(exc),
                [
                    (
                        QCoreApplication.translate("StartUp", "Open read-only"),
                        QMessageBox.ButtonRole.AcceptRole,
                    ),
                    (QCoreApplication.translate("StartUp", "Quit"), QMessageBox.ButtonRole.RejectRole),
                ],
                QCoreApplication.translate(
                    "StartUp",
                    "Another Regiostem is working with this store. You can look at it read-only, "
                    "or quit and close the other one first.",
                ),
            )
            if choice != 0:
                return None
            try:
                return open_store(folder, read_only=True)
            except StoreError as inner:
                _fatal(parent, str(inner))
                return None
        except StoreTooNewError as exc:
            _fatal(parent, str(exc))
            return None
        except StoreDamagedError as exc:
            if not _offer_restore(parent, folder, str(exc)):
                return None
        except StoreError as exc:
            _fatal(parent, str(exc))
            return None


def _offer_restore(parent: QWidget | None, folder: Path, problem: str) -> bool:
    """True when a backup was restored and opening should be tried again."""
    backup = newest_good_backup(folder)
    if backup is None:
        _fatal(
            parent,
            problem
            + "\n\n"
            + QCoreApplication.translate(
                "StartUp", "There is no good backup in {folder} to restore. The file was left as it is."
            ).format(folder=paths.backup_dir(folder)),
        )
        return False
    choice = _choose(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("StartUp", "Store damaged"),
        problem,
        [
            (QCoreApplication.translate("StartUp", "Restore backup"), QMessageBox.ButtonRole.AcceptRole),
            (QCoreApplication.translate("StartUp", "Quit"), QMessageBox.ButtonRole.RejectRole),
        ],
        QCoreApplication.translate(
            "StartUp",
            "Regiostem can restore the newest good backup ({name}). The damaged file is kept aside, "
            "nothing is deleted.",
        ).format(name=backup.name),
    )
    if choice != 0:
        return False
    try:
        aside = restore(folder, backup)
    except StoreError as exc:
        _fatal(parent, str(exc))
        return False
    QMessageBox.information(
        parent,
        QCoreApplication.translate("StartUp", "Backup restored"),
        QCoreApplication.translate(
            "StartUp", "The backup {name} was restored. The damaged file was kept as {aside}."
        ).format(name=backup.name, aside=aside),
    )
    return True


def _fatal(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate("StartUp", "Regiostem cannot start"), message)


def _fill_demo(store: Store) -> None:
    from delegate_app.core.services.demo import fill_demo

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        fill_demo(store)
    finally:
        QApplication.restoreOverrideCursor()


def _interface_language(explicit: str | None, settings: QSettings) -> str:
    if explicit:
        return explicit
    from_env = os.environ.get("DELEGATE_APP_LANG")
    if from_env in {"nl", "en"}:
        return from_env
    return i18n.saved_language(settings)


def needs_first_start(ctx: AppContext) -> bool:
    if ctx.read_only:
        return False
    from delegate_app.core.services.overview import start_facts

    return start_facts(ctx.store).region_name is None


def set_actor(ctx: AppContext) -> None:
    """Changes are logged under the name of the user ("yourself" in the settings)."""
    from delegate_app.core.services.overview import start_facts

    name = start_facts(ctx.store).self_name
    ctx.actor = name
    ctx.store.actor = name


class StartedGui:
    """What `start_gui` opened: the application, the shown main window, and what to clean up."""

    def __init__(self, app: QApplication, ctx: AppContext, window: QWidget, demo_dir: Path | None) -> None:
        self.app = app
        self.ctx = ctx
        self.window = window
        self.demo_dir = demo_dir
        self._stores = [ctx.store]

    def close(self) -> None:
        from delegate_app.ui import teardown

        # A restored backup replaces the context's store while the app runs.
        stores = list({id(s): s for s in (*self._stores, self.ctx.store)}.values())
        # Windows, then the context they listen to, then the stores: left to interpreter shutdown,
        # the order is arbitrary and a window is told about an undo stack being destroyed.
        teardown.release_windows()
        teardown.release_context(self.ctx)
        collector.uninstall(self.app)
        for opened in stores:
            opened.close()
        if self.demo_dir is not None:
            shutil.rmtree(self.demo_dir, ignore_errors=True)


def start_gui(data_dir: Path | None, demo: bool, language: str | None) -> StartedGui | None:
    """Everything up to the shown main window; None when the store cannot be opened (already said why)."""
    from delegate_app.cli import setup_logging

    app = create_application()
    collector.install(app)  # garbage is collected on the GUI thread, never on a worker's
    demo_dir = Path(tempfile.mkdtemp(prefix="regiostem-demo-")) if demo else None
    folder = demo_dir if demo_dir is not None else paths.data_dir(data_dir)
    errors.install(setup_logging(folder))
    settings = open_settings()
    i18n.install(_interface_language(language, settings))
    store: Store | None = None
    try:
        store = open_store_interactively(folder)
        if store is None:
            if demo_dir is not None:
                shutil.rmtree(demo_dir, ignore_errors=True)
            return None
        if demo_dir is not None:
            _fill_demo(store)
        ctx = AppContext(store, settings)
        set_actor(ctx)
        if needs_first_start(ctx):
            from delegate_app.ui.first_start import FirstStartWizard

            FirstStartWizard(ctx).exec()
            set_actor(ctx)
        from delegate_app.ui.main_window import MainWindow

        window = MainWindow(ctx)
        window.show()
    except BaseException:
        if store is not None:
            store.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
        raise
    return StartedGui(app, ctx, window, demo_dir)


def run_gui(data_dir: Path | None, demo: bool, language: str | None) -> int:
    """Open the desktop app on the store in `data_dir` (or a fresh demo store); returns the exit code."""
    started = start_gui(data_dir, demo, language)
    if started is None:
        return EXIT_STORE
    try:
        return int(started.app.exec())
    finally:
        started.close()
