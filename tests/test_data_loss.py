"""Nothing a user made is lost: complete traces, inputs, read-only files, concurrent selections,
live sessions killed mid-continue; and values that cannot be are refused before any work."""

from __future__ import annotations

import http.client
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from conftest import load_example
from live_helpers import call

import tracegen
from tracegen.cli import main
from tracegen.errors import ParameterError
from tracegen.live import LiveServer, LiveSession, create_app
from tracegen.recording import Progress, record
from tracegen.testing import tiny_model, tiny_tokenizer

EXE = str(Path(sys.executable).with_name("tracegen"))


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


class StopAfterFirstRun(Progress):
    """Ctrl-C, delivered deterministically: right after the first run finishes."""

    def __init__(self) -> None:
        self.stops: list[tuple[str, Path | None, str]] = []
        self.notes: list[str] = []

    def run_finished(self, run, done, total) -> None:
        raise KeyboardInterrupt

    def stopped(self, why, path, summary, resume_hint) -> None:
        self.stops.append((why, path, summary))

    def note(self, message) -> None:
        self.notes.append(message)


# -- interrupted recordings ----------------------------------------------------------------


def test_interrupting_a_recording_never_replaces_a_complete_trace(tmp_path, tiny):
    out = tmp_path / "t.json"
    record(["a", "b", "c", "d"], model=tiny, max_new_tokens=3, output=out)
    before = out.read_bytes()
    listener = StopAfterFirstRun()
    with pytest.raises(KeyboardInterrupt):
        record(["e", "f", "g"], model=tiny, max_new_tokens=3, output=out, on_progress=listener)
    assert out.read_bytes() == before  # the complete 4-run trace is untouched
    partial = tmp_path / "t.partial.json"
    assert listener.stops == [("Interrupted", partial, f"1 run, 4 nodes; {out} is unchanged")]
    kept = tracegen.load(partial)
    assert [r.prompt for r in kept.runs] == ["e"] and kept.runs[0].complete
    # a second interruption does not overwrite the first partial trace either
    with pytest.raises(KeyboardInterrupt):
        record(["h", "i"], model=tiny, max_new_tokens=3, output=out, on_progress=StopAfterFirstRun())
    assert (tmp_path / "t.partial-2.json").exists() and tracegen.load(partial).runs[0].prompt == "e"


def test_an_interrupted_recording_into_a_new_file_writes_it_and_resume_finishes_it(tmp_path, tiny):
    out = tmp_path / "t.json"
    with pytest.raises(KeyboardInterrupt):
        record(["a", "b", "c"], model=tiny, max_new_tokens=3, output=out, on_progress=StopAfterFirstRun())
    assert [r.prompt for r in tracegen.load(out).runs] == ["a"]
    trace = record(["a", "b", "c"], model=tiny, max_new_tokens=3, output=out, resume=True)
    assert [r.prompt for r in trace.runs] == ["a", "b", "c"] and all(r.complete for r in trace.runs)
    assert tracegen.load(out).runs[2].prompt == "c"


def test_a_cli_interruption_says_where_the_partial_trace_went(tmp_path, tiny_dir, monkeypatch):
    from tracegen.recording import progress

    out = tmp_path / "t.json"
    out.write_bytes(b"{}")  # something the user keeps; not even a trace
    monkeypatch.setattr(progress.BarProgress, "run_finished", StopAfterFirstRun.run_finished)
    (tmp_path / "p.jsonl").write_text('{"prompt": "a"}\n{"prompt": "b"}\n')
    result = invoke("record", "--prompt", str(tmp_path / "p.jsonl"), "-o", str(out), "--model", str(tiny_dir),
                    "--max-new-tokens", "2")
    assert result.exit_code == 130
    assert f"Interrupted: wrote the partial trace (1 run, 3 nodes; {out} is unchanged) to " \
           f"{tmp_path / 't.partial.json'}" in result.stderr
    assert out.read_bytes() == b"{}"


# -- outputs that would replace an input or a read-only file ------------------------------


@pytest.mark.parametrize("how", ["same", "relative", "symlink", "dotted"])
def test_record_refuses_to_write_over_its_own_prompt(tmp_path, tiny_dir, monkeypatch, how):
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("Hello")
    monkeypatch.chdir(tmp_path)
    output = {"same": str(prompt), "relative": "prompt.txt", "dotted": f"{tmp_path}/./sub/../prompt.txt",
              "symlink": str(tmp_path / "link.json")}[how]
    (tmp_path / "sub").mkdir()
    if how == "symlink":
        (tmp_path / "link.json").symlink_to(prompt)
    result = invoke("record", "--prompt", str(prompt), "-o", output, "--model", str(tiny_dir), "--quiet")
    assert result.exit_code == 1 and "that is the input" in result.stderr, result.output
    assert prompt.read_text() == "Hello"


def test_record_from_stdin_may_write_anywhere(tmp_path, tiny_dir):
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", "-", "-o", str(out), "--model", str(tiny_dir), "--max-new-tokens", "2",
                    "--quiet", input="Hi")
    assert result.exit_code == 0, result.output and tracegen.load(out).runs[0].prompt == "Hi"


@pytest.fixture
def read_only(tmp_path):
    path = tmp_path / "ro.out"
    path.write_text("mine")
    path.chmod(0o444)
    yield path
    path.chmod(0o644)


def test_every_command_leaves_a_read_only_file_alone(tmp_path, tiny_dir, tiny, read_only):
    trace = tmp_path / "t.json"
    record("Hi", model=tiny, max_new_tokens=2, output=trace)
    (tmp_path / "p.txt").write_text("Hi")
    responses = Path(__file__).parent / "data" / "openai-chat.json"
    commands = [
        ["record", "--prompt", str(tmp_path / "p.txt"), "--model", str(tiny_dir), "-o", str(read_only)],
        ["export", str(trace), "-o", str(read_only)],
        ["import", str(responses), "--from", "openai-chat", "-o", str(read_only)],
        ["serve", "--model", str(tiny_dir), "--save", str(read_only), "--no-browser"],
    ]
    for argv in commands:
        result = invoke(*argv)
        assert result.exit_code == 1 and "read-only" in result.stderr, (argv, result.output)
        assert read_only.read_text() == "mine" and (read_only.stat().st_mode & 0o777) == 0o444, argv


# -- the seed-compatible server under concurrent first requests ----------------------------


def test_concurrent_first_selects_share_one_session_and_are_all_applied():
    tokenizer, model = tiny_tokenizer(), tiny_model()
    app = load_example().InteractiveGenerationServer(__name__, tokenizer, model, "Once upon a time", 8)
    server = LiveServer(app.app, host="127.0.0.1", port=0).start()
    try:
        deadline = time.monotonic() + 10
        while call(server, "GET", "/")[0] != 200:  # the page: touches no session
            assert time.monotonic() < deadline
        words = [tokenizer.convert_ids_to_tokens(i) for i in range(65, 65 + 32)]
        with ThreadPoolExecutor(32) as pool:
            replies = list(pool.map(lambda w: call(server, "POST", "/select", {"token": w}), words))
        assert [status for status, _, _ in replies] == [200] * 32
        _, _, trace = call(server, "GET", "/api/trace")
        (run,) = trace["runs"]
        assert len(run["nodes"]) == 33  # root + one node per selection, each on top of the last
        assert sorted(n["token"] for n in run["nodes"][1:]) == list(range(65, 65 + 32))
        assert max(len(r["text"]) for r in run["results"]) == 32
    finally:
        server.shutdown()


# -- a live session survives its process ---------------------------------------------------


@pytest.mark.slow
@pytest.mark.integration
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_serve_save_keeps_every_node_when_stopped_mid_continue(tmp_path, sig):
    saved = tmp_path / "session.json"
    proc = subprocess.Popen([EXE, "serve", "--text", "Once upon a time", "--save", str(saved), "--port", "0",
                             "--no-browser"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        port = int(line.split("http://127.0.0.1:")[1].split("/")[0])
        reply: dict = {}

        def long_continue() -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            conn.request("POST", "/api/continue", body=orjson.dumps({"run": "run-1", "node": 0, "steps": 512}),
                         headers={"Content-Type": "application/json"})
            reply.update(orjson.loads(conn.getresponse().read()))

        worker = threading.Thread(target=long_continue)
        worker.start()
        time.sleep(3)  # a few dozen of the 512 steps
        proc.send_signal(sig)
        worker.join(timeout=60)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    made = reply["nodes"]
    assert 0 < len(made) < 512  # cut short, and answered with what it made
    run = tracegen.load(saved).run("run-1")
    assert {(n.id, n.token) for n in run.nodes} >= {(n["id"], n["token"]) for n in made}
    assert len(run.nodes) == 1 + len(made)
    # reopened, it keeps growing
    session = LiveSession(tracegen.load_model(progress=False), trace=tracegen.load(saved), save=saved)
    try:
        last = made[-1]["id"]
        session.continue_("run-1", last, 2)
    finally:
        session.close()
    assert len(tracegen.load(saved).run("run-1").nodes) == len(run.nodes) + 2


# -- values that cannot be -----------------------------------------------------------------


@pytest.mark.parametrize("argv,message", [
    (["--strategy", "sample", "--temperature", "nan"], "--temperature must be a finite number greater than 0"),
    (["--strategy", "sample", "--temperature", "inf"], "--temperature must be a finite number greater than 0"),
    (["--strategy", "sample", "--temperature", "0"], "--temperature must be a finite number greater than 0"),
    (["--strategy", "sample", "--top-p", "nan"], "--top-p must be in (0, 1]"),
    (["--strategy", "beam", "--length-penalty", "nan"], "--length-penalty must be a finite number between -10 and 10"),
    (["--strategy", "beam", "--length-penalty", "-inf"], "--length-penalty must be a finite number between -10 and 10"),
])
def test_float_options_that_cannot_be_are_refused_before_any_work(tmp_path, tiny_dir, argv, message):
    (tmp_path / "p.txt").write_text("Hi")
    out = tmp_path / "t.json"
    result = invoke("record", "--prompt", str(tmp_path / "p.txt"), "-o", str(out), "--model", str(tiny_dir), *argv)
    assert result.exit_code == 1 and result.stderr == f"Error: {message}\n", result.output
    assert not out.exists()


def test_a_vanishing_temperature_samples_greedily(tiny):
    greedy = record("Hello", model=tiny, max_new_tokens=8)
    cold = record("Hello", model=tiny, strategy="sample", temperature=1e-300, max_new_tokens=8, num_samples=2)
    want = greedy.runs[0].results[0].text
    assert [r.text for r in cold.runs[0].results] == [want, want]


def test_live_mode_names_api_fields_and_takes_a_vanishing_temperature(tiny):
    session = LiveSession(tiny, top_k=3)
    try:
        session.new_run("Hello")
        reply = session.continue_("run-1", 0, 3, mode="sample", temperature=1e-300)
        assert len(reply["nodes"]) == 3 and all(n["rank"] == 0 for n in reply["nodes"])
        with pytest.raises(ParameterError, match="^top_p must be in"):
            session.continue_("run-1", 0, 3, mode="sample", top_p=0)
        with pytest.raises(ParameterError, match="^temperature must be"):
            session.continue_("run-1", 0, 3, mode="sample", temperature=float("nan"))
    finally:
        session.close()


def test_top_k_beyond_the_vocabulary_is_clamped_with_a_note(tiny):
    listener = StopAfterFirstRun()
    listener.run_finished = lambda run, done, total: None  # type: ignore[method-assign]
    trace = record("Hi", model=tiny, max_new_tokens=2, top_k=10**6, on_progress=listener)
    vocab = tiny.vocab_size
    assert trace.runs[0].top_k == vocab and len(trace.runs[0].root.top) == vocab
    assert listener.notes == [f"top_k 1000000 is larger than the vocabulary; recording all {vocab} tokens"]


def test_a_live_prompt_that_leaves_room_for_one_token_is_expanded_once(tiny):
    session = LiveSession(tiny, top_k=3)
    limit = session.backend.max_positions
    try:
        full = "x" * limit  # the tiny byte-level tokenizer: one token per character
        app = create_app(session)
        client = app.test_client()
        refused = client.post("/api/runs", json={"prompt": full})
        assert refused.status_code == 400 and "no room for a next token" in refused.get_json()["error"]
        run = client.post("/api/runs", json={"prompt": full[:-1]}).get_json()["run"]
        token = run["nodes"][0]["top"][0][0]
        first = client.post("/api/expand", json={"run": run["id"], "node": 0, "token": token})
        assert first.status_code == 200 and first.get_json()["node"]["top"] is not None
        again = client.post("/api/expand", json={"run": run["id"], "node": first.get_json()["node"]["id"],
                                                 "token": token})
        assert again.status_code == 400 and "context is full" in again.get_json()["error"]
    finally:
        session.close()

