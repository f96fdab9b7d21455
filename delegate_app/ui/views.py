"""The registry of main views: key, title, icon, and a factory that imports the view lazily.

The contract every main view follows: a QWidget constructed as `View(ctx, parent=None)`,
with optional methods `retranslate()` (language switched), `refresh()` (shown again or
data changed elsewhere), `focus_search()` (Ctrl+F), `new_item()` (Ctrl+N),
`page_title()` (the heading above the view) and `save_pending()` (write a debounced
edit now: the window closes or an error dialog is about to show).

Views are imported only when first shown, which keeps the start fast; a view whose
module does not exist yet shows a placeholder, so the app always starts.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from delegate_app.ui.context import AppContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ViewSpec:
    key: str  # stable: settings, screenshots ("overzicht.png") and tests use it
    title: str  # English source text in the "Views" context
    icon: str  # a name in resources/icons
    target: str | None  # "package.module:Class"; None for a part that comes later
    note: str = ""  # for a part that comes later: what it will hold (English source, "Views" context)

    def translated_title(self) -> str:
        return QCoreApplication.translate("Views", self.title)

    def create(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        """Build the view; a placeholder when its module is missing or fails to load."""
        from delegate_app.ui.placeholder_view import PlaceholderView

        if self.target is None:
            return PlaceholderView(
                ctx, parent, title=self.translated_title(), icon_name=self.icon, note=self.note
            )
        module_name, _, class_name = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module_name.startswith(exc.name):
                log.exception("view %s failed to import", self.key)
                return PlaceholderView(
                    ctx, parent, title=self.translated_title(), icon_name=self.icon, failed=True
                )
            return PlaceholderView(ctx, parent, title=self.translated_title(), icon_name=self.icon)
        except Exception:
            log.exception("view %s failed to import", self.key)
            return PlaceholderView(
                ctx, parent, title=self.translated_title(), icon_name=self.icon, failed=True
            )
        view_class = getattr(module, class_name)
        widget: QWidget = view_class(ctx, parent)
        return widget


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "overzicht",
        QT_TRANSLATE_NOOP("Views", "Overview"),
        "overview",
        "delegate_app.ui.overview_view:OverviewView",
    ),
    ViewSpec(
        "knelpunten",
        QT_TRANSLATE_NOOP("Views", "Concerns"),
        "concerns",
        "delegate_app.ui.concerns.register_view:ConcernRegisterView",
    ),
    ViewSpec(
        "regio-overleggen",
        QT_TRANSLATE_NOOP("Views", "Regional sessions"),
        "sessions",
        "delegate_app.ui.sessions_view:SessionsView",
    ),
    ViewSpec(
        "landelijk-beraad",
        QT_TRANSLATE_NOOP("Views", "National meeting"),
        "meeting",
        "delegate_app.ui.meetings_view:MeetingsView",
    ),
    ViewSpec(
        "standpunten",
        QT_TRANSLATE_NOOP("Views", "Positions"),
        "positions",
        "delegate_app.ui.positions_view:PositionsView",
    ),
    ViewSpec(
        "gemeenten",
        QT_TRANSLATE_NOOP("Views", "Municipalities & contacts"),
        "municipalities",
        "delegate_app.ui.municipalities_view:MunicipalitiesView",
    ),
    ViewSpec(
        "nieuws",
        QT_TRANSLATE_NOOP("Views", "News"),
        "news",
        None,
        QT_TRANSLATE_NOOP(
            "Views",
            "News from national sources (VNG, Logius, the IBD and others) as background to the "
            "region's concerns and the agenda of the national meeting.",
        ),
    ),
    ViewSpec(
        "instellingen",
        QT_TRANSLATE_NOOP("Views", "Settings"),
        "settings",
        "delegate_app.ui.settings_view:SettingsView",
    ),
)

# The register that Ctrl+N (new concern) goes to.
CONCERNS_KEY = "knelpunten"
SETTINGS_KEY = "instellingen"


def spec(key: str) -> ViewSpec:
    for candidate in VIEWS:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
