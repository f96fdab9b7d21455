"""The PySide6 desktop interface. The only package that imports Qt widgets."""

import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12 returns None from every void method (and for empty QVariants)
    # without taking a reference; on Python 3.12+ None is immortal and nothing
    # happens, on 3.11 the interpreter aborts ("none_dealloc") after a few thousand
    # calls. Give None the effectively endless reference count 3.12 gives it.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
