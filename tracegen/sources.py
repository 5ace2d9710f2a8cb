"""Where a trace comes from: a trace file, or a corpus directory read as one trace.

``compare`` and ``rescore`` take either; a corpus's runs keep their ids, so they pair with a
trace's or another corpus's runs by id. Reading a corpus needs the ``corpus`` extra, imported
only when a directory is given.
"""

from __future__ import annotations

import os

from .trace import Trace, load


def read_trace(path: str | os.PathLike) -> Trace:
    """The trace at ``path``: a trace file, or every run of the corpus directory at ``path``."""
    if os.path.isdir(path):
        from .corpus import corpus_to_trace

        return corpus_to_trace(path)
    return load(path)
