"""The exchange on the command line: import, export, template, packages, conflicts; bad input exits 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from keyring_backend import memory_keyring, no_keyring  # noqa: F401
from openpyxl import Workbook, load_workbook

from delegate_app.cli import main

PASSPHRASE = "regio noord wisselt uit"
FAST = ["--kdf-log2n", "14"]


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    # Messages are matched in English, the source language, whatever the translations say.
    code = main(["--lang", "en", "--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return code, out, err


def stats(capsys: pytest.CaptureFixture[str], folder: Path) -> dict[str, object]:
    code, out, _err = run(capsys, folder, "stats", "--json")
    assert code == 0
    data: dict[str, object] = json.loads(out)
    return data


@pytest.fixture
def folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "data"
    assert run(capsys, path, "stats", "--json")[0] == 0  # creates the store
    return path


def fill_template(template: Path, out: Path, rows: list[list[object]]) -> Path:
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c).value = value
    workbook.save(out)
    return out


ROWS: list[list[object]] = [
    ["Súdwest-Fryslân", "Koppeling BRP", "Sinds de update", "Basisregistraties", 4, 5, "openbaar", "Sjoukje",
     datetime(2024, 3, 5)],
    ["Nuenen, Gerwen en Nederwetten", "Licenties", "Prijs verdubbeld", "Leveranciers", 2, 3, None, None, None],
    ["GM0373", "@Printers", "+31 bellen", None, None, None, "regio", None, "01-02-2024"],
]  # fmt: skip


@pytest.mark.usefixtures("memory_keyring")
def test_round_trip_template_import_export_import(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    template = tmp_path / "intake.xlsx"
    assert run(capsys, folder, "template", "--out", str(template))[0] == 0
    filled = fill_template(template, tmp_path / "ingevuld.xlsx", ROWS)
    code, out, _err = run(capsys, folder, "import", str(filled))
    assert code == 0 and "3" in out
    after_import = stats(capsys, folder)
    assert after_import["concerns"] == 3
    for name in ("export.xlsx", "export.csv"):
        assert run(capsys, folder, "export", "concerns", "--out", str(tmp_path / name))[0] == 0
        assert run(capsys, folder, "import", str(tmp_path / name))[0] == 0
        assert run(capsys, folder, "import", str(filled))[0] == 0
    assert stats(capsys, folder) == after_import
    exported = load_workbook(tmp_path / "export.xlsx").active
    titles = [row[1] for row in exported.iter_rows(min_row=2, values_only=True)]
    assert "'@Printers" in titles


@pytest.mark.usefixtures("memory_keyring")
def test_dutch_excel_csv_imports_right(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "knelpunten.csv"
    path.write_bytes(
        (
            "gemeente;titel;omschrijving;urgentie\r\n"
            'Súdwest-Fryslân;Koppeling;"Tekst; met puntkomma";4\r\n'
            '"Nuenen, Gerwen en Nederwetten";Licenties;Prijs € 10;2\r\n'
        ).encode("cp1252")
    )
    code, _out, err = run(capsys, folder, "import", str(path))
    assert (code, err) == (0, "")
    exported = tmp_path / "uit.csv"
    run(capsys, folder, "export", "concerns", "--out", str(exported))
    text = exported.read_bytes().decode("utf-8-sig")
    assert "Súdwest-Fryslân;Koppeling;Tekst; met puntkomma" not in text  # the cell is quoted
    assert '"Tekst; met puntkomma"' in text
    assert '"Nuenen, Gerwen en Nederwetten"' in text or "Nuenen, Gerwen en Nederwetten;" in text
    assert "Prijs € 10" in text


def _xlsx_bytes(tmp_path: Path) -> bytes:
    workbook = Workbook()
    workbook.active.append(["gemeente", "titel", "omschrijving"])
    for i in range(100):
        workbook.active.append(["Utrecht", f"Titel {i}", "Omschrijving " * 30])
    path = tmp_path / "heel.xlsx"
    workbook.save(path)
    return path.read_bytes()


BAD_CSV = {
    "onbekend.csv": ("Atlantis", "T", "O", "", "2", "gemeente"),
    "bergen.csv": ("Bergen", "T", "O", "", "2", "gemeente"),
    "leeg-titel.csv": ("Utrecht", "", "O", "", "2", "titel"),
    "urgentie.csv": ("Utrecht", "T", "O", "9", "2", "urgentie"),
}


@pytest.mark.usefixtures("memory_keyring")
@pytest.mark.parametrize(
    "name", ["afgebroken.xlsx", "willekeurig.xlsx", "leeg.csv", "geen-kop.csv", *sorted(BAD_CSV)]
)
def test_bad_files_exit_2_with_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    if name == "afgebroken.xlsx":
        data = _xlsx_bytes(tmp_path)
        path.write_bytes(data[: len(data) * 2 // 3])
    elif name == "willekeurig.xlsx":
        path.write_bytes(os.urandom(5000))
    elif name == "leeg.csv":
        path.write_bytes(b"")
    elif name == "geen-kop.csv":
        path.write_text("naam;wat\nx;y\n", encoding="utf-8")
    else:
        municipality, title, description, urgency, _row, _field = BAD_CSV[name]
        path.write_text(
            "gemeente;titel;omschrijving;urgentie\n"
            "Utrecht;Goede rij;Omschrijving;3\n"
            f"{municipality};{title};{description};{urgency}\n",
            encoding="utf-8",
        )
    # A good concern first, so "nothing changed" means something.
    good = tmp_path / "goed.csv"
    good.write_text("gemeente;titel;omschrijving\nUtrecht;Bestaand;Tekst\n", encoding="utf-8")
    run(capsys, folder, "import", str(good))
    before = stats(capsys, folder)
    code, out, err = run(capsys, folder, "import", str(path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(name + ":")
    if name in BAD_CSV:
        field = BAD_CSV[name][5]
        assert " 3" in lines[0] and field in lines[0]  # row 3 (the header is row 1), the column
        if name == "bergen.csv":
            assert "Bergen (L.)" in lines[0] and "Bergen (NH.)" in lines[0]
    assert stats(capsys, folder) == before


@pytest.mark.usefixtures("memory_keyring")
def test_many_problems_are_counted_on_the_one_line(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "veel.csv"
    path.write_text("gemeente;titel;omschrijving\nAtlantis;T;O\nUtrecht;;O\nUtrecht;T;\n", encoding="utf-8")
    code, _out, err = run(capsys, folder, "import", str(path))
    assert code == 2
    assert "2" in err.split("gemeente", 1)[1]  # "(2 more problems)" after the first one
    code, _out, _err = run(capsys, folder, "import", "--dry-run", str(tmp_path / "bestaat-niet.csv"))
    assert code == 2


@pytest.mark.usefixtures("memory_keyring")
def test_export_filters_and_confidential(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    path = tmp_path / "k.csv"
    path.write_text(
        "gemeente;titel;omschrijving;vertrouwelijkheid;thema\n"
        "Utrecht;Open;Tekst;openbaar;Cloud\nLeeuwarden;Geheim;Tekst;vertrouwelijk;Cloud\n"
        "Leeuwarden;Regio;Tekst;regio;Privacy\n",
        encoding="utf-8",
    )
    run(capsys, folder, "import", str(path))
    out = tmp_path / "e.csv"
    code, stdout, _ = run(capsys, folder, "export", "concerns", "--out", str(out))
    assert code == 0 and stdout.startswith("2 ")
    assert run(capsys, folder, "export", "concerns", "--out", str(out), "--theme", "cloud")[1].startswith(
        "1 "
    )
    assert run(capsys, folder, "export", "concerns", "--out", str(out), "--municipality", "GM0080")[
        1
    ].startswith("1 ")
    code, stdout, _ = run(capsys, folder, "export", "concerns", "--out", str(out), "--include-confidential")
    assert stdout.startswith("3 ") and "CONFIDENTIAL" in stdout
    code, _, err = run(capsys, folder, "export", "concerns", "--out", str(out), "--status", "nieuw")
    assert code == 2 and "--status" in err
    code, _, err = run(capsys, folder, "export", "concerns", "--out", str(tmp_path / "e.pdf"))
    assert code == 2 and "e.pdf" in err


# --------------------------------------------------------------------------- packages


def _edit_title(folder: Path, concern_id: str, title: str) -> None:
    from delegate_app.core.services import concerns
    from delegate_app.core.store import open_store

    with open_store(folder) as store, store.session() as session:
        concerns.update_concern(session, concern_id, title=title)


@pytest.mark.usefixtures("memory_keyring")
def test_packages_between_two_data_folders(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a, b = tmp_path / "afgevaardigde", tmp_path / "plaatsvervanger"
    intake = tmp_path / "k.csv"
    intake.write_text("gemeente;titel;omschrijving\nUtrecht;Gedeeld;Tekst\n", encoding="utf-8")
    assert run(capsys, a, "import", str(intake))[0] == 0
    monkeypatch.setenv("DELEGATE_APP_PASSPHRASE", PASSPHRASE)
    p1 = tmp_path / "p1.regiostem"
    code, out, _ = run(capsys, a, "package", "export", "--out", str(p1), *FAST)
    assert code == 0 and "1" in out
    assert run(capsys, b, "import", str(p1))[0] == 0  # `import` recognises a package by its header
    before = stats(capsys, b)
    assert run(capsys, b, "package", "import", str(p1))[0] == 0
    # Only the store's automatic backup (made when a writer opens it) may differ.
    assert {**stats(capsys, b), "backups": 0} == {**before, "backups": 0}
    conn_id = json.loads(run(capsys, a, "conflicts", "--json")[1])
    assert conn_id == []
    # Both edit the same concern, then exchange both ways.
    from delegate_app.core.exchange.importer import import_id

    shared = import_id("GM0344", "Gedeeld", "Tekst", None)
    _edit_title(a, shared, "Gedeeld (A)")
    _edit_title(b, shared, "Gedeeld (B)")
    pa, pb = tmp_path / "pa.regiostem", tmp_path / "pb.regiostem"
    assert run(capsys, a, "package", "export", "--out", str(pa))[0] == 0
    assert run(capsys, b, "package", "export", "--out", str(pb))[0] == 0
    code, out, _ = run(capsys, b, "import", str(pa))
    assert code == 0 and "conflicts: 1" in out
    assert run(capsys, a, "import", str(pb))[0] == 0
    for folder, here in ((a, "Gedeeld (A)"), (b, "Gedeeld (B)")):
        (listed,) = json.loads(run(capsys, folder, "conflicts", "--json")[1])
        assert listed["entity_id"] == shared
        assert {
            "field": "title",
            "here": here,
            "theirs": {"Gedeeld (A)": "Gedeeld (B)"}.get(here, "Gedeeld (A)"),
        } in (listed["differences"])
    code, out, _ = run(capsys, a, "conflicts")
    assert code == 0 and "Gedeeld (A)" in out
    conflict_id = json.loads(run(capsys, a, "conflicts", "--json")[1])[0]["id"]
    assert run(capsys, a, "conflicts", "resolve", conflict_id, "--keep", "incoming")[0] == 0
    assert json.loads(run(capsys, a, "conflicts", "--json")[1]) == []
    pa2 = tmp_path / "pa2.regiostem"
    run(capsys, a, "package", "export", "--out", str(pa2))
    run(capsys, b, "import", str(pa2))
    assert json.loads(run(capsys, b, "conflicts", "--json")[1]) == []


@pytest.mark.usefixtures("memory_keyring")
def test_wrong_passphrase_and_flipped_byte_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    intake = tmp_path / "k.csv"
    intake.write_text("gemeente;titel;omschrijving\nUtrecht;Iets;Tekst\n", encoding="utf-8")
    run(capsys, a, "import", str(intake))
    package = tmp_path / "p.regiostem"
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert (
        run(capsys, a, "package", "export", "--out", str(package), "--passphrase-file", str(secret), *FAST)[0]
        == 0
    )
    before = stats(capsys, b)
    wrong = tmp_path / "fout.txt"
    wrong.write_text("dit is niet de passphrase\n", encoding="utf-8")
    code, out, err = run(capsys, b, "import", str(package), "--passphrase-file", str(wrong))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "p.regiostem" in err and "passphrase" in err.lower()
    data = bytearray(package.read_bytes())
    data[-20] ^= 0x08
    package.write_bytes(bytes(data))
    code, _out, err = run(capsys, b, "import", str(package), "--passphrase-file", str(secret))
    assert code == 2 and "altered" in err
    assert stats(capsys, b) == before
    fake = tmp_path / "nep.regiostem"
    fake.write_bytes(os.urandom(300))
    code, _out, err = run(capsys, b, "import", str(fake), "--passphrase-file", str(secret))
    assert code == 2 and err.startswith("nep.regiostem:") and "not a Regiostem exchange package" in err
    monkeypatch.delenv("DELEGATE_APP_PASSPHRASE", raising=False)
    empty = tmp_path / "leeg.txt"
    empty.write_text("", encoding="utf-8")
    assert run(capsys, b, "import", str(package), "--passphrase-file", str(empty))[0] == 2


def test_without_a_keyring_the_passphrase_is_asked_each_time(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    no_keyring: object,  # noqa: F811
) -> None:
    folder = tmp_path / "data"
    package = tmp_path / "p.regiostem"
    monkeypatch.delenv("DELEGATE_APP_PASSPHRASE", raising=False)
    code, _out, err = run(capsys, folder, "package", "export", "--out", str(package), *FAST)
    assert code == 2 and "DELEGATE_APP_PASSPHRASE" in err
    assert not package.exists()
    monkeypatch.setenv("DELEGATE_APP_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, folder, "package", "export", "--out", str(package), *FAST)
    assert code == 0 and "keyring" in err
    assert package.exists()
    monkeypatch.delenv("DELEGATE_APP_PASSPHRASE")
    code, _out, err = run(capsys, tmp_path / "ander", "import", str(package))
    assert code == 2 and "passphrase" in err
    assert run(capsys, folder, "package", "forget-key")[0] == 0


@pytest.mark.slow
def test_headless_process_without_keyring(tmp_path: Path) -> None:
    """The real program, as on a Linux server: keyring's fail backend, passphrase from the environment."""
    env = dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        DELEGATE_APP_PASSPHRASE=PASSPHRASE,
        DELEGATE_APP_DATA_DIR=str(tmp_path / "data"),
    )
    package = tmp_path / "p.regiostem"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "delegate_app",
            "--lang",
            "en",
            "package",
            "export",
            "--out",
            str(package),
            *FAST,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert "keyring" in done.stderr
    env["DELEGATE_APP_PASSPHRASE"] = "verkeerde passphrase"
    env["DELEGATE_APP_DATA_DIR"] = str(tmp_path / "ander")
    done = subprocess.run(
        [sys.executable, "-m", "delegate_app", "import", str(package)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
