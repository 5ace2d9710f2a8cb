"""``record --corpus``, ``fork --corpus`` and ``rescore CORPUS -o DIR``: runs into a corpus directory, with a bar of runs."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from ..corpus.pipeline import Listener
from ..recording.prompts import Prompt
from .stopping import interrupted_status


def record_corpus_command(prompts: list[Prompt], directory: str, *, quiet: bool, fork: bool = False,
                          **options: Any) -> None:
    """Record ``prompts`` into ``directory`` (``record_corpus``, or ``fork_corpus`` with ``fork``,
    with ``options``) and say what was done."""
    from ..corpus.pipeline import fork_corpus, record_corpus

    write = fork_corpus if fork else record_corpus
    _into_corpus(lambda listener: write(prompts, directory, listener=listener, **options), directory, quiet,
                 done_verb="forked" if fork else "recorded", kept="finished")


def rescore_corpus_command(source: str, directory: str, *, quiet: bool, **options: Any) -> None:
    """Rescore the corpus ``source`` into ``directory`` (``rescore_corpus`` with ``options``) and say what was done."""
    from ..corpus.rescoring import rescore_corpus

    _into_corpus(lambda listener: rescore_corpus(source, directory, listener=listener, **options), directory, quiet,
                 done_verb="rescored", kept="rescored")


def _into_corpus(write: Callable[[Listener], Any], directory: str, quiet: bool, *, done_verb: str, kept: str) -> None:
    """Run ``write`` with a bar of runs; Ctrl-C says where the runs are and exits as interrupted."""
    listener = _BarListener(quiet)
    try:
        done = write(listener)
    except KeyboardInterrupt:
        listener.close()
        click.echo(f"Interrupted: the {kept} runs are in {directory}; run the same command again to continue",
                   err=True)
        sys.exit(interrupted_status())
    finally:
        listener.close()
    if not quiet:
        skipped = f", {done.skipped} already there" if done.skipped else ""
        click.echo(f"Wrote {done.directory} ({done.recorded} run{'s' * (done.recorded != 1)} {done_verb}{skipped})")


class _BarListener(Listener):
    """A tqdm bar of finished runs on stderr, and notes as lines."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self._bar: Any = None

    def started(self, total: int, skipped: int) -> None:
        if not self.quiet and total:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="runs", unit="run", dynamic_ncols=True, file=sys.stderr)

    def run_finished(self, run_id: str) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def note(self, message: str) -> None:
        if not self.quiet:
            from tqdm import tqdm

            tqdm.write(f"Note: {message}", file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
