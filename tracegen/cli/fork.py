"""``tracegen fork``: forking-paths analysis of prompts (or of a recorded result)."""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from .._inputs import read_continuation
from .backend_options import BackendChoice, BackendCommand, backend_options

KEEP_ROLLOUTS = ["none", "text", "tokens"]  # literal lists: --help should not import torch
DISTANCES = ["tv", "js", "l2"]


@click.command(cls=BackendCommand)
@click.argument("trace_file", required=False, metavar="[TRACE.json]")
@click.option("--prompt", "prompt_file", metavar="FILE", default=None,
              help="A text file (one prompt), a .jsonl file ({\"prompt\", \"id\", \"continuation\", \"answer\"} per "
                   "line), or - for stdin. Or give a TRACE.json and fork one of its results.")
@click.option("--run", "run_id", metavar="ID", default=None, help="With TRACE.json: the run (default: the first).")
@click.option("--result", type=click.IntRange(min=1), default=1, show_default=True,
              help="With TRACE.json: the result whose path is the base path (1 = the best).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Trace JSON file to write.")
@click.option("--corpus", "corpus_dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="With --prompt: write a corpus directory (Parquet) instead of --output, each prompt's run when "
                   "it is done; run again to continue (see docs/corpus.md).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="--corpus: prompts forked at once, each worker a process with its own backend.")
@click.option("--ray", "ray_address", metavar="auto|ADDRESS", default=None,
              help="--corpus: run the --workers as Ray actors (needs tracegen[ray]).")
@backend_options()
@click.option("--outcome", required=True, metavar="SPEC",
              help="regex:PATTERN, last-number, choice:A,B,C,D or python:MODULE:FUNCTION (text -> label or None).")
@click.option("--samples", type=click.IntRange(min=1), default=30, show_default=True, help="Rollouts per (t, w).")
@click.option("--min-prob", type=click.FloatRange(0, 1, min_open=True), default=0.05, show_default=True,
              help="Smallest probability of an alternative token.")
@click.option("--max-alternatives", type=click.IntRange(min=0), default=4, show_default=True,
              help="Most alternatives per position besides the base token.")
@click.option("--max-new-tokens", type=click.IntRange(min=1), default=32, show_default=True,
              help="Length of the greedy base path.")
@click.option("--rollout-tokens", type=click.IntRange(min=1), default=None,
              help="Most tokens per rollout (default: --max-new-tokens).")
@click.option("--temperature", type=click.FloatRange(0, min_open=True), default=1.0, show_default=True,
              help="Rollout sampling temperature.")
@click.option("--tau", type=click.FloatRange(0, 1, min_open=True), multiple=True, default=[0.3], show_default=True,
              help="Survival threshold on the outcome shift; repeat for several.")
@click.option("--distance", type=click.Choice(DISTANCES), default="tv", show_default=True,
              help="Distance between outcome distributions: total variation, Jensen-Shannon, L2.")
@click.option("--seed", type=int, default=0, show_default=True, help="Rollout seed.")
@click.option("--budget", type=click.IntRange(min=1), default=None,
              help="Most rollouts in all: positions where the base token is least certain first.")
@click.option("--keep-rollouts", type=click.Choice(KEEP_ROLLOUTS), default="text", show_default=True,
              help="What the trace keeps of each rollout besides its label and logprob.")
@click.option("--top-k", type=click.IntRange(min=1), default=10, show_default=True,
              help="Candidates recorded at every base-path node.")
@click.option("--chat", is_flag=True, help="Apply the tokenizer's chat template to each prompt.")
@click.option("--continuation", "continuation_file", type=click.Path(dir_okay=False), default=None,
              help="A text file with the base path to force instead of greedy (jsonl prompts carry their own).")
@click.option("--resume", is_flag=True, help="Complete the interrupted analysis at --output.")
@click.option("--quiet", is_flag=True, help="No progress output.")
def fork(trace_file, prompt_file, run_id, result, output, corpus_dir, workers, ray_address, backend: BackendChoice,
         outcome, samples,
         min_prob, max_alternatives, max_new_tokens, rollout_tokens, temperature, tau, distance, seed, budget,
         keep_rollouts, top_k, chat, continuation_file, resume, quiet):
    """Find the tokens where the model decides its answer (forking-paths analysis)."""
    from .._atomic import check_output
    from ..forking import fork as fork_trace
    from ..forking.progress import RolloutBar
    from ..recording.prompts import read_prompts

    if (trace_file is None) == (prompt_file is None):
        raise click.UsageError("give --prompt FILE or a TRACE.json to fork, not both")
    if trace_file is None and (run_id is not None or result != 1):
        raise click.UsageError("--run and --result need a TRACE.json")
    if (output is None) == (corpus_dir is None):
        raise click.UsageError("give one of -o/--output (a trace file) and --corpus (a corpus directory)")
    if corpus_dir is None and (workers != 1 or ray_address is not None):
        raise click.UsageError("--workers and --ray need --corpus")
    if corpus_dir is not None and trace_file is not None:
        raise click.UsageError("--corpus needs --prompt (a TRACE.json forks one result into -o)")
    if output is not None:
        check_output(output, inputs=[prompt_file, continuation_file, trace_file])
    prompts = None
    if prompt_file is not None:
        prompts = read_prompts(prompt_file)
        continuation = read_continuation(continuation_file)
        if continuation is not None:
            prompts = [replace(p, continuation=p.continuation or continuation) for p in prompts]
    elif continuation_file is not None:
        raise click.UsageError("--continuation needs --prompt (a TRACE.json's result is the base path)")
    if corpus_dir is not None:
        from .record_corpus import record_corpus_command

        assert prompts is not None  # --corpus with a TRACE.json is refused above

        record_corpus_command(prompts, corpus_dir, quiet=quiet, fork=True, workers=workers, ray=ray_address,
                              outcome=outcome, model=backend.model, backend=backend.name, samples=samples,
                              min_prob=min_prob, max_alternatives=max_alternatives, max_new_tokens=max_new_tokens,
                              rollout_tokens=rollout_tokens, temperature=temperature, tau=list(tau),
                              distance=distance, seed=seed, budget=budget, keep_rollouts=keep_rollouts, top_k=top_k,
                              chat=chat, resume=resume, backend_options=backend.options)
        return
    listener = RolloutBar(per_run=True, quiet=quiet)
    try:
        trace = fork_trace(prompts, trace=trace_file, run=run_id, result=result, outcome=outcome,
                           model=backend.model, backend=backend.name, samples=samples, min_prob=min_prob,
                           max_alternatives=max_alternatives, max_new_tokens=max_new_tokens,
                           rollout_tokens=rollout_tokens, temperature=temperature, tau=list(tau), distance=distance,
                           seed=seed, budget=budget, keep_rollouts=keep_rollouts, top_k=top_k, chat=chat,
                           output=output, resume=resume, on_progress=listener, progress=not quiet,
                           backend_options=backend.options)
    except KeyboardInterrupt:
        sys.exit(130)
    if not quiet:
        _report(trace, output)


def _report(trace, output: str) -> None:
    for run in trace.runs:
        result = run.fork
        if result is None:
            continue
        stats = result.data["stats"]
        done = sum(p["status"] == "done" for p in result.positions)
        rate = stats.get("rollouts_per_second")
        click.echo(f"{run.id}: {done} of {len(result.positions)} positions, {stats['rollouts']} rollouts in "
                   f"{stats['seconds']:.1f}s" + (f" ({rate:.1f}/s)" if rate else ""))
        skipped = len(result.positions) - done
        if result.data.get("budget") is not None and skipped:
            click.echo(f"  budget {result.data['budget']}: the {done} positions where the base token was least "
                       f"certain; {skipped} skipped")
        click.echo(f"  change points: {', '.join(map(str, result.change_points)) or 'none'}")
        if not result.forking_tokens:
            click.echo("  forking tokens: none beyond sampling noise")
        for item in result.forking_tokens[:10]:
            text = trace.tokens.get(item["token"], "?")
            click.echo(f"  forking token at {item['position']}: {text!r} p={item['probability']:.3f} "
                       f"shift {item['shift']:.2f} [{item['shift_low']:.2f}, {item['shift_high']:.2f}]")
    click.echo(f"Wrote {output}")


