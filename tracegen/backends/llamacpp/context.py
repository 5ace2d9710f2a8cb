"""Everything that knows llama-cpp-python, in one place: a model, its context and its batches.

llama-cpp-python's low-level API mirrors ``llama.h``, which moves between llama.cpp releases
(the KV-cache calls became ``llama_memory_*`` in 2025; context parameters gain fields), so
the rest of the backend goes through ``LlamaContext``: decode a batch of tokens, each with
its position and sequence id, read the logits of the ones asked for, and tag sequences onto
cells of the KV cache.

The context keeps one *unified* KV cache: a cell can belong to several sequences, so
copying a sequence's prefix to another only tags the same cells with one more sequence id.
Beams and branches that share a prompt keep one copy of it, and forking one costs nothing.

Attention runs without flash attention, as llama-cpp-python's ``Llama`` and its server run
it, so a context decoded the way they decode it (the prompt in one batch, then a token at a
time) gives their numbers. llama.cpp's numbers for one context are not quite independent of
how it was decoded: one-token batches have kernels of their own, and the cells of other
sequences in the cache change the order of float sums; through the quantized activations
such last-bit differences move a few percent of distributions by up to ~0.05 in
probability. The llama.cpp server shows the same (its answer for a context depends on what
its cache held). Flash attention does not remove it either (its tiled, split-cache and
one-by-one kernels round differently).
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from ...errors import TracegenError
from ..threads import Threads

DEFAULT_N_CTX = 4096  # most cells of the KV cache when --n-ctx is not given (at most the model's own)
# Cells the KV cache starts with: it doubles (up to n_ctx) when the contexts in flight need
# more, so a short exploration holds 12 MB of cache for the default model, not 94 MB.
INITIAL_N_CTX = 512
DEFAULT_N_BATCH = 512  # tokens per llama_decode call
# Sequences (contexts in flight) at most. llama.cpp keeps an output row of n_vocab floats per
# sequence from the start (50 MB for 256 sequences of a 49k vocabulary); a call with more
# contexts than half of them runs in chunks, each still one batch.
DEFAULT_N_SEQ = 64
INSTALL_HINT = ("pip install 'tracegen[llamacpp]' (it compiles llama.cpp from source, which takes minutes; "
                "see the README)")

_errors: list[str] = []  # llama.cpp's last error lines, to say why a load failed
_log_callback: Any = None  # kept alive: llama.cpp holds a pointer to it
_init_lock = threading.Lock()


class NoRoom(Exception):
    """The KV cache has no free cells for a batch (``llama_decode`` returned 1); nothing was decoded."""


def bindings() -> ModuleType:
    """llama-cpp-python's ctypes bindings (``llama_cpp.llama_cpp``), loaded once, logging quieted.

    Raises:
        TracegenError: The package is not installed (naming the extra), cannot load its
            library, or is too old for the sequence API this backend uses.
    """
    global _log_callback
    try:
        import llama_cpp.llama_cpp as bound
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] == "llama_cpp":
            raise TracegenError(f"the llamacpp backend needs the llama-cpp-python package: {INSTALL_HINT}") from None
        raise TracegenError(f"llama-cpp-python cannot be imported: {exc}") from None
    except (ImportError, OSError, RuntimeError) as exc:
        raise TracegenError(f"llama-cpp-python is installed but cannot load llama.cpp: {_first_line(exc)}") from None
    if not hasattr(bound, "llama_memory_seq_cp"):
        raise TracegenError(f"llama-cpp-python {_binding_version()} is too old for the llamacpp backend "
                            f"(it needs the llama_memory_* API of 0.3.36 or later): {INSTALL_HINT}")
    with _init_lock:
        if _log_callback is None:
            _log_callback = bound.llama_log_callback(_log)
            bound.llama_log_set(_log_callback, ctypes.c_void_p(0))
            bound.llama_backend_init()
    return bound


def _log(level: int, text: bytes, user_data: Any) -> None:
    # llama.cpp narrates every load on stderr; keep only its errors (level 3), to quote them.
    if level == 3:
        _errors.append(text.decode("utf-8", "replace").strip())
        del _errors[:-5]


def _binding_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("llama_cpp_python")
    except importlib.metadata.PackageNotFoundError:
        return "(unknown version)"


def _cells(n: int) -> int:
    return -(-n // 256) * 256


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def versions() -> dict[str, str]:
    """``{"llama_cpp": llama.cpp's version, "llama_cpp_python": the binding's}``."""
    bound = bindings()
    return {"llama_cpp": bound.llama_version().decode("utf-8", "replace"), "llama_cpp_python": _binding_version()}


class LlamaContext:
    """A GGUF model in llama.cpp, one context over it and one reusable batch.

    Args:
        path: The ``.gguf`` file.
        n_ctx: Most KV-cache cells shared by all sequences, rounded up to a multiple of 256
            (default: the model's training context, at most ``DEFAULT_N_CTX``). The cache
            starts at ``INITIAL_N_CTX`` cells and grows (``grow``) as far as this.
        n_threads: Threads for a decode of one token per sequence (default: ``Threads.default``).
        n_threads_batch: Threads for a decode of more tokens (default: ``Threads.default``).
        n_gpu_layers: Layers to offload to a GPU (0: none; needs a GPU build of llama.cpp).
        n_batch: Most tokens one ``decode`` call takes.

    Raises:
        TracegenError: The file cannot be loaded, or the context cannot be created.
    """

    def __init__(self, path: Path, *, n_ctx: int | None = None, n_threads: int | None = None,
                 n_threads_batch: int | None = None, n_gpu_layers: int = 0, n_batch: int = DEFAULT_N_BATCH) -> None:
        self._bound = bound = bindings()
        self._ctx: Any = None
        self._model: Any = None
        self._batch: Any = None
        self._memory: Any = None
        self.n_ctx = 0  # cells the KV cache has now (set by _create)
        model_params = bound.llama_model_default_params()
        model_params.n_gpu_layers = n_gpu_layers
        del _errors[:]
        self._model = bound.llama_model_load_from_file(str(path).encode("utf-8"), model_params)
        if not self._model:
            raise TracegenError(f"cannot load model {str(path)!r}: {_errors[-1] if _errors else 'llama.cpp refused it'}")
        if bound.llama_model_is_recurrent(self._model) or bound.llama_model_is_hybrid(self._model):
            self.close()
            # Their state is not per position: a prefix of a sequence cannot be copied or kept.
            raise TracegenError(f"{path.name} is a recurrent or hybrid model: the llamacpp backend needs a "
                                "transformer (its prefix reuse copies KV-cache ranges)")
        self._vocab = bound.llama_model_get_vocab(self._model)
        self.n_vocab = int(bound.llama_vocab_n_tokens(self._vocab))
        self.n_ctx_train = int(bound.llama_model_n_ctx_train(self._model))
        default = Threads.default()
        self.n_threads = n_threads or default.step
        self.n_threads_batch = n_threads_batch or default.batch
        self.n_gpu_layers = n_gpu_layers
        #: Whether layers run on a GPU: asked for, and this llama.cpp build can.
        self.offloads = n_gpu_layers != 0 and bool(bound.llama_supports_gpu_offload())
        # llama.cpp sizes its cache in multiples of 256 cells; ask for that, so the sizes
        # below are computed from the real size.
        #: The most cells the cache may grow to.
        self.max_n_ctx = _cells(n_ctx or min(self.n_ctx_train or DEFAULT_N_CTX, DEFAULT_N_CTX))
        self.n_batch = min(n_batch, self.max_n_ctx, INITIAL_N_CTX)
        # llama.cpp reserves an output row per sequence and aborts when that exceeds a batch.
        #: Sequence ids: ``0 .. n_seq_max - 1``.
        self.n_seq_max = min(int(bound.llama_max_parallel_sequences()), self.n_batch, DEFAULT_N_SEQ)
        self._create(min(INITIAL_N_CTX, self.max_n_ctx))
        self._batch = bound.llama_batch_init(self.n_batch, 0, 1)
        self.decodes = 0  # llama_decode calls so far
        self.decoded_tokens = 0  # tokens they fed

    def _create(self, cells: int) -> None:
        bound = self._bound
        params = bound.llama_context_default_params()
        params.n_ctx = cells
        params.n_batch = params.n_ubatch = self.n_batch
        params.n_seq_max = self.n_seq_max
        params.kv_unified = True  # one pool of cells: sequences share their common prefix's cells
        params.swa_full = True  # sliding-window models keep every position, so any prefix can be reused
        # llama.cpp itself picks n_threads for a batch of one token, n_threads_batch for more
        params.n_threads, params.n_threads_batch = self.n_threads, self.n_threads_batch
        params.flash_attn_type = bound.LLAMA_FLASH_ATTN_TYPE_DISABLED  # see the module docstring
        params.no_perf = True
        del _errors[:]
        self._ctx = bound.llama_init_from_model(self._model, params)
        if not self._ctx:
            reason = _errors[-1] if _errors else "llama.cpp refused the parameters"
            self.close()
            raise TracegenError(f"cannot create a llama.cpp context of {cells} tokens: {reason} "
                                "(try a smaller --n-ctx)")
        self.n_ctx = int(bound.llama_n_ctx(self._ctx))
        self._memory = bound.llama_get_memory(self._ctx)

    @property
    def can_grow(self) -> bool:
        """Whether the KV cache has fewer cells than ``max_n_ctx``."""
        return self.n_ctx < self.max_n_ctx

    def grow(self, cells: int = 0) -> None:
        """A new, empty KV cache of twice the cells (at least ``cells``, at most ``max_n_ctx``).

        Every sequence is gone afterwards: the caller forgets them (``SequencePool.clear``).
        """
        self._check_open()
        target = min(self.max_n_ctx, max(2 * self.n_ctx, _cells(cells)))
        self._bound.llama_free(self._ctx)
        self._ctx = None
        self._create(target)

    # -- the model ---------------------------------------------------------------------

    @property
    def eos_id(self) -> int | None:
        """The vocabulary's end-of-sequence id, ``None`` when it has none."""
        self._check_open()
        token = int(self._bound.llama_vocab_eos(self._vocab))
        return token if token >= 0 else None

    def metadata(self, key: str) -> str | None:
        """A GGUF metadata value as text (``general.file_type`` -> ``"3"``), ``None`` when absent."""
        self._check_open()
        size = 256
        while True:
            buffer = ctypes.create_string_buffer(size)
            n = self._bound.llama_model_meta_val_str(self._model, key.encode("utf-8"), buffer, size)
            if n < 0:
                return None
            if n < size:
                return buffer.value.decode("utf-8", "replace")
            size = n + 1

    def tokenize(self, text: str) -> list[int]:
        """llama.cpp's own tokenization of ``text`` (no BOS; special tokens parsed): for checks."""
        self._check_open()
        data = text.encode("utf-8")
        room = len(data) + 8
        out = (self._bound.llama_token * room)()
        n = self._bound.llama_tokenize(self._vocab, data, len(data), out, room, False, True)
        return list(out[:n])

    def piece(self, token: int) -> bytes:
        """The bytes llama.cpp prints for ``token`` (special tokens as their text)."""
        self._check_open()
        size = 64
        while True:
            buffer = ctypes.create_string_buffer(size)
            n = self._bound.llama_token_to_piece(self._vocab, token, buffer, size, 0, True)
            if n >= 0:
                return buffer.raw[:n]
            size = -n

    # -- decoding ----------------------------------------------------------------------

    def decode(self, tokens: Sequence[int], positions: Sequence[int], seqs: Sequence[int],
               outputs: Sequence[bool]) -> np.ndarray:
        """Run one batch (at most ``n_batch`` tokens) and return the logits asked for.

        Token ``i`` is appended to sequence ``seqs[i]`` at ``positions[i]``; each sequence's
        positions must continue right after what the cache holds for it.

        Returns:
            ``[sum(outputs), n_vocab]`` float32 logits of the tokens with ``outputs[i]``, in order.

        Raises:
            NoRoom: No free KV cells for the batch; the cache is unchanged.
            TracegenError: llama.cpp failed (the message says how).
        """
        self._check_open()
        n = len(tokens)
        batch = self._batch
        batch.n_tokens = n
        for i in range(n):
            batch.token[i] = tokens[i]
            batch.pos[i] = positions[i]
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = seqs[i]
            batch.logits[i] = outputs[i]
        self.decodes += 1
        self.decoded_tokens += n
        code = self._bound.llama_decode(self._ctx, batch)
        if code == 1:
            raise NoRoom()
        if code != 0:
            raise TracegenError(f"llama.cpp failed to decode a batch (llama_decode returned {code})"
                                + (f": {_errors[-1]}" if _errors else ""))
        wanted = [i for i in range(n) if outputs[i]]
        out = np.empty((len(wanted), self.n_vocab), dtype=np.float32)
        for row, i in enumerate(wanted):
            out[row] = np.ctypeslib.as_array(self._bound.llama_get_logits_ith(self._ctx, i), shape=(self.n_vocab,))
        return out

    # -- the KV cache ------------------------------------------------------------------

    def copy(self, source: int, target: int, end: int) -> None:
        """Add sequence ``target`` to the cells of ``source``'s positions ``[0, end)`` (no data is copied)."""
        self._check_open()
        self._bound.llama_memory_seq_cp(self._memory, source, target, 0, end)

    def drop(self, seq: int) -> None:
        """Remove sequence ``seq`` from the cache; cells no other sequence holds are freed."""
        self._check_open()
        self._bound.llama_memory_seq_rm(self._memory, seq, -1, -1)

    def clear(self) -> None:
        """Empty the KV cache."""
        self._check_open()
        self._bound.llama_memory_clear(self._memory, True)

    def _check_open(self) -> None:
        if not self._ctx:  # llama.cpp would read freed memory
            raise TracegenError("the llama.cpp model was closed")

    def close(self) -> None:
        """Free the batch, the context and the model (idempotent)."""
        bound = self._bound
        if self._batch is not None:
            bound.llama_batch_free(self._batch)
            self._batch = None
        if self._ctx:
            bound.llama_free(self._ctx)
        self._ctx = None
        if self._model:
            bound.llama_model_free(self._model)
        self._model = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown: the bindings may be gone
            pass
