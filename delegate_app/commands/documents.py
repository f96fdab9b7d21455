"""`briefing` and `report-back`: the PDF documents from the command line."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import LANGUAGES, current_language, set_language, translate


def register(subparsers: Any) -> None:
    briefing = subparsers.add_parser(
        "briefing",
        help=translate("Cli", "write the briefing pack (PDF) for a national meeting"),
        description=translate(
            "Cli",
            "Write the briefing pack for a national meeting. Concerns marked confidential are left out "
            "unless --include-confidential is given; then every page is marked confidential.",
        ),
    )
    briefing.add_argument(
        "--meeting",
        default="next",
        metavar="ID|next",
        help=translate("Cli", "the meeting's id, or 'next' for the coming meeting (default)"),
    )
    _common(briefing)
    briefing.set_defaults(handler=run_briefing)

    report = subparsers.add_parser(
        "report-back",
        help=translate("Cli", "write the report-back (PDF) of a national meeting"),
        description=translate(
            "Cli",
            "Write the report-back of a national meeting for the region, or with --municipality for one "
            "municipality, listing what became of each of its concerns.",
        ),
    )
    report.add_argument(
        "--meeting",
        default="last",
        metavar="ID|last",
        help=translate("Cli", "the meeting's id, or 'last' for the latest meeting held (default)"),
    )
    report.add_argument(
        "--municipality",
        metavar="GMxxxx",
        help=translate("Cli", "write the report-back for this municipality (GM code or name)"),
    )
    _common(report)
    report.set_defaults(handler=run_report_back)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, metavar="FILE.pdf", help=translate("Cli", "the PDF file to write")
    )
    parser.add_argument(
        "--include-confidential",
        action="store_true",
        help=translate("Cli", "include concerns marked confidential; every page is then marked confidential"),
    )
    # Its own dest: a sub-parser default would otherwise overwrite the global --lang.
    parser.add_argument(
        "--lang",
        dest="document_lang",
        choices=LANGUAGES,
        help=translate("Cli", "language of the document (default: the interface language, Dutch)"),
    )


def output_path(text: str) -> Path:
    """The --out path, checked before any work: a .pdf file in an existing, writable folder."""
    path = Path(text).expanduser()
    if path.suffix.lower() != ".pdf":
        raise ValidationError(
            translate("Cli", "--out: {path} must be a .pdf file.").format(path=path), field="out"
        )
    folder = path.parent.resolve()
    if not folder.is_dir():
        raise ValidationError(
            translate("Cli", "--out: the folder {folder} does not exist.").format(folder=folder), field="out"
        )
    if path.is_dir() or (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise ValidationError(
            translate("Cli", "--out: {path} cannot be written.").format(path=path), field="out"
        )
    return path


def _language(args: argparse.Namespace) -> None:
    set_language(args.document_lang or getattr(args, "lang", None) or current_language())


def _open(folder: Path) -> Any:
    from delegate_app.core.store import open_store

    # Read-only: a document only reads, so it can be made while the app has the store open.
    return open_store(folder, read_only=True)


def _write(build: Any, data: Any, out: Path) -> int:
    try:
        return int(build(data, out))
    except OSError as exc:
        raise ValidationError(
            translate("Cli", "--out: {path} cannot be written: {error}").format(
                path=out, error=exc.strerror or exc
            ),
            field="out",
        ) from exc


def run_briefing(args: argparse.Namespace, folder: Path) -> int:
    out = output_path(args.out)
    _language(args)
    from delegate_app.core.services.documents_data import briefing_data
    from delegate_app.documents.briefing import build_briefing

    store = _open(folder)
    try:
        data = briefing_data(store, args.meeting, include_confidential=args.include_confidential)
    finally:
        store.close()
    pages = _write(build_briefing, data, out)
    print(
        translate("Cli", "Briefing pack for {meeting} written to {path} ({pages} pages).").format(
            meeting=data.meeting.title, path=out, pages=pages
        )
    )
    return 0


def run_report_back(args: argparse.Namespace, folder: Path) -> int:
    out = output_path(args.out)
    _language(args)
    from delegate_app.core.services.documents_data import report_back_data
    from delegate_app.documents.report_back import build_report_back

    store = _open(folder)
    try:
        data = report_back_data(
            store,
            args.meeting,
            municipality=args.municipality,
            include_confidential=args.include_confidential,
        )
    finally:
        store.close()
    pages = _write(build_report_back, data, out)
    audience = data.municipality.name if data.municipality else data.meeting.region
    print(
        translate("Cli", "Report-back of {meeting} for {audience} written to {path} ({pages} pages).").format(
            meeting=data.meeting.title, audience=audience, path=out, pages=pages
        )
    )
    return 0
