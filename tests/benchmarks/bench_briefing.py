"""Benchmark of the briefing pack: a big meeting from the store to PDF, against raw reportlab.

Run from the repository root:  python tests/benchmarks/bench_briefing.py [--items N] [--concerns N] [--rounds R]
(or BENCH_BRIEFING_ITEMS / BENCH_BRIEFING_CONCERNS). Default 300 agenda items and 10 000 concerns.

Ours: `briefing_data()` reads the meeting from the store (positions, responses, evidence
with breadth, open concerns by theme, attendance, contacts) and `build_briefing()` lays it
out (cover, contents with page numbers, outline, header and footer, charts, escaping)
into a PDF in memory. Floor: raw reportlab platypus (SimpleDocTemplate, the sample
stylesheet) building the same number of paragraphs and tables with the same texts from
the same data, already in memory, with the same embedded TTF font (a raw build that
prints İğdır and Łódź needs one too). Time runs and memory runs (tracemalloc peak) are
separate, and ours and the floor alternate; times are CPU seconds (both are single-threaded). The script measures; it does not judge (exit 0).
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.models import Grade, PositionStatus
from delegate_app.core.services import demo, region
from delegate_app.core.services.documents_data import BriefingData, briefing_data
from delegate_app.core.store import Store, open_store
from delegate_app.core.types import today
from delegate_app.documents import fonts
from delegate_app.documents.briefing import build_briefing

TIME_TARGET = 2.0
MEMORY_TARGET = 2.0
GRADES = [
    Grade.SUPPORT,
    Grade.SUPPORT,
    Grade.SUPPORT_WITH_RESERVATION,
    Grade.NEUTRAL,
    Grade.OBJECTION,
    Grade.NO_RESPONSE,
]
EXPLANATION = (
    "### Waarom\n\nDe regio ziet dat **kleine gemeenten** de *invoering* niet halen zonder steun. "
    "Zie [de handreiking](https://vng.nl/handreiking).\n\n- eerste punt\n- tweede punt\n- derde punt\n"
)


def build_store(folder: Path, items: int, concerns: int) -> tuple[Store, str]:
    """The demo region, `concerns` synthetic concerns, and a meeting with `items` agenda items."""
    store = open_store(folder, auto_backup=False)
    demo.fill_demo(store)
    demo.add_synthetic_concerns(store, concerns, seed=7)
    rng = random.Random(7)
    with store.session() as s:
        members = [m.id for m in region.member_municipalities(s)]
        concern_ids = list(s.exec(select(models.Concern.id)))
        meeting = models.NationalMeeting(
            title="Landelijk ICT Beraad (benchmark)", held_on=today() + timedelta(days=5)
        )
        s.add(meeting)
        s.flush()
        for n in range(1, items + 1):
            item = models.AgendaItem(
                meeting_id=meeting.id,
                number=n,
                title=f"Agendapunt {n}: gevolgen van de nieuwe landelijke voorziening voor gemeenten",
                national_question=f"Vraag {n}: herkent de regio de knelpunten en steunt zij de aanpak?",
                reference_links="https://vng.nl/onderwerp",
            )
            s.add(item)
            s.flush()
            position = models.Position(
                agenda_item_id=item.id,
                title=f"Standpunt {n}",
                core_position=f"De regio steunt voorstel {n}, mits gefaseerd en landelijk gefinancierd.",
                explanation=EXPLANATION,
                red_lines="- Geen meerkosten voor kleine gemeenten\n- Geen harde deadline zonder ondersteuning",
                mandate="Instemmen als de planning haalbaar is.",
                minority_note="Twee gemeenten maken bezwaar vanwege de kosten.",
                talking_points="- Kosten\n- Planning\n- Capaciteit",
                status=PositionStatus.CONSULTATION.value,
            )
            s.add(position)
            s.flush()
            for i, mid in enumerate(members):
                s.add(
                    models.Response(
                        position_id=position.id, municipality_id=mid, grade=GRADES[(n + i) % 6].value
                    )
                )
            for cid in rng.sample(concern_ids, 3):
                s.add(models.PositionConcern(position_id=position.id, concern_id=cid, paragraph="Kosten"))
        meeting_id = meeting.id
    return store, meeting_id


def ours(store: Store, meeting_id: str) -> int:
    buffer = io.BytesIO()
    build_briefing(briefing_data(store, meeting_id), buffer)
    return len(buffer.getvalue())


def floor(data: BriefingData) -> int:
    """Raw reportlab: the same paragraphs and tables, no cover, contents, outline or page decoration."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    sheet = getSampleStyleSheet()
    for style in sheet.byName.values():
        if hasattr(style, "fontName"):
            style.fontName = fonts.REGULAR
    body, head = sheet["BodyText"], sheet["Heading2"]

    def p(text: str, style: object = body) -> Paragraph:
        return Paragraph(escape(text), style)

    def table(rows: list[list[str]]) -> Table:
        return Table([[p(cell) for cell in row] for row in rows], repeatRows=1)

    story: list[object] = [p(data.meeting.title, sheet["Title"])]
    for e in data.items:
        story += [PageBreak(), p(e.title, sheet["Heading1"]), p(e.national_question)]
        if e.position:
            for text in (e.position.core_position, e.position.explanation, e.position.red_lines):
                story += [p(line) for line in text.splitlines() if line.strip()]
            story += [p(e.position.mandate), p(e.position.minority_note), p(e.position.talking_points)]
        if e.support:
            story.append(
                table(
                    [["Reactie", "Gemeenten", "Aandeel", "Inwoners", "Aandeel"]]
                    + [
                        [
                            g.label,
                            str(g.count),
                            str(g.share_count),
                            str(g.inhabitants),
                            str(g.share_inhabitants),
                        ]
                        for g in (*e.support.grades, e.support.support)
                    ]
                )
            )
            story.append(p(e.support.summary))
        story.append(
            table(
                [["Gemeente", "Inwoners", "Reactie", "Toelichting"]]
                + [[r.municipality, str(r.inhabitants), r.grade_label, r.note] for r in e.responses]
            )
        )
        story.append(
            table(
                [["Knelpunt", "Gemeente", "Breedte", "Status"]]
                + [[c.title, c.municipality, str(c.municipalities), c.status_label] for c in e.evidence]
            )
        )
    story.append(PageBreak())
    for group in data.open_concerns:
        story += [
            p(group.theme, head),
            table(
                [["Knelpunt", "Gemeente", "Breedte", "Status"]]
                + [[c.title, c.municipality, str(c.municipalities), c.status_label] for c in group.concerns]
            ),
        ]
    story.append(
        table([["Gemeente", "Aanwezig"]] + [[r.municipality, str(r.attended)] for r in data.attendance.rows])
    )
    story.append(
        table(
            [["Naam", "Rol", "Organisatie", "E-mail"]]
            + [[c.name, c.role_label, c.organisation, c.email] for c in data.contacts]
        )
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)  # type: ignore[arg-type]
    return len(buffer.getvalue())


def timed(fn: Callable[[], int]) -> float:
    """CPU seconds: the machine may be busy with other work; the build is single-threaded."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def peak(fn: Callable[[], int]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=int(os.environ.get("BENCH_BRIEFING_ITEMS", 300)))
    parser.add_argument(
        "--concerns", type=int, default=int(os.environ.get("BENCH_BRIEFING_CONCERNS", 10_000))
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    fonts.register_fonts()
    with tempfile.TemporaryDirectory(prefix="bench-briefing-") as tmp:
        start = time.perf_counter()
        store, meeting_id = build_store(Path(tmp) / "store", args.items, args.concerns)
        print(
            f"setup: {args.items} agenda items, {args.concerns} synthetic concerns in {time.perf_counter() - start:.1f} s"
        )
        try:
            data = briefing_data(store, meeting_id)
            size = ours(store, meeting_id)
            print(f"pack: {size / 1e6:.1f} MB; floor: {floor(data) / 1e6:.1f} MB (warm-up)")
            our_times, floor_times, our_peaks, floor_peaks = [], [], [], []
            for _ in range(args.rounds):
                our_times.append(timed(lambda: ours(store, meeting_id)))
                floor_times.append(timed(lambda: floor(data)))
            for _ in range(max(1, args.rounds // 2)):
                our_peaks.append(peak(lambda: ours(store, meeting_id)))
                floor_peaks.append(peak(lambda: floor(data)))
        finally:
            store.close()
    t_ours, t_floor = statistics.median(our_times), statistics.median(floor_times)
    m_ours, m_floor = max(our_peaks), max(floor_peaks)
    time_ratio, memory_ratio = t_ours / t_floor, m_ours / m_floor
    print(
        f"time (CPU): ours {t_ours:.2f} s (store to PDF), raw reportlab {t_floor:.2f} s -> {time_ratio:.2f}x"
    )
    print(
        f"memory (tracemalloc peak): ours {m_ours / 1e6:.0f} MB, raw reportlab {m_floor / 1e6:.0f} MB -> {memory_ratio:.2f}x"
    )
    print(
        f"RESULT briefing time={time_ratio:.2f}x (target <={TIME_TARGET:g}x) "
        f"memory={memory_ratio:.2f}x (target <={MEMORY_TARGET:g}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
