"""Filling a store with the demo region, and synthetic concerns for load tests.

`fill_demo` writes "Regio Fryslân (demo)" (see demo_content) through the ORM in
one transaction, so the change log holds every record and a failure leaves
nothing behind. Every record has a fixed id (uuid5), which makes a second run a
no-op. Dates are relative to today, so the coming meeting stays in the future.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services import demo_content as content
from delegate_app.core.services.positions import TEXT_FIELDS
from delegate_app.core.services.region import get_region
from delegate_app.core.services.synthetic import add_synthetic_concerns
from delegate_app.core.types import today

if TYPE_CHECKING:
    from delegate_app.core.store import Store

__all__ = ["DEMO_NAMESPACE", "add_synthetic_concerns", "demo_id", "fill_demo", "is_demo_filled"]

# Changing this namespace would make a second `demo` run add everything again.
DEMO_NAMESPACE = uuid.UUID("5b0e7c1e-6a51-4f55-9a51-2f1b9d0c4d21")
_VIA_CYCLE = ("email", "session", "phone", "email")


def demo_id(kind: str, key: str) -> str:
    """The fixed id of a demo record."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}"))


def is_demo_filled(session: Session) -> bool:
    return session.get(models.Region, demo_id("region", "fryslan")) is not None


def fill_demo(store: Store) -> bool:
    """Fill the store with the demo region; False (and nothing written) when it is already there.

    A store that already has another region is left alone (ValidationError): the
    demo belongs in an empty store or a separate data folder.
    """
    with store.session() as session:
        if is_demo_filled(session):
            return False
        region = get_region(session)
        if region is not None:
            raise ValidationError(
                translate(
                    "Demo",
                    "This store already has the region '{name}'. Fill the demo into an empty store, "
                    "for example with --data-dir pointing to a new folder.",
                ).format(name=region.name),
                field="region",
            )
        session.info["actor"] = content.DELEGATE.name
        _Builder(session, today()).build()
    return True


def _at(day: date, minute: int = 0) -> datetime:
    # Morning office hours, spread by minutes so records keep their order.
    return datetime.combine(day, time(8, 30), tzinfo=UTC) + timedelta(minutes=minute)


class _Builder:
    """Writes the demo records; one method per part of the loop."""

    def __init__(self, session: Session, day: date) -> None:
        self.session = session
        self.today = day
        self.municipalities = {m.gm_code: m for m in session.exec(select(models.Municipality))}
        self.themes = {t.code: t for t in session.exec(select(models.Theme))}
        self.organisations = {o.code: o for o in session.exec(select(models.Organisation))}
        missing = [gm for gm in (*content.MEMBERS, *content.NEIGHBOURS) if gm not in self.municipalities]
        if missing or not self.themes:
            raise ValidationError(
                translate("Demo", "The store lacks the reference data the demo needs ({missing}).").format(
                    missing=", ".join(missing) or "themes"
                )
            )
        self.people: dict[tuple[str, str], str] = {}  # (GM code, contact key) -> person id
        self.sessions: dict[str, models.RegionalSession] = {}
        self.present: dict[str, set[str]] = {}  # session key -> GM codes present
        self.concerns: dict[str, models.Concern] = {}

    def build(self) -> None:
        self.region()
        self.persons()
        self.regional_sessions()
        self.concern_records()
        for meeting in (content.PAST_MEETING, content.COMING_MEETING):
            self.meeting(meeting)
        self.session.flush()

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def mid(self, gm: str) -> str:
        return self.municipalities[gm].id

    def add(
        self, record: models.Record, kind: str, key: str, day: date | None = None, minute: int = 0
    ) -> None:
        record.id = demo_id(kind, key)
        if day is not None:
            record.created_at = record.updated_at = _at(day, minute)
        self.session.add(record)

    # region and people ------------------------------------------------------

    def region(self) -> None:
        quorum, by_count, by_inhabitants = content.RULE
        region = models.Region(
            name=content.REGION_NAME,
            description=content.REGION_DESCRIPTION,
            rule_quorum_share=quorum,
            rule_max_objection_share_count=by_count,
            rule_max_objection_share_inhabitants=by_inhabitants,
        )
        self.add(region, "region", "fryslan", self.day(400))
        self.session.flush()
        for gm in content.MEMBERS:
            member = models.RegionMember(region_id=region.id, municipality_id=self.mid(gm))
            self.add(member, "member", gm, self.day(400))

    def persons(self) -> None:
        for person in (content.DELEGATE, content.ALTERNATE):
            self.person(person.key, person, self.email(person.name, content.MEMBERS[person.gm or ""]))
            if person.gm:
                self.people[(person.gm, person.key)] = demo_id("person", person.key)
        names = content.contact_names()
        domains = {**content.MEMBERS, **content.NEIGHBOURS}
        for (gm, key), (first, last) in names.items():
            if (gm, key) == (content.DELEGATE.gm, "im"):
                # The delegate is Heerenveen's information manager.
                self.people[(gm, key)] = demo_id("person", content.DELEGATE.key)
                continue
            if gm in content.ISLANDS:
                _, role, title = content.ISLAND_ROLE
            else:
                role, title = next((r, t) for k, r, t in content.CONTACT_ROLES if k == key)
            name = f"{first} {last}"
            person = content.DemoPerson(
                f"{gm}-{key}", name, role, f"{title} gemeente {self.municipalities[gm].name}", gm=gm
            )
            self.person(person.key, person, self.email(name, domains[gm]))
            self.people[(gm, key)] = demo_id("person", person.key)
        for person in content.ORGANISATION_PEOPLE:
            domain = (person.organisation or "org").lower()
            self.person(person.key, person, self.email(person.name, domain))

    def person(self, key: str, person: content.DemoPerson, email: str) -> None:
        organisation = self.organisations.get(person.organisation or "")
        record = models.Person(
            name=person.name,
            email=email,
            phone=person.phone,
            role=person.role,
            function_title=person.function_title,
            municipality_id=self.mid(person.gm) if person.gm else None,
            organisation_id=organisation.id if organisation else None,
            is_self=person.is_self,
        )
        self.add(record, "person", key, self.day(400))

    @staticmethod
    def email(name: str, domain: str) -> str:
        first, _, last = name.partition(" ")
        local = f"{first[0]}.{last.replace(' ', '')}".lower()
        return f"{local}@{domain}.example.org"

    def contact(self, gm: str, key: str) -> str | None:
        return self.people.get((gm, key)) or self.people.get((gm, "ict"))

    # sessions ---------------------------------------------------------------

    def regional_sessions(self) -> None:
        for s in content.SESSIONS:
            record = models.RegionalSession(
                kind=s.kind,
                title=s.title,
                held_on=self.day(s.days_ago),
                place=s.place,
                agenda=s.agenda,
                minutes=s.minutes,
                minutes_status=s.minutes_status,
            )
            self.add(record, "session", s.key, self.day(s.days_ago + 14))
            self.sessions[s.key] = record
            self.present[s.key] = set(s.present)
        self.session.flush()
        for s in content.SESSIONS:
            for gm in content.MEMBERS:
                present = gm in s.present
                attendance = models.Attendance(
                    session_id=self.sessions[s.key].id,
                    municipality_id=self.mid(gm),
                    person_id=self.contact(gm, "ict") if present else None,
                    present=present,
                    note="" if present else s.absent.get(gm, ""),
                )
                self.add(attendance, "attendance", f"{s.key}:{gm}", self.day(s.days_ago))

    # concerns ---------------------------------------------------------------

    def concern_records(self) -> None:
        for c in content.CONCERNS:
            submitted = self.day(c.days_ago)
            raised_at = self.sessions[c.session] if c.session else None
            record = models.Concern(
                title=c.title,
                description=c.description,
                municipality_id=self.mid(c.gm),
                contributor_id=self.contact(c.gm, c.contributor),
                theme_id=self.themes[c.theme].id if c.theme in self.themes else None,
                urgency=c.urgency,
                impact=c.impact,
                confidentiality=c.confidentiality,
                anonymised=c.anonymised,
                status=c.status,
                status_reason=c.status_reason,
                source=models.ConcernSource.SESSION.value if raised_at else models.ConcernSource.MANUAL.value,
                session_id=raised_at.id if raised_at else None,
                submitted_on=raised_at.held_on if raised_at else submitted,
                outside_region=c.gm not in content.MEMBERS,
            )
            self.add(record, "concern", c.key, record.submitted_on)
            self.concerns[c.key] = record
        self.session.flush()
        for c in content.CONCERNS:
            self.concern_links(c)

    def concern_links(self, c: content.DemoConcern) -> None:
        concern = self.concerns[c.key]
        for code in c.extra_themes:
            if code in self.themes:
                link = models.ConcernTheme(concern_id=concern.id, theme_id=self.themes[code].id)
                self.add(link, "concern-theme", f"{c.key}:{code}", concern.submitted_on)
        for code in c.bodies:
            if code in self.organisations:
                body = models.ConcernBody(concern_id=concern.id, organisation_id=self.organisations[code].id)
                self.add(body, "concern-body", f"{c.key}:{code}", concern.submitted_on)
        if c.merged_into:
            target = self.concerns[c.merged_into]
            concern.merged_into_id = target.id
            merged_on = max(
                concern.submitted_on or self.today, target.submitted_on or self.today
            ) + timedelta(days=3)
            self.add(
                models.MergeLink(source_id=concern.id, target_id=target.id, merged_by=content.DELEGATE.name),
                "merge",
                c.key,
                min(merged_on, self.today),
            )
        for n, (gm, via, note) in enumerate(c.supports):
            self.support(c, concern, n, gm, via, note)

    def support(
        self, c: content.DemoConcern, concern: models.Concern, n: int, gm: str, via: str, note: str
    ) -> None:
        submitted = concern.submitted_on or self.today
        held_at = None
        if via == "session":
            # The first session on or after the concern's submission that this municipality attended.
            candidates = sorted(
                (s for key, s in self.sessions.items() if gm in self.present[key] and s.held_on >= submitted),
                key=lambda s: s.held_on,
            )
            held_at = candidates[0] if candidates else None
            if held_at is None:
                via = "email"
        recorded_on = held_at.held_on if held_at else min(submitted + timedelta(days=4 + 3 * n), self.today)
        support = models.Support(
            concern_id=concern.id,
            municipality_id=self.mid(gm),
            note=note,
            recorded_on=recorded_on,
            recorded_via=via,
            recorded_by=content.DELEGATE.name,
            session_id=held_at.id if held_at else None,
        )
        self.add(support, "support", f"{c.key}:{gm}", recorded_on, n)

    # meetings and positions -------------------------------------------------

    def meeting(self, m: content.DemoMeeting) -> None:
        held_on = self.today + timedelta(days=m.days_from_today)
        meeting = models.NationalMeeting(
            title=f"Landelijk ICT Beraad {content.DUTCH_MONTHS[held_on.month - 1]} {held_on.year}",
            held_on=held_on,
            place=m.place,
            status=m.status,
            note=m.note,
        )
        self.add(meeting, "meeting", m.key, min(held_on, self.today) - timedelta(days=60))
        self.session.flush()
        for item in m.items:
            self.agenda_item(meeting, item)

    def agenda_item(self, meeting: models.NationalMeeting, item: content.DemoAgendaItem) -> None:
        body = self.organisations.get(item.body)
        created = min(meeting.held_on, self.today) - timedelta(days=50)
        record = models.AgendaItem(
            meeting_id=meeting.id,
            number=item.number,
            title=item.title,
            description=item.description,
            national_question=item.national_question,
            body_id=body.id if body else None,
            reference_links=item.reference_links,
        )
        self.add(record, "agenda-item", item.key, created)
        self.session.flush()
        for key in item.concerns:
            link = models.AgendaItemConcern(agenda_item_id=record.id, concern_id=self.concerns[key].id)
            self.add(link, "agenda-concern", f"{item.key}:{key}", created)
        for key in item.discussed_at:
            discussed = models.SessionAgendaItem(session_id=self.sessions[key].id, agenda_item_id=record.id)
            self.add(discussed, "session-item", f"{key}:{item.key}", self.sessions[key].held_on)
        if item.position is not None:
            self.position(record, item.key, item.position)
        if item.outcome is not None:
            o = item.outcome
            outcome = models.Outcome(
                agenda_item_id=record.id,
                decision=o.decision,
                meaning=o.meaning,
                follow_up=o.follow_up,
                review_on=self.today + timedelta(days=o.review_in_days),
                concern_status=o.concern_status,
                reason=o.reason,
            )
            self.add(outcome, "outcome", item.key, meeting.held_on + timedelta(days=2))

    def position(self, item: models.AgendaItem, key: str, p: content.DemoPosition) -> None:
        texts = {name: getattr(p, name) for name in TEXT_FIELDS}
        position = models.Position(
            agenda_item_id=item.id, status=p.status, version_number=len(p.versions), **texts
        )
        self.add(position, "position", key, self.day(p.versions[0].days_ago))
        self.session.flush()
        evidence = []
        for concern_key, paragraph in p.evidence:
            concern = self.concerns[concern_key]
            link = models.PositionConcern(position_id=position.id, concern_id=concern.id, paragraph=paragraph)
            self.add(link, "evidence", f"{key}:{concern_key}", self.day(p.versions[0].days_ago))
            evidence.append({"concern_id": concern.id, "title": concern.title, "paragraph": paragraph})
        responses = self.responses(position, key, p)
        for number, version in enumerate(p.versions, start=1):
            snapshot = {
                "texts": {**texts, **version.texts},
                "status": version.status,
                "agenda_item_id": item.id,
                "responses": responses if version.days_ago <= p.responses_days_ago else [],
                "evidence": evidence,
            }
            record = models.PositionVersion(
                position_id=position.id,
                number=number,
                status=version.status,
                snapshot=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
                author=content.DELEGATE.name,
                reason=version.reason,
            )
            self.add(record, "position-version", f"{key}:{number}", self.day(version.days_ago), number)

    def responses(
        self, position: models.Position, key: str, p: content.DemoPosition
    ) -> list[dict[str, object]]:
        """One response per member municipality (none for a concept); their snapshot form."""
        if p.default_grade is None:
            return []
        rows: list[dict[str, object]] = []
        for n, gm in enumerate(content.MEMBERS):
            grade, note, via = p.responses.get(gm, (p.default_grade, "", _VIA_CYCLE[n % len(_VIA_CYCLE)]))
            if via == "session" and not any(gm in present for present in self.present.values()):
                via = "email"
            answered = grade != models.Grade.NO_RESPONSE.value
            responded_on = self.day(p.responses_days_ago + n % 5) if answered else None
            response = models.Response(
                position_id=position.id,
                municipality_id=self.mid(gm),
                grade=grade,
                note=note,
                responded_on=responded_on,
                recorded_via=via,
                recorded_by=content.DELEGATE.name,
            )
            self.add(response, "response", f"{key}:{gm}", self.day(p.responses_days_ago), n)
            rows.append(
                {
                    "municipality_id": self.mid(gm),
                    "municipality": self.municipalities[gm].name,
                    "grade": grade,
                    "note": note,
                    "member": True,
                }
            )
        return rows
