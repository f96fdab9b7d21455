"""The main window: navigation, shortcuts, status bar, remembered state, help, undo and the error dialog."""

from __future__ import annotations

import os

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from ui_helpers import answer_dialog

from delegate_app.ui import errors, views
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.placeholder_view import PlaceholderView


def test_sidebar_lists_every_view_in_dutch_and_ctrl_digits_switch(
    window: MainWindow, region_ids: list[str]
) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles == [
        "Overzicht",
        "Knelpunten",
        "Regio-overleggen",
        "Landelijk Beraad",
        "Standpunten",
        "Gemeenten & contacten",
        "Nieuws",
        "Instellingen",
    ]
    for index, spec in enumerate(views.VIEWS):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.view(spec.key)
    # A view whose module exists loads for real; only parts still to come are placeholders.
    for spec in views.VIEWS:
        widget = window.view(spec.key)
        assert not (isinstance(widget, PlaceholderView) and widget._failed), spec.key
    assert isinstance(window.view("nieuws"), PlaceholderView)


def test_sidebar_is_keyboard_navigable(window: MainWindow) -> None:
    window.sidebar.setFocus()
    window.show_view("overzicht")
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_key() == "regio-overleggen"
    QTest.keyClick(window.sidebar, Qt.Key.Key_End)
    assert window.current_key() == "instellingen"


def test_status_bar_names_the_store_and_reports_saving(window: MainWindow, ctx: object) -> None:
    assert str(window.ctx.store.folder) in window.store_label.text()
    assert not window.read_only_badge.isVisibleTo(window)
    window.ctx.notify("concern", ["x"])
    assert window.saved_label.text().startswith("Alle wijzigingen opgeslagen")


def test_window_state_is_remembered(ctx: object, qtbot: object, region_ids: list[str]) -> None:
    first = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    first.show()
    first.show_view("gemeenten")
    # Any size the window can take that differs from the default.
    wanted = first.minimumSizeHint().expandedTo(QSize(600, 500)) + QSize(7, 3)
    first.resize(wanted)
    assert first.size() == wanted
    first.close()
    second = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert second.size() == wanted
    assert second.current_key() == "gemeenten"
    # The settings live under the (test) user's config folder, not beside the store.
    assert ctx.settings.fileName().startswith(os.environ["XDG_CONFIG_HOME"])  # type: ignore[attr-defined]


class _Rename(QUndoCommand):
    def __init__(self, box: list[str], new: str) -> None:
        super().__init__(f"hernoemen naar {new}")
        self.box, self.old, self.new = box, box[0], new

    def redo(self) -> None:
        self.box[0] = self.new

    def undo(self) -> None:
        self.box[0] = self.old


def test_undo_and_redo_shortcuts_drive_the_shared_stack(window: MainWindow) -> None:
    box = ["oud"]
    window.ctx.undo_stack.push(_Rename(box, "nieuw"))
    assert window.undo_action.isEnabled()
    assert "hernoemen naar nieuw" in window.undo_action.text()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box == ["oud"]
    QTest.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert box == ["nieuw"]


def test_ctrl_f_focuses_the_search_of_the_current_view(window: MainWindow, region_ids: list[str]) -> None:
    view = window.show_view("gemeenten")
    window.sidebar.setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search  # type: ignore[attr-defined]


def test_f1_help_names_version_data_folder_and_cbs(window: MainWindow) -> None:
    seen: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        seen.append(dialog.text.text())  # type: ignore[attr-defined]
        dialog.reject()  # type: ignore[attr-defined]

    answer_dialog(read_and_close)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert seen, "the help dialog did not open"
    assert "Bron: CBS" in seen[0]
    assert str(window.ctx.store.folder) in seen[0]
    assert "Regiostem 0." in seen[0]


class _Editor(QWidget):
    """A window with an edit it has not written yet, like a debounced editor."""

    def __init__(self) -> None:
        super().__init__()
        self.saved = False

    def save_pending(self) -> None:
        self.saved = True


def test_unhandled_error_shows_the_log_file_saves_pending_edits_and_the_app_runs_on(
    window: MainWindow, qtbot: object, tmp_path: object
) -> None:
    from pathlib import Path

    log = Path(str(tmp_path)) / "logs" / "regiostem.log"
    errors._state["logfile"] = log
    editor = _Editor()
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    editor.show()
    try:
        raise RuntimeError("kapot")
    except RuntimeError as exc:
        errors.report(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: errors.current_dialog() is not None and errors.current_dialog().isVisible())  # type: ignore[attr-defined]
    box = errors.current_dialog()
    assert isinstance(box, QMessageBox)
    assert str(log) in box.informativeText()
    assert "kapot" in box.text()
    assert editor.saved
    # A second error while the dialog shows is counted, not stacked.
    errors.report(ValueError, ValueError("nog een"), None)
    assert errors.current_dialog() is box
    assert "1" in box.informativeText()
    box.close()
    qtbot.waitUntil(lambda: errors.current_dialog() is None)  # type: ignore[attr-defined]
    window.show_view("instellingen")
    assert window.current_key() == "instellingen"
    errors._state["logfile"] = None


def test_read_only_window_shows_the_badge_and_refuses_new_concerns(store: object, qtbot: object) -> None:
    from delegate_app.core.store import open_store
    from delegate_app.ui.app import open_settings
    from delegate_app.ui.context import AppContext

    reader = open_store(store.folder, read_only=True)  # type: ignore[attr-defined]
    try:
        win = MainWindow(AppContext(reader, open_settings()))
        qtbot.addWidget(win)  # type: ignore[attr-defined]
        win.show()
        assert win.read_only_badge.isVisible()
        assert win.read_only_badge.text() == "Alleen lezen"
        assert not win.new_concern_action.isEnabled()
        assert "alleen lezen" in win.windowTitle()
        win.close()
    finally:
        reader.close()


def test_file_menu_takes_the_commands_of_other_parts_and_ends_with_quit(window: MainWindow) -> None:
    import importlib.util

    texts = [a.text().replace("&", "") for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts[0] == "Nieuw knelpunt" and texts[-1] == "Afsluiten"
    assert "Nu een back-up maken" in texts
    if importlib.util.find_spec("delegate_app.ui.exchange.actions") is not None:
        assert any(t.startswith("Importeren") for t in texts)
    if importlib.util.find_spec("delegate_app.ui.documents.actions") is not None:
        assert any("Vergaderdossier" in t for t in texts)


def test_f11_opens_session_mode_full_screen_and_ctrl_n_a_new_concern(
    window: MainWindow, region_ids: list[str], qtbot: object
) -> None:
    import importlib.util

    if importlib.util.find_spec("delegate_app.ui.session_mode") is not None:
        QTest.keyClick(window, Qt.Key.Key_F11)
        session = window._session_window
        assert session is not None
        qtbot.waitUntil(session.isVisible)  # type: ignore[attr-defined]
        assert session.isFullScreen()
        session.close()
    register = window.view("knelpunten")
    if hasattr(register, "new_dialog"):
        window.show_view("overzicht")
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == "knelpunten"
        qtbot.waitUntil(lambda: register.new_dialog is not None)  # type: ignore[attr-defined]
        register.new_dialog.reject()  # type: ignore[attr-defined]
