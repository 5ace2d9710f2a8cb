"""The longest shared prefix of two contexts: how cached contexts are found for reuse.

Both the transformers prefix cache (``transformers/kvcache.py``) and llama.cpp's sequences
(``llamacpp/sequences.py``) look up the cached context that shares the most tokens with a
new one.
"""

from __future__ import annotations

from collections.abc import Sequence


def shared_prefix(a: Sequence[int], b: Sequence[int], limit: int) -> int:
    """How many leading tokens ``a`` and ``b`` share, at most ``limit``."""
    n = min(len(a), len(b), limit)
    if n == 0:
        return 0
    if list(a[:n]) == list(b[:n]):  # the usual case: one context extends the other
        return n
    lo, hi = 0, n  # binary search; invariant: a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if list(a[:mid]) == list(b[:mid]):
            lo = mid
        else:
            hi = mid
    return lo
