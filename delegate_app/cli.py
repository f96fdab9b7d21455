"""The entry point: no argument opens the desktop app; sub-commands run headless.

Exit codes (stable, scripts rely on them): 0 success; 2 bad input or usage; 3 a
store problem (locked, damaged, newer schema); 1 an unexpected error, reported
with the log file's path. Sub-commands live in `delegate_app.commands`, one
module per part of the loop, each with a `register(subparsers)` function.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from delegate_app import __version__
from delegate_app.core import paths
from delegate_app.core.errors import StoreDamagedError, StoreError, ValidationError
from delegate_app.core.i18n import LANGUAGES, set_language, translate

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_STORE = 3

log = logging.getLogger("delegate_app")
_log_handler: logging.Handler | None = None


class UsageError(Exception):
    """Raised by the argument parser instead of exiting, so main() decides the code."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    from delegate_app import commands

    parser = _Parser(
        prog="delegate-app",
        description=translate("Cli", "Regiostem: the regional voice for the Landelijk ICT Beraad."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Regiostem {__version__}",
        help=translate("Cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "Cli", "the data folder holding the store (default: {env} or the per-user folder)"
        ).format(env=paths.ENV_DATA_DIR),
    )
    parser.add_argument(
        "--demo", action="store_true", help=translate("Cli", "open the app on a temporary demo region")
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help=translate("Cli", "language of the interface and documents")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in commands.modules():
        module.register(sub)
    return parser


def setup_logging(folder: Path | None) -> Path | None:
    """Log to a rotating file in the data folder; returns its path."""
    from logging.handlers import RotatingFileHandler

    global _log_handler
    root = logging.getLogger()
    # One handler per process even when main() runs several times (tests, the
    # GUI's own commands); a NullHandler keeps logging's last-resort handler
    # from printing tracebacks on stderr when no log file can be made.
    if _log_handler is not None:
        root.removeHandler(_log_handler)
        _log_handler.close()
    _log_handler = logging.NullHandler()
    logfile: Path | None = None
    if folder is not None:
        try:
            ldir = paths.log_dir(folder)
            ldir.mkdir(parents=True, exist_ok=True)
            logfile = ldir / "regiostem.log"
            _log_handler = RotatingFileHandler(logfile, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
            _log_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        except OSError:
            logfile = None
    root.addHandler(_log_handler)
    root.setLevel(logging.INFO)
    return logfile


def _is_store_failure(exc: BaseException) -> bool:
    """SQLite errors that come from the file rather than our code: locked, damaged, disk full, I/O."""
    import sqlite3

    from sqlalchemy.exc import DBAPIError

    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    return isinstance(cause, sqlite3.DatabaseError) and not isinstance(
        cause, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    )


def _fail(code: int, message: str) -> int:
    # One line: scripts and people read the first line only.
    print(" ".join(str(message).split()), file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang_from_env = os.environ.get("DELEGATE_APP_LANG")
    if lang_from_env not in LANGUAGES:
        lang_from_env = None
    from delegate_app import cli_texts

    # The help texts are made with the parser, so its language is known before parsing.
    early = cli_texts.early_language(argv)
    set_language(early if early in LANGUAGES else lang_from_env or "nl")
    cli_texts.install()
    # Reading the arguments imports the store and the models: many objects that live as long as
    # the process, which automatic collections would walk again and again. The desktop app
    # collects on its own, on its GUI thread (ui/collector.py); a command gets automatic
    # collection back once its arguments are read.
    automatic = gc.isenabled()
    gc.disable()
    args: argparse.Namespace | None = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0)
    except Exception as exc:  # a broken command module must not print a traceback
        return _fail(EXIT_ERROR, translate("Cli", "Unexpected error: {error}.").format(error=exc))
    finally:
        if automatic and (args is None or getattr(args, "handler", None) is not None):
            gc.enable()
    set_language(args.lang or lang_from_env or "nl")
    folder = paths.data_dir(args.data_dir)
    handler = getattr(args, "handler", None)
    logfile = setup_logging(None if args.demo else folder) if handler is not None else None
    try:
        if handler is None:
            from delegate_app.ui.app import run_gui

            try:
                return run_gui(data_dir=None if args.demo else folder, demo=args.demo, language=args.lang)
            finally:
                if automatic:
                    gc.enable()
        risk = paths.synced_folder_warning(folder) if folder.exists() else None
        if risk:
            print(
                translate(
                    "Cli",
                    "Warning: the store lies in a {risk}; sync clients and network shares can damage or fork it. "
                    "Move the data folder to a local disk.",
                ).format(risk=risk),
                file=sys.stderr,
            )
        result: int = handler(args, folder)
        return result
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except ValidationError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except FileNotFoundError as exc:
        return _fail(EXIT_USAGE, translate("Cli", "File not found: {path}").format(path=exc.filename or exc))
    except StoreError as exc:
        message = str(exc)
        if isinstance(exc, StoreDamagedError) and args.command != "restore" and "restore" not in message:
            message += " " + translate(
                "Cli", "To restore the newest good backup: delegate-app restore --latest"
            )
        return _fail(EXIT_STORE, message)
    except KeyboardInterrupt:
        return _fail(EXIT_ERROR, translate("Cli", "Interrupted."))
    except BrokenPipeError:
        # The reader went away (`stats --json | head`); silence the final flush.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        log.exception("error in %s", getattr(args, "command", None))
        if _is_store_failure(exc):
            return _fail(
                EXIT_STORE,
                translate(
                    "Cli", "The store reported a problem: {error}. Check it with: delegate-app check"
                ).format(error=getattr(exc, "orig", None) or exc),
            )
        where = logfile or translate("Cli", "(no log file)")
        return _fail(
            EXIT_ERROR,
            translate("Cli", "Unexpected error: {error}. Details are in {log}").format(error=exc, log=where),
        )


if __name__ == "__main__":
    raise SystemExit(main())
