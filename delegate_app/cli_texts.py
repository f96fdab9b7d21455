"""argparse's own words (usage, option titles, usage errors) in the user's language.

argparse looks its texts up through the module-level functions `_` and `ngettext`;
`install()` points them at the catalogue, so `--help` and a usage error read as one
language. The texts are argparse's own English (Python 3.11 to 3.13); one that is
not in the catalogue stays English.
"""

from __future__ import annotations

import argparse

from delegate_app.core.i18n import QT_TRANSLATE_NOOP, translate

# Listed for the extractor; argparse itself passes these exact strings.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(text: str) -> str:
    return translate("Argparse", text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("Argparse", singular if count == 1 else plural)


def install() -> None:
    """Let argparse speak the current language (set the language first)."""
    setattr(argparse, "_", _gettext)  # noqa: B010 - argparse reads these module globals at call time
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010


def early_language(argv: list[str]) -> str | None:
    """The value of `--lang` in `argv`, before the parser (whose help texts depend on it) exists."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None
