"""Reference data shipped with the app: municipalities (Bron: CBS) and the starting taxonomy."""

from __future__ import annotations

import csv
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from delegate_app.core import models
from delegate_app.core.models import OrganisationKind, SizeClass
from delegate_app.core.paths import reference_data
from delegate_app.core.types import new_id, utcnow

if TYPE_CHECKING:
    from delegate_app.core.store import Store

CBS_CREDIT = "Bron: CBS"

_KIND_BY_BODY_TYPE = {
    "gebruikersvereniging": OrganisationKind.USER_ASSOCIATION,
    "beroepsvereniging": OrganisationKind.ASSOCIATION,
}


def read_municipalities() -> list[dict[str, Any]]:
    with reference_data("gemeenten-2024.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_taxonomy() -> dict[str, Any]:
    with reference_data("taxonomy.json").open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def load_reference_data(store: Store) -> None:
    """Fill a new store with the municipalities and the taxonomy, in one transaction."""
    now = utcnow()
    municipalities = []
    for row in read_municipalities():
        inhabitants = int(row["inwoners_2024"])
        municipalities.append(
            {
                "id": new_id(),
                "created_at": now,
                "updated_at": now,
                "gm_code": row["gm_code"],
                "cbs_code": row["cbs_code"],
                "name": row["naam"],
                "name_disambiguated": row["naam_cbs_kwb"] or row["naam"],
                "province_code": row["provincie_code"],
                "province": row["provincie"],
                "inhabitants": inhabitants,
                "inhabitants_previous": int(row["inwoners_2023"] or 0),
                "households": int(row["huishoudens_2024"] or 0),
                "size_class": SizeClass.for_inhabitants(inhabitants).value,
            }
        )
    taxonomy = read_taxonomy()
    themes = [
        {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "code": t["code"],
            "label": t["label"],
            "examples": "\n".join(t.get("examples", [])),
            "sort_order": i,
        }
        for i, t in enumerate(taxonomy["themes"])
    ]
    programmes = [
        {"id": new_id(), "created_at": now, "updated_at": now, "code": p["code"], "name": p["name"]}
        for p in taxonomy["programmes_and_laws"]
    ]
    organisations = [
        {
            "id": new_id(),
            "created_at": now,
            "updated_at": now,
            "code": b["code"],
            "name": b["name"],
            "kind": _KIND_BY_BODY_TYPE.get(b.get("type", ""), OrganisationKind.NATIONAL_BODY).value,
            "body_type": b.get("type", ""),
            "note": "",
        }
        for b in taxonomy["bodies"]
    ]
    with store.engine.begin() as conn:
        conn.execute(insert(models.Municipality), municipalities)
        conn.execute(insert(models.Theme), themes)
        conn.execute(insert(models.Programme), programmes)
        conn.execute(insert(models.Organisation), organisations)
