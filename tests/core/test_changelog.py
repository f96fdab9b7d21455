"""Every write of the concern services lands in the change log, with the right action and values."""

from __future__ import annotations

import json

import pytest
from concern_helpers import add_concern, muni_id
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.services import concerns, merge
from delegate_app.core.store import Store


def _log(store: Store, entity_id: str) -> list[tuple[str, str, dict[str, list[object]]]]:
    with store.reader() as session:
        rows = session.exec(
            select(models.ChangeLog)
            .where(models.ChangeLog.entity_id == entity_id)
            .order_by(models.ChangeLog.at)
        ).all()
        return [(r.action, r.actor, json.loads(r.changes)) for r in rows]


def test_create_update_delete_restore_are_logged(store: Store) -> None:
    store.actor = "Anna de Vries"
    concern_id = add_concern(store, "Eerste titel")
    with store.session() as session:
        concerns.update_concern(session, concern_id, title="Tweede titel", urgency=4)
    with store.session() as session:
        concerns.delete_concern(session, concern_id)
    with store.session() as session:
        concerns.restore_concern(session, concern_id)
    entries = _log(store, concern_id)
    assert [action for action, _, _ in entries] == ["create", "update", "delete", "update"]
    assert {actor for _, actor, _ in entries} == {"Anna de Vries"}
    created, updated, deleted, restored = (changes for _, _, changes in entries)
    assert created["title"] == [None, "Eerste titel"]
    assert updated == {"title": ["Eerste titel", "Tweede titel"], "urgency": [3, 4]}
    assert deleted["deleted_at"][0] is None and deleted["deleted_at"][1]
    assert restored["deleted_at"][1] is None


def test_a_failed_update_logs_nothing(store: Store) -> None:
    concern_id = add_concern(store, "Titel")
    with pytest.raises(ValidationError), store.session() as session:
        concerns.update_concern(session, concern_id, urgency=7)
    assert [action for action, _, _ in _log(store, concern_id)] == ["create"]


def test_supports_and_links_are_logged(store: Store) -> None:
    concern_id = add_concern(store, "Titel")
    utrecht = muni_id(store, "Utrecht")
    with store.session() as session:
        support = concerns.add_support(session, concern_id, utrecht)
    with store.session() as session:
        concerns.remove_support(session, concern_id, utrecht)
    assert [action for action, _, _ in _log(store, support.id)] == ["create", "delete"]


def test_merge_and_unmerge_show_as_their_own_actions(store: Store) -> None:
    target = add_concern(store, "Doel")
    first = add_concern(store, "Eerste", "Utrecht")
    second = add_concern(store, "Tweede", "Opsterland")
    with store.session() as session:
        merge.merge(session, [first, second], target)
    with store.session() as session:
        merge.unmerge(session, first)
    assert [a for a, _, _ in _log(store, first)] == ["create", "merge", "unmerge"]
    assert [a for a, _, _ in _log(store, second)] == ["create", "merge"]
    assert _log(store, first)[1][2] == {"merged_into_id": [None, target]}
    assert _log(store, first)[2][2] == {"merged_into_id": [target, None]}
    assert [a for a, _, _ in _log(store, target)] == ["create"]  # the target itself did not change
    with store.reader() as session:
        link_ids = [ln.id for ln in merge.merge_history(session, first)]
    assert [a for a, _, _ in _log(store, link_ids[0])] == ["create", "update"]
