"""Give memory freed by a big step back to the system before the next one.

Why: resolution builds 2.7 GB of identities at 100,000 notices and the summary's aggregations each hold a
query's whole intermediate result (DISTINCT, GROUP BY, ORDER BY) in the store's engine. Freed, that memory
mostly stays in the C allocator's heap, where the process's resident size keeps counting it, so the peaks of
successive steps added up (4.0 GB at 100,000 notices, over the 4 GB target). glibc's ``malloc_trim`` hands
the free pages back.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from functools import lru_cache

__all__ = ["give_back_freed_memory"]


@lru_cache(maxsize=1)
def _malloc_trim():  # type: ignore[no-untyped-def]
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl, macOS, Windows: nothing to call
        return None


def give_back_freed_memory(collect: bool = False) -> None:
    """Return the C heap's free pages to the system (after a ``gc.collect()`` when ``collect``); a no-op
    where the C library has no ``malloc_trim``."""
    if collect:
        gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
