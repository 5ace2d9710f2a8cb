"""How outputs are chosen and written (issue 19, items 1-5): never over a file the command
reads (the model's files included), `serve --save` only over a trace it may replace, never
over a special file, the mode (and group) of a rewritten file kept, and SIGTERM/SIGHUP
handled exactly like Ctrl-C."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tracegen
from tracegen._atomic import check_output, write_bytes_atomic
from tracegen.cli import main
from tracegen.errors import TracegenError
from tracegen.recording import record
from tracegen.trace import loads

RESPONSES = Path(__file__).parent / "data" / "openai-chat.json"


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def one_line_error(result, *needles: str) -> None:
    """A refusal: exit 1 (2 for usage), one `Error:` line on stderr, no traceback."""
    assert result.exit_code in (1, 2), result.output
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture
def model_dir(tmp_path, tiny_dir) -> Path:
    """A private copy of the tiny model directory (a test may try to write into it)."""
    copy = tmp_path / "model"
    shutil.copytree(tiny_dir, copy)
    return copy


@pytest.fixture
def fake_gguf(tmp_path) -> Path:
    """A file a spec calls a GGUF: refused outputs must be refused before anything loads it."""
    path = tmp_path / "m.gguf"
    path.write_bytes(b"GGUF" + bytes(60))
    return path


@pytest.fixture
def prompt(tmp_path) -> Path:
    path = tmp_path / "p.txt"
    path.write_text("Hi")
    return path


@pytest.fixture
def trace_file(tmp_path, tiny) -> Path:
    path = tmp_path / "t.json"
    record("Hi", model=tiny, max_new_tokens=2, output=path)
    return path


def snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# -- 1. inputs are every file the command reads ----------------------------------------------


@pytest.mark.parametrize("name", ["config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"])
def test_record_and_rescore_refuse_to_write_over_a_file_of_their_model_directory(model_dir, prompt, trace_file,
                                                                                   name):
    before = snapshot(model_dir)
    target = model_dir / name
    for argv in (["record", "--prompt", prompt, "--model", model_dir, "-o", target],
                 ["rescore", trace_file, "--model", model_dir, "-o", target]):
        one_line_error(invoke(*argv), f"{target}: that is the input {model_dir}")
    assert snapshot(model_dir) == before


@pytest.mark.parametrize("backend", ["transformers", "llamacpp"])
def test_record_refuses_to_write_over_its_gguf_with_either_backend(fake_gguf, prompt, backend):
    before = fake_gguf.read_bytes()
    for output in (fake_gguf, fake_gguf.parent / "link.json"):
        if output != fake_gguf:
            output.symlink_to(fake_gguf)
        result = invoke("record", "--prompt", prompt, "--backend", backend, "--model", fake_gguf, "-o", output)
        one_line_error(result, "that is the input")
    assert fake_gguf.read_bytes() == before


def test_a_gguf_in_a_directory_spec_is_an_input(tmp_path, fake_gguf, prompt):
    result = invoke("record", "--prompt", prompt, "--model", tmp_path, "-o", fake_gguf)
    one_line_error(result, "that is the input")


def test_the_servers_tokenizer_is_an_input(model_dir, prompt):
    target = model_dir / "tokenizer.json"
    before = target.read_bytes()
    result = invoke("record", "--prompt", prompt, "--backend", "openai", "--base-url", "http://127.0.0.1:9/v1",
                    "--tokenizer", model_dir, "-o", target)
    one_line_error(result, "that is the input")
    assert target.read_bytes() == before


def test_import_refuses_to_write_over_its_tokenizer(model_dir):
    target = model_dir / "tokenizer.json"
    before = target.read_bytes()
    one_line_error(invoke("import", RESPONSES, "--from", "openai-chat", "--tokenizer", model_dir, "-o", target),
                   "that is the input")
    assert target.read_bytes() == before


def test_every_input_trace_is_an_input(tmp_path, trace_file):
    other = tmp_path / "b.json"
    shutil.copy(trace_file, other)
    link = tmp_path / "link.html"
    link.symlink_to(trace_file)
    for argv in (["export", trace_file, "-o", link], ["figure", trace_file, "-o", trace_file, "--format", "svg"],
                 ["compare", trace_file, other, "-o", other]):
        one_line_error(invoke(*argv), "that is the input")
    assert tracegen.load(trace_file) and tracegen.load(other)


def test_the_library_counts_the_model_files_too(model_dir):
    with pytest.raises(TracegenError, match="that is the input"):
        record("Hi", model=str(model_dir), output=model_dir / "config.json")


def test_a_new_file_in_the_model_directory_is_fine(model_dir, prompt):
    out = model_dir / "trace.json"
    result = invoke("record", "--prompt", prompt, "--model", model_dir, "-o", out, "--max-new-tokens", "1", "--quiet")
    assert result.exit_code == 0, result.output and tracegen.load(out)


# -- 2. serve --save only writes a trace it may replace --------------------------------------


def test_serve_save_refuses_its_prompt_and_its_model_files(model_dir, prompt):
    for argv, needle in (
        (["--prompt", prompt, "--save", prompt], "that is the input"),
        (["--save", model_dir / "config.json"], "that is the input"),
    ):
        one_line_error(invoke("serve", "--model", model_dir, "--no-browser", *argv), needle)
    assert prompt.read_text() == "Hi"


def test_serve_save_refuses_a_file_that_is_not_a_trace(tmp_path, model_dir, trace_file):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    for argv in (["--save", notes], ["--text", "Hi", "--save", notes]):
        one_line_error(invoke("serve", "--model", model_dir, "--no-browser", *argv), "is not a tracegen trace")
    assert notes.read_text() == "my notes"


def test_serve_with_trace_refuses_to_save_over_another_existing_file(tmp_path, model_dir, trace_file):
    other = tmp_path / "other.json"
    shutil.copy(trace_file, other)
    before = other.read_bytes()
    result = invoke("serve", "--model", model_dir, "--no-browser", "--trace", trace_file, "--save", other)
    one_line_error(result, "already exists and is not --trace")
    assert other.read_bytes() == before


def test_serve_save_refuses_another_models_trace(tmp_path, model_dir, tiny, trace_file):
    theirs = tmp_path / "theirs.json"
    trace = record("Hi", model=tiny, max_new_tokens=2)
    trace.model["name"] = "another-model"
    trace.save(theirs)
    before = theirs.read_bytes()
    one_line_error(invoke("serve", "--model", model_dir, "--no-browser", "--save", theirs), "recorded with model")
    one_line_error(invoke("serve", "--model", model_dir, "--no-browser", "--trace", trace_file, "--save", theirs),
                   "already exists")
    assert theirs.read_bytes() == before


def test_a_live_session_refuses_to_save_over_what_it_did_not_start_from(tmp_path, tiny, trace_file):
    from tracegen.live import LiveSession

    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(TracegenError, match="not a tracegen trace"):
        LiveSession(tiny, save=notes)
    with pytest.raises(TracegenError, match="already holds a trace"):
        LiveSession(tiny, save=trace_file)
    session = LiveSession(tiny, trace=tracegen.load(trace_file), save=trace_file)  # reopened: allowed
    session.close()
    assert notes.read_text() == "mine"


# -- 3. special files are never replaced -----------------------------------------------------


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "out.fifo"
    os.mkfifo(path)
    return path


def special_outputs(tmp_path: Path, fifo: Path) -> list[Path]:
    link = tmp_path / "to-fifo.json"
    link.symlink_to(fifo)
    null_link = tmp_path / "to-null.json"
    null_link.symlink_to("/dev/null")
    return [fifo, link, null_link, Path("/dev/null")]


def test_every_command_refuses_a_special_output_before_any_work(tmp_path, model_dir, prompt, trace_file, fifo):
    for out in special_outputs(tmp_path, fifo):
        commands = [
            ["record", "--prompt", prompt, "--model", model_dir, "-o", out],
            ["rescore", trace_file, "--model", model_dir, "-o", out],
            ["export", trace_file, "-o", out],
            ["figure", trace_file, "-o", out, "--format", "svg"],
            ["compare", trace_file, trace_file, "-o", out],
            ["import", RESPONSES, "--from", "openai-chat", "-o", out],
            ["serve", "--model", model_dir, "--save", out, "--no-browser"],
        ]
        for argv in commands:
            one_line_error(invoke(*argv), "not a regular file")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and (tmp_path / "to-fifo.json").is_symlink()


def test_a_fifo_named_like_a_gguf_is_not_a_regular_file(tmp_path, prompt):
    model = tmp_path / "x.gguf"
    os.mkfifo(model)
    result = invoke("record", "--prompt", prompt, "--model", model, "-o", tmp_path / "t.json")
    one_line_error(result, "not a regular file (a FIFO)")


def test_dash_writes_to_standard_output_where_documented(tmp_path, trace_file):
    runner = CliRunner()
    page = runner.invoke(main, ["export", str(trace_file), "-o", "-"])
    assert page.exit_code == 0 and page.stdout.startswith("<!doctype html>"), page.stderr
    assert not (tmp_path / "-").exists()
    svg = runner.invoke(main, ["figure", str(trace_file), "-o", "-"])
    assert svg.exit_code == 0 and "<svg" in svg.stdout, svg.stderr
    imported = runner.invoke(main, ["import", str(RESPONSES), "--from", "openai-chat", "-o", "-"])
    assert imported.exit_code == 0, imported.stderr
    assert loads(imported.stdout_bytes).runs
    compared = runner.invoke(main, ["compare", str(trace_file), str(trace_file), "-o", "-"])
    assert compared.exit_code == 0 and compared.stdout.startswith("<!doctype html>"), compared.stderr
    assert not (tmp_path / "-").exists()


def test_record_refuses_dash_in_one_line(prompt, model_dir):
    one_line_error(invoke("record", "--prompt", prompt, "--model", model_dir, "-o", "-"), "standard output")


def test_a_symlink_to_a_regular_file_stays_a_symlink(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_bytes_atomic(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"


# -- 4. permissions are kept ------------------------------------------------------------------


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mode=st.integers(0, 0o7777).filter(lambda m: m & 0o200 and not m & 0o6000))
def test_a_rewritten_file_keeps_its_mode(tmp_path, mode):
    path = tmp_path / "kept.json"
    path.write_text("old")
    path.chmod(mode)
    write_bytes_atomic(path, b"new")
    assert stat.S_IMODE(path.stat().st_mode) == mode and path.read_bytes() == b"new"
    path.chmod(0o644)
    path.unlink()


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        write_bytes_atomic(tmp_path / "new.json", b"{}")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == mode


def test_recording_over_a_private_trace_keeps_it_private(tmp_path, tiny):
    out = tmp_path / "private.json"
    record("Hi", model=tiny, max_new_tokens=1, output=out)
    out.chmod(0o600)
    record("Hello", model=tiny, max_new_tokens=1, output=out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@pytest.mark.skipif(os.geteuid() != 0 and len(os.getgroups()) < 2, reason="needs root or a user in two groups")
def test_a_rewritten_file_keeps_its_group_and_as_root_its_owner(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("old")
    root = os.geteuid() == 0
    owner = 4242 if root else os.geteuid()
    group = 4343 if root else next(g for g in os.getgroups() if g != os.getegid())
    os.chown(path, owner, group)
    path.chmod(0o2640 if root else 0o640)  # set-group-id too: chown would clear it, the mode comes last
    write_bytes_atomic(path, b"new")
    status = path.stat()
    assert (status.st_uid, status.st_gid) == (owner, group) and path.read_bytes() == b"new"
    assert stat.S_IMODE(status.st_mode) == (0o2640 if root else 0o640)


def test_check_output_names_the_kind_of_special_file(fifo):
    with pytest.raises(TracegenError, match=r"not a regular file \(a FIFO\)"):
        check_output(fifo)
    with pytest.raises(TracegenError, match=r"not a regular file \(a character device\)"):
        check_output("/dev/null")


# -- 5. every stop signal is Ctrl-C ------------------------------------------------------------


def signal_after_first_run(monkeypatch, sig: int) -> None:
    """Deliver ``sig`` to this process right after the first run finishes, as `timeout`,
    SLURM or a closed terminal would at some moment."""
    from tracegen.recording import progress

    def run_finished(self, run, done, total) -> None:
        os.kill(os.getpid(), sig)

    monkeypatch.setattr(progress.BarProgress, "run_finished", run_finished)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_record_stopped_by_a_signal_keeps_the_partial_trace_and_resumes(tmp_path, model_dir, monkeypatch, sig):
    prompts = tmp_path / "p.jsonl"
    prompts.write_text('{"prompt": "a"}\n{"prompt": "b"}\n{"prompt": "c"}\n')
    out = tmp_path / "t.json"
    with monkeypatch.context() as patched:
        signal_after_first_run(patched, sig)
        result = invoke("record", "--prompt", prompts, "-o", out, "--model", model_dir, "--max-new-tokens", "2")
    assert result.exit_code == 128 + sig, result.output
    assert "Interrupted: wrote the partial trace" in result.stderr and "--resume" in result.stderr
    assert [r.prompt for r in tracegen.load(out).runs] == ["a"]
    assert signal.getsignal(sig) is not None and signal.getsignal(sig) != signal.SIG_IGN  # handlers restored
    resumed = invoke("record", "--prompt", prompts, "-o", out, "--model", model_dir, "--max-new-tokens", "2",
                     "--resume", "--quiet")
    assert resumed.exit_code == 0, resumed.output
    assert [r.prompt for r in tracegen.load(out).runs] == ["a", "b", "c"]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_rescore_stopped_by_a_signal_keeps_the_partial_trace(tmp_path, model_dir, tiny, monkeypatch, sig):
    source = tmp_path / "src.json"
    record(["a", "b", "c"], model=tiny, max_new_tokens=2, output=source)
    out = tmp_path / "r.json"
    with monkeypatch.context() as patched:
        signal_after_first_run(patched, sig)
        result = invoke("rescore", source, "-o", out, "--model", model_dir)
    assert result.exit_code == 128 + sig, result.output
    assert "Interrupted" in result.stderr
    kept = tracegen.load(out)
    assert len(kept.runs) >= 1 and not all(r.complete for r in kept.runs) or len(kept.runs) < 3
    resumed = invoke("rescore", source, "-o", out, "--model", model_dir, "--resume", "--quiet")
    assert resumed.exit_code == 0, resumed.output
    assert all(r.complete for r in tracegen.load(out).runs) and len(tracegen.load(out).runs) == 3


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_import_stopped_by_a_signal_exits_without_a_traceback_or_a_file(tmp_path, monkeypatch, sig):
    from tracegen.importing import builder

    original = builder.import_responses

    def interrupted(*args, **kwargs):
        os.kill(os.getpid(), sig)
        return original(*args, **kwargs)

    monkeypatch.setattr("tracegen.importing.import_responses", interrupted)
    out = tmp_path / "t.json"
    result = invoke("import", RESPONSES, "--from", "openai-chat", "-o", out)
    assert result.exit_code == 128 + sig and "Traceback" not in result.output, result.output
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.integration
def test_the_installed_command_stopped_by_sigterm_keeps_the_partial_trace(tmp_path, tiny_dir):
    """As `timeout` or SLURM would: SIGTERM to the real process once a run is done."""
    prompts = tmp_path / "p.jsonl"
    prompts.write_text("".join(f'{{"prompt": "prompt {i}"}}\n' for i in range(3000)))
    out = tmp_path / "t.json"
    exe = str(Path(sys.executable).with_name("tracegen"))
    proc = subprocess.Popen([exe, "record", "--prompt", str(prompts), "--model", str(tiny_dir), "-o", str(out),
                             "--max-new-tokens", "32"], stderr=subprocess.PIPE, env={**os.environ,
                                                                                    "OMP_NUM_THREADS": "1"})
    try:
        seen = b""
        while b"run-3" not in seen:  # tqdm names each run's bar: run-1 and run-2 are done
            chunk = proc.stderr.read1(4096)  # type: ignore[union-attr]
            assert chunk, seen.decode(errors="replace")
            seen += chunk
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    text = (seen + err).decode(errors="replace")
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in text, text[-2000:]
    assert "Interrupted: wrote the partial trace" in text and "--resume" in text
    kept = tracegen.load(out)
    assert 2 <= len(kept.runs) < 3000 and kept.runs[0].complete


def test_a_hub_models_cached_snapshot_is_an_input(tmp_path, prompt, monkeypatch, tiny_dir):
    """A hub id reads its snapshot in the Hugging Face cache: none of its files is an output."""
    import huggingface_hub.constants

    cache = tmp_path / "hub"
    repo = cache / "models--someone--tiny"
    snapshot = repo / "snapshots" / ("a" * 40)
    shutil.copytree(tiny_dir, snapshot)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text("a" * 40)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(cache))
    target = snapshot / "config.json"
    before = target.read_bytes()
    one_line_error(invoke("record", "--prompt", prompt, "--model", "someone/tiny", "-o", target), "that is the input")
    assert target.read_bytes() == before


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_export_stopped_by_a_signal_writes_nothing_and_exits_like_ctrl_c(tmp_path, trace_file, monkeypatch, sig):
    from tracegen.export import page

    original = page.html_chunks

    def interrupted(*args, **kwargs):
        os.kill(os.getpid(), sig)
        return original(*args, **kwargs)

    monkeypatch.setattr(page, "html_chunks", interrupted)
    out = tmp_path / "t.html"
    result = invoke("export", trace_file, "-o", out)
    assert result.exit_code == 128 + sig and result.stderr.strip() == "Aborted.", result.output
    assert not out.exists() and not list(tmp_path.glob(".t.html.*"))
