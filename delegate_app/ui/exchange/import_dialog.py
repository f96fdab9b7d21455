"""Importing concerns or a package: choose or drop a file, see what importing will do, then import it whole.

A .csv/.xlsx is checked into a preview first (every row, its problems named by
row and column, likely duplicates of concerns the store holds); "Importeren" is
enabled only when the file has no problem at all. A package is opened (with a
remembered key, else the passphrase) and summarised before it is merged. Reading,
checking and storing run off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core.errors import DelegateAppError
from delegate_app.core.exchange import importer
from delegate_app.core.exchange.importer import ImportPreview, ImportResult
from delegate_app.core.exchange.package import MergeReport
from delegate_app.core.exchange.transfer import OpenedPackage
from delegate_app.core.i18n import by_count
from delegate_app.core.services.taxonomy import ThemeIndex
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange import files
from delegate_app.ui.exchange.dialog_parts import action_buttons, heading_label
from delegate_app.ui.exchange.package_import import PackageOpener, merge_package, refusal_text, report_text
from delegate_app.ui.exchange.package_summary import PackageSummaryView
from delegate_app.ui.exchange.preview_model import (
    COLUMNS,
    ERROR,
    KIND_ROLE,
    MESSAGE,
    PreviewModel,
    ProblemsOnlyProxy,
    likely_duplicates,
)
from delegate_app.ui.ops import Job, Op

BANNER_STYLES = {
    "error": "QLabel#importBanner { background: #fde2e1; color: #7a1a14; border: 1px solid #f4b4ae;"
    " border-radius: 6px; padding: 8px 10px; }",
    "ok": "QLabel#importBanner { background: #e6f4ea; color: #14532d; border: 1px solid #b7dfc2;"
    " border-radius: 6px; padding: 8px 10px; }",
    "info": "QLabel#importBanner { background: #eef4fb; color: #1e3a5f; border: 1px solid #c8d9ee;"
    " border-radius: 6px; padding: 8px 10px; }",
}
COLUMN_WIDTHS = {"row": 48, "municipality": 150, "title": 260, "theme": 140, "urgency": 64, "impact": 56,
                 "confidentiality": 110}  # fmt: skip
PAGE_HINT, PAGE_TABLE, PAGE_PACKAGE = 0, 1, 2


def _read_preview(job: Job, path: Path) -> tuple[ImportPreview, dict[str, str]]:
    preview = importer.preview_file(job.store, path, with_duplicates=True)
    job.check()
    with job.store.reader() as session:
        themes = {t.id: t.label for t in ThemeIndex.load(session).themes}
    return preview, themes


class ImportDialog(QDialog):
    """Emits `imported(result)` with an ImportResult or a MergeReport once something was stored."""

    imported = Signal(object)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, packages_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.packages_only = packages_only
        self.setObjectName("importDialog")
        self.resize(980, 600)
        self.path: Path | None = None
        self.kind: str | None = None
        self.preview: ImportPreview | None = None
        self.opened: OpenedPackage | None = None
        self.busy = False

        self.heading = heading_label(1.25)
        self.file_label = QLabel()
        self.file_field = QLineEdit()
        self.file_field.setReadOnly(True)
        self.file_label.setBuddy(self.file_field)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label)
        file_row.addWidget(self.file_field, 1)
        file_row.addWidget(self.choose_button)

        self.banner = QLabel()
        self.banner.setObjectName("importBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: palette(placeholder-text); padding: 40px;")
        self.model = PreviewModel(self)
        self.proxy = ProblemsOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("importPreview")
        self.table.setModel(self.proxy)
        self._setup_table()
        self.proxy.modelReset.connect(self._span_problems)
        self.proxy.layoutChanged.connect(self._span_problems)
        self.proxy.rowsInserted.connect(self._span_problems)
        self.proxy.rowsRemoved.connect(self._span_problems)
        self.problems_only = QCheckBox()
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.problems_only)
        self.package_view = PackageSummaryView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.hint)
        self.pages.addWidget(table_page)
        self.pages.addWidget(self.package_view)

        self.buttons, self.import_button, self.close_button = action_buttons(self, "importButton")
        self.import_button.clicked.connect(self.start_import)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(file_row)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def _setup_table(self) -> None:
        t = self.table
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setWordWrap(False)
        t.setAlternatingRowColors(False)
        t.verticalHeader().hide()
        t.verticalHeader().setDefaultSectionSize(26)
        header = t.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(COLUMNS.index(column), width)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        t.setFrameShape(QFrame.Shape.StyledPanel)

    def retranslate(self, *_: object) -> None:
        title = self.tr("Import a package") if self.packages_only else self.tr("Import concerns")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        self.file_label.setText(self.tr("&File:"))
        self.file_field.setAccessibleName(self.tr("File to import"))
        self.file_field.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button.setText(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose a file to import"))
        self.hint.setText(
            self.tr("Choose a Regiostem package (.regiostem), or drop it on the main window.")
            if self.packages_only
            else self.tr(
                "Choose an Excel workbook (.xlsx), a CSV file or a Regiostem package, or drop it on the "
                "main window. You see what will be imported before anything is stored."
            )
        )
        self.table.setAccessibleName(self.tr("Rows of the file"))
        self.problems_only.setText(self.tr("Show only &problems and likely duplicates"))
        self.problems_only.setAccessibleName(self.tr("Show only problems and likely duplicates"))
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setAccessibleName(self.tr("Import"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.package_view.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.preview is not None:
            self._show_preview_banner(self.preview)

    # choosing a file ------------------------------------------------------------

    def choose_file(self) -> None:
        path = files.ask_open(self, self.ctx, self.windowTitle(), self.packages_only)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read and check `path`; the preview (or the refusal) shows when that is done."""
        if self.busy:
            return
        path = Path(path)
        self.path = path
        self.preview = None
        self.opened = None
        self.model.set_preview(None, {})
        self.file_field.setText(files.display_path(path))
        self.file_field.setToolTip(str(path))
        self.import_button.setEnabled(False)
        self.kind = files.file_kind(path)
        if self.kind is None or (self.packages_only and self.kind != files.PACKAGE):
            self._refuse(
                self.tr("{file}: this is not a file Regiostem can import; choose {accepted}.").format(
                    file=path.name, accepted=files.accepted_description()
                )
            )
            return
        self._set_busy(True)
        if self.kind == files.PACKAGE:
            self._set_banner("info", self.tr("Opening {file}…").format(file=path.name))
            PackageOpener(self, self.ctx, path, self._show_package, self._package_refused).start()
            return
        self._set_banner("info", self.tr("Checking {file}…").format(file=path.name))
        Op(
            self.ctx,
            lambda job: _read_preview(job, path),
            label=self.tr("Checking {file}…").format(file=path.name),
        ).success(self._preview_ready).failure(self._read_failed).cancelled(self._read_cancelled).run(self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    def _set_banner(self, style: str, text: str) -> None:
        self.banner.setStyleSheet(BANNER_STYLES[style])
        self.banner.setText(text)
        self.banner.setAccessibleName(text)
        self.banner.show()

    def _refuse(self, message: str) -> None:
        self._set_busy(False)
        self.pages.setCurrentIndex(PAGE_HINT)
        self._set_banner("error", message)
        self.import_button.setEnabled(False)

    # a table: preview ------------------------------------------------------------

    def _preview_ready(self, result: tuple[ImportPreview, dict[str, str]]) -> None:
        preview, themes = result
        self._set_busy(False)
        self.preview = preview
        self.model.set_preview(preview, themes)
        self.pages.setCurrentIndex(PAGE_TABLE)
        self._show_preview_banner(preview)
        self.import_button.setEnabled(self.can_import())
        if not preview.ok:
            self._select_first_problem()

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DelegateAppError | OSError) and self.path is not None:
            self._refuse(refusal_text(self.path, exc))
            return
        self._refuse(str(exc))
        from delegate_app.ui import errors

        errors.report(type(exc), exc, exc.__traceback__, parent=self)

    def _read_cancelled(self) -> None:
        self._refuse(self.tr("Checking the file was cancelled; nothing was imported."))

    def _show_preview_banner(self, preview: ImportPreview) -> None:
        if not preview.ok:
            text = by_count(
                len(preview.problems),
                self.tr("1 problem: nothing is imported until the file is corrected: {first}"),
                self.tr("{count} problems: nothing is imported until the file is corrected. First: {first}"),
            ).format(
                count=len(preview.problems),
                first=importer.describe_problem(preview.path, preview.problems[0]),
            )
            self._set_banner("error", text)
            return
        new = preview.new_rows
        lines = [
            self.tr("{file}: new concerns: {new}; already in the store: {present}.").format(
                file=preview.path.name, new=len(new), present=len(preview.rows) - len(new)
            )
        ]
        duplicates = sum(1 for r in new if likely_duplicates(r))
        if duplicates:
            lines.append(
                by_count(
                    duplicates,
                    self.tr("1 looks like a concern the store already holds (marked); check it."),
                    self.tr("{count} look like concerns the store already holds (marked); check them."),
                ).format(count=duplicates)
            )
        outside = sum(1 for r in new if r.outside_region)
        if outside:
            lines.append(self._outside_text(outside))
        if preview.ignored_columns:
            lines.append(
                self.tr("Columns ignored: {names}.").format(names=", ".join(preview.ignored_columns))
            )
        if not new:
            lines.append(self.tr("There is nothing new to import."))
        self._set_banner("ok" if new else "info", "\n".join(lines))

    def _span_problems(self, *_: object) -> None:
        """A row with problems reads as one message across the columns it has no values for."""
        self.table.clearSpans()
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(KIND_ROLE) == ERROR:
                self.table.setSpan(row, MESSAGE, 1, len(COLUMNS) - MESSAGE)

    def _select_first_problem(self) -> None:
        """Keyboard focus on the first problem, without covering its colour with the selection."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, MESSAGE)
            if index.data(KIND_ROLE) == ERROR:
                self.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(index)
                return

    def can_import(self) -> bool:
        if self.busy or self.ctx.read_only:
            return False
        if self.kind == files.PACKAGE:
            return self.opened is not None
        return self.preview is not None and self.preview.ok and bool(self.preview.new_rows)

    # a package -------------------------------------------------------------------

    def _show_package(self, opened: OpenedPackage) -> None:
        self._set_busy(False)
        self.opened = opened
        self.package_view.show_package(opened.payload)
        self.pages.setCurrentIndex(PAGE_PACKAGE)
        self._set_banner(
            "ok",
            self.tr(
                "{file} is opened and checked. Importing merges it: new records are added, records edited "
                "on both laptops stay as they are here and are listed under Conflicts."
            ).format(file=opened.path.name),
        )
        self.import_button.setEnabled(self.can_import())

    def _package_refused(self, message: str) -> None:
        self._refuse(message or self.tr("The package was not opened; nothing was imported."))

    # importing -------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.can_import():
            return
        self._set_busy(True)
        if self.kind == files.PACKAGE and self.opened is not None:
            merge_package(self, self.ctx, self.opened, self._package_done, self._import_failed)
            return
        preview = self.preview
        assert preview is not None
        Op(
            self.ctx,
            lambda job: importer.commit(job.store, preview),
            label=by_count(
                len(preview.new_rows), self.tr("Importing 1 concern…"), self.tr("Importing {count} concerns…")
            ).format(count=len(preview.new_rows)),
            cancellable=False,
        ).success(self._table_done).failure(self._commit_failed).run(self)

    def _table_done(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.ctx.notify("concern", list(result.concern_ids))
        self.ctx.notify("import")
        lines = [
            by_count(
                result.created,
                self.tr("1 concern imported from {file}."),
                self.tr("{count} concerns imported from {file}."),
            ).format(count=result.created, file=result.path.name)
        ]
        if result.existing:
            lines.append(
                by_count(
                    result.existing,
                    self.tr("1 was already in the store."),
                    self.tr("{count} were already in the store."),
                ).format(count=result.existing)
            )
        if result.outside_region:
            lines.append(self._outside_text(result.outside_region))
        self._finish(result, "\n".join(lines))

    def _outside_text(self, count: int) -> str:
        return by_count(
            count,
            self.tr("1 comes from a municipality outside the region."),
            self.tr("{count} come from municipalities outside the region."),
        ).format(count=count)

    def _commit_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, DelegateAppError) and self.path is not None:
            message = refusal_text(self.path, exc)
            self._set_banner("error", message)
            QMessageBox.warning(self, self.tr("Nothing imported"), message)
            return
        from delegate_app.ui import errors

        errors.report(type(exc), exc, exc.__traceback__, parent=self)

    def _import_failed(self, message: str) -> None:
        self._set_busy(False)
        self._set_banner("error", message)
        self.import_button.setEnabled(self.can_import())

    def _package_done(self, report: MergeReport) -> None:
        self._set_busy(False)
        question = ""
        if report.conflicts:
            question = by_count(
                len(report.conflicts),
                self.tr(
                    "1 record was edited on both laptops. It stays as it is here until you decide. Review it now?"
                ),
                self.tr(
                    "{count} records were edited on both laptops. They stay as they are here until you decide. "
                    "Review them now?"
                ),
            ).format(count=len(report.conflicts))
        self._finish(report, report_text(report), question)

    def _finish(self, result: Any, message: str, conflicts_question: str = "") -> None:
        """Close the dialog, then say what was done (the dialog is gone by the time the user reads it)."""
        parent = self.parentWidget()
        ctx = self.ctx
        done_title = self.tr("Import done")
        conflicts_title = self.tr("Conflicts")
        ctx.status.emit(message.splitlines()[0])
        self.imported.emit(result)
        self.accept()
        QMessageBox.information(parent, done_title, message)
        if conflicts_question:
            answer = QMessageBox.question(parent, conflicts_title, conflicts_question)
            if answer == QMessageBox.StandardButton.Yes:
                from delegate_app.ui.exchange.conflicts_view import open_conflicts_dialog

                open_conflicts_dialog(parent, ctx)

    def reject(self) -> None:
        if self.busy:
            return  # the work in progress ends first; its own dialog shows progress
        super().reject()


def open_import_dialog(
    parent: QWidget, ctx: AppContext, path: Path | None = None, *, packages_only: bool = False
) -> ImportDialog | None:
    """Show the import dialog (without blocking) and read `path` in it; without a path, ask for one first."""
    if ctx.read_only:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDialog", "Import"),
            QCoreApplication.translate(
                "ImportDialog", "This store is open read-only; nothing can be imported."
            ),
        )
        return None
    if path is None:
        title = (
            QCoreApplication.translate("ImportDialog", "Import a package")
            if packages_only
            else QCoreApplication.translate("ImportDialog", "Import concerns")
        )
        path = files.ask_open(parent, ctx, title, packages_only)
        if path is None:
            return None
    dialog = ImportDialog(ctx, parent, packages_only=packages_only)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load(path)
    return dialog
