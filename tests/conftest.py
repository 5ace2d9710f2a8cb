"""Shared fixtures: the real default model (loaded once per session) and the tiny test model."""

from __future__ import annotations

import pytest

from tracegen.backends.local.models import LoadedModel, from_objects, load_model
from tracegen.testing import tiny_model, tiny_tokenizer


@pytest.fixture(scope="session")
def default_model() -> LoadedModel:
    """SmolLM2-135M-Instruct as ``tracegen`` loads it by default (converted once, then cached)."""
    return load_model(device="cpu", progress=False)


@pytest.fixture(scope="session")
def tiny() -> LoadedModel:
    """The seeded tiny GPT-2 and its byte-level tokenizer, wrapped like a loaded model."""
    return from_objects(tiny_model(), tiny_tokenizer(), name="tiny-gpt2")


# --- browser tests: tests/browser_fixtures.py; the llama.cpp server: tests/server_fixtures.py ---
pytest_plugins = ["browser_fixtures", "server_fixtures"]
