"""Every write lands in the change log, and every update refreshes `updated_at`.

Done in one `before_flush` hook so no service can forget it. Bulk inserts that
bypass the ORM (synthetic load, reference data) log one summary entry themselves.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction

from delegate_app.core import models
from delegate_app.core.types import format_utc, utcnow


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changed: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in {"updated_at", "created_at"}:
            continue
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changed[key] = [_plain(old), _plain(new)]
    return changed


def log_entry(session: OrmSession, entity: str, entity_id: str, action: str, changes: dict[str, Any]) -> None:
    session.add(
        models.ChangeLog(
            actor=str(session.info.get("actor", "")),
            entity=entity,
            entity_id=entity_id,
            action=action,
            changes=json.dumps(changes, ensure_ascii=False, default=str),
        )
    )


@event.listens_for(OrmSession, "before_flush")
def _before_flush(session: OrmSession, flush_context: UOWTransaction, instances: object) -> None:
    now = utcnow()
    for obj in list(session.new):
        if isinstance(obj, models.Record):
            fields = {k: [None, _plain(v)] for k, v in obj.model_dump().items() if v not in (None, "")}
            log_entry(session, obj.__tablename__, obj.id, "create", fields)
    for obj in list(session.dirty):
        if not isinstance(obj, models.Record) or not session.is_modified(obj):
            continue
        changes = _changes(obj)
        if not changes:
            continue
        obj.updated_at = now
        action = session.info.pop("action_override", None) or (
            "delete" if "deleted_at" in changes and changes["deleted_at"][1] is not None else "update"
        )
        log_entry(session, obj.__tablename__, obj.id, action, changes)
    for obj in list(session.deleted):
        if isinstance(obj, models.Record):
            log_entry(session, obj.__tablename__, obj.id, "purge", {})


def install() -> None:
    """Importing this module installs the hook; this makes the dependency explicit."""
