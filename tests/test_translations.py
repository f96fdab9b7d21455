"""The catalogues: every text in the code has its Dutch translation, English is complete, placeholders match.

When this fails after adding texts, run `python -m delegate_app.ui.i18n_build update`
and translate what `... todo` lists (see translations/README.md).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from delegate_app.ui import i18n_build

PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*\}")
MNEMONIC = re.compile(r"&(?=[^&\s])")


@pytest.fixture(scope="module")
def dutch() -> dict[tuple[str, str], i18n_build.Message]:
    return i18n_build.read_messages(i18n_build.ts_path("nl"))


def test_every_text_in_the_code_has_a_dutch_translation() -> None:
    problems = i18n_build.problems()
    assert not problems, f"{len(problems)} texts need work:\n" + "\n".join(problems[:40])


def test_english_catalogue_is_complete_and_repeats_the_source() -> None:
    english = i18n_build.read_messages(i18n_build.ts_path("en"))
    dutch = i18n_build.read_messages(i18n_build.ts_path("nl"))
    assert set(english) == set(dutch)
    wrong = [key for key, message in english.items() if not message.finished or message.translation != key[1]]
    assert not wrong, wrong[:10]


def test_translations_keep_placeholders_and_one_mnemonic(
    dutch: dict[tuple[str, str], i18n_build.Message],
) -> None:
    problems = []
    for (context, source), message in dutch.items():
        if not message.finished:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(message.translation)):
            problems.append(f"placeholders differ: [{context}] {source!r} -> {message.translation!r}")
        source_keys = len(MNEMONIC.findall(source.replace("&&", "")))
        translated_keys = len(MNEMONIC.findall(message.translation.replace("&&", "")))
        if source_keys != translated_keys and context != "Views":
            problems.append(f"mnemonics differ: [{context}] {source!r} -> {message.translation!r}")
    assert not problems, "\n".join(problems[:40])


def test_catalogues_are_well_formed_with_their_languages() -> None:
    for language, locale in i18n_build.LANGUAGES.items():
        root = ET.parse(i18n_build.ts_path(language)).getroot()
        assert root.tag == "TS" and root.get("language") == locale
        assert root.get("sourcelanguage") == "en_GB"


def test_the_checker_notices_a_missing_translation(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """The guard above can fail: a catalogue without one translation is reported."""
    from pathlib import Path

    source = i18n_build.ts_path("nl")
    broken = Path(str(tmp_path)) / "regiostem_nl.ts"
    tree = ET.parse(source)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Municipalities & contacts":
            translation = message.find("translation")
            assert translation is not None
            translation.text = ""
            translation.set("type", "unfinished")
    tree.write(broken, encoding="utf-8")
    monkeypatch.setattr(i18n_build, "ts_path", lambda language: broken)
    assert any("Municipalities & contacts" in p for p in i18n_build.problems())


def test_core_reads_the_same_catalogue() -> None:
    from delegate_app.core.i18n import set_language, translate

    set_language("nl")
    assert translate("Views", "Settings") == "Instellingen"
    set_language("en")
    assert translate("Views", "Settings") == "Settings"
    set_language("nl")
