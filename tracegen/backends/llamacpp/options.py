"""The llamacpp backend's options: its command-line flags and ``open_backend`` keywords."""

from __future__ import annotations

from dataclasses import dataclass

from ..declaration import option


@dataclass(frozen=True)
class LlamaCppOptions:
    """How llama.cpp runs the GGUF file.

    Args:
        n_ctx: Most KV-cache cells, shared by the contexts in flight (default: the model's
            own, at most 4096); the cache starts at 512 and doubles when needed.
        threads: CPU threads (default: ``tracegen.backends.threads.Threads.default``: one CPU
            left free for the rest of the machine, at most 4 for a one-token step).
        n_gpu_layers: Layers offloaded to a GPU (-1: all; a GPU build of llama-cpp-python only).
    """

    n_ctx: int | None = option(None, "most KV-cache cells, shared by the contexts in flight; the cache starts at "
                                     "512 and doubles when needed (default: the model's context, at most 4096).",
                               minimum=1)
    threads: int | None = option(None, "CPU threads (default: one CPU left free for the rest of the machine; "
                                       "at most 4 for a one-token step).", minimum=1)
    n_gpu_layers: int = option(0, "layers to offload to a GPU (-1: all; needs a GPU build of llama-cpp-python).",
                               minimum=-1)
