"""Colours and keyboard letters of response grades, shared by the matrix, the tallies and the lists."""

from __future__ import annotations

from PySide6.QtGui import QColor

from delegate_app.core import models
from delegate_app.core.services.labels import code_label, label

Grade = models.Grade

# Calm, colour-blind-tolerant tones; objection is the one strong colour on purpose.
GRADE_COLOURS: dict[str, str] = {
    Grade.SUPPORT.value: "#2f7d4f",
    Grade.SUPPORT_WITH_RESERVATION.value: "#8cbf6a",
    Grade.NEUTRAL.value: "#a3a8ae",
    Grade.OBJECTION.value: "#c0392b",
    Grade.NO_RESPONSE.value: "#e3e6ea",
}

GRADE_ORDER: tuple[str, ...] = tuple(g.value for g in Grade)


def grade_colour(code: str) -> QColor:
    return QColor(GRADE_COLOURS.get(code, "#e3e6ea"))


def grade_label(code: str) -> str:
    return code_label(Grade, code)


def grade_keys() -> dict[str, str]:
    """Letter -> grade code for quick entry, from the labels in the current language.

    Each grade gets the first letter of its label, or when that is taken the initial of
    another word ("Steun met voorbehoud" -> v); digits 1-5 always work too.
    """
    keys: dict[str, str] = {}
    for grade in Grade:
        words = label(grade).casefold().split()
        for word in [words[0], *reversed(words[1:])]:
            if word[:1].isalpha() and word[0] not in keys:
                keys[word[0]] = grade.value
                break
    for number, code in enumerate(GRADE_ORDER, start=1):
        keys[str(number)] = code
    return keys


def grade_for_key(text: str) -> str | None:
    return grade_keys().get(text[:1].casefold()) if text else None


def grade_key_hint() -> str:
    """The letters as a short list for a hint line: "s, v, n, b, g"."""
    return ", ".join(k for k in grade_keys() if not k.isdigit())


# Position, meeting and concern statuses and kinds of session as calm chips: grey draft, blue consultation, green adopted, then the later steps.
STATUS_COLOURS: dict[str, str] = {
    "concept": "#6a737d",
    "in_consultatie": "#1f5f99",
    "vastgesteld": "#2f7d4f",
    "ingebracht": "#6b4fa0",
    "uitkomst_bekend": "#2a7f86",
    # meetings
    "planned": "#1f5f99",
    "held": "#2f7d4f",
    "reported": "#2a7f86",
    # concerns
    "new": "#6a737d",
    "triaged": "#1f5f99",
    "in_position": "#6b4fa0",
    "raised": "#8a5a00",
    "answered": "#2f7d4f",
    "closed": "#4a5058",
    # kinds of session
    "regio_overleg": "#1f5f99",
    "kennissessie": "#2a7f86",
    "workshop": "#6b4fa0",
}


def status_colour(code: str) -> QColor:
    return QColor(STATUS_COLOURS.get(code, "#6a737d"))
