"""Weighing a position: how many member municipalities, and how many inhabitants, stand behind it.

Definitions, used everywhere and spelled out in every explanation:

- *members*: the live member municipalities of the region, now.
- *responded*: a member whose response is anything but "geen reactie"; a member
  without a response record counts as "geen reactie".
- *support*: "steun" and "steun met voorbehoud" together.
- *share by count*: members with the grade / all members.
- *share by inhabitants*: inhabitants of members with the grade / inhabitants of
  all members (`Municipality.inhabitants`).
- *quorum*: responded / members.

Shares are exact `Fraction`s; they are rounded only when formatted for people.
Responses of municipalities that are no longer members are kept and listed by
`positions.responses`, but do not count here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from sqlmodel import Session, col, select

from delegate_app.core import models
from delegate_app.core.i18n import translate
from delegate_app.core.models import Grade
from delegate_app.core.services import region
from delegate_app.core.services.labels import format_number, format_percent, label
from delegate_app.core.services.records import live

GRADE_ORDER: tuple[Grade, ...] = (
    Grade.SUPPORT,
    Grade.SUPPORT_WITH_RESERVATION,
    Grade.NEUTRAL,
    Grade.OBJECTION,
    Grade.NO_RESPONSE,
)
SUPPORT_GRADES: frozenset[Grade] = frozenset({Grade.SUPPORT, Grade.SUPPORT_WITH_RESERVATION})
RESPONDED_GRADES: frozenset[Grade] = frozenset(set(Grade) - {Grade.NO_RESPONSE})


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Share:
    """`part` of `whole`, exact; a whole of zero gives a share of zero."""

    part: int
    whole: int

    @property
    def value(self) -> Fraction:
        return Fraction(self.part, self.whole) if self.whole else Fraction(0)

    def percent(self) -> str:
        return format_percent(self.value)


@dataclass(frozen=True)
class MemberFigure:
    """What the weighing needs of one member municipality."""

    municipality_id: str
    name: str
    inhabitants: int


@dataclass(frozen=True)
class GradeFigures:
    """The members with one grade (or a group of grades), by count and by inhabitants."""

    grades: tuple[Grade, ...]
    label: str
    municipality_ids: tuple[str, ...]
    by_count: Share
    by_inhabitants: Share
    count_explanation: str
    inhabitants_explanation: str

    @property
    def count(self) -> int:
        return self.by_count.part

    @property
    def inhabitants(self) -> int:
        return self.by_inhabitants.part


@dataclass(frozen=True)
class Tally:
    """The weighing of one position's responses over the region's members."""

    position_id: str | None
    members: int
    total_inhabitants: int
    grades: dict[Grade, GradeFigures]  # every grade, in GRADE_ORDER
    support: GradeFigures  # steun + steun met voorbehoud
    responded: GradeFigures  # every grade except geen reactie
    quorum_explanation: str
    definitions: str

    @property
    def objection(self) -> GradeFigures:
        return self.grades[Grade.OBJECTION]

    @property
    def quorum(self) -> Share:
        return self.responded.by_count

    @property
    def quorum_share(self) -> Fraction:
        return self.responded.by_count.value

    def summary(self) -> str:
        """One line for overviews: support, objections and responses in."""
        return translate(
            "Weighing",
            "Support {support} of {members} ({support_percent}, {support_inhabitants_percent} of inhabitants); "
            "objections {objections}; responses {responded} of {members}.",
        ).format(
            support=self.support.count,
            members=self.members,
            support_percent=self.support.by_count.percent(),
            support_inhabitants_percent=self.support.by_inhabitants.percent(),
            objections=self.objection.count,
            responded=self.responded.count,
        )

    def as_dict(self) -> dict[str, object]:
        """Plain numbers for a version snapshot (no shares: they follow from the numbers)."""
        return {
            "members": self.members,
            "total_inhabitants": self.total_inhabitants,
            "grades": {
                g.value: {"count": f.count, "inhabitants": f.inhabitants} for g, f in self.grades.items()
            },
            "responded": self.responded.count,
            "support": self.support.count,
        }


def _grade_list(grades: Iterable[Grade]) -> str:
    names = [label(g) for g in GRADE_ORDER if g in set(grades)]
    return translate("Weighing", " or ").join(names)


def _figures(
    grades: tuple[Grade, ...],
    name: str,
    members: list[MemberFigure],
    graded: Mapping[str, Grade],
    total_inhabitants: int,
) -> GradeFigures:
    chosen = [m for m in members if graded.get(m.municipality_id, Grade.NO_RESPONSE) in grades]
    by_count = Share(len(chosen), len(members))
    by_inhabitants = Share(sum(m.inhabitants for m in chosen), total_inhabitants)
    which = _grade_list(grades)
    return GradeFigures(
        grades=grades,
        label=name,
        municipality_ids=tuple(m.municipality_id for m in chosen),
        by_count=by_count,
        by_inhabitants=by_inhabitants,
        count_explanation=translate(
            "Weighing",
            "By count: {part} of the {whole} member municipalities responded {grades}; "
            "{part} ÷ {whole} = {percent}.",
        ).format(part=by_count.part, whole=by_count.whole, grades=which, percent=by_count.percent()),
        inhabitants_explanation=translate(
            "Weighing",
            "By inhabitants: the municipalities that responded {grades} have {part} of the {whole} "
            "inhabitants of all member municipalities; {part} ÷ {whole} = {percent}.",
        ).format(
            part=format_number(by_inhabitants.part),
            whole=format_number(by_inhabitants.whole),
            grades=which,
            percent=by_inhabitants.percent(),
        ),
    )


def tally_of(
    members: Iterable[MemberFigure], graded: Mapping[str, Grade], position_id: str | None = None
) -> Tally:
    """The tally of `graded` (municipality id -> grade) over `members`; pure, no store needed."""
    member_list = list(members)
    member_ids = {m.municipality_id for m in member_list}
    graded = {k: v for k, v in graded.items() if k in member_ids}
    total = sum(m.inhabitants for m in member_list)
    per_grade = {g: _figures((g,), label(g), member_list, graded, total) for g in GRADE_ORDER}
    support = _figures(
        tuple(g for g in GRADE_ORDER if g in SUPPORT_GRADES),
        translate("Weighing", "Support (incl. with reservation)"),
        member_list,
        graded,
        total,
    )
    responded = _figures(
        tuple(g for g in GRADE_ORDER if g in RESPONDED_GRADES),
        translate("Weighing", "Responded"),
        member_list,
        graded,
        total,
    )
    quorum = responded.by_count
    return Tally(
        position_id=position_id,
        members=len(member_list),
        total_inhabitants=total,
        grades=per_grade,
        support=support,
        responded=responded,
        quorum_explanation=translate(
            "Weighing",
            "Quorum: {part} of the {whole} member municipalities responded (any response except "
            "{none}); {part} ÷ {whole} = {percent}.",
        ).format(
            part=quorum.part, whole=quorum.whole, none=label(Grade.NO_RESPONSE), percent=quorum.percent()
        ),
        definitions=translate(
            "Weighing",
            "Support counts {support}. Responded counts every response except {none}; a member "
            "without a response counts as {none}. Shares by count divide by the number of member "
            "municipalities, shares by inhabitants by the inhabitants of all member municipalities.",
        ).format(support=_grade_list(SUPPORT_GRADES), none=label(Grade.NO_RESPONSE)),
    )


# --------------------------------------------------------------------------- from the store


def member_figures(session: Session) -> list[MemberFigure]:
    """The region's live member municipalities with their inhabitants, in the region's name order."""
    return [MemberFigure(m.id, m.name, m.inhabitants) for m in region.member_municipalities(session)]


def grades_for(session: Session, position_ids: Iterable[str]) -> dict[str, dict[str, Grade]]:
    """position id -> municipality id -> grade, for the live responses of those positions."""
    ids = list(position_ids)
    result: dict[str, dict[str, Grade]] = {pid: {} for pid in ids}
    if not ids:
        return result
    for response in session.exec(
        select(models.Response).where(col(models.Response.position_id).in_(ids), live(models.Response))
    ):
        result[response.position_id][response.municipality_id] = grade_of(response.grade)
    return result


def grade_of(code: str) -> Grade:
    # A code this version does not know (a newer laptop) must not break the weighing.
    try:
        return Grade(code)
    except ValueError:
        return Grade.NO_RESPONSE


def compute_tally(session: Session, position_id: str) -> Tally:
    """The tally of one position over the region's current members."""
    return tally_of(member_figures(session), grades_for(session, [position_id])[position_id], position_id)


def compute_tallies(session: Session, position_ids: Iterable[str]) -> dict[str, Tally]:
    """Tallies of several positions with two queries (overviews, the briefing pack)."""
    members = member_figures(session)
    return {pid: tally_of(members, graded, pid) for pid, graded in grades_for(session, position_ids).items()}


# --------------------------------------------------------------------------- the adoption rule


def _exact(value: float) -> Fraction:
    # str() gives the shortest decimal of the float, so 0.1 becomes exactly 1/10.
    return Fraction(str(value))


@dataclass(frozen=True)
class AdoptionRule:
    """When a position can be vastgesteld; configured per region."""

    quorum_share: Fraction = Fraction(1, 2)
    max_objection_share_count: Fraction = Fraction(1, 4)
    max_objection_share_inhabitants: Fraction = Fraction(1, 4)

    @classmethod
    def from_region(cls, region: models.Region) -> AdoptionRule:
        return cls(
            quorum_share=_exact(region.rule_quorum_share),
            max_objection_share_count=_exact(region.rule_max_objection_share_count),
            max_objection_share_inhabitants=_exact(region.rule_max_objection_share_inhabitants),
        )

    def text(self) -> str:
        """The rule in words, shown beside every verdict."""
        return translate(
            "Weighing",
            "A position can be adopted when at least {quorum} of the member municipalities have responded, "
            "objections come from at most {count} of the member municipalities and from municipalities with "
            "at most {inhabitants} of their inhabitants, and any objection is recorded in a minority note.",
        ).format(
            quorum=format_percent(self.quorum_share),
            count=format_percent(self.max_objection_share_count),
            inhabitants=format_percent(self.max_objection_share_inhabitants),
        )


def rule_for(session: Session) -> AdoptionRule:
    """The region's rule, or the default rule when no region is defined yet."""
    current = region.get_region(session)
    return AdoptionRule.from_region(current) if current is not None else AdoptionRule()


@dataclass(frozen=True)
class Check:
    """One condition of the rule, whether it holds, and why in words."""

    key: str  # members, quorum, objection_count, objection_inhabitants, minority_note
    passed: bool
    text: str


@dataclass(frozen=True)
class Verdict:
    can_adopt: bool
    reasons: list[str]  # the texts of the failed checks; empty when the position can be adopted
    rule_text: str
    checks: list[Check] = field(default_factory=list)


def _check(key: str, passed: bool, if_passed: str, if_failed: str, **values: object) -> Check:
    return Check(key, passed, (if_passed if passed else if_failed).format(**values))


def verdict(tally: Tally, rule: AdoptionRule, minority_note: str) -> Verdict:
    """Whether a position with this tally and minority note can be vastgesteld under `rule`.

    Every condition is listed in `checks`, met or not, so the verdict can be shown
    with its reasons beside the rule; `reasons` holds the unmet ones.
    """
    checks: list[Check] = []
    if tally.members == 0:
        checks.append(
            Check("members", False, translate("Weighing", "The region has no member municipalities yet."))
        )
    quorum = tally.quorum
    checks.append(
        _check(
            "quorum",
            tally.members > 0 and quorum.value >= rule.quorum_share,
            translate(
                "Weighing",
                "Quorum reached: {part} of {whole} member municipalities responded ({percent}); "
                "at least {required} is required.",
            ),
            translate(
                "Weighing",
                "Quorum not reached: {part} of {whole} member municipalities responded ({percent}); "
                "at least {required} is required.",
            ),
            part=quorum.part,
            whole=quorum.whole,
            percent=quorum.percent(),
            required=format_percent(rule.quorum_share),
        )
    )
    by_count = tally.objection.by_count
    checks.append(
        _check(
            "objection_count",
            by_count.value <= rule.max_objection_share_count,
            translate(
                "Weighing",
                "Objections by count within the rule: {part} of {whole} member municipalities "
                "({percent}); at most {allowed} is allowed.",
            ),
            translate(
                "Weighing",
                "Too many objections by count: {part} of {whole} member municipalities ({percent}); "
                "at most {allowed} is allowed.",
            ),
            part=by_count.part,
            whole=by_count.whole,
            percent=by_count.percent(),
            allowed=format_percent(rule.max_objection_share_count),
        )
    )
    by_inhabitants = tally.objection.by_inhabitants
    checks.append(
        _check(
            "objection_inhabitants",
            by_inhabitants.value <= rule.max_objection_share_inhabitants,
            translate(
                "Weighing",
                "Objections by inhabitants within the rule: {part} of {whole} inhabitants ({percent}); "
                "at most {allowed} is allowed.",
            ),
            translate(
                "Weighing",
                "Too many objections by inhabitants: {part} of {whole} inhabitants ({percent}); "
                "at most {allowed} is allowed.",
            ),
            part=format_number(by_inhabitants.part),
            whole=format_number(by_inhabitants.whole),
            percent=by_inhabitants.percent(),
            allowed=format_percent(rule.max_objection_share_inhabitants),
        )
    )
    objections = tally.objection.count
    checks.append(
        _check(
            "minority_note",
            objections == 0 or bool(minority_note.strip()),
            translate("Weighing", "1 objection, recorded in the minority note.")
            if objections == 1
            else translate("Weighing", "{count} objections, recorded in the minority note.")
            if objections
            else translate("Weighing", "No objections, so no minority note is needed."),
            translate("Weighing", "1 objection but no minority note: write down where municipalities differ.")
            if objections == 1
            else translate(
                "Weighing",
                "{count} objections but no minority note: write down where municipalities differ.",
            ),
            count=objections,
        )
    )
    reasons = [c.text for c in checks if not c.passed]
    return Verdict(can_adopt=not reasons, reasons=reasons, rule_text=rule.text(), checks=checks)
