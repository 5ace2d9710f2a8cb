"""tracegen fork: the method's correctness against a scripted model and the real transformers model."""

from __future__ import annotations

import math

import pytest
import torch
from fork_helpers import DECISION, EOS, J, ScriptedBackend, second_character

import tracegen
from tracegen.forking import outcome_for
from tracegen.testing import tiny_tokenizer
from tracegen.trace import loads


def _scripted_fork(seed: int, **options):
    prompt = "Q:"
    backend = ScriptedBackend(len(tiny_tokenizer()(prompt)["input_ids"]))
    return tracegen.fork(prompt, outcome="regex:[AB]", backend=backend, max_new_tokens=8, seed=seed, **options)


@pytest.mark.parametrize("seed", range(12))
def test_the_forking_token_and_change_point_are_found_where_the_outcome_is_decided(seed):
    fork = _scripted_fork(seed).runs[0].fork
    tokens = [(f["position"], f["token"]) for f in fork.forking_tokens]
    assert tokens == [(DECISION, J)], fork.forking_tokens
    assert fork.change_points == [DECISION + 1], [p["drift"] for p in fork.positions]


def test_the_scripted_statistics_are_the_model_s():
    fork = _scripted_fork(0, samples=60).runs[0].fork
    at = {p["position"]: p for p in fork.positions}
    decision = at[DECISION]
    assert [a["token"] for a in decision["alternatives"]] == [ord("K"), J]
    assert decision["alternatives"][0]["counts"] == [["A", 60]]
    assert decision["alternatives"][1]["counts"] == [["B", 60]]
    # o_t mixes the alternatives renormalised: 0.6 / 0.97 of A
    assert dict(decision["distribution"])["A"] == pytest.approx(0.6 / 0.97, abs=1e-5)
    # the hazard uses p as the model gives it; survival multiplies
    assert decision["hazard"] == [pytest.approx(0.37, abs=1e-5)]
    assert at[DECISION + 1]["distribution"] == [["A", 1.0]]
    assert at[DECISION + 1]["survival"][0] == pytest.approx(decision["survival"][0])
    assert fork.positions[-1]["alternatives"][0]["token"] == EOS


def test_a_budget_rolls_out_the_least_certain_positions_first():
    fork = _scripted_fork(0, samples=10, budget=20).runs[0].fork
    status = {p["position"]: p["status"] for p in fork.positions}
    assert status[DECISION] == "done"  # K at 0.6 is the least certain base token
    assert sum(s == "done" for s in status.values()) == 1
    assert fork.data["stats"]["rollouts"] == 20


def test_first_position_outcomes_agree_with_transformers_generate(tiny):
    """o_0 is the outcome distribution of samples whose first token is an alternative."""
    prompt, n = "The", 600
    trace = tracegen.fork(prompt, outcome="python:fork_helpers:second_character", model=tiny, samples=60,
                          max_new_tokens=4, min_prob=0.02, max_alternatives=8, seed=1)
    first = trace.runs[0].fork.positions[0]
    alternatives = {a["token"] for a in first["alternatives"]}
    ids = torch.tensor([tiny.tokenizer(prompt)["input_ids"]])
    torch.manual_seed(0)
    out = tiny.model.generate(ids, do_sample=True, max_new_tokens=4, num_return_sequences=n, top_k=0, top_p=1.0,
                              temperature=1.0, pad_token_id=EOS)
    labels = []
    for row in out[:, ids.shape[1]:].tolist():
        if row[0] not in alternatives:
            continue
        row = row[: row.index(EOS)] if EOS in row else row
        labels.append(second_character(tiny.tokenizer.decode(row)))
    assert len(labels) > 150
    reference = {label: labels.count(label) / len(labels) for label in set(labels)}
    o_0 = dict(first["distribution"])
    for label in set(reference) | set(o_0):
        p, q = o_0.get(label, 0.0), reference.get(label, 0.0)
        # o_0's noise: 60 rollouts per alternative mixed; the reference's: len(labels) samples
        sigma = math.sqrt(max(p * (1 - p), 0.01) / 60 + max(q * (1 - q), 0.01) / len(labels))
        assert abs(p - q) < 4 * sigma, (label, p, q)


def test_rollouts_are_real_continuations_and_labels_are_the_outcome_of_their_text(tiny):
    trace = tracegen.fork("Once", outcome="regex:([aeiou])", model=tiny, samples=5, max_new_tokens=5,
                          keep_rollouts="tokens", seed=3)
    run = trace.runs[0]
    base = run.token_ids(run.results[0].node)
    outcome = outcome_for("regex:([aeiou])")
    checked = 0
    for entry in run.fork.positions:
        t = entry["position"]
        for alt in entry["alternatives"]:
            for rollout in alt["rollouts"]:
                assert rollout["label"] == outcome(rollout["text"])
                context = run.prompt_token_ids + base[:t] + [alt["token"]]
                ids = torch.tensor([context + rollout["tokens"]])
                with torch.inference_mode():
                    logprobs = torch.log_softmax(tiny.model(ids).logits[0].double(), -1)
                direct = sum(float(logprobs[len(context) - 1 + i, tok]) for i, tok in enumerate(rollout["tokens"]))
                assert rollout["logprob"] == pytest.approx(direct, abs=1e-4)
                checked += 1
    assert checked == sum(len(e["alternatives"]) for e in run.fork.positions) * 5


def test_the_fork_object_survives_a_round_trip_and_bad_data_is_one_line(tiny):
    trace = tracegen.fork("Hi", outcome="last-number", model=tiny, samples=4, max_new_tokens=3)
    again = loads(trace.dumps())
    assert again.runs[0].fork.data == trace.runs[0].fork.data
    data = trace.to_dict()
    data["runs"][0]["fork"]["positions"][0]["alternatives"][0]["counts"] = [["7", 3]]
    import orjson

    with pytest.raises(tracegen.TraceFormatError, match=r"counts must be \[label, n\] pairs summing to fork.samples"):
        loads(orjson.dumps(data))
    data["version"] = 3
    data["runs"][0].pop("fork")
    assert loads(orjson.dumps(data)).runs[0].fork is None  # an older version still reads


def test_positions_sharing_batches_draw_the_rollouts_each_would_alone():
    from fork_helpers import PackingScriptedBackend

    prompt = "Q:"
    length = len(tiny_tokenizer()(prompt)["input_ids"])
    alone = ScriptedBackend(length)
    packed = PackingScriptedBackend(length)
    one = tracegen.fork(prompt, outcome="regex:[AB]", backend=alone, max_new_tokens=8, samples=7, seed=4,
                        keep_rollouts="tokens")
    many = tracegen.fork(prompt, outcome="regex:[AB]", backend=packed, max_new_tokens=8, samples=7, seed=4,
                         keep_rollouts="tokens")
    assert many.runs[0].fork.data["positions"] == one.runs[0].fork.data["positions"]
    assert packed.calls < alone.calls  # fewer, larger batches


@pytest.mark.slow
def test_on_llama_cpp_positions_share_batches_and_rollouts_are_real_continuations():
    """llama.cpp: several positions per batch (each row a sequence on its prefix's cells); every
    rollout's logprob is the model's along its tokens, its label the outcome of its text."""
    pytest.importorskip("llama_cpp")
    from tracegen.backends import open_backend

    backend = open_backend("llamacpp")
    try:
        trace = tracegen.fork("The capital of France is", outcome="regex:(Paris|Lyon|city)", backend=backend,
                              samples=4, max_new_tokens=4, max_alternatives=2, keep_rollouts="tokens", seed=2)
        fed = backend.context.decoded_tokens
        run = trace.runs[0]
        assert run.fork.data["stats"]["forward_passes"] < sum(len(p["alternatives"]) for p in run.fork.positions) * 4
        base = run.token_ids(run.results[0].node)
        # prefix reuse: llama.cpp was fed the prompt and the base path (recorded, and at most once
        # more after growing its cache) and each rollout's own tokens (w and all it sampled but
        # the last), never a rollout's prefix again
        own = sum(len(r["tokens"]) for p in run.fork.positions for a in p["alternatives"] for r in a["rollouts"])
        assert fed <= 2 * (len(run.prompt_token_ids) + len(base)) + own, (fed, own)
        outcome = outcome_for("regex:(Paris|Lyon|city)")
        entry = run.fork.positions[1]
        for alt in entry["alternatives"]:
            for rollout in alt["rollouts"]:
                assert rollout["label"] == outcome(rollout["text"])
                context = run.prompt_token_ids + base[:1] + [alt["token"]]
                direct = 0.0
                for i, token in enumerate(rollout["tokens"]):
                    direct += float(backend.distribution(context + rollout["tokens"][:i])[token])
                # llama.cpp's numbers for a context move with how it was batched (docs/forking.md:
                # median 0.007, at most ~0.05 nats a token measured); a logprob read from another
                # row would be nats off
                assert rollout["logprob"] == pytest.approx(direct, abs=0.1 * len(rollout["tokens"]))
    finally:
        backend.close()


def test_rollouts_draw_from_the_sampler_s_distribution():
    """``Sampler.draw_by_cdf`` (what rollouts draw with) follows the distribution ``draw`` draws
    from, temperature and top-p included, and never draws a token without mass."""
    from tracegen.backends.base import Sampler

    row = torch.tensor([0.5, 0.3, 0.15, 0.05, 0.0]).log()
    n = 40_000
    for sampler in (Sampler(1.0, 1.0, 0), Sampler(0.7, 0.9, 0)):
        expected = sampler.probabilities(row.view(1, -1))[0]
        drawn = sampler.draw_by_cdf(row.expand(n, -1), torch.Generator().manual_seed(5))
        counts = torch.bincount(drawn, minlength=5).double() / n
        sigma = (expected * (1 - expected) / n).sqrt()
        assert ((counts - expected).abs() <= 4 * sigma + 1e-12).all(), (counts, expected)
        assert counts[4] == 0 and (expected[3] > 0) == (counts[3] > 0)
