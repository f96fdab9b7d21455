"""What every view gets: the open store, the shared undo stack, and change notifications.

Views never write SQL: they call services inside `ctx.store.session()` (one user
action, one transaction) and then announce what changed with `ctx.notify(...)`
so other views refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack

from delegate_app.core.store import Store


class AppContext(QObject):
    """Shared state of one main window."""

    # entity: a table name such as "concern", "support", "position", "region";
    # ids: the changed records' ids (empty when "anything of this kind").
    changed = Signal(str, list)
    # A short message for the status bar ("Opgeslagen", "Bezig met importeren...").
    status = Signal(str)
    # Emitted after the interface language changed; views retranslate themselves.
    language_changed = Signal(str)

    def __init__(self, store: Store, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.read_only = store.read_only
        self.actor = ""

    def notify(self, entity: str, ids: list[str] | None = None) -> None:
        self.changed.emit(entity, list(ids or []))
