"""The two versions of a conflicting record in words: field names, coded values as labels, references as names."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlmodel import Session

from delegate_app.core import models
from delegate_app.core.exchange.package import table_infos
from delegate_app.core.services import labels

FIELD_NAMES: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ConflictField", "Title"),
    "description": QT_TRANSLATE_NOOP("ConflictField", "Description"),
    "municipality_id": QT_TRANSLATE_NOOP("ConflictField", "Municipality"),
    "theme_id": QT_TRANSLATE_NOOP("ConflictField", "Theme"),
    "urgency": QT_TRANSLATE_NOOP("ConflictField", "Urgency"),
    "impact": QT_TRANSLATE_NOOP("ConflictField", "Impact"),
    "confidentiality": QT_TRANSLATE_NOOP("ConflictField", "Confidentiality"),
    "anonymised": QT_TRANSLATE_NOOP("ConflictField", "Anonymised"),
    "status": QT_TRANSLATE_NOOP("ConflictField", "Status"),
    "status_reason": QT_TRANSLATE_NOOP("ConflictField", "Reason for the status"),
    "contributor_name": QT_TRANSLATE_NOOP("ConflictField", "Contributor"),
    "contributor_id": QT_TRANSLATE_NOOP("ConflictField", "Contributor"),
    "submitted_on": QT_TRANSLATE_NOOP("ConflictField", "Submitted on"),
    "merged_into_id": QT_TRANSLATE_NOOP("ConflictField", "Merged into"),
    "deleted_at": QT_TRANSLATE_NOOP("ConflictField", "Deleted"),
    "note": QT_TRANSLATE_NOOP("ConflictField", "Note"),
    "grade": QT_TRANSLATE_NOOP("ConflictField", "Response"),
    "name": QT_TRANSLATE_NOOP("ConflictField", "Name"),
    "email": QT_TRANSLATE_NOOP("ConflictField", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ConflictField", "Phone"),
    "role": QT_TRANSLATE_NOOP("ConflictField", "Role"),
    "decision": QT_TRANSLATE_NOOP("ConflictField", "Decision"),
    "minutes": QT_TRANSLATE_NOOP("ConflictField", "Minutes"),
    "held_on": QT_TRANSLATE_NOOP("ConflictField", "Held on"),
}

KIND_NAMES: dict[str, str] = {
    "concern": QT_TRANSLATE_NOOP("ConflictKind", "Concern"),
    "support": QT_TRANSLATE_NOOP("ConflictKind", "Recognition"),
    "response": QT_TRANSLATE_NOOP("ConflictKind", "Response"),
    "position": QT_TRANSLATE_NOOP("ConflictKind", "Position"),
    "person": QT_TRANSLATE_NOOP("ConflictKind", "Person"),
    "regionalsession": QT_TRANSLATE_NOOP("ConflictKind", "Regional session"),
    "nationalmeeting": QT_TRANSLATE_NOOP("ConflictKind", "National meeting"),
    "agendaitem": QT_TRANSLATE_NOOP("ConflictKind", "Agenda item"),
    "outcome": QT_TRANSLATE_NOOP("ConflictKind", "Outcome"),
}

# Coded columns shown by their label, per table (a status means something else per kind).
_CODES: dict[tuple[str, str], type[StrEnum]] = {
    ("concern", "confidentiality"): models.Confidentiality,
    ("concern", "status"): models.ConcernStatus,
    ("concern", "source"): models.ConcernSource,
    ("position", "status"): models.PositionStatus,
    ("response", "grade"): models.Grade,
    ("person", "role"): models.PersonRole,
}
_NAME_FIELDS = ("name_disambiguated", "name", "label", "title")


def kind_name(entity: str) -> str:
    source = KIND_NAMES.get(entity)
    return QCoreApplication.translate("ConflictKind", source) if source else entity


def field_name(entity: str, column: str) -> str:
    source = FIELD_NAMES.get(column)
    if source:
        return QCoreApplication.translate("ConflictField", source)
    if entity == "position":
        return labels.position_field_label(column)
    return column


def value_text(session: Session, entity: str, column: str, value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "—"
    enum = _CODES.get((entity, column))
    if enum is not None:
        return labels.code_label(enum, str(value))
    info = table_infos().get(entity)
    parent = info.foreign.get(column) if info else None
    if parent is not None:
        parent_info = table_infos().get(parent)
        record = session.get(parent_info.model, value) if parent_info else None
        for name in _NAME_FIELDS:
            text = getattr(record, name, None) if record is not None else None
            if text:
                return str(text)
        return str(value)
    if isinstance(value, bool) or column in {"anonymised"}:
        return (
            QCoreApplication.translate("ConflictField", "yes")
            if value
            else QCoreApplication.translate("ConflictField", "no")
        )
    if column == "deleted_at":
        return QCoreApplication.translate("ConflictField", "deleted on {date}").format(date=str(value)[:10])
    return str(value)
