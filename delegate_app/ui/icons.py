"""Our line icons, drawn in the palette's text colour so they suit light and dark themes.

Each icon is rendered from its SVG only at the sizes Qt actually asks for (an
icon engine), which keeps building the window cheap.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from delegate_app.core.paths import resources_dir


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def app_icon() -> QIcon:
    return QIcon(icon_path("regiostem"))


class _TintedSvgEngine(QIconEngine):
    """Renders an SVG whose strokes use `currentColor`, at the size and pixel ratio requested."""

    def __init__(self, svg: bytes, disabled: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._disabled = disabled
        self._cache: dict[tuple[int, int, bool], QPixmap] = {}

    def _render(self, painter: QPainter, rect: QRect | QRectF, mode: QIcon.Mode) -> None:
        from PySide6.QtSvg import QSvgRenderer

        data = self._disabled if mode == QIcon.Mode.Disabled else self._svg
        QSvgRenderer(QByteArray(data)).render(painter, QRectF(rect))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        key = (round(size.width() * scale), round(size.height() * scale), mode == QIcon.Mode.Disabled)
        if key not in self._cache:
            pixmap = QPixmap(key[0], key[1])
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._render(painter, QRect(0, 0, key[0], key[1]), mode)
            painter.end()
            pixmap.setDevicePixelRatio(scale)
            self._cache[key] = pixmap
        return self._cache[key]

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg, self._disabled)


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A monochrome icon from `resources/icons/<name>.svg`; `currentColor` becomes `color`."""
    palette = QGuiApplication.palette() if QGuiApplication.instance() is not None else QPalette()
    if color is None:
        color = palette.color(QPalette.ColorRole.WindowText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return _icon(name, color.name(), disabled.name())


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    with open(icon_path(name), encoding="utf-8") as fh:
        svg = fh.read()
    engine = _TintedSvgEngine(
        svg.replace("currentColor", color).encode("utf-8"),
        svg.replace("currentColor", disabled).encode("utf-8"),
    )
    return QIcon(engine)
