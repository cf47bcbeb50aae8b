"""How many threads numpy's matrix products may use, set at run time.

numpy hands ``@`` to a BLAS library (OpenBLAS in the usual wheels), which starts one thread per
core. For a network this small each product lasts well under a millisecond, and on a busy machine
the threads spend it waiting for each other (each one spins until the slowest is scheduled): an
epoch can run ten times slower than with one thread. ``OPENBLAS_NUM_THREADS=1`` fixes that, but
only if set before numpy loads; this module finds the loaded library through ``ctypes`` and calls
its own setter, which works at any time. It does nothing (and says so) where no OpenBLAS is found.
"""

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["blas_threads", "get_blas_threads", "set_blas_threads"]

_SETTERS = ("scipy_openblas_set_num_threads64_", "scipy_openblas_set_num_threads",
            "openblas_set_num_threads64_", "openblas_set_num_threads")
_GETTERS = ("scipy_openblas_get_num_threads64_", "scipy_openblas_get_num_threads",
            "openblas_get_num_threads64_", "openblas_get_num_threads")


def _library() -> ctypes.CDLL | None:
    import numpy as np  # noqa: F401  (loads the BLAS library we look for)

    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return None
    for path in sorted(paths):
        if os.path.isfile(path):
            try:
                return ctypes.CDLL(path)
            except OSError:
                continue
    return None


def _symbol(names: tuple[str, ...]):
    lib = _library()
    for name in names if lib is not None else ():
        if hasattr(lib, name):
            return getattr(lib, name)
    return None


def get_blas_threads() -> int | None:
    """Threads OpenBLAS may use now, or None when no OpenBLAS was found.

    >>> n = get_blas_threads()
    >>> n is None or n >= 1
    True
    """
    getter = _symbol(_GETTERS)
    return None if getter is None else int(getter())


def set_blas_threads(n: int) -> bool:
    """Let OpenBLAS use ``n`` threads; return False when no OpenBLAS was found.

    >>> before = get_blas_threads()
    >>> set_blas_threads(1) == (before is not None)
    True
    >>> before is None or (get_blas_threads() == 1 and set_blas_threads(before))
    True
    """
    if n < 1:
        raise ValueError(f"thread count must be at least 1, got {n}")
    setter = _symbol(_SETTERS)
    if setter is None:
        return False
    setter(ctypes.c_int(int(n)))
    return True


@contextmanager
def blas_threads(n: int | None) -> Iterator[None]:
    """Run a block with ``n`` BLAS threads (None: leave the setting alone), then restore it.

    >>> before = get_blas_threads()
    >>> with blas_threads(1):
    ...     inside = get_blas_threads()
    >>> before is None or (inside == 1 and get_blas_threads() == before)
    True
    """
    before = get_blas_threads()
    if n is not None:
        set_blas_threads(n)
    try:
        yield
    finally:
        if n is not None and before is not None:
            set_blas_threads(before)
