"""Instellingen: language and yourself, the region and its rule, storage and backups, about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from delegate_app.ui.context import AppContext
from delegate_app.ui.icons import app_icon
from delegate_app.ui.settings.general_page import GeneralPage
from delegate_app.ui.settings.region_page import RegionPage
from delegate_app.ui.settings.storage_page import StoragePage
from delegate_app.ui.widgets.about_dialog import AboutText
from delegate_app.ui.widgets.panels import Panel


def _scrolling(page: QWidget) -> QScrollArea:
    """A page that scrolls instead of making the whole window wider on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(page)
    return area


class SettingsView(QWidget):
    """Every change is saved as it is made; there is no Save button."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.general = GeneralPage(ctx)
        self.region = RegionPage(ctx)
        self.storage = StoragePage(ctx)
        self.about = AboutText(ctx)
        about_page = QScrollArea()
        about_page.setWidgetResizable(True)
        about_page.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 14, 0, 0)
        self.about_panel = Panel()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(56, 56))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.setSpacing(18)
        row.addWidget(logo)
        row.addWidget(self.about, 1)
        self.about_panel.body.addLayout(row)
        holder_layout.addWidget(self.about_panel)
        holder_layout.addStretch(1)
        about_page.setWidget(holder)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.general, self.region, self.storage):
            self.tabs.addTab(_scrolling(page), "")
        self.tabs.addTab(about_page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.changed.connect(self._on_changed)
        self.retranslate()

    def _on_changed(self, entity: str, ids: list[str]) -> None:
        # Another place (the first-start wizard, an import) may change what these pages show.
        if entity in {"region", ""} and not self.region.isVisible():
            self.region.load()
        if entity in {"person", ""} and not self.general.isVisible():
            self.general.load()

    def show_page(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        self.general.load()
        self.region.load()
        self.storage.load_backups()

    def save_pending(self) -> None:
        self.region.save_pending()

    def retranslate(self) -> None:
        for index, title in enumerate(
            (self.tr("&General"), self.tr("&Region"), self.tr("Storage and &backups"), self.tr("&About"))
        ):
            self.tabs.setTabText(index, title)
        self.tabs.setAccessibleName(self.tr("Settings"))
        self.about_panel.set_title("Regiostem")
        for page in (self.general, self.region, self.storage, self.about):
            page.retranslate()
