"""What the settings pages share: saving a change in one transaction and showing a refusal in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel
from sqlmodel import Session

from delegate_app.core.errors import ValidationError
from delegate_app.ui.context import AppContext


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    label.setStyleSheet("QLabel#formError { color: #b42318; }")
    label.setWordWrap(True)
    label.hide()
    return label


def save(ctx: AppContext, error: QLabel, entity: str, write: Callable[[Session], Any]) -> bool:
    """Run `write` as one transaction; on a refusal show its message in `error` and change nothing."""
    try:
        with ctx.store.session() as session:
            write(session)
    except ValidationError as exc:
        error.setText(str(exc))
        error.show()
        return False
    error.hide()
    ctx.notify(entity)
    return True
