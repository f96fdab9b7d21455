"""Long work off the GUI thread: results and errors come back to the GUI thread; cancel stops the work."""

from __future__ import annotations

import gc
import sys
import threading
import time

from PySide6.QtCore import QObject, Qt, QThread, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from delegate_app.core.errors import ValidationError
from delegate_app.core.services import overview
from delegate_app.ui.ops import Job, Op, running_ops, wait_for_all


def test_result_arrives_on_the_gui_thread_and_views_are_told(ctx: object, qtbot: object) -> None:
    gui = QThread.currentThread()
    worker_threads: list[object] = []
    results: list[tuple[int, bool]] = []
    changes: list[str] = []
    ctx.changed.connect(lambda entity, ids: changes.append(entity))  # type: ignore[attr-defined]

    def work(job: Job) -> int:
        worker_threads.append(threading.current_thread())
        with job.session() as session:  # its own store session
            return overview.totals(session).concerns

    Op(ctx, work, label="Tellen", changes=["concern"]).success(  # type: ignore[arg-type]
        lambda n: results.append((n, QThread.currentThread() is gui))
    ).run()
    assert wait_for_all()
    assert results == [(0, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert changes == ["concern"]


def test_cancel_stops_the_work_between_steps(ctx: object, qtbot: object) -> None:
    steps: list[int] = []
    outcome: list[str] = []
    started = threading.Event()

    def work(job: Job) -> None:
        for step in range(1000):
            started.set()
            job.progress(step, 1000, f"Stap {step}")
            steps.append(step)
            time.sleep(0.005)

    op = Op(ctx, work, label="Lang werk")  # type: ignore[arg-type]
    op.cancelled(lambda: outcome.append("cancelled")).success(lambda _: outcome.append("done")).run()
    assert started.wait(5)
    op._dialog.canceled.emit()  # type: ignore[union-attr]  # what the dialog's Cancel button does
    assert wait_for_all()
    assert outcome == ["cancelled"]
    assert len(steps) < 1000


def test_refusal_goes_to_the_failure_callback(ctx: object, qtbot: object) -> None:
    failures: list[BaseException] = []

    def work(job: Job) -> None:
        raise ValidationError("rij 3: onbekende gemeente 'Bergen'", row=3)

    Op(ctx, work, label="Importeren").failure(failures.append).run()  # type: ignore[arg-type]
    assert wait_for_all()
    assert len(failures) == 1 and "Bergen" in str(failures[0])
    assert QApplication.activeModalWidget() is None


def test_progress_arriving_with_the_end_is_harmless(ctx: object, qtbot: object) -> None:
    """Progress queued just before the result (a modal setValue() processes events) must not fail."""
    done: list[str] = []

    def work(job: Job) -> str:
        for step in range(50):
            job.progress(step, 50, f"Stap {step}")
        return "klaar"

    Op(ctx, work, label="Snel werk").success(done.append).run()  # type: ignore[arg-type]
    assert wait_for_all()
    QApplication.processEvents()
    assert done == ["klaar"]


ROUNDS = 1000  # the wrong order is a race: enough rounds to meet it


def test_what_the_work_holds_is_released_on_the_gui_thread(ctx: object, qtbot: object) -> None:
    """A QObject the work holds (as the op's own signal bridge) is never destroyed on a pool thread."""
    released_on: list[threading.Thread] = []
    previous = sys.getswitchinterval()
    # Long GIL slices let the GUI thread take the outcome before the pool thread has returned:
    # the order in which the pool thread would otherwise drop the last reference.
    sys.setswitchinterval(0.05)
    try:
        for _ in range(ROUNDS):
            held = QObject()
            held.destroyed.connect(
                lambda *_: released_on.append(threading.current_thread()), Qt.ConnectionType.DirectConnection
            )

            def work(job: Job, held: QObject = held) -> str:
                return held.objectName()

            Op(ctx, work, label="Kort werk").run()  # type: ignore[arg-type]  # nobody keeps the op
            del held, work
            while any(True for _ in running_ops()):
                QApplication.processEvents()
    finally:
        sys.setswitchinterval(previous)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QApplication.processEvents()
    gc.collect()
    assert released_on == [threading.main_thread()] * ROUNDS


def test_the_outcome_for_a_window_that_has_gone_is_dropped(ctx: object, qtbot: object) -> None:
    """Work started from a dialog the user has since closed: no callback into it, no error."""
    from delegate_app.ui import teardown

    owner = QWidget()
    owner.show()
    go_on = threading.Event()
    results: list[int] = []

    def work(job: Job) -> int:
        for step in range(3):
            job.progress(step, 3, f"Stap {step}")
        assert go_on.wait(10)
        return 7

    Op(ctx, work, label="Werk voor een venster", changes=["concern"]).success(  # type: ignore[arg-type]
        lambda n: results.append(n) or owner.setWindowTitle("klaar")
    ).run(owner)
    QApplication.processEvents()
    owner.close()
    owner.deleteLater()
    teardown.delete_pending()  # its progress dialog goes with it
    go_on.set()
    assert wait_for_all()  # an error in a callback fails the test (pytest-qt)
    assert results == []
