"""The delegate's region: its name, member municipalities, adoption rule, and the delegate themself.

A store holds one region. Members are never removed outright: a member that
leaves is tombstoned and revived when it returns, so the change travels to other
laptops and the history of who was a member stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlmodel import Session, col, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import PersonRole
from delegate_app.core.services.municipalities import MunicipalityIndex
from delegate_app.core.text import fold
from delegate_app.core.types import utcnow

NAME_MAX = 120
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


def get_region(session: Session) -> models.Region | None:
    """The region of this store (the oldest live one, should a merge ever have brought two)."""
    return session.exec(
        select(models.Region)
        .where(col(models.Region.deleted_at).is_(None))
        .order_by(col(models.Region.created_at), col(models.Region.id))
    ).first()


def _region_name(name: str) -> str:
    text = " ".join(str(name or "").split())
    if not text:
        raise ValidationError(translate("Region", "The region needs a name."), field="name")
    if len(text) > NAME_MAX:
        raise ValidationError(
            translate(
                "Region", "The region's name is {length} characters long; at most {max} are allowed."
            ).format(length=len(text), max=NAME_MAX),
            field="name",
        )
    return text


def set_region(session: Session, name: str, member_ids: Iterable[str]) -> models.Region:
    """Create the region or update it: its name and exactly these member municipalities (ids)."""
    clean_name = _region_name(name)
    wanted = list(dict.fromkeys(member_ids))
    if not wanted:
        raise ValidationError(
            translate("Region", "A region needs at least one member municipality."), field="members"
        )
    known = {
        m.id
        for m in session.exec(
            select(models.Municipality).where(
                col(models.Municipality.id).in_(wanted), col(models.Municipality.deleted_at).is_(None)
            )
        )
    }
    unknown = [m for m in wanted if m not in known]
    if unknown:
        raise ValidationError(
            translate("Region", "Unknown municipality id: {ids}.").format(ids=", ".join(unknown)),
            field="members",
        )

    region = get_region(session)
    if region is None:
        region = models.Region(name=clean_name)
        session.add(region)
        session.flush()
    elif region.name != clean_name:
        region.name = clean_name

    existing = {
        m.municipality_id: m
        for m in session.exec(select(models.RegionMember).where(models.RegionMember.region_id == region.id))
    }
    now = utcnow()
    for municipality_id, member in existing.items():
        if municipality_id not in known and member.deleted_at is None:
            member.deleted_at = now
    for municipality_id in wanted:
        found = existing.get(municipality_id)
        if found is None:
            session.add(models.RegionMember(region_id=region.id, municipality_id=municipality_id))
        elif found.deleted_at is not None:
            found.deleted_at = None
    session.flush()
    _mark_outside_region(session, set(wanted))
    return region


def _mark_outside_region(session: Session, members: set[str]) -> None:
    # Concerns remember whether they came from a neighbour; that changes with the members.
    # Only the concerns whose mark is now wrong are loaded, not the whole register.
    member_list = sorted(members)
    wrong = session.exec(
        select(models.Concern).where(
            col(models.Concern.deleted_at).is_(None),
            (col(models.Concern.municipality_id).in_(member_list) & col(models.Concern.outside_region))
            | (col(models.Concern.municipality_id).not_in(member_list) & ~col(models.Concern.outside_region)),
        )
    ).all()
    for concern in wrong:
        concern.outside_region = is_outside(members, concern.municipality_id)
    session.flush()


def split_codes(codes: Sequence[str] | str) -> list[str]:
    """Codes or names as typed: one per item, or several separated by commas, semicolons or lines."""
    items = [codes] if isinstance(codes, str) else list(codes)
    return [part.strip() for item in items for part in re.split(r"[,;\n]", item) if part.strip()]


def set_region_by_codes(session: Session, name: str, codes: Sequence[str] | str) -> models.Region:
    """Like `set_region`, with municipalities given as GM/CBS codes or names ("GM0059,Ameland")."""
    _region_name(name)
    index = MunicipalityIndex.load(session)
    parts = split_codes(codes)
    if not parts:
        raise ValidationError(
            translate("Region", "A region needs at least one member municipality."), field="members"
        )
    ids: list[str] = []
    problems: list[str] = []
    for part in parts:
        try:
            ids.append(index.resolve(part).id)
        except ValidationError as exc:
            problems.append(str(exc))
    if problems:
        raise ValidationError(" ".join(problems), field="members")
    return set_region(session, name, ids)


def member_municipalities(session: Session) -> list[models.Municipality]:
    """The region's live member municipalities, sorted by name (accents and "'s-" folded)."""
    region = get_region(session)
    if region is None:
        return []
    found = session.exec(
        select(models.Municipality)
        .join(models.RegionMember, col(models.RegionMember.municipality_id) == col(models.Municipality.id))
        .where(
            models.RegionMember.region_id == region.id,
            col(models.RegionMember.deleted_at).is_(None),
            col(models.Municipality.deleted_at).is_(None),
        )
    ).all()
    return sorted(found, key=lambda m: (fold(m.name).lstrip("'"), m.gm_code))


def member_ids(session: Session) -> frozenset[str]:
    """Ids of the region's live member municipalities (empty while no region is defined)."""
    rows = session.exec(
        select(models.RegionMember.municipality_id)
        .join(models.Municipality, col(models.Municipality.id) == col(models.RegionMember.municipality_id))
        .where(col(models.RegionMember.deleted_at).is_(None), col(models.Municipality.deleted_at).is_(None))
    ).all()
    return frozenset(rows)


def is_outside(members: frozenset[str] | set[str], municipality_id: str) -> bool:
    """A concern comes from outside the region when a region is defined and does not hold its municipality."""
    return bool(members) and municipality_id not in members


def self_person(session: Session) -> models.Person | None:
    """The delegate using this store."""
    return session.exec(
        select(models.Person)
        .where(
            col(models.Person.is_self).is_(True),
            col(models.Person.deleted_at).is_(None),
            col(models.Person.erased_at).is_(None),
        )
        .order_by(col(models.Person.created_at), col(models.Person.id))
    ).first()


def set_self(session: Session, name: str, role: str, email: str = "") -> models.Person:
    """Record who uses this store (usually the delegate or the alternate)."""
    clean_name = " ".join(str(name or "").split())
    if not clean_name:
        raise ValidationError(translate("Region", "Your name may not be empty."), field="name")
    roles = {r.value for r in PersonRole}
    if role not in roles:
        raise ValidationError(
            translate("Region", "Unknown role '{role}'. Known roles: {roles}.").format(
                role=role, roles=", ".join(sorted(roles))
            ),
            field="role",
        )
    clean_email = str(email or "").strip()
    if clean_email and not _EMAIL.match(clean_email):
        raise ValidationError(
            translate("Region", "'{email}' is not an e-mail address.").format(email=clean_email),
            field="email",
        )
    person = self_person(session)
    if person is None:
        person = models.Person(name=clean_name, role=role, email=clean_email, is_self=True)
        session.add(person)
    else:
        person.name, person.role, person.email = clean_name, role, clean_email
    session.flush()
    return person


def set_adoption_rule(
    session: Session,
    quorum_share: float,
    max_objection_share_count: float,
    max_objection_share_inhabitants: float,
) -> models.Region:
    """The rule that decides when a position can be vastgesteld; shares are fractions 0..1."""
    region = get_region(session)
    if region is None:
        raise ValidationError(translate("Region", "Define the region first."), field="region")
    values = {
        "quorum_share": quorum_share,
        "max_objection_share_count": max_objection_share_count,
        "max_objection_share_inhabitants": max_objection_share_inhabitants,
    }
    for field, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValidationError(
                translate("Region", "The share {field} must be a number from 0 to 1, not {value}.").format(
                    field=field, value=value
                ),
                field=field,
            )
    region.rule_quorum_share = float(quorum_share)
    region.rule_max_objection_share_count = float(max_objection_share_count)
    region.rule_max_objection_share_inhabitants = float(max_objection_share_inhabitants)
    session.flush()
    return region
