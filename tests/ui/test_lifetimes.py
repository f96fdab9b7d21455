"""Windows and contexts end cleanly: nothing of a deleted window is called, nothing is left behind."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from delegate_app.ui import teardown
from delegate_app.ui.context import AppContext
from delegate_app.ui.i18n import switch_language
from delegate_app.ui.main_window import MainWindow


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if teardown._owned_by_nobody(w)]


def test_a_deleted_session_mode_window_is_not_told_about_a_language_switch(
    ctx: AppContext, region_ids: list[str], qtbot: object
) -> None:
    from delegate_app.ui.session_mode import SessionModeWindow

    mode = SessionModeWindow(ctx)
    mode.show()
    mode.close()
    mode.deleteLater()
    teardown.delete_pending()
    assert not shiboken6.isValid(mode)
    switch_language(ctx, "en")  # an error in a slot fails the test (pytest-qt)
    switch_language(ctx, "nl")


def test_release_windows_leaves_no_window_and_no_work(ctx: AppContext, region_ids: list[str]) -> None:
    window = MainWindow(ctx)
    window.show()
    window.open_session_mode()
    window.show_view("knelpunten")
    hidden = QWidget()  # closed, never deleted: the case deleteLater() without an event loop leaves
    hidden.show()
    hidden.close()
    assert len(_windows()) >= 3
    teardown.release_windows()
    assert _windows() == []
    assert not shiboken6.isValid(window)
    assert QThreadPool.globalInstance().activeThreadCount() == 0


def test_a_context_deleted_under_a_live_window_leaves_it_working(
    ctx: AppContext, region_ids: list[str], qtbot: object
) -> None:
    from PySide6.QtGui import QUndoCommand

    window = MainWindow(ctx)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    ctx.undo_stack.push(QUndoCommand("iets"))
    assert window.undo_action.isEnabled()
    # A stack destroyed with steps on it tells the window it is empty while it goes; the window copes.
    ctx.deleteLater()
    teardown.delete_pending()
    assert not shiboken6.isValid(ctx)  # and no error in the window's slot (pytest-qt fails on one)


def test_release_context_empties_the_stack_while_it_is_still_whole(ctx: AppContext, qtbot: object) -> None:
    from PySide6.QtGui import QUndoCommand

    told: list[tuple[bool, int]] = []
    stack = ctx.undo_stack
    # Reading the stack in the slot fails when it is told while being destroyed.
    stack.canUndoChanged.connect(lambda can: told.append((can, stack.count())))
    stack.push(QUndoCommand("iets"))
    teardown.release_context(ctx)
    assert told == [(True, 1), (False, 0)]
    assert not shiboken6.isValid(ctx)


def test_an_error_dialog_deleted_with_its_window_does_not_block_the_next_one(
    ctx: AppContext, qtbot: object
) -> None:
    from delegate_app.ui import errors

    window = MainWindow(ctx)
    window.show()
    errors.report(ValueError, ValueError("eerste"), None, parent=window)
    qtbot.waitUntil(lambda: errors.current_dialog() is not None and errors.current_dialog().isVisible())  # type: ignore[attr-defined, union-attr]
    teardown.delete_windows(window)  # the dialog goes with its window, never finished
    errors.report(ValueError, ValueError("tweede"), None)
    box = errors.current_dialog()
    assert box is not None and shiboken6.isValid(box)
    qtbot.waitUntil(box.isVisible)  # type: ignore[attr-defined]
    assert "tweede" in box.text()
    box.close()


def test_work_a_view_put_off_until_after_painting_is_dropped_with_the_view(
    ctx: AppContext, region_ids: list[str]
) -> None:
    from delegate_app.ui.overview_view import OverviewView

    view = OverviewView(ctx)
    view.grab()  # paints a first frame: the figures are read right after one
    assert view._load_scheduled, "no frame was painted"
    view.deleteLater()
    teardown.delete_pending()
    QApplication.processEvents()  # an error in the put-off reading fails the test (pytest-qt)
    assert not shiboken6.isValid(view)


def test_garbage_made_while_work_runs_is_collected_on_the_gui_thread(ctx: AppContext, qtbot: object) -> None:
    """A Qt object in cyclic garbage is destroyed on the GUI thread, never on a pool thread that allocates."""
    import threading

    from delegate_app.ui.ops import Job, Op, wait_for_all

    destroyed_on: list[threading.Thread] = []
    for _ in range(5):
        holder: dict[str, object] = {}
        settings = QSettings()  # a Qt object owned by Python, like a context's settings
        settings.destroyed.connect(
            lambda *_: destroyed_on.append(threading.current_thread()), Qt.ConnectionType.DirectConnection
        )
        holder["settings"], holder["self"] = settings, holder  # a cycle: only the collector frees it
        del holder, settings

        def allocate(job: Job) -> int:
            # Enough allocation to start an automatic collection many times over.
            return len([[n] for n in range(50_000)])

        Op(ctx, allocate, label="Veel objecten").run()
        assert wait_for_all()
    qtbot.waitUntil(lambda: len(destroyed_on) == 5, timeout=10_000)  # type: ignore[attr-defined]
    assert destroyed_on == [threading.main_thread()] * 5
