"""What a document export does, without widgets: the choices, the file checks and the work in the worker.

The export dialog lays these out; `build_document` runs off the GUI thread inside
an `Op` and touches no widget. It sets the document's language for its own thread
(the core's language is per thread) and puts the interface language back after.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from delegate_app.core.i18n import QT_TRANSLATE_NOOP, thread_language
from delegate_app.core.store import Store
from delegate_app.ui.ops import Cancelled, Job

BRIEFING = "briefing"
REPORT_BACK = "report_back"

# The parts of the briefing pack a user may leave out, in the builder's order
# (`documents.briefing.SECTIONS`; a test keeps the two equal). Cover, contents and
# colophon are always printed.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("overview", QT_TRANSLATE_NOOP("DocumentExport", "Overview of the agenda")),
    ("agenda", QT_TRANSLATE_NOOP("DocumentExport", "Agenda items: position, support and responses")),
    ("open_concerns", QT_TRANSLATE_NOOP("DocumentExport", "Annex: open concerns by theme")),
    ("attendance", QT_TRANSLATE_NOOP("DocumentExport", "Annex: attendance at regional sessions")),
    ("contacts", QT_TRANSLATE_NOOP("DocumentExport", "Annex: contacts")),
)

LAST_FOLDER_KEY = "documents/last_folder"


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting as the dialog offers it."""

    id: str
    title: str
    held_on: date
    items: int
    outcomes: int
    is_next: bool = False
    is_last: bool = False


@dataclass(frozen=True)
class MemberChoice:
    id: str
    name: str
    gm_code: str


@dataclass(frozen=True)
class ExportChoices:
    """Everything the dialog needs from the store, read once when it opens."""

    meetings: tuple[MeetingChoice, ...] = ()
    members: tuple[MemberChoice, ...] = ()
    region: str = ""

    def preselected(self, kind: str) -> str | None:
        """The coming meeting for a briefing pack, the last one held for a report-back."""
        wanted = [m for m in self.meetings if (m.is_next if kind == BRIEFING else m.is_last)]
        if wanted:
            return wanted[0].id
        return self.meetings[0].id if self.meetings else None


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # BRIEFING or REPORT_BACK
    meeting_id: str
    path: Path
    language: str
    include_confidential: bool = False
    sections: tuple[str, ...] = field(default_factory=lambda: tuple(key for key, _ in SECTIONS))
    municipality: str | None = None  # a GM code: the report-back for one municipality


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    confidential_left_out: int
    title: str


def load_choices(store: Store) -> ExportChoices:
    """Meetings (latest first) with their agenda and outcome counts, and the region's members."""
    from delegate_app.core.services import meetings, outcomes, region

    with store.reader() as session:
        upcoming = meetings.next_meeting(session)
        held = meetings.last_meeting(session)
        found = []
        for m in meetings.list_meetings(session):
            found.append(
                MeetingChoice(
                    id=m.id,
                    title=m.title,
                    held_on=m.held_on,
                    items=len(meetings.agenda_items(session, m.id)),
                    outcomes=len(outcomes.outcomes_for_meeting(session, m.id)),
                    is_next=upcoming is not None and m.id == upcoming.id,
                    is_last=held is not None and m.id == held.id,
                )
            )
        members = tuple(MemberChoice(m.id, m.name, m.gm_code) for m in region.member_municipalities(session))
        defined = region.get_region(session)
        return ExportChoices(tuple(found), members, defined.name if defined else "")


def output_problem(path: Path) -> str:
    """Why `path` cannot take the PDF, in words for the user; empty when it can."""
    folder = path.parent
    if path.suffix.lower() != ".pdf":
        return QCoreApplication.translate(
            "DocumentExport", "{path} is not a PDF file name; the name must end in .pdf."
        ).format(path=path)
    if not folder.is_dir():
        return QCoreApplication.translate("DocumentExport", "The folder {folder} does not exist.").format(
            folder=folder
        )
    if path.is_dir():
        return QCoreApplication.translate("DocumentExport", "{path} is a folder, not a file.").format(
            path=path
        )
    if path.exists() and not os.access(path, os.W_OK):
        return QCoreApplication.translate(
            "DocumentExport", "{path} is read-only; choose another name or folder."
        ).format(path=path)
    if not os.access(folder, os.W_OK | os.X_OK):
        return QCoreApplication.translate(
            "DocumentExport", "You may not write in the folder {folder}; choose another folder."
        ).format(folder=folder)
    return ""


def with_pdf_suffix(text: str) -> Path:
    """The chosen file, with .pdf added when the user typed a name without it."""
    path = Path(text).expanduser()
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_name(kind: str, meeting: MeetingChoice | None, audience: str = "") -> str:
    """A file name that sorts by date and says what it is: "Vergaderdossier 2026-12-22.pdf"."""
    stem = (
        QCoreApplication.translate("DocumentExport", "Briefing pack")
        if kind == BRIEFING
        else QCoreApplication.translate("DocumentExport", "Report-back")
    )
    parts = [stem]
    if meeting is not None:
        parts.append(meeting.held_on.isoformat())
    if audience:
        parts.append(audience)
    name = _UNSAFE.sub("-", " ".join(parts)).strip(" .") or stem
    return f"{name}.pdf"


def build_document(job: Job, request: ExportRequest, interface_language: str) -> ExportResult:
    """The worker: read the document's data through a reader, lay it out, write it at once or not at all."""
    # Only this worker thread speaks the document's language; the interface keeps its own.
    with thread_language(request.language):
        return _build(job, request)


def _build(job: Job, request: ExportRequest) -> ExportResult:
    from delegate_app.core.services import documents_data
    from delegate_app.documents.layout import BuildCancelled

    job.progress(0, 0, QCoreApplication.translate("DocumentExport", "Collecting the data…"))
    shown = -1

    def progress(fraction: float) -> None:
        nonlocal shown
        if job.cancelled:
            raise BuildCancelled()
        percent = int(fraction * 100)
        if percent != shown:  # one signal per percent, however many paragraphs
            shown = percent
            job.progress(percent, 100, QCoreApplication.translate("DocumentExport", "Laying out the pages…"))

    try:
        if request.kind == BRIEFING:
            from delegate_app.documents.briefing import build_briefing

            briefing = documents_data.briefing_data(
                job.store, request.meeting_id, include_confidential=request.include_confidential
            )
            job.check()
            pages = build_briefing(briefing, request.path, progress=progress, sections=request.sections)
            return ExportResult(
                request.path, pages, briefing.provenance.confidential_left_out, briefing.meeting.title
            )
        from delegate_app.documents.report_back import build_report_back

        report = documents_data.report_back_data(
            job.store,
            request.meeting_id,
            municipality=request.municipality,
            include_confidential=request.include_confidential,
        )
        job.check()
        pages = build_report_back(report, request.path, progress=progress)
        return ExportResult(
            request.path, pages, report.provenance.confidential_left_out, report.meeting.title
        )
    except BuildCancelled as exc:
        raise Cancelled() from exc
