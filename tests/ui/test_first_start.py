"""First start: from an empty store to a defined region and user, by keyboard and by mouse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWizard

from delegate_app.core.services import region
from delegate_app.core.store import Store
from delegate_app.ui.app import needs_first_start
from delegate_app.ui.first_start import FirstStartWizard


def _type(widget: object, text: str) -> None:
    QTest.keyClicks(widget, text)  # type: ignore[arg-type]


def test_first_start_by_keyboard_only(ctx: object, store: Store, qtbot: object) -> None:
    assert needs_first_start(ctx)  # type: ignore[arg-type]
    wizard = FirstStartWizard(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    qtbot.waitExposed(wizard)  # type: ignore[attr-defined]
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    wizard.region_page.name.setFocus()
    assert not next_button.isEnabled()
    _type(wizard.region_page.name, "Regio Betuwe & Bommel")
    QTest.keyClick(wizard.region_page.name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.members_page

    picker = wizard.members_page.picker
    qtbot.waitUntil(lambda: picker.search.hasFocus())  # type: ignore[attr-defined]
    assert not next_button.isEnabled()
    for typed in ("Tiel", "culemb", "sudwest", "'s-Herto"):
        _type(picker.search, typed)
        QTest.keyClick(picker.search, Qt.Key.Key_Return)
        QTest.keyClick(picker.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert "4 gemeenten gekozen" in picker.summary.text()
    assert next_button.isEnabled()
    # Down moves into the list; Space unticks; Enter then goes on to the next page.
    picker.search.clear()
    _type(picker.search, "Tiel")
    QTest.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.list.hasFocus()
    QTest.keyClick(picker.list, Qt.Key.Key_Space)
    assert "3 gemeenten gekozen" in picker.summary.text()
    QTest.keyClick(picker.list, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.self_page

    page = wizard.self_page
    qtbot.waitUntil(lambda: page.name.hasFocus())  # type: ignore[attr-defined]
    _type(page.name, "Jan de Boer")
    QTest.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.role.hasFocus()
    QTest.keyClick(page.role, Qt.Key.Key_Down)
    QTest.keyClick(page.role, Qt.Key.Key_Tab)
    _type(page.email, "jan@example.nl")
    QTest.keyClick(page.email, Qt.Key.Key_Return)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted

    with store.reader() as session:
        found = region.get_region(session)
        assert found is not None and found.name == "Regio Betuwe & Bommel"
        names = sorted(m.name for m in region.member_municipalities(session))
        me = region.self_person(session)
    assert names == ["'s-Hertogenbosch", "Culemborg", "Súdwest-Fryslân"]
    assert me is not None and me.name == "Jan de Boer" and me.email == "jan@example.nl"
    assert me.role == "plaatsvervanger"
    assert not needs_first_start(ctx)  # type: ignore[arg-type]


def _click_check(view: object, row: int) -> None:
    """Click the check box of `row` with the mouse, where the style draws it."""
    index = view.model().index(row, 0)  # type: ignore[attr-defined]
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # type: ignore[attr-defined]
    option.rect = view.visualRect(index)  # type: ignore[attr-defined]
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)  # type: ignore[attr-defined]
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box.center())  # type: ignore[attr-defined]


def test_first_start_by_mouse_with_the_province_filter(ctx: object, store: Store, qtbot: object) -> None:
    wizard = FirstStartWizard(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    qtbot.waitExposed(wizard)  # type: ignore[attr-defined]
    wizard.region_page.name.setText("Regio Zeeland")
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    picker = wizard.members_page.picker
    picker.province.setCurrentIndex(picker.province.findData("Zeeland"))
    visible = picker.visible_names()
    assert "Middelburg (Z.)" in visible and "Tiel" not in visible and len(visible) == 13
    for row in range(3):
        _click_check(picker.list, row)
    assert "3 gemeenten gekozen" in picker.summary.text()
    QTest.mouseClick(
        picker.only_checked, Qt.MouseButton.LeftButton, pos=QPoint(4, picker.only_checked.height() // 2)
    )
    assert picker.visible_names() == visible[:3]
    QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    wizard.self_page.name.setText("Piet Zeeuw")
    QTest.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    with store.reader() as session:
        members = sorted(m.name for m in region.member_municipalities(session))
    assert members == sorted(visible[:3])


def test_cancelling_leaves_no_trace(ctx: object, store: Store, qtbot: object) -> None:
    wizard = FirstStartWizard(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)  # type: ignore[attr-defined]
    wizard.show()
    wizard.region_page.name.setText("Regio Half")
    wizard.next()
    wizard.members_page.picker.toggle_first_match()
    QTest.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.result() == QWizard.DialogCode.Rejected
    with store.reader() as session:
        assert region.get_region(session) is None
    assert QApplication.activeModalWidget() is None
