"""``tracegen import``: saved API responses with logprobs, as a trace."""

from __future__ import annotations

import click

from .._atomic import check_output, is_stdout, write_output
from ..importing.responses import FORMATS
from .text import TEXT


@click.command("import")
@click.argument("file", metavar="FILE")
@click.option("--from", "source_format", required=True, type=click.Choice(FORMATS),
              help="The API the responses come from.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="Trace JSON file to write, - for standard output.")
@click.option("--tokenizer", "tokenizer_spec", metavar="SPEC", default=None,
              help="Hugging Face id, model directory or .gguf whose tokenizer maps token texts to ids "
                   "(default: tokens without a source id are unmapped, ids below 0).")
@click.option("--model-name", type=TEXT, default=None, help="The trace's model name [default: the responses' \"model\"].")
def import_responses(file: str, source_format: str, output: str, tokenizer_spec: str | None,
                     model_name: str | None) -> None:
    """Convert saved API responses with logprobs (JSON or JSONL FILE, - for stdin) into a trace."""
    from ..backends.model_files import spec_files
    from ..importing import import_responses as convert

    if not is_stdout(output):
        check_output(output, inputs=[file, *(spec_files(tokenizer_spec) if tokenizer_spec else [])])
    trace = convert(file, source_format, tokenizer=tokenizer_spec, model_name=model_name)
    if is_stdout(output):
        trace.validate(source="the imported trace")
        write_output(output, trace.dumps())
        return
    path = trace.save(output)
    nodes = sum(len(r.nodes) for r in trace.runs)
    click.echo(f"Wrote {path} ({len(trace.runs)} run{'s' * (len(trace.runs) != 1)}, {nodes} nodes)")
