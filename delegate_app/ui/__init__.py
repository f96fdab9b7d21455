"""The PySide6 desktop interface. The only package that imports Qt widgets."""

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 hands out references it does not own: every void method (and an
    # empty QVariant) returns None, and `SignalInstance.emit()` and `.disconnect()`
    # return True, without taking a reference. Each call therefore takes one
    # reference away from None or True; on 3.11 the interpreter aborts once one of
    # them reaches zero ("none_dealloc", "bool_dealloc") — after a few thousand calls,
    # so a long session or test run dies at a moment that depends on timing. On 3.12+
    # these objects are immortal. Give them the effectively endless reference count
    # 3.12 gives them (False too: it is the same kind of object and PySide returns it
    # the same way).
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
    del _singleton
