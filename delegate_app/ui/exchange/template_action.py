"""Saving the intake workbook municipal staff fill in: ask where, write it off the GUI thread, say where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange import files
from delegate_app.ui.exchange.dialog_parts import tell_failure
from delegate_app.ui.ops import Op


def save_template(parent: QWidget, ctx: AppContext, path: Path | None = None) -> Op[Path] | None:
    """Write the intake workbook to `path`, or to a file the user chooses; None when they cancel."""
    from delegate_app.core.exchange import intake

    title = QCoreApplication.translate("TemplateAction", "Save intake template")
    if path is None:
        suggested = QCoreApplication.translate("TemplateAction", "intake-concerns.xlsx")
        name_filter = QCoreApplication.translate("TemplateAction", "Excel workbook (*.xlsx)")
        path = files.ask_save(parent, ctx, title, suggested, name_filter, (".xlsx",))
        if path is None:
            return None
    target = path

    def done(written: Path) -> None:
        message = QCoreApplication.translate(
            "TemplateAction",
            "The intake workbook was saved as {path}. Municipal staff fill in one concern per row; "
            "import the filled-in workbook with File > Import.",
        ).format(path=written)
        ctx.status.emit(QCoreApplication.translate("TemplateAction", "Intake workbook saved."))
        QMessageBox.information(parent, title, message)

    def failed(exc: BaseException) -> None:
        tell_failure(parent, QCoreApplication.translate("TemplateAction", "Intake workbook not saved"), exc)

    return (
        Op(
            ctx,
            lambda job: intake.write_template(job.store, target),
            label=QCoreApplication.translate("TemplateAction", "Writing the intake workbook…"),
            cancellable=False,
        )
        .success(done)
        .failure(failed)
        .run(parent)
    )
