"""The command line speaks one language throughout: its own texts, argparse's words and usage errors."""

from __future__ import annotations

import pytest
from cli_helpers import CliRunner


def test_help_is_dutch_by_default_with_argparse_words_too(cli: CliRunner) -> None:
    run = cli("export", "concerns", "--help")
    assert run.code == 0
    assert run.out.startswith("gebruik: delegate-app export concerns")
    words = " ".join(run.out.split())
    assert "opties:" in words and "toon deze hulp en stop" in words
    assert "usage:" not in run.out and "options:" not in run.out


@pytest.mark.parametrize("lang", [["--lang", "en"], ["--lang=en"]])
def test_lang_before_the_command_sets_the_language_of_the_help(cli: CliRunner, lang: list[str]) -> None:
    run = cli(*lang, "import", "--help")
    assert run.code == 0
    assert run.out.startswith("usage: delegate-app import")
    words = " ".join(run.out.split())  # argparse wraps lines
    assert "the .csv or .xlsx file, or the exchange package, to import" in words
    assert "show this help message and exit" in words


def test_the_language_from_the_environment_is_used_for_the_help(
    cli: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DELEGATE_APP_LANG", "en")
    run = cli("--help")
    words = " ".join(run.out.split())
    assert "positional arguments:" in words and "write the intake workbook" in words


def test_usage_errors_are_one_line_in_the_language_asked(cli: CliRunner) -> None:
    run = cli("stats", "--bogus")
    assert run.code == 2
    assert run.err.strip() == "delegate-app: onbekende argumenten: --bogus"
    run = cli("--lang", "en", "export")
    assert run.code == 2
    assert run.err.strip() == "delegate-app export: the following arguments are required: WHAT"
    run = cli("--lang", "xx", "stats")
    assert run.code == 2
    assert "ongeldige keuze: 'xx'" in run.err
