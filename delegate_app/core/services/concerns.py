"""Concerns and their supports: create, edit, delete with validation, and their breadth."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection
from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.services.region import is_outside, member_ids
from delegate_app.core.types import utcnow

TITLE_MAX = 300
DESCRIPTION_MAX = 20_000
SCALE = range(1, 6)

# Errors name the field as the import columns and the forms call it (DESIGN.md §4),
# so one message serves the CLI, the import report and the editor.
FIELD_NAMES: dict[str, str] = {
    "title": "titel",
    "description": "omschrijving",
    "municipality_id": "gemeente",
    "theme_id": "thema",
    "urgency": "urgentie",
    "impact": "impact",
    "confidentiality": "vertrouwelijkheid",
    "contributor_name": "indiener",
    "contributor_id": "indiener",
    "submitted_on": "datum",
    "session_id": "sessie",
    "source": "bron",
    "status": "status",
    "status_reason": "status",
    "anonymised": "geanonimiseerd",
    "extra_theme_ids": "thema",
    "body_ids": "gremium",
    "id": "id",
}


@dataclass
class ConcernDraft:
    """What a form, an import row or a package says about a concern before it is stored."""

    title: str
    description: str
    municipality_id: str
    theme_id: str | None = None
    urgency: int = 3
    impact: int = 3
    confidentiality: str = models.Confidentiality.REGION.value
    anonymised: bool = False
    contributor_name: str = ""
    contributor_id: str | None = None
    submitted_on: date | None = None
    session_id: str | None = None
    source: str = models.ConcernSource.MANUAL.value
    status: str = models.ConcernStatus.NEW.value
    extra_theme_ids: tuple[str, ...] = ()
    body_ids: tuple[str, ...] = ()
    id: str | None = None  # given by imports and packages; a new uuid otherwise


# Optional references a form may send as "" when nothing is picked.
_OPTIONAL_IDS = ("theme_id", "contributor_id", "session_id")

# Attributes update_concern may change; the link sets are handled beside the row.
_EDITABLE = {f.name for f in fields(ConcernDraft)} - {"id"} | {"status_reason"}
_LINKS = {"extra_theme_ids", "body_ids"}


# --------------------------------------------------------------------------- validation


def _fail(message: str, attribute: str) -> ValidationError:
    return ValidationError(message, field=FIELD_NAMES.get(attribute, attribute))


def _live(session: Session, model: type[models.Record], record_id: str | None) -> bool:
    if not record_id:
        return False
    row = session.get(model, record_id)
    return row is not None and row.deleted_at is None


def _check_scale(value: object, attribute: str, label: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCALE:
        raise _fail(
            translate("Concerns", "{label} must be a whole number from 1 to 5, not '{value}'.").format(
                label=label, value=value
            ),
            attribute,
        )


def _check_choice(value: object, allowed: Iterable[str], attribute: str, label: str) -> None:
    choices = list(allowed)
    if value not in choices:
        raise _fail(
            translate("Concerns", "{label} must be one of {choices}, not '{value}'.").format(
                label=label, choices=", ".join(choices), value=value
            ),
            attribute,
        )


def _check_values(session: Session, values: dict[str, Any], *, new: bool) -> None:
    """Check a concern's would-be values; raise on the first problem, change nothing."""
    title = values["title"]
    if not isinstance(title, str) or not title.strip():
        raise _fail(translate("Concerns", "A concern needs a title."), "title")
    if len(title.strip()) > TITLE_MAX:
        raise _fail(
            translate(
                "Concerns", "The title is {length} characters long; at most {limit} are allowed."
            ).format(length=len(title.strip()), limit=TITLE_MAX),
            "title",
        )
    description = values["description"]
    if not isinstance(description, str):
        raise _fail(translate("Concerns", "The description must be text."), "description")
    if new and not description.strip():
        raise _fail(translate("Concerns", "A new concern needs a description."), "description")
    if len(description) > DESCRIPTION_MAX:
        raise _fail(
            translate(
                "Concerns",
                "The description is {length} characters long; at most {limit} are allowed. "
                "Shorten it or attach the full text elsewhere.",
            ).format(length=len(description), limit=DESCRIPTION_MAX),
            "description",
        )
    if not _live(session, models.Municipality, values["municipality_id"]):
        raise _fail(
            translate("Concerns", "Unknown municipality '{value}'.").format(
                value=values["municipality_id"] or ""
            ),
            "municipality_id",
        )
    if values["theme_id"] is not None and not _live(session, models.Theme, values["theme_id"]):
        raise _fail(
            translate("Concerns", "Unknown theme '{value}'.").format(value=values["theme_id"]), "theme_id"
        )
    for theme_id in values["extra_theme_ids"]:
        if not _live(session, models.Theme, theme_id):
            raise _fail(
                translate("Concerns", "Unknown theme '{value}'.").format(value=theme_id), "extra_theme_ids"
            )
    for body_id in values["body_ids"]:
        if not _live(session, models.Organisation, body_id):
            raise _fail(
                translate("Concerns", "Unknown national body '{value}'.").format(value=body_id), "body_ids"
            )
    _check_scale(values["urgency"], "urgency", translate("Concerns", "Urgency"))
    _check_scale(values["impact"], "impact", translate("Concerns", "Impact"))
    _check_choice(
        values["confidentiality"],
        (c.value for c in models.Confidentiality),
        "confidentiality",
        translate("Concerns", "Confidentiality"),
    )
    _check_choice(
        values["status"], (s.value for s in models.ConcernStatus), "status", translate("Concerns", "Status")
    )
    _check_choice(
        values["source"], (s.value for s in models.ConcernSource), "source", translate("Concerns", "Source")
    )
    if not isinstance(values["contributor_name"], str) or len(values["contributor_name"]) > TITLE_MAX:
        raise _fail(translate("Concerns", "The contributor's name is too long."), "contributor_name")
    if values["contributor_id"] is not None and not _live(session, models.Person, values["contributor_id"]):
        raise _fail(
            translate("Concerns", "Unknown contributor '{value}'.").format(value=values["contributor_id"]),
            "contributor_id",
        )
    if values["session_id"] is not None and not _live(session, models.RegionalSession, values["session_id"]):
        raise _fail(
            translate("Concerns", "Unknown regional session '{value}'.").format(value=values["session_id"]),
            "session_id",
        )
    submitted = values["submitted_on"]
    if submitted is not None and not isinstance(submitted, date):
        raise _fail(
            translate("Concerns", "The date '{value}' is not a date.").format(value=submitted), "submitted_on"
        )
    if not isinstance(values["anonymised"], bool):
        raise _fail(translate("Concerns", "Anonymised must be yes or no."), "anonymised")


def _normalise(values: dict[str, Any]) -> dict[str, Any]:
    for key in _OPTIONAL_IDS:
        if key in values and values[key] == "":
            values[key] = None
    for key in _LINKS:
        if key in values:
            values[key] = tuple(values[key] or ())
    return values


def _normalised(draft: ConcernDraft) -> ConcernDraft:
    return ConcernDraft(**_normalise({f.name: getattr(draft, f.name) for f in fields(ConcernDraft)}))


def validate_draft(session: Session, draft: ConcernDraft) -> None:
    """Raise ValidationError naming the field when `draft` cannot be stored as a new concern."""
    draft = _normalised(draft)
    _check_values(session, vars(draft), new=True)
    if draft.id is not None and session.get(models.Concern, draft.id) is not None:
        raise _fail(
            translate("Concerns", "A concern with id {value} already exists.").format(value=draft.id), "id"
        )


# --------------------------------------------------------------------------- create, edit, delete


def is_outside_region(session: Session, municipality_id: str) -> bool:
    """True when a region is defined and the municipality is not one of its members."""
    return is_outside(member_ids(session), municipality_id)


def get_concern(session: Session, concern_id: str, *, allow_deleted: bool = False) -> models.Concern:
    concern = session.get(models.Concern, concern_id)
    if concern is None or (concern.deleted_at is not None and not allow_deleted):
        raise NotFoundError(translate("Concerns", "There is no concern with id {id}.").format(id=concern_id))
    return concern


def create_concern(session: Session, draft: ConcernDraft) -> models.Concern:
    draft = _normalised(draft)
    validate_draft(session, draft)
    row = {key: value for key, value in vars(draft).items() if key not in _LINKS | {"id"}}
    for key in ("title", "description", "contributor_name"):
        row[key] = row[key].strip()
    concern = models.Concern(**row, outside_region=is_outside_region(session, draft.municipality_id))
    if draft.id is not None:
        concern.id = draft.id
    session.add(concern)
    # The concern row first: the link rows refer to it.
    session.flush()
    _sync_links(session, concern.id, models.ConcernTheme, "theme_id", draft.extra_theme_ids)
    _sync_links(session, concern.id, models.ConcernBody, "organisation_id", draft.body_ids)
    session.flush()
    return concern


def update_concern(session: Session, concern_id: str, **changes: Any) -> models.Concern:
    """Change some fields of a concern; all are checked before any is written."""
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise TypeError(f"update_concern: unknown fields {sorted(unknown)}")
    concern = get_concern(session, concern_id)
    values: dict[str, Any] = {name: getattr(concern, name) for name in _EDITABLE - _LINKS}
    values["extra_theme_ids"] = tuple(extra_theme_ids(session, concern_id))
    values["body_ids"] = tuple(body_ids(session, concern_id))
    changes = _normalise(dict(changes))
    values.update(changes)
    for key in ("title", "description", "contributor_name", "status_reason"):
        if isinstance(values[key], str):
            values[key] = values[key].strip()
    _check_values(session, values, new=False)
    for key in changes:
        if key not in _LINKS:
            setattr(concern, key, values[key])
    if "municipality_id" in changes:
        concern.outside_region = is_outside_region(session, concern.municipality_id)
    session.add(concern)
    session.flush()
    if "extra_theme_ids" in changes:
        _sync_links(session, concern_id, models.ConcernTheme, "theme_id", values["extra_theme_ids"])
    if "body_ids" in changes:
        _sync_links(session, concern_id, models.ConcernBody, "organisation_id", values["body_ids"])
    session.flush()
    return concern


def delete_concern(session: Session, concern_id: str) -> None:
    """Tombstone a concern; concerns merged into it stay merged and hidden with it."""
    concern = get_concern(session, concern_id)
    concern.deleted_at = utcnow()
    session.add(concern)
    session.flush()


def restore_concern(session: Session, concern_id: str) -> None:
    concern = get_concern(session, concern_id, allow_deleted=True)
    if concern.deleted_at is None:
        return
    concern.deleted_at = None
    session.add(concern)
    session.flush()


# --------------------------------------------------------------------------- further themes and bodies

_LinkModel = type[models.ConcernTheme] | type[models.ConcernBody]


def _links(session: Session, model: _LinkModel, concern_id: str) -> list[Any]:
    return list(session.exec(select(model).where(model.concern_id == concern_id)).all())


def _sync_links(
    session: Session, concern_id: str, model: _LinkModel, key: str, wanted: Iterable[str]
) -> None:
    """Make the live link rows exactly `wanted`; revive tombstones rather than duplicate (unique pairs)."""
    want = list(dict.fromkeys(wanted))
    existing = {getattr(row, key): row for row in _links(session, model, concern_id)}
    for target_id, row in existing.items():
        if target_id not in want and row.deleted_at is None:
            row.deleted_at = utcnow()
            session.add(row)
    for target_id in want:
        row = existing.get(target_id)
        if row is None:
            session.add(model(concern_id=concern_id, **{key: target_id}))
        elif row.deleted_at is not None:
            row.deleted_at = None
            session.add(row)


def extra_theme_ids(session: Session, concern_id: str) -> list[str]:
    return [r.theme_id for r in _links(session, models.ConcernTheme, concern_id) if r.deleted_at is None]


def body_ids(session: Session, concern_id: str) -> list[str]:
    return [
        r.organisation_id for r in _links(session, models.ConcernBody, concern_id) if r.deleted_at is None
    ]


# --------------------------------------------------------------------------- supports


def supports(session: Session, concern_id: str) -> list[models.Support]:
    """The live supports recorded on this concern itself (not on concerns merged into it)."""
    return list(
        session.exec(
            select(models.Support)
            .where(models.Support.concern_id == concern_id, live(models.Support))
            .order_by(models.Support.created_at)
        ).all()
    )


def add_support(
    session: Session,
    concern_id: str,
    municipality_id: str,
    *,
    note: str = "",
    recorded_via: str = models.RecordedVia.MANUAL.value,
    recorded_by: str = "",
    recorded_on: date | None = None,
    session_id: str | None = None,
) -> models.Support:
    """Record that a municipality recognises a concern; recording it twice changes nothing."""
    concern = get_concern(session, concern_id)
    if not _live(session, models.Municipality, municipality_id):
        raise _fail(
            translate("Concerns", "Unknown municipality '{value}'.").format(value=municipality_id),
            "municipality_id",
        )
    if municipality_id == concern.municipality_id:
        raise _fail(
            translate(
                "Concerns", "This municipality raised the concern itself; it cannot also recognise it."
            ),
            "municipality_id",
        )
    _check_choice(
        recorded_via,
        (v.value for v in models.RecordedVia),
        "recorded_via",
        translate("Concerns", "Recorded via"),
    )
    if session_id is not None and not _live(session, models.RegionalSession, session_id):
        raise _fail(
            translate("Concerns", "Unknown regional session '{value}'.").format(value=session_id),
            "session_id",
        )
    rows = session.exec(
        select(models.Support)
        .where(models.Support.concern_id == concern_id, models.Support.municipality_id == municipality_id)
        .order_by(models.Support.created_at)
    ).all()
    live = [r for r in rows if r.deleted_at is None]
    if live:
        return live[0]
    if rows:
        support = rows[0]
        support.deleted_at = None
        support.note, support.recorded_via, support.recorded_by = note, recorded_via, recorded_by
        support.recorded_on, support.session_id = recorded_on, session_id
    else:
        support = models.Support(
            concern_id=concern_id,
            municipality_id=municipality_id,
            note=note,
            recorded_via=recorded_via,
            recorded_by=recorded_by,
            recorded_on=recorded_on,
            session_id=session_id,
        )
    session.add(support)
    session.flush()
    return support


def remove_support(session: Session, concern_id: str, municipality_id: str) -> None:
    rows = session.exec(
        select(models.Support).where(
            models.Support.concern_id == concern_id,
            models.Support.municipality_id == municipality_id,
            live(models.Support),
        )
    ).all()
    for row in rows:
        row.deleted_at = utcnow()
        session.add(row)
    session.flush()


def set_supporters(session: Session, concern_id: str, municipality_ids: Iterable[str], **kw: Any) -> None:
    """Make the supporting municipalities exactly these (the concern's own municipality is implied)."""
    concern = get_concern(session, concern_id)
    wanted = [m for m in dict.fromkeys(municipality_ids) if m != concern.municipality_id]
    current = {s.municipality_id for s in supports(session, concern_id)}
    for municipality_id in current - set(wanted):
        remove_support(session, concern_id, municipality_id)
    for municipality_id in wanted:
        if municipality_id not in current:
            add_support(session, concern_id, municipality_id, **kw)


# --------------------------------------------------------------------------- breadth


@dataclass(frozen=True)
class Breadth:
    """How widely a concern is carried: by municipalities, inhabitants and region members."""

    municipality_ids: frozenset[str]
    municipalities: int
    inhabitants: int
    region_members: int


# Every municipality that voices a concern: its own, its supports, and the same for the
# concerns merged into it, recursively. UNION (not UNION ALL) stops at a cycle should a
# damaged or badly merged store contain one. `{seed}` selects the roots' rows of `concern c`.
VOICES_CTE = """
WITH RECURSIVE
tree(root, cid) AS (
    SELECT c.id, c.id FROM concern c WHERE {seed}
    UNION
    SELECT tree.root, k.id FROM tree JOIN concern k ON k.merged_into_id = tree.cid
    WHERE k.deleted_at IS NULL
),
voices(root, municipality_id) AS (
    SELECT tree.root, c.municipality_id FROM tree JOIN concern c ON c.id = tree.cid
    UNION
    SELECT tree.root, s.municipality_id FROM tree JOIN support s ON s.concern_id = tree.cid
    WHERE s.deleted_at IS NULL
)
"""

# The same per root, summed: (root, municipalities, inhabitants).
BREADTH_CTE = (
    VOICES_CTE
    + """,
breadth(root, municipalities, inhabitants) AS (
    SELECT voices.root, COUNT(*), COALESCE(SUM(m.inhabitants), 0)
    FROM voices JOIN municipality m ON m.id = voices.municipality_id
    GROUP BY voices.root
)
"""
)


def _connection(session: Session) -> Connection:
    session.flush()  # plain SQL below must see the session's pending writes
    return session.connection()


def breadth_of_municipalities(session: Session, municipality_ids: Iterable[str]) -> Breadth:
    """Breadth of an explicit set of municipalities (used to preview a merge)."""
    ids = frozenset(municipality_ids)
    rows = _connection(session).exec_driver_sql(
        "SELECT COALESCE(SUM(inhabitants), 0) FROM municipality WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(ids)),),
    )
    inhabitants = int(rows.scalar_one())
    return Breadth(ids, len(ids), inhabitants, len(ids & member_ids(session)))


def breadth_many(session: Session, concern_ids: Sequence[str]) -> dict[str, Breadth]:
    """Breadth of several concerns in two queries; unknown ids are left out."""
    if not concern_ids:
        return {}
    sql = VOICES_CTE.format(seed="c.id IN (SELECT value FROM json_each(?))") + (
        "SELECT voices.root, voices.municipality_id, m.inhabitants "
        "FROM voices JOIN municipality m ON m.id = voices.municipality_id"
    )
    by_root: dict[str, dict[str, int]] = {}
    for root, municipality_id, inhabitants in _connection(session).exec_driver_sql(
        sql, (json.dumps(list(dict.fromkeys(concern_ids))),)
    ):
        by_root.setdefault(str(root), {})[str(municipality_id)] = int(inhabitants or 0)
    members = member_ids(session)
    result: dict[str, Breadth] = {}
    for root, voices in by_root.items():
        ids = frozenset(voices)
        result[root] = Breadth(ids, len(ids), sum(voices.values()), len(ids & members))
    return result


def breadth(session: Session, concern_id: str) -> Breadth:
    found = breadth_many(session, [concern_id])
    if concern_id not in found:
        raise NotFoundError(translate("Concerns", "There is no concern with id {id}.").format(id=concern_id))
    return found[concern_id]
