"""Opening and merging a package from the interface: a remembered key first, else the passphrase is asked.

Opening (key derivation, decryption, checks) and merging run off the GUI thread.
A wrong passphrase or an altered file is refused with a dialog naming the file
and the problem before the store is touched; a merge is one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from delegate_app.core.errors import DelegateAppError, ValidationError
from delegate_app.core.exchange import transfer
from delegate_app.core.exchange.crypto import WrongPassphraseError
from delegate_app.core.exchange.package import MergeReport
from delegate_app.core.exchange.transfer import OpenedPackage
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange.passphrase import PassphraseDialog
from delegate_app.ui.ops import Op


def refusal_text(path: Path, exc: BaseException) -> str:
    """The file's name and what is wrong with it, in one message."""
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return QCoreApplication.translate("PackageImport", "{file}: cannot be read ({reason}).").format(
            file=path.name, reason=reason
        )
    message = str(exc)
    if message.startswith(path.name + ":"):
        return message
    return QCoreApplication.translate("PackageImport", "{file}: {message}").format(
        file=path.name, message=message
    )


class PackageOpener:
    """Opens one package file; calls `on_opened(OpenedPackage)` or `on_refused(message)` (empty: cancelled)."""

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        path: Path,
        on_opened: Callable[[OpenedPackage], None],
        on_refused: Callable[[str], None],
    ) -> None:
        self.parent = parent
        self.ctx = ctx
        self.path = Path(path)
        self.on_opened = on_opened
        self.on_refused = on_refused
        self.dialog: PassphraseDialog | None = None

    def start(self) -> None:
        self._attempt(None)

    def _attempt(self, passphrase: str | None) -> None:
        path = self.path
        Op(
            self.ctx,
            lambda _job: transfer.open_package(path, passphrase=passphrase),
            label=QCoreApplication.translate("PackageImport", "Opening {file}…").format(file=path.name),
            cancellable=False,
        ).success(self.on_opened).failure(self._failed).run(self.parent)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphraseError):
            message = refusal_text(self.path, exc)
            QMessageBox.warning(
                self.parent, QCoreApplication.translate("PackageImport", "Wrong passphrase"), message
            )
            self._ask(str(exc))
        elif isinstance(exc, ValidationError) and exc.field == "passphrase":
            self._ask("")  # no remembered key opens it
        elif isinstance(exc, DelegateAppError | OSError):
            message = refusal_text(self.path, exc)
            QMessageBox.warning(
                self.parent, QCoreApplication.translate("PackageImport", "Package not opened"), message
            )
            self.on_refused(message)
        else:
            from delegate_app.ui import errors

            errors.report(type(exc), exc, exc.__traceback__, parent=self.parent)
            self.on_refused(str(exc))

    def _ask(self, problem: str) -> None:
        dialog = PassphraseDialog(self.parent, self.path.name, problem)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._attempt(dialog.take_passphrase()))
        dialog.rejected.connect(lambda: self.on_refused(""))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()


def merge_package(
    parent: QWidget,
    ctx: AppContext,
    opened: OpenedPackage,
    on_done: Callable[[MergeReport], None],
    on_failed: Callable[[str], None],
) -> Op[MergeReport]:
    """Merge an opened package, all or nothing; the views hear of every kind of record it touched."""

    def done(report: MergeReport) -> None:
        for table in sorted(set(report.inserted) | set(report.updated)):
            ctx.notify(table)
        if report.conflicts:
            ctx.notify("exchangeconflict")
        ctx.notify("package")
        on_done(report)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DelegateAppError | OSError):
            message = refusal_text(opened.path, exc)
            QMessageBox.warning(
                parent, QCoreApplication.translate("PackageImport", "Nothing imported"), message
            )
            on_failed(message)
            return
        from delegate_app.ui import errors

        errors.report(type(exc), exc, exc.__traceback__, parent=parent)
        on_failed(str(exc))

    return (
        Op(
            ctx,
            lambda job: transfer.merge_opened(job.store, opened),
            label=QCoreApplication.translate("PackageImport", "Merging {file}…").format(
                file=opened.path.name
            ),
            cancellable=False,
        )
        .success(done)
        .failure(failed)
        .run(parent)
    )


def report_text(report: MergeReport) -> str:
    inserted = sum(report.inserted.values())
    updated = sum(report.updated.values())
    if not report.changed:
        return QCoreApplication.translate(
            "PackageImport", "Nothing new: this store already holds everything in the package."
        )
    return QCoreApplication.translate(
        "PackageImport",
        "Merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.",
    ).format(inserted=inserted, updated=updated, kept=report.kept_local, conflicts=len(report.conflicts))
