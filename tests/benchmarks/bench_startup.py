"""Benchmark: start-up of the desktop app, search as you type in the register, and memory.

    python tests/benchmarks/bench_startup.py [--start-concerns 10000] [--search-concerns 100000] [--rounds 5]

start   cold start (a fresh interpreter) to the shown main window on a store with
        10k concerns, against the floor: a bare PySide6 window plus `import sqlmodel`,
        also in a fresh interpreter; the two alternate, the medians are compared.
search  typing in the register's search field on a store with 100k concerns: each
        keystroke (QTest key click) until the table shows the new result, painted.
        The register's deliberate typing pause is skipped (its "apply now"), so this
        is the work a keystroke costs. p95 over all keystrokes.
memory  peak RSS of that search process (window, register, 100k concerns).

Prints one line per metric and last:
    RESULT startup start=<r>x (target <=1.5x) search_p95_ms=<ms> (target <=50) mem_mb=<mb> (target <=300)
It measures; it does not judge (exit 0).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

FLOOR = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication, QMainWindow
    import sqlmodel
    from PySide6.QtTest import QTest
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 820)
    window.show()
    QTest.qWaitForWindowExposed(window)
    print("shown", flush=True)
    """
)

OURS = textwrap.dedent(
    """
    import gc, sys, time
    gc.disable()  # as `delegate-app` does before the interface's imports (cli.main)
    from pathlib import Path
    from PySide6.QtTest import QTest
    from delegate_app.ui.app import start_gui
    started = start_gui(Path(sys.argv[1]), False, "nl")
    QTest.qWaitForWindowExposed(started.window)
    print("shown", flush=True)
    # For information: when the overview's figures are on screen too.
    begin = time.perf_counter()
    overview = started.window.current_view()
    while getattr(overview, "data", True) is None:
        started.app.processEvents()
    print(f"filled {time.perf_counter() - begin:.4f}", flush=True)
    started.window.close()
    started.close()
    """
)

SEARCH = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from delegate_app.ui.app import start_gui

    started = start_gui(Path(sys.argv[1]), False, "nl")
    app, window = started.app, started.window
    register = window.show_view("knelpunten")
    app.processEvents()
    field = register.search_field
    table = getattr(register, "table", None)
    times = []
    for word in json.loads(sys.argv[2]):
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key.Key_Backspace)
        register.apply_filter_now()
        app.processEvents()
        for char in word:
            start = time.perf_counter()
            QTest.keyClicks(field, char)
            register.apply_filter_now()
            if table is not None:
                table.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
    rows = register.model.rowCount()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"times_ms": times, "peak_mb": peak_kb / 1024, "rows": rows}), flush=True)
    window.close()
    started.close()
    """
)

WORDS = ["leverancier", "koppeling brp", "sudwest", "cloud", "phishing", "archief", "zaak"]


def _env(home: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )


def make_store(folder: Path, concerns: int) -> None:
    """The demo region plus `concerns` synthetic concerns, built through the app's own services."""
    from delegate_app.core.services.demo import add_synthetic_concerns, fill_demo
    from delegate_app.core.store import open_store

    store = open_store(folder)
    try:
        fill_demo(store)
        if concerns:
            add_synthetic_concerns(store, concerns, seed=7)
    finally:
        store.close()


def time_to_shown(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from process start to the shown window, and then until the first view is filled."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    elapsed, filled = None, 0.0
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
        elif line.startswith("filled "):
            filled = float(line.split()[1])
    proc.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError(proc.stderr.read() if proc.stderr else "no window")
    return elapsed, filled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--start-concerns", type=int, default=10_000)
    parser.add_argument("--search-concerns", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        env = _env(home)
        small, large = Path(tmp) / "start", Path(tmp) / "search"
        make_store(small, args.start_concerns)
        # An installed app runs from bytecode (pip compiles it), as the floor's libraries do.
        compileall.compile_dir(ROOT / "delegate_app", quiet=1)
        # Warm the file cache and compile the translations once, so both sides start "cold" alike.
        time_to_shown(OURS, [str(small)], env)
        time_to_shown(FLOOR, [], env)
        ours, fills, floor = [], [], []
        for _ in range(args.rounds):
            floor.append(time_to_shown(FLOOR, [], env)[0])
            shown, filled = time_to_shown(OURS, [str(small)], env)
            ours.append(shown)
            fills.append(filled)
        ours_s, floor_s = statistics.median(ours), statistics.median(floor)
        start_ratio = ours_s / floor_s
        print(
            f"start: ours {ours_s * 1000:.0f} ms, floor {floor_s * 1000:.0f} ms "
            f"({args.start_concerns} concerns, median of {args.rounds}) -> {start_ratio:.2f}x; "
            f"overview filled {statistics.median(fills) * 1000:.0f} ms after that"
        )

        make_store(large, args.search_concerns)
        result = subprocess.run(
            [sys.executable, "-c", SEARCH, str(large), json.dumps(WORDS)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if result.returncode != 0:
            print(result.stderr[-2000:], file=sys.stderr)
            return 0
        report = json.loads(result.stdout.strip().splitlines()[-1])
        times = sorted(report["times_ms"])
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(
            f"search: {len(times)} keystrokes on {args.search_concerns} concerns, "
            f"median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms"
        )
        print(f"memory: peak RSS {report['peak_mb']:.0f} MB")
        print(
            f"RESULT startup start={start_ratio:.2f}x (target <=1.5x) "
            f"search_p95_ms={p95:.1f} (target <=50) mem_mb={report['peak_mb']:.0f} (target <=300)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
