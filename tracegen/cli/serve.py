"""``tracegen serve``: explore a model by hand in the browser (live mode)."""

from __future__ import annotations

import os
import webbrowser
from pathlib import Path

import click

from ..recording.prompts import read_prompts
from .backend_options import BackendChoice, BackendCommand, backend_options
from .text import TEXT


@click.command(cls=BackendCommand)
@backend_options(live=True)
@click.option("--prompt", "prompt_file", metavar="FILE", default=None,
              help="Start with the prompt(s) in FILE (text, or .jsonl; - for stdin).")
@click.option("--text", type=TEXT, default=None, help="Start with this prompt.")
@click.option("--chat", is_flag=True, help="Apply the tokenizer's chat template to the starting prompt(s).")
@click.option("--top-k", type=click.IntRange(min=1), default=10, show_default=True,
              help="Candidates shown and recorded per context.")
@click.option("--host", type=TEXT, default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback lets other machines drive the model.")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True,
              help="Port; 0 picks a free one.")
@click.option("--trace", "trace_file", metavar="FILE", default=None,
              help="Start from this trace (a saved session or any trace of the model) and keep growing it.")
@click.option("--save", "save_file", metavar="FILE", default=None,
              help="Write the session here after every change (atomically) and on exit; an existing file "
                   "is reopened. Default with --trace: that file.")
@click.option("--corpus", "corpus_dir", metavar="DIR", default=None,
              help="Browse a corpus instead: a table of its runs (sort, filter, search), each opening in the viewer.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
def serve(backend: BackendChoice, prompt_file, text, chat, top_k, host, port, trace_file, save_file, corpus_dir,
          no_browser) -> None:
    """Serve the live viewer: click a candidate to extend, branch from any token, download the trace."""
    if corpus_dir is not None:
        from .serve_corpus import serve_corpus

        ctx = click.get_current_context()
        given = [name for name in ("model_spec", "prompt_file", "text", "trace_file", "save_file")
                 if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT]
        if given:
            raise click.UsageError("--corpus browses recorded runs: it takes no model, prompt or trace options")
        serve_corpus(corpus_dir, host=host, port=port, open_browser=not no_browser)
        return
    from .._atomic import check_output
    from ..backends import open_backend
    from ..backends.model_files import backend_files
    from ..live import LiveServer, LiveSession, create_app, hosts_for, is_loopback
    from ..live.reopening import load_saved
    from ..trace import Trace, load

    if prompt_file is not None and text is not None:
        raise click.UsageError("give --prompt or --text, not both")
    save = save_file or trace_file
    if save is not None:  # before the model loads: an input, a special or read-only file costs nothing
        check_output(save, inputs=[prompt_file, *backend_files(backend.name, backend.model, backend.options)])
        if trace_file is not None and save_file is not None and Path(save_file).exists() \
                and not os.path.samefile(save_file, trace_file):
            raise click.UsageError(f"--save {save_file} already exists and is not --trace {trace_file}: the session "
                                   "would replace it; reopen it with --trace, or --save a new file")
    trace: Trace | None
    if trace_file is not None:
        trace = load(trace_file)
    else:
        trace = load_saved(save) if save is not None and Path(save).exists() else None
    prompts = [p.text for p in read_prompts(prompt_file)] if prompt_file is not None else []
    if text is not None:
        prompts.append(text)
    opened = open_backend(backend.name, backend.model, **backend.options)
    session = LiveSession(opened, top_k=top_k, trace=trace, save=save)
    for prompt in prompts:
        session.new_run(prompt, chat=chat)
    app = create_app(session, allowed_hosts=hosts_for(host))
    if not is_loopback(host):
        click.echo(f"Warning: serving on {host}: anyone who can reach this address can drive the model "
                   "and read the session.", err=True)
    try:
        server = LiveServer(app, host=host, port=port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    saving = f"; saving to {save}" if save is not None else ""
    click.echo(f"tracegen live: {server.url}  (Ctrl-C to stop{saving})")
    if not no_browser and not webbrowser.open(server.url):
        click.echo(f"No browser opened (none found): open {server.url} in one.", err=True)
    server.serve_session(session)  # until Ctrl-C, SIGTERM or SIGHUP; the session is written, not dropped
    if save is not None:
        click.echo(f"Saved the session to {save}", err=True)
