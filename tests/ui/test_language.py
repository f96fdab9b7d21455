"""Switching the interface language while the app runs: every text changes at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from delegate_app.core.i18n import current_language
from delegate_app.core.models import ConcernStatus
from delegate_app.core.services import labels
from delegate_app.ui import i18n
from delegate_app.ui.main_window import MainWindow


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_switching_language_in_settings_changes_texts_live(
    window: MainWindow, region_ids: list[str], qtbot: object
) -> None:
    overview = window.show_view("overzicht")
    qtbot.waitUntil(lambda: overview.data is not None)  # type: ignore[attr-defined]  # read after the first paint
    municipalities = window.view("gemeenten")
    settings = window.show_view("instellingen")
    assert _sidebar(window)[0] == "Overzicht"
    assert window.file_menu.title() == "&Bestand"
    assert window.heading.text() == "Instellingen"

    combo = settings.general.language  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("en"))

    assert current_language() == "en"
    assert _sidebar(window)[:2] == ["Overview", "Concerns"]
    assert window.file_menu.title() == "&File"
    assert window.heading.text() == "Settings"
    assert settings.tabs.tabText(0) == "&General"  # type: ignore[attr-defined]
    assert overview.status_panel.title.text() == "Concerns by status"  # type: ignore[attr-defined]
    assert "New" in overview.status_chart.categories()  # type: ignore[attr-defined]
    assert municipalities.members_model.horizontalHeaderItem(0).text() == "Municipality"  # type: ignore[attr-defined]
    assert labels.label(ConcernStatus.NEW) == "New"
    assert window.language_actions["en"].isChecked()
    # Qt's own texts follow too.
    assert (
        QDialogButtonBox().addButton(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == "Cancel"
    )
    assert window.ctx.settings.value(i18n.LANGUAGE_KEY) == "en"

    window.language_actions["nl"].trigger()
    assert current_language() == "nl"
    assert _sidebar(window)[0] == "Overzicht"
    assert settings.general.language.currentData() == "nl"  # type: ignore[attr-defined]
    assert "Nieuw" in overview.status_chart.categories()  # type: ignore[attr-defined]
    assert (
        QDialogButtonBox().addButton(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        == "Annuleren"
    )


def test_the_compiled_catalogue_is_found_and_used(app: object) -> None:
    path = i18n.qm_file("nl")
    assert path is not None and path.exists() and path.stat().st_size > 1000
    i18n.install("nl")
    assert QCoreApplication.translate("Views", "Municipalities & contacts") == "Gemeenten & contacten"
    i18n.install("en")
    assert QCoreApplication.translate("Views", "Municipalities & contacts") == "Municipalities & contacts"
