"""Contacts of the region: create, edit, list, and erase a person's personal data."""

from __future__ import annotations

import json
import re
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.types import utcnow

NAME_MAX = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PHONE = re.compile(r"[0-9+()\-. /]{6,30}")
_PERSONAL = ("name", "email", "phone", "function_title")
_EDITABLE = {*_PERSONAL, "role", "municipality_id", "organisation_id", "is_self"}

# Field names as the contact form and the import call them.
FIELD_NAMES = {
    "name": "naam",
    "email": "e-mail",
    "phone": "telefoon",
    "function_title": "functie",
    "role": "rol",
    "municipality_id": "gemeente",
    "organisation_id": "organisatie",
    "is_self": "zelf",
}


def _fail(message: str, attribute: str) -> ValidationError:
    return ValidationError(message, field=FIELD_NAMES.get(attribute, attribute))


def _check(session: Session, values: dict[str, Any]) -> None:
    name = values["name"]
    if not isinstance(name, str) or not name.strip():
        raise _fail(translate("Persons", "A contact needs a name."), "name")
    for key in ("name", "function_title"):
        if len(values[key]) > NAME_MAX:
            raise _fail(
                translate("Persons", "This text is longer than {limit} characters.").format(limit=NAME_MAX),
                key,
            )
    if values["email"] and not _EMAIL.fullmatch(values["email"]):
        raise _fail(
            translate("Persons", "'{value}' is not an e-mail address.").format(value=values["email"]), "email"
        )
    if values["phone"] and not _PHONE.fullmatch(values["phone"]):
        raise _fail(
            translate("Persons", "'{value}' is not a phone number.").format(value=values["phone"]), "phone"
        )
    roles = [r.value for r in models.PersonRole]
    if values["role"] not in roles:
        raise _fail(
            translate("Persons", "The role must be one of {choices}, not '{value}'.").format(
                choices=", ".join(roles), value=values["role"]
            ),
            "role",
        )
    for key, model, message in (
        ("municipality_id", models.Municipality, translate("Persons", "Unknown municipality '{value}'.")),
        ("organisation_id", models.Organisation, translate("Persons", "Unknown organisation '{value}'.")),
    ):
        if values[key] is not None:
            row = session.get(model, values[key])
            if row is None or row.deleted_at is not None:
                raise _fail(message.format(value=values[key]), key)


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    for key in _PERSONAL:
        if key in values and isinstance(values[key], str):
            values[key] = values[key].strip()
    for key in ("municipality_id", "organisation_id"):
        if values.get(key) == "":
            values[key] = None
    return values


def create_person(
    session: Session,
    name: str,
    *,
    email: str = "",
    phone: str = "",
    role: str = models.PersonRole.OTHER.value,
    municipality_id: str | None = None,
    organisation_id: str | None = None,
    function_title: str = "",
) -> models.Person:
    values = _clean(
        {
            "name": name,
            "email": email,
            "phone": phone,
            "role": role,
            "municipality_id": municipality_id,
            "organisation_id": organisation_id,
            "function_title": function_title,
        }
    )
    _check(session, values)
    person = models.Person(**values)
    session.add(person)
    session.flush()
    return person


def get_person(session: Session, person_id: str) -> models.Person:
    person = session.get(models.Person, person_id)
    if person is None or person.deleted_at is not None:
        raise NotFoundError(translate("Persons", "There is no contact with id {id}.").format(id=person_id))
    return person


def update_person(session: Session, person_id: str, **changes: Any) -> models.Person:
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise TypeError(f"update_person: unknown fields {sorted(unknown)}")
    person = get_person(session, person_id)
    if person.erased_at is not None:
        raise ValidationError(
            translate("Persons", "This contact was erased and cannot be edited."), field="naam"
        )
    changes = _clean(dict(changes))
    values = {key: getattr(person, key) for key in _EDITABLE} | changes
    _check(session, values)
    for key, value in changes.items():
        setattr(person, key, value)
    session.add(person)
    session.flush()
    return person


def persons(
    session: Session, *, municipality_id: str | None = None, organisation_id: str | None = None
) -> list[models.Person]:
    """Live, not erased contacts, by name; optionally of one municipality or organisation."""
    query = select(models.Person).where(
        live(models.Person),
        models.Person.erased_at == None,  # noqa: E711
    )
    if municipality_id is not None:
        query = query.where(models.Person.municipality_id == municipality_id)
    if organisation_id is not None:
        query = query.where(models.Person.organisation_id == organisation_id)
    return list(session.exec(query.order_by(func.lower(models.Person.name))).all())


# --------------------------------------------------------------------------- erasure


def erase_person(session: Session, person_id: str) -> None:
    """Erase a person's personal data everywhere we keep it; their concerns stay with their municipality.

    The record itself stays (blank, with `erased_at`) so links from attendance and
    concerns still resolve and the erasure can travel to another laptop. Old values
    are also scrubbed from the change log, which would otherwise keep them.
    """
    person = session.get(models.Person, person_id)
    if person is None:
        raise NotFoundError(translate("Persons", "There is no contact with id {id}.").format(id=person_id))
    secrets = {v for v in (person.name, person.email, person.phone) if v and v.strip()}
    for concern in session.exec(select(models.Concern).where(models.Concern.contributor_id == person_id)):
        if concern.contributor_name:
            concern.contributor_name = ""
            session.add(concern)
    if person.name.strip():
        for model in (models.Support, models.Response):
            for row in session.exec(select(model).where(model.recorded_by == person.name)):
                row.recorded_by = ""
                session.add(row)
    session.flush()
    for key in _PERSONAL:
        setattr(person, key, "")
    person.erased_at = utcnow()
    session.add(person)
    session.info["action_override"] = "erase"
    session.flush()
    session.info.pop("action_override", None)
    _scrub_change_log(session, secrets)


def _scrub_change_log(session: Session, secrets: set[str]) -> None:
    """Blank every logged value that is exactly one of `secrets`."""
    for secret in secrets:
        # The JSON text holds the value escaped as JSON; search for that form.
        needle = json.dumps(secret, ensure_ascii=False)[1:-1]
        rows = session.exec(select(models.ChangeLog).where(func.instr(models.ChangeLog.changes, needle) > 0))
        for entry in rows:
            try:
                changes = json.loads(entry.changes)
            except ValueError:
                continue
            scrubbed = {
                key: [("" if isinstance(value, str) and value in secrets else value) for value in pair]
                if isinstance(pair, list)
                else pair
                for key, pair in changes.items()
            }
            if scrubbed != changes:
                entry.changes = json.dumps(scrubbed, ensure_ascii=False)
                session.add(entry)
    session.flush()
