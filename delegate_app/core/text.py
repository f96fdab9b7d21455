"""Text helpers for matching what people type: accent and case folding."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes unified, white space collapsed.

    "Súdwest-Fryslân" -> "sudwest-fryslan"; "’s-Hertogenbosch" -> "'s-hertogenbosch".
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def words(text: str) -> list[str]:
    """Folded words of at least one letter or digit."""
    return re.findall(r"[\w']+", fold(text))
