"""Store commands: `stats`, `check`, `backup` and `restore`.

Commands that only read open an existing store read-only, so they work while
the desktop app holds it; a store that does not exist yet is created first.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from delegate_app.core import paths
from delegate_app.core.errors import StoreDamagedError, StoreError, ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.schema import HEAD_REVISION
from delegate_app.core.store import (
    Store,
    inspect_file,
    make_backup,
    newest_good_backup,
    open_store,
    restore,
)


def open_for_reading(folder: Path) -> Store:
    """The store read-only when it exists at this version's schema; otherwise opened (and created or upgraded)."""
    facts = inspect_file(paths.store_path(folder))
    if facts.exists and facts.revision == HEAD_REVISION:
        return open_store(folder, read_only=True)
    return open_store(folder)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help=translate("Cli", "show what the store holds"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser(
        "check",
        help=translate("Cli", "check integrity, foreign keys and schema version (exit 0 when all is well)"),
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help=translate("Cli", "make a verified backup of the store"))
    p.add_argument(
        "--out",
        metavar="FILE",
        help=translate(
            "Cli", "where to write it (a file or a folder; default: the backups folder of the store)"
        ),
    )
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore", help=translate("Cli", "replace the store by a backup; the current store is kept aside")
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar="FILE", help=translate("Cli", "the backup to restore"))
    which.add_argument(
        "--latest",
        action="store_true",
        help=translate("Cli", "restore the newest backup that passes its check"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "Cli", "also replace a store written by a newer version of Regiostem (it is kept aside)"
        ),
    )
    p.set_defaults(handler=cmd_restore)


# --------------------------------------------------------------------------- stats


def _labels() -> dict[str, str]:
    """The counts shown by `stats` without --json, in order; built on call so the language applies."""
    return {
        "municipalities": translate("Stats", "Municipalities"),
        "region_members": translate("Stats", "Member municipalities"),
        "persons": translate("Stats", "Persons"),
        "concerns": translate("Stats", "Concerns"),
        "concerns_merged": translate("Stats", "Merged concerns"),
        "supports": translate("Stats", "Supports"),
        "sessions": translate("Stats", "Regional sessions"),
        "meetings": translate("Stats", "National meetings"),
        "agenda_items": translate("Stats", "Agenda items"),
        "positions": translate("Stats", "Positions"),
        "position_versions": translate("Stats", "Position versions"),
        "responses": translate("Stats", "Responses"),
        "outcomes": translate("Stats", "Outcomes"),
        "backups": translate("Stats", "Backups"),
    }


def cmd_stats(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core.services import stats

    with open_for_reading(folder) as store:
        data = stats.counts(store)
    if args.json:
        print_json(data)
        return 0
    print(
        translate("Stats", "Store: {path} (schema {version})").format(
            path=data["store"], version=data["schema_version"]
        )
    )
    print(translate("Stats", "Region: {name}").format(name=data["region"] or translate("Stats", "(not set)")))
    labels = _labels()
    width = max(len(label) for label in labels.values())
    for key, label in labels.items():
        print(f"  {label:<{width}}  {data[key]}")
    return 0


# --------------------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace, folder: Path) -> int:
    path = paths.store_path(folder)
    facts = inspect_file(path)  # refuses foreign, damaged and newer files with their own message
    if not facts.exists:
        raise StoreError(translate("Cli", "There is no store in {folder}.").format(folder=folder))
    if facts.revision != HEAD_REVISION:
        raise StoreError(
            translate(
                "Cli",
                "The store {path} has schema {revision}; this version uses {head}. It is upgraded, after a "
                "backup, when Regiostem next opens it.",
            ).format(path=path, revision=facts.revision, head=HEAD_REVISION)
        )
    with open_store(folder, read_only=True) as store:
        problems = store.check()
    if problems:
        raise StoreDamagedError(
            translate(
                "Cli",
                "The store {path} failed its check: {problems}. Restore a backup with: restore --latest",
            ).format(path=path, problems="; ".join(problems[:5]))
        )
    print(
        translate("Cli", "The store {path} is in order (schema {revision}).").format(
            path=path, revision=facts.revision
        )
    )
    return 0


# --------------------------------------------------------------------------- backup and restore


def _backup_target(out: str, store_file: Path) -> Path:
    target = Path(out).expanduser()
    if target.is_dir():
        from datetime import datetime

        target = target / f"regiostem-{datetime.now().strftime('%Y%m%d-%H%M%S')}.sqlite"
    resolved = target.resolve()
    own = {
        store_file.resolve(),
        *(store_file.with_name(store_file.name + s).resolve() for s in ("-wal", "-shm")),
    }
    if resolved in own:
        raise ValidationError(
            translate("Cli", "--out {path} is the store itself; choose another file.").format(path=target),
            field="--out",
        )
    return target


def cmd_backup(args: argparse.Namespace, folder: Path) -> int:
    path = paths.store_path(folder)
    facts = inspect_file(path)  # a damaged or newer store is not copied over good backups
    if not facts.exists:
        raise StoreError(translate("Cli", "There is no store in {folder}.").format(folder=folder))
    out = _backup_target(args.out, path) if args.out else None
    made = make_backup(path, out, reason="manual")
    print(translate("Cli", "Backup made and verified: {path}").format(path=made))
    return 0


def cmd_restore(args: argparse.Namespace, folder: Path) -> int:
    if args.latest:
        source = newest_good_backup(folder)
        if source is None:
            raise StoreError(
                translate("Cli", "There is no usable backup in {folder}.").format(
                    folder=paths.backup_dir(folder)
                )
            )
    else:
        source = Path(args.file).expanduser()
    aside = restore(folder, source, force=args.force)
    print(translate("Cli", "Restored {backup} into {folder}.").format(backup=source, folder=folder))
    if aside is not None:
        print(translate("Cli", "The previous store was kept as {path}.").format(path=aside))
    return 0
