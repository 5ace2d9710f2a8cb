"""The one pipeline of record, rescore and fork: one check that a resumed trace was made with the
model the command opened, before any work, in the same words for every command."""

from __future__ import annotations

import re

import pytest

import tracegen


def _record(model, out, **kw):
    return tracegen.record("Hello", model=model, max_new_tokens=3, output=out, **kw)


def _rescore(model, out, *, source, **kw):
    return tracegen.rescore(source, model=model, output=out, **kw)


def _fork(model, out, **kw):
    return tracegen.fork("Hello", outcome="regex:([a-e])", model=model, samples=2, max_new_tokens=2, output=out, **kw)


@pytest.mark.parametrize("command", [_record, _rescore, _fork], ids=["record", "rescore", "fork"])
def test_resuming_with_another_model_is_refused_before_any_work(command, tiny, other, tmp_path):
    source = tmp_path / "source.json"
    _record(tiny, source)
    kw = {"source": source} if command is _rescore else {}
    out = tmp_path / "out.json"
    command(tiny, out, **kw)
    command(tiny, out, resume=True, **kw)  # the same model: fine
    before = out.read_bytes()
    with pytest.raises(tracegen.TracegenError,
                       match=rf"^cannot resume: the trace at {re.escape(str(out))} was recorded with model name 'tiny-gpt2', not "
                             r"'tiny-gpt2-seed1'$"):
        command(other, out, resume=True, **kw)
    assert out.read_bytes() == before
