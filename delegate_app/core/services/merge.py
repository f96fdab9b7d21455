"""Merging duplicate concerns, reversibly, without losing who said what.

A merged concern keeps its own row, municipality and supports; it only gets
`merged_into_id` and a MergeLink. The target's breadth counts them (see
concerns.breadth); unmerging clears the pointer and closes the link.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services import concerns
from delegate_app.core.services.concerns import Breadth
from delegate_app.core.services.records import live
from delegate_app.core.types import utcnow


@dataclass(frozen=True)
class MergePreview:
    target: models.Concern
    sources: tuple[models.Concern, ...]
    before: Breadth  # the target alone
    after: Breadth  # the target with the sources merged into it

    @property
    def added_municipality_ids(self) -> frozenset[str]:
        return self.after.municipality_ids - self.before.municipality_ids


def _checked(
    session: Session, source_ids: Sequence[str], target_id: str
) -> tuple[models.Concern, list[models.Concern]]:
    """The target and sources of a merge, or ValidationError saying why it cannot be done."""
    unique = list(dict.fromkeys(source_ids))
    if not unique:
        raise ValidationError(translate("Merge", "Choose at least one concern to merge."), field="source")
    if target_id in unique:
        raise ValidationError(translate("Merge", "A concern cannot be merged into itself."), field="source")
    target = concerns.get_concern(session, target_id, allow_deleted=True)
    if target.deleted_at is not None:
        raise ValidationError(
            translate("Merge", "'{title}' is deleted; restore it before merging into it.").format(
                title=target.title
            ),
            field="target",
        )
    sources = [concerns.get_concern(session, i, allow_deleted=True) for i in unique]
    for source in sources:
        if source.deleted_at is not None:
            raise ValidationError(
                translate("Merge", "'{title}' is deleted and cannot be merged.").format(title=source.title),
                field="source",
            )
        if source.merged_into_id is not None:
            raise ValidationError(
                translate(
                    "Merge", "'{title}' is already merged into another concern; unmerge it first."
                ).format(title=source.title),
                field="source",
            )
    # Walk up from the target: meeting a source means the target already lives inside it.
    ancestors: set[str] = set()
    current: models.Concern | None = target
    while current is not None and current.merged_into_id is not None and current.id not in ancestors:
        ancestors.add(current.id)
        current = session.get(models.Concern, current.merged_into_id)
        if current is not None and current.id in unique:
            raise ValidationError(
                translate(
                    "Merge", "'{title}' cannot be merged into a concern that is itself merged into it."
                ).format(title=current.title),
                field="source",
            )
    return target, sources


def preview_merge(session: Session, source_ids: Sequence[str], target_id: str) -> MergePreview:
    """What a merge would do, checked as the merge itself checks; changes nothing."""
    target, sources = _checked(session, source_ids, target_id)
    found = concerns.breadth_many(session, [target.id, *(s.id for s in sources)])
    voices = frozenset().union(*(b.municipality_ids for b in found.values()))
    return MergePreview(
        target=target,
        sources=tuple(sources),
        before=found[target.id],
        after=concerns.breadth_of_municipalities(session, voices),
    )


def merge(session: Session, source_ids: Sequence[str], target_id: str) -> None:
    """Merge the sources into the target; each shows as action "merge" in the change log."""
    target, sources = _checked(session, source_ids, target_id)
    actor = str(session.info.get("actor", ""))
    session.flush()  # so the override below applies to this concern's change alone
    for source in sources:
        source.merged_into_id = target.id
        session.add(source)
        session.info["action_override"] = "merge"
        session.flush()
        session.info.pop("action_override", None)
        session.add(models.MergeLink(source_id=source.id, target_id=target.id, merged_by=actor))
        session.flush()


def unmerge(session: Session, source_id: str) -> None:
    """Take a merged concern out of its target again; its supports never moved, so nothing else changes."""
    source = concerns.get_concern(session, source_id, allow_deleted=True)
    if source.merged_into_id is None:
        raise ValidationError(
            translate("Merge", "'{title}' is not merged into another concern.").format(title=source.title),
            field="source",
        )
    target_id = source.merged_into_id
    session.flush()
    source.merged_into_id = None
    session.add(source)
    session.info["action_override"] = "unmerge"
    session.flush()
    session.info.pop("action_override", None)
    links = session.exec(
        select(models.MergeLink).where(
            models.MergeLink.source_id == source_id,
            models.MergeLink.target_id == target_id,
            models.MergeLink.unmerged_at == None,  # noqa: E711
            live(models.MergeLink),
        )
    ).all()
    for link in links:
        link.unmerged_at = utcnow()
        link.unmerged_by = str(session.info.get("actor", ""))
        session.add(link)
    session.flush()


def merged_children(session: Session, target_id: str) -> list[models.Concern]:
    """The live concerns merged directly into this one, oldest first."""
    return list(
        session.exec(
            select(models.Concern)
            .where(models.Concern.merged_into_id == target_id, live(models.Concern))
            .order_by(models.Concern.created_at)
        ).all()
    )


def merge_history(session: Session, concern_id: str) -> list[models.MergeLink]:
    """Every merge this concern took part in, as source or target, oldest first."""
    return list(
        session.exec(
            select(models.MergeLink)
            .where((models.MergeLink.source_id == concern_id) | (models.MergeLink.target_id == concern_id))
            .order_by(models.MergeLink.created_at)
        ).all()
    )
