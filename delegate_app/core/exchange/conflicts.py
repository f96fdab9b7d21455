"""Records edited on two laptops: listing both versions and settling on one.

Settling writes the chosen version as a new local edit, so the next package
carries the decision to the other laptop, where it is taken and that laptop's
copy of the conflict is closed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from delegate_app.core import changelog, models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.exchange.package import table_infos
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.types import format_utc, utcnow

KEEP_CHOICES = ("local", "incoming")
_LABEL_FIELDS = ("title", "name", "decision", "grade", "note")
# Whether a concern's municipality lies outside this store's region is this store's fact.
_OUTSIDE_REGION_SQL = """
UPDATE concern SET outside_region = (
    EXISTS (SELECT 1 FROM regionmember WHERE deleted_at IS NULL)
    AND municipality_id NOT IN (SELECT municipality_id FROM regionmember WHERE deleted_at IS NULL)
) WHERE id = ?
"""


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    label: str  # the record's title or name, as it reads here
    peer: str  # the other store's name, or its id
    created_at: datetime
    differences: tuple[tuple[str, Any, Any], ...]  # (column, here, theirs)
    resolved_at: datetime | None
    resolution: str


def _view(conflict: models.ExchangeConflict, peers: dict[str, str]) -> ConflictView:
    local: dict[str, Any] = json.loads(conflict.local_snapshot)
    incoming: dict[str, Any] = json.loads(conflict.incoming_snapshot)
    info = table_infos().get(conflict.entity)
    columns = info.content if info else tuple(sorted(set(local) | set(incoming)))
    differences = tuple(
        (c, local.get(c), incoming.get(c)) for c in columns if local.get(c) != incoming.get(c)
    )
    label = next((str(local[f]) for f in _LABEL_FIELDS if local.get(f)), conflict.entity_id)
    return ConflictView(
        id=conflict.id,
        entity=conflict.entity,
        entity_id=conflict.entity_id,
        label=label,
        peer=peers.get(conflict.peer_store_id) or conflict.peer_store_id,
        created_at=conflict.created_at,
        differences=differences,
        resolved_at=conflict.resolved_at,
        resolution=conflict.resolution,
    )


def conflicts(session: Session, *, include_resolved: bool = False) -> list[ConflictView]:
    """Conflicts waiting for a decision (or all of them), oldest first."""
    query = select(models.ExchangeConflict).where(live(models.ExchangeConflict))
    if not include_resolved:
        query = query.where(models.ExchangeConflict.resolved_at == None)  # noqa: E711
    rows = session.exec(query.order_by(models.ExchangeConflict.created_at)).all()
    peers = {p.peer_store_id: p.name for p in session.exec(select(models.ExchangePeer)).all()}
    return [_view(c, peers) for c in rows]


def resolve_conflict(session: Session, conflict_id: str, keep: str = "local") -> ConflictView:
    """Settle a conflict on this laptop's version ("local") or the other one's ("incoming")."""
    if keep not in KEEP_CHOICES:
        raise ValidationError(
            translate("Exchange", "Choose which version to keep: {choices}.").format(
                choices=", ".join(KEEP_CHOICES)
            ),
            field="keep",
        )
    conflict = session.get(models.ExchangeConflict, conflict_id)
    if conflict is None or conflict.deleted_at is not None:
        raise NotFoundError(
            translate("Exchange", "There is no conflict with id {id}.").format(id=conflict_id),
            field="conflict",
        )
    if conflict.resolved_at is not None:
        raise ValidationError(
            translate("Exchange", "This conflict was already settled ({resolution}).").format(
                resolution=conflict.resolution
            ),
            field="conflict",
        )
    info = table_infos().get(conflict.entity)
    if info is None:
        raise ValidationError(
            translate("Exchange", "Records of kind '{entity}' cannot be settled here.").format(
                entity=conflict.entity
            )
        )
    conn = session.connection()
    cursor = conn.exec_driver_sql(f'SELECT * FROM "{info.name}" WHERE id = ?', (conflict.entity_id,))
    found = cursor.fetchone()
    if found is None:
        raise NotFoundError(
            translate("Exchange", "The record of this conflict no longer exists."), field="conflict"
        )
    current = dict(zip(cursor.keys(), found, strict=True))
    now = format_utc(utcnow())
    changes: dict[str, list[Any]] = {}
    if keep == "incoming":
        incoming: dict[str, Any] = json.loads(conflict.incoming_snapshot)
        columns = [c for c in info.content if c in incoming]
        changes = {c: [current[c], incoming[c]] for c in columns if current[c] != incoming[c]}
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        conn.exec_driver_sql(
            f'UPDATE "{info.name}" SET {assignments}, updated_at = ? WHERE id = ?',
            (*(incoming[c] for c in columns), now, conflict.entity_id),
        )
        problem = conn.exec_driver_sql(f'PRAGMA foreign_key_check("{info.name}")').fetchone()
        if problem is not None:
            raise ValidationError(
                translate("Exchange", "The other version refers to a record this store no longer has.")
            )
        if info.name == "concern":
            conn.exec_driver_sql(_OUTSIDE_REGION_SQL, (conflict.entity_id,))
        conflict.resolution = "took_incoming"
    else:
        # A fresh edit time makes this version travel and win on the other laptop.
        conn.exec_driver_sql(
            f'UPDATE "{info.name}" SET updated_at = ? WHERE id = ?', (now, conflict.entity_id)
        )
        conflict.resolution = "kept_local"
    changes["conflict"] = [conflict.id, conflict.resolution]
    changelog.log_entry(session, info.name, conflict.entity_id, "update", changes)
    conflict.resolved_at = utcnow()
    session.add(conflict)
    session.flush()
    peers = {p.peer_store_id: p.name for p in session.exec(select(models.ExchangePeer)).all()}
    return _view(conflict, peers)
