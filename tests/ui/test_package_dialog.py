"""Packages through the dialogs: export, import into a second store, passphrase and keyring, conflicts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from exchange_helpers import (  # noqa: F401
    FAST_KDF,
    PASSPHRASE,
    Dialogs,
    counts,
    demo_store_fixture,
    dialogs_fixture,
    settle,
    top_dialog,
)
from keyring_backend import MemoryKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_accessibility import problems

from delegate_app.core.exchange import conflicts, secrets, transfer
from delegate_app.core.exchange.package import PackageScope
from delegate_app.core.services import concerns
from delegate_app.core.store import Store, open_store
from delegate_app.ui.context import AppContext
from delegate_app.ui.exchange.actions import exchange_actions
from delegate_app.ui.exchange.conflicts_view import ConflictsDialog
from delegate_app.ui.exchange.import_dialog import ImportDialog
from delegate_app.ui.exchange.package_dialog import PackageExportDialog
from delegate_app.ui.exchange.passphrase import PassphraseDialog


@pytest.fixture(autouse=True)
def _memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test starts with an empty in-memory keyring; packages are sealed cheaply."""
    monkeypatch.setattr(PackageExportDialog, "kdf_log2n", FAST_KDF)
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def second(tmp_path: Path) -> Iterator[Store]:
    other = open_store(tmp_path / "plaatsvervanger")
    yield other
    other.close()


@pytest.fixture
def second_ctx(second: Store, app: QApplication) -> AppContext:
    from delegate_app.ui.app import open_settings

    return AppContext(second, open_settings())


def export_through_dialog(
    window: object, dialogs: Dialogs, out: Path, *, remember: bool = True, confidential: bool = False
) -> None:
    dialog = exchange_actions(window).export_package()  # type: ignore[arg-type, union-attr]
    assert isinstance(dialog, PackageExportDialog)
    assert not problems(dialog), problems(dialog)
    assert not dialog.export_button.isEnabled(), "no passphrase yet"
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.fields.repeat.setText(PASSPHRASE[:-1])
    assert not dialog.export_button.isEnabled(), "the two passphrases differ"
    dialog.fields.repeat.setText(PASSPHRASE)
    assert dialog.export_button.isEnabled()
    dialog.remember.setChecked(remember)
    dialog.include_confidential.setChecked(confidential)
    dialogs.save_names.append(out)
    dialog.export_button.click()
    assert dialog.fields.passphrase.text() == "", "the passphrase does not linger in the dialog"
    settle()
    assert out.exists()


def import_into(ctx: AppContext, path: Path, qtbot: object) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.load(path)
    settle()
    return dialog


def answer_passphrase(text: str | None) -> None:
    """Type `text` into the passphrase dialog that shows (None: cancel it)."""
    asked = top_dialog(PassphraseDialog)
    assert asked is not None, "the passphrase was not asked"
    assert not problems(asked), problems(asked)
    if text is None:
        asked.reject()
    else:
        asked.fields.passphrase.setText(text)
        asked.accept()
    settle()


def test_package_export_then_import_into_a_second_store(
    demo_store: Store,
    window: object,
    second: Store,
    second_ctx: AppContext,
    dialogs: Dialogs,
    tmp_path: Path,
    _memory_keyring: MemoryKeyring,
    qtbot: object,
) -> None:
    out = tmp_path / "regio.regiostem"
    export_through_dialog(window, dialogs, out, confidential=True)  # the whole store, for an alternate
    assert any("regio.regiostem" in t for t in dialogs.texts("information"))
    assert _memory_keyring.secrets, "the key was remembered"
    assert all(PASSPHRASE not in value for value in _memory_keyring.secrets.values())

    # The other laptop has its own keyring: the passphrase is asked.
    keyring.set_keyring(MemoryKeyring())
    dialog = import_into(second_ctx, out, qtbot)
    answer_passphrase(PASSPHRASE)
    assert dialog.opened is not None
    assert any(ch.isdigit() for ch in dialog.package_view.values["content"].text())
    assert not problems(dialog), problems(dialog)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    settle()
    mine, theirs = counts(demo_store), counts(second)
    for kind in ("concerns", "supports", "positions", "responses", "meetings", "sessions"):
        assert theirs[kind] == mine[kind], kind

    # Importing the same package again changes nothing; now the remembered key opens it.
    again = import_into(second_ctx, out, qtbot)
    assert top_dialog(PassphraseDialog) is None, "the remembered key opened it"
    reports: list[object] = []
    again.imported.connect(reports.append)
    again.import_button.click()
    settle()
    assert counts(second) == theirs
    assert len(reports) == 1 and not reports[0].changed  # type: ignore[attr-defined]


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
    demo_store: Store,
    window: object,
    second: Store,
    second_ctx: AppContext,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: object,
) -> None:
    out = tmp_path / "regio.regiostem"
    export_through_dialog(window, dialogs, out, remember=False)
    assert not secrets.current_label(demo_store.info("store_id") or ""), "not remembered when unticked"
    before = counts(second)
    dialog = import_into(second_ctx, out, qtbot)
    answer_passphrase("dit is de verkeerde zin")
    warnings = dialogs.texts("warning")
    assert warnings and "regio.regiostem" in warnings[-1]
    answer_passphrase(None)  # asked again; the user gives up
    assert dialog.opened is None and not dialog.import_button.isEnabled()
    assert counts(second) == before


def test_a_tampered_package_is_refused_and_nothing_changes(
    demo_store: Store,
    window: object,
    second: Store,
    second_ctx: AppContext,
    dialogs: Dialogs,
    tmp_path: Path,
    qtbot: object,
) -> None:
    out = tmp_path / "regio.regiostem"
    export_through_dialog(window, dialogs, out)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    out.write_bytes(bytes(data))
    before = counts(second)
    dialog = import_into(second_ctx, out, qtbot)  # the remembered key is tried: the file itself is refused
    assert top_dialog(PassphraseDialog) is None
    assert dialog.opened is None and not dialog.import_button.isEnabled()
    assert "regio.regiostem" in dialog.banner.text()
    assert dialogs.texts("warning")
    assert counts(second) == before


def test_without_a_keyring_the_dialog_says_so_and_no_file_holds_the_passphrase(
    demo_store: Store, window: object, dialogs: Dialogs, tmp_path: Path
) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    dialog = exchange_actions(window).export_package()  # type: ignore[arg-type, union-attr]
    assert isinstance(dialog, PackageExportDialog)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert dialog.keyring_label.text() == secrets.unavailable_notice()
    dialog.fields.passphrase.setText(PASSPHRASE)
    dialog.fields.repeat.setText(PASSPHRASE)
    out = tmp_path / "zonder-sleutelbos.regiostem"
    dialogs.save_names.append(out)
    dialog.export_button.click()
    settle()
    assert out.exists()
    needle = PASSPHRASE.encode()
    for folder in {tmp_path, Path(os.environ["HOME"]), demo_store.folder}:
        for path in folder.rglob("*"):
            if path.is_file() and path.stat().st_size < 50_000_000:
                assert needle not in path.read_bytes(), path


def test_the_conflicts_dialog_settles_a_conflict(
    demo_store: Store, second: Store, ctx: AppContext, dialogs: Dialogs, tmp_path: Path, qtbot: object
) -> None:
    def send(source: Store, target: Store, name: str) -> None:
        path = tmp_path / name
        transfer.export_package(source, path, PackageScope(), passphrase=PASSPHRASE, log2_n=FAST_KDF)
        transfer.import_package(target, path, passphrase=PASSPHRASE)

    send(demo_store, second, "heen.regiostem")
    conn = demo_store.raw()
    concern_id = conn.execute("SELECT id FROM concern WHERE deleted_at IS NULL ORDER BY rowid").fetchone()[0]
    conn.close()
    with demo_store.session() as session:
        concerns.update_concern(session, concern_id, title="Titel zoals de afgevaardigde hem schreef")
    with second.session() as session:
        concerns.update_concern(
            session, concern_id, title="Titel zoals de plaatsvervanger hem schreef", urgency=5
        )
    send(second, demo_store, "terug.regiostem")

    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    assert dialog.list.count() == 1
    assert not problems(dialog), problems(dialog)
    cells = {
        dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
        for r in range(dialog.table.rowCount())
    }
    assert (
        "Titel zoals de afgevaardigde hem schreef",
        "Titel zoals de plaatsvervanger hem schreef",
    ) in cells.values()

    qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    with demo_store.reader() as session:
        assert conflicts.conflicts(session) == []
        settled = concerns.get_concern(session, concern_id)
        assert settled.title == "Titel zoals de plaatsvervanger hem schreef" and settled.urgency == 5
