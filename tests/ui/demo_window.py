"""The main window on the demo region, and walking the records a view lists (for the layout and keyboard checks)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QWidget

from delegate_app.core.services.demo import fill_demo
from delegate_app.core.store import Store
from delegate_app.ui.main_window import MainWindow


@pytest.fixture(name="demo_window")
def demo_window_fixture(store: Store, ctx: Any, qtbot: Any) -> Iterator[MainWindow]:
    """A shown main window over the demo region (filled before the window opens)."""
    assert fill_demo(store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window


def each_record(view: QWidget, most: int = 8) -> Iterator[int]:
    """Choose the first records of each list in `view` in turn; yields before the first and after each choice.

    Buttons, labels and their widths change with the record shown, so a check runs once per record.
    """
    yield -1
    for item_view in view.findChildren(QAbstractItemView):
        if isinstance(item_view, QHeaderView) or not item_view.isVisible() or item_view.model() is None:
            continue
        for row in range(min(item_view.model().rowCount(), most)):
            if item_view.isVisible():
                item_view.setCurrentIndex(item_view.model().index(row, 0))
                QApplication.processEvents()
                yield row
