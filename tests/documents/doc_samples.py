"""Hand-made document data for builder tests: small, fixed, with every ugly case in it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from fractions import Fraction

from delegate_app.core.services.documents_data import (
    AgendaEntry,
    Attendance,
    AttendanceRow,
    BriefingData,
    ConcernLine,
    Contact,
    GradeShare,
    MeetingHeader,
    MunicipalityFocus,
    OutcomeText,
    PositionText,
    Provenance,
    ReportBackData,
    ResponseLine,
    SessionColumn,
    SupportFigures,
    ThemeGroup,
)

UGLY_TITLE = '<b>Kosten & baten</b> <img src="/etc/passwd"> 🙂 İğdır Łódź'
UGLY_DESCRIPTION = "unclosed <i> & AT&T;"

MEMBERS = (
    ("Súdwest-Fryslân", "GM1900", 90_000, "steun"),
    ("'s-Hertogenbosch", "GM0796", 160_000, "steun_met_voorbehoud"),
    ("Ameland", "GM0060", 3_800, "bezwaar"),
    ("Bergen (NH.)", "GM0373", 30_000, "neutraal"),
    ("Dantumadiel", "GM1891", 19_000, "geen_reactie"),
)
LABELS = {
    "steun": "Steun",
    "steun_met_voorbehoud": "Steun met voorbehoud",
    "neutraal": "Neutraal",
    "bezwaar": "Bezwaar",
    "geen_reactie": "Geen reactie",
}


def support() -> SupportFigures:
    total = sum(m[2] for m in MEMBERS)
    shares = tuple(
        GradeShare(
            g,
            LABELS[g],
            sum(1 for m in MEMBERS if m[3] == g),
            sum(m[2] for m in MEMBERS if m[3] == g),
            Fraction(sum(1 for m in MEMBERS if m[3] == g), len(MEMBERS)),
            Fraction(sum(m[2] for m in MEMBERS if m[3] == g), total),
        )
        for g in LABELS
    )
    both = GradeShare(
        "support", "Steun (incl. voorbehoud)", 2, 250_000, Fraction(2, 5), Fraction(250_000, total)
    )
    return SupportFigures(
        members=len(MEMBERS),
        total_inhabitants=total,
        grades=shares,
        support=both,
        responded=4,
        summary="Steun 2 van 5 (40,0%, 83,5% van de inwoners); bezwaren 1; reacties 4 van 5.",
        can_adopt=False,
        verdict_reasons=("Te veel bezwaren.",),
        rule_text="Regel.",
    )


def concern(title: str = "Zaaksysteem traag", **kw: object) -> ConcernLine:
    values: dict[str, object] = {
        "title": title,
        "description": "Beschrijving van het knelpunt.",
        "municipality": "Súdwest-Fryslân",
        "theme": "Leveranciers",
        "status": "in_position",
        "status_label": "In standpunt",
        "municipalities": 3,
        "inhabitants": 120_000,
    }
    values.update(kw)
    return ConcernLine(**values)  # type: ignore[arg-type]


def entry(number: int, **kw: object) -> AgendaEntry:
    values: dict[str, object] = {
        "number": number,
        "title": f"Agendapunt over onderwerp {number}",
        "description": "Een korte beschrijving.",
        "national_question": "Herkent uw regio dit probleem?",
        "body": "VNG Realisatie",
        "links": ("https://vng.nl/onderwerp", "file:///etc/passwd"),
        "position": PositionText(
            title=f"Standpunt {number}",
            status_label="Vastgesteld",
            version=2,
            core_position=f"Kernstandpunt nummer {number}: de regio steunt dit.",
            explanation="De regio vindt dit **belangrijk** en *urgent*.\n\n- eerste punt\n- tweede punt\n\n"
            "Zie [VNG](https://vng.nl).",
            red_lines="Geen extra kosten voor kleine gemeenten.",
            mandate="Instemmen als de planning haalbaar is.",
            fallback="Uitstel van een jaar.",
            minority_note="Ameland maakt bezwaar vanwege de kosten.",
            talking_points="1. Kosten\n2. Planning",
        ),
        "support": support(),
        "responses": tuple(
            ResponseLine(name, code, inh, g, LABELS[g], note="Toelichting <b>&</b>" if g == "bezwaar" else "")
            for name, code, inh, g in MEMBERS
        ),
        "evidence": (concern(), concern(UGLY_TITLE, description=UGLY_DESCRIPTION)),
    }
    values.update(kw)
    return AgendaEntry(**values)  # type: ignore[arg-type]


def header() -> MeetingHeader:
    return MeetingHeader(
        meeting_id="m1",
        title="Landelijk ICT Beraad juni 2025",
        held_on=date(2025, 6, 12),
        place="Utrecht",
        region="Regio Noord & Zuid",
        delegate="Jan de Vries",
        delegate_role="Afgevaardigde",
    )


def provenance(include_confidential: bool = False) -> Provenance:
    return Provenance(
        generated_at=datetime(2025, 6, 1, 9, 30, tzinfo=UTC),
        store_path="/data/regiostem.sqlite",
        store_id="store-1",
        app_version="0.1.0",
        sources="Bron: CBS",
        include_confidential=include_confidential,
        confidential_left_out=0 if include_confidential else 2,
    )


def briefing(items: int = 2, include_confidential: bool = False, **kw: object) -> BriefingData:
    values: dict[str, object] = {
        "meeting": header(),
        "version": "A1B2C3",
        "provenance": provenance(include_confidential),
        "items": tuple(entry(n) for n in range(1, items + 1)),
        "open_concerns": (ThemeGroup("Leveranciers", (concern(), concern("Tweede"))),),
        "attendance": Attendance(
            since=date(2025, 3, 1),
            sessions=(
                SessionColumn("Regio-overleg", date(2025, 3, 10), "Regio-overleg"),
                SessionColumn("Kennissessie", date(2025, 4, 14), "Kennissessie"),
            ),
            rows=tuple(AttendanceRow(m[0], (True, i % 2 == 0)) for i, m in enumerate(MEMBERS)),
        ),
        "contacts": (
            Contact(
                "Jan de Vries",
                "Afgevaardigde",
                "I&A-coördinator",
                "Súdwest-Fryslân",
                "jan@example.nl",
                "0513",
            ),
        ),
    }
    values.update(kw)
    return BriefingData(**values)  # type: ignore[arg-type]


def report_back(municipality: bool = False) -> ReportBackData:
    items = tuple(
        entry(
            n,
            outcome=OutcomeText(
                decision=f"Besluit {n}: de ALV stemt in.",
                meaning="Gemeenten moeten voor 2026 migreren.",
                follow_up="VNG stuurt een handreiking.",
                review_on=date(2026, 1, 1),
            ),
            own_response=ResponseLine("Ameland", "GM0060", 3_800, "bezwaar", "Bezwaar")
            if municipality
            else None,
        )
        for n in (1, 2)
    )
    return ReportBackData(
        meeting=header(),
        provenance=provenance(),
        items=items,
        municipality=MunicipalityFocus("Ameland", "GM0060", 3_800) if municipality else None,
        own_concerns=(
            concern("Eigen knelpunt", municipality="Ameland", fate="Besproken bij agendapunt 1"),
            concern(UGLY_TITLE, municipality="Ameland", status_reason="Opgelost door leverancier"),
        )
        if municipality
        else (),
    )
