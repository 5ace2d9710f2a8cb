"""``tracegen rescore``: an existing trace evaluated under another model."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .backend_options import BackendChoice, BackendCommand, backend_options
from .stopping import interrupted_status


@click.command(cls=BackendCommand)
@click.argument("trace", metavar="TRACE", type=click.Path())
@click.option("-o", "--output", required=True, type=click.Path(),
              help="Rescored trace JSON file to write; with a corpus as TRACE, a new corpus directory unless it "
                   "ends in .json.")
@backend_options()
@click.option("--top-k", type=click.IntRange(min=1), default=None,
              help="Candidates recorded per node [default: each run's own top_k].")
@click.option("--resume", is_flag=True, help="Finish the interrupted rescoring at --output.")
@click.option("--quiet", is_flag=True, help="No progress output.")
def rescore(trace, output, backend: BackendChoice, top_k, resume, quiet):
    """Evaluate every node of TRACE under another model with the same tokenizer: same runs,
    nodes and tokens, that model's distributions, logprobs and ranks."""
    from ..recording.progress import BarProgress
    from ..rescoring import rescore as rescore_trace

    if Path(trace).is_dir() and not output.endswith(".json"):
        from .record_corpus import rescore_corpus_command

        rescore_corpus_command(trace, output, quiet=quiet, model=backend.model, backend=backend.name, top_k=top_k,
                               resume=resume, backend_options=backend.options)
        return
    listener = BarProgress(per_run=not backend.declaration.capabilities.concurrent_runs, quiet=quiet)
    try:
        result = rescore_trace(trace, model=backend.model, backend=backend.name, top_k=top_k,
                               output=output, resume=resume, on_progress=listener,
                               progress=not quiet, backend_options=backend.options)
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
