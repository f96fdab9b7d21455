"""The support chart: two horizontal stacked bars, by municipalities and by inhabitants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from delegate_app.core.i18n import translate
from delegate_app.core.services.labels import format_number, format_percent
from delegate_app.documents import fonts
from delegate_app.documents import styles as S
from delegate_app.documents.text import clean

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

    from delegate_app.core.services.documents_data import SupportFigures

LABEL_WIDTH = 118.0
BAR_HEIGHT = 15.0
ROW_GAP = 9.0
LEGEND_HEIGHT = 16.0


def support_chart(support: SupportFigures, width: float = S.FRAME_WIDTH) -> Drawing:
    """A drawing with one bar per measure; each segment a grade, labelled with its share when it fits."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fonts.register_fonts()
    bar_width = width - LABEL_WIDTH - 4
    rows: Sequence[tuple[str, int, str]] = (
        (
            translate("Document", "Municipalities ({count})").format(count=support.members),
            support.members,
            "count",
        ),
        (
            translate("Document", "Inhabitants ({count})").format(
                count=format_number(support.total_inhabitants)
            ),
            support.total_inhabitants,
            "inhabitants",
        ),
    )
    height = len(rows) * (BAR_HEIGHT + ROW_GAP) + LEGEND_HEIGHT
    drawing = Drawing(width, height)
    y = height - BAR_HEIGHT
    for caption, whole, measure in rows:
        drawing.add(String(0, y + 4.5, clean(caption), fontName=fonts.BOLD, fontSize=8, fillColor=S.TEXT))
        drawing.add(Rect(LABEL_WIDTH, y, bar_width, BAR_HEIGHT, fillColor=S.TINT, strokeColor=None))
        x = LABEL_WIDTH
        for share in support.grades:
            part = share.count if measure == "count" else share.inhabitants
            fraction = share.share_count if measure == "count" else share.share_inhabitants
            if whole <= 0 or part <= 0:
                continue
            w = bar_width * float(fraction)
            colour = S.GRADE_COLOURS.get(share.grade, S.MUTED)
            drawing.add(Rect(x, y, w, BAR_HEIGHT, fillColor=colour, strokeColor=S.WHITE, strokeWidth=0.6))
            text = format_percent(fraction, 0)
            if w >= 26:
                drawing.add(
                    String(
                        x + w / 2,
                        y + 4.5,
                        text,
                        fontName=fonts.BOLD,
                        fontSize=7,
                        textAnchor="middle",
                        fillColor=S.GRADE_TEXT_ON.get(share.grade, S.TEXT),
                    )
                )
            x += w
        y -= BAR_HEIGHT + ROW_GAP
    # Legend: one swatch per grade, placed one after the other by the width of its label.
    lx = LABEL_WIDTH
    for share in support.grades:
        text = clean(share.label)
        colour = S.GRADE_COLOURS.get(share.grade, S.MUTED)
        drawing.add(Rect(lx, 2, 7, 7, fillColor=colour, strokeColor=S.RULE, strokeWidth=0.3))
        drawing.add(String(lx + 10, 2.5, text, fontName=fonts.REGULAR, fontSize=6.5, fillColor=S.MUTED))
        lx += 10 + stringWidth(text, fonts.REGULAR, 6.5) + 12
    return drawing
