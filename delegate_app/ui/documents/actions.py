"""Where the documents enter the shell: the File menu actions and the buttons beside a meeting's heading.

Kept light: the export dialog (and with it the document builders) is imported only
when the user asks for a document.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from delegate_app.ui.context import AppContext
from delegate_app.ui.icons import icon

BRIEFING = "briefing"  # the same codes as export_job, without importing it at start-up
REPORT_BACK = "report_back"
MEETINGS_VIEW = "landelijk-beraad"


def open_document_dialog(
    ctx: AppContext, parent: QWidget | None, kind: str, meeting_id: str | None = None
) -> QWidget:
    from delegate_app.ui.documents.export_dialog import open_export_dialog

    return open_export_dialog(ctx, parent, kind, meeting_id)


class DocumentActions(QObject):
    """File → "Briefing pack…" (Ctrl+P) and "Report-back…" (Ctrl+Shift+P) for the main window."""

    def __init__(self, ctx: AppContext, window: QWidget, menu: QMenu) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.briefing_action = QAction(icon("document"), "", window)
        self.briefing_action.setShortcut(QKeySequence("Ctrl+P"))
        self.briefing_action.triggered.connect(lambda: self.open(BRIEFING))
        self.report_action = QAction(self.window)
        self.report_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.report_action.triggered.connect(lambda: self.open(REPORT_BACK))
        menu.addSeparator()
        menu.addAction(self.briefing_action)
        menu.addAction(self.report_action)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_: object) -> None:
        self.briefing_action.setText(self.tr("Make briefin&g pack…"))
        self.briefing_action.setToolTip(self.tr("The PDF to take to the national meeting (Ctrl+P)"))
        self.report_action.setText(self.tr("Make &report-back…"))
        self.report_action.setToolTip(self.tr("The outcome of a meeting for the region or one municipality"))

    def _shown_meeting(self) -> str | None:
        """The meeting on screen in the National meeting view, if that is where the user is."""
        current_key = getattr(self.window, "current_key", None)
        if not callable(current_key) or current_key() != MEETINGS_VIEW:
            return None
        view = self.window.current_view()  # type: ignore[attr-defined]
        meeting_id = getattr(view, "meeting_id", None)
        return meeting_id if isinstance(meeting_id, str) else None

    def open(self, kind: str) -> QWidget:
        return open_document_dialog(self.ctx, self.window, kind, self._shown_meeting())


class MeetingDocumentButtons(QWidget):
    """The "Briefing pack…" and "Report-back…" buttons for the meeting a view shows."""

    def __init__(
        self, ctx: AppContext, meeting_id: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._meeting_id = meeting_id
        self.briefing_button = QPushButton(icon("document"), "", self)
        self.report_button = QPushButton(icon("document"), "", self)
        self.briefing_button.clicked.connect(lambda: self.open(BRIEFING))
        self.report_button.clicked.connect(lambda: self.open(REPORT_BACK))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.briefing_button)
        layout.addWidget(self.report_button)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_: object) -> None:
        for button, text, name in (
            (
                self.briefing_button,
                self.tr("&Briefing pack…"),
                self.tr("Make the briefing pack of this meeting"),
            ),
            (self.report_button, self.tr("&Report-back…"), self.tr("Make the report-back of this meeting")),
        ):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)

    def open(self, kind: str) -> QWidget:
        return open_document_dialog(self.ctx, self.window(), kind, self._meeting_id())


def heading_with_document_buttons(
    heading: QLabel, ctx: AppContext, meeting_id: Callable[[], str | None]
) -> QHBoxLayout:
    """A row with `heading` on the left and the two document buttons on the right."""
    row = QHBoxLayout()
    row.addWidget(heading, 1)
    row.addWidget(MeetingDocumentButtons(ctx, meeting_id, heading.parentWidget()))
    return row
