"""Qt translators for the interface (ours and Qt's own), switchable while the app runs.

Our catalogue is compiled from `translations/regiostem_<lang>.ts`. An installed
build ships the `.qm` beside the `.ts`; a source checkout or a plain `pip install`
has only the `.ts` (hatchling has no hook for it without a build plug-in), so the
`.qm` is compiled once with PySide6's own `lrelease` into the user cache folder,
keyed by the catalogue's hash so an updated `.ts` is picked up at the next start.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from delegate_app import APP_ID, ORGANISATION
from delegate_app.core import i18n as core_i18n
from delegate_app.core.paths import translations_dir

if TYPE_CHECKING:
    from delegate_app.ui.context import AppContext

log = logging.getLogger(__name__)

LANGUAGE_KEY = "interface/language"
# Each language named in itself, so a user can always find their own.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}

_installed: list[QTranslator] = []


def lrelease_executable() -> Path | None:
    """PySide6's own lrelease, shipped in its wheel on every platform."""
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    exe = Path(PySide6.__file__).resolve().parent / name
    if exe.exists():
        return exe
    found = shutil.which("pyside6-lrelease")
    return Path(found) if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one catalogue; False (and a log line) when lrelease is missing or fails."""
    exe = lrelease_executable()
    if exe is None:
        log.warning("lrelease not found; %s stays uncompiled", ts)
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + ".partial")
    result = subprocess.run(
        [str(exe), "-silent", str(ts), "-qm", str(partial)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", ts, result.stderr.strip())
        return False
    partial.replace(qm)
    return True


def _cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_ID, ORGANISATION)) / "translations"


def qm_file(language: str) -> Path | None:
    """The compiled catalogue for `language`, compiling it first when needed."""
    ts = translations_dir() / f"regiostem_{language}.ts"
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    cached = _cache_dir() / f"regiostem_{language}-{digest}.qm"
    if cached.exists() or compile_ts(ts, cached):
        return cached
    return None


def _load(translator: QTranslator, path: Path | str, name: str | None = None) -> bool:
    if name is None:
        return translator.load(str(path))
    return translator.load(name, str(path))


def install(language: str) -> None:
    """Make `language` the interface language of this process: Qt, our catalogue and the core."""
    app = QCoreApplication.instance()
    if language not in core_i18n.LANGUAGES:
        language = core_i18n.DEFAULT_LANGUAGE
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    core_i18n.set_language(language)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    if app is None or language == "en":
        # English is the source language of both Qt and Regiostem.
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if _load(qt_own, qt_dir, f"qtbase_{language}"):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    path = qm_file(language)
    if path is not None and _load(ours, path):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no interface catalogue for %s; showing English", language)


def saved_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, core_i18n.DEFAULT_LANGUAGE) or core_i18n.DEFAULT_LANGUAGE)
    return value if value in core_i18n.LANGUAGES else core_i18n.DEFAULT_LANGUAGE


def switch_language(ctx: AppContext, language: str) -> None:
    """Switch while the app runs: install, remember, and tell every view to retranslate."""
    install(language)
    ctx.settings.setValue(LANGUAGE_KEY, language)
    ctx.language_changed.emit(language)


def current_language() -> str:
    return core_i18n.current_language()
