"""The embedded fonts of every document: DejaVu Sans, registered once with reportlab.

DejaVu covers the names of the region (Súdwest-Fryslân, İğdır, Łódź); the files
ship in `resources/fonts/` with their licence and are embedded as subsets.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from delegate_app.core.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@cache
def register_fonts() -> frozenset[int]:
    """Register the family with reportlab; returns the code points every face can draw."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        covered: set[int] | None = None
        for name, filename in _FILES.items():
            font = TTFont(name, str(fonts_dir() / filename))
            pdfmetrics.registerFont(font)
            # Bold and oblique faces cover fewer glyphs than the regular one;
            # only what all four can draw is safe in running text.
            chars = set(font.face.charToGlyph)
            covered = chars if covered is None else covered & chars
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        return frozenset(covered or ())
