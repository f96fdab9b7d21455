"""Running the real `delegate-app` entry as a real process, and what a run left behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    def assert_clean_failure(self, code: int) -> None:
        """Failed with `code`, one line on stderr, no traceback."""
        assert self.code == code, (self.code, self.out, self.err)
        assert "Traceback" not in self.err + self.out
        lines = [line for line in self.err.splitlines() if line.strip()]
        assert len(lines) == 1, self.err


# What the `cli` fixture (tests/cli/conftest.py) returns.
CliRunner = Callable[..., Run]


def process_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def command(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "delegate_app", "--data-dir", str(data_dir), *args]


def run_process(data_dir: Path, *args: str, timeout: float = 120) -> Run:
    """`python -m delegate_app --data-dir <data_dir> ...` as a real process."""
    done = subprocess.run(
        command(data_dir, *args), capture_output=True, text=True, timeout=timeout, env=process_env(), cwd=REPO
    )
    return Run(done.returncode, done.stdout, done.stderr)


def spawn(argv: list[str], **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=process_env(), cwd=REPO, **kwargs
    )
