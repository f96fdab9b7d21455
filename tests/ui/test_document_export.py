"""The export dialog on the demo region: real PDFs written off the GUI thread, parsed back with pypdf.

Only the operating system's file dialog is answered by the test (QFileDialog.getSaveFileName);
everything else is the real dialog, the real worker thread and the real builders.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from pdf_helpers import flat, page_texts
from test_accessibility import problems
from ui_helpers import define_region

from delegate_app.core import i18n, models
from delegate_app.core.services import meetings
from delegate_app.core.services.demo import fill_demo
from delegate_app.core.store import Store
from delegate_app.ui.documents.actions import DocumentActions, MeetingDocumentButtons
from delegate_app.ui.documents.export_dialog import DocumentExportDialog
from delegate_app.ui.documents.export_job import (
    BRIEFING,
    LAST_FOLDER_KEY,
    REPORT_BACK,
    SECTIONS,
    load_choices,
)
from delegate_app.ui.ops import wait_for_all


@pytest.fixture
def demo(store: Store) -> Store:
    assert fill_demo(store)
    return store


class SaveAs(list[tuple[Any, ...]]):
    """The calls made to the save dialog; it answers with `answers`, in turn ("" is the user cancelling)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []

    def __call__(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.append(args)
        return (self.answers.pop(0) if self.answers else "", "")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An empty folder for the documents (the store lives elsewhere in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> SaveAs:
    answering = SaveAs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answering))
    return answering


def _dialog(
    qtbot: Any, ctx: Any, kind: str = BRIEFING, meeting_id: str | None = None
) -> DocumentExportDialog:
    dialog = DocumentExportDialog(ctx, kind, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot: Any, dialog: DocumentExportDialog, save_as: SaveAs, path: Path | str) -> None:
    save_as.answers.append(str(path))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert wait_for_all(20_000)


def _press(qtbot: Any, control: Any) -> None:
    """Toggle a check box or radio button the way a keyboard user does."""
    control.setFocus()
    qtbot.keyClick(control, Qt.Key.Key_Space)


def _agenda_titles(store: Store, meeting_id: str) -> list[str]:
    with store.reader() as session:
        return [item.title for item in meetings.agenda_items(session, meeting_id)]


def _confidential_titles(store: Store) -> list[str]:
    with store.reader() as session:
        rows = session.exec(
            select(models.Concern.title).where(
                models.Concern.confidentiality == models.Confidentiality.CONFIDENTIAL.value,
                models.Concern.deleted_at == None,  # noqa: E711
            )
        ).all()
    assert rows, "the demo holds confidential concerns"
    return list(rows)


def test_briefing_pack_of_the_next_meeting_holds_its_agenda(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    chosen = dialog.meeting_choice()
    assert chosen is not None and chosen.is_next
    assert not dialog.confidential.isChecked()
    assert dialog.confidential_warning.isHidden()

    _export(qtbot, dialog, save_as, out / "dossier")  # typed without .pdf

    written = out / "dossier.pdf"
    assert dialog.written is not None and dialog.written.path == written
    texts = page_texts(written)
    assert dialog.written.pages == len(texts) > 3
    whole = flat(" ".join(texts))
    for title in _agenda_titles(demo, chosen.id):
        assert flat(title) in whole
    assert not any("VERTROUWELIJK" in text for text in texts)
    assert not any(title in whole for title in _confidential_titles(demo))
    assert dialog.banner.tone == "success" and written.name in dialog.banner.text()
    assert dialog.preview_button.isVisible() and dialog.folder_button.isVisible()

    # The folder is remembered for the next document.
    assert ctx.settings.value(LAST_FOLDER_KEY) == str(out)
    second = _dialog(qtbot, ctx)
    save_as.answers.append("")  # the user cancels the file dialog: nothing happens
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert Path(save_as[-1][2]).parent == out
    assert Path(save_as[-1][2]).suffix == ".pdf"
    assert second.written is None and second.banner.tone != "error"


def test_confidential_concerns_only_when_chosen_and_then_every_page_is_marked(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    _press(qtbot, dialog.confidential)
    assert dialog.confidential.isChecked()
    assert dialog.confidential_warning.isVisible()
    assert "VERTROUWELIJK" in dialog.confidential_warning.text()

    _export(qtbot, dialog, save_as, out / "vertrouwelijk.pdf")

    texts = page_texts(out / "vertrouwelijk.pdf")
    assert texts and all("VERTROUWELIJK" in text for text in texts)
    whole = flat(" ".join(texts))
    assert any(flat(title) in whole for title in _confidential_titles(demo))


def test_cancel_writes_nothing_and_the_dialog_works_on(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    save_as.answers.append(str(out / "dossier.pdf"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.op is not None and dialog.op.running
    assert not dialog.save_button.isEnabled()
    # The Cancel button of the progress dialog, pressed while the pack is being made.
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    progress.findChild(QPushButton).click()
    assert wait_for_all(20_000)

    assert list(out.iterdir()) == []  # no PDF, no half-written temporary file
    assert dialog.written is None
    assert dialog.banner.tone == "info"
    assert dialog.save_button.isEnabled()

    _export(qtbot, dialog, save_as, out / "dossier.pdf")
    assert (out / "dossier.pdf").exists()


def test_report_back_for_one_municipality(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx, REPORT_BACK)
    chosen = dialog.meeting_choice()
    assert chosen is not None and chosen.is_last and chosen.outcomes == chosen.items
    assert dialog.banner.tone == ""  # every outcome recorded: nothing to warn about
    assert not dialog.municipality.isEnabled()
    _press(qtbot, dialog.municipality_radio)
    assert dialog.municipality.isEnabled()
    dialog.municipality.setCurrentIndex(dialog.municipality.findText("Ameland"))
    assert dialog.municipality_code() == "GM0060"

    _export(qtbot, dialog, save_as, out / "ameland.pdf")

    whole = flat(" ".join(page_texts(out / "ameland.pdf")))
    assert "Ameland" in whole
    for title in _agenda_titles(demo, chosen.id):
        assert flat(title) in whole


def test_report_back_before_any_outcome_is_allowed_with_a_warning(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx, REPORT_BACK)
    upcoming = next(m for m in dialog.choices.meetings if m.is_next)
    assert upcoming.outcomes == 0
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(upcoming.id))
    assert dialog.banner.tone == "warning"
    assert dialog.save_button.isEnabled()
    _export(qtbot, dialog, save_as, out / "vroeg.pdf")
    assert (out / "vroeg.pdf").exists()


def test_english_document_without_the_contacts_leaves_the_interface_dutch(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    _press(qtbot, dialog.section_boxes["contacts"])
    assert "contacts" not in dialog.sections()

    _export(qtbot, dialog, save_as, out / "pack.pdf")

    whole = flat(" ".join(page_texts(out / "pack.pdf")))
    assert "Briefing pack" in whole and "Vergaderdossier" not in whole
    assert "Annex B" in whole and "Annex C" not in whole
    assert i18n.current_language() == "nl"  # the worker set English for its own thread only


def test_the_parts_are_the_builders_parts() -> None:
    from delegate_app.documents.briefing import SECTIONS as BUILDER_SECTIONS

    assert tuple(key for key, _ in SECTIONS) == BUILDER_SECTIONS


def test_what_cannot_be_done_is_refused_with_the_reason(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)

    for box in dialog.section_boxes.values():
        box.setChecked(False)
    assert not dialog.save_button.isEnabled() and dialog.banner.tone == "error"
    dialog.section_boxes["agenda"].setChecked(True)
    assert dialog.save_button.isEnabled()

    missing = out / "no-such-folder" / "dossier.pdf"
    _export(qtbot, dialog, save_as, missing)
    assert dialog.banner.tone == "error" and str(missing.parent) in dialog.banner.text()
    assert not missing.parent.exists()

    folder = out / "taken.pdf"
    folder.mkdir()
    _export(qtbot, dialog, save_as, folder)
    assert dialog.banner.tone == "error" and str(folder) in dialog.banner.text()
    assert dialog.written is None


def test_a_failing_build_writes_nothing_and_says_why(
    demo: Store, ctx: Any, qtbot: Any, save_as: SaveAs, out: Path
) -> None:
    dialog = _dialog(qtbot, ctx)
    chosen = dialog.meeting_choice()
    assert chosen is not None
    with demo.session() as session:  # the meeting goes while the dialog is open
        meetings.delete_meeting(session, chosen.id)

    _export(qtbot, dialog, save_as, out / "weg.pdf")

    assert list(out.iterdir()) == []
    assert dialog.banner.tone == "error"
    assert all(m.id != chosen.id for m in dialog.choices.meetings)  # the list was read again
    _export(qtbot, dialog, save_as, out / "ander.pdf")
    assert (out / "ander.pdf").exists()


def test_without_a_meeting_nothing_can_be_made(store: Store, ctx: Any, qtbot: Any, save_as: SaveAs) -> None:
    define_region(store)
    dialog = _dialog(qtbot, ctx)
    assert dialog.meeting.count() == 0
    assert dialog.banner.tone == "error"
    assert not dialog.save_button.isEnabled()
    dialog.export()
    assert save_as == []  # not even the file dialog


def test_every_control_is_named_and_reachable(demo: Store, ctx: Any, qtbot: Any) -> None:
    dialog = _dialog(qtbot, ctx)
    _press(qtbot, dialog.confidential)
    found = problems(dialog)
    dialog.report_radio.setChecked(True)
    dialog.municipality_radio.setChecked(True)
    found += problems(dialog)
    assert not found, "\n".join(found)


def test_menu_and_meeting_view_open_the_dialog_for_the_meeting_on_screen(
    demo: Store, window: Any, qtbot: Any
) -> None:
    view = window.show_view("landelijk-beraad")
    last = next(m for m in load_choices(demo).meetings if m.is_last)
    view.show_meeting(last.id)

    assert len(window.findChildren(DocumentActions)) == 1  # one Ctrl+P, not two ambiguous ones
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(DocumentExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind() == BRIEFING and dialog.meeting.currentData() == last.id
    dialog.close()

    row = view.findChild(MeetingDocumentButtons)
    qtbot.mouseClick(row.report_button, Qt.MouseButton.LeftButton)
    opened = [d for d in window.findChildren(DocumentExportDialog) if d.isVisible()]
    assert len(opened) == 1 and opened[0].kind() == REPORT_BACK
    assert opened[0].meeting.currentData() == last.id
    opened[0].close()
