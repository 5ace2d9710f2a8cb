"""``tracegen import``: saved API responses with logprobs, as a trace."""

from __future__ import annotations

import click

from .._atomic import check_output
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

    out = check_output(output, inputs=[file])
    trace = convert(file, source_format, tokenizer=tokenizer_spec, model_name=model_name)
    path = trace.save(out)
    nodes = sum(len(r.nodes) for r in trace.runs)
    click.echo(f"Wrote {path} ({len(trace.runs)} run{'s' * (len(trace.runs) != 1)}, {nodes} nodes)")
