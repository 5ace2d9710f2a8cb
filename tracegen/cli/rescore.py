"""``tracegen rescore``: an existing trace evaluated under another model."""

from __future__ import annotations

import sys

import click

from .backend_options import backend_options, open_options
from .stopping import interrupted_status


@click.command()
@click.argument("trace", metavar="TRACE", type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Rescored trace JSON file to write.")
@backend_options
@click.option("--top-k", type=click.IntRange(min=1), default=None,
              help="Candidates recorded per node [default: each run's own top_k].")
@click.option("--resume", is_flag=True, help="Finish the interrupted rescoring at --output.")
@click.option("--quiet", is_flag=True, help="No progress output.")
def rescore(trace, output, model_spec, backend, device, dtype, top_k, resume, quiet, **backend_values):
    """Evaluate every node of TRACE under another model with the same tokenizer: same runs,
    nodes and tokens, that model's distributions, logprobs and ranks."""
    from ..recording.progress import BarProgress
    from ..rescoring import rescore as rescore_trace

    options = open_options(backend, device=device, dtype=dtype, **backend_values)
    listener = BarProgress(per_run=backend != "openai", quiet=quiet)
    try:
        result = rescore_trace(trace, model=model_spec, backend=backend, top_k=top_k, output=output, resume=resume,
                               on_progress=listener, progress=not quiet, device=device, dtype=dtype,
                               backend_options=options)
    except KeyboardInterrupt:
        sys.exit(interrupted_status())
    if not quiet:
        runs, nodes = len(result.runs), sum(len(r.nodes) for r in result.runs)
        line = f"Wrote {output} ({runs} run{'s' * (runs != 1)}, {nodes} nodes"
        unscored = sum(1 for r in result.runs for n in r.nodes if "unscored" in n.extra)
        if unscored:
            line += f"; {unscored} could not be rescored: their context holds a token known only by its text, " \
                    "or their run has no prompt"
        click.echo(line + ")")
