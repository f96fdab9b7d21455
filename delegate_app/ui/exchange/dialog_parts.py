"""Parts the exchange dialogs share: the heading, the button row, and how a failed step is told."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

from delegate_app.core.errors import DelegateAppError


def heading_label(scale: float = 1.2) -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def action_buttons(dialog: QDialog, name: str) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The dialog's main button (named `name`, the default) and a cancel button; texts are set later."""
    box = QDialogButtonBox()
    main = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    main.setObjectName(name)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    cancel.clicked.connect(dialog.reject)
    main.setDefault(True)
    return box, main, cancel


def failure_text(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror + (f": {exc.filename}" if exc.filename else "")
    return str(exc)


def tell_failure(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """Refused input or a file problem: a warning naming it; anything else is an error to report."""
    if isinstance(exc, DelegateAppError | OSError):
        QMessageBox.warning(parent, title, failure_text(exc))
        return
    from delegate_app.ui import errors

    errors.report(type(exc), exc, exc.__traceback__, parent=parent)
