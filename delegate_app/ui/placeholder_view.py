"""A calm stand-in for a view that comes in a later version (or could not be loaded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from delegate_app.ui.context import AppContext


class PlaceholderView(QWidget):
    """Says what will be here, so the navigation never leads to an empty page."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        title: str = "",
        icon_name: str = "",
        failed: bool = False,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._title = title
        self._failed = failed
        self._note = note  # English source in the "Views" context
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if icon_name:
            from delegate_app.ui.icons import icon

            self.picture.setPixmap(icon(icon_name).pixmap(64, 64))
        self.picture.setEnabled(False)
        layout.addWidget(self.picture)
        layout.addSpacing(12)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        # The main window already shows the view's title above the page.
        self.heading.hide()
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(placeholder-text);")
        self.message.setFixedWidth(520)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.retranslate()

    def set_title(self, title: str) -> None:
        self._title = title
        self.heading.setText(title)

    def retranslate(self) -> None:
        self.heading.setText(self._title)
        if self._failed:
            self.message.setText(
                self.tr("This part could not be loaded. The details are in the log file (Help > About).")
            )
        else:
            later = self.tr("This part of Regiostem comes in a later version.")
            note = QCoreApplication.translate("Views", self._note) if self._note else ""
            self.message.setText(f"{note}\n\n{later}" if note else later)
        # A wrapped label inside stretches gets too little height unless told what it needs.
        self.message.setMinimumHeight(self.message.heightForWidth(self.message.width()))
