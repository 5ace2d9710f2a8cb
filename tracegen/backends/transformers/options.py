"""The transformers backend's options: its command-line flags and ``open_backend`` keywords."""

from __future__ import annotations

from dataclasses import dataclass

from ..declaration import option

DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("bfloat16", "float16", "float32")


@dataclass(frozen=True)
class TransformersOptions:
    """How the transformers backend loads and runs its model.

    Args:
        device: Where the model runs: ``auto`` (cuda, else mps, else cpu), ``cpu``, ``cuda``
            (or ``cuda:N``), ``mps``.
        dtype: ``float32``, ``float16``, ``bfloat16``; ``None``: float32 on CPU, the model's
            own dtype elsewhere.
        cache_mb: Memory bound of the KV caches kept for recent contexts, in MiB (live mode).
        threads: CPU threads (default: ``tracegen.backends.threads.Threads.default``: one CPU
            left free for the rest of the machine, at most 4 for a one-token step).
    """

    device: str = option("auto", "where the model runs.", choices=DEVICES)
    dtype: str | None = option(None, "default float32 on CPU.", choices=DTYPES)
    cache_mb: int = option(512, "memory bound of the KV caches kept for recent contexts.", minimum=1)
    threads: int | None = option(None, "CPU threads (default: one CPU left free for the rest of the machine; "
                                       "at most 4 for a one-token step).", minimum=1)
