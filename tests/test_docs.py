"""Docs stay honest: every CLI option appears in the README, the format doc names every field."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from tracegen.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
FORMAT_DOC = (ROOT / "docs" / "trace-format.md").read_text()


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_and_option_is_in_the_readme(command):
    assert f"tracegen {command}" in README
    for param in main.commands[command].params:
        if isinstance(param, click.Option) and param.name != "help":
            longest = max(param.opts, key=len)
            assert longest in README, f"{longest} of 'tracegen {command}' is not documented in README.md"


def test_format_doc_names_every_field_the_writer_emits():
    import orjson

    trace = orjson.loads((ROOT / "examples" / "sample-trace.json").read_bytes())
    run = trace["runs"][0]
    fields = set(trace) | set(run) | {k for n in run["nodes"] for k in n} | {k for r in run["results"] for k in r}
    for field in fields:
        assert f"`{field}`" in FORMAT_DOC, f"field {field!r} is not documented in docs/trace-format.md"
