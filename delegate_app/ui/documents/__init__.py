"""The briefing pack and the report-back in the desktop app: export dialog, preview window, printing.

Only `actions` is imported when the main window starts; the dialog, the builders and
QtPdf load when the user first asks for a document.
"""

from delegate_app.ui.documents.actions import DocumentActions, heading_with_document_buttons

__all__ = ["DocumentActions", "heading_with_document_buttons"]
