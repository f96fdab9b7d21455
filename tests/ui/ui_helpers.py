"""Helpers for interface tests: a small region built through the services, and answering dialogs.

Standard dialogs that would block (QMessageBox, QDialog.exec) are answered with
`answer_dialog`, which clicks a real button of the real dialog once it shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from delegate_app.core.services import region
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.store import Store

SMALL_REGION = ("Tiel", "Culemborg", "Buren", "Súdwest-Fryslân", "'s-Hertogenbosch")


def define_region(
    store: Store, names: tuple[str, ...] = SMALL_REGION, me: str = "Anne de Vries"
) -> list[str]:
    """A region through the services; returns the members' ids in the order given."""
    with store.session() as session:
        index = MunicipalityIndex.load(session)
        ids = [index.resolve(name).id for name in names]
        region.set_region(session, "Regio Testland", ids)
        region.set_self(session, me, "afgevaardigde", "anne@example.nl")
    return ids


def _visible_dialog() -> QWidget | None:
    modal = QApplication.activeModalWidget()
    if modal is not None:
        return modal
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            return widget
    return None


def answer_dialog(action: str | Callable[[QWidget], object], *, seen: list[str] | None = None) -> None:
    """When the next dialog shows, click its button whose text contains `action` (or call `action`).

    The dialog's text is appended to `seen`, so a test can check what was said.
    """

    def attempt(tries: int = 0) -> None:
        dialog = _visible_dialog()
        if dialog is None:
            if tries < 250:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        if seen is not None:
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            extra = dialog.informativeText() if isinstance(dialog, QMessageBox) else ""
            seen.append(f"{dialog.windowTitle()}\n{text}\n{extra}")
        if callable(action):
            action(dialog)
            return
        for button in dialog.findChildren(QAbstractButton):
            if action.casefold() in button.text().replace("&", "").casefold():
                button.click()
                return
        raise AssertionError(f"no button {action!r} in {dialog.windowTitle()!r}")

    QTimer.singleShot(0, attempt)
