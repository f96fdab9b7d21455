"""Synthetic concerns in bulk, for load tests and benchmarks (`demo --concerns N`).

Rows go in with plain sqlite3 `executemany`, one transaction per batch
(BEGIN IMMEDIATE ... COMMIT), so a crash or SIGKILL leaves whole batches only.
The ORM change-log hook is bypassed; each batch writes one summary entry. Texts
are varied Dutch built from templates, so search and duplicate detection have
realistic material to work on.
"""

from __future__ import annotations

import json
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING

from delegate_app.core.errors import StoreError, ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.models import ConcernSource, ConcernStatus, Confidentiality
from delegate_app.core.types import format_utc, new_id, today, utcnow

if TYPE_CHECKING:
    from delegate_app.core.store import Store

BATCH_PREFIX = "synthetic-"

# progress(done, total); returning False stops after the batch just committed.
Progress = Callable[[int, int], bool | None]

_COLUMNS = (
    "id", "created_at", "updated_at", "title", "description", "municipality_id", "contributor_name",
    "theme_id", "urgency", "impact", "confidentiality", "anonymised", "status", "status_reason", "source",
    "submitted_on", "outside_region", "batch",
)  # fmt: skip
_INSERT = f"INSERT INTO concern ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
_LOG = (
    "INSERT INTO changelog (id, at, actor, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?)"
)

# Per theme code: what a concern can be about (a noun phrase with its article).
SUBJECTS: dict[str, tuple[str, ...]] = {
    "INFOSEC": ("de BIO2-verantwoording", "het ISMS", "de ENSIA-audit", "het incidentresponsplan",
                "de kwetsbaarhedenscans", "de logging van beheeraccounts", "de back-ups buiten het netwerk"),
    "PRIVACY": ("de DPIA's", "het verwerkingsregister", "de verwerkersovereenkomsten", "de inzageverzoeken",
                "de bewaartermijnen van camerabeelden", "de functionaris gegevensbescherming"),
    "INFOHUISH": ("de Woo-verzoeken", "de actieve openbaarmaking", "het e-depot", "de archivering van e-mail",
                  "het zaakgericht werken", "de selectielijst"),
    "DIENSTV": ("DigiD Machtigen", "eHerkenning", "de e-formulieren", "de toegankelijkheid van de website",
                "de Berichtenbox", "de digitale afspraakplanner"),
    "BASISREG": ("de BRP API", "de BAG-mutaties", "de BGT-bijhouding", "de WOZ-waardebepaling",
                 "de terugmeldingen", "de koppeling met het Handelsregister"),
    "ARCH": ("de ZGW-API's", "de Common Ground-componenten", "de StUF-koppelingen", "de GEMMA-architectuur",
             "de standaarden van Forum Standaardisatie", "het koppelingenlandschap"),
    "OMGEVING": ("het Omgevingsloket", "de toepasbare regels", "het VTH-systeem", "het omgevingsplan",
                 "de koppeling met het DSO", "de vergunningaanvragen"),
    "SOCIAAL": ("het iWmo-berichtenverkeer", "Suwinet-Inkijk", "de vroegsignalering van schulden",
                "de jeugdhulpregistratie", "de gegevensdeling met zorgaanbieders"),
    "LEVERANCIER": ("de SaaS-overgang van het zaaksysteem", "de licentiekosten", "het leveranciersmanagement",
                    "de exitregeling", "de aanbesteding van het financiële pakket", "de prijsindexatie"),
    "CLOUD": ("Microsoft 365", "de werkplekvervanging", "de overstap naar Windows 11", "de cloudstrategie",
              "Teams-telefonie", "het mobiele-apparatenbeheer"),
    "DATA_AI": ("het algoritmeregister", "het gebruik van generatieve AI", "de datakwaliteit",
                "het datagedreven werken", "de dashboards voor het sociaal domein"),
    "INFRA": ("het glasvezelnetwerk", "de serverruimte", "de uitwijklocatie", "de PKIoverheid-certificaten",
              "de Diginetwerk-aansluiting", "de wifi in de gemeentelijke gebouwen"),
    "FIN": ("de GGU-bijdrage", "de ICT-begroting", "de vacatures in de I-functie", "de inhuur van specialisten",
            "de structurele middelen voor informatiebeveiliging"),
    "GOVERNANCE": ("de regionale samenwerking", "de deelname aan landelijke werkgroepen",
                   "het opdrachtgeverschap", "de I-visie", "het portfoliomanagement"),
}  # fmt: skip

_PROBLEMS = (
    "Vertraging bij {s}", "Te weinig capaciteit voor {s}", "Stijgende kosten van {s}",
    "Onduidelijke landelijke kaders voor {s}", "Leverancier loopt achter met {s}", "Dubbel werk rond {s}",
    "Gebrek aan specialistische kennis over {s}", "Knelpunten in de uitvoering van {s}",
    "Zorgen over de continuïteit van {s}", "Onvoldoende ondersteuning bij {s}",
)  # fmt: skip
_CONTEXT = (
    "Sinds {when} merken wij dat {s} meer tijd kost dan voorzien.",
    "In onze gemeente is {s} belegd bij één medewerker, die ook andere taken heeft.",
    "Bij de laatste evaluatie bleek dat {s} niet op orde is.",
    "Onze leverancier heeft laten weten dat de aanpassing van {s} pas {later} beschikbaar komt.",
    "Voor {s} ontbreekt een landelijke handreiking waar kleine gemeenten op kunnen bouwen.",
    "De eisen aan {s} zijn sinds {when} aangescherpt zonder extra middelen.",
)
_IMPACT = (
    "Daardoor lopen andere projecten vertraging op.",
    "Inwoners en ondernemers merken dit in langere doorlooptijden.",
    "Het risico op fouten en incidenten neemt toe.",
    "De kosten passen niet binnen de huidige begroting.",
    "Medewerkers lossen het nu handmatig op, wat foutgevoelig is.",
    "De accountant heeft er in de managementletter op gewezen.",
)
_REQUEST = (
    "Wij vragen om een landelijke handreiking.",
    "Gezamenlijke inkoop via VNG zou helpen.",
    "Wij willen dit bespreken in het regio-overleg.",
    "Graag horen wij of andere gemeenten dit herkennen.",
    "Wij vragen de afgevaardigde dit in te brengen in het Landelijk ICT Beraad.",
    "Een regionale aanpak ligt voor de hand.",
)
_WHEN = ("het voorjaar", "de laatste release", "begin dit jaar", "de invoering van de nieuwe wet", "de zomer")
_LATER = ("volgend jaar", "na de zomer", "eind volgend kwartaal", "over twee releases")
_FIRST = ("Anna", "Bram", "Carla", "Dirk", "Eva", "Frank", "Greet", "Hans", "Ineke", "Jan", "Karin", "Lucas")
_LAST = ("Hoekstra", "de Jong", "Visser", "Postma", "Dijkstra", "Bakker", "Mulder", "Smit", "Meijer", "Kok")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Generator:
    """Row values for synthetic concerns: members mostly, varied themes, urgency and dates."""

    def __init__(self, conn: sqlite3.Connection, rng: random.Random) -> None:
        self.rng = rng
        members = [r[0] for r in conn.execute(
            "SELECT rm.municipality_id FROM regionmember rm JOIN region r ON r.id = rm.region_id "
            "WHERE rm.deleted_at IS NULL AND r.deleted_at IS NULL"
        )]  # fmt: skip
        everyone = [r[0] for r in conn.execute("SELECT id FROM municipality WHERE deleted_at IS NULL")]
        if not everyone:
            raise ValidationError(translate("Demo", "The store has no municipalities to attach concerns to."))
        self.members = members
        self.member_set = frozenset(members)
        self.others = [m for m in everyone if m not in self.member_set] or everyone
        self.themes = [
            (code, tid) for code, tid in conn.execute("SELECT code, id FROM theme WHERE deleted_at IS NULL")
        ]
        self.today = today()

    def row(self, now: str, batch: str) -> tuple[object, ...]:
        rng = self.rng
        code, theme_id = rng.choice(self.themes) if self.themes else ("GOVERNANCE", None)
        subject = rng.choice(SUBJECTS.get(code, SUBJECTS["GOVERNANCE"]))
        title = rng.choice(_PROBLEMS).format(s=subject)
        description = " ".join(
            (
                _sentence(
                    rng.choice(_CONTEXT).format(s=subject, when=rng.choice(_WHEN), later=rng.choice(_LATER))
                ),
                rng.choice(_IMPACT),
                rng.choice(_REQUEST),
            )
        )
        inside = self.members and rng.random() < 0.85
        municipality_id = rng.choice(self.members) if inside else rng.choice(self.others)
        confidentiality = rng.choices(
            (Confidentiality.REGION.value, Confidentiality.PUBLIC.value, Confidentiality.CONFIDENTIAL.value),
            weights=(70, 25, 5),
        )[0]
        status = rng.choices((ConcernStatus.NEW.value, ConcernStatus.TRIAGED.value), weights=(60, 40))[0]
        submitted = self.today - timedelta(days=rng.randrange(730))
        return (
            new_id(), now, now, title, description, municipality_id,
            f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", theme_id,
            rng.choices((1, 2, 3, 4, 5), weights=(10, 25, 35, 20, 10))[0],
            rng.choices((1, 2, 3, 4, 5), weights=(10, 20, 35, 25, 10))[0],
            confidentiality, 0, status, "", ConcernSource.MANUAL.value, submitted.isoformat(),
            0 if municipality_id in self.member_set or not self.members else 1, batch,
        )  # fmt: skip

    def rows(self, n: int, now: str, batch: str) -> Iterator[tuple[object, ...]]:
        for _ in range(n):
            yield self.row(now, batch)


def add_synthetic_concerns(
    store: Store,
    n: int,
    *,
    batch_size: int = 5000,
    progress: Progress | None = None,
    seed: int | None = None,
) -> int:
    """Insert `n` synthetic concerns in batches of `batch_size`; returns how many went in.

    Each batch is one transaction, marked in `concern.batch` ("synthetic-<uuid>")
    and summed up in one change-log entry.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError(
            translate("Demo", "The number of concerns must be 0 or more, not {n}.").format(n=n),
            field="concerns",
        )
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise ValidationError(
            translate("Demo", "The batch size must be 1 or more, not {n}.").format(n=batch_size),
            field="batch_size",
        )
    if store.read_only:
        raise StoreError(translate("Demo", "The store is open read-only; concerns cannot be added."))
    conn = store.raw()
    done = 0
    try:
        generator = _Generator(conn, random.Random(seed))
        actor = store.actor or "demo"
        while done < n:
            size = min(batch_size, n - done)
            batch_id = str(uuid.uuid4())
            batch = BATCH_PREFIX + batch_id
            now = format_utc(utcnow())
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany(_INSERT, generator.rows(size, now, batch))
                changes = json.dumps({"count": size, "batch": batch, "kind": "synthetic"})
                conn.execute(_LOG, (new_id(), now, actor, "concern", batch_id, "bulk", changes))
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                    conn.execute("ROLLBACK")
                raise
            done += size
            if progress is not None and progress(done, n) is False:
                break
    finally:
        conn.close()
    return done
