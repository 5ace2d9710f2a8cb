"""How many CPU threads a backend that runs the model in this process computes with.

A researcher's machine is never idle: the browser showing the viewer is busy on it too. The
thread pools of torch (OpenMP) and llama.cpp split each forward step evenly over their threads
and wait for the slowest; when one thread shares its core with another busy process, every
step waits for it, and spinning threads make it worse (on 2 cores with one busy process, torch's
default 2 threads made a live click 2.2x slower and llama.cpp's 35-45x slower; one thread was as
fast as two on the quiet machine). So the defaults leave one CPU free for whatever else runs:

- ``step``: a forward over one token per sequence (a live click, a decoding step): at most
  ``STEP_MAX`` threads, because a single token's matrix-vector products gain little beyond;
- ``batch``: a forward over many tokens (a prompt, a level of a tree, rescoring): every usable
  CPU but one.

``--threads N`` (``threads=N``) sets both. ``benchmarks/bench_threads.py`` measured the choice
(README, "A busy machine").
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..errors import ParameterError
from ..trace.fields import is_integer

STEP_MAX = 4


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity: containers, taskset), else all of them."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Threads:
    """Threads for one-token steps and for batches.

    Args:
        step: Threads for a forward over one token per sequence.
        batch: Threads for a forward over several tokens.
    """

    step: int
    batch: int

    @classmethod
    def default(cls, cpus: int | None = None) -> Threads:
        """One CPU left free; steps on at most ``STEP_MAX`` threads (see the module docstring)."""
        spare = max(1, (cpus or usable_cpus()) - 1)
        return cls(step=min(STEP_MAX, spare), batch=spare)

    @classmethod
    def of(cls, threads: int | None) -> Threads:
        """``threads`` for both, or the defaults when ``None``.

        Raises:
            ParameterError: ``threads`` is not a positive integer.
        """
        if threads is None:
            return cls.default()
        if not is_integer(threads) or threads < 1:
            raise ParameterError("threads", f"must be a positive integer, not {threads!r}")
        return cls(step=threads, batch=threads)

    def for_tokens(self, tokens: int) -> int:
        """The threads for a forward over ``tokens`` tokens per sequence."""
        return self.step if tokens <= 1 else self.batch
