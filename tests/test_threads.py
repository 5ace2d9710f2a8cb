"""Thread defaults of the backends that compute here: one CPU left free for the rest of the machine,
one-token steps on at most 4 threads, ``--threads`` for both transformers and llamacpp.

(The speed this buys on a busy machine is measured by benchmarks/bench_threads.py, not here.)
"""

from __future__ import annotations

import pytest
import torch
from click.testing import CliRunner

from tracegen.backends import open_backend
from tracegen.backends.threads import STEP_MAX, Threads, usable_cpus
from tracegen.cli import main
from tracegen.errors import ParameterError


@pytest.mark.parametrize(("cpus", "step", "batch"), [(1, 1, 1), (2, 1, 1), (3, 2, 2), (8, 4, 7), (64, 4, 63)])
def test_defaults_leave_one_cpu_free(cpus: int, step: int, batch: int) -> None:
    assert Threads.default(cpus) == Threads(step, batch)
    assert Threads.default(cpus).for_tokens(1) == step and Threads.default(cpus).for_tokens(7) == batch
    assert step <= STEP_MAX


def test_a_given_count_is_used_for_both() -> None:
    assert Threads.of(3) == Threads(3, 3)
    assert Threads.of(None) == Threads.default(usable_cpus())
    for bad in (0, -1, 1.5, True, "2"):
        with pytest.raises(ParameterError, match="threads"):
            Threads.of(bad)  # type: ignore[arg-type]


def test_the_transformers_engine_computes_on_its_threads(tiny, monkeypatch) -> None:
    from tracegen.backends import threads

    monkeypatch.setattr(threads, "usable_cpus", lambda: 6)  # defaults of a 6-CPU machine: 4 and 5
    before = torch.get_num_threads()
    try:
        engine = open_backend("transformers", tiny, threads=2)
        step = engine.prefill([1, 2, 3, 4])
        assert torch.get_num_threads() == 2
        torch.set_num_threads(1)
        engine.extend(step, [0], [5])
        assert torch.get_num_threads() == 2  # set again before the forward
        default = open_backend("transformers", tiny)
        default.prefill([1, 2, 3])
        assert torch.get_num_threads() == 5  # a batch of tokens
        default.distribution([1, 2, 3])
        default.distribution([1, 2, 3, 9])  # one new token on a cached prefix: a step (a live click)
        assert torch.get_num_threads() == 4
    finally:
        torch.set_num_threads(before)


def test_threads_is_an_option_of_the_backends_that_compute_here(tiny_dir, tmp_path) -> None:
    prompt = tmp_path / "p.txt"
    prompt.write_text("Hello")
    result = CliRunner().invoke(main, ["record", "--model", str(tiny_dir), "--prompt", str(prompt), "--threads", "1",
                                       "--max-new-tokens", "2", "-o", str(tmp_path / "t.json"), "--quiet"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["record", "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1",
                                       "--prompt", str(prompt), "--threads", "2", "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 2 and "--threads needs --backend transformers or llamacpp" in result.output
