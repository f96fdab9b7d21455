"""`stats`, `check`, `backup`, `restore` and the exit codes, through the real entry point.

Most runs are in-process (`cli.main`); real processes where the process is the
point: SIGKILL, the lock held by another process, and tracebacks on stderr.
"""

from __future__ import annotations

import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import CliRunner, Run, command, run_process, spawn
from store_helpers import (
    FOREIGN_KINDS,
    damage_table,
    file_hash,
    set_revision,
    store_file,
    synthetic_batches,
    write_foreign,
)

from delegate_app import __version__
from delegate_app.core.schema import HEAD_REVISION

STATS_KEYS = {
    "store", "schema_version", "municipalities", "region_members", "concerns", "supports", "sessions",
    "meetings", "agenda_items", "positions", "position_versions", "responses", "outcomes", "persons",
}  # fmt: skip


def _region_name(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT name FROM region WHERE deleted_at IS NULL").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def test_version(cli: CliRunner) -> None:
    run = cli("--version", data=None)
    assert run.code == 0 and run.out.strip() == f"Regiostem {__version__}"


def test_data_dir_from_the_environment(
    cli: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "from-env"
    monkeypatch.setenv("DELEGATE_APP_DATA_DIR", str(folder))
    run = cli("stats", "--json", data=None)
    assert run.code == 0
    assert run.json()["store"] == str(folder / "regiostem.sqlite")
    assert (folder / "regiostem.sqlite").is_file()


def test_demo_then_stats_check_backup_and_restore_round_trip(cli: CliRunner, data_dir: Path) -> None:
    assert cli("demo").code == 0
    stats = cli("stats", "--json").json()
    assert stats.keys() >= STATS_KEYS
    assert stats["municipalities"] == 342
    assert stats["schema_version"] == HEAD_REVISION
    assert stats["region_members"] == 17
    assert stats["concerns"] >= 35 and stats["supports"] > stats["concerns"]
    assert stats["meetings"] == 2 and stats["agenda_items"] >= 6 and stats["outcomes"] == 2
    assert stats["positions"] >= 5 and stats["position_versions"] > stats["positions"]
    assert stats["responses"] >= 4 * 17 and stats["persons"] > 17 and stats["sessions"] == 3

    check = cli("--lang", "en", "check")
    assert check.code == 0, check.err
    assert "in order" in check.out

    backup = cli("backup")
    assert backup.code == 0
    (made,) = (data_dir / "backups").glob("regiostem-*-manual.sqlite")
    assert str(made) in backup.out

    assert cli("region", "set", "--name", "Regio Na", "--members", "GM0344").code == 0
    restored = cli("restore", str(made))
    assert restored.code == 0, restored.err
    assert _region_name(store_file(data_dir)) == "Regio Fryslân (demo)"  # the change after the backup is gone
    (aside,) = data_dir.glob("regiostem.sqlite.replaced-*[0-9]")
    assert _region_name(aside) == "Regio Na"  # ... and kept aside
    assert str(aside) in restored.out
    assert cli("stats", "--json").json()["concerns"] == stats["concerns"]
    assert cli("check").code == 0


def test_stats_without_json_is_readable(cli: CliRunner) -> None:
    cli("demo")
    run = cli("--lang", "en", "stats")
    assert run.code == 0
    assert "Regio Fryslân (demo)" in run.out
    assert any(line.split()[-1] == "342" for line in run.out.splitlines() if "Municipalities" in line)


def test_backup_to_a_chosen_file_or_folder(cli: CliRunner, data_dir: Path, tmp_path: Path) -> None:
    cli("region", "set", "--name", "Regio", "--members", "GM0059")
    out = tmp_path / "usb" / "kopie.sqlite"
    cli("backup", "--out", str(out)).assert_clean_failure(3)  # the folder does not exist
    out.parent.mkdir()
    assert cli("backup", "--out", str(out)).code == 0
    assert _region_name(out) == "Regio"
    assert cli("backup", "--out", str(out.parent)).code == 0
    assert len(list(out.parent.glob("regiostem-*.sqlite"))) == 1
    cli("backup", "--out", str(store_file(data_dir))).assert_clean_failure(2)


@pytest.mark.parametrize(
    "args",
    [
        ["no-such-command"],
        ["region"],
        ["region", "set", "--name", "X"],
        ["demo", "--concerns", "-1"],
        ["demo", "--concerns", "many"],
        ["restore"],
        ["restore", "a.sqlite", "--latest"],
        ["restore", "does-not-exist.sqlite"],
        ["region", "set", "--name", "X", "--members", "GM0059,Atlantis"],
    ],
)
def test_bad_usage_exits_2_with_one_line(cli: CliRunner, args: list[str]) -> None:
    cli(*args).assert_clean_failure(2)


def test_no_store_to_check_back_up_or_restore(cli: CliRunner) -> None:
    cli("check").assert_clean_failure(3)
    cli("backup").assert_clean_failure(3)
    cli("restore", "--latest").assert_clean_failure(3)


# --------------------------------------------------------------------------- damage


@pytest.mark.slow
def test_damaged_page_check_fails_no_traceback_and_the_newest_backup_restores(
    cli: CliRunner, data_dir: Path
) -> None:
    cli("demo")
    cli("demo", "--concerns", "600", "--batch-size", "200")  # the concern table spans many pages
    assert cli("backup").code == 0
    backups = sorted((data_dir / "backups").glob("*.sqlite"))
    path = store_file(data_dir)
    damage_table(path, "concern")
    damaged = file_hash(path)

    check = cli("--lang", "en", "check")
    check.assert_clean_failure(3)
    assert "damaged" in check.err and "restore --latest" in check.err
    for args in (
        ["stats", "--json"],
        ["region", "show"],
        ["demo"],
        ["backup"],
        ["region", "set", "--name", "X", "--members", "GM0059"],
    ):
        cli(*args).assert_clean_failure(3)
    for args in (
        ["check"],
        ["stats"],
        ["demo", "--concerns", "10"],
    ):  # real processes: nothing on stderr but one line
        run_process(data_dir, *args).assert_clean_failure(3)
    assert file_hash(path) == damaged
    assert sorted((data_dir / "backups").glob("*.sqlite")) == backups  # none made of the damaged file

    restored = cli("restore", "--latest")
    assert restored.code == 0, restored.err
    assert cli("check").code == 0
    assert cli("stats", "--json").json()["concerns"] >= 600
    (aside,) = data_dir.glob("regiostem.sqlite.replaced-*[0-9]")
    assert file_hash(aside) == damaged


# --------------------------------------------------------------------------- refused files


def _every_command(cli: CliRunner, tmp_path: Path, backup: Path) -> list[Run]:
    return [
        cli("stats"),
        cli("stats", "--json"),
        cli("check"),
        cli("region", "show", "--json"),
        cli("region", "set", "--name", "X", "--members", "GM0059"),
        cli("demo"),
        cli("demo", "--concerns", "5"),
        cli("backup"),
        cli("backup", "--out", str(tmp_path / "copy.sqlite")),
        cli("restore", "--latest"),
        cli("restore", str(backup)),
    ]


def test_newer_schema_every_command_exits_3_and_the_file_is_untouched(
    cli: CliRunner, data_dir: Path, tmp_path: Path
) -> None:
    cli("region", "set", "--name", "Regio", "--members", "GM0059")
    assert cli("backup").code == 0
    (backup,) = (data_dir / "backups").glob("*.sqlite")
    path = store_file(data_dir)
    set_revision(path, "9999_from_a_newer_version")
    before = file_hash(path)
    for run in _every_command(cli, tmp_path, backup):
        run.assert_clean_failure(3)
        assert "9999_from_a_newer_version" in run.err
    assert file_hash(path) == before
    assert not (tmp_path / "copy.sqlite").exists()
    assert not list(data_dir.glob("regiostem.sqlite.replaced-*"))


@pytest.mark.parametrize("kind", FOREIGN_KINDS)
def test_foreign_or_cut_off_store_file_exits_3_untouched(
    cli: CliRunner, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    real = tmp_path / "real"
    assert cli("region", "show", data=real).code == 0  # a real store to cut off
    path = store_file(data_dir)
    write_foreign(path, kind, real_store=store_file(real))
    before = file_hash(path)
    for args in (["stats", "--json"], ["check"], ["region", "show"], ["demo"], ["backup"]):
        run = cli(*args)
        run.assert_clean_failure(3)
        assert str(path) in run.err
    assert file_hash(path) == before


# --------------------------------------------------------------------------- real processes


@pytest.mark.slow
def test_second_writer_process_is_refused_naming_the_holder_while_readers_work(
    cli: CliRunner, data_dir: Path
) -> None:
    cli("region", "set", "--name", "Regio", "--members", "GM0059,GM0060")
    holder = spawn(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from delegate_app.core.store import open_store; "
            "s = open_store(Path(sys.argv[1])); print('ready', flush=True); time.sleep(120)",
            str(data_dir),
        ]
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        writer = run_process(data_dir, "--lang", "en", "demo")
        writer.assert_clean_failure(3)
        assert str(holder.pid) in writer.err and "in use" in writer.err
        cli("region", "set", "--name", "Ander", "--members", "GM0059").assert_clean_failure(3)
        cli("restore", "--latest").assert_clean_failure(3)
        assert cli("stats", "--json").json()["region_members"] == 2  # readers are welcome
        assert cli("region", "show", "--json").json()["name"] == "Regio"
        assert cli("check").code == 0
        assert cli("backup").code == 0
    finally:
        holder.kill()
        holder.wait()
    assert cli("region", "set", "--name", "Ander", "--members", "GM0059").code == 0


@pytest.mark.slow
def test_sigkill_during_bulk_insert_leaves_whole_batches(cli: CliRunner, data_dir: Path) -> None:
    assert cli("demo").code == 0  # the demo itself is in place before the load starts
    batch_size = 1000
    path = store_file(data_dir)
    proc = spawn(command(data_dir, "demo", "--concerns", "50000", "--batch-size", str(batch_size)))
    try:
        deadline = time.monotonic() + 120
        while not synthetic_batches(path):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no batch committed in time"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    batches = synthetic_batches(path)
    assert batches and set(batches.values()) == {batch_size}  # every batch whole
    assert sum(batches.values()) < 50_000  # killed part-way
    check = cli("check")
    assert check.code == 0, check.err
    stats = cli("stats", "--json").json()
    assert stats["concerns"] == 41 + sum(batches.values())
    assert cli("demo", "--concerns", "10").code == 0  # and the store carries on
