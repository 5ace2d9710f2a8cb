"""Which model recorded a trace, decided once (``tracegen.trace.model_identity``): live mode
reopens, and a corpus takes runs, only under a model that agrees on name, backend, source and
vocabulary size, and both say the difference the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracegen.corpus.manifest import Manifest
from tracegen.errors import TracegenError
from tracegen.live import LiveSession
from tracegen.trace import loads
from tracegen.trace.model_identity import MODEL_IDENTITY, model_difference

MODEL = {"name": "m", "backend": "transformers", "source": "hub/m", "vocab_size": 5, "dtype": "float32"}


def test_the_first_identity_field_that_differs_is_named() -> None:
    assert model_difference(MODEL, {**MODEL, "dtype": "bfloat16", "device": "cuda"}) is None
    assert model_difference(MODEL, {**MODEL, "backend": "llamacpp"}) == "model backend 'transformers', not 'llamacpp'"
    assert model_difference({**MODEL, "vocab_size": None}, MODEL) == "model vocab_size None, not 5"
    assert MODEL_IDENTITY == ("name", "backend", "source", "vocab_size")


@pytest.mark.parametrize("key", MODEL_IDENTITY)
def test_live_mode_reopens_only_a_trace_of_its_model(tiny, key: str) -> None:
    session = LiveSession(tiny, top_k=3)
    try:
        session.new_run("Hi")
        text = session.dumps()
    finally:
        session.close()
    LiveSession(tiny, trace=loads(text)).close()  # its own model: fine
    other = loads(text)
    other.model[key] = "another"
    with pytest.raises(TracegenError, match=f"^the trace was recorded with model {key} 'another', not "):
        LiveSession(tiny, trace=other)


def test_a_corpus_takes_runs_only_of_its_model() -> None:
    manifest = Manifest(model=dict(MODEL))
    manifest.check_model({**MODEL, "device": "cuda"}, Path("c"))
    with pytest.raises(TracegenError, match=r"^c: the corpus was recorded with model source 'hub/m', not 'x'; "):
        manifest.check_model({**MODEL, "source": "x"}, Path("c"))
