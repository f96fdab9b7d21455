"""User text made safe for reportlab: glyph cleaning, escaping, and Markdown to flowables.

reportlab's Paragraph parses its input as markup: an unescaped `<` or `&` breaks the
build, and `<img src="...">` would embed a local file. Every user string therefore
passes `markup()` (plain text) or `markdown_flowables()` (position texts), which
escape every text node and emit only the few tags we allow: b, i, u, br, a (http,
https and mailto links only).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from delegate_app.documents.fonts import register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

EMOJI_PLACEHOLDER = "[emoji]"
MISSING_GLYPH = "?"

# Pictographs, dingbats, symbols and regional indicators; one cluster (with skin
# tones, variation selectors and zero-width joiners) becomes one replacement.
_EMOJI_CHAR = (
    "\U0001f000-\U0001faff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f"
    "\u2b00-\u2bff\u3030\u303d\u3297\u3299"
)
_EMOJI_CLUSTER = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}|"  # a flag: two regional indicators
    f"[{_EMOJI_CHAR}](?:[\ufe0e\ufe0f\u20e3]|\u200d[{_EMOJI_CHAR}]|[\U0001f3fb-\U0001f3ff])*"
)
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff\u00ad]")
# Plain symbols DejaVu can draw, for the emoji people actually type in notes.
_SYMBOLS = {
    "\U0001f642": "\u263a",  # slightly smiling face -> white smiling face
    "\U0001f600": "\u263a",
    "\U0001f60a": "\u263a",
    "\U0001f603": "\u263a",
    "\U0001f641": "\u2639",
    "\U0001f61f": "\u2639",
    "\u2705": "\u2713",
    "\u2714": "\u2713",
    "\u274c": "\u2717",
    "\u2764": "\u2665",
    "\U0001f44d": "(+)",
    "\U0001f44e": "(-)",
    "\u26a0": "\u26a0",
}
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_ALLOWED_LINK = re.compile(r"^(https?://|mailto:)[^\s<>\"]+$", re.IGNORECASE)


@cache
def _uncovered_pattern() -> re.Pattern[str]:
    """A regex matching every character the embedded fonts cannot draw."""
    covered = sorted(cp for cp in register_fonts() if cp >= 0x20 and not 0x7F <= cp <= 0x9F)
    ranges: list[tuple[int, int]] = []
    for cp in covered:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    parts = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges
    )
    return re.compile(f"[^\n{parts}]")


def _emoji(match: re.Match[str]) -> str:
    cluster = match.group(0)
    base = cluster[0]
    symbol = _SYMBOLS.get(base)
    if symbol is not None:
        return symbol
    if len(_INVISIBLE.sub("", cluster)) == 1 and ord(base) in register_fonts():
        return base  # a symbol the font has, such as the check mark
    return EMOJI_PLACEHOLDER


def clean(text: str | None) -> str:
    """Text the fonts can draw: emoji replaced, control characters dropped, newlines unified."""
    if not text:
        return ""
    text = str(text)
    if text.isascii() and text.isprintable():
        return text
    text = _NEWLINES.sub("\n", text).replace("\t", "    ")
    text = _CONTROL.sub("", text)
    text = _EMOJI_CLUSTER.sub(_emoji, text)
    text = _INVISIBLE.sub("", text)
    return _uncovered_pattern().sub(MISSING_GLYPH, text)


def escape(text: str) -> str:
    """Escape the characters reportlab's paragraph parser treats as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def markup(text: str | None, *, limit: int | None = None) -> str:
    """Paragraph markup for a plain user string: cleaned, escaped, line breaks kept."""
    value = clean(text).strip()
    if limit is not None and len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return escape(value).replace("\n", "<br/>")


def font(inner: str, *, color: Any = None, size: float | None = None) -> str:
    """Wrap already-safe markup in a font tag (colour and size are ours, never user text)."""
    attrs = (f' color="#{color.hexval()[2:]}"' if color is not None else "") + (
        f' size="{size}"' if size else ""
    )
    return f"<font{attrs}>{inner}</font>"


def link(href: str, label: str | None = None) -> str:
    """A clickable link for an allowed URL; anything else stays literal text."""
    target = clean(href).strip()
    shown = markup(label if label is not None else target)
    if not _ALLOWED_LINK.match(target):
        return shown
    return f'<a href="{escape(target)}" color="#01689B"><u>{shown}</u></a>'


# --------------------------------------------------------------------------- Markdown


_INLINE_TAGS = {"strong_open": "<b>", "strong_close": "</b>", "em_open": "<i>", "em_close": "</i>"}


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # html off: tags in the source arrive as text and are escaped like any other text.
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).disable("image")


def inline_markup(children: list[Any], *, breaks: bool = False) -> str:
    """Reportlab markup for markdown-it inline tokens, escaping every text node."""
    out: list[str] = []
    links: list[tuple[bool, str, int]] = []  # open links: allowed, target, where the label starts
    for tok in children:
        kind = tok.type
        if kind in ("text", "code_inline", "html_inline"):
            out.append(escape(clean(tok.content)))
        elif kind == "softbreak":
            out.append("<br/>" if breaks else " ")
        elif kind == "hardbreak":
            out.append("<br/>")
        elif kind in _INLINE_TAGS:
            out.append(_INLINE_TAGS[kind])
        elif kind == "link_open":
            href = clean(str(tok.attrs.get("href", ""))).strip()
            allowed = bool(_ALLOWED_LINK.match(href))
            out.append(f'<a href="{escape(href)}" color="#01689B"><u>' if allowed else "")
            links.append((allowed, href, len(out)))
        elif kind == "link_close" and links:
            allowed, href, start = links.pop()
            label = re.sub(r"<[^>]+>", "", "".join(out[start:]))
            out.append("</u></a>" if allowed else "")
            # Printed packs lose the link target: show the URL after its label when they differ.
            if href and label.strip() != escape(href):
                out.append(f" ({escape(href)})")
    return "".join(out)


def markdown_flowables(text: str | None, styles: Any, *, breaks: bool = False) -> list[Flowable]:
    """Flowables for Markdown (paragraphs, bold, italics, lists, links); everything else literal.

    With `breaks`, a single newline stays a line break: short fields such as red
    lines are typed line by line; long prose follows Markdown and flows on.
    """
    from reportlab.platypus import Paragraph

    # Text nodes are cleaned one by one, so a replacement such as "[emoji]" is never read as Markdown.
    source = _NEWLINES.sub("\n", str(text or "")).strip()
    if not source:
        return []
    body: ParagraphStyle = styles["Body"]
    flowables: list[Flowable] = []
    lists: list[list[int]] = []  # per open list: [ordered, counter]
    item_first_para = False
    quote_depth = 0
    heading = False
    for tok in _parser().parse(source):
        kind = tok.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(tok.attrs.get("start", 1) or 1) if kind == "ordered_list_open" else 0
            lists.append([1 if kind == "ordered_list_open" else 0, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            item_first_para = True
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "heading_open":
            heading = True
        elif kind == "heading_close":
            heading = False
        elif kind == "hr":
            from reportlab.platypus.flowables import HRFlowable

            flowables.append(
                HRFlowable(width="100%", thickness=0.5, color="#B4C3D3", spaceBefore=4, spaceAfter=4)
            )
        elif kind in ("code_block", "fence", "html_block"):
            flowables.append(Paragraph(markup(tok.content), styles["BodyIndent"]))
        elif kind == "inline":
            content = inline_markup(tok.children or [], breaks=breaks)
            if heading:
                flowables.append(Paragraph(content, styles["MdHeading"]))
            elif lists:
                level = len(lists)
                style = styles[f"Bullet{min(level, 3)}"]
                bullet = None
                if item_first_para:
                    ordered, counter = lists[-1]
                    bullet = f"{counter}." if ordered else ("•" if level % 2 else "–")
                    lists[-1][1] += 1 if ordered else 0
                    item_first_para = False
                flowables.append(Paragraph(content, style, bulletText=bullet))
            else:
                flowables.append(Paragraph(content, styles["Quote"] if quote_depth else body))
    return flowables
