"""Finding concerns: the register's filtered and sorted rowids, ranked search and duplicate suggestions.

Everything runs in SQLite on a plain connection: the register holds only rowids
(as Anki's browser does) and fetches the rows of the visible page in one query.
Text goes through the FTS5 table `concern_fts`, whose tokenizer folds accents.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from delegate_app.core import models
from delegate_app.core.services.concerns import BREADTH_CTE
from delegate_app.core.text import fold

# bm25 weights per column of concern_fts (title, description, municipality):
# a word in the title counts most, then the municipality's name, then the description.
BM25 = "bm25(concern_fts, 10.0, 1.0, 4.0)"
# search() scores at most this many of the newest matches (see _ranked).
RANK_WINDOW = 5000

# More terms than anyone types; keeps a pasted paragraph from becoming a huge query.
MAX_TERMS = 16

# Words too common in Dutch (and in this domain) to tell two concerns apart.
_STOP_WORDS_TEXT = """
    aan al alle als bij dan dat de deze die dit door een en er geen haar hebben heeft het hier hij hoe
    hun ik in is je kan kunnen maar meer met moet moeten na naar niet nog nu of om onder ons onze ook op
    over te tegen tot u uit van veel voor waar wat we wel werd wie wij wordt worden zal ze zeer zich zij
    zijn zo zonder zoals zou zullen gaat gaan komt elke ieder steeds graag heel erg
    gemeente gemeenten gemeentelijke gemeentes regio probleem problemen knelpunt knelpunten
    the and for with from that this
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Token characters as FTS5's unicode61 sees them: letters and digits; `_` separates.
_TOKEN = re.compile(r"[^\W_]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text or ""))


def to_fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed: every word a quoted prefix term, all required.

    Quoting makes operators, '*', '-', quotes and parentheses plain text, so no user
    input can make MATCH fail. Accents are folded here as the tokenizer folds the index.
    Single letters ("'s-Hertogenbosch" -> "s") are dropped when longer words are present:
    they narrow nothing and make the prefix scan slow. None when nothing searchable is left.
    """
    tokens = list(dict.fromkeys(_tokens(text)))
    longer = [t for t in tokens if len(t) > 1]
    tokens = (longer or tokens)[:MAX_TERMS]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


# --------------------------------------------------------------------------- the register


@dataclass
class RegisterFilter:
    text: str = ""
    theme_id: str | None = None
    municipality_id: str | None = None
    status: str | None = None
    confidentiality: str | None = None
    include_merged: bool = False
    include_deleted: bool = False


def _case_order(column: str, values: Sequence[str]) -> str:
    cases = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(values))
    return f"CASE {column} {cases} ELSE {len(values)} END"


_DATE = "COALESCE(c.submitted_on, substr(c.created_at, 1, 10))"

# Sort key -> SQL expression (over concern c, municipality m, theme t, breadth b, match f).
_SORT_SQL: dict[str, tuple[str, ...]] = {
    "date": (_DATE,),
    "title": ("c.title COLLATE NOCASE",),
    "municipality": ("m.name COLLATE NOCASE",),
    "theme": ("COALESCE(t.label, '') COLLATE NOCASE",),
    "urgency": ("c.urgency",),
    "impact": ("c.impact",),
    "support": ("COALESCE(b.municipalities, 1)", "COALESCE(b.inhabitants, m.inhabitants)"),
    "status": (_case_order("c.status", [s.value for s in models.ConcernStatus]),),
    "confidentiality": (_case_order("c.confidentiality", [c.value for c in models.Confidentiality]),),
    "rank": ("-f.score",),  # higher relevance is a larger value
}
# Concerns carried by more than their own municipality.
_CARRIED = (
    "SELECT concern_id FROM support WHERE deleted_at IS NULL "
    "UNION SELECT merged_into_id FROM concern WHERE merged_into_id IS NOT NULL AND deleted_at IS NULL"
)
SORT_KEYS = ("date", "title", "municipality", "theme", "urgency", "impact", "support", "status",
             "confidentiality", "rank")  # fmt: skip


def _where(flt: RegisterFilter, fts_query: str | None) -> tuple[str, list[object]]:
    """The filter as SQL over `concern c` plus its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    if not flt.include_deleted:
        clauses.append("c.deleted_at IS NULL")
    if not flt.include_merged:
        clauses.append("c.merged_into_id IS NULL")
    if flt.theme_id:
        clauses.append(
            "(c.theme_id = ? OR EXISTS (SELECT 1 FROM concerntheme ct WHERE ct.concern_id = c.id "
            "AND ct.theme_id = ? AND ct.deleted_at IS NULL))"
        )
        params += [flt.theme_id, flt.theme_id]
    if flt.municipality_id:
        clauses.append("c.municipality_id = ?")
        params.append(flt.municipality_id)
    if flt.status:
        clauses.append("c.status = ?")
        params.append(flt.status)
    if flt.confidentiality:
        clauses.append("c.confidentiality = ?")
        params.append(flt.confidentiality)
    if fts_query is not None:
        clauses.append("c.rowid IN (SELECT rowid FROM concern_fts WHERE concern_fts MATCH ?)")
        params.append(fts_query)
    return (" AND ".join(clauses) or "1"), params


def _ordered_rowids(
    conn: sqlite3.Connection, flt: RegisterFilter, fts_query: str | None, sort: str, descending: bool
) -> list[int]:
    """The register's rowids straight from SQL: filter, text and order in one statement."""
    ranked = sort == "rank"
    where, params = _where(flt, None)
    head = ""
    head_params: list[object] = []
    joins = ""
    if fts_query is not None:
        # Joining the match drives the plan from the index; a rowid IN (...) subquery is slower.
        joins += (
            f" JOIN (SELECT rowid AS fid, {BM25 if ranked else 0} AS score FROM concern_fts"
            " WHERE concern_fts MATCH ?) f ON f.fid = c.rowid"
        )
        head_params.append(fts_query)
    if sort == "municipality":
        joins += " JOIN municipality m ON m.id = c.municipality_id"
    if sort == "theme":
        joins += " LEFT JOIN theme t ON t.id = c.theme_id"
    if sort == "support":
        # Only concerns with supports or merged concerns need the recursive sum; any
        # other is carried by its own municipality alone (the defaults in _SORT_SQL).
        seed, seed_params = _where(flt, fts_query)
        head = BREADTH_CTE.format(seed=f"({seed}) AND c.id IN ({_CARRIED})")
        head_params = [*seed_params, *head_params]
        joins += " JOIN municipality m ON m.id = c.municipality_id LEFT JOIN breadth b ON b.root = c.id"
    direction = "DESC" if descending else "ASC"
    order = ", ".join(f"{part} {direction}" for part in _SORT_SQL[sort])
    sql = f"{head} SELECT c.rowid FROM concern c{joins} WHERE {where} ORDER BY {order}, c.rowid {direction}"
    return [row[0] for row in conn.execute(sql, [*head_params, *params])]


@dataclass
class _Ordering:
    """All rowids of one filter and sort without text, as of one version of the database."""

    conn: sqlite3.Connection  # held, so no other connection can take over its id while cached
    version: tuple[int, int]
    rowids: list[int]
    positions: dict[int, int] | None = None


# Typing in the search field changes only the text: keep the ordered register of the
# other settings and intersect it with the FTS matches, instead of looking up and
# sorting every matching row again. Sized for a few open registers.
_ORDERINGS: OrderedDict[tuple[object, ...], _Ordering] = OrderedDict()
_ORDERINGS_KEPT = 4
_ORDERINGS_LOCK = threading.Lock()


def _version(conn: sqlite3.Connection) -> tuple[int, int]:
    # data_version moves when another connection commits; total_changes when this one writes.
    return int(conn.execute("PRAGMA data_version").fetchone()[0]), conn.total_changes


def _ordering(conn: sqlite3.Connection, flt: RegisterFilter, sort: str, descending: bool) -> _Ordering:
    key = (id(conn), flt.theme_id, flt.municipality_id, flt.status, flt.confidentiality,
           flt.include_merged, flt.include_deleted, sort, descending)  # fmt: skip
    version = _version(conn)
    with _ORDERINGS_LOCK:
        found = _ORDERINGS.get(key)
        if found is not None and found.conn is conn and found.version == version:
            _ORDERINGS.move_to_end(key)
            return found
    found = _Ordering(conn, version, _ordered_rowids(conn, flt, None, sort, descending))
    with _ORDERINGS_LOCK:
        _ORDERINGS[key] = found
        while len(_ORDERINGS) > _ORDERINGS_KEPT:
            _ORDERINGS.popitem(last=False)
    return found


def clear_cache() -> None:
    """Forget the kept orderings (they also refresh themselves when the database changes)."""
    with _ORDERINGS_LOCK:
        _ORDERINGS.clear()


def register_rowids(
    conn: sqlite3.Connection,
    flt: RegisterFilter,
    sort: str = "date",
    descending: bool = True,
    *,
    use_cache: bool = True,
) -> list[int]:
    """Rowids of the concerns the filter selects, in the asked order (ties broken by rowid)."""
    if sort not in _SORT_SQL:
        raise ValueError(f"unknown sort key {sort!r}; choose from {', '.join(SORT_KEYS)}")
    fts_query = to_fts_query(flt.text)
    if flt.text.strip() and fts_query is None:
        return []  # only punctuation typed: nothing can match
    if sort == "rank" and fts_query is None:
        sort = "date"
    if sort == "rank" or not use_cache:
        return _ordered_rowids(conn, flt, fts_query, sort, descending)
    ordering = _ordering(conn, flt, sort, descending)
    if fts_query is None:
        return list(ordering.rowids)
    hits = {
        row[0]
        for row in conn.execute("SELECT rowid FROM concern_fts WHERE concern_fts MATCH ?", (fts_query,))
    }
    if len(hits) * 8 > len(ordering.rowids):
        return [r for r in ordering.rowids if r in hits]
    # Few matches: sort them by their place in the ordering rather than scan it all.
    if ordering.positions is None:
        ordering.positions = {r: i for i, r in enumerate(ordering.rowids)}
    positions = ordering.positions
    return sorted((r for r in hits if r in positions), key=positions.__getitem__)


@dataclass
class RegisterRow:
    rowid: int
    id: str
    title: str
    municipality: str
    municipality_id: str
    theme: str
    urgency: int
    impact: int
    support_municipalities: int
    support_inhabitants: int
    status: str
    confidentiality: str
    anonymised: bool
    date: date | None
    merged_into_id: str | None
    deleted: bool = False


_ROWS_SQL = (
    BREADTH_CTE.format(seed="c.rowid IN (SELECT value FROM json_each(?))")
    + f"""
SELECT c.rowid, c.id, c.title, m.name, c.municipality_id, COALESCE(t.label, ''), c.urgency, c.impact,
       COALESCE(b.municipalities, 0), COALESCE(b.inhabitants, 0), c.status, c.confidentiality,
       c.anonymised, {_DATE}, c.merged_into_id, c.deleted_at IS NOT NULL
FROM concern c
JOIN municipality m ON m.id = c.municipality_id
LEFT JOIN theme t ON t.id = c.theme_id
LEFT JOIN breadth b ON b.root = c.id
WHERE c.rowid IN (SELECT value FROM json_each(?))
"""
)


def register_rows(conn: sqlite3.Connection, rowids: Sequence[int]) -> list[RegisterRow]:
    """The rows for these rowids, in the same order, in one query; vanished rowids are skipped."""
    if not rowids:
        return []
    key = json.dumps([int(r) for r in rowids])
    found: dict[int, RegisterRow] = {}
    for r in conn.execute(_ROWS_SQL, (key, key)):
        found[r[0]] = RegisterRow(
            rowid=r[0],
            id=r[1],
            title=r[2],
            municipality=r[3],
            municipality_id=r[4],
            theme=r[5],
            urgency=r[6],
            impact=r[7],
            support_municipalities=r[8],
            support_inhabitants=r[9],
            status=r[10],
            confidentiality=r[11],
            anonymised=bool(r[12]),
            date=date.fromisoformat(r[13]) if r[13] else None,
            merged_into_id=r[14],
            deleted=bool(r[15]),
        )
    return [found[r] for r in rowids if r in found]


# --------------------------------------------------------------------------- ranked search


@dataclass
class SearchHit:
    id: str
    rowid: int
    title: str
    municipality: str
    score: float  # search: relevance (-bm25, larger is better); duplicates: 0..1


_Row = tuple[Any, ...]


def _ranked(
    conn: sqlite3.Connection,
    fts_query: str,
    exclude_id: str | None,
    cap: int | None,
    window: int | None = None,
) -> list[_Row]:
    """Live concerns matching `fts_query`, best first; `cap` bounds how many matches are kept.

    `window` scores only that many of the newest matches: one or two typed letters match
    nearly every concern, and scoring them all costs ~100 ms at 100k concerns while such a
    ranking means little; the next letter narrows the matches and the ranking again.
    """
    limit = "" if cap is None else f" LIMIT {int(cap)}"
    scored = f"SELECT rowid AS fid, {BM25} AS score FROM concern_fts WHERE concern_fts MATCH ?"
    if window is not None:
        scored = f"SELECT fid, score FROM ({scored} ORDER BY rowid DESC LIMIT {int(window)})"
    sql = f"""
        SELECT c.id, c.rowid, c.title, m.name, f.score, c.description
        FROM ({scored} ORDER BY score{limit}) f
        JOIN concern c ON c.rowid = f.fid
        JOIN municipality m ON m.id = c.municipality_id
        WHERE c.deleted_at IS NULL AND c.merged_into_id IS NULL AND c.id IS NOT ?
        ORDER BY f.score, c.rowid
    """
    return conn.execute(sql, (fts_query, exclude_id)).fetchall()


def _best(
    conn: sqlite3.Connection,
    fts_query: str,
    wanted: int,
    exclude_id: str | None = None,
    window: int | None = None,
) -> list[_Row]:
    # Join only a few more than wanted to the concern table (a top-N sort keeps no more
    # rows than that); only when merged or deleted concerns crowd them out are all matches joined.
    rows = _ranked(conn, fts_query, exclude_id, cap=wanted * 2 + 10, window=window)
    if len(rows) < wanted:
        rows = _ranked(conn, fts_query, exclude_id, cap=None, window=window)
    return rows[:wanted]


def search(conn: sqlite3.Connection, text: str, limit: int = 50) -> list[SearchHit]:
    """Live concerns matching all typed words (prefixes, accents folded), most relevant first."""
    query = to_fts_query(text)
    if query is None or limit <= 0:
        return []
    rows = _best(conn, query, limit, window=RANK_WINDOW)
    return [SearchHit(r[0], r[1], r[2], r[3], -float(r[4])) for r in rows]


# --------------------------------------------------------------------------- duplicates


def distinctive_words(text: str) -> list[str]:
    """The words of `text` that can tell concerns apart: no stop words, no short words."""
    return list(
        dict.fromkeys(t for t in _tokens(text) if len(t) > 2 and t not in STOP_WORDS and not t.isdigit())
    )


def _stem(word: str) -> str:
    # Dutch plurals and inflections mostly change the last letters
    # (leverancier/leveranciers, levert/leveren, koppeling/koppelingen).
    return word[: max(5, len(word) - 2)] if len(word) > 5 else word


def _similarity(stems: list[str], title: str, description: str) -> float:
    """Share of the stems found in the candidate: a title hit counts 1, a description hit 0.5."""
    title_words = _tokens(title)
    description_words = _tokens(description)
    total = 0.0
    for stem in stems:
        if any(w.startswith(stem) for w in title_words):
            total += 1.0
        elif any(w.startswith(stem) for w in description_words):
            total += 0.5
    return total / len(stems)


def duplicate_suggestions(
    conn: sqlite3.Connection,
    title: str,
    description: str = "",
    exclude_id: str | None = None,
    limit: int = 5,
    min_score: float = 0.3,
) -> list[SearchHit]:
    """Live concerns that may say the same as a new title (and description), best first.

    Any distinctive word of the title may match (an OR query over title and
    description); each candidate then scores 0..1 by how many of those words it shares.
    """
    words = distinctive_words(title)[:MAX_TERMS] or distinctive_words(description)[:MAX_TERMS]
    if not words or limit <= 0:
        return []
    stems = list(dict.fromkeys(_stem(w) for w in words))
    query = "{title description} : (" + " OR ".join(f'"{s}"*' for s in stems) + ")"
    hits: list[tuple[float, float, SearchHit]] = []
    for r in _best(conn, query, limit * 4, exclude_id):
        score = round(_similarity(stems, r[2], r[5]), 3)
        if score >= min_score:
            hits.append((score, -float(r[4]), SearchHit(r[0], r[1], r[2], r[3], score)))
    hits.sort(key=lambda h: (h[0], h[1]), reverse=True)
    return [h[2] for h in hits[:limit]]
