"""The preview window: a PDF shown inside the app (QtPdf), with page navigation, zoom, print and open elsewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMargins,
    QModelIndex,
    QObject,
    QPointF,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QWheelEvent
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from delegate_app.ui.context import AppContext
from delegate_app.ui.documents.printing import chosen_pages, print_pages
from delegate_app.ui.icons import app_icon, icon

GEOMETRY_KEY = "preview/geometry"
FIT_WIDTH = "width"
FIT_PAGE = "page"
# The zoom steps Ctrl++ and Ctrl+- walk through, as factors of the page's real size.
ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]


class PdfPreviewWindow(QMainWindow):
    """One PDF file in its own window; `document`, `view` and `navigator` are QtPdf's own objects."""

    def __init__(self, path: Path, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pdfPreview")
        self.setWindowIcon(app_icon())
        self.ctx = ctx
        self.path = Path(path)
        self.printer: QPrinter | None = None  # kept, so the next print starts from the same choices

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(14)
        self.view.setDocumentMargins(QMargins(18, 18, 18, 18))
        self.view.setStyleSheet("QPdfView { background: palette(dark); border: none; }")
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.viewport().installEventFilter(self)
        self.navigator = self.view.pageNavigator()

        self.bookmarks = QPdfBookmarkModel(self)
        self.bookmarks.setDocument(self.document)
        self.outline = QTreeView(self)
        self.outline.setObjectName("pdfOutline")
        self.outline.setModel(self.bookmarks)
        self.outline.setHeaderHidden(True)
        self.outline.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.outline.setUniformRowHeights(True)
        self.outline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.outline.setStyleSheet("QTreeView { border: none; } QTreeView::item { padding: 3px 2px; }")
        self.outline.activated.connect(self._outline_activated)
        self.outline.clicked.connect(self._outline_activated)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.outline)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([250, 850])
        self.setCentralWidget(split)

        self._build_actions()
        self._build_toolbar()
        self.pages_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.pages_label)

        self.navigator.currentPageChanged.connect(self._page_changed)
        self.view.zoomModeChanged.connect(lambda *_: self._zoom_changed())
        self.view.zoomFactorChanged.connect(lambda *_: self._zoom_changed())
        if ctx is not None:
            ctx.language_changed.connect(self.retranslate)
            geometry = ctx.settings.value(GEOMETRY_KEY)
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            else:
                self.resize(1100, 900)
        else:
            self.resize(1100, 900)
        self.retranslate()

    # ------------------------------------------------------------------ building

    def _action(self, name: str, slot: object, *keys: QKeySequence | str) -> QAction:
        action = QAction(icon(name), "", self)
        action.setShortcuts([k if isinstance(k, QKeySequence) else QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.first_action = self._action("page-first", self.first_page, "Home", "Ctrl+Home")
        self.previous_action = self._action("page-previous", self.previous_page, "PgUp")
        self.next_action = self._action("page-next", self.next_page, "PgDown")
        self.last_action = self._action("page-last", self.last_page, "End", "Ctrl+End")
        self.zoom_in_action = self._action(
            "zoom-in", self.zoom_in, QKeySequence(QKeySequence.StandardKey.ZoomIn), "Ctrl+="
        )
        self.zoom_out_action = self._action(
            "zoom-out", self.zoom_out, QKeySequence(QKeySequence.StandardKey.ZoomOut)
        )
        self.fit_width_action = self._action("zoom-fit-width", self.fit_width, "Ctrl+0")
        self.print_action = self._action(
            "print", self.print_document, QKeySequence(QKeySequence.StandardKey.Print)
        )
        self.external_action = self._action("open-external", self.open_external, "Ctrl+Shift+O")
        self.folder_action = self._action("folder-open", self.open_folder)
        self.close_action = QAction(self)
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Esc")])
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("previewToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.toolbar = bar
        bar.addAction(self.first_action)
        bar.addAction(self.previous_action)
        self.page_label = QLabel(self)
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, 1)
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box.setMinimumWidth(52)
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_label.setBuddy(self.page_box)
        self.of_label = QLabel(self)
        for widget in (self.page_label, self.page_box, self.of_label):
            bar.addWidget(widget)
        self.page_label.setContentsMargins(8, 0, 4, 0)
        self.of_label.setContentsMargins(4, 0, 8, 0)
        bar.addAction(self.next_action)
        bar.addAction(self.last_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        self.zoom_box = QComboBox(self)
        self.zoom_box.setMinimumContentsLength(12)
        self.zoom_box.activated.connect(self._zoom_chosen)
        bar.addWidget(self.zoom_box)
        bar.addAction(self.zoom_in_action)
        bar.addAction(self.fit_width_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        bar.addWidget(spacer)
        for action in (self.print_action, self.external_action, self.folder_action):
            bar.addAction(action)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                # Reachable by Tab too, not only by the shortcuts.
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                if action in (self.print_action, self.external_action, self.folder_action):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)

    # ------------------------------------------------------------------ language

    def retranslate(self, *_: object) -> None:
        self.setWindowTitle(self.tr("{name} — Preview").format(name=self.path.name))
        self.toolbar.setWindowTitle(self.tr("Preview tools"))
        for action, text, tip in (
            (self.first_action, self.tr("First page"), "Home"),
            (self.previous_action, self.tr("Previous page"), "PgUp"),
            (self.next_action, self.tr("Next page"), "PgDn"),
            (self.last_action, self.tr("Last page"), "End"),
            (self.zoom_out_action, self.tr("Zoom out"), "Ctrl+-"),
            (self.zoom_in_action, self.tr("Zoom in"), "Ctrl++"),
            (self.fit_width_action, self.tr("Fit to width"), "Ctrl+0"),
            (self.print_action, self.tr("Print…"), "Ctrl+P"),
            (self.external_action, self.tr("Open in PDF viewer"), "Ctrl+Shift+O"),
            (self.folder_action, self.tr("Open folder"), ""),
        ):
            action.setText(text)
            action.setToolTip(f"{text} ({tip})" if tip else text)
            button = self.toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(text)
        self.close_action.setText(self.tr("Close"))
        self.page_label.setText(self.tr("&Page"))
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter"))
        self.zoom_box.setAccessibleName(self.tr("Zoom"))
        self.outline.setAccessibleName(self.tr("Contents of the document"))
        self.view.setAccessibleName(self.tr("Page view"))
        self.zoom_box.blockSignals(True)
        self.zoom_box.clear()
        self.zoom_box.addItem(self.tr("Page width"), FIT_WIDTH)
        self.zoom_box.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOM_STEPS:
            self.zoom_box.addItem(f"{round(factor * 100)}%", factor)
        self.zoom_box.blockSignals(False)
        self.zoom_box.view().setAccessibleName(self.zoom_box.accessibleName())
        self._page_changed(self.navigator.currentPage())
        self._zoom_changed()

    # ------------------------------------------------------------------ loading

    def load(self) -> str:
        """Open the file; returns a problem in words, or an empty string."""
        self.view.setDocument(self.document)
        error = self.document.load(str(self.path))
        if error != QPdfDocument.Error.None_:
            return self.tr("{name} cannot be shown: {problem}").format(
                name=self.path.name, problem=_describe(error)
            )
        count = self.document.pageCount()
        self.page_box.setRange(1, max(count, 1))
        self.outline.setVisible(self.bookmarks.rowCount() > 0)
        self.statusBar().showMessage(display_path(self.path))
        self.statusBar().setToolTip(str(self.path))
        self._page_changed(0)
        return ""

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def current_page(self) -> int:
        """0-based, as QtPdf counts."""
        return int(self.navigator.currentPage())

    # ------------------------------------------------------------------ navigation

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = min(max(page, 0), count - 1)
        self.navigator.jump(page, QPointF(), self.navigator.currentZoom())
        self._page_changed(page)

    def first_page(self) -> None:
        self.go_to_page(0)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def last_page(self) -> None:
        self.go_to_page(self.page_count() - 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.of_label.setText(self.tr("of {count}").format(count=count))
        self.pages_label.setText(self.tr("Page {page} of {count}").format(page=page + 1, count=count))
        self.first_action.setEnabled(page > 0)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < count - 1)
        self.last_action.setEnabled(page < count - 1)

    def _outline_activated(self, index: QModelIndex) -> None:
        page = index.data(QPdfBookmarkModel.Role.Page)
        if isinstance(page, int):
            self.go_to_page(page)

    # ------------------------------------------------------------------ zoom

    def zoom_factor(self) -> float:
        """The real scale of the page now, also when it is fitted to the width or the window."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return float(self.view.zoomFactor())
        size = self.document.pagePointSize(max(self.current_page(), 0))
        if size.width() <= 0:
            return 1.0
        margins = self.view.documentMargins()
        screen = self.logicalDpiX() / 72
        width = (self.view.viewport().width() - margins.left() - margins.right()) / (size.width() * screen)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            height = (self.view.viewport().height() - margins.top() - margins.bottom()) / (
                size.height() * screen
            )
            return min(width, height)
        return width

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, MIN_ZOOM), MAX_ZOOM))

    def zoom_in(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((step for step in ZOOM_STEPS if step > now * 1.01), MAX_ZOOM))

    def zoom_out(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < now * 0.99), MIN_ZOOM))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _zoom_chosen(self, row: int) -> None:
        choice = self.zoom_box.itemData(row)
        if choice == FIT_WIDTH:
            self.fit_width()
        elif choice == FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.set_zoom(float(choice))

    def _zoom_changed(self) -> None:
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.FitToWidth:
            wanted: object = FIT_WIDTH
        elif mode == QPdfView.ZoomMode.FitInView:
            wanted = FIT_PAGE
        else:
            wanted = min(ZOOM_STEPS, key=lambda step: abs(step - self.view.zoomFactor()))
        self.zoom_box.blockSignals(True)
        self.zoom_box.setCurrentIndex(max(self.zoom_box.findData(wanted), 0))
        self.zoom_box.blockSignals(False)
        factor = self.zoom_factor()
        self.zoom_in_action.setEnabled(factor < MAX_ZOOM * 0.99)
        self.zoom_out_action.setEnabled(factor > MIN_ZOOM * 1.01)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl + mouse wheel zooms, as in every document viewer.
        if isinstance(event, QWheelEvent) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ print and open elsewhere

    def print_document(self) -> int:
        """The print dialog, then every chosen page rendered onto the printer; returns the pages printed."""
        count = self.page_count()
        if count == 0:
            return 0
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer = self.printer
        printer.setDocName(self.path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {name}").format(name=self.path.name))
        dialog.setMinMax(1, count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        pages = chosen_pages(printer, count, self.current_page())
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setWindowTitle(self.tr("Print"))
        progress.setAccessibleName(self.tr("Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr("Printing page {done} of {total}…").format(done=done, total=total))
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_pages(self.document, printer, pages, step)
        finally:
            QApplication.restoreOverrideCursor()
            progress.deleteLater()
        if printed:
            self.statusBar().showMessage(
                self.tr("Pages sent to the printer: {count}.").format(count=printed), 6000
            )
        return printed

    def open_external(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            QMessageBox.warning(
                self,
                self.tr("Open in PDF viewer"),
                self.tr("No program to open {name} was found on this computer.").format(name=self.path.name),
            )

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx is not None:
            self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        # Detaching waits for a page being rendered on the view's thread; then closing is safe.
        self.view.setDocument(None)
        self.document.close()
        super().closeEvent(event)


def display_path(path: Path) -> str:
    """The path as a user reads it: their home folder shortened to ~ (as file managers and shells do)."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except ValueError:
        return str(path)


def _describe(error: QPdfDocument.Error) -> str:
    texts = {
        QPdfDocument.Error.FileNotFound: QCoreApplication.translate(
            "PdfPreviewWindow", "the file does not exist"
        ),
        QPdfDocument.Error.InvalidFileFormat: QCoreApplication.translate(
            "PdfPreviewWindow", "it is not a valid PDF"
        ),
        QPdfDocument.Error.IncorrectPassword: QCoreApplication.translate(
            "PdfPreviewWindow", "it is protected by a password"
        ),
        QPdfDocument.Error.UnsupportedSecurityScheme: QCoreApplication.translate(
            "PdfPreviewWindow", "it is protected in a way that cannot be opened"
        ),
    }
    return texts.get(error, QCoreApplication.translate("PdfPreviewWindow", "the file cannot be read"))


def open_preview(
    path: Path, ctx: AppContext | None = None, parent: QWidget | None = None
) -> PdfPreviewWindow | None:
    """Show `path` in a new preview window (deleted when closed); None after telling the user it cannot open."""
    window = PdfPreviewWindow(path, ctx, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    problem = window.load()
    if problem:
        window.deleteLater()
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPreviewWindow", "Preview"), problem)
        return None
    window.show()
    window.raise_()
    window.activateWindow()
    window.view.setFocus()
    return window
