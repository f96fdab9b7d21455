"""The national outcome of an agenda item, and what it settles for the region's concerns.

Recording an outcome moves every concern behind the item (linked to it, used as
evidence by its position, or merged into one of those) to answered or closed,
with the reason the report-back shows each municipality; it marks the position
as outcome known (keeping a version) and the meeting as held.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, func, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import ConcernStatus, MeetingStatus, PositionStatus
from delegate_app.core.services import positions
from delegate_app.core.services.meetings import get_agenda_item
from delegate_app.core.services.records import date_value, live, revive, text_value

SETTLING_STATUSES = (ConcernStatus.ANSWERED, ConcernStatus.CLOSED)


def record_outcome(
    session: Session,
    agenda_item_id: str,
    decision: str,
    *,
    meaning: str = "",
    follow_up: str = "",
    review_on: date | str | None = None,
    concern_status: ConcernStatus | str = ConcernStatus.ANSWERED,
    reason: str = "",
    author: str = "",
) -> models.Outcome:
    """Record (or correct) the outcome of an agenda item and settle its concerns.

    `concern_status` is answered or closed; `reason` becomes each concern's status
    reason (the decision when no reason is given). Recording it again updates the
    outcome and the concerns; the position keeps its one "outcome known" version.
    """
    item = get_agenda_item(session, agenda_item_id)
    decision_text = text_value(decision)
    if not decision_text:
        raise ValidationError(translate("Outcomes", "The decision may not be empty."), field="decision")
    settle = next((s for s in SETTLING_STATUSES if s.value == concern_status), None)
    if settle is None:
        raise ValidationError(
            translate("Outcomes", "An outcome leaves the concerns answered or closed, not '{value}'.").format(
                value=concern_status
            ),
            field="concern_status",
        )
    review = date_value(review_on, "review_on") if review_on else None
    reason_text = text_value(reason)
    outcome = revive(session, models.Outcome, agenda_item_id=item.id)
    outcome.decision = decision_text
    outcome.meaning = text_value(meaning)
    outcome.follow_up = text_value(follow_up)
    outcome.review_on = review
    outcome.concern_status = settle.value
    outcome.reason = reason_text
    session.flush()

    position = positions.position_for_item(session, item.id)
    for concern in affected_concerns(session, item.id):
        concern.status = settle.value
        concern.status_reason = reason_text or decision_text
    if position is not None and position.status != PositionStatus.OUTCOME_KNOWN.value:
        positions.set_status(
            session,
            position,
            PositionStatus.OUTCOME_KNOWN,
            author=author,
            reason=translate("Outcomes", "Outcome recorded: {decision}").format(decision=decision_text[:200]),
        )
    meeting = session.get(models.NationalMeeting, item.meeting_id)
    if meeting is not None and meeting.status == MeetingStatus.PLANNED.value:
        meeting.status = MeetingStatus.HELD.value
    session.flush()
    return outcome


def outcome_for(session: Session, agenda_item_id: str) -> models.Outcome | None:
    """The recorded outcome of an agenda item, if any."""
    return session.exec(
        select(models.Outcome).where(models.Outcome.agenda_item_id == agenda_item_id, live(models.Outcome))
    ).first()


def outcomes_for_meeting(session: Session, meeting_id: str) -> dict[str, models.Outcome]:
    """agenda item id -> outcome, for the live items of a meeting that have one."""
    rows = session.exec(
        select(models.Outcome)
        .join(models.AgendaItem, col(models.AgendaItem.id) == col(models.Outcome.agenda_item_id))
        .where(models.AgendaItem.meeting_id == meeting_id, live(models.AgendaItem), live(models.Outcome))
    )
    return {o.agenda_item_id: o for o in rows}


def affected_concerns(session: Session, agenda_item_id: str) -> list[models.Concern]:
    """The concerns an outcome of this agenda item settles, by title (to preview or report back)."""
    position = positions.position_for_item(session, agenda_item_id)
    ids = positions.related_concern_ids(session, agenda_item_id, position.id if position else None)
    if not ids:
        return []
    return list(
        session.exec(
            select(models.Concern)
            .where(col(models.Concern.id).in_(ids))
            .order_by(func.lower(models.Concern.title))
        )
    )
