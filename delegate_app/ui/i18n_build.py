"""Maintaining the translations: extract, fill, check and compile the `.ts` catalogues.

    python -m delegate_app.ui.i18n_build update     # pyside6-lupdate over the package -> both .ts
    python -m delegate_app.ui.i18n_build todo       # Dutch still missing, as TSV (context, source, "")
    python -m delegate_app.ui.i18n_build apply FILE # fill Dutch from a TSV (context, source, translation)
    python -m delegate_app.ui.i18n_build check      # exit 1 when code and catalogue disagree
    python -m delegate_app.ui.i18n_build compile    # pyside6-lrelease -> .qm beside each .ts (the default)

English is the source language: its catalogue repeats each source text as its
translation, so it is complete by construction. Locations are left out of the
`.ts` files so that moving code does not change them.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from delegate_app.core.paths import translations_dir

PACKAGE_DIR = Path(__file__).resolve().parent.parent
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}
_EXCLUDED = ("core/migrations/versions",)

Key = tuple[str, str]


@dataclass
class Message:
    translation: str
    finished: bool


def ts_path(language: str) -> Path:
    return translations_dir() / f"regiostem_{language}.ts"


def source_files() -> list[Path]:
    """Every Python file of the package that may hold interface text."""
    files = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        relative = path.relative_to(PACKAGE_DIR).as_posix()
        if "__pycache__" in relative or any(relative.startswith(x) for x in _EXCLUDED):
            continue
        files.append(path)
    return files


def lupdate_executable() -> str:
    import PySide6

    name = "lupdate.exe" if sys.platform == "win32" else "lupdate"
    exe = Path(PySide6.__file__).resolve().parent / name
    return str(exe) if exe.exists() else "pyside6-lupdate"


def run_lupdate(ts: Path, language: str) -> None:
    """Merge the package's current source texts into `ts` (created when missing)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(p) for p in source_files()))
    try:
        subprocess.run(
            [
                lupdate_executable(),
                f"@{listing.name}",
                "-ts",
                str(ts),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en_GB",
                "-target-language",
                LANGUAGES[language],
                "-silent",
            ],
            check=True,
        )
    finally:
        Path(listing.name).unlink(missing_ok=True)


def read_messages(ts: Path) -> dict[Key, Message]:
    """The live messages of a catalogue (obsolete and vanished ones left out)."""
    found: dict[Key, Message] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            element = message.find("translation")
            kind = element.get("type", "") if element is not None else "unfinished"
            if kind in {"obsolete", "vanished"}:
                continue
            text = "".join(element.itertext()) if element is not None else ""
            found[(name, source)] = Message(text, kind != "unfinished" and bool(text))
    return found


def code_messages() -> set[Key]:
    """(context, source) of every translatable text in the code, as lupdate sees it now."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(fresh, "nl")
        return set(read_messages(fresh))


def _write(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(ts: Path, translations: dict[Key, str], *, from_source: bool = False) -> int:
    """Set translations (or, with `from_source`, copy each source text); returns how many changed."""
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            element = message.find("translation")
            if element is None:
                element = ET.SubElement(message, "translation")
            if element.get("type") in {"obsolete", "vanished"}:
                continue
            text = source if from_source else translations.get((name, source))
            if not text:
                continue
            numerus = element.findall("numerusform")
            if message.get("numerus") == "yes":
                for form in numerus or [ET.SubElement(element, "numerusform")]:
                    form.text = text
            else:
                element.text = text
            element.attrib.pop("type", None)
            changed += 1
    _write(tree, ts)
    return changed


def update() -> None:
    for language in LANGUAGES:
        run_lupdate(ts_path(language), language)
    fill(ts_path("en"), {}, from_source=True)


def todo() -> list[Key]:
    messages = read_messages(ts_path("nl"))
    return sorted(key for key, message in messages.items() if not message.finished)


def problems() -> list[str]:
    """What is wrong between the code and the Dutch catalogue; empty when all is well."""
    committed = read_messages(ts_path("nl"))
    found: list[str] = []
    for context, source in sorted(code_messages()):
        message = committed.get((context, source))
        if message is None:
            found.append(f"not in regiostem_nl.ts (run update): [{context}] {source}")
        elif not message.finished:
            found.append(f"no Dutch translation: [{context}] {source}")
    return found


def compile_all() -> list[Path]:
    from delegate_app.ui.i18n import compile_ts

    made = []
    for language in LANGUAGES:
        ts = ts_path(language)
        qm = ts.with_suffix(".qm")
        if compile_ts(ts, qm):
            made.append(qm)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m delegate_app.ui.i18n_build", description=__doc__.split("\n")[0]
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("update", help="extract the texts from the code into both catalogues")
    todo_parser = sub.add_parser("todo", help="list the Dutch translations still missing (TSV)")
    todo_parser.add_argument("--out", type=Path, help="write the TSV here instead of to the screen")
    apply_parser = sub.add_parser(
        "apply", help="fill Dutch translations from a TSV: context, source, translation"
    )
    apply_parser.add_argument("file", type=Path)
    sub.add_parser("check", help="exit 1 when a text in the code lacks its Dutch translation")
    sub.add_parser("compile", help="compile the .qm files beside the .ts files")
    args = parser.parse_args(argv)
    if args.command in (None, "compile"):
        for path in compile_all():
            print(path)
    elif args.command == "update":
        update()
        print(f"{len(todo())} Dutch translations missing")
    elif args.command == "todo":
        out = args.out.open("w", encoding="utf-8", newline="") if args.out else sys.stdout
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        for context, source in todo():
            writer.writerow([context, source, ""])
        if args.out:
            out.close()
    elif args.command == "apply":
        with args.file.open(encoding="utf-8", newline="") as fh:
            rows = [row for row in csv.reader(fh, delimiter="\t") if len(row) >= 3 and row[2].strip()]
        changed = fill(ts_path("nl"), {(row[0], row[1]): row[2] for row in rows})
        print(f"{changed} translations set; {len(todo())} still missing")
    elif args.command == "check":
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
