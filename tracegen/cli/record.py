"""``tracegen record``: explore prompts with a model and write a trace."""

from __future__ import annotations

import sys

import click

from .._inputs import read_continuation
from ..recording.prompts import read_prompts
from .backend_options import BackendChoice, BackendCommand, backend_options
from .stopping import interrupted_status

# A literal list rather than an import: --help should not import torch (tests keep it in sync).
STRATEGY_NAMES = ["greedy", "sample", "beam", "branch", "forced"]


@click.command(cls=BackendCommand)
@click.option("--prompt", "prompt_file", required=True, metavar="FILE",
              help="A text file (one prompt), a .jsonl file ({\"prompt\", \"id\", \"continuation\"} per line), or - for stdin.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Trace JSON file to write.")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="Write a corpus directory (Parquet) instead of --output: each run as it finishes; "
                   "run again to continue (see docs/corpus.md).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="--corpus: recorders at once, each a process with its own backend (the CPU threads split).")
@click.option("--ray", "ray_address", metavar="auto|ADDRESS", default=None,
              help="--corpus: run the --workers recorders as Ray actors (auto: this machine's cluster or a "
                   "local one; needs tracegen[ray]).")
@backend_options()
@click.option("--resume", is_flag=True,
              help="Continue the incomplete trace at --output (keep its finished runs and nodes), or the corpus.")
@click.option("--chat", is_flag=True, help="Apply the tokenizer's chat template to each prompt.")
@click.option("--strategy", type=click.Choice(STRATEGY_NAMES), default="greedy", show_default=True)
@click.option("--max-new-tokens", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--top-k", type=click.IntRange(min=1), default=10, show_default=True,
              help="Candidates recorded at every step.")
@click.option("--temperature", type=float, default=1.0, show_default=True, help="sample: logits temperature.")
@click.option("--top-p", type=float, default=1.0, show_default=True, help="sample: nucleus mass.")
@click.option("--seed", type=int, default=0, show_default=True, help="sample: random seed.")
@click.option("--num-samples", type=click.IntRange(min=1), default=1, show_default=True, help="sample: continuations.")
@click.option("--num-beams", type=click.IntRange(min=1), default=4, show_default=True, help="beam: beam width.")
@click.option("--length-penalty", type=float, default=1.0, show_default=True, help="beam: length penalty exponent.")
@click.option("--early-stopping", type=click.Choice(["false", "true", "never"]), default="false", show_default=True,
              help="beam: when to stop (as in transformers).")
@click.option("--branch-width", type=click.IntRange(min=1), default=3, show_default=True,
              help="branch: children per node.")
@click.option("--min-prob", type=click.FloatRange(0, 1), default=0.05, show_default=True,
              help="branch: smallest probability of a child.")
@click.option("--max-depth", type=click.IntRange(min=1), default=None, help="branch: depth (default --max-new-tokens).")
@click.option("--max-nodes", type=click.IntRange(min=2), default=200, show_default=True, help="branch: node budget.")
@click.option("--continuation", "continuation_file", type=click.Path(dir_okay=False), default=None,
              help="forced: text file with the continuation to force (jsonl prompts carry their own).")
@click.option("--quiet", is_flag=True, help="No progress output.")
def record(prompt_file, output, corpus_dir, workers, ray_address, backend: BackendChoice, resume, chat,
           strategy, max_new_tokens, top_k, temperature, top_p, seed, num_samples, num_beams, length_penalty,
           early_stopping, branch_width, min_prob, max_depth, max_nodes, continuation_file, quiet):
    """Record the top-k next-token distributions along the continuations of prompts."""
    from .._atomic import check_output
    from ..recording import BarProgress
    from ..recording import record as record_trace

    if (output is None) == (corpus_dir is None):
        raise click.UsageError("give one of -o/--output (a trace file) and --corpus (a corpus directory)")
    if corpus_dir is None and (workers != 1 or ray_address is not None):
        raise click.UsageError("--workers and --ray need --corpus")
    if output is not None:
        check_output(output, inputs=[prompt_file, continuation_file])
    params = {
        "greedy": {},
        "sample": {"temperature": temperature, "top_p": top_p, "seed": seed, "num_samples": num_samples},
        "beam": {"num_beams": num_beams, "length_penalty": length_penalty,
                 "early_stopping": {"true": True, "false": False, "never": "never"}[early_stopping]},
        "branch": {"branch_width": branch_width, "min_prob": min_prob, "max_depth": max_depth,
                   "max_nodes": max_nodes},
        "forced": {"continuation": read_continuation(continuation_file)},
    }[strategy]
    if corpus_dir is not None:
        from .record_corpus import record_corpus_command

        record_corpus_command(read_prompts(prompt_file), corpus_dir, workers=workers, ray=ray_address, quiet=quiet,
                              model=backend.model, backend=backend.name, strategy=strategy, top_k=top_k,
                              max_new_tokens=max_new_tokens, chat=chat, resume=resume,
                              backend_options=backend.options, **params)
        return
    listener = BarProgress(per_run=not backend.declaration.capabilities.concurrent_runs, quiet=quiet)
    try:
        trace = record_trace(read_prompts(prompt_file), model=backend.model, backend=backend.name, strategy=strategy,
                             top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, output=output, resume=resume,
                             on_progress=listener, progress=not quiet, backend_options=backend.options,
                             **params)
    except KeyboardInterrupt:
        sys.exit(interrupted_status())
    if not quiet:
        _report(trace, output)


def _report(trace, output: str) -> None:
    runs, nodes = len(trace.runs), sum(len(r.nodes) for r in trace.runs)
    if trace.model.get("backend") == "openai":
        retokenized = sum(1 for r in trace.runs for n in r.nodes if n.extra.get("retokenized"))
        if retokenized:
            click.echo(f"Note: the server takes text prompts only; {retokenized} contexts would tokenize differently "
                       "from their recorded tokens, so the server saw a different tokenization there", err=True)
    click.echo(f"Wrote {output} ({runs} run{'s' * (runs != 1)}, {nodes} nodes)")
