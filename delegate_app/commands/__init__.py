"""Command-line sub-commands, one module per part of the loop.

Each module has `register(subparsers)`; a parser's handler is set with
`set_defaults(handler=fn)` where `fn(args, folder) -> int` returns the exit code.
Modules are imported lazily by name so a missing optional part never breaks the CLI.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Order is the order of `--help`.
_MODULES = ("store", "region", "demo", "exchange", "documents", "screenshots")


def modules() -> list[ModuleType]:
    found = []
    for name in _MODULES:
        try:
            found.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    return found
