"""``tracegen compare``: two traces of the same contexts, figure by figure."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .._atomic import check_output, is_stdout
from .text import TEXT


@click.command()
@click.argument("a", metavar="A", type=click.Path())
@click.argument("b", metavar="B", type=click.Path())
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write the comparison as one self-contained HTML page here (- for standard output).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the comparison as JSON (the page's data: per-node figures and summary) instead of the summary.")
@click.option("--title", type=TEXT, default=None, help="Page title [default: both model names].")
def compare(a, b, output, as_json, title):
    """Compare two traces of the same contexts node by node: KL, JS, TV, Δ logprob, top-1 agreement.

    B is typically A rescored by another model (tracegen rescore A -o B); the summary is per
    run and overall. A or B may be a corpus directory: runs are paired by id."""
    from ..comparison import compare as compare_traces
    from ..comparison import report, write_compare_html

    if output is not None and is_stdout(output) and as_json:
        raise click.UsageError("-o - and --json both write to standard output; choose one")
    if output is not None and not is_stdout(output):
        check_output(output, inputs=[a, b])
    if output is None and not as_json and (Path(a).is_dir() or Path(b).is_dir()):
        from ..corpus.comparing import compare_summaries

        click.echo(report(compare_summaries(a, b)))  # run by run: the summary needs no node kept
        return
    comparison = compare_traces(a, b)
    if output is not None:
        write_compare_html(comparison, output, title=title)
    if is_stdout(output):
        return
    if as_json:
        sys.stdout.buffer.write(comparison.dumps() + b"\n")
        sys.stdout.buffer.flush()
    else:
        click.echo(report(comparison))
    if output is not None:
        click.echo(f"Wrote {output}", err=as_json)
