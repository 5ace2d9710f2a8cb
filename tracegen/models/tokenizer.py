"""A model's tokenizer alone, from any ``--model`` spec (no weights, no device), and how a
prompt becomes the token ids a model sees (``encode_prompt``, with the chat template).

Used where the model runs elsewhere (a server, llama.cpp) or not at all (imported
responses), to encode prompts and turn token texts back into ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TracegenError, require
from . import gguf
from .hub import first_line, from_hub, quiet
from .spec import resolve_spec

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase


def load_tokenizer(spec: str | None = None) -> tuple[PreTrainedTokenizerBase, str]:
    """Load only the tokenizer of a spec (a hub id, a model directory, a ``.gguf`` file, or
    ``None`` for the embedded default).

    Returns:
        ``(tokenizer, source)``, the source named as in a trace's ``model.source``.

    Raises:
        TracegenError: A bad spec, or a tokenizer that cannot be found or read.
    """
    from transformers import AutoTokenizer

    where = resolve_spec(spec)
    with quiet():
        if where.kind == "gguf":
            return tokenizer_from_gguf(Path(where.where)), where.source
        if where.kind == "directory":
            try:
                return AutoTokenizer.from_pretrained(where.where, local_files_only=True), where.source
            except (OSError, ValueError, KeyError) as exc:
                raise TracegenError(f"cannot load tokenizer {spec!r}: {first_line(exc)}") from None
        tokenizer = from_hub(str(where.where), lambda local: AutoTokenizer.from_pretrained(
            where.where, local_files_only=local), "tokenizer", default=spec is None)
        return tokenizer, where.source


def tokenizer_from_gguf(path: Path) -> PreTrainedTokenizerBase:
    """The tokenizer of a GGUF file (cached after the first conversion), with one-line errors."""
    gguf.require_support()
    try:
        return gguf.load_tokenizer(path)
    except Exception as exc:  # noqa: BLE001 - sorted out by load_error
        raise gguf.load_error("tokenizer", path, exc) from None


def encode_prompt(tokenizer: Any, text: str, *, chat: bool = False) -> list[int]:
    """The token ids a model sees for a prompt.

    Args:
        tokenizer: The model's ``transformers`` tokenizer.
        text: The prompt.
        chat: Wrap it as a user message in the tokenizer's chat template, ready for the
            assistant's answer.

    Raises:
        ParameterError: ``chat`` with a tokenizer that has no chat template, or a prompt with no tokens.
    """
    if chat:
        require(bool(getattr(tokenizer, "chat_template", None)), "chat", "cannot be used: the model has no chat template")
        text = tokenizer.apply_chat_template([{"role": "user", "content": text}], add_generation_prompt=True,
                                             tokenize=False)
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
    else:
        ids = tokenizer(text)["input_ids"]
    require(len(ids) > 0, "prompt", "has no tokens")
    return list(ids)
