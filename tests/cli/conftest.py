"""The `cli` fixture: the real `delegate-app` entry run in this process, output captured."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import CliRunner, Run


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], data_dir: Path) -> CliRunner:
    """`cli("stats", "--json")` runs `delegate-app --data-dir <data_dir> stats --json` in this process."""
    from delegate_app.cli import main

    def run(*args: str, data: Path | None = data_dir) -> Run:
        capsys.readouterr()
        argv = (["--data-dir", str(data)] if data is not None else []) + list(args)
        code = main(argv)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run
