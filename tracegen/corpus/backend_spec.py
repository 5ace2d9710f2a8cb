"""What a worker needs to open the backend itself: the backend's name, the model and its options.

A worker process or a Ray actor cannot be handed an open backend (a model in another
process's memory); it gets a ``BackendSpec`` and opens the backend once, with its share of
the machine's threads.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..backends import Backend, Opening, backend_for, declaration


@dataclass(frozen=True)
class BackendSpec:
    """How to open a backend (see ``tracegen.backends.backend_for``).

    Args:
        backend: ``transformers``, ``openai`` or ``llamacpp``.
        model: What ``--model`` named (``None``: the embedded default).
        device: transformers: ``auto``, ``cpu``, ``cuda``, ``mps``.
        dtype: transformers: the dtype, ``None`` for the default.
        top_k: Candidates per node (the openai backend asks the server for them).
        options: The backend's further options (``base_url``, ``n_ctx``, ...).
    """

    backend: str | None = None
    model: Any = None
    device: str = "auto"
    dtype: str | None = None
    top_k: int = 10
    options: Mapping[str, Any] = field(default_factory=dict)

    @contextmanager
    def opened(self, *, threads: int | None = None) -> Iterator[Backend]:
        """The backend, open for the ``with`` block, computing on ``threads`` threads (``None``: its
        default; an explicit ``threads`` option wins)."""
        options = dict(self.options)
        # A backend that computes here (transformers, llama.cpp) declares ``threads``; a server's client does not.
        if threads is not None and not options.get("threads") and \
                any(spec.name == "threads" for spec in declaration(self.backend).specs()):
            options["threads"] = threads
        with backend_for(self.backend, self.model, opening=Opening(progress=False, top_k=self.top_k),
                         options=options, device=self.device, dtype=self.dtype) as backend:
            yield backend
