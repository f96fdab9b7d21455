"""Finding themes by code, label or one distinctive word of the label."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.text import fold, words

_STOP = {"en", "de", "het", "van", "&", "and", "of", "the"}


class ThemeIndex:
    def __init__(self, themes: Iterable[models.Theme]) -> None:
        self.themes = sorted(themes, key=lambda t: t.sort_order)
        self.exact: dict[str, models.Theme] = {}
        word_owners: dict[str, set[str]] = {}
        for t in self.themes:
            self.exact[fold(t.code)] = t
            self.exact[fold(t.label)] = t
            for w in words(t.label):
                if w not in _STOP and len(w) > 2:
                    word_owners.setdefault(w, set()).add(t.id)
        by_id = {t.id: t for t in self.themes}
        # A word counts only when it belongs to exactly one theme ("Cloud", "Leveranciers").
        self.by_word = {w: by_id[next(iter(ids))] for w, ids in word_owners.items() if len(ids) == 1}

    @classmethod
    def load(cls, session: Session) -> ThemeIndex:
        return cls(session.exec(select(models.Theme).where(live(models.Theme))))

    def resolve(self, text: str) -> models.Theme:
        key = fold(text or "")
        if key in self.exact:
            return self.exact[key]
        if key in self.by_word:
            return self.by_word[key]
        ws = [w for w in words(text or "") if w in self.by_word]
        owners = {self.by_word[w].id for w in ws}
        if len(owners) == 1:
            return self.by_word[ws[0]]
        listing = "; ".join(f"{t.code} ({t.label})" for t in self.themes)
        raise ValidationError(
            translate("Themes", "Unknown theme '{name}'. Known themes: {themes}.").format(
                name=text, themes=listing
            ),
            field="thema",
        )
