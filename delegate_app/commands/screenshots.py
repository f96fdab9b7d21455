"""`delegate-app screenshots DIR`: a PNG of every main view and of session mode, on the current store.

Drawn off screen at a fixed window size with fresh interface settings, so the
pictures are the same on every machine and the user's own window state is
neither used nor changed. Used for the user guide and for visual review.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from delegate_app.core.i18n import current_language, translate

DEFAULT_SIZE = (1400, 900)
SESSION_MODE_FILE = "sessiemodus.png"
SETTLE_SECONDS = 0.25  # lets debounced refreshes and lazy loading finish before the picture


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "screenshots",
        help=translate("Cli", "write a PNG of every main view and of session mode (user guide, review)"),
    )
    parser.add_argument(
        "out", metavar="DIR", type=Path, help=translate("Cli", "the folder to write the PNG files to")
    )
    parser.add_argument(
        "--size",
        default=f"{DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]}",
        help=translate("Cli", "window size as WIDTHxHEIGHT (default: {size})").format(size="1400x900"),
    )
    parser.set_defaults(handler=run)


def _size(text: str) -> tuple[int, int]:
    from delegate_app.core.errors import ValidationError

    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        width = height = 0
    if width < 640 or height < 480:
        raise ValidationError(
            translate("Cli", "--size must look like 1400x900 (at least 640x480), not '{value}'.").format(
                value=text
            ),
            field="size",
        )
    return width, height


def run(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core import paths
    from delegate_app.core.errors import StoreError, StoreLockedError
    from delegate_app.core.store import open_store

    size = _size(args.size)
    if not paths.store_path(folder).exists():
        raise StoreError(translate("Store", "There is no store in {folder} yet.").format(folder=folder))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    try:
        store = open_store(folder)
    except StoreLockedError:
        store = open_store(folder, read_only=True)
    try:
        written = take_screenshots(store, out, size)
    finally:
        store.close()
    for path in written:
        print(path)
    return 0


def _settle(app: Any, seconds: float = SETTLE_SECONDS) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _save(widget: Any, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(translate("Cli", "--out: {path} cannot be written.").format(path=path))
    return path


def _select_first_row(view: Any) -> None:
    """Show a master-detail view with its first record open, as a user would look at it."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    for item_view in view.findChildren(QAbstractItemView):
        if isinstance(item_view, QHeaderView) or not item_view.isVisible():
            continue
        model = item_view.model()
        if model is None or model.rowCount() == 0:
            continue
        selection = item_view.selectionModel()
        if selection is not None and not selection.hasSelection():
            item_view.setCurrentIndex(model.index(0, 0))
        return


def take_screenshots(
    store: Any, out: Path, size: tuple[int, int] = DEFAULT_SIZE, settle: float = SETTLE_SECONDS
) -> list[Path]:
    """Write `<view key>.png` for every main view and `sessiemodus.png`; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from delegate_app.ui import i18n, teardown, views
    from delegate_app.ui.app import create_application, open_settings
    from delegate_app.ui.context import AppContext
    from delegate_app.ui.main_window import MainWindow

    app = create_application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="regiostem-screenshots-") as settings_dir:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
        i18n.install(current_language())
        ctx = AppContext(store, open_settings())
        window = MainWindow(ctx)
        window.resize(*size)
        window.show()
        _settle(app, settle)
        for spec in views.VIEWS:
            view = window.show_view(spec.key)
            _settle(app, min(settle, 0.05))
            # A view that needs more room than the size asked for widens the window; the next starts afresh.
            window.resize(*size)
            _settle(app, settle)
            _select_first_row(view)
            _settle(app, settle)
            written.append(_save(window, out / f"{spec.key}.png"))
        session_window = _session_mode(ctx)
        if session_window is not None:
            session_window.resize(*size)
            session_window.show()
            _settle(app, settle)
            written.append(_save(session_window, out / SESSION_MODE_FILE))
        # Deleted now, before the caller closes the store, rather than at interpreter shutdown.
        teardown.delete_windows(*(w for w in (session_window, window) if w is not None))
        teardown.release_context(ctx)
    return written


def _session_mode(ctx: Any) -> Any:
    try:
        from delegate_app.ui.session_mode import SessionModeWindow
    except ModuleNotFoundError:
        return None
    return SessionModeWindow(ctx)
