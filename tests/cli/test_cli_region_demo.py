"""`region set/show` and `demo [--concerns N]` through the real entry point."""

from __future__ import annotations

from pathlib import Path

from cli_helpers import CliRunner
from store_helpers import file_hash, store_file, synthetic_batches


def test_region_show_before_any_region(cli: CliRunner) -> None:
    shown = cli("region", "show", "--json")
    assert shown.code == 0
    assert shown.json()["name"] is None and shown.json()["members"] == []
    assert cli("region", "show").code == 0


def test_region_set_with_codes_and_names_then_show(cli: CliRunner) -> None:
    run = cli(
        "region",
        "set",
        "--name",
        "Regio Zuidwest",
        "--members",
        "GM1900, 0060;'s-Hertogenbosch,sudwest-fryslan",
    )
    assert run.code == 0, run.err
    shown = cli("region", "show", "--json").json()
    assert shown["name"] == "Regio Zuidwest"
    assert [m["gm_code"] for m in shown["members"]] == ["GM0060", "GM0796", "GM1900"]
    assert shown["member_count"] == 3
    assert shown["inhabitants"] == sum(m["inhabitants"] for m in shown["members"])
    assert shown["rule"] == {
        "quorum_share": 0.5,
        "max_objection_share_count": 0.25,
        "max_objection_share_inhabitants": 0.25,
    }
    text = cli("region", "show")
    assert "Súdwest-Fryslân" in text.out and "GM0796" in text.out


def test_a_bad_member_changes_nothing_and_names_the_culprits(cli: CliRunner, data_dir: Path) -> None:
    assert cli("region", "set", "--name", "Regio", "--members", "GM0059").code == 0
    before = file_hash(store_file(data_dir))
    run = cli("region", "set", "--name", "Nieuw", "--members", "GM0059,Bergen,GM9999")
    run.assert_clean_failure(2)
    for part in ("GM0893", "GM0373", "GM9999"):
        assert part in run.err
    cli("region", "set", "--name", "  ", "--members", "GM0059").assert_clean_failure(2)
    assert cli("region", "show", "--json").json()["name"] == "Regio"
    assert file_hash(store_file(data_dir)) == before


def test_demo_is_idempotent(cli: CliRunner) -> None:
    assert cli("demo").code == 0
    first = cli("stats", "--json").json()
    again = cli("demo")
    assert again.code == 0
    second = cli("stats", "--json").json()
    volatile = {"backups", "file_bytes"}
    assert {k: v for k, v in first.items() if k not in volatile} == {
        k: v for k, v in second.items() if k not in volatile
    }
    assert cli("region", "show", "--json").json()["self"]["name"] == "Anneke Hoekstra"


def test_demo_refuses_a_store_with_another_region(cli: CliRunner) -> None:
    cli("region", "set", "--name", "Regio Utrecht", "--members", "GM0344")
    run = cli("demo")
    run.assert_clean_failure(2)
    assert "Regio Utrecht" in run.err
    assert cli("stats", "--json").json()["concerns"] == 0


def test_demo_adds_synthetic_concerns_in_batches(cli: CliRunner, data_dir: Path) -> None:
    assert cli("demo", "--concerns", "250", "--batch-size", "100").code == 0
    assert sorted(synthetic_batches(store_file(data_dir)).values()) == [50, 100, 100]
    stats = cli("stats", "--json").json()
    assert stats["concerns"] == 41 + 250
    assert cli("demo", "--concerns", "5").code == 0  # the demo stays as it was; five more concerns
    assert cli("stats", "--json").json()["concerns"] == 41 + 255
    assert cli("check").code == 0
