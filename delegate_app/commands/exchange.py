"""Exchange commands: `import`, `export concerns`, `template`, `package export|import|forget-key`, `conflicts`.

The exchange passphrase comes from --passphrase-file FILE or DELEGATE_APP_PASSPHRASE;
otherwise the key remembered in the keyring is used, and only then, on a
terminal, the passphrase is asked for. It is never written to a file.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate

ENV_PASSPHRASE = "DELEGATE_APP_PASSPHRASE"


def _add_passphrase(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=translate(
            "Cli", "read the exchange passphrase from the first line of FILE (or set {env})"
        ).format(env=ENV_PASSPHRASE),
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help=translate(
            "Cli", "import concerns from a .csv/.xlsx file, or an exchange package; all or nothing"
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help=translate("Cli", "the .csv or .xlsx file, or the exchange package, to import"),
    )
    p.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "check the file and report; store nothing")
    )
    _add_passphrase(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help=translate("Cli", "export concerns to .csv or .xlsx"))
    what = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    e = what.add_parser("concerns", help=translate("Cli", "the concerns the filters select (default: all)"))
    e.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", ".csv or .xlsx, by extension")
    )
    e.add_argument("--text", default="", help=translate("Cli", "words to search for"))
    e.add_argument("--theme", help=translate("Cli", "a theme's code or label"))
    e.add_argument("--municipality", help=translate("Cli", "a municipality's name or GM code"))
    e.add_argument("--status", help=translate("Cli", "a status code (new, triaged, ...)"))
    e.add_argument("--confidentiality", help=translate("Cli", "openbaar, regio or vertrouwelijk"))
    e.add_argument(
        "--include-confidential",
        action="store_true",
        help=translate("Cli", "include confidential concerns (left out otherwise)"),
    )
    e.set_defaults(handler=cmd_export_concerns)

    p = sub.add_parser("template", help=translate("Cli", "write the intake workbook for municipal staff"))
    p.add_argument(
        "--out", required=True, metavar="FILE.xlsx", help=translate("Cli", "the workbook that is written")
    )
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("package", help=translate("Cli", "encrypted exchange packages between laptops"))
    action = p.add_subparsers(dest="package_action", metavar="ACTION", required=True)
    e = action.add_parser("export", help=translate("Cli", "write a package of this store"))
    e.add_argument(
        "--out",
        required=True,
        metavar="FILE.regiostem",
        help=translate("Cli", "the package file that is written"),
    )
    e.add_argument(
        "--scope",
        choices=("mine", "all"),
        default="all",
        help=translate(
            "Cli",
            "mine: concerns, supports and responses (what a contributor hands in); all: the whole store",
        ),
    )
    e.add_argument(
        "--municipality",
        metavar="GMxxxx",
        help=translate("Cli", "only this municipality's records (scope mine)"),
    )
    e.add_argument(
        "--include-confidential",
        action="store_true",
        help=translate("Cli", "include confidential concerns (left out otherwise)"),
    )
    _add_passphrase(e)
    # Tests make key derivation cheap; users keep the default.
    e.add_argument("--kdf-log2n", type=int, default=None, help=argparse.SUPPRESS)
    e.set_defaults(handler=cmd_package_export)
    i = action.add_parser("import", help=translate("Cli", "merge a package into this store"))
    i.add_argument("file", metavar="FILE", help=translate("Cli", "the package to merge"))
    _add_passphrase(i)
    i.set_defaults(handler=cmd_package_import)
    f = action.add_parser(
        "forget-key", help=translate("Cli", "remove this store's exchange key from the keyring")
    )
    f.set_defaults(handler=cmd_forget_key)

    p = sub.add_parser(
        "conflicts", help=translate("Cli", "records edited on two laptops, waiting for a decision")
    )
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    p.add_argument("--all", action="store_true", help=translate("Cli", "also list settled conflicts"))
    p.set_defaults(handler=cmd_conflicts)
    resolve = p.add_subparsers(dest="conflicts_action", metavar="ACTION")
    r = resolve.add_parser("resolve", help=translate("Cli", "settle a conflict"))
    r.add_argument("id", metavar="ID", help=translate("Cli", "the conflict's id, as listed by: conflicts"))
    r.add_argument(
        "--keep",
        choices=("local", "incoming"),
        required=True,
        help=translate("Cli", "local: keep the version of this laptop; incoming: take the incoming version"),
    )
    r.set_defaults(handler=cmd_resolve)


# --------------------------------------------------------------------------- passphrase


def _passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase given explicitly, or None (then the keyring, then a prompt)."""
    source = getattr(args, "passphrase_file", None)
    if source:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                translate("Cli", "The passphrase file {path} is not UTF-8 text.").format(path=path),
                field="--passphrase-file",
            ) from exc
        line = text.splitlines()[0] if text.splitlines() else ""
        if not line:
            raise ValidationError(
                translate("Cli", "The passphrase file {path} is empty.").format(path=path),
                field="--passphrase-file",
            )
        return line
    return os.environ.get(ENV_PASSPHRASE) or None


def _prompt(confirm: bool) -> str | None:
    from delegate_app.core.exchange import secrets

    if not secrets.available():
        print(secrets.unavailable_notice(), file=sys.stderr)
    first = getpass.getpass(translate("Cli", "Exchange passphrase: "))
    if confirm and first:
        again = getpass.getpass(translate("Cli", "Repeat the passphrase: "))
        if again != first:
            raise ValidationError(translate("Cli", "The two passphrases differ."), field="passphrase")
    return first or None


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _note_keyring(explicit: str | None) -> None:
    from delegate_app.core.exchange import secrets

    if explicit is not None and not secrets.available():
        print(secrets.unavailable_notice(), file=sys.stderr)


def _in_file(path: Path, exc: ValidationError) -> ValidationError:
    """The error with the file's name in front, as one line names file, row and field."""
    message = str(exc)
    if message.startswith(path.name + ":"):
        return exc
    return ValidationError(f"{path.name}: {message}", row=exc.row, field=exc.field)


# --------------------------------------------------------------------------- import


def cmd_import(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core.exchange import transfer
    from delegate_app.core.exchange.package import SUFFIX

    path = Path(args.file)
    if not path.is_file():
        raise FileNotFoundError(2, "not found", str(path))
    if transfer.is_package(path) or path.suffix.lower() == SUFFIX:
        if args.dry_run:
            raise ValidationError(
                translate("Cli", "--dry-run applies to .csv and .xlsx files, not to packages."),
                field="--dry-run",
            )
        return _import_package(args, folder, path)
    return _import_table(args, folder, path)


def _import_table(args: argparse.Namespace, folder: Path, path: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import importer
    from delegate_app.core.store import open_store

    # Checked on a read-only store: a refused file never opens the store for writing.
    with open_for_reading(folder) as store:
        preview = importer.preview_file(store, path)
    if not preview.ok:
        first = preview.problems[0]
        raise ValidationError(preview.error_line(), row=first.row, field=first.field)
    if preview.ignored_columns:
        print(
            translate("Cli", "Columns ignored: {names}").format(names=", ".join(preview.ignored_columns)),
            file=sys.stderr,
        )
    if args.dry_run:
        print(
            translate(
                "Cli", "{file}: new concerns: {new}; already present: {existing}; nothing stored."
            ).format(file=path.name, new=len(preview.new_rows), existing=len(preview.existing_rows))
        )
        return 0
    with open_store(folder) as store:
        result = importer.commit(store, preview)
    print(
        translate("Cli", "{file}: concerns imported: {created}; already present: {existing}.").format(
            file=path.name, created=result.created, existing=result.existing
        )
    )
    if result.outside_region == 1:
        print(translate("Cli", "1 of them comes from a municipality outside the region."))
    elif result.outside_region:
        print(
            translate("Cli", "{count} of them come from municipalities outside the region.").format(
                count=result.outside_region
            )
        )
    return 0


def _import_package(args: argparse.Namespace, folder: Path, path: Path) -> int:
    from delegate_app.core.exchange import transfer
    from delegate_app.core.store import open_store

    explicit = _passphrase(args)
    try:
        # Opened before the store is: a wrong passphrase or an altered file touches nothing.
        opened = transfer.open_package(path, passphrase=explicit, prompt=_prompt if _interactive() else None)
        with open_store(folder) as store:
            report = transfer.merge_opened(store, opened)
    except ValidationError as exc:
        raise _in_file(path, exc) from exc
    _note_keyring(explicit)
    inserted = sum(report.inserted.values())
    updated = sum(report.updated.values())
    print(
        translate(
            "Cli",
            "{file}: package from {sender} merged. New records: {inserted}; updated: {updated}; "
            "kept as they are here: {kept}; conflicts: {conflicts}.",
        ).format(
            file=path.name,
            sender=report.sender_name or report.sender_store_id,
            inserted=inserted,
            updated=updated,
            kept=report.kept_local,
            conflicts=len(report.conflicts),
        )
    )
    if report.conflicts:
        print(translate("Cli", "Edited on both laptops; see 'delegate-app conflicts' to decide."))
    return 0


def cmd_package_import(args: argparse.Namespace, folder: Path) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise FileNotFoundError(2, "not found", str(path))
    return _import_package(args, folder, path)


# --------------------------------------------------------------------------- export


def _register_filter(args: argparse.Namespace, store: Any) -> Any:
    from delegate_app.core import models
    from delegate_app.core.services.municipalities import MunicipalityIndex
    from delegate_app.core.services.search import RegisterFilter
    from delegate_app.core.services.taxonomy import ThemeIndex

    flt = RegisterFilter(text=args.text or "")
    with store.reader() as session:
        if args.theme:
            flt.theme_id = ThemeIndex.load(session).resolve(args.theme).id
        if args.municipality:
            flt.municipality_id = MunicipalityIndex.load(session).resolve(args.municipality).id
    for value, enum, name in (
        (args.status, models.ConcernStatus, "--status"),
        (args.confidentiality, models.Confidentiality, "--confidentiality"),
    ):
        if value is not None and value not in {m.value for m in enum}:
            raise ValidationError(
                translate("Cli", "{option} must be one of {choices}, not '{value}'.").format(
                    option=name, choices=", ".join(m.value for m in enum), value=value
                ),
                field=name,
            )
    flt.status = args.status
    flt.confidentiality = args.confidentiality
    return flt


def cmd_export_concerns(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import exporter

    with open_for_reading(folder) as store:
        flt = _register_filter(args, store)
        result = exporter.export_concerns(
            store, Path(args.out), flt, include_confidential=args.include_confidential
        )
    written = (
        translate("Cli", "1 concern written to {path}.")
        if result.count == 1
        else translate("Cli", "{count} concerns written to {path}.")
    )
    print(written.format(count=result.count, path=result.path))
    if result.confidential == 1:
        print(translate("Cli", "CONFIDENTIAL: the file holds 1 confidential concern."))
    elif result.confidential:
        print(
            translate("Cli", "CONFIDENTIAL: the file holds {count} confidential concerns.").format(
                count=result.confidential
            )
        )
    return 0


def cmd_template(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import intake

    with open_for_reading(folder) as store:
        out = intake.write_template(store, Path(args.out))
    print(translate("Cli", "Intake workbook written to {path}.").format(path=out))
    return 0


def cmd_package_export(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import transfer
    from delegate_app.core.exchange.package import PackageScope

    if args.municipality and args.scope != "mine":
        raise ValidationError(
            translate("Cli", "--municipality goes with --scope mine."), field="--municipality"
        )
    scope = PackageScope(args.scope, args.municipality, args.include_confidential)
    explicit = _passphrase(args)
    with open_for_reading(folder) as store:
        summary = transfer.export_package(
            store,
            Path(args.out),
            scope,
            passphrase=explicit,
            prompt=_prompt if _interactive() else None,
            log2_n=args.kdf_log2n,
        )
    _note_keyring(explicit)
    print(
        translate(
            "Cli", "Package written to {path}. Concerns: {concerns}; records in all: {records}."
        ).format(path=summary.path, concerns=summary.concerns, records=sum(summary.records.values()))
    )
    return 0


def cmd_forget_key(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import secrets

    if not secrets.available():
        print(secrets.unavailable_notice())
        return 0
    with open_for_reading(folder) as store:
        secrets.forget(store.info("store_id") or "")
    print(translate("Cli", "The exchange key of this store was removed from the keyring."))
    return 0


# --------------------------------------------------------------------------- conflicts


def cmd_conflicts(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.commands.store import open_for_reading
    from delegate_app.core.exchange import conflicts

    with open_for_reading(folder) as store, store.reader() as session:
        views = conflicts.conflicts(session, include_resolved=args.all)
    if args.json:
        data = [
            {
                "id": v.id,
                "entity": v.entity,
                "entity_id": v.entity_id,
                "label": v.label,
                "peer": v.peer,
                "created_at": v.created_at.isoformat(),
                "differences": [
                    {"field": f, "here": here, "theirs": theirs} for f, here, theirs in v.differences
                ],
                "resolved_at": v.resolved_at.isoformat() if v.resolved_at else None,
                "resolution": v.resolution,
            }
            for v in views
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not views:
        print(translate("Cli", "No conflicts."))
        return 0
    for v in views:
        fields = ", ".join(f for f, _here, _theirs in v.differences)
        print(
            translate("Cli", "{id}  {entity} '{label}' from {peer}; differs in: {fields}{settled}").format(
                id=v.id,
                entity=v.entity,
                label=v.label,
                peer=v.peer,
                fields=fields,
                settled=f" [{v.resolution}]" if v.resolution else "",
            )
        )
    return 0


def cmd_resolve(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core.exchange import conflicts
    from delegate_app.core.store import open_store

    with open_store(folder) as store, store.session() as session:
        view = conflicts.resolve_conflict(session, args.id, args.keep)
    print(
        translate("Cli", "Conflict on {entity} '{label}' settled: {resolution}.").format(
            entity=view.entity, label=view.label, resolution=view.resolution
        )
    )
    return 0
