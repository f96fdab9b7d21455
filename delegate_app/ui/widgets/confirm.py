"""Asking before something that cannot simply be undone, and making a backup: small shared actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegate_app.ui.context import AppContext


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or Cancel, with Cancel as the default so Enter never destroys anything."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def start_backup(ctx: AppContext, parent: QWidget | None) -> None:
    """A verified backup made off the GUI thread; the status bar says when it is there."""
    from delegate_app.ui.ops import Op

    Op(
        ctx,
        lambda job: job.store.backup(reason="manual"),
        label=QCoreApplication.translate("Backups", "Making a backup..."),
        cancellable=False,
        changes=["backup"],
    ).success(
        lambda path: ctx.status.emit(
            QCoreApplication.translate("Backups", "Backup made: {name}").format(name=path.name)
        )
    ).run(parent)
