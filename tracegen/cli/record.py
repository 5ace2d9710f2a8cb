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
BACKENDS = ["transformers", "openai", "llamacpp"]


@click.command()
@click.option("--prompt", "prompt_file", required=True, metavar="FILE",
              help="A text file (one prompt), a .jsonl file ({\"prompt\", \"id\", \"continuation\"} per line), or - for stdin.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Trace JSON file to write.")
@click.option("--model", "model_spec", metavar="SPEC", default=None,
              help="Hugging Face id, local model directory or .gguf file (default: the embedded SmolLM2-135M-Instruct); "
                   "with --backend openai, the served model's name (default: the server's first); with --backend "
                   "llamacpp, a .gguf file.")
@click.option("--backend", type=click.Choice(BACKENDS), default="transformers", show_default=True,
              help="Run the model here (transformers, or llama.cpp on a GGUF file: llamacpp), or ask an "
                   "OpenAI-compatible server (vLLM, llama.cpp, TGI).")
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
@click.option("--n-ctx", type=click.IntRange(min=1), default=None,
              help="llamacpp: KV-cache size in tokens, shared by the contexts in flight (default: the model's, at most "
                   "4096).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="llamacpp: decoding threads (default: every CPU this process may use).")
@click.option("--n-gpu-layers", type=click.IntRange(min=-1), default=0, show_default=True,
              help="llamacpp: layers to offload to a GPU (-1: all; needs a GPU build of llama-cpp-python).")
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
           retries, prompt_format, n_ctx, threads, n_gpu_layers, resume, device, dtype, chat, strategy,
           max_new_tokens, top_k, temperature, top_p, seed, num_samples, num_beams, length_penalty, early_stopping,
           branch_width, min_prob, max_depth, max_nodes, continuation_file, quiet):
    """Record the top-k next-token distributions along the continuations of prompts."""
    from .._atomic import check_output
    from ..recording import BarProgress
    from ..recording import record as record_trace

    if backend == "openai" and not base_url:
        raise click.UsageError("--backend openai needs --base-url")
    if backend != "openai":
        for name, value in [("--base-url", base_url), ("--tokenizer", tokenizer_spec), ("--api-key-env", api_key_env)]:
            if value is not None:
                raise click.UsageError(f"{name} needs --backend openai")
    check_llamacpp_options(backend, n_ctx, threads, n_gpu_layers)
    check_output(output, inputs=[prompt_file, continuation_file])
    params = {
        "greedy": {},
        "sample": {"temperature": temperature, "top_p": top_p, "seed": seed, "num_samples": num_samples},
        "beam": {"num_beams": num_beams, "length_penalty": length_penalty,
                 "early_stopping": {"true": True, "false": False, "never": "never"}[early_stopping]},
        "branch": {"branch_width": branch_width, "min_prob": min_prob, "max_depth": max_depth,
                   "max_nodes": max_nodes},
        "forced": {"continuation": _read_continuation(continuation_file)},
    }[strategy]
    options = {}
    if backend == "openai":
        options = {"base_url": base_url, "tokenizer": tokenizer_spec, "api_key": _api_key(api_key_env),
                   "concurrency": concurrency, "timeout": timeout, "retries": retries,
                   "prompt_format": prompt_format}
    elif backend == "llamacpp":
        options = {"n_ctx": n_ctx, "threads": threads, "n_gpu_layers": n_gpu_layers}
    listener = BarProgress(per_run=backend != "openai", quiet=quiet)
    try:
        trace = record_trace(read_prompts(prompt_file), model=model_spec, backend=backend, strategy=strategy,
                             top_k=top_k, max_new_tokens=max_new_tokens, chat=chat, output=output, resume=resume,
                             on_progress=listener, progress=not quiet, device=device, dtype=dtype,
                             backend_options=options, **params)
    except KeyboardInterrupt:
        sys.exit(130)
    if not quiet:
        _report(trace, output)


def check_llamacpp_options(backend: str, n_ctx: int | None, threads: int | None, n_gpu_layers: int) -> None:
    """Refuse the llama.cpp options with another backend (they would be silently ignored)."""
    if backend == "llamacpp":
        return
    for name, value in [("--n-ctx", n_ctx), ("--threads", threads), ("--n-gpu-layers", n_gpu_layers or None)]:
        if value is not None:
            raise click.UsageError(f"{name} needs --backend llamacpp")


def _report(trace, output: str) -> None:
    runs, nodes = len(trace.runs), sum(len(r.nodes) for r in trace.runs)
    if trace.model.get("backend") == "openai":
        retokenized = sum(1 for r in trace.runs for n in r.nodes if n.extra.get("retokenized"))
        if retokenized:
            click.echo(f"Note: the server takes text prompts only; {retokenized} contexts would tokenize differently "
                       "from their recorded tokens, so the server saw a different tokenization there", err=True)
    click.echo(f"Wrote {output} ({runs} run{'s' * (runs != 1)}, {nodes} nodes)")


def _api_key(variable: str | None) -> str | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise TracegenError(f"--api-key-env {variable}: that environment variable is not set")
    return value


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
