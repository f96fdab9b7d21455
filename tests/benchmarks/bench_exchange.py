"""Benchmark of the exchange: importing an intake .xlsx, and merging a package, each against its floor.

Run from the repository root:  python tests/benchmarks/bench_exchange.py [--rows N] [--rounds R]
(or BENCH_EXCHANGE_ROWS). Default 10 000 rows, 3 rounds.

import_xlsx. Ours: `importer.import_file` on a fresh store: read the workbook, check
every row by the concern rules (municipality, theme, scales, dates, ids), find the
rows the store already holds, insert the new ones with the full-text index. Floor:
openpyxl's read-only read of the same file (every cell of every row).

merge_package. Ours: `transfer.import_package` of a package of N concerns into a
fresh store, the key remembered in the keyring (as on a laptop that opened one
before, so no scrypt): decrypt, unpack, check, match by id and by code, insert.
Floor: raw sqlite3 inserting the same concern rows (their municipality and theme
ids already mapped) in one transaction into a fresh store with the same pragmas,
indexes and triggers.

Ours and the floor alternate; the best round of each counts. The script measures;
it does not judge (exit 0).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import keyring  # noqa: E402
from keyring_backend import MemoryKeyring  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402

from delegate_app.core.exchange import importer, transfer  # noqa: E402
from delegate_app.core.exchange.package import PackageScope, table_infos  # noqa: E402
from delegate_app.core.reference import read_municipalities, read_taxonomy  # noqa: E402
from delegate_app.core.services.synthetic import add_synthetic_concerns  # noqa: E402
from delegate_app.core.store import Store, open_store  # noqa: E402

TARGET = 3.0
PASSPHRASE = "benchmark passphrase"


def make_workbook(path: Path, rows: int) -> None:
    """An intake workbook as municipal staff fill it in: names, themes, scales, Dutch dates."""
    rng = random.Random(11)
    municipalities = [r["naam_cbs_kwb"] or r["naam"] for r in read_municipalities()]
    themes = [t["label"] for t in read_taxonomy()["themes"]]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Knelpunten")
    sheet.append(["gemeente", "titel", "omschrijving", "thema", "urgentie", "impact", "vertrouwelijkheid",
                  "indiener", "datum"])  # fmt: skip
    for i in range(rows):
        sheet.append(
            [
                rng.choice(municipalities),
                f"Knelpunt {i}: koppeling zaaksysteem met {rng.choice(['BRP', 'BAG', 'DSO', 'HR'])} hapert",
                "Sinds de laatste update vallen berichten weg; medewerkers werken met de hand bij. " * 3
                + str(i),
                rng.choice(themes),
                rng.randint(1, 5),
                rng.randint(1, 5),
                rng.choice(["openbaar", "regio", "regio"]),
                rng.choice(["Sjoukje de Vries", "Jan Jansen", ""]),
                f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-2024",
            ]
        )
    workbook.save(path)


def read_floor(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(len(row) for row in workbook.active.iter_rows(values_only=True))
    finally:
        workbook.close()


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def fresh(folder: Path) -> Store:
    return open_store(folder, auto_backup=False)


def floor_rows(source: Store, target: Store) -> list[tuple[object, ...]]:
    """The source's concern rows with municipality and theme ids as the target knows them."""
    mapped: dict[str, str] = {}
    for table, key in (("municipality", "gm_code"), ("theme", "code")):
        theirs = dict(source.raw().execute(f"SELECT {key}, id FROM {table}").fetchall())
        ours = dict(target.raw().execute(f"SELECT {key}, id FROM {table}").fetchall())
        mapped.update({theirs[k]: ours[k] for k in theirs})
    conn = source.raw()
    columns = table_infos()["concern"].columns
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM concern").fetchall()
    conn.close()
    return [tuple(mapped.get(v, v) if isinstance(v, str) else v for v in row) for row in rows]


def insert_floor(target: Store, rows: list[tuple[object, ...]]) -> None:
    conn = target.raw()
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(table_infos()["concern"].insert_sql, rows)
        conn.execute("COMMIT")
    finally:
        conn.close()


def report(name: str, ours: list[float], floor: list[float]) -> float:
    ratio = min(ours) / min(floor)
    print(
        f"{name}: ours {min(ours):.3f} s, floor {min(floor):.3f} s, ratio {ratio:.2f}x (target <={TARGET:g}x)"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=int(os.environ.get("BENCH_EXCHANGE_ROWS", "10000")))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    print(f"bench_exchange: {args.rows} rows, {args.rounds} rounds, SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workbook = folder / "intake.xlsx"
        make_workbook(workbook, args.rows)

        ours: list[float] = []
        floor: list[float] = []
        for i in range(args.rounds):
            store = fresh(folder / f"import-{i}")
            try:
                ours.append(timed(lambda s=store: importer.import_file(s, workbook)))  # type: ignore[misc]
            finally:
                store.close()
            floor.append(timed(lambda: read_floor(workbook)))
        import_ratio = report("import_xlsx", ours, floor)

        source = fresh(folder / "source")
        add_synthetic_concerns(source, args.rows, seed=5)
        package = folder / "source.regiostem"
        # Sealing remembers the key in the (in-memory) keyring, so opening needs no passphrase.
        transfer.export_package(source, package, PackageScope(), passphrase=PASSPHRASE, log2_n=14)
        ours, floor = [], []
        for i in range(args.rounds):
            target = fresh(folder / f"merge-{i}")
            try:
                ours.append(timed(lambda t=target: transfer.import_package(t, package)))  # type: ignore[misc]
            finally:
                target.close()
            bare = fresh(folder / f"floor-{i}")
            try:
                rows = floor_rows(source, bare)
                floor.append(timed(lambda b=bare, r=rows: insert_floor(b, r)))  # type: ignore[misc]
            finally:
                bare.close()
        source.close()
        merge_ratio = report("merge_package", ours, floor)
    print(
        f"RESULT exchange import_xlsx={import_ratio:.2f}x (target <={TARGET:g}x) "
        f"merge_package={merge_ratio:.2f}x (target <={TARGET:g}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
