"""`tracegen figure --kind forking`: the outcome chart of a forked run, in every format."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from fork_helpers import DECISION, ScriptedBackend

import tracegen
from tracegen.cli import main
from tracegen.testing import tiny_tokenizer


@pytest.fixture(scope="module")
def fork_path(tmp_path_factory: pytest.TempPathFactory):
    prompt = "Q:"
    backend = ScriptedBackend(len(tiny_tokenizer()(prompt)["input_ids"]))
    path = tmp_path_factory.mktemp("fork-figure") / "fork.json"
    tracegen.fork(prompt, outcome="regex:[AB]", backend=backend, max_new_tokens=8, samples=20, output=path)
    return path


def test_the_svg_stacks_o_t_and_marks_the_change_point_and_forking_token(fork_path):
    trace = tracegen.load(fork_path)
    svg = trace.figure("forking")
    fork = trace.runs[0].fork
    assert svg.count('class="tg-forking-token"') == len(fork.positions)
    assert svg.count('class="tg-forking-change-point"') == len(fork.change_points) == 1
    assert svg.count('class="tg-forking-mark"') == 1
    shares = [float(h) for h in re.findall(r'<rect[^>]*height="([0-9.]+)"[^>]*class="tg-forking-share"', svg)]
    assert shares  # one stacked segment per label per position
    assert f'data-pos="{DECISION}"' in svg


@pytest.mark.parametrize(("fmt", "magic"), [("pdf", b"%PDF"), ("png", b"\x89PNG"), ("tex", b"\\begin{tikzpicture}")])
def test_every_format_through_the_command(fork_path, tmp_path, fmt, magic):
    out = tmp_path / f"f.{fmt}"
    result = CliRunner().invoke(main, ["figure", str(fork_path), "--kind", "forking", "-o", str(out)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert magic in out.read_bytes()


def test_a_run_without_a_fork_is_a_one_line_error(tiny, tmp_path):
    path = tmp_path / "plain.json"
    tracegen.record("Hi", model=tiny, max_new_tokens=3).save(path)
    result = CliRunner().invoke(main, ["figure", str(path), "--kind", "forking", "-o", str(tmp_path / "f.svg")])
    assert result.exit_code == 1
    assert "has no forking analysis" in result.output and len(result.output.strip().splitlines()) == 1
