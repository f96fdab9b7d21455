"""The one stylesheet of every document: page geometry, colours, paragraph and table styles."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.colors import Color, HexColor

from delegate_app.documents import fonts

# Page geometry (points): A4 with a wide left margin for binding and notes.
MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM
LEFT_MARGIN = 24 * MM
RIGHT_MARGIN = 20 * MM
TOP_MARGIN = 26 * MM
BOTTOM_MARGIN = 22 * MM
FRAME_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN

# Colours: a sober dark blue with one lighter accent, as government documents use.
# Color objects, not "#rrggbb" strings: reportlab parses a string colour again at
# every use, which costs seconds in a pack with thousands of table cells.
PRIMARY = HexColor("#154273")
ACCENT = HexColor("#01689B")
TINT = HexColor("#E8EEF4")
TINT_STRONG = HexColor("#CFDBE7")
RULE = HexColor("#B4C3D3")
TEXT = HexColor("#1C1C1C")
MUTED = HexColor("#5B6670")
CONFIDENTIAL = HexColor("#B01E1E")
WHITE = HexColor("#FFFFFF")
ZEBRA = HexColor("#F5F7F9")

# One colour per response grade, from support to objection; "no response" is pale.
GRADE_COLOURS = {
    "steun": HexColor("#2E7D4F"),
    "steun_met_voorbehoud": HexColor("#8DBF5A"),
    "neutraal": HexColor("#A7B3BE"),
    "bezwaar": HexColor("#C0392B"),
    "geen_reactie": HexColor("#E3E6E9"),
}
GRADE_TEXT_ON = {"steun": WHITE, "bezwaar": WHITE}


def hex_of(colour: Color) -> str:
    """ "#rrggbb" for paragraph markup (<font color=...>)."""
    return "#" + colour.hexval()[2:]


@cache
def stylesheet() -> Any:
    """Every paragraph style, built in one place (reportlab's own docs do the same)."""
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle, StyleSheet1

    fonts.register_fonts()
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Body",
        fontName=fonts.REGULAR,
        bulletFontName=fonts.REGULAR,  # reportlab's default bullet font is Helvetica, not embedded
        fontSize=9.5,
        leading=13.5,
        textColor=TEXT,
        spaceAfter=5,
        alignment=TA_LEFT,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    sheet.add(base)

    def add(name: str, parent: ParagraphStyle = base, **kw: Any) -> None:
        sheet.add(ParagraphStyle(name, parent=parent, **kw))

    add("BodyIndent", leftIndent=10, textColor=MUTED)
    add("Quote", leftIndent=12, textColor=MUTED, fontName=fonts.ITALIC)
    add("MdHeading", fontName=fonts.BOLD, spaceBefore=4, spaceAfter=3)
    for level in (1, 2, 3):
        add(f"Bullet{level}", leftIndent=12 * level + 6, bulletIndent=12 * level - 7, spaceAfter=2)
    add("Small", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3)
    add("SmallRight", parent=sheet["Small"], alignment=TA_RIGHT)
    add("Lead", fontSize=10.5, leading=15, spaceAfter=8)
    add(
        "Label",
        fontName=fonts.BOLD,
        fontSize=8,
        leading=10,
        textColor=ACCENT,
        spaceBefore=8,
        spaceAfter=2,
        keepWithNext=1,
    )

    add(
        "H1",
        fontName=fonts.BOLD,
        fontSize=17,
        leading=21,
        textColor=PRIMARY,
        spaceBefore=0,
        spaceAfter=10,
        keepWithNext=1,
    )
    add(
        "H2",
        fontName=fonts.BOLD,
        fontSize=12,
        leading=15,
        textColor=PRIMARY,
        spaceBefore=14,
        spaceAfter=6,
        keepWithNext=1,
    )
    add(
        "H3",
        fontName=fonts.BOLD,
        fontSize=10,
        leading=13,
        textColor=TEXT,
        spaceBefore=8,
        spaceAfter=3,
        keepWithNext=1,
    )
    add(
        "Kicker",
        fontName=fonts.BOLD,
        fontSize=8.5,
        leading=11,
        textColor=ACCENT,
        spaceAfter=2,
        keepWithNext=1,
    )

    add("Core", fontName=fonts.BOLD, fontSize=10.5, leading=15, textColor=PRIMARY, spaceAfter=0)

    add("Cell", fontSize=8.5, leading=11, spaceAfter=0)
    add("CellBold", parent=sheet["Cell"], fontName=fonts.BOLD)
    add("CellRight", parent=sheet["Cell"], alignment=TA_RIGHT)
    add("CellMuted", parent=sheet["Cell"], textColor=MUTED, fontSize=8, leading=10)
    add("CellHead", parent=sheet["Cell"], fontName=fonts.BOLD, textColor=WHITE)
    add("CellHeadRight", parent=sheet["CellHead"], alignment=TA_RIGHT)

    add("Toc0", fontName=fonts.BOLD, fontSize=10, leading=13, spaceAfter=0)
    add("Toc1", fontSize=9.5, leading=12.5, leftIndent=14, spaceAfter=0)
    add("TocNumber", parent=sheet["Toc0"], alignment=TA_RIGHT)

    add(
        "CoverKicker",
        fontName=fonts.BOLD,
        fontSize=11,
        leading=14,
        textColor=ACCENT,
        spaceAfter=6,
        keepWithNext=1,
    )
    add("CoverTitle", fontName=fonts.BOLD, fontSize=26, leading=31, textColor=PRIMARY, spaceAfter=10)
    add("CoverSubtitle", fontSize=13, leading=18, textColor=TEXT, spaceAfter=24)
    add("CoverFactLabel", parent=sheet["Cell"], textColor=MUTED, fontSize=9, leading=13)
    add("CoverFact", parent=sheet["Cell"], fontSize=10, leading=13)
    add("Marking", fontName=fonts.BOLD, fontSize=10, leading=13, textColor=CONFIDENTIAL)
    return sheet


def plain_table_style(commands: list[tuple[Any, ...]]) -> Any:
    """A TableStyle with our font set: reportlab sets a cell's font even for flowable cells,
    and its default (Helvetica) would otherwise end up in the PDF unembedded."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR), *commands])


def table_style(*, header: bool = True, zebra: bool = True, rows: int = 0) -> Any:
    """The house style of data tables: blue header row, hairlines, pale zebra stripes."""
    from reportlab.platypus import TableStyle

    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
            ("TEXTCOLOR", (0, 0), (-1, 0), WHITE),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    if zebra and rows:
        first = 1 if header else 0
        commands += [("ROWBACKGROUNDS", (0, first), (-1, -1), [WHITE, ZEBRA])]
    return TableStyle(commands)
