"""Packages between laptops: a store's records in one sealed file, merged by UUID on the other side.

A package carries rows as the store holds them, table by table, with for each
row when it was last edited on the sending laptop (from its change log), and the
sender's view of its peers. Merging decides per record:

- new here: inserted (tombstones too, so deletions travel);
- equal: nothing;
- edited only on the sending side since this store's last package from it: taken;
- edited only here since the sender last received a package from this store: kept;
- edited on both sides: kept here and listed as an ExchangeConflict with both
  versions, never silently overwritten;
- edited on neither side (a stale copy): the newer one wins.

Edits are compared with marks on the clock of the laptop that made them, so
laptops need not agree on the time. Reference records (municipalities, themes,
bodies, programmes) have their own ids in every store and are matched by their
codes; records with a unique key (one response per municipality and position)
are matched by that key. Everything is one transaction: a package is merged
whole or not at all.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Session, select

from delegate_app.core import changelog, models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.schema import HEAD_REVISION, KNOWN_REVISIONS
from delegate_app.core.services.records import live
from delegate_app.core.services.region import is_outside
from delegate_app.core.store import Store
from delegate_app.core.types import format_utc, parse_utc, utcnow

PACKAGE_FORMAT = "regiostem-package"
PACKAGE_VERSION = 1
SUFFIX = ".regiostem"
MAX_PLAINTEXT = 1 << 30  # a package never unpacks to more than this
SCOPES = ("all", "mine")

REFERENCE_TABLES = frozenset({"municipality", "theme", "programme", "organisation"})
SINGLETON_TABLES = frozenset({"region"})  # a store has one region: theirs is ours
# A municipality recognises a concern once, even when both laptops recorded it.
_EXTRA_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {"support": (("concern_id", "municipality_id"),)}
# Facts that belong to this store, not to the record: never sent over, never compared.
_LOCAL_ONLY: dict[str, frozenset[str]] = {
    "person": frozenset({"is_self"}),
    "concern": frozenset({"outside_region"}),
}
_NOT_CONTENT = frozenset({"id", "created_at", "updated_at"})
# Change log actions that are not edits made on this laptop.
_NOT_LOCAL_EDITS = ("exchange", "bulk", "purge")
EXCHANGE_ACTION = "exchange"
_CHUNK = 500

Row = dict[str, Any]


# --------------------------------------------------------------------------- table facts


@dataclass(frozen=True)
class TableInfo:
    name: str
    model: type[models.Record]
    columns: tuple[str, ...]
    foreign: dict[str, str]  # column -> parent table
    keys: tuple[tuple[str, ...], ...]  # unique keys besides the id
    defaults: dict[str, Any]  # for columns a package from an older version lacks

    @property
    def insert_sql(self) -> str:
        """INSERT of a whole row, values in the order of `columns`."""
        quoted = ", ".join(f'"{c}"' for c in self.columns)
        return f'INSERT INTO "{self.name}" ({quoted}) VALUES ({", ".join("?" * len(self.columns))})'

    @property
    def content(self) -> tuple[str, ...]:
        local = _LOCAL_ONLY.get(self.name, frozenset())
        return tuple(c for c in self.columns if c not in _NOT_CONTENT and c not in local)


_NO_DEFAULT = object()


def _default(model: type[models.Record], column: str) -> Any:
    info = model.model_fields.get(column)
    if info is None or info.is_required() or info.default_factory is not None:
        return _NO_DEFAULT
    value = info.default
    if isinstance(value, bool):
        return int(value)
    return getattr(value, "value", value)


@cache
def table_infos() -> dict[str, TableInfo]:
    """The synced tables in dependency order, with what merging needs to know of each."""
    infos: dict[str, TableInfo] = {}
    for model in models.SYNCED_TABLES:
        table = model.__table__  # type: ignore[attr-defined]
        columns = tuple(c.name for c in table.columns)
        keys = [
            tuple(c.name for c in con.columns)
            for con in table.constraints
            if isinstance(con, UniqueConstraint)
        ]
        keys += [(c.name,) for c in table.columns if c.unique and (c.name,) not in keys]
        keys += list(_EXTRA_KEYS.get(table.name, ()))
        infos[table.name] = TableInfo(
            name=table.name,
            model=model,
            columns=columns,
            foreign={fk.parent.name: fk.column.table.name for fk in table.foreign_keys},
            keys=tuple(keys),
            defaults={c: d for c in columns if (d := _default(model, c)) is not _NO_DEFAULT},
        )
    return infos


def _malformed(detail: str) -> ValidationError:
    return ValidationError(
        translate("Exchange", "The package is not a valid Regiostem package ({detail}).").format(
            detail=detail
        )
    )


# --------------------------------------------------------------------------- what goes in a package


@dataclass(frozen=True)
class PackageScope:
    """What a package holds: everything (for an alternate) or one's own concerns, supports and responses."""

    kind: str = "all"
    municipality_code: str | None = None  # only this municipality's concerns, supports and responses
    include_confidential: bool = False

    def __post_init__(self) -> None:
        if self.kind not in SCOPES:
            raise ValidationError(
                translate("Exchange", "Unknown scope '{scope}'; choose {choices}.").format(
                    scope=self.kind, choices=", ".join(SCOPES)
                ),
                field="scope",
            )


@dataclass
class _Snapshot:
    """All synced rows of a store, read in one transaction."""

    columns: dict[str, list[str]]
    rows: dict[str, list[tuple[Any, ...]]]
    edited: dict[str, dict[str, str]]  # table -> id -> last local edit


def _read_snapshot(conn: sqlite3.Connection) -> _Snapshot:
    snap = _Snapshot({}, {}, {})
    for name in table_infos():
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        snap.columns[name] = [d[0] for d in cursor.description]
        snap.rows[name] = cursor.fetchall()
    marks = ",".join("?" * len(_NOT_LOCAL_EDITS))
    for entity, entity_id, at in conn.execute(
        f"SELECT entity, entity_id, MAX(at) FROM changelog WHERE action NOT IN ({marks}) GROUP BY entity, entity_id",
        _NOT_LOCAL_EDITS,
    ):
        snap.edited.setdefault(entity, {})[entity_id] = at
    return snap


def _select(snap: _Snapshot, scope: PackageScope) -> dict[str, set[str]]:
    """The ids per table the package carries."""
    infos = table_infos()
    index = {
        name: {r[0]: dict(zip(snap.columns[name], r, strict=True)) for r in snap.rows[name]} for name in infos
    }
    excluded: dict[str, set[str]] = {name: set() for name in infos}
    if not scope.include_confidential:
        excluded["concern"] = {
            i
            for i, r in index["concern"].items()
            if r["confidentiality"] == models.Confidentiality.CONFIDENTIAL
        }
        # Whatever refers to a confidential concern stays home with it (to a fixed point:
        # concerns refer to concerns).
        changed = True
        while changed:
            changed = False
            for name, info in infos.items():
                for record_id, row in index[name].items():
                    if record_id in excluded[name]:
                        continue
                    if any(row[c] in excluded[parent] for c, parent in info.foreign.items() if row[c]):
                        excluded[name].add(record_id)
                        changed = True
    if scope.kind == "all":
        return {name: set(index[name]) - excluded[name] for name in infos}

    municipality_id: str | None = None
    if scope.municipality_code:
        code = scope.municipality_code.strip().upper()
        found = [i for i, r in index["municipality"].items() if r["gm_code"] == code or r["cbs_code"] == code]
        if not found:
            raise ValidationError(
                translate("Exchange", "Unknown municipality code '{code}'.").format(
                    code=scope.municipality_code
                ),
                field="municipality",
            )
        municipality_id = found[0]

    def mine(name: str) -> set[str]:
        return {
            i
            for i, r in index[name].items()
            if i not in excluded[name]
            and (municipality_id is None or r["municipality_id"] == municipality_id)
        }

    chosen: dict[str, set[str]] = {name: set() for name in infos}
    chosen["concern"] = mine("concern")
    chosen["support"] = mine("support")
    chosen["response"] = mine("response")
    for name, column in (
        ("concerntheme", "concern_id"),
        ("concernbody", "concern_id"),
        ("mergelink", "source_id"),
    ):
        chosen[name] = {
            i for i, r in index[name].items() if r[column] in chosen["concern"] and i not in excluded[name]
        }
    # Everything a chosen record refers to comes along, so the package stands on its own.
    work = [(name, i) for name, ids in chosen.items() for i in ids]
    while work:
        name, record_id = work.pop()
        row = index[name][record_id]
        for column, parent in infos[name].foreign.items():
            value = row[column]
            if value and value in index[parent] and value not in chosen[parent]:
                chosen[parent].add(value)
                work.append((parent, value))
    return chosen


def _store_name(conn: sqlite3.Connection) -> str:
    """How the other laptop lists this store: the user's own name and the region's."""
    region = conn.execute("SELECT name FROM region WHERE deleted_at IS NULL ORDER BY created_at").fetchone()
    person = conn.execute(
        "SELECT name FROM person WHERE is_self AND deleted_at IS NULL AND erased_at IS NULL ORDER BY created_at"
    ).fetchone()
    return " — ".join(str(r[0]) for r in (person, region) if r and r[0])


def build_payload(store: Store, scope: PackageScope) -> dict[str, Any]:
    """The package's contents (before sealing) for this store and scope."""
    conn = store.raw()
    try:
        conn.execute("BEGIN")  # one consistent snapshot of every table
        created_at = format_utc(utcnow())
        snap = _read_snapshot(conn)
        store_id = str(conn.execute("SELECT value FROM storeinfo WHERE key = 'store_id'").fetchone()[0])
        store_name = _store_name(conn)
        peers = [
            {"store_id": p, "last_received_at": at}
            for p, at in conn.execute(
                "SELECT peer_store_id, last_received_at FROM exchangepeer WHERE deleted_at IS NULL"
            )
        ]
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    chosen = _select(snap, scope)
    tables: dict[str, Any] = {}
    for name, info in table_infos().items():
        ids = chosen[name]
        if not ids:
            continue
        columns = snap.columns[name]
        local = [columns.index(c) for c in _LOCAL_ONLY.get(name, ())]
        rows = []
        for row in snap.rows[name]:
            if row[0] in ids:
                values = list(row)
                for i in local:
                    values[i] = info.defaults.get(columns[i])
                rows.append(values)
        edited = snap.edited.get(name, {})
        tables[name] = {"columns": columns, "rows": rows, "edited": [edited.get(r[0]) for r in rows]}
    return {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "package_id": str(uuid.uuid4()),
        "created_at": created_at,
        "store_id": store_id,
        "store_name": store_name,
        "schema": HEAD_REVISION,
        "scope": scope.kind,
        "municipality": scope.municipality_code or "",
        "include_confidential": scope.include_confidential,
        "peers": peers,
        "tables": tables,
    }


def encode_payload(payload: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode_payload(data: bytes) -> dict[str, Any]:
    """The payload of an opened package, its structure checked."""
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(data, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise _malformed(translate("Exchange", "too large"))
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise _malformed(str(exc)) from exc
    _check_payload(payload)
    return payload  # type: ignore[no-any-return]


def _check_payload(payload: Any) -> None:
    if not isinstance(payload, dict) or payload.get("format") != PACKAGE_FORMAT:
        raise _malformed(translate("Exchange", "unknown format"))
    if payload.get("version") != PACKAGE_VERSION or payload.get("schema") not in KNOWN_REVISIONS:
        raise ValidationError(
            translate(
                "Exchange",
                "The package was made by a newer version of Regiostem (format {version}, schema {schema}); "
                "install that version to import it.",
            ).format(version=payload.get("version"), schema=payload.get("schema"))
        )
    for key in ("package_id", "store_id", "created_at"):
        if not isinstance(payload.get(key), str) or not payload[key]:
            raise _malformed(key)
    try:
        parse_utc(payload["created_at"])
    except ValueError as exc:
        raise _malformed("created_at") from exc
    peers = payload.get("peers", [])
    if not isinstance(peers, list) or not all(isinstance(p, dict) for p in peers):
        raise _malformed("peers")
    tables = payload.get("tables")
    if not isinstance(tables, dict):
        raise _malformed("tables")
    infos = table_infos()
    for name, table in tables.items():
        if name not in infos:
            raise _malformed(translate("Exchange", "unknown table {name}").format(name=name))
        columns, rows, edited = table.get("columns"), table.get("rows"), table.get("edited")
        if (
            not isinstance(columns, list)
            or not isinstance(rows, list)
            or not isinstance(edited, list)
            or len(edited) != len(rows)
        ):
            raise _malformed(name)
        unknown = set(columns) - set(infos[name].columns)
        missing = set(infos[name].columns) - set(columns) - set(infos[name].defaults)
        if unknown or missing or "id" not in columns or "updated_at" not in columns:
            raise _malformed(translate("Exchange", "columns of {name}").format(name=name))
        width = len(columns)
        id_at = columns.index("id")
        for row in rows:
            if not isinstance(row, list) or len(row) != width or not isinstance(row[id_at], str):
                raise _malformed(name)


# --------------------------------------------------------------------------- merging


@dataclass
class MergeReport:
    package_id: str
    sender_store_id: str
    sender_name: str
    created_at: str
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_local: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)  # "table:id" of new or renewed conflicts
    resolved_by_peer: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.conflicts or self.resolved_by_peer)


class _Merge:
    """One package merged into one store, inside the caller's transaction."""

    def __init__(self, session: Session, payload: dict[str, Any], own_store_id: str) -> None:
        self.session = session
        self.conn: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        self.payload = payload
        self.sender = str(payload["store_id"])
        self.report = MergeReport(
            payload["package_id"], self.sender, str(payload.get("store_name", "")), payload["created_at"]
        )
        self.peer = session.exec(
            select(models.ExchangePeer).where(models.ExchangePeer.peer_store_id == self.sender)
        ).first()
        # Edits the sender made after the last package of theirs we merged are new to us ...
        self.incoming_mark = (
            format_utc(self.peer.last_received_at) if self.peer and self.peer.last_received_at else ""
        )
        # ... and edits made here after the last package of ours they merged are new to them.
        seen = [p for p in payload.get("peers", []) if p.get("store_id") == own_store_id]
        self.local_mark = str(seen[0].get("last_received_at") or "") if seen else ""
        self.open_conflicts = {
            (c.entity, c.entity_id): c
            for c in session.exec(
                select(models.ExchangeConflict).where(
                    models.ExchangeConflict.resolved_at == None,  # noqa: E711
                    live(models.ExchangeConflict),
                )
            )
        }
        self.idmap: dict[str, str] = {}
        self.touched: list[str] = []
        self.update_log: list[tuple[str, str, dict[str, list[Any]]]] = []

    # rows ---------------------------------------------------------------------

    def _incoming(self, info: TableInfo, table: dict[str, Any]) -> list[tuple[Row, str]]:
        columns: list[str] = table["columns"]
        out: list[tuple[Row, str]] = []
        local_only = _LOCAL_ONLY.get(info.name, frozenset())
        for values, edited in zip(table["rows"], table["edited"], strict=True):
            row = dict(info.defaults)
            row.update(zip(columns, values, strict=True))
            for column in info.foreign:
                value = row.get(column)
                if value is not None:
                    row[column] = self.idmap.get(value, value)
            for column in local_only:
                row[column] = info.defaults.get(column)
            out.append((row, str(edited or "")))
        return out

    def _fetch(self, name: str, where: str, params: Sequence[Any]) -> list[Row]:
        cursor = self.conn.execute(f'SELECT * FROM "{name}" WHERE {where}', tuple(params))
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, r, strict=True)) for r in cursor.fetchall()]

    def _by_ids(self, name: str, ids: Sequence[str]) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in self._fetch(name, f"id IN ({','.join('?' * len(chunk))})", chunk):
                found[row["id"]] = row
        return found

    def _match_by_key(self, info: TableInfo, rows: list[Row], local: dict[str, Row]) -> None:
        """Point rows the store holds under another id (same code, same unique key) at that id."""
        unmatched = [r for r in rows if r["id"] not in local]
        if not unmatched:
            return
        if info.name in SINGLETON_TABLES:
            ours = self._fetch(info.name, "deleted_at IS NULL ORDER BY created_at LIMIT 1", ())
            if ours:
                for row in unmatched:
                    if row.get("deleted_at") is None:
                        self._remap(row, ours[0], local)
                        break
            return
        everything: list[Row] | None = None
        for key in info.keys:
            remaining = [r for r in unmatched if r["id"] not in local]
            if not remaining:
                return
            if everything is None:  # live rows first, so a key maps to the record in use
                everything = self._fetch(info.name, "1 ORDER BY deleted_at IS NOT NULL, created_at", ())
            index: dict[tuple[Any, ...], Row] = {}
            for row in everything:
                index.setdefault(tuple(row[c] for c in key), row)
            for row in remaining:
                value = tuple(row.get(c) for c in key)
                if None not in value and value in index:
                    self._remap(row, index[value], local)

    def _remap(self, row: Row, ours: Row, local: dict[str, Row]) -> None:
        self.idmap[row["id"]] = ours["id"]
        row["id"] = ours["id"]
        row["created_at"] = ours["created_at"]
        local[ours["id"]] = ours

    def _local_edits(self, name: str, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        marks = ",".join("?" * len(_NOT_LOCAL_EDITS))
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start : start + _CHUNK])
            sql = (
                f"SELECT entity_id, MAX(at) FROM changelog WHERE entity = ? AND action NOT IN ({marks}) "
                f"AND entity_id IN ({','.join('?' * len(chunk))}) GROUP BY entity_id"
            )
            for entity_id, at in self.conn.execute(sql, (name, *_NOT_LOCAL_EDITS, *chunk)):
                found[entity_id] = at
        return found

    # deciding -------------------------------------------------------------------

    def merge_table(self, info: TableInfo, table: dict[str, Any]) -> None:
        incoming = self._incoming(info, table)
        rows = [r for r, _e in incoming]
        local = self._by_ids(info.name, [r["id"] for r in rows])
        if info.keys or info.name in SINGLETON_TABLES:
            self._match_by_key(info, rows, local)
        content = info.content
        inserts: list[Row] = []
        updates: list[Row] = []
        touches: list[tuple[str, str]] = []  # equal content, a later edit time: both stores end alike
        differing: list[tuple[Row, str, Row]] = []
        for row, edited in incoming:
            ours = local.get(row["id"])
            if ours is None:
                inserts.append(row)
            elif all(ours[c] == row[c] for c in content):
                self.report.unchanged += 1
                conflict = self.open_conflicts.get((info.name, ours["id"]))
                if conflict is not None:  # the other laptop settled on the same version
                    self._resolved_by_peer(conflict)
                if str(row["updated_at"]) > str(ours["updated_at"]):
                    touches.append((row["updated_at"], ours["id"]))
            else:
                differing.append((row, edited, ours))
        local_edits = self._local_edits(info.name, [o["id"] for _r, _e, o in differing])
        for row, edited, ours in differing:
            edited_here = local_edits.get(ours["id"], "") > self.local_mark
            edited_there = edited > self.incoming_mark
            conflict = self.open_conflicts.get((info.name, ours["id"]))
            if edited_here and edited_there:
                self._conflict(info, ours, row, conflict)
                self.report.kept_local += 1
            elif edited_there:
                updates.append(row)
                if conflict is not None:
                    self._resolved_by_peer(conflict)
            elif edited_here or conflict is not None or info.name in REFERENCE_TABLES:
                self.report.kept_local += 1
            elif str(row["updated_at"]) > str(ours["updated_at"]):
                updates.append(row)  # a stale copy on one side: the newer wins
            else:
                self.report.kept_local += 1
        if info.name == "concern":
            self._mark_outside_region(inserts + updates)
        self._write(info, inserts, updates, local)
        if touches:
            self.conn.executemany(f'UPDATE "{info.name}" SET updated_at = ? WHERE id = ?', touches)

    def _conflict(
        self, info: TableInfo, ours: Row, theirs: Row, existing: models.ExchangeConflict | None
    ) -> None:
        incoming = json.dumps(theirs, ensure_ascii=False, sort_keys=True)
        if existing is not None:
            if existing.incoming_snapshot == incoming:
                return
            existing.incoming_snapshot = incoming
            existing.package_id = self.report.package_id
            self.session.add(existing)
        else:
            conflict = models.ExchangeConflict(
                entity=info.name,
                entity_id=ours["id"],
                local_snapshot=json.dumps(ours, ensure_ascii=False, sort_keys=True),
                incoming_snapshot=incoming,
                peer_store_id=self.sender,
                package_id=self.report.package_id,
            )
            self.session.add(conflict)
            self.open_conflicts[(info.name, ours["id"])] = conflict
        self.report.conflicts.append(f"{info.name}:{ours['id']}")

    def _resolved_by_peer(self, conflict: models.ExchangeConflict) -> None:
        conflict.resolved_at = utcnow()
        conflict.resolution = "resolved_by_peer"
        self.session.add(conflict)
        self.report.resolved_by_peer += 1

    def _mark_outside_region(self, rows: Iterable[Row]) -> None:
        members = {
            r[0]
            for r in self.conn.execute("SELECT municipality_id FROM regionmember WHERE deleted_at IS NULL")
        }
        for row in rows:
            row["outside_region"] = int(is_outside(members, row["municipality_id"]))

    # writing ----------------------------------------------------------------------

    def _write(self, info: TableInfo, inserts: list[Row], updates: list[Row], local: dict[str, Row]) -> None:
        name = info.name
        if inserts:
            self._execute_many(name, info.insert_sql, [tuple(r[c] for c in info.columns) for r in inserts])
            self.report.inserted[name] = len(inserts)
        if updates:
            columns = [*info.content, "updated_at"]
            if name == "concern":
                columns.append("outside_region")
            assignments = ", ".join(f'"{c}" = ?' for c in columns)
            sql = f'UPDATE "{name}" SET {assignments} WHERE id = ?'
            self._execute_many(name, sql, [(*(r[c] for c in columns), r["id"]) for r in updates])
            self.report.updated[name] = len(updates)
            for row in updates:
                ours = local[row["id"]]
                changes = {c: [ours[c], row[c]] for c in info.content if ours[c] != row[c]}
                self.update_log.append((name, row["id"], changes))
        if inserts or updates:
            self.touched.append(name)

    def _execute_many(self, name: str, sql: str, params: list[tuple[Any, ...]]) -> None:
        try:
            self.conn.executemany(sql, params)
        except sqlite3.IntegrityError as exc:
            raise ValidationError(
                translate("Exchange", "The package's {table} records do not fit this store: {error}").format(
                    table=name, error=exc
                )
            ) from exc

    def check_references(self) -> None:
        for name in self.touched:
            problem = self.conn.execute(f'PRAGMA foreign_key_check("{name}")').fetchone()
            if problem is not None:
                raise ValidationError(
                    translate(
                        "Exchange",
                        "The package refers to records it does not contain ({table} refers to {parent}).",
                    ).format(table=problem[0], parent=problem[2])
                )

    def finish(self) -> None:
        created = parse_utc(self.payload["created_at"])
        now = utcnow()
        if self.peer is None:
            self.session.add(
                models.ExchangePeer(
                    peer_store_id=self.sender,
                    name=self.report.sender_name,
                    last_received_at=created,
                    last_imported_at=now,
                )
            )
        elif self.peer.last_received_at is None or created > self.peer.last_received_at:
            self.peer.last_received_at = created
            self.peer.last_imported_at = now
            if self.report.sender_name:
                self.peer.name = self.report.sender_name
            self.session.add(self.peer)
        if self.report.changed:
            for name, record_id, changes in self.update_log:
                changelog.log_entry(self.session, name, record_id, EXCHANGE_ACTION, changes)
            changelog.log_entry(
                self.session,
                "package",
                self.report.package_id,
                EXCHANGE_ACTION,
                {
                    "from": self.sender,
                    "inserted": self.report.inserted,
                    "updated": self.report.updated,
                    "conflicts": len(self.report.conflicts),
                },
            )


def merge_payload(store: Store, payload: dict[str, Any]) -> MergeReport:
    """Merge an opened package into the store, in one transaction."""
    _check_payload(payload)
    own = store.info("store_id") or ""
    if payload["store_id"] == own:
        raise ValidationError(
            translate("Exchange", "This package was made from this same store; there is nothing to import.")
        )
    with store.session() as session:
        merge = _Merge(session, payload, own)
        merge.conn.execute("PRAGMA defer_foreign_keys = ON")
        tables = payload["tables"]
        for name, info in table_infos().items():
            if name in tables:
                merge.merge_table(info, tables[name])
        merge.check_references()
        merge.finish()
    return merge.report
