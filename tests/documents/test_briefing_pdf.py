"""The briefing pack built from hand-made data, read back with pypdf."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import doc_samples
import pytest
from pdf_helpers import flat, font_files, outline_pages, outline_titles, page_texts, reader, xobject_subtypes

from delegate_app.core.i18n import set_language, translate
from delegate_app.documents.briefing import build_briefing
from delegate_app.documents.layout import BuildCancelled


def _build(data: object, **kw: object) -> bytes:
    buffer = io.BytesIO()
    build_briefing(data, buffer, **kw)  # type: ignore[arg-type]
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pack() -> bytes:
    set_language("nl")
    return _build(doc_samples.briefing(3))


def test_text_holds_items_positions_and_figures(pack: bytes) -> None:
    text = flat(" ".join(page_texts(pack)))
    for n in (1, 2, 3):
        assert f"Agendapunt over onderwerp {n}" in text
        assert f"Kernstandpunt nummer {n}: de regio steunt dit." in text
    assert "Steun 2 van 5 (40,0%, 83,5% van de inwoners)" in text
    assert "160.000" in text and "82,6%" in text  # inhabitants and share by inhabitants
    assert "Súdwest-Fryslân" in text and "'s-Hertogenbosch" in text


def test_user_markup_appears_literally(pack: bytes) -> None:
    text = flat(" ".join(page_texts(pack)))
    assert '<b>Kosten & baten</b> <img src="/etc/passwd"> ☺ İğdır Łódź' in text
    assert "unclosed <i> & AT&T;" in text
    assert "🙂" not in text
    assert "file:///etc/passwd" in text  # shown as text, not linked


def test_no_images_and_only_embedded_dejavu(pack: bytes) -> None:
    assert "/Image" not in xobject_subtypes(pack)
    fonts = font_files(pack)
    assert fonts, "no fonts found"
    for name, embedded in fonts:
        assert "DejaVu" in name and embedded, name


def test_outline_contents_and_page_numbers_agree(pack: bytes) -> None:
    titles = outline_titles(pack)
    for n in (1, 2, 3):
        assert f"{n}. Agendapunt over onderwerp {n}" in titles
    pages = outline_pages(pack)
    texts = page_texts(pack)
    contents = flat(texts[1])
    for n in (1, 2, 3):
        title = f"{n}. Agendapunt over onderwerp {n}"
        page = pages[title]
        assert f"{title} {page}" in contents  # the contents line ends in the right page number
        assert f"Agendapunt over onderwerp {n}" in texts[page - 1]


def test_header_and_footer_name_item_and_page(pack: bytes) -> None:
    pages = outline_pages(pack)
    texts = page_texts(pack)
    start = pages["2. Agendapunt over onderwerp 2"]
    label = translate("Document", "Agenda item {number}").format(number=2)
    assert f"{label} · Agendapunt over onderwerp 2" in flat(texts[start - 1])
    total = len(texts)
    for number, text in enumerate(texts[1:], start=2):
        page_label = translate("Document", "Page {page} of").format(page=number)
        assert f"{page_label} {total}" in flat(text)


def test_metadata_language_and_title(pack: bytes) -> None:
    pdf = reader(pack)
    assert pdf.metadata.title.endswith("Landelijk ICT Beraad juni 2025")
    assert pdf.metadata.author == "Jan de Vries"
    assert pdf.trailer["/Root"]["/Lang"] == "nl-NL"


def test_identical_data_gives_identical_bytes(pack: bytes) -> None:
    assert _build(doc_samples.briefing(3)) == pack


def test_confidential_pack_marks_every_page() -> None:
    data = doc_samples.briefing(2, include_confidential=True)
    texts = page_texts(_build(data))
    marking = translate("Document", "CONFIDENTIAL")
    assert len(texts) > 5
    assert all(marking in t for t in texts)


def test_pack_without_confidential_content_has_no_marking(pack: bytes) -> None:
    marking = translate("Document", "CONFIDENTIAL")
    assert not any(marking in t for t in page_texts(pack))


def test_english_pack() -> None:
    set_language("en")
    try:
        data = dataclasses.replace(doc_samples.briefing(1, include_confidential=True), language="en")
        pdf = _build(data)
    finally:
        set_language("nl")
    texts = page_texts(pdf)
    assert all("CONFIDENTIAL" in t for t in texts)
    assert "Agenda item 1" in flat(" ".join(texts))
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en-GB"


def test_long_tables_repeat_their_header_and_huge_texts_split() -> None:
    responses = tuple(
        doc_samples.ResponseLine(f"Gemeente {i:03d}", f"GM{i:04d}", 1000 + i, "steun", "Steun")
        for i in range(150)
    )
    huge = "Lange kern " * 4000  # far more than a page, inside the tinted box
    entry = doc_samples.entry(1, responses=responses)
    assert entry.position is not None
    entry = dataclasses.replace(entry, position=dataclasses.replace(entry.position, core_position=huge))
    pdf = _build(dataclasses.replace(doc_samples.briefing(1), items=(entry,)))
    texts = [flat(t) for t in page_texts(pdf)]
    with_rows = [t for t in texts if "Gemeente 0" in t or "Gemeente 1" in t]
    assert len(with_rows) >= 3
    head = translate("Document", "Municipality")
    assert all(head in t for t in with_rows)
    assert "Gemeente 149" in " ".join(texts)
    assert " ".join(texts).count("Lange kern") >= 3900  # nothing of the huge text lost


def test_progress_reaches_the_end_and_cancel_writes_nothing(tmp_path: Path) -> None:
    seen: list[float] = []
    out = tmp_path / "b.pdf"
    pages = build_briefing(doc_samples.briefing(2), out, progress=seen.append)
    assert pages == len(page_texts(out))
    assert seen and seen[-1] == 1.0 and all(0 <= v <= 1 for v in seen)

    def cancel(fraction: float) -> None:
        if fraction > 0.3:
            raise BuildCancelled()

    again = tmp_path / "cancelled.pdf"
    with pytest.raises(BuildCancelled):
        build_briefing(doc_samples.briefing(2), again, progress=cancel)
    assert not again.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["b.pdf"]  # no temporary file left behind


def test_rendered_pages_are_not_blank(tmp_path: Path, pack: bytes) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    source = tmp_path / "b.pdf"
    source.write_bytes(pack)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "3", str(source), str(tmp_path / "p")], check=True
    )
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == 3
    for image in images:
        with Image.open(image) as im:
            colours = im.convert("L").getextrema()
            assert colours[0] < 100 < colours[1]  # ink on paper


def test_sections_can_be_left_out() -> None:
    data = doc_samples.briefing(2)
    full = flat(" ".join(page_texts(_build(data))))
    annex = translate("Document", "Annex A · Open concerns by theme")
    assert annex in full
    short = _build(data, sections=("overview",))
    text = flat(" ".join(page_texts(short)))
    assert annex not in text and "Kernstandpunt nummer 1" not in text
    assert "Agendapunt over onderwerp 1" in text  # in the overview
    assert translate("Document", "Colophon") in text
    with pytest.raises(ValueError):
        _build(data, sections=("appendix",))
