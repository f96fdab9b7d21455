"""Undoable store changes: one service call in one transaction, pushed on the shared undo stack.

`perform()` writes first and pushes only what succeeded, so a refused change
(bad input) never lands on the stack; undo and redo write again through the
services and tell the views what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from sqlmodel import Session

from delegate_app.core.errors import DelegateAppError
from delegate_app.ui.context import AppContext

T = TypeVar("T")
Write = Callable[[Session], Any]

_MERGE_ID = 7401


class StoreCommand(QUndoCommand):
    """A change already written when pushed; undo and redo write through the services again."""

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        redo: Write,
        undo: Write,
        *,
        entity: str,
        ids: list[str],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._redo = redo
        self._undo = undo
        self.entity = entity
        self.ids = list(ids)
        self.merge_key = merge_key
        self._pushed = False

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Consecutive saves of the same fields of the same record are one undo step,
        # as typing a word is one step in a text editor.
        if not isinstance(other, StoreCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the first time, the change was written by perform()
            return
        self._write(self._redo)

    def undo(self) -> None:
        self._write(self._undo)

    def _write(self, fn: Write) -> None:
        try:
            with self.ctx.store.session() as session:
                fn(session)
        except DelegateAppError as exc:
            self.ctx.status.emit(str(exc))
            return
        self.ctx.notify(self.entity, self.ids)


def perform(
    ctx: AppContext,
    text: str,
    do: Callable[[Session], T],
    undo: Write,
    *,
    redo: Write | None = None,
    entity: str = "concern",
    ids: list[str] | None = None,
    merge_key: Hashable | None = None,
    status: str | None = None,
) -> T:
    """Run `do` in one transaction; when it succeeds, push its undo step and announce the change.

    `redo` repeats the change after an undo (defaults to `do`). DelegateAppError
    (a ValidationError for bad input) propagates with nothing written or pushed.
    """
    with ctx.store.session() as session:
        result = do(session)
    command = StoreCommand(
        ctx, text, redo or do, undo, entity=entity, ids=list(ids or []), merge_key=merge_key
    )
    ctx.undo_stack.push(command)
    ctx.notify(entity, list(ids or []))
    ctx.status.emit(status if status is not None else QCoreApplication.translate("Concerns", "Saved"))
    return result


class UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a text field undo the store change, not just the field's letters.

    A field's own undo would only change the text (and save that as a new change);
    here the pending edit is saved first and then the shared stack steps back, so the
    keys mean the same in the editor as in the menu.
    """

    def __init__(self, ctx: AppContext, flush: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._flush = flush

    def watch(self, *widgets: QObject) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
        )
        if not (undo or redo):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Claim the keys so the window's own undo action does not fire as well.
            event.accept()
            return True
        self._flush()
        if undo:
            self.ctx.undo_stack.undo()
        else:
            self.ctx.undo_stack.redo()
        return True
