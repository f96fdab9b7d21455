"""Exchange files in the interface: which files can be imported, and asking where to read or write one.

The folder last used is remembered per user, so the next import or export starts
where the previous one ended.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget

from delegate_app.ui.context import AppContext

FOLDER_KEY = "exchange/folder"
TABLE = "table"
PACKAGE = "package"


def file_kind(path: Path) -> str | None:
    """TABLE for a spreadsheet or CSV, PACKAGE for an exchange package, None for anything else."""
    from delegate_app.core.exchange.package import SUFFIX
    from delegate_app.core.exchange.tabular import CSV_SUFFIXES, XLSX_SUFFIXES
    from delegate_app.core.exchange.transfer import is_package

    path = Path(path)
    if path.is_dir():
        return None
    suffix = path.suffix.lower()
    if suffix == SUFFIX or is_package(path):
        return PACKAGE
    # An old .xls is taken too: the import then says how to save it so it can be read.
    if suffix in XLSX_SUFFIXES or suffix in CSV_SUFFIXES or suffix == ".xls":
        return TABLE
    return None


def accepted_description() -> str:
    return QCoreApplication.translate(
        "ExchangeFiles", "an Excel workbook (.xlsx), a CSV file (.csv) or a Regiostem package (.regiostem)"
    )


def import_filter(packages_only: bool = False) -> str:
    package = QCoreApplication.translate("ExchangeFiles", "Regiostem package (*.regiostem)")
    if packages_only:
        return package
    both = QCoreApplication.translate("ExchangeFiles", "Concerns or package (*.xlsx *.csv *.txt *.regiostem)")
    tables = QCoreApplication.translate("ExchangeFiles", "Excel workbook or CSV (*.xlsx *.csv *.txt)")
    return ";;".join((both, tables, package))


def display_path(path: Path) -> str:
    """A file as people read it: inside the home folder written from ~."""
    try:
        return "~/" + Path(path).relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def last_folder(ctx: AppContext) -> str:
    folder = str(ctx.settings.value(FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else QDir.homePath()


def remember_folder(ctx: AppContext, path: Path) -> None:
    ctx.settings.setValue(FOLDER_KEY, str(Path(path).parent))


def ask_open(parent: QWidget | None, ctx: AppContext, title: str, packages_only: bool = False) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, last_folder(ctx), import_filter(packages_only))
    if not name:
        return None
    path = Path(name)
    remember_folder(ctx, path)
    return path


def ask_save(
    parent: QWidget | None,
    ctx: AppContext,
    title: str,
    suggested: str,
    name_filter: str,
    suffixes: tuple[str, ...],
) -> Path | None:
    """A file to write; the first suffix is added when the name has none of `suffixes`."""
    start = str(Path(last_folder(ctx)) / suggested)
    name, _filter = QFileDialog.getSaveFileName(parent, title, start, name_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in suffixes:
        path = path.with_name(path.name + suffixes[0])
    remember_folder(ctx, path)
    return path
