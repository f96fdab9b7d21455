"""Ending the interface in a fixed order: background work, then the windows, then the context.

Left to the garbage collector or to interpreter shutdown, Qt objects go in no
particular order: a context's undo stack is destroyed while a window still listens
to it, a `deleteLater()` is never carried out because no event loop runs again, or
it is carried out in the middle of some later event loop. Whoever ends the
interface (the app after its event loop, the screenshots command, each test)
calls these instead, before the store closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from delegate_app.ui.context import AppContext

WAIT_MS = 10_000


def finish_background_work(timeout_ms: int = WAIT_MS) -> bool:
    """Let running ops deliver their outcome and every pool thread return; False when that timed out.

    Work still running after `timeout_ms` is cancelled and given as long again to stop: its
    outcome must not arrive after the store it works on has closed.
    """
    from delegate_app.ui import ops

    delivered = ops.wait_for_all(timeout_ms)
    if not delivered:
        for op in ops.running_ops():
            if op.job is not None:
                op.job.cancel()
        delivered = ops.wait_for_all(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and delivered


def delete_pending() -> None:
    """Carry out every `deleteLater()` now: only an event loop does that otherwise."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _owned_by_nobody(widget: QWidget) -> bool:
    """A window no other object deletes: not a child window, not a pop-up or tooltip Qt keeps for something."""
    # A completer's list is a parentless pop-up its completer deletes, a combo box's list a child
    # pop-up the box keeps a plain pointer to: deleting those here would delete them twice.
    return widget.parentWidget() is None and widget.windowType() not in _BORROWED


_BORROWED = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def release_windows() -> None:
    """Close every window (so it saves what it holds), let the work end, and delete the windows."""
    if not isinstance(QApplication.instance(), QApplication):
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.windowType() not in _BORROWED:
            widget.close()
    delete_windows(*(w for w in QApplication.topLevelWidgets() if _owned_by_nobody(w)))


def delete_windows(*windows: QWidget) -> None:
    """Close these windows, let the work end, and delete them (with everything they own) now."""
    for window in windows:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()
    finish_background_work()
    # A closed window may have started a debounced save or other short timer work; let it run.
    QCoreApplication.processEvents()
    for window in windows:
        if shiboken6.isValid(window):
            window.deleteLater()
    delete_pending()
    finish_background_work()
    delete_pending()


def release_context(ctx: AppContext) -> None:
    """After its windows: drop the undo steps (they hold the context) and delete the context."""
    if not shiboken6.isValid(ctx):
        return
    ctx.undo_stack.clear()
    ctx.deleteLater()
    delete_pending()
