"""Helpers for the exchange interface tests: a demo store, answered standard dialogs, counts, Dutch Excel files."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from delegate_app.core.services import stats
from delegate_app.core.services.demo import fill_demo
from delegate_app.core.store import Store
from delegate_app.ui.ops import wait_for_all

HEADER = "gemeente;titel;omschrijving;thema;urgentie;impact;vertrouwelijkheid;indiener;datum"
PASSPHRASE = "regio zuidwest wisselt uit"
FAST_KDF = 14  # scrypt n = 2**14: the cheapest the reader accepts, so tests stay quick


@dataclass
class Dialogs:
    """Standard dialogs answered without blocking: what they said is kept, file names come from the test."""

    said: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    open_names: list[Path] = field(default_factory=list)
    save_names: list[Path] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.No

    def texts(self, kind: str | None = None) -> list[str]:
        return [f"{title}\n{text}" for k, title, text in self.said if kind in (None, k)]

    def _message(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(parent: QWidget | None, title: str, text: str, *args: Any, **kw: Any) -> Any:
            self.said.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def _open(self, *args: Any, **kw: Any) -> tuple[str, str]:
        return (str(self.open_names.pop(0)), "") if self.open_names else ("", "")

    def _save(self, *args: Any, **kw: Any) -> tuple[str, str]:
        return (str(self.save_names.pop(0)), "") if self.save_names else ("", "")


@pytest.fixture(name="dialogs")
def dialogs_fixture(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    found = Dialogs()
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, found._message(kind))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", found._open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", found._save)
    return found


@pytest.fixture(name="demo_store")
def demo_store_fixture(store: Store) -> Store:
    """The test's store filled with the demo region (before any window opens on it)."""
    fill_demo(store)
    return store


def counts(store: Store) -> dict[str, object]:
    """What `stats --json` reports, without the store's path."""
    found = stats.counts(store)
    found.pop("store", None)
    return found


def write_dutch_csv(path: Path, rows: list[str]) -> Path:
    """A CSV as a Dutch Excel saves it: semicolons, Windows-1252, CRLF."""
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("cp1252"))
    return path


def settle() -> None:
    """Let background work end and its results reach the widgets."""
    assert wait_for_all(), "background work did not finish"
    QApplication.processEvents()


def top_dialog(kind: type[QWidget], parent: QWidget | None = None) -> Any:
    """The visible window of this type (opened over `parent`, when given), if one shows."""
    candidates = parent.findChildren(kind) if parent is not None else QApplication.topLevelWidgets()
    for widget in candidates:
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None
