"""Sequence metrics of a path (``Run.path_metrics``), checked against a direct forward pass."""

from __future__ import annotations

import math

import torch
from reference import direct_logprobs

from tracegen.recording.recorder import Recorder
from tracegen.recording.strategies import Beam, Forced
from tracegen.trace import Node, PathMetrics, Run


def test_a_forced_answer_s_surprisal_matches_a_direct_forward_pass(tiny):
    continuation = " there, friend"
    recorder = Recorder(tiny, top_k=4, max_new_tokens=12)
    run = recorder.record_run("Hello world", Forced(continuation=continuation))
    ids = run.prompt_token_ids + run.token_ids(run.results[0].node)
    n = len(ids) - len(run.prompt_token_ids)
    with torch.no_grad():  # one pass over the whole sequence, no cache: every position's distribution at once
        logits = tiny.model(input_ids=torch.tensor([ids])).logits[0].float()
    logprobs = torch.log_softmax(logits, dim=-1)
    start = len(run.prompt_token_ids)
    chosen = [float(logprobs[i - 1, ids[i]]) for i in range(start, len(ids))]
    assert abs(chosen[0] - float(direct_logprobs(tiny.model, ids[:start])[ids[start]])) < 1e-5
    metrics = run.path_metrics(run.results[0].node)
    assert metrics.tokens == n
    expected_total = sum(chosen)
    assert abs(metrics.total_logprob - expected_total) < 1e-4 * n  # the trace keeps 5 decimals per token
    assert abs(metrics.mean_surprisal_nats - (-expected_total / n)) < 1e-4
    assert abs(metrics.mean_surprisal_bits - (-expected_total / n) / math.log(2)) < 2e-4
    assert abs(metrics.perplexity - math.exp(-expected_total / n)) < 1e-3 * metrics.perplexity
    # the stored logprobs, summed in path order: exactly what the page sums
    assert metrics.total_logprob == sum(node.logprob for node in run.path(run.results[0].node)[1:])


def test_result_metrics_follow_the_results_and_a_beam_s_best_is_the_most_likely(tiny):
    recorder = Recorder(tiny, top_k=4, max_new_tokens=5)
    run = recorder.record_run("Hello world", Beam(num_beams=3))
    metrics = run.result_metrics()
    assert [m.tokens for m in metrics] == [len(run.token_ids(r.node)) for r in run.results]
    for m, r in zip(metrics, run.results, strict=True):
        assert abs(m.total_logprob - r.extra["logprob"]) < 1e-4


def test_unknown_logprobs_and_empty_paths_give_no_numbers():
    run = Run(id="r", prompt="p", prompt_token_ids=[1], strategy={"name": "import"}, top_k=1)
    run.add_node(Node(0, top=[(5, -0.5)], entropy=None))
    run.add_node(Node(1, 0, 5, -0.5, 0))
    run.add_node(Node(2, 1, 6, None))
    assert run.path_metrics(0) == PathMetrics(0, 0.0, None, None, None)
    assert run.path_metrics(1) == PathMetrics(1, -0.5, 0.5, 0.5 / math.log(2), math.exp(0.5))
    assert run.path_metrics(2) == PathMetrics(2, None, None, None, None)
