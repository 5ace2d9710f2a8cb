"""Where a trace comes from: a trace file, or a corpus directory read as one trace.

``compare`` and ``rescore`` take either; a corpus's runs keep their ids, so they pair with a
trace's or another corpus's runs by id. Reading a corpus needs the ``corpus`` extra, imported
only when a directory is given.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ._jsontext import BOM
from .trace import Trace, load, loads, read_trace_bytes

_UTF8_BOM = BOM.encode("utf-8")


def read_trace(path: str | os.PathLike) -> Trace:
    """The trace at ``path``: a trace file, or every run of the corpus directory at ``path``."""
    if os.path.isdir(path):
        from .corpus import corpus_to_trace

        return corpus_to_trace(path)
    return load(path)


def read_trace_file(path: str | os.PathLike) -> tuple[Trace, TraceFile | None]:
    """``read_trace``, and for a trace file the file as it was read (``None`` for a corpus)."""
    if os.path.isdir(path):
        return read_trace(path), None
    data = read_trace_bytes(path)
    return loads(data, source=str(path)), TraceFile(Path(path), hashlib.sha256(data).digest())


@dataclass(frozen=True)
class TraceFile:
    """A trace file as it was read and validated (its SHA-256): a page can embed its bytes again
    instead of writing the trace out anew (a second of CPU for two 200,000-node traces), as
    long as they are still those bytes."""

    path: Path
    sha256: bytes

    def unchanged(self) -> bool:
        """Whether the file still holds the bytes that were read (hashed again: a file
        rewritten within one timestamp tick keeps its size and modification time)."""
        digest = hashlib.sha256()
        try:
            with open(self.path, "rb") as f:
                while block := f.read(1 << 23):
                    digest.update(block)
        except OSError:
            return False
        return digest.digest() == self.sha256

    def chunks(self, size: int = 1 << 23) -> Iterator[bytes]:
        """The file's JSON (a leading byte order mark dropped) in pieces of about ``size``
        bytes, each ending where a character ends: escaping each piece for HTML is escaping the
        whole (no U+2028 is cut in two)."""
        with open(self.path, "rb") as f:
            left = f.read(len(_UTF8_BOM))
            if left == _UTF8_BOM:
                left = b""
            while block := f.read(size):
                block = left + block
                cut = len(block) - 1  # the start of the last character, which may go on in the next block
                while cut > 0 and 0x80 <= block[cut] < 0xC0:
                    cut -= 1
                yield block[:cut]
                left = block[cut:]
            if left:
                yield left
