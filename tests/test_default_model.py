"""The smaller, slower set: the same correctness checks on the real default model."""

from __future__ import annotations

import math

import pytest
import torch

from tests.reference import generated, max_top_error
from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Beam, Branch, Greedy, Sample

pytestmark = pytest.mark.slow
PROMPT = "The capital of France is"


def record(model, strategy, max_new_tokens=8, prompt=PROMPT):
    recorder = Recorder(model, top_k=10, max_new_tokens=max_new_tokens)
    run = recorder.record_run(prompt, strategy)
    recorder.finish().validate()
    return run


def test_paris(default_model):
    run = record(default_model, Greedy(), max_new_tokens=1)
    token, logprob = run.root.top[0]
    assert default_model.tokenizer.decode([token]) == " Paris"
    assert math.exp(logprob) == pytest.approx(0.7725, abs=2e-3)


def test_greedy_matches_generate_and_a_direct_forward_pass(default_model):
    run = record(default_model, Greedy(), max_new_tokens=12)
    ids = default_model.tokenizer(PROMPT)["input_ids"]
    out = default_model.model.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=12)
    assert run.token_ids(run.results[0].node) == generated(out[0], len(ids), {2})
    assert max_top_error(default_model.model, run) < 1e-4


def test_beam_matches_generate(default_model):
    run = record(default_model, Beam(num_beams=4, length_penalty=1.0, early_stopping=False), max_new_tokens=8)
    ids = default_model.tokenizer(PROMPT)["input_ids"]
    out = default_model.model.generate(
        torch.tensor([ids]), num_beams=4, num_return_sequences=4, do_sample=False, max_new_tokens=8,
        length_penalty=1.0, early_stopping=False, output_scores=True, return_dict_in_generate=True,
    )
    assert [run.token_ids(r.node) for r in run.results] == [generated(s, len(ids), {2}) for s in out.sequences]
    for result, score in zip(run.results, out.sequences_scores.tolist(), strict=True):
        assert result.score == pytest.approx(score, abs=1e-3)
    assert max_top_error(default_model.model, run) < 1e-4


def test_branch_and_sampling(default_model):
    branch = record(default_model, Branch(branch_width=2, min_prob=0.0, max_depth=3))
    assert len(branch.nodes) == 15
    assert max_top_error(default_model.model, branch) < 1e-4
    first = record(default_model, Sample(temperature=0.9, seed=11, num_samples=3))
    again = record(default_model, Sample(temperature=0.9, seed=11, num_samples=3))
    assert [r.text for r in first.results] == [r.text for r in again.results]
