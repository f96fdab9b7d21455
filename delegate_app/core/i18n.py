"""Translations for the core, the documents and the command line.

The interface uses Qt's QTranslator with the `.qm` compiled from `translations/*.ts`;
code below the interface may not import Qt, so it reads the same `.ts` sources
directly. One catalogue, two readers. Source strings are English; Dutch is the
default language.
"""

from __future__ import annotations

import contextlib
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache

from delegate_app.core.paths import translations_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_state = threading.local()
_default = {"language": DEFAULT_LANGUAGE}


def set_language(language: str) -> None:
    """Set the language for this process (the CLI) or thread (a document build)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    _default["language"] = language
    _state.language = language


@contextlib.contextmanager
def thread_language(language: str) -> Iterator[None]:
    """Use `language` in this thread only (a document built in a worker), then restore."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    previous = getattr(_state, "language", None)
    _state.language = language
    try:
        yield
    finally:
        if previous is None:
            del _state.language
        else:
            _state.language = previous


def current_language() -> str:
    return str(getattr(_state, "language", _default["language"]))


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = translations_dir() / f"regiostem_{language}.ts"
    table: dict[tuple[str, str], str] = {}
    if not path.exists():
        return table
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            text = translation.text or ""
            if text:
                table[(name, source)] = text
    return table


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `source` in `context` into the current language (English is the source)."""
    language = current_language()
    if language == "en":
        return source
    return _catalogue(language).get((context, source), source)


def by_count(count: int, one: str, many: str) -> str:
    """The text for `count` things: `one` for exactly one, else `many`; the caller fills in the placeholders.

    Both texts come translated (`translate(...)` or `self.tr(...)` written out at the call,
    so the extractor finds them); Dutch and English both use the singular for exactly one.
    """
    return one if count == 1 else many


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark a string for extraction without translating it now."""
    return source
