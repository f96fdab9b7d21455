"""Small builders for concern tests: look up reference data and add concerns in one call."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, func, select

from delegate_app.core import models
from delegate_app.core.services import concerns
from delegate_app.core.store import Store


def municipality(session: Session, name: str) -> models.Municipality:
    return session.exec(select(models.Municipality).where(models.Municipality.name == name)).one()


def _lookup(store: Store, sql: str, *params: object) -> str:
    # A plain read on its own connection: it never waits for a write transaction in progress.
    conn = store.raw()
    try:
        return str(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def muni_id(store: Store, name: str) -> str:
    return _lookup(store, "SELECT id FROM municipality WHERE name = ?", name)


def theme_id(store: Store, code: str) -> str:
    return _lookup(store, "SELECT id FROM theme WHERE code = ?", code)


def body_id(store: Store) -> str:
    return _lookup(store, "SELECT id FROM organisation ORDER BY code LIMIT 1")


def add_concern(
    store: Store,
    title: str,
    municipality_name: str = "Heerenveen",
    description: str = "Toelichting.",
    **kw: Any,
) -> str:
    """Create a concern in its own transaction and return its id."""
    with store.session() as session:
        draft = concerns.ConcernDraft(
            title=title,
            description=description,
            municipality_id=municipality(session, municipality_name).id,
            **kw,
        )
        return concerns.create_concern(session, draft).id


def define_region(store: Store, names: list[str]) -> None:
    with store.session() as session:
        region = models.Region(name="Regio Test")
        session.add(region)
        session.flush()
        for name in names:
            session.add(
                models.RegionMember(region_id=region.id, municipality_id=municipality(session, name).id)
            )


def count(store: Store, model: type[Any]) -> int:
    with store.reader() as session:
        return int(session.exec(select(func.count()).select_from(model)).one())


def rowid(store: Store, concern_id: str) -> int:
    return int(_lookup(store, "SELECT rowid FROM concern WHERE id = ?", concern_id))
