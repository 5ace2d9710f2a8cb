"""``tracegen serve``: explore a model by hand in the browser (live mode)."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import click

from ..recording.prompts import read_prompts
from .backend_options import BackendChoice, BackendCommand, backend_options


@click.command(cls=BackendCommand)
@backend_options(live=True)
@click.option("--prompt", "prompt_file", metavar="FILE", default=None,
              help="Start with the prompt(s) in FILE (text, or .jsonl; - for stdin).")
@click.option("--text", default=None, help="Start with this prompt.")
@click.option("--chat", is_flag=True, help="Apply the tokenizer's chat template to the starting prompt(s).")
@click.option("--top-k", type=click.IntRange(min=1), default=10, show_default=True,
              help="Candidates shown and recorded per context.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback lets other machines drive the model.")
@click.option("--port", type=click.IntRange(0, 65535), default=5000, show_default=True,
              help="Port; 0 picks a free one.")
@click.option("--trace", "trace_file", metavar="FILE", default=None,
              help="Start from this trace (a saved session or any trace of the model) and keep growing it.")
@click.option("--save", "save_file", metavar="FILE", default=None,
              help="Write the session here after every change (atomically) and on exit; an existing file "
                   "is reopened. Default with --trace: that file.")
@click.option("--no-browser", is_flag=True, help="Do not open a browser.")
def serve(backend: BackendChoice, prompt_file, text, chat, top_k, host, port, trace_file, save_file,
          no_browser) -> None:
    """Serve the live viewer: click a candidate to extend, branch from any token, download the trace."""
    from .._atomic import check_output
    from ..backends import open_backend
    from ..live import LiveServer, LiveSession, create_app, hosts_for, is_loopback
    from ..trace import load

    if prompt_file is not None and text is not None:
        raise click.UsageError("give --prompt or --text, not both")
    save = save_file or trace_file
    if save is not None:
        check_output(save)
    start = trace_file or (save if save is not None and Path(save).exists() else None)
    trace = load(start) if start is not None else None
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
    if not no_browser:
        webbrowser.open(server.url)
    server.serve_session(session)  # until Ctrl-C or SIGTERM; the session is written, not dropped
    if save is not None:
        click.echo(f"Saved the session to {save}", err=True)
