"""Gemeenten & contacten: members with size and participation, contacts added, edited and erased."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from ui_helpers import answer_dialog

from delegate_app.core.services import concerns, persons, sessions
from delegate_app.core.services.concerns import ConcernDraft
from delegate_app.core.store import Store
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.municipalities_view import MunicipalitiesView
from delegate_app.ui.widgets.person_dialog import PersonDialog


def _view(window: MainWindow) -> MunicipalitiesView:
    view = window.show_view("gemeenten")
    assert isinstance(view, MunicipalitiesView)
    return view


def _row(view: MunicipalitiesView, name: str) -> list[str]:
    proxy = view.members_proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data() == name:
            return [str(proxy.index(row, c).data()) for c in range(proxy.columnCount())]
    raise AssertionError(f"{name} not listed")


def test_members_with_inhabitants_size_and_participation(
    window: MainWindow, store: Store, region_ids: list[str]
) -> None:
    tiel, culemborg = region_ids[0], region_ids[1]
    with store.session() as session:
        made = concerns.create_concern(
            session, ConcernDraft(title="Storing", description="Valt uit", municipality_id=tiel)
        )
        concerns.add_support(session, made.id, culemborg)
        for day in (date(2025, 1, 10), date(2025, 3, 10)):
            held = sessions.create_session(session, f"Overleg {day}", day)
            sessions.set_attendance(session, held.id, tiel, True)
    view = _view(window)
    view.refresh()
    assert view.members_proxy.rowCount() == 5
    names = [view.members_proxy.index(r, 0).data() for r in range(5)]
    assert names == sorted(names, key=str.casefold)
    tiel_row = _row(view, "Tiel")
    assert tiel_row[1] == "42.370" and tiel_row[2] == "20.000–50.000"
    assert tiel_row[3] == "2 van 2" and tiel_row[4] == "1" and tiel_row[5] == "0"
    assert _row(view, "Culemborg")[5] == "1"
    assert _row(view, "'s-Hertogenbosch")[2] == "≥ 100.000"


def test_add_edit_and_erase_a_contact(
    window: MainWindow, store: Store, region_ids: list[str], qtbot: object, monkeypatch: object
) -> None:
    view = _view(window)
    view.select("m", region_ids[0])
    assert "Tiel" in view.contacts_panel.title.text()
    assert view.no_contacts.isVisible()

    def fill_new(dialog: object) -> None:
        assert isinstance(dialog, PersonDialog)
        assert dialog.works_for.currentData() == f"m:{region_ids[0]}"
        dialog.name.setText("Fatma Yılmaz")
        dialog.function_title.setText("I&A-coördinator")
        dialog.email.setText("f.yilmaz@tiel.nl")
        dialog.accept()

    answer_dialog(fill_new)
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.contacts.topLevelItemCount() == 1
    item = view.contacts.topLevelItem(0)
    assert item.text(0) == "Fatma Yılmaz" and "I&A-coördinator" in item.text(1)
    assert _row(view, "Tiel")[7] == "1"

    def refuse_then_fix(dialog: object) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.email.setText("niet-goed")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible() and "geen e-mailadres" in dialog.error.text()
        dialog.email.setText("fatma@tiel.nl")
        dialog.accept()

    answer_dialog(refuse_then_fix)
    view.contacts.setCurrentItem(view.contacts.topLevelItem(0))
    QTest.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    assert view.contacts.topLevelItem(0).text(2) == "fatma@tiel.nl"
    person_id = view.current_person_id()

    asked: list[str] = []

    def confirm(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)  # type: ignore[attr-defined]
    QTest.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert asked and "Fatma Yılmaz" in asked[0] and "niet ongedaan" in asked[0]
    assert view.contacts.topLevelItemCount() == 0
    with store.reader() as session:
        erased = session.get(persons.models.Person, person_id)
        assert erased is not None and erased.erased_at is not None and erased.name == ""


def test_erase_asks_first_and_cancel_keeps_the_contact(
    window: MainWindow, store: Store, region_ids: list[str], monkeypatch: object
) -> None:
    with store.session() as session:
        persons.create_person(session, "Kees Kaas", municipality_id=region_ids[1], role="ciso")
    view = _view(window)
    view.refresh()
    view.select("m", region_ids[1])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)  # type: ignore[attr-defined]
    view.erase_person()
    assert view.contacts.topLevelItemCount() == 1
    assert view.contacts.topLevelItem(0).text(1) == "CISO"


def test_contacts_per_organisation(window: MainWindow, store: Store, region_ids: list[str]) -> None:
    view = _view(window)
    view.tabs.setCurrentIndex(1)
    names = [view.organisations_proxy.index(r, 0).data() for r in range(view.organisations_proxy.rowCount())]
    assert any("Centric" in n for n in names) and any("PinkRoccade" in n for n in names)
    assert view.organisations_proxy.index(0, 1).data() == "Gebruikersvereniging"
    centric = next(n for n in names if "Centric" in n)
    view.search.setText("Centric")
    assert view.organisations_proxy.rowCount() == 1
    view.organisations.selectRow(0)
    assert centric in view.contacts_panel.title.text()
    assert view.add_button.isEnabled()
