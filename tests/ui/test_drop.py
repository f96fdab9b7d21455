"""Files dropped on the main window: a workbook opens the import preview; other files get a clear message."""

from __future__ import annotations

from pathlib import Path

from exchange_helpers import Dialogs, counts, demo_store_fixture, dialogs_fixture, settle, top_dialog  # noqa: F401
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from delegate_app.core.store import Store
from delegate_app.ui.exchange.import_dialog import ImportDialog
from delegate_app.ui.exchange.preview_model import COLUMNS
from delegate_app.ui.main_window import MainWindow


def files_mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(window: MainWindow, mime: QMimeData) -> tuple[bool, bool]:
    """Drag `mime` onto the window and drop it; whether the enter and the drop were accepted."""
    at = QPointF(window.width() / 2, window.height() / 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(at, Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted(), dropped.isAccepted()


def intake_workbook(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["gemeente", "titel", "omschrijving", "urgentie"])
    sheet.append(
        ["Súdwest-Fryslân", "Glasvezel buitengebied ontbreekt", "Boeren kunnen niet digitaal melden.", 4]
    )
    sheet.append(["Harlingen", "Haven-ICT & cyber", "Havenbedrijf <deelt> geen logging.", 3])
    workbook.save(path)
    return path


def test_dropping_an_xlsx_opens_the_import_preview(
    demo_store: Store, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = intake_workbook(tmp_path / "ingevuld.xlsx")
    before = counts(demo_store)
    assert window.acceptDrops()
    entered, dropped = drop(window, files_mime(path))
    assert entered and dropped
    settle()
    dialog = top_dialog(ImportDialog, window)
    assert dialog is not None, "the import dialog opened"
    assert dialog.path == path and dialog.file_field.text().endswith("ingevuld.xlsx")
    titles = [dialog.model.index(r, COLUMNS.index("title")).data() for r in range(dialog.model.rowCount())]
    assert titles == ["Glasvezel buitengebied ontbreekt", "Haven-ICT & cyber"]
    assert dialog.import_button.isEnabled()
    assert counts(demo_store) == before, "dropping only previews"
    dialog.reject()


def test_other_files_get_a_clear_message(
    demo_store: Store, window: MainWindow, dialogs: Dialogs, tmp_path: Path
) -> None:
    letter = tmp_path / "brief.pdf"
    letter.write_bytes(b"%PDF-1.4\n")
    entered, dropped = drop(window, files_mime(letter))
    assert entered and dropped
    settle()
    assert top_dialog(ImportDialog, window) is None
    (message,) = dialogs.texts("information")
    assert "brief.pdf" in message and ".xlsx" in message and ".regiostem" in message


def test_a_drag_without_files_is_not_taken(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("zomaar wat tekst")
    entered, _dropped = drop(window, mime)
    assert not entered
