"""A guard against a Python 3.11 memory bug that SQLAlchemy's ORM walks into.

On 3.11 an object keeps its attributes in a compact per-class layout until a name
no longer fits; the next store then builds a real ``__dict__`` from that layout.
Building it allocates, and the allocation can start an automatic garbage
collection. When that collection frees a mapped record, SQLAlchemy's weakref
callback (``InstanceState._cleanup``) sets attributes on the record's
``InstanceState`` -- the object whose ``__dict__`` is half built. The callback
builds and resizes a dict of its own from the same layout and frees it; the
interrupted store then goes on with freed memory, and the process crashes much
later at an unrelated place. Python 3.12 only collects between bytecodes.

The guard gives every ``InstanceState`` its real ``__dict__`` when it is made,
before SQLAlchemy stores anything on it or can call it back, so no store on it
can start a collection.
"""

from __future__ import annotations

import sys
from typing import Any

_MARK = "_delegate_app_dict_first"


def install() -> None:
    """Make `InstanceState` objects start with a real ``__dict__`` (on Python 3.11; once)."""
    if sys.version_info >= (3, 12):
        return
    from sqlalchemy.orm.state import InstanceState

    original = InstanceState.__init__
    if getattr(original, _MARK, False):
        return

    def __init__(self: InstanceState[Any], obj: Any, manager: Any) -> None:
        self.__dict__  # noqa: B018 -- building the dict now is the point
        original(self, obj, manager)

    setattr(__init__, _MARK, True)
    InstanceState.__init__ = __init__  # type: ignore[method-assign]
