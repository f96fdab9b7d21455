"""The guard against Python 3.11's collection inside a half-built ``__dict__`` (see core/gc_guard.py)."""

from __future__ import annotations

import gc
import sys

import pytest
from sqlalchemy import inspect
from sqlalchemy.orm import instrumentation
from sqlalchemy.orm.state import InstanceState
from sqlmodel import select

from delegate_app.core.models import Municipality
from delegate_app.core.store import Store

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="3.12 collects only between bytecodes")


def _has_real_dict(obj: object) -> bool:
    """Whether `obj` has a real ``__dict__`` already (asking for it would build one).

    The collector's view of an object lists that dict when there is one, and the
    attribute values one by one while they still sit in the compact layout.
    """
    referents = gc.get_referents(obj)
    return any(ref is obj.__dict__ for ref in referents)


def test_a_new_state_has_its_dict_before_anything_is_stored_on_it(store: Store) -> None:
    with store.reader() as session:
        record = session.exec(select(Municipality)).first()
        assert record is not None
        manager = instrumentation.manager_of_class(Municipality)
        assert _has_real_dict(InstanceState(record, manager))


def test_states_of_loaded_records_have_a_real_dict(store: Store) -> None:
    with store.reader() as session:
        records = session.exec(select(Municipality).limit(20)).all()
        assert len(records) == 20
        assert all(_has_real_dict(inspect(record)) for record in records)
