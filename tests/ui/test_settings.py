"""Settings: yourself, the region and its rule saved as you go; store location; backups made and restored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import define_region

from delegate_app.core.services import concerns, overview, region, weighing
from delegate_app.core.services.concerns import ConcernDraft
from delegate_app.core.store import Store, open_store
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.settings_view import SettingsView


def _settings(window: MainWindow) -> SettingsView:
    view = window.show_view("instellingen")
    assert isinstance(view, SettingsView)
    return view


def test_yourself_is_saved_when_leaving_the_field(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    page = _settings(window).general
    page.load()
    assert page.name.text() == "Anne de Vries"
    page.name.setFocus()
    page.name.selectAll()
    QTest.keyClicks(page.name, "Anne de Vries-Smit")
    QTest.keyClick(page.name, Qt.Key.Key_Tab)
    with store.reader() as session:
        me = region.self_person(session)
    assert me is not None and me.name == "Anne de Vries-Smit"
    assert window.ctx.actor == "Anne de Vries-Smit"
    assert window.saved_label.text().startswith("Alle wijzigingen opgeslagen")


def test_refused_value_is_shown_and_nothing_changes(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    page = _settings(window).general
    page.email.setText("geen-adres")
    page.email.editingFinished.emit()
    assert page.error.isVisible() or page.error.isVisibleTo(page)
    assert "geen e-mailadres" in page.error.text()
    with store.reader() as session:
        me = region.self_person(session)
    assert me is not None and me.email == "anne@example.nl"


def test_region_name_members_and_rule_are_saved(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    page = _settings(window).region
    page.load()
    assert page.name.text() == "Regio Testland"
    page.name.setText("Regio Rivierenland")
    page.name.editingFinished.emit()
    page.picker.search.setText("Zaltbommel")
    page.picker.toggle_first_match()
    page.save_pending()
    page.quorum.setValue(60)
    page.max_count.setValue(20)
    page.max_inhabitants.setValue(30)
    page.save_pending()
    with store.reader() as session:
        found = region.get_region(session)
        names = {m.name for m in region.member_municipalities(session)}
        rule = weighing.rule_for(session)
    assert found is not None and found.name == "Regio Rivierenland"
    assert "Zaltbommel" in names and len(names) == 6
    assert (float(rule.quorum_share), float(rule.max_objection_share_count)) == (0.6, 0.2)
    assert float(rule.max_objection_share_inhabitants) == 0.3
    assert "60,0%" in page.rule_text.text()
    assert "Regio Rivierenland" in window.windowTitle()


def test_a_region_without_members_is_refused(window: MainWindow, store: Store, region_ids: list[str]) -> None:
    page = _settings(window).region
    page.picker.set_selected([])
    page.picker.selection_changed.emit()
    page.save_pending()
    assert "minstens één deelnemende gemeente" in page.region_error.text()
    with store.reader() as session:
        assert len(region.member_municipalities(session)) == 5


def test_store_location_is_shown_with_a_warning_for_synced_folders(
    tmp_path: Path, qtbot: object, app: object
) -> None:
    from delegate_app.ui.app import open_settings
    from delegate_app.ui.context import AppContext

    folder = tmp_path / "Dropbox" / "regiostem"
    synced = open_store(folder)
    try:
        view = SettingsView(AppContext(synced, open_settings()))
        qtbot.addWidget(view)  # type: ignore[attr-defined]
        storage = view.storage
        assert str(folder) in storage.location.text()
        assert not storage.warning.isHidden()
        assert "gesynchroniseerde map" in storage.warning.text()
    finally:
        synced.close()


def test_local_store_has_no_sync_warning(window: MainWindow) -> None:
    assert _settings(window).storage.warning.isHidden()


def test_make_a_backup_and_restore_it(
    window: MainWindow, store: Store, qtbot: object, monkeypatch: object
) -> None:
    ids = define_region(store)
    storage = _settings(window).storage
    storage.show()
    before = len(store.backups())
    QTest.mouseClick(storage.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.ctx.store.backups()) == before + 1, timeout=10_000)  # type: ignore[attr-defined]
    # The file is there before the work has ended; the list shows it once the work has told the views
    # (until then an empty list holds its one "no backups yet" line).
    qtbot.waitUntil(lambda: "handmatig" in storage.backups.topLevelItem(0).text(1))  # type: ignore[attr-defined]
    assert storage.backups.topLevelItemCount() == before + 1

    with store.session() as session:
        concerns.create_concern(
            session,
            ConcernDraft(
                title="Na de back-up", description="Verdwijnt bij terugzetten", municipality_id=ids[0]
            ),
        )
    questions: list[str] = []

    def yes(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)  # type: ignore[attr-defined]
    storage.backups.setCurrentItem(storage.backups.topLevelItem(0))
    QTest.mouseClick(storage.restore_button, Qt.MouseButton.LeftButton)
    assert questions and "apart bewaard" in questions[0]
    restored = window.ctx.store
    assert restored is not store
    with restored.reader() as session:
        assert overview.totals(session).concerns == 0
    assert any(".replaced-" in p.name for p in store.folder.iterdir())
    assert "Back-up teruggezet" in window.statusBar().currentMessage()
    # The views were rebuilt on the restored store and still work.
    overview_page = window.show_view("overzicht")
    qtbot.waitUntil(lambda: overview_page.data is not None)  # type: ignore[attr-defined]
    assert overview_page.data.totals.concerns == 0  # type: ignore[attr-defined]
    window.close()
    restored.close()
