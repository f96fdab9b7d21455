"""No two Alt+letter keys clash, in Dutch or English: in each menu, each view of the main window and each dialog.

The walk opens the main window on the demo region, every view with its first record
and every tab page, session mode, and each dialog the menus and the views open,
through the same commands a user gives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from demo_window import demo_window_fixture, each_record  # noqa: F401
from exchange_helpers import Dialogs, dialogs_fixture, write_dutch_csv  # noqa: F401
from mnemonics import clashes, key, menu_clashes
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.ui import views
from delegate_app.ui.main_window import MainWindow

LANGUAGES = ("nl", "en")


def in_language(window: MainWindow, language: str) -> MainWindow:
    window.language_actions[language].trigger()
    return window


def _new_window(before: set[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget not in before and widget.isVisible() and isinstance(widget, QDialog):
            return widget
    return None


def dialog_clashes(qtbot: Any, where: str, open_it: Callable[[], object]) -> list[str]:
    """Open a dialog as the user would (`open_it`), collect its clashes, then close it.

    Works for dialogs shown with `exec()` (the check runs inside their event loop) and
    for those shown with `open()`.
    """
    before = set(QApplication.topLevelWidgets())
    found: dict[str, list[str]] = {}

    def inspect(tries: int = 0) -> None:
        dialog = _new_window(before)
        if dialog is None:
            if tries < 300:
                QTimer.singleShot(10, lambda: inspect(tries + 1))
            return
        found["clashes"] = clashes(dialog, f"{where} ({dialog.windowTitle()})", hidden_too=True)
        dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    qtbot.waitUntil(lambda: "clashes" in found)
    return found["clashes"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_menus_and_views(demo_window: MainWindow, language: str, qtbot: Any) -> None:
    window = in_language(demo_window, language)
    found: list[str] = []
    menus = [action.menu() for action in window.menuBar().actions()]
    assert len(menus) >= 4
    for menu in menus:
        found += menu_clashes(menu, menu.title())
    for spec in views.VIEWS:
        view = window.show_view(spec.key)
        for _record in each_record(view):
            found += clashes(window, spec.key) + button_menu_clashes(view, spec.key)
    assert not found, "\n".join(sorted(set(found)))


def button_menu_clashes(view: QWidget, where: str) -> list[str]:
    found: list[str] = []
    for button in view.findChildren(QAbstractButton):
        menu = getattr(button, "menu", lambda: None)()
        if button.isVisible() and menu is not None:
            found += menu_clashes(menu, f"{where}, menu {button.text()}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_mode(demo_window: MainWindow, language: str, qtbot: Any) -> None:
    from delegate_app.ui.session_mode import SessionModeWindow

    in_language(demo_window, language)
    session = SessionModeWindow(demo_window.ctx)
    qtbot.addWidget(session)
    session.show()
    found = clashes(session, "session mode")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs_from_the_menus(
    demo_window: MainWindow, language: str, qtbot: Any, dialogs: Dialogs, tmp_path: Path
) -> None:
    from delegate_app.ui.documents.actions import DocumentActions
    from delegate_app.ui.exchange.actions import exchange_actions

    window = in_language(demo_window, language)
    exchange = exchange_actions(window)
    assert exchange is not None
    documents = next(part for part in window._parts if isinstance(part, DocumentActions))
    dialogs.open_names.append(write_dutch_csv(tmp_path / "knelpunten.csv", ["Heerenveen;Printers;;;;;;;"]))
    opened: list[tuple[str, Callable[[], object]]] = [
        ("new concern", window.new_concern_action.trigger),
        ("import", exchange.import_action.trigger),
        ("export", exchange.export_action.trigger),
        ("export package", exchange.package_export_action.trigger),
        ("conflicts", exchange.conflicts_action.trigger),
        ("briefing pack", documents.briefing_action.trigger),
        ("report-back", documents.report_action.trigger),
        ("help", window.help_action.trigger),
    ]
    found: list[str] = []
    for where, open_it in opened:
        found += dialog_clashes(qtbot, where, open_it)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialogs_from_the_views(demo_window: MainWindow, language: str, qtbot: Any) -> None:
    from delegate_app.ui.exchange.passphrase import PassphraseDialog
    from delegate_app.ui.first_start import FirstStartWizard

    window = in_language(demo_window, language)
    found: list[str] = []

    def view(key: str) -> Any:
        shown = window.show_view(key)
        for row in each_record(shown, most=1):
            if row == 0:  # the first record of the first list, as a user would open it
                break
        return shown

    register = view("knelpunten")
    register.table.selectAll()
    found += dialog_clashes(qtbot, "merge", register.merge_selected)
    found += dialog_clashes(qtbot, "new session", view("regio-overleggen").new_item)
    meetings = view("landelijk-beraad")
    found += dialog_clashes(qtbot, "new meeting", meetings.create_meeting)
    found += dialog_clashes(qtbot, "next meeting", meetings.create_next)
    found += dialog_clashes(qtbot, "link concerns", meetings.link_concerns)
    found += dialog_clashes(qtbot, "outcome", meetings.record_outcome)
    positions = view("standpunten")
    found += dialog_clashes(qtbot, "new position", positions.new_item)
    found += dialog_clashes(qtbot, "evidence", positions.link_evidence)
    found += dialog_clashes(qtbot, "versions", positions.compare_latest)
    municipalities = view("gemeenten")
    found += dialog_clashes(qtbot, "new contact", municipalities.add_person)
    found += dialog_clashes(qtbot, "edit contact", municipalities.edit_person)
    found += dialog_clashes(qtbot, "passphrase", lambda: PassphraseDialog(window, "regio.rspkg").exec())
    wizard = FirstStartWizard(window.ctx, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        found += clashes(wizard.page(page_id), f"first start, page {page_id}", hidden_too=True)
    assert not found, "\n".join(found)


def test_the_check_finds_a_clash(qtbot: Any) -> None:
    """Two buttons on Alt+O in one window are caught, and so are two actions on Alt+O in one menu."""
    assert key("Vergader&dossier") == "D" and key("Gemeenten && contacten") == ""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    for text in ("&Opslaan", "Map &openen", "&Annuleren"):
        layout.addWidget(QPushButton(text))
    root.show()
    assert clashes(root, "test") == ["test: Alt+O: &Opslaan | Map &openen"]
    menu = QMenu("&Bestand")
    menu.addAction("&Importeren…")
    menu.addAction("&Invulsjabloon opslaan…")
    assert menu_clashes(menu, "Bestand") == ["Bestand: Alt+I: &Importeren… | &Invulsjabloon opslaan…"]
