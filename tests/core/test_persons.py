"""Contacts: validation, listing, and erasing a person's personal data everywhere."""

from __future__ import annotations

from typing import Any

import pytest
from concern_helpers import add_concern, body_id, count, muni_id
from sqlmodel import select

from delegate_app.core import models
from delegate_app.core.errors import NotFoundError, ValidationError
from delegate_app.core.services import concerns, persons
from delegate_app.core.store import Store


def _person(store: Store, name: str = "Jan Jansen", **kw: Any) -> str:
    with store.session() as session:
        return persons.create_person(session, name, **kw).id


def test_create_update_and_list(store: Store) -> None:
    heerenveen, org = muni_id(store, "Heerenveen"), body_id(store)
    jan = _person(store, "  Jan Jansen ", email="jan@heerenveen.nl", phone="+31 6 1234 5678",
                  role="ciso", municipality_id=heerenveen, function_title="CISO")  # fmt: skip
    _person(store, "anna Bakker", municipality_id=heerenveen)
    _person(store, "Piet Org", organisation_id=org)
    with store.session() as session:
        updated = persons.update_person(
            session, jan, email="j.jansen@heerenveen.nl", role="informatiemanager"
        )
        assert (updated.name, updated.email, updated.role) == (
            "Jan Jansen",
            "j.jansen@heerenveen.nl",
            "informatiemanager",
        )
    with store.reader() as session:
        assert [p.name for p in persons.persons(session)] == ["anna Bakker", "Jan Jansen", "Piet Org"]
        assert [p.name for p in persons.persons(session, municipality_id=heerenveen)] == [
            "anna Bakker",
            "Jan Jansen",
        ]
        assert [p.name for p in persons.persons(session, organisation_id=org)] == ["Piet Org"]


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"name": "  "}, "naam"),
        ({"name": "x" * 201}, "naam"),
        ({"email": "geen-adres"}, "e-mail"),
        ({"email": "a@b"}, "e-mail"),
        ({"phone": "bel maar"}, "telefoon"),
        ({"role": "baas"}, "rol"),
        ({"municipality_id": "nope"}, "gemeente"),
        ({"organisation_id": "nope"}, "organisatie"),
    ],
)
def test_bad_contacts_name_the_field_and_write_nothing(store: Store, kw: dict[str, Any], field: str) -> None:
    values: dict[str, Any] = {"name": "Jan"} | kw
    name = values.pop("name")
    with pytest.raises(ValidationError) as err, store.session() as session:
        persons.create_person(session, name, **values)
    assert err.value.field == field and str(err.value)
    assert count(store, models.Person) == 0


def test_update_checks_and_refuses_unknown_fields(store: Store) -> None:
    jan = _person(store)
    with pytest.raises(ValidationError), store.session() as session:
        persons.update_person(session, jan, email="kapot")
    with pytest.raises(TypeError), store.session() as session:
        persons.update_person(session, jan, erased_at=None)
    with pytest.raises(NotFoundError), store.session() as session:
        persons.update_person(session, "nobody", name="X")
    with store.reader() as session:
        assert session.get(models.Person, jan).email == ""  # type: ignore[union-attr]


def test_erase_removes_personal_data_everywhere_and_keeps_the_concerns(store: Store) -> None:
    heerenveen = muni_id(store, "Heerenveen")
    jan = _person(
        store, "Jan Jansen", email="jan@heerenveen.nl", phone="0513 123456", municipality_id=heerenveen
    )
    other = _person(store, "Anna Bakker")
    concern_id = add_concern(store, "Zaaksysteem traag", contributor_id=jan, contributor_name="Jan Jansen")
    kept = add_concern(store, "Ander knelpunt", contributor_id=other, contributor_name="Anna Bakker")
    with store.session() as session:
        concerns.add_support(session, kept, muni_id(store, "Utrecht"), recorded_by="Jan Jansen")
        persons.update_person(session, jan, function_title="Informatiemanager")
    with store.session() as session:
        persons.erase_person(session, jan)

    with store.reader() as session:
        person = session.get(models.Person, jan)
        assert person is not None and person.erased_at is not None
        assert (person.name, person.email, person.phone, person.function_title) == ("", "", "", "")
        concern = session.get(models.Concern, concern_id)
        assert concern is not None and concern.deleted_at is None
        assert concern.municipality_id == heerenveen and concern.contributor_name == ""
        assert session.get(models.Concern, kept).contributor_name == "Anna Bakker"  # type: ignore[union-attr]
        assert concerns.supports(session, kept)[0].recorded_by == ""
        assert [p.id for p in persons.persons(session)] == [other]
        log = session.exec(select(models.ChangeLog)).all()
    text = "\n".join(entry.changes for entry in log)
    for secret in ("Jan Jansen", "jan@heerenveen.nl", "0513 123456"):
        assert secret not in text
    assert "Anna Bakker" in text
    assert any(entry.action == "erase" and entry.entity_id == jan for entry in log)
    with pytest.raises(ValidationError), store.session() as session:
        persons.update_person(session, jan, name="Jan Jansen")
    with pytest.raises(NotFoundError), store.session() as session:
        persons.erase_person(session, "nobody")
