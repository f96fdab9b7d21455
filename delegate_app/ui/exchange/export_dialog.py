"""Exporting concerns as the register filters them, to .csv or .xlsx; confidential ones only when ticked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from delegate_app.core import models
from delegate_app.core.exchange import exporter
from delegate_app.core.i18n import by_count
from delegate_app.core.services import labels
from delegate_app.core.services.search import RegisterFilter, register_rowids
from delegate_app.core.store import Store
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange import files
from delegate_app.ui.exchange.dialog_parts import action_buttons, heading_label, tell_failure
from delegate_app.ui.ops import Op

FORMAT_KEY = "exchange/export_format"
CONFIDENTIAL = models.Confidentiality.CONFIDENTIAL.value
WARNING_STYLE = "color: #9a3412;"


def register_filter(window: QWidget) -> RegisterFilter | None:
    """The filter of the concern register as it stands now, or None when the register was never opened."""
    from delegate_app.ui.views import CONCERNS_KEY

    created = getattr(window, "created_views", None)
    register = created().get(CONCERNS_KEY) if callable(created) else None
    if register is None:
        return None
    apply_now = getattr(register, "apply_filter_now", None)
    if callable(apply_now):
        apply_now()  # text typed a moment ago counts too
    flt = getattr(getattr(register, "model", None), "filter", None)
    if isinstance(flt, RegisterFilter):
        return flt
    current = getattr(getattr(register, "filter_bar", None), "current", None)
    found = current() if callable(current) else None
    return found if isinstance(found, RegisterFilter) else None


def selection_counts(store: Store, flt: RegisterFilter) -> tuple[int, int]:
    """(concerns the filter selects, how many of them are confidential)."""
    conn = store.raw()
    try:
        total = len(register_rowids(conn, flt))
        confidential = 0
        if flt.confidentiality in (None, CONFIDENTIAL):
            confidential = len(register_rowids(conn, replace(flt, confidentiality=CONFIDENTIAL)))
    finally:
        conn.close()
    return total, confidential


def describe_filter(store: Store, flt: RegisterFilter) -> list[str]:
    """The filter in words ("theme Cloud", "searching for “BRP”"); empty when it selects everything."""
    parts: list[str] = []
    if flt.text.strip():
        parts.append(
            QCoreApplication.translate("ExportDialog", "searching for “{text}”").format(text=flt.text.strip())
        )
    with store.reader() as session:
        theme = session.get(models.Theme, flt.theme_id) if flt.theme_id else None
        municipality = session.get(models.Municipality, flt.municipality_id) if flt.municipality_id else None
        if theme is not None:
            parts.append(QCoreApplication.translate("ExportDialog", "theme {name}").format(name=theme.label))
        if municipality is not None:
            parts.append(
                QCoreApplication.translate("ExportDialog", "municipality {name}").format(
                    name=municipality.name_disambiguated
                )
            )
    if flt.status:
        parts.append(
            QCoreApplication.translate("ExportDialog", "status {name}").format(
                name=labels.code_label(models.ConcernStatus, flt.status)
            )
        )
    if flt.confidentiality:
        name = labels.code_label(models.Confidentiality, flt.confidentiality)
        parts.append(QCoreApplication.translate("ExportDialog", "confidentiality {name}").format(name=name))
    if flt.include_merged:
        parts.append(QCoreApplication.translate("ExportDialog", "merged concerns included"))
    return parts


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, flt: RegisterFilter | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportDialog")
        self.setMinimumWidth(520)
        # Deleted concerns stay home even when the register shows them (to restore them).
        self.flt = replace(flt or RegisterFilter(), include_deleted=False)
        self.total, self.confidential = selection_counts(ctx.store, self.flt)
        self.filter_parts = describe_filter(ctx.store, self.flt)
        self.last_path: Path | None = None

        self.heading = heading_label()
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        self.scope.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.format_box = QGroupBox()
        self.csv_radio = QRadioButton()
        self.xlsx_radio = QRadioButton()
        self.formats = QButtonGroup(self)
        self.formats.addButton(self.csv_radio)
        self.formats.addButton(self.xlsx_radio)
        box_layout = QVBoxLayout(self.format_box)
        box_layout.addWidget(self.csv_radio)
        box_layout.addWidget(self.xlsx_radio)
        chosen = str(ctx.settings.value(FORMAT_KEY, ".xlsx") or ".xlsx")
        (self.csv_radio if chosen == ".csv" else self.xlsx_radio).setChecked(True)
        self.include_confidential = QCheckBox()
        self.include_confidential.setEnabled(self.confidential > 0)
        self.include_confidential.toggled.connect(self._update)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.buttons, self.export_button, self.cancel_button = action_buttons(self, "exportButton")
        self.export_button.clicked.connect(self.export)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.scope)
        layout.addWidget(self.count)
        layout.addWidget(self.format_box)
        layout.addWidget(self.include_confidential)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        ctx.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, *_: object) -> None:
        title = self.tr("Export concerns")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.heading.setText(title)
        if self.filter_parts:
            self.scope.setText(
                self.tr("The concerns as filtered in the register: {filter}.").format(
                    filter="; ".join(self.filter_parts)
                )
            )
        else:
            self.scope.setText(self.tr("All concerns in the store (the register shows no filter)."))
        self.format_box.setTitle(self.tr("Format"))
        self.csv_radio.setText(self.tr("&CSV for Excel (.csv)"))
        self.csv_radio.setAccessibleName(self.tr("CSV for Excel"))
        self.xlsx_radio.setText(self.tr("E&xcel workbook (.xlsx)"))
        self.xlsx_radio.setAccessibleName(self.tr("Excel workbook"))
        self.include_confidential.setText(
            self.tr("&Include confidential concerns ({count})").format(count=self.confidential)
        )
        self.include_confidential.setAccessibleName(self.tr("Include confidential concerns"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._update()

    def chosen_suffix(self) -> str:
        return ".csv" if self.csv_radio.isChecked() else ".xlsx"

    def count_to_write(self) -> int:
        return self.total if self.include_confidential.isChecked() else self.total - self.confidential

    def _update(self) -> None:
        included = self.include_confidential.isChecked()
        will = by_count(
            self.count_to_write(),
            self.tr("1 concern will be written."),
            self.tr("{count} concerns will be written."),
        ).format(count=self.count_to_write())
        if self.confidential and not included:
            will += " " + by_count(
                self.confidential,
                self.tr("1 confidential one stays out unless you include it."),
                self.tr("{count} confidential ones stay out unless you include them."),
            ).format(count=self.confidential)
        self.count.setText(will)
        self.warning.setText(
            self.tr(
                "The file will hold confidential concerns. Share it only with people allowed to read them; "
                "an Excel workbook says so on every printed page."
            )
            if included
            else ""
        )
        self.warning.setVisible(included)
        self.export_button.setEnabled(self.count_to_write() > 0)

    def export(self) -> None:
        suffix = self.chosen_suffix()
        name_filter = (
            self.tr("CSV for Excel (*.csv)") if suffix == ".csv" else self.tr("Excel workbook (*.xlsx)")
        )
        suggested = self.tr("concerns-{date}").format(date=date.today().isoformat()) + suffix
        path = files.ask_save(self, self.ctx, self.windowTitle(), suggested, name_filter, (suffix,))
        if path is None:
            return
        self.ctx.settings.setValue(FORMAT_KEY, suffix)
        flt = self.flt
        include = self.include_confidential.isChecked()
        self.export_button.setEnabled(False)
        Op(
            self.ctx,
            lambda job: exporter.export_concerns(job.store, path, flt, include_confidential=include),
            label=self.tr("Exporting concerns to {file}…").format(file=path.name),
            cancellable=False,
        ).success(self._done).failure(self._failed).run(self)

    def _done(self, result: exporter.ExportResult) -> None:
        self.last_path = result.path
        message = by_count(
            result.count,
            self.tr("1 concern written to {path}."),
            self.tr("{count} concerns written to {path}."),
        ).format(count=result.count, path=result.path)
        if result.confidential:
            message += "\n" + by_count(
                result.confidential,
                self.tr("The file holds 1 confidential concern."),
                self.tr("The file holds {count} confidential concerns."),
            ).format(count=result.confidential)
        parent = self.parentWidget()
        title = self.tr("Export done")
        self.ctx.status.emit(message.splitlines()[0])
        self.accept()
        QMessageBox.information(parent, title, message)

    def _failed(self, exc: BaseException) -> None:
        self._update()
        tell_failure(self, self.tr("Not exported"), exc)


def open_export_dialog(window: QWidget, ctx: AppContext) -> ExportDialog:
    dialog = ExportDialog(ctx, register_filter(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
