"""Merging and unmerging concerns keeps every support and can always be undone."""

from __future__ import annotations

import pytest
from concern_helpers import add_concern, count, muni_id
from sqlmodel import select

from delegate_app.core import i18n, models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.services import concerns, merge
from delegate_app.core.services.search import RegisterFilter, register_rowids
from delegate_app.core.store import Store


@pytest.fixture
def trio(store: Store) -> tuple[str, str, str]:
    """A target from Heerenveen and two duplicates, each with a support of its own."""
    target = add_concern(store, "Koppeling valt uit", "Heerenveen")
    first = add_concern(store, "Koppeling werkt niet", "Utrecht")
    second = add_concern(store, "Storing koppeling", "Opsterland")
    opsterland, leeuwarden, amsterdam = (muni_id(store, n) for n in ("Opsterland", "Leeuwarden", "Amsterdam"))
    with store.session() as session:
        concerns.add_support(session, target, opsterland)
        concerns.add_support(session, first, leeuwarden, note="Bij ons ook")
        concerns.add_support(session, second, amsterdam)
    return target, first, second


def _support_pairs(store: Store) -> set[tuple[str, str, str]]:
    with store.reader() as session:
        rows = session.exec(select(models.Support).where(models.Support.deleted_at == None)).all()  # noqa: E711
        return {(s.concern_id, s.municipality_id, s.note) for s in rows}


def test_preview_shows_breadth_before_and_after_without_writing(
    store: Store, trio: tuple[str, str, str]
) -> None:
    target, first, second = trio
    logged = count(store, models.ChangeLog)
    with store.session() as session:
        preview = merge.preview_merge(session, [first, second, first], target)
        before = concerns.breadth(session, target)
    assert preview.target.id == target
    assert [s.id for s in preview.sources] == [first, second]
    assert preview.before == before
    assert preview.before.municipalities == 2
    assert preview.after.municipalities == 5  # Heerenveen, Opsterland, Utrecht, Leeuwarden, Amsterdam
    assert preview.added_municipality_ids == {
        muni_id(store, n) for n in ("Utrecht", "Leeuwarden", "Amsterdam")
    }
    assert preview.after.inhabitants > preview.before.inhabitants
    assert count(store, models.ChangeLog) == logged
    with store.reader() as session:
        assert merge.merged_children(session, target) == []


def test_merge_keeps_supports_and_unmerge_restores_everything(
    store: Store, trio: tuple[str, str, str]
) -> None:
    target, first, second = trio
    supports_before = _support_pairs(store)
    with store.session() as session:
        breadth_before = {c: concerns.breadth(session, c) for c in trio}
        preview = merge.preview_merge(session, [first, second], target)
        merge.merge(session, [first, second], target)
    with store.reader() as session:
        assert concerns.breadth(session, target) == preview.after
        assert [c.id for c in merge.merged_children(session, target)] == [first, second]
        source = session.get(models.Concern, first)
        assert source is not None and source.merged_into_id == target and source.deleted_at is None
        links = merge.merge_history(session, first)
        assert [(ln.source_id, ln.target_id, ln.unmerged_at) for ln in links] == [(first, target, None)]
    assert _support_pairs(store) == supports_before  # who said what: untouched
    conn = store.raw()
    try:
        assert len(register_rowids(conn, RegisterFilter())) == 1
    finally:
        conn.close()

    with store.session() as session:
        merge.unmerge(session, first)
    with store.reader() as session:
        assert concerns.breadth(session, first) == breadth_before[first]
        assert concerns.breadth(session, target).municipalities == 3  # Opsterland's twice, Amsterdam
        assert [c.id for c in merge.merged_children(session, target)] == [second]
        link = merge.merge_history(session, first)[0]
        assert link.unmerged_at is not None
    with store.session() as session:
        merge.unmerge(session, second)
        assert {c: concerns.breadth(session, c) for c in trio} == breadth_before
    assert _support_pairs(store) == supports_before


def test_merging_again_after_unmerge_opens_a_new_link(store: Store, trio: tuple[str, str, str]) -> None:
    target, first, _ = trio
    for _round in range(2):
        with store.session() as session:
            merge.merge(session, [first], target)
        with store.session() as session:
            merge.unmerge(session, first)
    with store.reader() as session:
        links = merge.merge_history(session, target)
        assert len(links) == 2 and all(ln.unmerged_at is not None for ln in links)


def test_chains_count_in_the_top_and_cycles_are_refused(store: Store, trio: tuple[str, str, str]) -> None:
    target, first, second = trio
    i18n.set_language("en")
    with store.session() as session:
        merge.merge(session, [second], first)  # second -> first
        merge.merge(session, [first], target)  # first -> target
        assert concerns.breadth(session, target).municipalities == 5
    logged = count(store, models.ChangeLog)
    for sources, into in (([target], first), ([target], second), ([target], target)):
        with pytest.raises(ValidationError), store.session() as session:
            merge.merge(session, sources, into)
    with pytest.raises(ValidationError) as err, store.session() as session:
        merge.preview_merge(session, [target], second)
    assert err.value.field == "source"
    assert "itself merged into it" in str(err.value)
    assert count(store, models.ChangeLog) == logged
    with store.reader() as session:
        assert session.get(models.Concern, target).merged_into_id is None  # type: ignore[union-attr]


def test_refusals_name_the_reason_and_write_nothing(store: Store, trio: tuple[str, str, str]) -> None:
    target, first, second = trio
    deleted = add_concern(store, "Weg", "Leeuwarden")
    with store.session() as session:
        concerns.delete_concern(session, deleted)
        merge.merge(session, [second], target)
    logged = count(store, models.ChangeLog)
    cases: list[tuple[list[str], str, type[Exception], str | None]] = [
        ([], target, ValidationError, "source"),
        ([first], first, ValidationError, "source"),
        ([deleted], target, ValidationError, "source"),
        ([first], deleted, ValidationError, "target"),
        ([second], first, ValidationError, "source"),  # already merged elsewhere
        (["no-such-concern"], target, NotFoundError, None),
        ([first], "no-such-concern", NotFoundError, None),
    ]
    for sources, into, error, field in cases:
        with pytest.raises(error) as err, store.session() as session:
            merge.merge(session, sources, into)
        if field is not None:
            assert err.value.field == field, (sources, into)  # type: ignore[attr-defined]
        assert str(err.value)
    with pytest.raises(ValidationError), store.session() as session:
        merge.unmerge(session, first)  # not merged
    assert count(store, models.ChangeLog) == logged
