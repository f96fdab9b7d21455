"""The support chart: two horizontal stacked bars, by municipalities and by inhabitants.

Drawn straight on the canvas rather than with reportlab.graphics: that renderer
starts every drawing in Helvetica (which would end up unembedded in the PDF), and
a plain flowable is also much cheaper for a pack with hundreds of agenda items.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from delegate_app.core.i18n import translate
from delegate_app.core.services.labels import format_number, format_percent
from delegate_app.documents import fonts
from delegate_app.documents import styles as S
from delegate_app.documents.text import clean

if TYPE_CHECKING:
    from delegate_app.core.services.documents_data import SupportFigures

LABEL_WIDTH = 118.0
BAR_HEIGHT = 15.0
ROW_GAP = 9.0
LEGEND_HEIGHT = 16.0


class SupportChart(Flowable):  # type: ignore[misc]
    """One bar per measure; each segment a grade, labelled with its share when it fits."""

    def __init__(self, support: SupportFigures) -> None:
        super().__init__()
        self.support = support
        self.width = 0.0
        self.height = 2 * (BAR_HEIGHT + ROW_GAP) + LEGEND_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def _rows(self) -> list[tuple[str, int, str]]:
        s = self.support
        return [
            (translate("Document", "Municipalities ({count})").format(count=s.members), s.members, "count"),
            (
                translate("Document", "Inhabitants ({count})").format(
                    count=format_number(s.total_inhabitants)
                ),
                s.total_inhabitants,
                "inhabitants",
            ),
        ]

    def draw(self) -> None:
        canv: Any = self.canv
        bar_width = self.width - LABEL_WIDTH
        y = self.height - BAR_HEIGHT
        canv.saveState()
        canv.setLineWidth(0.6)
        canv.setStrokeColor(S.WHITE)
        for caption, whole, measure in self._rows():
            canv.setFillColor(S.TEXT)
            canv.setFont(fonts.BOLD, 8)
            canv.drawString(0, y + 4.5, clean(caption))
            canv.setFillColor(S.TINT)
            canv.rect(LABEL_WIDTH, y, bar_width, BAR_HEIGHT, stroke=0, fill=1)
            x = LABEL_WIDTH
            for share in self.support.grades:
                part = share.count if measure == "count" else share.inhabitants
                fraction = share.share_count if measure == "count" else share.share_inhabitants
                if whole <= 0 or part <= 0:
                    continue
                w = bar_width * float(fraction)
                canv.setFillColor(S.GRADE_COLOURS.get(share.grade, S.MUTED))
                canv.rect(x, y, w, BAR_HEIGHT, stroke=1, fill=1)
                if w >= 26:
                    canv.setFillColor(S.GRADE_TEXT_ON.get(share.grade, S.TEXT))
                    canv.setFont(fonts.BOLD, 7)
                    canv.drawCentredString(x + w / 2, y + 4.5, format_percent(fraction, 0))
                x += w
            y -= BAR_HEIGHT + ROW_GAP
        # Legend: one swatch per grade, placed one after the other by the width of its label.
        lx = LABEL_WIDTH
        canv.setStrokeColor(S.RULE)
        canv.setLineWidth(0.3)
        canv.setFont(fonts.REGULAR, 6.5)
        for share in self.support.grades:
            text = clean(share.label)
            canv.setFillColor(S.GRADE_COLOURS.get(share.grade, S.MUTED))
            canv.rect(lx, 2, 7, 7, stroke=1, fill=1)
            canv.setFillColor(S.MUTED)
            canv.drawString(lx + 10, 2.5, text)
            lx += 10 + stringWidth(text, fonts.REGULAR, 6.5) + 12
        canv.restoreState()


def support_chart(support: SupportFigures) -> SupportChart:
    fonts.register_fonts()
    return SupportChart(support)
