"""Read-only figures for the overview (concerns by status and theme, headline numbers) and for start-up.

Concerns counted here are live and not merged into another (a merged concern
speaks through the one it was merged into), the same rule `stats` uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from delegate_app.core import models
from delegate_app.core.i18n import translate
from delegate_app.core.models import ConcernStatus
from delegate_app.core.services.labels import label
from delegate_app.core.services.records import live

if TYPE_CHECKING:
    from delegate_app.core.store import Store


@dataclass(frozen=True)
class Count:
    key: str  # the stored code (a status, a theme's code); "" for "no theme"
    label: str
    count: int


@dataclass(frozen=True)
class Totals:
    concerns: int
    open_concerns: int  # not yet answered or closed
    supports: int
    members: int
    member_inhabitants: int
    sessions: int
    last_session_on: date | None


def _open_concern() -> tuple[object, object]:
    return live(models.Concern), col(models.Concern.merged_into_id).is_(None)


def concerns_by_status(session: Session) -> list[Count]:
    """Every status in workflow order, with its count (zero included, so the chart keeps its shape)."""
    rows = session.exec(
        select(models.Concern.status, func.count())
        .where(*_open_concern())
        .group_by(col(models.Concern.status))
    ).all()
    found = {str(status): int(n) for status, n in rows}
    result = [Count(s.value, label(s), found.pop(s.value, 0)) for s in ConcernStatus]
    # A status written by a newer version is shown as it is rather than dropped.
    result += [Count(code, code, n) for code, n in sorted(found.items())]
    return result


def concerns_by_theme(session: Session) -> list[Count]:
    """Themes with at least one concern, most concerns first; concerns without a theme last."""
    rows = session.exec(
        select(models.Concern.theme_id, func.count())
        .where(*_open_concern())
        .group_by(col(models.Concern.theme_id))
    ).all()
    themes = {t.id: t for t in session.exec(select(models.Theme))}
    result: list[Count] = []
    without = 0
    for theme_id, n in rows:
        theme = themes.get(theme_id) if theme_id else None
        if theme is None:
            without += int(n)
        else:
            result.append(Count(theme.code, theme.label, int(n)))
    result.sort(key=lambda c: (-c.count, c.label.casefold()))
    if without:
        result.append(Count("", translate("Overview", "No theme"), without))
    return result


def totals(session: Session) -> Totals:
    """The headline numbers of the region."""
    concerns = int(
        session.exec(select(func.count()).select_from(models.Concern).where(*_open_concern())).one()
    )
    done = (ConcernStatus.ANSWERED.value, ConcernStatus.CLOSED.value)
    open_concerns = int(
        session.exec(
            select(func.count())
            .select_from(models.Concern)
            .where(*_open_concern(), col(models.Concern.status).not_in(done))
        ).one()
    )
    supports = int(
        session.exec(
            select(func.count())
            .select_from(models.Support)
            .join(models.Concern, col(models.Concern.id) == col(models.Support.concern_id))
            .where(live(models.Support), *_open_concern())
        ).one()
    )
    region = session.exec(
        select(models.Region).where(live(models.Region)).order_by(col(models.Region.created_at))
    ).first()
    members, inhabitants = 0, 0
    if region is not None:
        row = session.exec(
            select(func.count(), func.coalesce(func.sum(models.Municipality.inhabitants), 0))
            .select_from(models.RegionMember)
            .join(
                models.Municipality, col(models.Municipality.id) == col(models.RegionMember.municipality_id)
            )
            .where(
                models.RegionMember.region_id == region.id,
                live(models.RegionMember),
                live(models.Municipality),
            )
        ).one()
        members, inhabitants = int(row[0]), int(row[1])
    sessions, last = session.exec(
        select(func.count(), func.max(models.RegionalSession.held_on)).where(live(models.RegionalSession))
    ).one()
    return Totals(
        concerns=concerns,
        open_concerns=open_concerns,
        supports=supports,
        members=members,
        member_inhabitants=inhabitants,
        sessions=int(sessions),
        last_session_on=_as_date(last),
    )


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class StartFacts:
    """What the main window needs before it first shows."""

    region_name: str | None  # None: no region yet (the first-start wizard runs)
    self_name: str


def start_facts(store: Store) -> StartFacts:
    """The region's name and the user's, in plain SQL.

    Plain SQL keeps the ORM's one-time set-up (mapping every table) off the path
    to the first window; the views pay for it once the window is on screen.
    """
    with store.engine.connect() as conn:
        region = conn.exec_driver_sql(
            "SELECT name FROM region WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1"
        ).first()
        me = conn.exec_driver_sql(
            "SELECT name FROM person WHERE is_self = 1 AND deleted_at IS NULL AND erased_at IS NULL "
            "ORDER BY created_at, id LIMIT 1"
        ).first()
    return StartFacts(region_name=str(region[0]) if region else None, self_name=str(me[0]) if me else "")
