"""``tracegen record`` through click's runner and through the installed executable."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner

import tracegen
from tracegen.cli import main
from tracegen.cli import record as record_cli

EXE = str(Path(sys.executable).with_name("tracegen"))


@pytest.fixture(scope="module")
def model_dir(tiny_dir) -> str:
    return str(tiny_dir)


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_records_a_text_prompt(tmp_path, model_dir):
    (tmp_path / "p.txt").write_text("Hello world\n")
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--model", model_dir,
                    "--strategy", "beam", "--num-beams", "3", "--max-new-tokens", "5", "--top-k", "4", "--quiet")
    assert result.exit_code == 0, result.output
    trace = tracegen.load(out)
    run = trace.runs[0]
    assert run.prompt == "Hello world"  # the editor's trailing newline is not part of the prompt
    assert run.strategy["num_beams"] == 3 and len(run.results) == 3 and run.top_k == 4
    assert trace.model["source"] == model_dir


def test_jsonl_prompts_become_runs_with_their_ids_and_continuations(tmp_path, model_dir):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"prompt": "Hi", "id": "greeting", "continuation": " there"}\n\n'
                       '{"prompt": "Bye", "continuation": " now"}\n')
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", str(prompts), "-o", str(out), "--model", model_dir,
                    "--strategy", "forced", "--quiet")
    assert result.exit_code == 0, result.output
    runs = tracegen.load(out).runs
    assert [r.id for r in runs] == ["greeting", "run-2"]
    assert [r.results[0].text for r in runs] == [" there", " now"]


def test_reads_the_prompt_from_stdin(tmp_path, model_dir):
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", "-", "-o", str(out), "--model", model_dir, "--max-new-tokens", "3",
                    "--quiet", input="From stdin")
    assert result.exit_code == 0, result.output
    assert tracegen.load(out).runs[0].prompt == "From stdin"


def test_chat_applies_the_template(tmp_path, model_dir):
    (tmp_path / "p.txt").write_text("Hi")
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--model", model_dir,
                    "--chat", "--max-new-tokens", "2", "--quiet")
    assert result.exit_code == 0, result.output
    run = tracegen.load(out).runs[0]
    assert bytes(run.prompt_token_ids).decode() == "<|user|>Hi\n<|assistant|>"
    assert run.extra["chat"] is True


@pytest.mark.parametrize("setup,args,message", [
    (None, ["--prompt", "{tmp}/missing.txt"], "missing.txt: no such file"),
    ("", ["--prompt", "{tmp}/p.txt"], "p.txt: the prompt is empty"),
    ('{"prompt": "ok"}\n{"prompt": \n', ["--prompt", "{tmp}/p.jsonl"], "p.jsonl:2: not valid JSON"),
    ('{"id": 1}\n', ["--prompt", "{tmp}/p.jsonl"], "p.jsonl:1: \"prompt\" must be a non-empty string"),
    ("x", ["--prompt", "{tmp}/p.txt", "--model", "{tmp}/no-such-model"], "no such file or directory"),
    ("x", ["--prompt", "{tmp}/p.txt", "--top-k", "0"], "Invalid value for '--top-k'"),
    ("x" * 1000, ["--prompt", "{tmp}/p.txt", "--max-new-tokens", "100"], "exceeds the model's context of 1024"),
    ("x", ["--prompt", "{tmp}/p.txt", "--num-beams", "0"], "Invalid value for '--num-beams'"),
    ("x", ["--prompt", "{tmp}/p.txt", "--strategy", "forced"], "--continuation is needed"),
    ("x", ["--prompt", "{tmp}/p.txt", "-o", "{tmp}/no/dir/t.json"], "does not exist"),
    ("x", ["--prompt", "{tmp}/p.txt", "-o", "{tmp}/p.txt/t.json"], "does not exist"),
])
def test_bad_input_is_one_line_nonzero_and_leaves_the_output_alone(tmp_path, model_dir, setup, args, message):
    if setup is not None:
        name = "p.jsonl" if "p.jsonl" in " ".join(args) else "p.txt"
        (tmp_path / name).write_text(setup)
    out = tmp_path / "existing.json"
    out.write_text("keep me")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if "-o" not in argv:
        argv += ["-o", str(out)]
    if "--model" not in argv:
        argv += ["--model", model_dir]
    result = CliRunner().invoke(main, ["record", *argv, "--quiet"])
    assert result.exit_code != 0 and result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert out.read_text() == "keep me"


@pytest.mark.integration
def test_the_installed_executable_reports_a_mistake_in_one_line(tmp_path, model_dir):
    (tmp_path / "p.txt").write_text("x")
    out = tmp_path / "existing.json"
    out.write_text("keep me")
    proc = subprocess.run([EXE, "record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--model", model_dir,
                           "--strategy", "sample", "--temperature", "nan", "--quiet"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("Error: --temperature must be a finite number")
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert out.read_text() == "keep me"


def test_unknown_hub_model_fails_with_one_line(tmp_path, monkeypatch):
    from tracegen.models import hub

    monkeypatch.setattr(hub, "hub_reachable", lambda: False)  # the probe, not the hub's retries, decides
    (tmp_path / "p.txt").write_text("x")
    result = CliRunner().invoke(main, ["record", "--prompt", str(tmp_path / "p.txt"), "-o", str(tmp_path / "t.json"),
                                       "--model", "no-such-org/no-such-model", "--quiet"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "did not answer" in result.stderr
    assert not (tmp_path / "t.json").exists()


def interrupt_after_first_run(argv: list[str]) -> tuple[int, str]:
    """Run ``tracegen record`` and send it SIGINT once it reports its first finished run."""
    proc = subprocess.Popen([EXE, "record", *argv], stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    for line in proc.stderr:  # type: ignore[union-attr]
        if line.startswith("[1/"):
            break
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.mark.integration
def test_ctrl_c_keeps_what_was_recorded_and_resume_finishes_it(tmp_path, model_dir):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(orjson.dumps({"prompt": f"Prompt {i}"}).decode() + "\n" for i in range(6)))
    out = tmp_path / "t.json"
    argv = ["--prompt", str(prompts), "-o", str(out), "--model", model_dir, "--max-new-tokens", "300"]
    code, err = interrupt_after_first_run(argv)
    assert code == 130, err
    assert "wrote the partial trace" in err and f"to {out}" in err
    trace = tracegen.load(out)
    # The signal may land inside a run or between two: every run but the last is complete either way.
    assert trace.runs[0].complete and all(r.complete for r in trace.runs[:-1]) and len(trace.runs) < 6
    assert invoke("record", *argv, "--resume", "--quiet").exit_code == 0
    resumed = tracegen.load(out)
    assert [r.id for r in resumed.runs] == [f"run-{i}" for i in range(1, 7)] and all(r.complete for r in resumed.runs)


@pytest.mark.parametrize("strategy", [["--strategy", "sample", "--num-samples", "3"], ["--strategy", "branch"]])
def test_resume_continues_an_interrupted_trace_to_what_a_full_recording_gives(tmp_path, model_dir, strategy):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(orjson.dumps({"prompt": f"Prompt {i}"}).decode() + "\n" for i in range(3)))
    common = ["--prompt", str(prompts), "--model", model_dir, "--max-new-tokens", "6", *strategy, "--quiet"]
    full, out = tmp_path / "full.json", tmp_path / "t.json"
    assert invoke("record", *common, "-o", str(full)).exit_code == 0

    partial = tracegen.load(full)  # as Ctrl-C leaves it: run 1 done, run 2 part-way, run 3 never started
    second = partial.runs[1]
    second.complete, second.results = False, []
    second.nodes = second.nodes[:3]
    partial.runs = partial.runs[:2]
    partial.save(out)

    result = invoke("record", *common, "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    resumed, expected = tracegen.load(out), tracegen.load(full)
    assert [r.id for r in resumed.runs] == ["run-1", "run-2", "run-3"] and all(r.complete for r in resumed.runs)
    for a, b in zip(resumed.runs, expected.runs, strict=True):
        assert {(n.parent, n.token): n.top for n in a.nodes} == {(n.parent, n.token): n.top for n in b.nodes}
        assert sorted(r.text for r in a.results) == sorted(r.text for r in b.results)

    other = tmp_path / "other.jsonl"
    other.write_text(orjson.dumps({"prompt": "Something else"}).decode() + "\n")
    partial.save(out)
    result = CliRunner().invoke(main, ["record", *common, "-o", str(out), "--resume", "--prompt", str(other)])
    assert result.exit_code == 1 and "cannot resume run 'run-1'" in result.output


@pytest.mark.integration
def test_installed_executable_records_and_reports(tmp_path, model_dir):
    (tmp_path / "p.txt").write_text("Hi")
    out = tmp_path / "t.json"
    proc = subprocess.run([EXE, "record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--model", model_dir,
                           "--strategy", "branch", "--branch-width", "2", "--max-depth", "3", "--min-prob", "0"],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    assert f"Wrote {out}" in proc.stdout
    assert len(tracegen.load(out).runs[0].nodes) == 15


def test_literal_choices_match_the_library():
    from tracegen.backends.transformers.loading import TORCH_DTYPES
    from tracegen.backends.transformers.options import DTYPES
    from tracegen.recording.strategies import STRATEGIES

    assert record_cli.STRATEGY_NAMES == list(STRATEGIES)
    assert sorted(DTYPES) == sorted(TORCH_DTYPES)


def test_the_backend_flags_come_from_the_table():
    from tracegen.backends import BACKENDS

    help_text = CliRunner().invoke(main, ["record", "--help"], terminal_width=200).output
    flags = set(re.findall(r"^  (--[a-z-]+)", help_text, re.MULTILINE))
    assert f"--backend [{'|'.join(BACKENDS)}]" in help_text
    for declared in BACKENDS.values():
        for spec in declared.specs():
            assert (spec.flag in flags) == spec.command_line, spec.flag
