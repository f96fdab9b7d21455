"""Printing a PDF through Qt: every page rendered by QtPdf and drawn onto the QPrinter the print dialog set up."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Enough for crisp text on paper; a 1200 dpi printer would otherwise get 100 MB images per page.
MAX_RENDER_DPI = 300


def chosen_pages(printer: QPrinter, page_count: int, current: int) -> list[int]:
    """The 0-based pages the user chose in the print dialog: all, a range, or the current one."""
    if page_count <= 0:
        return []
    mode = printer.printRange()
    if mode == QPrinter.PrintRange.CurrentPage:
        return [min(max(current, 0), page_count - 1)]
    if mode == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or page_count, page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def print_pages(
    document: QPdfDocument,
    printer: QPrinter,
    pages: Sequence[int],
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Draw `pages` on `printer`, each scaled to fit the printable area and centred; returns pages printed.

    `progress(done, total)` returning False stops (the job is aborted, nothing half-printed is kept).
    """
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    printed = 0
    try:
        for index in pages:
            if printed:
                printer.newPage()
            size = document.pagePointSize(index)
            if size.width() <= 0 or size.height() <= 0:
                continue
            area = painter.viewport()
            scale = min(area.width() / size.width(), area.height() / size.height())
            width, height = size.width() * scale, size.height() * scale
            image = document.render(
                index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            target = QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)
            painter.drawImage(target, image)
            printed += 1
            if progress is not None and not progress(printed, len(pages)):
                printer.abort()
                return 0
    finally:
        if painter.isActive():
            painter.end()
    return printed
