"""Read-only lists for the contacts directory: organisations and how many contacts each has."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from delegate_app.core import models
from delegate_app.core.models import OrganisationKind
from delegate_app.core.services.labels import code_label
from delegate_app.core.services.records import live

# User associations and professional associations first: the region's own network.
_KIND_ORDER = {
    OrganisationKind.USER_ASSOCIATION.value: 0,
    OrganisationKind.ASSOCIATION.value: 1,
    OrganisationKind.NATIONAL_BODY.value: 2,
    OrganisationKind.SUPPLIER.value: 3,
    OrganisationKind.OTHER.value: 4,
}


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    code: str
    name: str
    kind: str
    kind_label: str
    contacts: int


def _contacts_by(session: Session, column: object) -> dict[str, int]:
    rows = session.exec(
        select(column, func.count())
        .where(live(models.Person), col(models.Person.erased_at).is_(None), col(column).is_not(None))
        .group_by(column)
    ).all()
    return {str(key): int(n) for key, n in rows}


def contacts_per_municipality(session: Session) -> dict[str, int]:
    """Live, not erased contacts per municipality id."""
    return _contacts_by(session, models.Person.municipality_id)


def organisations(session: Session) -> list[OrganisationRow]:
    """Every live organisation with its number of contacts; associations first, then by name."""
    counts = _contacts_by(session, models.Person.organisation_id)
    rows = [
        OrganisationRow(
            id=o.id,
            code=o.code,
            name=o.name,
            kind=o.kind,
            kind_label=code_label(OrganisationKind, o.kind),
            contacts=counts.get(o.id, 0),
        )
        for o in session.exec(select(models.Organisation).where(live(models.Organisation)))
    ]
    return sorted(rows, key=lambda r: (_KIND_ORDER.get(r.kind, 9), r.name.casefold()))
