"""Finding municipalities by what people type: name, disambiguated name, GM or CBS code."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlmodel import Session, select

from delegate_app.core import models
from delegate_app.core.errors import ValidationError
from delegate_app.core.i18n import translate
from delegate_app.core.services.records import live
from delegate_app.core.text import fold


class MunicipalityIndex:
    """All municipalities in memory, keyed by every way users refer to them.

    Built once per import or form; 342 rows make this cheaper than a query per row.
    """

    def __init__(self, municipalities: Iterable[models.Municipality]) -> None:
        self.by_id: dict[str, models.Municipality] = {}
        self.by_code: dict[str, models.Municipality] = {}
        self.by_name: dict[str, list[models.Municipality]] = {}
        for m in municipalities:
            self.by_id[m.id] = m
            self.by_code[m.gm_code.upper()] = m
            self.by_code[m.cbs_code] = m
            for key in {fold(m.name), fold(m.name_disambiguated)}:
                bucket = self.by_name.setdefault(key, [])
                if m not in bucket:
                    bucket.append(m)
        # "Bergen" alone must match both "Bergen (L.)" and "Bergen (NH.)".
        for m in list(self.by_id.values()):
            base = fold(re.sub(r"\s*\(.*\)\s*$", "", m.name_disambiguated))
            bucket = self.by_name.setdefault(base, [])
            if m not in bucket:
                bucket.append(m)

    @classmethod
    def load(cls, session: Session) -> MunicipalityIndex:
        return cls(session.exec(select(models.Municipality).where(live(models.Municipality))))

    def resolve(self, text: str) -> models.Municipality:
        """The one municipality `text` names; ValidationError naming candidates otherwise."""
        raw = (text or "").strip()
        if not raw:
            raise ValidationError(translate("Municipalities", "No municipality given."), field="gemeente")
        code = raw.upper().replace(" ", "")
        if re.fullmatch(r"GM\d{4}", code) and code in self.by_code:
            return self.by_code[code]
        if re.fullmatch(r"\d{1,4}", code) and code.zfill(4) in self.by_code:
            return self.by_code[code.zfill(4)]
        found = self.by_name.get(fold(raw), [])
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(f"{m.name_disambiguated} ({m.gm_code})" for m in found)
            raise ValidationError(
                translate("Municipalities", "The municipality '{name}' is ambiguous: {candidates}.").format(
                    name=raw, candidates=names
                ),
                field="gemeente",
            )
        raise ValidationError(
            translate("Municipalities", "Unknown municipality '{name}'.").format(name=raw), field="gemeente"
        )


def resolve_municipality(session: Session, text: str) -> models.Municipality:
    return MunicipalityIndex.load(session).resolve(text)
