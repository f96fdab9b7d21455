"""Help and about (F1): version, where the data lives, the keyboard shortcuts, credits."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from delegate_app import __version__
from delegate_app.core.reference import CBS_CREDIT
from delegate_app.ui import errors
from delegate_app.ui.context import AppContext
from delegate_app.ui.icons import app_icon


class AboutText(QLabel):
    """The about text, shared by the help dialog and the settings page."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutText")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setOpenExternalLinks(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("About Regiostem"))
        self.setText(self.body())

    def body(self) -> str:
        log_file = errors.log_file()
        rows = [
            (self.tr("Version"), f"Regiostem {__version__} (Qt {qVersion()})"),
            (self.tr("Data folder"), str(self.ctx.store.folder)),
            (self.tr("Log file"), str(log_file) if log_file else self.tr("none")),
        ]
        shortcuts = [
            ("Ctrl+N", self.tr("New concern")),
            ("Ctrl+F", self.tr("Search in the current view")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo")),
            ("Ctrl+1 … Ctrl+8", self.tr("Go to a part of the app")),
            ("F11", self.tr("Session mode (full screen, for a regional session)")),
            ("F1", self.tr("This help")),
        ]

        def table(pairs: list[tuple[str, str]], code: bool) -> str:
            cells = "".join(
                f"<tr><td style='padding:2px 16px 2px 0'>{'<code>' if code else '<b>'}{html.escape(k)}"
                f"{'</code>' if code else '</b>'}</td><td style='padding:2px 0'>{html.escape(v)}</td></tr>"
                for k, v in pairs
            )
            return f"<table>{cells}</table>"

        intro = html.escape(
            self.tr(
                "Regiostem helps the delegate of a region of municipalities prepare the Landelijk ICT "
                "Beraad: gather concerns, weigh them, agree one regional position per agenda item, "
                "and report the outcome back."
            )
        )
        credit = html.escape(
            self.tr("Municipal figures (names, codes, provinces, inhabitants): {credit}, licence CC BY 4.0.")
        ).format(credit=f"<b>{CBS_CREDIT}</b>")
        keyboard = html.escape(self.tr("Keyboard"))
        return (
            f"<p>{intro}</p>{table(rows, False)}"
            f"<p style='margin-top:12px'><b>{keyboard}</b></p>{table(shortcuts, True)}"
            f"<p style='margin-top:12px'>{credit}</p>"
        )


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help and about Regiostem"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(logo)
        self.text = AboutText(ctx)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
