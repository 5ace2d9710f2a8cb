"""``tracegen import``: saved API responses with logprobs, as a trace."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..errors import TracegenError
from ..importing.responses import FORMATS


@click.command("import")
@click.argument("file", metavar="FILE")
@click.option("--from", "source_format", required=True, type=click.Choice(FORMATS),
              help="The API the responses come from.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Trace JSON file to write.")
@click.option("--tokenizer", "tokenizer_spec", metavar="SPEC", default=None,
              help="Hugging Face id, model directory or .gguf whose tokenizer maps token texts to ids "
                   "(default: tokens without a source id are unmapped, ids below 0).")
@click.option("--model-name", default=None, help="The trace's model name [default: the responses' \"model\"].")
def import_responses(file: str, source_format: str, output: str, tokenizer_spec: str | None,
                     model_name: str | None) -> None:
    """Convert saved API responses with logprobs (JSON or JSONL FILE, - for stdin) into a trace."""
    from ..importing import import_responses as convert

    out = Path(output)
    _check_output(Path(file), out)
    trace = convert(file, source_format, tokenizer=tokenizer_spec, model_name=model_name)
    path = trace.save(out)
    nodes = sum(len(r.nodes) for r in trace.runs)
    click.echo(f"Wrote {path} ({len(trace.runs)} run{'s' * (len(trace.runs) != 1)}, {nodes} nodes)")


def _check_output(source: Path, out: Path) -> None:
    """Fail before any work when the trace cannot be written, or would replace the responses."""
    directory = out.parent if str(out.parent) else Path(".")
    if not directory.is_dir():
        raise TracegenError(f"{out}: directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise TracegenError(f"{out}: directory {directory} is not writable")
    if str(source) != "-" and source.exists() and out.exists() and source.resolve() == out.resolve():
        raise TracegenError(f"{out}: that is the responses file; write the trace elsewhere")
