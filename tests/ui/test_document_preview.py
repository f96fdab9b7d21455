"""The preview window on a real briefing pack: page count, keyboard navigation, zoom, print, open elsewhere."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))

from pdf_helpers import reader, xobject_subtypes
from test_accessibility import problems

from delegate_app.core.services.demo import fill_demo
from delegate_app.core.services.documents_data import briefing_data
from delegate_app.core.store import open_store
from delegate_app.ui.documents.preview import PdfPreviewWindow, open_preview


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's briefing pack, built once for the module."""
    from delegate_app.documents.briefing import build_briefing

    folder = tmp_path_factory.mktemp("preview")
    with open_store(folder / "store") as store:
        fill_demo(store)
        data = briefing_data(store, "next")
    path = folder / "dossier.pdf"
    build_briefing(data, path)
    return path


@pytest.fixture
def preview(pack: Path, qtbot: Any) -> Iterator[PdfPreviewWindow]:
    window = open_preview(pack)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window


def test_the_preview_shows_every_page_of_the_file(preview: PdfPreviewWindow, pack: Path) -> None:
    pages = len(reader(pack).pages)
    assert pages > 3
    assert preview.page_count() == pages
    assert preview.page_box.maximum() == pages and preview.page_box.value() == 1
    assert str(pages) in preview.of_label.text()
    assert preview.bookmarks.rowCount() > 0  # the pack's outline, to jump to an agenda item
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_keyboard_walks_the_pages(preview: PdfPreviewWindow, qtbot: Any) -> None:
    last = preview.page_count() - 1
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 1 and preview.page_box.value() == 2
    qtbot.keyClick(preview.view, Qt.Key.Key_End)
    assert preview.current_page() == last
    assert not preview.next_action.isEnabled()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
    assert preview.current_page() == last - 1
    qtbot.keyClick(preview.view, Qt.Key.Key_Home)
    assert preview.current_page() == 0
    assert not preview.previous_action.isEnabled()

    # Type a page number and press Enter.
    preview.page_box.setFocus()
    preview.page_box.selectAll()
    qtbot.keyClicks(preview.page_box, "4")
    qtbot.keyClick(preview.page_box, Qt.Key.Key_Return)
    assert preview.current_page() == 3
    assert "4" in preview.pages_label.text()


def test_zoom_in_out_and_fit_width(preview: PdfPreviewWindow, qtbot: Any) -> None:
    fitted = preview.zoom_factor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    larger = preview.view.zoomFactor()
    assert larger > fitted
    assert preview.zoom_box.currentText() == f"{round(larger * 100)}%"
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() < larger
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.zoom_box.currentData() == "width"


def _accept_print_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted.value)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_print_renders_every_page_onto_the_printer(
    preview: PdfPreviewWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _accept_print_dialog(monkeypatch)
    target = tmp_path / "printed.pdf"
    preview.printer = _pdf_printer(target)
    qtbot.keyClick(preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert target.exists()
    assert len(reader(target).pages) == preview.page_count()
    assert "/Image" in xobject_subtypes(target)  # the pages were drawn, not left blank

    # A range chosen in the print dialog prints only those pages.
    ranged = tmp_path / "range.pdf"
    preview.printer = _pdf_printer(ranged)
    preview.printer.setPrintRange(QPrinter.PrintRange.PageRange)
    preview.printer.setFromTo(2, 3)
    assert preview.print_document() == 2
    assert len(reader(ranged).pages) == 2


def test_open_in_the_system_viewer(
    preview: PdfPreviewWindow, pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    preview.external_action.trigger()
    preview.folder_action.trigger()
    assert [Path(url.toLocalFile()) for url in opened] == [pack, pack.parent]


def test_a_damaged_file_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app: Any
) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: said.append(args[2])))
    assert open_preview(broken) is None
    assert said and "kapot.pdf" in said[0]


def test_every_control_is_named_and_reachable(preview: PdfPreviewWindow) -> None:
    found = problems(preview)
    assert not found, "\n".join(found)


def test_the_pack_text_is_what_the_preview_shows(preview: PdfPreviewWindow, pack: Path) -> None:
    """QtPdf reads the same text as pypdf: the preview shows our document, not a blank one."""
    first = preview.document.getAllText(0).text()
    assert first.split()[:3] == (reader(pack).pages[0].extract_text() or "").split()[:3]
