"""``tracegen convert``: a trace file to a corpus directory, or a corpus to a trace file."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("source", type=click.Path(path_type=Path))
@click.argument("target", type=click.Path(path_type=Path))
def convert(source: Path, target: Path) -> None:
    """Convert SOURCE to TARGET: a trace JSON file to a new corpus directory, or a corpus to a trace file."""
    from ..corpus import is_corpus, load_corpus, trace_to_corpus
    from ..errors import TracegenError
    from ..trace import load

    if source.is_dir():
        if not is_corpus(source):
            raise TracegenError(f"{source}: a directory but not a corpus (no manifest.json)")
        from .._atomic import check_output

        check_output(target)
        trace = load_corpus(source).to_trace()
        trace.save(target)
        runs = len(trace.runs)
    else:
        trace = load(source)
        trace_to_corpus(trace, target)
        runs = len(trace.runs)
    click.echo(f"Wrote {target} ({runs} run{'s' * (runs != 1)})")
