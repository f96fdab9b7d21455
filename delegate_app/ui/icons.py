"""Our line icons, drawn in the palette's text colour so they suit light and dark themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from delegate_app.core.paths import resources_dir

_SIZES = (16, 20, 24, 32, 48)


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def app_icon() -> QIcon:
    return QIcon(icon_path("regiostem"))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """A monochrome icon from `resources/icons/<name>.svg`; `currentColor` becomes `color`."""
    if color is None:
        app = QGuiApplication.instance()
        palette = QGuiApplication.palette() if app is not None else QPalette()
        color = palette.color(QPalette.ColorRole.WindowText)
    return _icon(name, color.name())


@cache
def _icon(name: str, color: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer

    with open(icon_path(name), encoding="utf-8") as fh:
        svg = fh.read().replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        for ratio in (1, 2):
            pixmap = QPixmap(size * ratio, size * ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result
