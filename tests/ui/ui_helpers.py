"""Helpers for interface tests: a small region built through the services, and answering dialogs.

Standard dialogs that would block (QMessageBox, QDialog.exec) are answered with
`answer_dialog`, which clicks a real button of the real dialog once it shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

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


# Answers still waiting for their dialog. The interface fixtures cancel them after every test,
# so an answer whose dialog never came cannot click a dialog of a later test.
_waiting: list[QTimer] = []

# A dialog shows within moments; the margin is for a loaded machine. After it, the test fails
# (and the dialog that is open is closed) instead of hanging in that dialog for good.
ANSWER_DEADLINE_S = 30.0


def _visible_dialogs() -> list[QWidget]:
    """Dialogs a test may answer, the active modal one first; progress dialogs of background work are not."""
    found: list[QWidget] = []
    modal = QApplication.activeModalWidget()
    if modal is not None:
        found.append(modal)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and widget not in found:
            found.append(widget)
    return [w for w in found if not isinstance(w, QProgressDialog)]


def _button(dialog: QWidget, text: str) -> QAbstractButton | None:
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible() and text.casefold() in button.text().replace("&", "").casefold():
            return button
    return None


def answer_dialog(action: str | Callable[[QWidget], object], *, seen: list[str] | None = None) -> None:
    """When the next dialog shows, click its button whose text contains `action` (or call `action`).

    A dialog without that button (one another answer is waiting for) is left to that answer.
    The dialog's text is appended to `seen`, so a test can check what was said.
    """
    deadline = time.monotonic() + ANSWER_DEADLINE_S
    timer = QTimer()
    timer.setInterval(10)

    def done() -> None:
        timer.stop()
        timer.deleteLater()
        if timer in _waiting:
            _waiting.remove(timer)

    def attempt() -> None:
        dialogs = _visible_dialogs()
        for dialog in dialogs:
            button = None if callable(action) else _button(dialog, action)
            if not callable(action) and button is None:
                continue
            done()
            if seen is not None:
                text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
                extra = dialog.informativeText() if isinstance(dialog, QMessageBox) else ""
                seen.append(f"{dialog.windowTitle()}\n{text}\n{extra}")
            if callable(action):
                action(dialog)
            else:
                assert button is not None
                button.click()
            return
        if time.monotonic() < deadline:
            return
        done()
        for dialog in dialogs:
            dialog.close()
        titles = [d.windowTitle() for d in dialogs]
        raise AssertionError(f"no dialog with {action!r} showed; open were {titles}")

    timer.timeout.connect(attempt)
    _waiting.append(timer)
    timer.start()


def cancel_waiting_answers() -> None:
    """Forget every answer still waiting for its dialog (after a test)."""
    while _waiting:
        timer = _waiting.pop()
        timer.stop()
        timer.deleteLater()
