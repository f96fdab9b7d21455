"""Exchange files on disk: inputs read with clear errors, outputs written aside and moved into place."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate


def check_target(path: Path, suffixes: tuple[str, ...], wrong_suffix: str) -> Path:
    """`path` if it has one of `suffixes` and its folder exists; ValidationError (field 'out') otherwise.

    `wrong_suffix` is the translated message for another extension; it may use {name}.
    """
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        raise ValidationError(wrong_suffix.format(name=path.name), field="out")
    if not path.parent.is_dir():
        raise ValidationError(
            translate("Exchange", "The folder {folder} does not exist.").format(folder=path.parent),
            field="out",
        )
    return path


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a file beside `path`, then replace `path` with it; nothing is left on failure."""
    partial = path.with_name(path.name + ".partial")
    try:
        write(partial)
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def read_input(path: Path) -> bytes:
    """The bytes of a file to import; FileNotFoundError as such, other reading problems as bad input."""
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise ValidationError(
            translate("Exchange", "The file cannot be read: {error}").format(error=exc.strerror or exc)
        ) from exc
