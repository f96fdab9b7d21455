"""`demo [--concerns N]`: fill the store with the demo region, and optionally synthetic concerns."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from delegate_app.core.i18n import translate
from delegate_app.core.store import open_store


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help=translate("Cli", "fill the store with the demo region (idempotent)"))
    p.add_argument(
        "--concerns",
        type=int,
        default=0,
        metavar="N",
        help=translate("Cli", "also add N synthetic concerns (for load tests)"),
    )
    # Tests and benchmarks tune the transaction size; users have no reason to.
    p.add_argument("--batch-size", type=int, default=5000, help=argparse.SUPPRESS)
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace, folder: Path) -> int:
    from delegate_app.core.errors import ValidationError
    from delegate_app.core.services import demo

    if args.concerns < 0:
        raise ValidationError(
            translate("Cli", "--concerns must be 0 or more, not {n}.").format(n=args.concerns),
            field="--concerns",
        )
    if args.batch_size < 1:
        raise ValidationError(
            translate("Cli", "--batch-size must be 1 or more, not {n}.").format(n=args.batch_size),
            field="--batch-size",
        )
    with open_store(folder) as store:
        if demo.fill_demo(store):
            print(translate("Cli", "The demo region was added to {path}.").format(path=store.path))
        else:
            print(translate("Cli", "The demo region is already in {path}.").format(path=store.path))
        if args.concerns:
            show = sys.stderr.isatty()

            def progress(done: int, total: int) -> None:
                if show:
                    print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

            added = demo.add_synthetic_concerns(
                store, args.concerns, batch_size=args.batch_size, progress=progress
            )
            if show:
                print(file=sys.stderr)
            text = (
                translate("Cli", "1 synthetic concern added.")
                if added == 1
                else translate("Cli", "{n} synthetic concerns added.")
            )
            print(text.format(n=added))
    return 0
