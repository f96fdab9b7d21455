"""The part every main view of meetings, positions and sessions shares: reloading when the store changes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from delegate_app.ui.context import AppContext


class LiveView(QWidget):
    """Reloads once per burst of `ctx.changed` notifications for `watched` kinds, and only while shown.

    A hidden view only notes that it is out of date and reloads when it is shown again, so a
    change in one view never makes every other view query the store.
    """

    watched: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.changed.connect(self._changed)

    def refresh(self) -> None:
        """Load what the view shows from the store again."""
        self._dirty = False
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Save edits still waiting for their debounce."""

    def save_pending(self) -> None:
        self.flush()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _changed(self, entity: str, ids: list[str]) -> None:
        if entity not in self.watched:
            return
        self._dirty = True
        if self.isVisible():
            self._refresh_timer.start()

    # ------------------------------------------------------------------ the shared layout

    def make_heading(self) -> QLabel:
        """The large title above the selected record."""
        heading = QLabel(self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # a title with "<b>" or "&" is shown as typed
        return heading

    def make_empty_note(self) -> QLabel:
        """The calm note shown instead of the detail when nothing is selected."""
        note = QLabel(self)
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        return note

    def arrange(self, master: QWidget, detail: QWidget, empty: QLabel, master_width: int) -> None:
        """The list on the left; on the right the detail, or the empty note in its place."""
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(detail, 1)
        right_layout.addWidget(empty, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(master)
        split.addWidget(right)
        # Both sides give way when the window is narrower, the list less than the detail.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([master_width, 1400 - master_width])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)
