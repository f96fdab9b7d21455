"""Word-level differences between two texts, for comparing versions of a position side by side.

The result keeps every character, white space included, so a view or a PDF can
render it faithfully: joining the "equal" and "delete" parts gives the old text
back, joining the "equal" and "insert" parts gives the new one.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

Op = Literal["equal", "insert", "delete"]
Segment = tuple[Op, str]

# Words, runs of white space, and single punctuation marks, so "rood." -> "rood!"
# changes only the mark.
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The text split into words, white-space runs and punctuation; joined they give the text back."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Segment]:
    """The changes from `old` to `new` as ("equal"|"insert"|"delete", text) segments.

    Lines are compared first and words only inside changed blocks of lines, which
    keeps long texts fast and the result readable. Within a change the deleted
    text comes before the inserted text; a single space between two changed
    words is folded into the change so "a b" -> "c d" reads as one replacement.
    """
    raw: list[Segment] = []
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            raw.append(("equal", "".join(old_lines[i1:i2])))
        elif tag == "delete":
            raw.append(("delete", "".join(old_lines[i1:i2])))
        elif tag == "insert":
            raw.append(("insert", "".join(new_lines[j1:j2])))
        else:
            raw.extend(_word_level("".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])))
    return _tidy(raw)


def _word_level(old: str, new: str) -> list[Segment]:
    a, b = tokens(old), tokens(new)
    # autojunk would treat the frequent " " token as noise and misalign everything.
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "delete", "replace") and i2 > i1:
            out.append(("equal" if tag == "equal" else "delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace") and j2 > j1:
            out.append(("insert", "".join(b[j1:j2])))
    return out


def _tidy(segments: list[Segment]) -> list[Segment]:
    """Fold white space between changes into them, order deletes before inserts, merge neighbours."""
    folded: list[Segment] = []
    for index, (op, text) in enumerate(segments):
        between_changes = (
            op == "equal"
            and text.isspace()
            and 0 < index < len(segments) - 1
            and segments[index - 1][0] != "equal"
            and segments[index + 1][0] != "equal"
        )
        if between_changes:
            folded.extend([("delete", text), ("insert", text)])
        elif text:
            folded.append((op, text))
    result: list[Segment] = []
    run: dict[Op, list[str]] = {"delete": [], "insert": []}

    def flush() -> None:
        for op in ("delete", "insert"):
            if run[op]:
                result.append((op, "".join(run[op])))
                run[op] = []

    for op, text in folded:
        if op == "equal":
            flush()
            if result and result[-1][0] == "equal":
                result[-1] = ("equal", result[-1][1] + text)
            else:
                result.append(("equal", text))
        else:
            run[op].append(text)
    flush()
    return result


def old_text(segments: list[Segment]) -> str:
    """The old text back from a diff."""
    return "".join(text for op, text in segments if op != "insert")


def new_text(segments: list[Segment]) -> str:
    """The new text back from a diff."""
    return "".join(text for op, text in segments if op != "delete")


def changed_words(segments: list[Segment]) -> tuple[list[str], list[str]]:
    """The words removed and the words added (white space and punctuation left out)."""
    removed = [w for op, text in segments if op == "delete" for w in re.findall(r"\w+", text)]
    added = [w for op, text in segments if op == "insert" for w in re.findall(r"\w+", text)]
    return removed, added
