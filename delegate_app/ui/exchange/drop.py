"""Files dropped on the main window: a workbook, CSV or package opens the import dialog; anything else is explained."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from delegate_app.ui.context import AppContext

OBJECT_NAME = "exchangeDrop"


def dropped_paths(mime: QMimeData) -> list[Path]:
    """The local files in a drag; links to web pages and the like are no files."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropHandler(QObject):
    """An event filter on the main window that takes files dragged onto it."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.ctx = ctx

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDragMoveEvent
        ):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            self.handle(paths)
            return True
        return False

    def handle(self, paths: list[Path]) -> QDialog | None:
        """Open the import dialog on the one importable file dropped; explain anything else."""
        from delegate_app.ui.exchange import files

        importable = [p for p in paths if files.file_kind(p) is not None]
        others = [p for p in paths if p not in importable]
        title = self.tr("Import")
        if others:
            QMessageBox.information(
                self.window,
                title,
                self.tr("{files}: Regiostem cannot import this. It imports {accepted}.").format(
                    files=", ".join(p.name or str(p) for p in others), accepted=files.accepted_description()
                ),
            )
        if len(importable) > 1:
            QMessageBox.information(
                self.window,
                title,
                self.tr("Drop one file at a time; {file} is opened first.").format(file=importable[0].name),
            )
        if not importable:
            return None
        from delegate_app.ui.exchange.import_dialog import open_import_dialog

        return open_import_dialog(self.window, self.ctx, importable[0])


def install_drop_support(window: QMainWindow, ctx: AppContext) -> DropHandler:
    """Let the main window accept files dragged onto it."""
    handler = DropHandler(window, ctx)
    window.setAcceptDrops(True)
    window.installEventFilter(handler)
    return handler


def drop_handler(window: QWidget) -> DropHandler | None:
    found = window.findChild(DropHandler, OBJECT_NAME)
    return found if isinstance(found, DropHandler) else None
