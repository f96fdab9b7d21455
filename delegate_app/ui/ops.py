"""One helper for long work: run a function off the GUI thread, with progress and cancel.

Like Anki's CollectionOp: the worker function gets a `Job` (the store, progress,
cancel) and never touches a widget; when it ends, the success or failure callback
runs on the GUI thread and the views are told what changed.

    Op(ctx, lambda job: importer.run(job.store, path, progress=job.progress),
       label=self.tr("Importing concerns..."), changes=["concern"]).success(done).run(self)
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlmodel import Session

from delegate_app.core.errors import DelegateAppError
from delegate_app.core.store import Store
from delegate_app.ui.context import AppContext

log = logging.getLogger(__name__)

T = TypeVar("T")

# Quick work finishes without a dialog flashing up.
PROGRESS_DELAY_MS = 400
# How long the GUI thread waits for a worker that has sent its outcome to return.
RELEASE_TIMEOUT_S = 5.0

# Ops that run keep a reference here until they end, so nothing is collected mid-way.
_running: set[Op[Any]] = set()


class Cancelled(Exception):
    """Raised inside the worker by `Job.check()` once the user pressed Cancel."""


class Job:
    """What the worker function gets: the store, a way to report progress, and the cancel flag."""

    def __init__(self, store: Store, bridge: _Bridge) -> None:
        self.store = store
        self._bridge = bridge
        self._cancel = threading.Event()

    def session(self) -> AbstractContextManager[Session]:
        """A store session of this worker's own: one transaction, committed on success."""
        return self.store.session()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress; `total` 0 means unknown. Raises Cancelled once cancelled."""
        self._bridge.progressed.emit(int(done), int(total), str(text))
        self.check()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Bridge(QObject):
    """Lives in the GUI thread; the worker's signals arrive here queued."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    """Runs the work on a pool thread and hands its outcome to the bridge.

    The op on the GUI thread owns everything the work uses. This runnable lets go of
    its references before it sets `released`, and the op keeps its own until then, so
    nothing of the op's is released on the pool thread: a QObject of the GUI thread
    (the bridge, a widget the work function holds) destroyed there races the GUI
    thread and corrupts memory.
    """

    def __init__(
        self, fn: Callable[[Job], Any], job: Job, bridge: _Bridge, released: threading.Event
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._parts: list[Any] = [fn, job, bridge]
        self._released = released

    def run(self) -> None:
        released = self._released
        try:
            self._work()
        finally:
            released.set()

    def _work(self) -> None:
        fn, job, bridge = self._parts
        self._parts.clear()
        try:
            result = fn(job)
        except BaseException as exc:  # handed to the GUI thread, never lost
            bridge.failed.emit(exc)
        else:
            bridge.finished.emit(result)


class Op(Generic[T]):
    """A piece of long work with progress, cancel and GUI-thread callbacks."""

    def __init__(
        self,
        ctx: AppContext,
        fn: Callable[[Job], T],
        *,
        label: str,
        changes: Iterable[str] = (),
        cancellable: bool = True,
        done_message: str = "",
    ) -> None:
        self.ctx = ctx
        self.fn = fn
        self.label = label
        self.changes = list(changes)
        self.cancellable = cancellable
        self.done_message = done_message
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._parent: QWidget | None = None
        self.job: Job | None = None
        self._released = threading.Event()
        self._bridge = _Bridge()
        self._bridge.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._bridge.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._bridge.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Op[T]:
        self._on_cancelled = callback
        return self

    @property
    def running(self) -> bool:
        return self in _running

    def run(self, parent: QWidget | None = None) -> Op[T]:
        """Start the work in the thread pool; returns at once."""
        self._parent = parent
        self.job = Job(self.ctx.store, self._bridge)
        dialog = QProgressDialog(self.label, "", 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("Ops", "Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(self.label)
        if self.cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Ops", "Cancel"))
            dialog.canceled.connect(self._cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        self._dialog = dialog
        _running.add(self)
        self.ctx.status.emit(self.label)
        QThreadPool.globalInstance().start(_Runnable(self.fn, self.job, self._bridge, self._released))
        return self

    # GUI thread ------------------------------------------------------------------

    def _progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog, unless it went with the window that started the work."""
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def _owner_gone(self) -> bool:
        """The window that started the work was closed and deleted before the work ended."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        dialog = self._progress_dialog()
        if dialog is not None:
            dialog.setLabelText(QCoreApplication.translate("Ops", "Cancelling..."))

    def _progressed(self, done: int, total: int, text: str) -> None:
        dialog = self._progress_dialog()
        if dialog is None:
            return
        # Set the text first: a modal dialog's setValue() processes events, and the
        # work may finish (and the dialog go) while it does.
        if text and not (self.job and self.job.cancelled):
            dialog.setLabelText(text)
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def _end(self) -> None:
        # The outcome is emitted just before the worker lets go of its references; wait for
        # that (a moment), so the last reference to the bridge and the work is dropped here.
        if not self._released.wait(RELEASE_TIMEOUT_S):
            log.warning("the worker of %r did not let go of its references", self.label)
        _running.discard(self)
        dialog = self._progress_dialog()
        self._dialog = None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def _finished(self, result: T) -> None:
        self._end()
        for entity in self.changes:
            self.ctx.notify(entity)
        self.ctx.status.emit(self.done_message or QCoreApplication.translate("Ops", "Done."))
        # The callbacks belong to the window that started the work; once it is gone, so are they.
        if self._on_success is not None and not self._owner_gone():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        gone = self._owner_gone()
        if isinstance(exc, Cancelled):
            self.ctx.status.emit(QCoreApplication.translate("Ops", "Cancelled."))
            if self._on_cancelled is not None and not gone:
                self._on_cancelled()
            return
        # A failed step may still have committed earlier transactions.
        for entity in self.changes:
            self.ctx.notify(entity)
        self.ctx.status.emit("")
        if self._on_failure is not None and not gone:
            self._on_failure(exc)
            return
        if isinstance(exc, DelegateAppError):
            if gone:  # nobody to ask any more: the refusal goes to the status bar
                self.ctx.status.emit(str(exc))
                return
            QMessageBox.warning(self._parent, QCoreApplication.translate("Ops", "Not done"), str(exc))
            return
        from delegate_app.ui import errors

        errors.report(type(exc), exc, exc.__traceback__, parent=None if gone else self._parent)


def wait_for_all(timeout_ms: int = 10_000) -> bool:
    """Process events until every running op ended (tests, and closing the window)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while _running and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QThreadPool.globalInstance().waitForDone(10)
    return not _running


def running_ops() -> Iterator[Op[Any]]:
    return iter(list(_running))
