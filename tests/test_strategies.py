"""Every strategy on the tiny model, checked against direct forward passes and ``generate``."""

from __future__ import annotations

import dataclasses

import pytest
import torch

from tests.reference import generated, max_top_error
from tracegen.recording.recorder import Recorder, make_strategy
from tracegen.recording.strategies import Beam, Branch, Forced, Greedy, Sample

PROMPTS = ["Hello world", "The cat sat", "a"]


def record(tiny, strategy, prompt="Hello world", max_new_tokens=12, top_k=8):
    recorder = Recorder(tiny, top_k=top_k, max_new_tokens=max_new_tokens)
    run = recorder.record_run(prompt, strategy)
    recorder.finish().validate()
    return run


@pytest.mark.parametrize("strategy", [
    Greedy(), Sample(temperature=1.3, seed=3, num_samples=4), Beam(num_beams=3),
    Branch(branch_width=3, min_prob=0.0, max_depth=3), Forced(continuation=" there, friend"),
], ids=lambda s: s.name)
def test_recorded_distributions_match_a_direct_forward_pass(tiny, strategy):
    run = record(tiny, strategy)
    assert max_top_error(tiny.model, run) < 1e-4
    assert run.complete


@pytest.mark.parametrize("prompt", PROMPTS)
def test_greedy_equals_generate(tiny, prompt):
    run = record(tiny, Greedy(), prompt, max_new_tokens=20)
    ids = tiny.tokenizer(prompt)["input_ids"]
    out = tiny.model.generate(torch.tensor([ids]), do_sample=False, max_new_tokens=20)
    assert run.token_ids(run.results[0].node) == generated(out[0], len(ids), {256})
    assert run.results[0].score == pytest.approx(sum(n.logprob for n in run.path(run.results[0].node)[1:]))


@pytest.mark.parametrize("prompt", PROMPTS)
@pytest.mark.parametrize("num_beams,length_penalty,early_stopping", [
    (2, 1.0, False), (4, 1.0, False), (3, 0.5, True), (5, 2.0, "never"), (4, 0.0, False),
])
def test_beam_equals_generate(tiny, prompt, num_beams, length_penalty, early_stopping):
    strategy = Beam(num_beams=num_beams, length_penalty=length_penalty, early_stopping=early_stopping)
    run = record(tiny, strategy, prompt, max_new_tokens=10)
    ids = tiny.tokenizer(prompt)["input_ids"]
    out = tiny.model.generate(
        torch.tensor([ids]), num_beams=num_beams, num_return_sequences=num_beams, do_sample=False,
        max_new_tokens=10, length_penalty=length_penalty, early_stopping=early_stopping,
        output_scores=True, return_dict_in_generate=True,
    )
    expected = [generated(seq, len(ids), {256}) for seq in out.sequences]
    assert [run.token_ids(r.node) for r in run.results] == expected
    for result, score in zip(run.results, out.sequences_scores.tolist(), strict=True):
        assert result.score == pytest.approx(score, abs=1e-3)


def test_beam_keeps_pruned_beams_and_results_are_their_own_paths(tiny):
    run = record(tiny, Beam(num_beams=3), max_new_tokens=10)
    on_results = {n.id for r in run.results for n in run.path(r.node)}
    assert len(run.nodes) > len(on_results)  # pruned beams stay in the tree
    assert all(r.extra["num_tokens"] == len(run.token_ids(r.node)) for r in run.results)


def test_sampling_with_a_seed_is_reproducible(tiny):
    first = record(tiny, Sample(temperature=1.5, top_p=0.9, seed=7, num_samples=5))
    again = record(tiny, Sample(temperature=1.5, top_p=0.9, seed=7, num_samples=5))
    other = record(tiny, Sample(temperature=1.5, top_p=0.9, seed=8, num_samples=5))
    texts = [r.text for r in first.results]
    assert texts == [r.text for r in again.results]
    assert texts != [r.text for r in other.results]
    assert len(first.results) == 5
    assert sorted(r.extra["sample"] for r in first.results) == list(range(5))
    scores = [r.score for r in first.results]
    assert scores == sorted(scores, reverse=True)


def test_top_p_restricts_samples_to_the_nucleus(tiny):
    run = record(tiny, Sample(top_p=0.05, seed=1, num_samples=6), max_new_tokens=6)
    # With a tiny nucleus only the most likely token survives: every sample is the greedy path.
    greedy = record(tiny, Greedy(), max_new_tokens=6)
    assert {r.text for r in run.results} == {greedy.results[0].text}


def test_branch_respects_width_probability_depth_and_budget(tiny):
    run = record(tiny, Branch(branch_width=2, min_prob=0.0, max_depth=4, max_nodes=1000))
    assert len(run.nodes) == 1 + 2 + 4 + 8 + 16
    for node in run.nodes:
        children = run.children(node.id)
        assert len(children) <= 2
        if children:  # the most likely children, most likely first
            assert [c.token for c in children] == [t for t, _ in node.top[: len(children)]]
    assert max(len(run.path(n.id)) - 1 for n in run.nodes) == 4

    small = record(tiny, Branch(branch_width=3, min_prob=0.0, max_depth=6, max_nodes=20))
    assert len(small.nodes) == 20

    picky = record(tiny, Branch(branch_width=5, min_prob=0.08, max_depth=3, max_nodes=1000))
    assert all(n.logprob >= torch.log(torch.tensor(0.08)).item() - 1e-6 for n in picky.nodes[1:])


def test_branch_results_are_leaves_best_first(tiny):
    run = record(tiny, Branch(branch_width=2, min_prob=0.0, max_depth=3))
    assert all(not run.children(r.node) for r in run.results)
    scores = [r.score for r in run.results]
    assert scores == sorted(scores, reverse=True)


def test_forced_records_the_reference_continuation(tiny):
    continuation = " there, friend"
    run = record(tiny, Forced(continuation=continuation))
    ids = tiny.tokenizer(continuation, add_special_tokens=False)["input_ids"]
    assert run.token_ids(run.results[0].node) == ids
    assert run.results[0].text == continuation
    assert all(node.top is not None for node in run.nodes)


def test_eos_ends_a_path_in_a_finished_unevaluated_leaf(tiny):
    first = record(tiny, Greedy(), max_new_tokens=1)
    token = first.nodes[1].token
    assert first.nodes[1].extra["finish"] == "length" and first.nodes[1].top is None
    # Pretend the greedy token is the model's EOS: greedy and beam must stop on it.
    eos_model = dataclasses.replace(tiny, info={**tiny.info, "eos_token_ids": [token]})
    run = record(eos_model, Greedy(), max_new_tokens=10)
    leaf = run.node(run.results[0].node)
    assert (leaf.token, leaf.extra["finish"], leaf.top) == (token, "eos", None)
    assert len(run.nodes) == 2 and run.results[0].text == ""
    beams = record(eos_model, Beam(num_beams=2), max_new_tokens=10)
    assert any(beams.node(r.node).extra["finish"] == "eos" for r in beams.results)


def test_bad_strategy_parameters_are_one_line_errors():
    from tracegen.errors import TracegenError

    for name, params in [("beam", {"num_beams": 0}), ("sample", {"temperature": 0}),
                         ("sample", {"top_p": 1.5}), ("branch", {"max_nodes": 1}), ("forced", {}),
                         ("nope", {})]:
        with pytest.raises(TracegenError) as info:
            make_strategy(name, **params)
        assert "\n" not in str(info.value)


def test_strategies_declare_their_parameters():
    """``make_strategy`` accepts the declared parameters and names any other one."""
    import inspect

    from tracegen.errors import ParameterError
    from tracegen.recording.recorder import make_strategy
    from tracegen.recording.strategies import STRATEGIES

    for name, cls in STRATEGIES.items():
        own = "__init__" in vars(cls)
        taken = [p for p in inspect.signature(cls.__init__).parameters if p != "self"] if own else []
        assert list(cls.parameters) == taken, name
        with pytest.raises(ParameterError, match=f"^num_beamz is not a parameter of the {name} strategy"):
            make_strategy(name, num_beamz=2)
