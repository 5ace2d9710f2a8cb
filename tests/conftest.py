"""Shared fixtures and helpers: the real default model (loaded once per session), the tiny
test model (in memory and as a model directory), and the seed-style example server."""

from __future__ import annotations

import importlib.util
import signal
from pathlib import Path
from types import ModuleType

import pytest

from tracegen.backends.transformers import LoadedModel, from_objects, load_model
from tracegen.testing import tiny_model, tiny_tokenizer


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that loads the real default model is slow, whether or not it says so."""
    for item in items:
        if "default_model" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


# Started in the background (`nohup`, a shell's `&`), pytest finds SIGINT ignored, and the
# `tracegen` processes it starts would inherit that and shrug off the Ctrl-C tests' SIGINT.
# A handled signal is reset to its default across exec, so handling it here restores it there.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


@pytest.fixture(scope="session")
def default_model() -> LoadedModel:
    """SmolLM2-135M-Instruct as ``tracegen`` loads it by default (converted once, then cached)."""
    return load_model(device="cpu", progress=False)


@pytest.fixture(scope="session")
def tiny() -> LoadedModel:
    """The seeded tiny GPT-2 and its byte-level tokenizer, wrapped like a loaded model."""
    return from_objects(tiny_model(), tiny_tokenizer(), name="tiny-gpt2")


@pytest.fixture(scope="session")
def other() -> LoadedModel:
    """A second tiny model: the same tokenizer, other weights (seed 1)."""
    return from_objects(tiny_model(seed=1), tiny_tokenizer(), name="tiny-gpt2-seed1")


@pytest.fixture(scope="session")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny model saved as a local model directory, so commands load it like any model."""
    directory = tmp_path_factory.mktemp("tiny-model")
    tiny_model().save_pretrained(directory)
    tiny_tokenizer().save_pretrained(directory)
    return directory


EXAMPLE_SERVER = Path(__file__).resolve().parent.parent / "examples" / "seed_server.py"


def load_example() -> ModuleType:
    """``examples/seed_server.py`` as a module (its ``__main__`` block does not run)."""
    spec = importlib.util.spec_from_file_location("seed_server", EXAMPLE_SERVER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


# --- browser tests: tests/browser_fixtures.py; the llama.cpp server: tests/server_fixtures.py ---
pytest_plugins = ["browser_fixtures", "server_fixtures"]
