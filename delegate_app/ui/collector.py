"""Python's cycle collector runs on the GUI thread only, while the interface runs.

Left automatic, a collection starts in whichever thread happens to allocate, and
the pool threads of the background work allocate a lot. Cyclic garbage often holds
Qt objects owned by Python (a context's settings, an op's signal bridge, a closed
window); collected on a pool thread, such an object is destroyed there while the GUI
thread uses Qt, which corrupts memory and crashes later, at a random place. So
automatic collection is switched off and the GUI thread collects on a timer,
generation by generation, as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000
OBJECT_NAME = "guiThreadCollector"


class GuiThreadCollector(QObject):
    """Owned by the application; `start()` takes collection over, `stop()` gives it back."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._threshold = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Automatic collection again (no background work may be running)."""
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> int:
        """Collect the generations the automatic collector would have collected by now."""
        count0, count1, count2 = gc.get_count()
        limit0, limit1, limit2 = self._threshold
        if count0 <= limit0:
            return 0
        generation = 0
        if count1 > limit1:
            generation = 2 if count2 > limit2 else 1
        return gc.collect(generation)


def install(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector, started (once; later calls return the same one)."""
    found = app.findChild(GuiThreadCollector, OBJECT_NAME)
    collector = found if isinstance(found, GuiThreadCollector) else GuiThreadCollector(app)
    collector.start()
    return collector


def uninstall(app: QCoreApplication) -> None:
    """Automatic collection again, once the interface and its background work have ended."""
    found = app.findChild(GuiThreadCollector, OBJECT_NAME)
    if isinstance(found, GuiThreadCollector):
        found.stop()
