"""Fetching live records by id and checking user text, with one clear message when something is wrong."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from delegate_app.core import models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services.labels import label
from delegate_app.core.types import utcnow

R = TypeVar("R", bound=models.Record)
E = TypeVar("E", bound=StrEnum)

TITLE_MAX = 300


def live(model: type[models.Record]) -> ColumnElement[bool]:
    """The WHERE clause that leaves tombstoned records out."""
    return col(model.deleted_at).is_(None)


def get_live(session: Session, model: type[R], record_id: str | None, what: str) -> R:
    """The live record `record_id` of `model`; NotFoundError naming `what` when missing or deleted.

    `what` is the translated name of the kind of record ("agenda item").
    """
    record = session.get(model, record_id) if record_id else None
    if record is None or record.deleted_at is not None:
        raise NotFoundError(
            translate("Records", "The {what} '{id}' does not exist (any more).").format(
                what=what, id=record_id or ""
            ),
            field=what,
        )
    return record


def tombstone(record: models.Record) -> None:
    """Mark a record deleted; it stays until purged so the deletion can travel to other laptops."""
    if record.deleted_at is None:
        record.deleted_at = utcnow()


def required_title(value: Any, field: str) -> str:
    """A trimmed, non-empty, not overly long single-line title."""
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(
            translate("Records", "The {field} may not be empty.").format(field=field), field=field
        )
    if len(text) > TITLE_MAX:
        raise ValidationError(
            translate(
                "Records", "The {field} is {length} characters long; at most {max} are allowed."
            ).format(field=field, length=len(text), max=TITLE_MAX),
            field=field,
        )
    return text


def text_value(value: Any) -> str:
    """User text as stored: never None, line endings unified, surrounding blank lines removed."""
    text = str(value or "").replace("\r\n", "\n").replace("\r", "\n")
    return text.strip("\n").rstrip()


def check_fields(changes: dict[str, Any], allowed: set[str] | frozenset[str], what: str) -> None:
    """Refuse field names a record cannot change (a programming error surfaced clearly)."""
    unknown = sorted(set(changes) - set(allowed))
    if unknown:
        raise ValidationError(
            translate("Records", "A {what} has no field {fields} that can be changed.").format(
                what=what, fields=", ".join(unknown)
            ),
            field=unknown[0],
        )


def date_value(value: Any, field: str) -> date:
    """A date from a date, a datetime or ISO text; ValidationError naming the field otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(
        translate("Records", "'{value}' is not a date (use YYYY-MM-DD).").format(value=value), field=field
    )


def _matching(model: type[R], keys: dict[str, Any]) -> Any:
    query = select(model)
    for name, value in keys.items():
        column = col(getattr(model, name))
        query = query.where(column.is_(None) if value is None else column == value)
    return query


def revive(session: Session, model: type[R], **keys: Any) -> R:
    """The one record of `model` with these key values, brought back if tombstoned, new if none.

    Link and response tables have a unique key that tombstoned rows still hold,
    so re-linking must revive the old row rather than insert a second one.
    """
    record: R | None = session.exec(_matching(model, keys)).first()
    if record is None:
        record = model(**keys)
        session.add(record)
    record.deleted_at = None
    return record


def drop(session: Session, model: type[R], **keys: Any) -> int:
    """Tombstone the live records of `model` with these key values; returns how many."""
    rows = session.exec(_matching(model, keys).where(live(model))).all()
    for row in rows:
        tombstone(row)
    session.flush()
    return len(rows)


def enum_value(enum: type[E], value: Any, what: str, field: str) -> E:
    """`value` as a member of `enum`; ValidationError listing the choices otherwise."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(f"{m.value} ({label(m)})" for m in enum)
        raise ValidationError(
            translate("Records", "Unknown {what} '{value}'; choose one of: {allowed}.").format(
                what=what, value=value, allowed=allowed
            ),
            field=field,
        ) from None
