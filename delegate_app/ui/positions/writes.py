"""One user action, one transaction: run a service call, report a refusal in a dialog, announce the change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import Session

from delegate_app.core.errors import DelegateAppError
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

T = TypeVar("T")


def refused(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """Tell the user why nothing was changed."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Writes", "Not changed"), message)


def run_write(
    ctx: AppContext,
    parent: QWidget | None,
    fn: Callable[[Session], T],
    *,
    entity: str,
    ids: list[str] | None = None,
    title: str | None = None,
) -> T | None:
    """Run `fn` in one transaction; None (after a dialog naming the reason) when the service refused."""
    if ctx.read_only:
        return None
    try:
        with ctx.store.session() as session:
            result = fn(session)
    except DelegateAppError as exc:
        refused(parent, str(exc), title)
        return None
    ctx.notify(entity, list(ids or []))
    ctx.status.emit(QCoreApplication.translate("Writes", "Saved"))
    return result


def run_undoable(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    do: Callable[[Session], T],
    undo: Callable[[Session], object],
    *,
    entity: str,
    ids: list[str] | None = None,
    redo: Callable[[Session], object] | None = None,
) -> T | None:
    """Like `run_write`, and the change lands on the undo stack."""
    if ctx.read_only:
        return None
    try:
        return perform(ctx, text, do, undo, redo=redo, entity=entity, ids=ids)
    except DelegateAppError as exc:
        refused(parent, str(exc))
        return None


def change_field(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    update: Callable[..., object],
    record_id: str,
    field: str,
    old: object,
    new: object,
    *,
    entity: str,
) -> object | None:
    """Set one field through `update(session, record_id, field=value)`, undoable back to `old`."""
    return run_undoable(
        ctx,
        parent,
        text,
        lambda s: update(s, record_id, **{field: new}),
        lambda s: update(s, record_id, **{field: old}),
        entity=entity,
        ids=[record_id],
    )
