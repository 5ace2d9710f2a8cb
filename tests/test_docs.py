"""Docs stay honest: every CLI option appears in the README, the format doc names every field."""

from __future__ import annotations

from pathlib import Path

import click
import orjson
import pytest

from tracegen.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
FORMAT_DOC = (ROOT / "docs" / "trace-format.md").read_text()


def _options(command: click.Command) -> list[click.Option]:
    """A command's visible options, as it parses them (backend flags come from the backend table)."""
    params = command.get_params(click.Context(command, info_name=command.name))
    return [p for p in params if isinstance(p, click.Option) and not p.hidden and "--help" not in p.opts]


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_and_option_is_in_the_readme(command):
    assert f"tracegen {command}" in README
    for param in _options(main.commands[command]):
        longest = max(param.opts, key=len)
        assert longest in README, f"{longest} of 'tracegen {command}' is not documented in README.md"


def _fields(trace: dict) -> set[str]:
    """Every key a trace file uses: top level, model, runs, stats, nodes and results."""
    fields = set(trace) | set(trace["model"])
    for run in trace["runs"]:
        fields |= set(run) | set(run.get("stats", {})) | set(run["strategy"])
        fields |= {k for n in run["nodes"] for k in n} | {k for r in run["results"] for k in r}
    return fields


def _fresh_traces(tiny) -> list[dict]:
    """Traces as this tracegen writes them today: every strategy recorded on the tiny model, a
    live session, and every documented import shape (top-k only)."""
    from tests.test_import import DATA, FIXTURES
    from tracegen.importing import import_responses
    from tracegen.live import LiveSession
    from tracegen.recording import record

    params = {"greedy": {}, "sample": {"num_samples": 2}, "beam": {"num_beams": 2},
              "branch": {"max_nodes": 6}, "forced": {"continuation": " there"}}
    traces = [orjson.loads(record("Hi", model=tiny, strategy=name, max_new_tokens=4, top_k=3, **extra).dumps())
              for name, extra in params.items()]
    session = LiveSession(tiny, top_k=3)
    run = session.new_run("Hi")["run"]
    session.continue_(run["id"], 0, 3)
    traces.append(orjson.loads(session.dumps()))
    session.close()
    traces += [orjson.loads(import_responses(DATA / name, shape).dumps()) for name, shape in FIXTURES.items()]
    return traces


def test_format_doc_names_every_field_the_writer_emits(tiny):
    fields = set().union(*(_fields(t) for t in _fresh_traces(tiny)))
    missing = sorted(f for f in fields if f"`{f}`" not in FORMAT_DOC)
    assert not missing, f"fields not documented in docs/trace-format.md: {missing}"


def test_the_example_trace_is_current():
    from tracegen.trace import VERSION, load

    trace = load(ROOT / "examples" / "sample-trace.json")
    assert orjson.loads((ROOT / "examples" / "sample-trace.json").read_bytes())["version"] == VERSION
    assert trace.runs and all(run.complete for run in trace.runs)


HELP = ROOT / "tests" / "data" / "cli-help.txt"


def _help_pins() -> str:
    """`tracegen --help`'s command list and each command's option list, one line each."""
    lines = ["tracegen: " + " ".join(sorted(main.commands))]
    for name in sorted(main.commands):
        options = sorted(max(p.opts, key=len) for p in _options(main.commands[name]))
        lines.append(f"tracegen {name}: " + " ".join(options))
    return "\n".join(lines) + "\n"


def test_commands_and_options_are_pinned():
    """Commands and flags are the public interface: a change here is deliberate (update the pin)."""
    assert _help_pins() == HELP.read_text(), "regenerate with: python -c 'from tests.test_docs import " \
        "_help_pins; print(_help_pins(), end=\"\")' > tests/data/cli-help.txt"


def test_the_api_and_viewer_docs_name_the_current_trace_format() -> None:
    """The README said /api/trace serves format v2 after the format moved on (issue 21)."""
    from tracegen.trace import VERSION

    readme = (ROOT / "README.md").read_text()
    [api] = [line for line in readme.splitlines() if line.startswith("| `GET /api/trace` |")]
    assert f"v{VERSION}" in api, api
    viewer = (ROOT / "docs" / "viewer.md").read_text()
    assert f"format v1 to v{VERSION}," in viewer
