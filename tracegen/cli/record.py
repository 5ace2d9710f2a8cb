"""``tracegen record``: explore prompts with a model and write a trace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..errors import TracegenError
from ..recording.prompts import read_prompts

# Literal choices rather than imports: importing torch costs seconds, and `tracegen --help`
# or `tracegen export` should not pay for it. tests/test_cli_record.py keeps them in sync.
DEVICES = ["auto", "cpu", "cuda", "mps"]
DTYPES = ["bfloat16", "float16", "float32"]
STRATEGY_NAMES = ["greedy", "sample", "beam", "branch", "forced"]
BACKENDS = ["transformers", "openai"]


def _early_stopping(value: str) -> bool | str:
    return {"true": True, "false": False, "never": "never"}[value]


@click.command()
@click.option("--prompt", "prompt_file", required=True, metavar="FILE",
              help="A text file (one prompt), a .jsonl file ({\"prompt\", \"id\", \"continuation\"} per line), or - for stdin.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Trace JSON file to write.")
@click.option("--model", "model_spec", metavar="SPEC", default=None,
              help="Hugging Face id, local model directory or .gguf file (default: the embedded SmolLM2-135M-Instruct); "
                   "with --backend openai, the served model's name (default: the server's first).")
@click.option("--backend", type=click.Choice(BACKENDS), default="transformers", show_default=True,
              help="Run the model here, or ask an OpenAI-compatible server (vLLM, llama.cpp, TGI).")
@click.option("--base-url", metavar="URL", default=None, help="openai: the server, e.g. http://127.0.0.1:8000/v1.")
@click.option("--tokenizer", "tokenizer_spec", metavar="SPEC", default=None,
              help="openai: the served model's tokenizer (hub id, directory or .gguf; default: --model).")
@click.option("--api-key-env", metavar="VAR", default=None,
              help="openai: environment variable that holds the API key (never recorded).")
@click.option("--concurrency", type=click.IntRange(min=1), default=4, show_default=True,
              help="openai: requests in flight at most (prompts and tree levels go out together).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="openai: seconds per request.")
@click.option("--retries", type=click.IntRange(min=0), default=5, show_default=True,
              help="openai: retries with backoff after 429, 5xx, timeouts.")
@click.option("--prompt-format", type=click.Choice(["auto", "ids", "text"]), default="auto", show_default=True,
              help="openai: send contexts as token ids (token-exact) or text; auto: ids if the server takes them.")
@click.option("--resume", is_flag=True,
              help="Continue the incomplete trace at --output: keep its finished runs and nodes.")
@click.option("--device", type=click.Choice(DEVICES), default="auto", show_default=True)
@click.option("--dtype", type=click.Choice(DTYPES), default=None, help="Default: float32 on CPU.")
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
def record(prompt_file, output, model_spec, backend, base_url, tokenizer_spec, api_key_env, concurrency, timeout,
           retries, prompt_format, resume, device, dtype, chat, strategy, max_new_tokens, top_k, temperature,
           top_p, seed, num_samples, num_beams, length_penalty, early_stopping, branch_width, min_prob,
           max_depth, max_nodes, continuation_file, quiet):
    """Record the top-k next-token distributions along the continuations of prompts."""
    from ..recording.recorder import Recorder, make_strategy

    if backend == "openai" and not base_url:
        raise click.UsageError("--backend openai needs --base-url")
    if backend != "openai":
        for name, value in [("--base-url", base_url), ("--tokenizer", tokenizer_spec), ("--api-key-env", api_key_env)]:
            if value is not None:
                raise click.UsageError(f"{name} needs --backend openai")

    prompts = read_prompts(prompt_file)
    params = {
        "greedy": {},
        "sample": {"temperature": temperature, "top_p": top_p, "seed": seed, "num_samples": num_samples},
        "beam": {"num_beams": num_beams, "length_penalty": length_penalty,
                 "early_stopping": _early_stopping(early_stopping)},
        "branch": {"branch_width": branch_width, "min_prob": min_prob, "max_depth": max_depth,
                   "max_nodes": max_nodes},
        "forced": {},
    }[strategy]
    if strategy == "forced":
        continuation = _read_continuation(continuation_file)
        missing = [p for p in prompts if p.continuation is None and continuation is None]
        if missing:
            raise TracegenError("the forced strategy needs --continuation FILE (or a \"continuation\" per jsonl line)")
        strategies = [make_strategy("forced", continuation=p.continuation or continuation) for p in prompts]
    else:
        strategies = [make_strategy(strategy, **params)] * len(prompts)
    out = Path(output)
    _check_writable(out)
    previous = _previous(out) if resume else None

    bar = None
    if backend == "openai":
        from ..backends.openai import connect

        api_key = _api_key(api_key_env)
        bar = _RequestBar(disable=quiet)
        try:
            model, engine = connect(base_url, model=model_spec, tokenizer=tokenizer_spec, api_key=api_key,
                                    top_k=top_k, concurrency=concurrency, timeout=timeout, retries=retries,
                                    prompt_format=prompt_format, on_change=bar.update)
        except BaseException:
            bar.close()
            raise
        recorder = Recorder(model, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, progress=False,
                            backend=engine)
    else:
        from ..backends.local.models import load_model

        model = load_model(model_spec, device=device, dtype=dtype, progress=not quiet)
        recorder = Recorder(model, top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, progress=not quiet)
        concurrency = 1  # one model in one process: runs take turns
    for prompt in prompts:  # a prompt that cannot run fails now, not after an hour of recording
        recorder.encode_prompt(prompt.text)
    if previous is not None:
        recorder.resume(previous)
    done = [0]

    def report(run) -> None:
        done[0] += 1
        if not quiet:
            line = f"[{done[0]}/{len(prompts)}] {run.id}: {len(run.nodes)} nodes, {run.extra['stats']['seconds']:.1f}s"
            bar.write(line) if bar else click.echo(line, err=True)

    try:
        recorder.record_runs(prompts, strategies, concurrency=concurrency, on_run=report)
    except KeyboardInterrupt:
        _save_partial(recorder, out, "Interrupted", bar)
        sys.exit(130)
    except BaseException:
        _save_partial(recorder, out, "Stopped by an error", bar)
        raise
    finally:
        if bar:
            bar.close()
    path = recorder.finish().save(out)
    if not quiet:
        retokenized = getattr(recorder.engine, "retokenized", 0)
        if retokenized:
            click.echo(f"Note: the server takes text prompts only; {retokenized} contexts would tokenize differently "
                       "from their recorded tokens, so the server saw a different tokenization there", err=True)
        click.echo(f"Wrote {path} ({_count(recorder)})")


class _RequestBar:
    """A progress bar of requests: done, in flight, retried and failed."""

    def __init__(self, disable: bool) -> None:
        from tqdm import tqdm

        self._bar = tqdm(desc="requests", unit="req", disable=disable, dynamic_ncols=True, delay=1.0)

    def update(self, counters) -> None:
        self._bar.set_postfix(in_flight=counters.in_flight, retried=counters.retried, failed=counters.failed,
                              refresh=False)
        self._bar.update(counters.done - self._bar.n)  # redraws at tqdm's own pace

    def write(self, line: str) -> None:
        self._bar.write(line, file=sys.stderr)

    def close(self) -> None:
        self._bar.close()


def _api_key(variable: str | None) -> str | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise TracegenError(f"--api-key-env {variable}: that environment variable is not set")
    return value


def _previous(out: Path):
    """The trace to resume, or ``None`` when there is nothing at ``out`` yet."""
    from ..trace import load

    if not out.exists():
        click.echo(f"--resume: no trace at {out} yet, recording from the start", err=True)
        return None
    trace = load(out)
    if all(run.complete for run in trace.runs):
        click.echo(f"--resume: every run in {out} is complete; runs missing from it are recorded", err=True)
    return trace


def _save_partial(recorder, out: Path, why: str, bar=None) -> None:
    """Keep what was recorded (runs marked incomplete); with nothing recorded, touch nothing."""
    if bar:
        bar.close()
    trace = recorder.finish()
    if trace.runs:
        trace.save(out)
        click.echo(f"{why}: wrote the partial trace ({_count(recorder)}) to {out}; "
                   "continue it with the same command and --resume", err=True)
    else:
        click.echo(f"{why}: nothing was recorded, {out} is unchanged", err=True)


def _count(recorder) -> str:
    runs = recorder.trace.runs
    nodes = sum(len(r.nodes) for r in runs)
    return f"{len(runs)} run{'s' * (len(runs) != 1)}, {nodes} nodes"


def _read_continuation(path: str | None) -> str | None:
    if path is None:
        return None
    file = Path(path)
    if not file.is_file():
        raise TracegenError(f"{file}: no such continuation file")
    text = file.read_text(encoding="utf-8")
    text = text[:-1] if text.endswith("\n") else text
    if not text:
        raise TracegenError(f"{file}: the continuation is empty")
    return text


def _check_writable(out: Path) -> None:
    directory = out.parent if str(out.parent) else Path(".")
    if not directory.is_dir():
        raise TracegenError(f"{out}: directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise TracegenError(f"{out}: directory {directory} is not writable")
    if out.exists() and not os.access(out, os.W_OK):
        raise TracegenError(f"{out}: file is not writable")
