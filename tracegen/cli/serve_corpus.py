"""``tracegen serve --corpus``: the runs table of a corpus on a local server."""

from __future__ import annotations

import signal
import webbrowser

import click


def serve_corpus(directory: str, *, host: str, port: int, open_browser: bool) -> None:
    """Serve ``directory``'s runs table until Ctrl-C (or SIGTERM)."""
    from ..corpus import load_corpus
    from ..corpus.app import create_corpus_app
    from ..live import LiveServer, hosts_for, is_loopback

    corpus = load_corpus(directory)
    app = create_corpus_app(corpus, allowed_hosts=hosts_for(host))
    if not is_loopback(host):
        click.echo(f"Warning: serving on {host}: anyone who can reach this address can read the corpus.", err=True)
    try:
        server = LiveServer(app, host=host, port=port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    click.echo(f"tracegen corpus: {server.url}  ({len(corpus.run_ids)} runs; Ctrl-C to stop)")
    if open_browser:
        webbrowser.open(server.url)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server.server_close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
