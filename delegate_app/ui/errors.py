"""Unhandled exceptions: logged with their traceback, shown in a dialog that names the log file.

The application keeps running: Qt calls `sys.excepthook` and returns to its event
loop. Before the dialog shows, every window is asked to save what is pending
(debounced edits), so an error never costs the user an edit.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_state: dict[str, object] = {"logfile": None, "box": None, "pending": []}


def install(logfile: Path | None) -> None:
    """Route unhandled exceptions of the GUI thread (and log those of workers)."""
    _state["logfile"] = logfile
    sys.excepthook = handle
    threading.excepthook = _thread_hook


def log_file() -> Path | None:
    value = _state["logfile"]
    return value if isinstance(value, Path) else None


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
        return
    report(exc_type, exc, tb)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    # Worker threads never show dialogs; ops.py hands their errors to the GUI thread.
    log.error(
        "unhandled exception in thread %s",
        args.thread,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )  # type: ignore[arg-type]


def save_pending_edits() -> None:
    """Ask every top-level window to write what it still holds (a debounced edit)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        saver = getattr(widget, "save_pending", None)
        if callable(saver):
            try:
                saver()
            except Exception:  # saving must not raise a second error dialog
                log.exception("saving pending edits failed")


def report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    """Log the error and show one dialog; errors while it shows are logged and counted."""
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    save_pending_edits()
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    box = current_dialog()
    if box is not None:
        # One dialog at a time: a repeating error (in a paint event, say) must not flood the screen.
        pending = _state["pending"]
        assert isinstance(pending, list)
        pending.append(details)
        box.setInformativeText(_informative(len(pending)))
        return
    _state["pending"] = []
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        print(details, file=sys.stderr)
        return
    box = QMessageBox(parent or app.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Regiostem ran into an unexpected error: {error}\n\n"
            "Your work has been saved and you can carry on.",
        ).format(error=str(exc) or exc_type.__name__)
    )
    box.setInformativeText(_informative(0))
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(QCoreApplication.translate("Errors", "Unexpected error"))
    _state["box"] = box
    box.finished.connect(lambda _=0: _state.update(box=None))
    # open() does not block: the event loop (and the user's work) carries on.
    QTimer.singleShot(0, box, box.open)


def _informative(repeats: int) -> str:
    where = log_file()
    text = (
        QCoreApplication.translate("Errors", "Details are in the log file: {path}").format(path=where)
        if where
        else QCoreApplication.translate("Errors", "No log file is kept for this run.")
    )
    if repeats == 1:
        text += "\n" + QCoreApplication.translate("Errors", "The error happened once more.")
    elif repeats:
        text += "\n" + QCoreApplication.translate("Errors", "The error happened {n} more times.").format(
            n=repeats
        )
    return text


def current_dialog() -> QMessageBox | None:
    box = _state["box"]
    # A dialog deleted with its window never says it finished; then there is none.
    return box if isinstance(box, QMessageBox) and shiboken6.isValid(box) else None
