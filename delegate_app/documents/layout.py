"""The page template of every document: cover and body pages, header, footer, marking, outline.

Built in ONE pass. Page numbers that are only known later (the contents' page
numbers, "page 3 of N") are drawn as PDF form objects that are referenced while
laying out and defined once the last page is done. That keeps a 300-item pack
as fast as a plain reportlab build instead of rebuilding it two or three times
as `multiBuild` does.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Table

from delegate_app import __version__
from delegate_app.core.i18n import translate
from delegate_app.documents import fonts
from delegate_app.documents import styles as S
from delegate_app.documents.text import clean, escape, markup

# Byte-identical output for identical data: no creation time or random file id.
rl_config.invariant = 1

PAGE_REF_WIDTH = 30.0
TABLE_START_ROOM = 40 * S.MM  # a heading, the table's header and a few rows
_PAGE_COUNT_FORM = "PageCount"
_PDF_LANGUAGES = {"nl": "nl-NL", "en": "en-GB"}


class BuildCancelled(Exception):
    """Raised from a progress callback to stop a build; nothing is written."""


@dataclass(frozen=True)
class PageSetup:
    """What every page shows besides its content, and the PDF's metadata."""

    title: str
    subject: str
    author: str
    language: str
    running_title: str
    footer_text: str
    marking: str = ""  # printed on every page, e.g. VERTROUWELIJK
    marking_strong: bool = False  # red and bold: the confidential marking
    keywords: tuple[str, ...] = ()
    organisation: str = ""  # shown large in the cover's band: the region


class Heading(Paragraph):
    """A heading that becomes a bookmark, an outline entry, maybe a contents line and the running header."""

    def __init__(
        self,
        text: str,
        style: Any,
        *,
        key: str,
        level: int = 0,
        toc: bool = True,
        section: str | None = None,
        prefix: str = "",
        keep_with_next: bool = True,
    ) -> None:
        self.plain = (prefix + clean(text)).strip()
        if len(self.plain) > 160:
            self.plain = self.plain[:159].rstrip() + "…"
        self.key = key
        self.level = level
        self.toc = toc
        self.section = section
        super().__init__(escape(clean(prefix)) + markup(text, limit=400), style)
        self.keepWithNext = 1 if keep_with_next else 0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []  # a heading moves to the next page whole

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        super().draw()


class Headings:
    """Makes the headings of one document and remembers those the contents list."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self.in_contents: list[Heading] = []

    def __call__(self, text: str, style: str, key: str, **kw: Any) -> Heading:
        heading = Heading(text, self.sheet[style], key=key, **kw)
        if heading.toc:
            self.in_contents.append(heading)
        return heading

    def above_table(self, text: str, style: str, key: str, **kw: Any) -> list[Flowable]:
        """A heading over a long table: it starts a new page only when little room is left.

        Keeping it with the whole table would push a table that could start here
        to the next page and leave half a page empty.
        """
        return [CondPageBreak(TABLE_START_ROOM), self(text, style, key, keep_with_next=False, **kw)]

    def contents(self) -> Table:
        return contents_table(self.in_contents, self.sheet)


class PageRef(Flowable):  # type: ignore[misc]
    """The number of the page a heading lands on, filled in after the build."""

    def __init__(self, key: str, style: Any) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return PAGE_REF_WIDTH, self.style.leading

    def draw(self) -> None:
        self.canv.doForm(_page_form(self.key))


def _page_form(key: str) -> str:
    return "Pg" + "".join(ch for ch in key if ch.isalnum())


def contents_table(headings: Sequence[Heading], sheet: Any) -> Table:
    """The table of contents: one linked line per heading, page numbers filled in later."""
    rows = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, h in enumerate(headings):
        style = sheet["Toc0"] if h.level == 0 else sheet["Toc1"]
        rows.append([Paragraph(f'<a href="#{h.key}">{markup(h.plain)}</a>', style), PageRef(h.key, style)])
        if h.level == 0:
            commands += [("TOPPADDING", (0, i), (-1, i), 7), ("LINEBELOW", (0, i), (-1, i), 0.25, S.RULE)]
    table = Table(rows, colWidths=[S.FRAME_WIDTH - PAGE_REF_WIDTH, PAGE_REF_WIDTH], repeatRows=0)
    table.setStyle(S.plain_table_style(commands))
    return table


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class DossierDocument(BaseDocTemplate):  # type: ignore[misc]
    """A4 document with a cover template and a body template, built in one pass."""

    def __init__(
        self, target: Any, setup: PageSetup, *, progress: Callable[[float], None] | None = None
    ) -> None:
        fonts.register_fonts()
        self.setup = setup
        self.section = ""
        self._page_numbers: dict[str, tuple[int, int]] = {}  # heading key -> (page, level)
        self._progress = progress
        self.page_count = 0
        super().__init__(
            target,
            pagesize=(S.PAGE_WIDTH, S.PAGE_HEIGHT),
            leftMargin=S.LEFT_MARGIN,
            rightMargin=S.RIGHT_MARGIN,
            topMargin=S.TOP_MARGIN,
            bottomMargin=S.BOTTOM_MARGIN,
            title=clean(setup.title),
            author=clean(setup.author),
            subject=clean(setup.subject),
            keywords=[clean(k) for k in setup.keywords],
            creator=f"Regiostem {__version__}",
            producer=f"Regiostem {__version__}",
            lang=_PDF_LANGUAGES.get(setup.language, setup.language),
            invariant=1,
            displayDocTitle=1,
            initialFontName=fonts.REGULAR,
        )
        body = Frame(
            S.LEFT_MARGIN,
            S.BOTTOM_MARGIN,
            S.FRAME_WIDTH,
            S.PAGE_HEIGHT - S.TOP_MARGIN - S.BOTTOM_MARGIN,
            id="body",
        )
        cover = Frame(
            S.LEFT_MARGIN + 8 * S.MM,
            S.BOTTOM_MARGIN + 12 * S.MM,
            S.FRAME_WIDTH - 8 * S.MM,
            S.PAGE_HEIGHT - 95 * S.MM - S.BOTTOM_MARGIN,
            id="cover",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [cover], onPage=self._draw_cover, onPageEnd=self._draw_marking),
                PageTemplate("body", [body], onPageEnd=self._draw_body_page),
            ]
        )
        if progress is not None:
            self.setProgressCallBack(self._on_progress)

    # -- building ------------------------------------------------------------------------------

    def build(self, flowables: list[Flowable]) -> None:  # type: ignore[override]
        self._doSave = 0  # the deferred page numbers are defined before saving
        super().build(flowables)
        canv = self.canv
        total = self.page_count = canv.getPageNumber() - 1
        self._define_number_form(_PAGE_COUNT_FORM, str(total))
        sheet = S.stylesheet()
        for key, (page, level) in self._page_numbers.items():
            self._define_number_form(
                _page_form(key), str(page), style=sheet["Toc0" if level == 0 else "Toc1"]
            )
        canv.showOutline()
        canv.save()

    def _define_number_form(self, name: str, text: str, *, style: Any = None) -> None:
        canv = self.canv
        canv.beginForm(name)
        if style is not None:
            # Right-aligned on the baseline a one-line paragraph of this style would have.
            canv.setFillColor(style.textColor)
            canv.setFont(style.fontName, style.fontSize)
            canv.drawRightString(PAGE_REF_WIDTH, style.leading - style.fontSize, text)
        else:
            canv.setFillColor(S.MUTED)
            canv.setFont(fonts.REGULAR, 7.5)
            canv.drawString(0, 0, text)
        canv.endForm()

    def _on_progress(self, kind: str, value: int) -> None:
        if self._progress is None:
            return
        if kind == "SIZE_EST":
            self._size = max(int(value), 1)
        elif kind == "PROGRESS":
            self._progress(min(value / getattr(self, "_size", value or 1), 1.0))
        elif kind == "FINISHED":
            self._progress(1.0)

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        self.canv.addOutlineEntry(
            flowable.plain, flowable.key, level=flowable.level, closed=flowable.level > 0
        )
        if flowable.toc:
            self._page_numbers[flowable.key] = (self.canv.getPageNumber(), flowable.level)
        if flowable.section is not None:
            self.section = flowable.section

    # -- page decoration -----------------------------------------------------------------------

    def _draw_marking(self, canv: Any, doc: Any) -> None:
        marking = self.setup.marking
        if not marking:
            return
        canv.saveState()
        if self.setup.marking_strong:
            canv.setFillColor(S.CONFIDENTIAL)
            canv.setFont(fonts.BOLD, 10)
        else:
            canv.setFillColor(S.MUTED)
            canv.setFont(fonts.BOLD, 8)
        text = clean(marking)
        canv.drawCentredString(S.PAGE_WIDTH / 2, S.PAGE_HEIGHT - 11 * S.MM, text)
        canv.drawCentredString(S.PAGE_WIDTH / 2, 8 * S.MM, text)
        canv.restoreState()

    def _draw_cover(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        # A dark band at the top and a thin accent rule: sober, printable, no logo.
        canv.setFillColor(S.PRIMARY)
        canv.rect(0, S.PAGE_HEIGHT - 62 * S.MM, S.PAGE_WIDTH, 62 * S.MM, stroke=0, fill=1)
        canv.setFillColor(S.ACCENT)
        canv.rect(0, S.PAGE_HEIGHT - 64 * S.MM, S.PAGE_WIDTH, 2 * S.MM, stroke=0, fill=1)
        x = S.LEFT_MARGIN + 8 * S.MM
        width = S.PAGE_WIDTH - x - S.RIGHT_MARGIN
        canv.setFillColor(S.TINT_STRONG)
        canv.setFont(fonts.BOLD, 8.5)
        canv.drawString(
            x,
            S.PAGE_HEIGHT - 27 * S.MM,
            translate("Document", "Regiostem · the regional voice for the Landelijk ICT Beraad").upper(),
        )
        canv.setFillColor(S.WHITE)
        canv.setFont(fonts.BOLD, 22)
        canv.drawString(
            x, S.PAGE_HEIGHT - 40 * S.MM, _fit(clean(self.setup.organisation), fonts.BOLD, 22, width)
        )
        canv.setStrokeColor(S.RULE)
        canv.setLineWidth(0.5)
        canv.line(S.LEFT_MARGIN + 8 * S.MM, 18 * S.MM, S.PAGE_WIDTH - S.RIGHT_MARGIN, 18 * S.MM)
        canv.setFillColor(S.MUTED)
        canv.setFont(fonts.REGULAR, 7.5)
        canv.drawString(
            S.LEFT_MARGIN + 8 * S.MM,
            13.5 * S.MM,
            _fit(clean(self.setup.footer_text), fonts.REGULAR, 7.5, S.FRAME_WIDTH * 0.6),
        )
        canv.restoreState()

    def _draw_body_page(self, canv: Any, doc: Any) -> None:
        canv.saveState()
        left, right = S.LEFT_MARGIN, S.PAGE_WIDTH - S.RIGHT_MARGIN
        top = S.PAGE_HEIGHT - 17 * S.MM
        canv.setFont(fonts.BOLD, 7.5)
        canv.setFillColor(S.PRIMARY)
        running = _fit(clean(self.setup.running_title), fonts.BOLD, 7.5, S.FRAME_WIDTH * 0.38)
        canv.drawString(left, top, running)
        canv.setFont(fonts.REGULAR, 7.5)
        canv.setFillColor(S.MUTED)
        canv.drawRightString(right, top, _fit(clean(self.section), fonts.REGULAR, 7.5, S.FRAME_WIDTH * 0.58))
        canv.setStrokeColor(S.PRIMARY)
        canv.setLineWidth(0.75)
        canv.line(left, top - 2.5 * S.MM, right, top - 2.5 * S.MM)

        bottom = 13 * S.MM
        canv.setStrokeColor(S.RULE)
        canv.setLineWidth(0.5)
        canv.line(left, bottom + 4 * S.MM, right, bottom + 4 * S.MM)
        canv.setFillColor(S.MUTED)
        canv.drawString(
            left, bottom, _fit(clean(self.setup.footer_text), fonts.REGULAR, 7.5, S.FRAME_WIDTH * 0.6)
        )
        # "Page 3 of" then the total, which is a form defined after the last page.
        count_width = stringWidth("999", fonts.REGULAR, 7.5)
        label = translate("Document", "Page {page} of").format(page=canv.getPageNumber())
        canv.drawRightString(right - count_width - 2, bottom, label)
        canv.saveState()
        canv.translate(right - count_width, bottom)
        canv.setFillColor(S.MUTED)
        canv.doForm(_PAGE_COUNT_FORM)
        canv.restoreState()
        canv.restoreState()
        self._draw_marking(canv, doc)


def write_pdf(out: Path | io.BufferedIOBase | io.BytesIO, build: Callable[[Any], None]) -> None:
    """Build into memory, then replace `out` at once: a failed build leaves no file behind."""
    buffer = io.BytesIO()
    build(buffer)
    data = buffer.getvalue()
    if not isinstance(out, Path):
        out.write(data)
        return
    out = out.expanduser()
    fd, tmp = tempfile.mkstemp(prefix=".regiostem-", suffix=".pdf.part", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def render(
    out: Path | io.BytesIO,
    setup: PageSetup,
    story: list[Flowable],
    *,
    progress: Callable[[float], None] | None = None,
) -> int:
    """Lay out `story` on our pages and write it to `out`; returns the number of pages."""
    pages = 0

    def build(target: Any) -> None:
        nonlocal pages
        doc = DossierDocument(target, setup, progress=progress)
        doc.build(story)
        pages = doc.page_count

    write_pdf(out, build)
    return pages
