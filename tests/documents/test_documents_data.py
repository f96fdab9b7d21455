"""Document data assembled from a real store: confidentiality, anonymity, fates, errors; PDFs read back."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import doc_region
import pytest
from pdf_helpers import flat, outline_titles, page_texts, xobject_subtypes

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import Grade
from delegate_app.core.services import positions
from delegate_app.core.services.documents_data import briefing_data, report_back_data
from delegate_app.core.services.labels import label
from delegate_app.core.store import Store, open_store
from delegate_app.documents.briefing import build_briefing
from delegate_app.documents.report_back import build_report_back
from delegate_app.documents.text import clean


@pytest.fixture(scope="module")
def region_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, doc_region.DocRegion]:
    folder = tmp_path_factory.mktemp("docstore")
    store = open_store(folder)
    built = doc_region.build(store)
    yield store, built
    store.close()


def _pdf(build: object, data: object) -> bytes:
    buffer = io.BytesIO()
    build(data, buffer)  # type: ignore[operator]
    return buffer.getvalue()


def _all_titles(data: object) -> set[str]:
    items = data.items  # type: ignore[attr-defined]
    titles = {c.title for item in items for c in item.evidence}
    for group in getattr(data, "open_concerns", ()):
        titles |= {c.title for c in group.concerns}
    titles |= {c.title for c in getattr(data, "own_concerns", ())}
    return titles


def test_briefing_leaves_confidential_concerns_out(region_store: tuple[Store, doc_region.DocRegion]) -> None:
    store, _ = region_store
    data = briefing_data(store, "next")
    assert [i.title for i in data.items] == [
        "Migratie naar de Common Ground-componenten",
        "Kosten van de nieuwe BRP-koppeling",
    ]
    titles = _all_titles(data)
    assert doc_region.UGLY_TITLE in titles
    assert doc_region.SECRET_TITLE not in titles
    assert data.provenance.confidential_left_out == 1
    text = flat(" ".join(page_texts(_pdf(build_briefing, data))))
    assert "Geheimzaak" not in text
    assert translate("Document", "CONFIDENTIAL") not in text


def test_briefing_with_confidential_marks_every_page(
    region_store: tuple[Store, doc_region.DocRegion],
) -> None:
    store, _ = region_store
    data = briefing_data(store, "next", include_confidential=True)
    assert doc_region.SECRET_TITLE in _all_titles(data)
    texts = page_texts(_pdf(build_briefing, data))
    assert doc_region.SECRET_TITLE in flat(" ".join(texts))
    marking = translate("Document", "CONFIDENTIAL")
    assert all(marking in t for t in texts)


def test_anonymised_concern_never_shows_its_municipality(
    region_store: tuple[Store, doc_region.DocRegion],
) -> None:
    store, _ = region_store
    data = briefing_data(store, "next")
    lines = [c for item in data.items for c in item.evidence if c.title == doc_region.ANONYMOUS_TITLE]
    lines += [c for g in data.open_concerns for c in g.concerns if c.title == doc_region.ANONYMOUS_TITLE]
    assert lines
    assert {c.municipality for c in lines} == {translate("Documents", "a municipality in the region")}


def test_briefing_figures_come_from_the_weighing(region_store: tuple[Store, doc_region.DocRegion]) -> None:
    store, _ = region_store
    data = briefing_data(store, "next")
    first = data.items[0]
    assert first.position is not None and first.position.core_position.startswith("De regio steunt")
    assert first.support is not None
    assert (first.support.members, first.support.support.count) == (4, 3)
    assert [r.grade_label for r in first.responses if r.gm_code == "GM0060"] == [label(Grade.OBJECTION)]
    assert {r.gm_code for r in first.responses} == set(doc_region.MEMBERS)
    text = flat(" ".join(page_texts(_pdf(build_briefing, data))))
    assert first.support.summary in text
    assert "Anna de Vries-Þórsdóttir" in text
    titles = outline_titles(_pdf(build_briefing, data))
    assert "1. Migratie naar de Common Ground-componenten" in titles
    assert "/Image" not in xobject_subtypes(_pdf(build_briefing, data))


def test_version_is_stable_and_follows_the_content(tmp_path: Path) -> None:
    store = open_store(tmp_path / "v")
    try:
        built = doc_region.build(store)
        first = briefing_data(store, "next").version
        assert briefing_data(store, "next").version == first
        with store.session() as s:
            position = positions.position_for_item(s, built.items[1])
            assert position is not None
            positions.update_texts(s, position.id, core_position="Een ander kernstandpunt.")
        assert briefing_data(store, "next").version != first
    finally:
        store.close()


def test_report_back_for_one_municipality_lists_exactly_its_concerns(
    region_store: tuple[Store, doc_region.DocRegion],
) -> None:
    store, built = region_store
    data = report_back_data(store, "last", municipality="GM0060")
    assert data.municipality is not None and data.municipality.name == "Ameland"
    assert {c.title for c in data.own_concerns} == built.titles_of("GM0060")
    fates = {c.title: c for c in data.own_concerns}
    glass = fates["Ameland: glasvezel ontbreekt"]
    assert glass.status == "answered"
    assert glass.status_reason == "Opgenomen in de landelijke aanpak."
    assert "1" in glass.fate
    text = flat(" ".join(page_texts(_pdf(build_report_back, data))))
    for title in built.titles_of("GM0060"):
        assert clean(title) in text  # emoji replaced, markup literal
    others = set(built.owner) - built.titles_of("GM0060")
    assert not [t for t in others if t in text]
    assert "De ALV stemt in met de cloudstrategie." in text


def test_report_back_keeps_own_confidential_concern_out_unless_asked(
    region_store: tuple[Store, doc_region.DocRegion],
) -> None:
    store, _ = region_store
    plain = report_back_data(store, "last", municipality="'s-Hertogenbosch")
    assert doc_region.SECRET_TITLE not in {c.title for c in plain.own_concerns}
    assert plain.provenance.confidential_left_out == 1
    full = report_back_data(store, "last", municipality="GM0796", include_confidential=True)
    assert doc_region.SECRET_TITLE in {c.title for c in full.own_concerns}


def test_region_report_back_shows_outcome_and_settled_concerns(
    region_store: tuple[Store, doc_region.DocRegion],
) -> None:
    store, _ = region_store
    data = report_back_data(store, "last")
    assert data.municipality is None
    (item,) = data.items
    assert item.outcome is not None and item.outcome.follow_up == "VNG publiceert een handreiking."
    assert {c.title for c in item.evidence} == {
        "Ameland: glasvezel ontbreekt",
        "Open knelpunt zonder agendapunt",
    }
    text = flat(" ".join(page_texts(_pdf(build_report_back, data))))
    assert "Gemeenten kunnen vanaf 2026 archiveren in de cloud." in text


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda s: briefing_data(s, "no-such-meeting"), "meeting"),
        (lambda s: report_back_data(s, "last", municipality="GM9999"), "gemeente"),
        (lambda s: report_back_data(s, "last", municipality="Bergen"), "gemeente"),  # ambiguous
    ],
)
def test_bad_selection_is_a_validation_error(
    region_store: tuple[Store, doc_region.DocRegion], call: object, field: str
) -> None:
    store, _ = region_store
    with pytest.raises(ValidationError):
        call(store)  # type: ignore[operator]


def test_no_next_or_last_meeting(tmp_path: Path) -> None:
    store = open_store(tmp_path / "empty")
    try:
        with pytest.raises(ValidationError):
            briefing_data(store, "next")
        with pytest.raises(ValidationError):
            report_back_data(store, "last")
        doc_region.build(store, today=date.today() - timedelta(days=400))  # every meeting in the past
        with pytest.raises(ValidationError):
            briefing_data(store, "next")
    finally:
        store.close()


def test_merged_into_a_confidential_concern_does_not_name_it(tmp_path: Path) -> None:
    from delegate_app.core.services import merge

    store = open_store(tmp_path / "m")
    try:
        built = doc_region.build(store)
        with store.session() as s:
            merge.merge(
                s, [built.concerns["Ameland: glasvezel ontbreekt"]], built.concerns[doc_region.SECRET_TITLE]
            )
        data = report_back_data(store, "last", municipality="GM0060")
        fate = next(c.fate for c in data.own_concerns if c.title == "Ameland: glasvezel ontbreekt")
        assert fate.startswith(translate("Documents", "Merged into another concern."))
        text = flat(" ".join(page_texts(_pdf(build_report_back, data))))
        assert "Geheimzaak" not in text
        shown = report_back_data(store, "last", municipality="GM0060", include_confidential=True)
        fate = next(c.fate for c in shown.own_concerns if c.title == "Ameland: glasvezel ontbreekt")
        assert doc_region.SECRET_TITLE in fate
    finally:
        store.close()
