"""Finding the Alt+letter keys (mnemonics) a window offers at one moment, and the letters offered twice.

A mnemonic is live while its widget is visible: the buttons, buddied labels, group
boxes and tabs on screen, and the window's menu bar; the actions of one menu form a
set of their own. Two of them on the same letter make Alt+letter ambiguous.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QToolBox,
    QWidget,
)


def key(text: str) -> str:
    """The Alt+letter of a text ("Vergader&dossier" -> "D"), or "" without one."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+")


def _on_a_shown_page(widget: QWidget, root: QWidget) -> bool:
    """False when `widget` lies on a page of a stack (or tab widget) that is not the page shown."""
    while widget is not root and widget.parentWidget() is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not widget:
            return False
        widget = parent
    return True


def _texts(root: QWidget, *, hidden_too: bool) -> list[str]:
    """Every text with a live mnemonic in `root` as it shows now.

    With `hidden_too`, widgets hidden for now count as well (a button that appears once
    a document is made shares the dialog with the rest), except on pages not shown.
    """
    found: list[str] = []
    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        found += [action.text() for action in root.menuBar().actions() if action.isVisible()]
    for widget in root.findChildren(QWidget):
        live = _on_a_shown_page(widget, root) if hidden_too else widget.isVisibleTo(root)
        if not live or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QToolBox):
            found += [widget.itemText(i) for i in range(widget.count())]
    return found


def clashes_now(root: QWidget, *, hidden_too: bool = False) -> list[str]:
    """Letters used by more than one text in `root` as it shows now."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in _texts(root, hidden_too=hidden_too):
        if letter := key(text):
            by_key[letter].append(text)
    return [
        f"Alt+{letter}: {' | '.join(texts)}" for letter, texts in sorted(by_key.items()) if len(texts) > 1
    ]


def clashes(root: QWidget, where: str, *, hidden_too: bool = False) -> list[str]:
    """Clashes in `root` as it shows, and with each page of each of its tab widgets shown in turn."""
    found = {f"{where}: {c}" for c in clashes_now(root, hidden_too=hidden_too)}
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                shown = clashes_now(root, hidden_too=hidden_too)
                found |= {f"{where} [{tabs.tabText(index)}]: {c}" for c in shown}
        tabs.setCurrentIndex(current)
    return sorted(found)


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Clashes among the actions of `menu`, and in each of its submenus."""
    by_key: dict[str, list[str]] = defaultdict(list)
    found: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if letter := key(action.text()):
            by_key[letter].append(action.text())
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{where} > {action.text()}")
    found += [
        f"{where}: Alt+{letter}: {' | '.join(texts)}"
        for letter, texts in sorted(by_key.items())
        if len(texts) > 1
    ]
    return found
