"""User text made safe for reportlab: cleaning, escaping, Markdown to flowables."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from delegate_app.documents.styles import stylesheet
from delegate_app.documents.text import EMOJI_PLACEHOLDER, clean, escape, link, markdown_flowables, markup


def test_clean_keeps_names_of_the_region() -> None:
    for name in ("Súdwest-Fryslân", "'s-Hertogenbosch", "İğdır", "Łódź", "Þórsdóttir", "Zoë"):
        assert clean(name) == name


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ok 🙂", "ok ☺"),  # a plain symbol DejaVu has
        ("🚀 launch", f"{EMOJI_PLACEHOLDER} launch"),
        ("family 👨‍👩‍👧 here", f"family {EMOJI_PLACEHOLDER} here"),  # one cluster, one placeholder
        ("flag 🇳🇱", f"flag {EMOJI_PLACEHOLDER}"),
        ("thumbs 👍🏽", "thumbs (+)"),
        ("warn ⚠️", "warn ⚠"),
        ("tab\there", "tab    here"),
        ("bell\x07 and nul\x00", "bell and nul"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("中文", "??"),  # no glyphs in the font: never a missing-glyph box
    ],
)
def test_clean_replaces_what_the_font_cannot_draw(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_markup_escapes_every_markup_character() -> None:
    text = '<b>Kosten & baten</b> <img src="/etc/passwd"> unclosed <i> & AT&T;'
    result = markup(text)
    assert "<" not in result.replace("<br/>", "")
    assert "&amp;" in result and "&lt;img" in result
    assert escape("&nbsp;") == "&amp;nbsp;"


def test_markup_keeps_line_breaks_and_limits_length() -> None:
    assert markup("a\nb") == "a<br/>b"
    assert markup("x" * 50, limit=10) == "x" * 9 + "…"


def test_link_only_for_web_and_mail() -> None:
    assert link("https://vng.nl").startswith('<a href="https://vng.nl"')
    assert "<a" not in link("file:///etc/passwd")
    assert "<a" not in link("javascript:alert(1)")
    assert "<a" not in link('https://x.nl" onclick="y')


def _texts(source: str) -> list[str]:
    return [f.text for f in markdown_flowables(source, stylesheet()) if isinstance(f, Paragraph)]


def test_markdown_bold_italics_lists_and_links() -> None:
    flowables = markdown_flowables(
        "Dit is **vet** en *cursief*.\n\n- een\n- twee\n\n1. eerste\n2. tweede\n\n[VNG](https://vng.nl)",
        stylesheet(),
    )
    texts = [f.text for f in flowables]
    assert "<b>vet</b>" in texts[0] and "<i>cursief</i>" in texts[0]
    bullets = [f.bulletText for f in flowables if getattr(f, "bulletText", None)]
    assert bullets == ["•", "•", "1.", "2."]
    assert '<a href="https://vng.nl"' in texts[-1] and "(https://vng.nl)" in texts[-1]


def test_markdown_leaves_html_and_images_inert() -> None:
    texts = " ".join(
        _texts('<img src="/etc/passwd"> <b>x</b>\n\n![plaatje](/etc/passwd) [x](javascript:alert(1))')
    )
    assert "<img" not in texts and "&lt;img" in texts
    assert "<b>x</b>" not in texts
    assert "<a " not in texts  # neither the image's file nor the javascript: target becomes a link


def test_markdown_single_newlines_flow_unless_breaks_are_asked() -> None:
    assert _texts("regel een\nregel twee") == ["regel een regel twee"]
    kept = markdown_flowables("regel een\nregel twee", stylesheet(), breaks=True)
    assert [f.text for f in kept] == ["regel een<br/>regel twee"]


def test_markdown_of_empty_text_is_nothing() -> None:
    assert markdown_flowables("", stylesheet()) == []
    assert markdown_flowables(None, stylesheet()) == []
