"""A tiny, seeded, randomly initialised GPT-2 and a byte-level tokenizer, built in code.

Tests and benchmarks use it where the real model would only make them slow: no files, no
hub, the same weights on every machine for a given seed.
"""

from __future__ import annotations

import torch
from tokenizers import Tokenizer, decoders, models, pre_tokenizers
from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

from .trace.tokens import BYTE_LEVEL_DECODER

EOS = "<|endoftext|>"


def tiny_tokenizer() -> PreTrainedTokenizerFast:
    """A byte-level tokenizer: ids 0-255 are the bytes, 256 is ``<|endoftext|>``."""
    # The byte-level alphabet ordered by the byte each character stands for, so id == byte.
    vocab = dict(BYTE_LEVEL_DECODER)
    vocab[EOS] = 256
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens([EOS])
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, eos_token=EOS, bos_token=EOS, unk_token=EOS)
    fast.chat_template = (
        "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>{% endif %}"
    )
    return fast


def tiny_model(seed: int = 0, layers: int = 2, width: int = 64) -> GPT2LMHeadModel:
    """A seeded random GPT-2 (``layers`` x ``width``) over ``tiny_tokenizer``'s 257 ids."""
    config = GPT2Config(
        vocab_size=257, n_positions=1024, n_embd=width, n_layer=layers, n_head=4,
        bos_token_id=256, eos_token_id=256,
        # Untied and wider than GPT-2's default init, so distributions are peaked enough that
        # top-k, ranks and beams have distinct, well separated values to check.
        tie_word_embeddings=False, initializer_range=0.2,
    )
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        model = GPT2LMHeadModel(config)
    model.generation_config.pad_token_id = 256
    model.eval()
    return model
