"""Save-as-you-type for text fields: debounced saves, a save on focus-out, undo on the shared stack.

There is no Save button anywhere: a `FieldBinding` writes the field through one
service call ~400 ms after the last keystroke, or at once when the field loses
focus, and pushes an undoable command so Ctrl+Z restores the saved text. After
an undo the view reloads and the binding shows the restored text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget
from sqlmodel import Session

from delegate_app.core.errors import DelegateAppError
from delegate_app.ui.concerns.undo import perform
from delegate_app.ui.context import AppContext

DEBOUNCE_MS = 400

# save(session, record_id, value): one service call; the binding runs it in one transaction.
Saver = Callable[[Session, str, str], object]


def _same(stored: str, shown: str) -> bool:
    return stored.replace("\r\n", "\n").strip() == shown.replace("\r\n", "\n").strip()


class FieldBinding(QObject):
    """Binds one text widget to one field of the record currently shown."""

    def __init__(self, ctx: AppContext, widget: QWidget, save: Saver, label: str, entity: str) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.entity = entity
        self.widget = widget
        self.label = label
        self._save = save
        self.record_id: str | None = None
        self.locked = False  # the record may not change now (an adopted position, final minutes)
        self._saved = ""
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            widget.textChanged.connect(self._edited)
        widget.installEventFilter(self)
        self.set_enabled(False)

    # ------------------------------------------------------------------ widget text

    def text(self) -> str:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, (QPlainTextEdit, QTextEdit)):
            return w.toPlainText()
        return ""

    def _set_text(self, value: str) -> None:
        self._loading = True
        try:
            w = self.widget
            if isinstance(w, QLineEdit):
                if w.text() != value:
                    w.setText(value)
                    w.setCursorPosition(0)  # show the start of a long title, not its end
            elif isinstance(w, (QPlainTextEdit, QTextEdit)) and w.toPlainText() != value:
                w.setPlainText(value)
        finally:
            self._loading = False

    def set_enabled(self, enabled: bool) -> None:
        w = self.widget
        editable = enabled and not self.ctx.read_only and not self.locked
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            w.setReadOnly(not editable)
        w.setEnabled(enabled)

    def set_locked(self, locked: bool) -> None:
        """Show the text but refuse typing (the service would refuse the save anyway)."""
        self.locked = locked
        self.set_enabled(self.record_id is not None)

    # ------------------------------------------------------------------ record

    def load(self, record_id: str | None, value: str) -> None:
        """Show `value` of record `record_id`; saves pending edits of the previous record first."""
        if record_id != self.record_id:
            self.flush()
        elif self._timer.isActive() or self.text() != self._saved or _same(value, self.text()):
            # The user is typing in this very field, or the store holds what is shown
            # (the service trims trailing blanks): leave text and cursor alone.
            return
        self.record_id = record_id
        self._saved = value
        self._set_text(value)
        self.set_enabled(record_id is not None)

    def _edited(self, *_: object) -> None:
        if self._loading or self.record_id is None:
            return
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

    def flush(self) -> None:
        """Save the pending edit now, if there is one."""
        self._timer.stop()
        if self.record_id is None or self.ctx.read_only or self.locked:
            return
        value = self.text()
        if value == self._saved:
            return
        record_id, old, save = self.record_id, self._saved, self._save
        try:
            perform(
                self.ctx,
                self.label,
                lambda session: save(session, record_id, value),
                lambda session: save(session, record_id, old),
                entity=self.entity,
                ids=[record_id],
                # Typing on in one field is one undo step, as in a text editor.
                merge_key=(id(self), record_id),
            )
        except DelegateAppError as exc:
            self.ctx.status.emit(str(exc))
            return
        self._saved = value


class BindingGroup:
    """The bindings of one editor, so a view can load, flush and enable them together."""

    def __init__(self) -> None:
        self.bindings: dict[str, FieldBinding] = {}

    def add(self, name: str, binding: FieldBinding) -> FieldBinding:
        self.bindings[name] = binding
        return binding

    def load(self, record_id: str | None, values: dict[str, str]) -> None:
        for name, binding in self.bindings.items():
            binding.load(record_id, values.get(name, ""))

    def flush(self) -> None:
        for binding in self.bindings.values():
            binding.flush()
