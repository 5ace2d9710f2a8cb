"""``manifest.json``: what a corpus is (model, how it was recorded, versions), written atomically.

The manifest is written once, before the first shard, and checked when a recording continues
the corpus: the same model and the same settings, or a one-line error. It also holds what a
trace keeps at its top level and a corpus has no table for (``created``, unknown fields), so a
trace converted to a corpus and back is the same trace.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from .._atomic import write_bytes_atomic
from .._version import __version__
from ..errors import TracegenError
from ..trace import VERSION as TRACE_VERSION
from ..trace.model_identity import model_difference
from .schema import FORMAT, VERSION

MANIFEST = "manifest.json"


@dataclass
class Manifest:
    """The content of ``manifest.json``.

    Args:
        model: The trace format's ``model`` object (name, vocab_size, backend, ...).
        recording: How ``tracegen record`` recorded it: ``strategy`` (name and parameters),
            ``top_k``, ``max_new_tokens``, ``chat``; empty for a converted trace.
        created: ISO-8601 time the corpus was created.
        tracegen_version: The tracegen that created it.
        trace_version: The trace format version its runs follow.
        extra: The trace's further top-level fields (``rescoring``, ...), kept for conversion.
    """

    model: dict[str, Any]
    recording: dict[str, Any] = field(default_factory=dict)
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    tracegen_version: str = __version__
    trace_version: int = TRACE_VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "created": self.created,
                "tracegen_version": self.tracegen_version, "trace_version": self.trace_version,
                "model": self.model, "recording": self.recording, "extra": self.extra}

    def save(self, directory: Path) -> None:
        """Write ``DIR/manifest.json`` atomically."""
        write_bytes_atomic(directory / MANIFEST, orjson.dumps(self.to_dict(), option=orjson.OPT_INDENT_2))

    def check_recording(self, recording: dict[str, Any], where: Path) -> None:
        """Fail with one line unless a recording with these settings may add to this corpus."""
        for key, value in recording.items():
            if self.recording and self.recording.get(key) != value:
                raise TracegenError(f"{where}: the corpus was recorded with {key} {self.recording.get(key)!r}, "
                                    f"not {value!r}; record into another directory")

    def check_model(self, model: dict[str, Any], where: Path) -> None:
        """Fail with one line unless runs of ``model`` may join this corpus."""
        difference = model_difference(self.model, model)
        if difference is not None:
            raise TracegenError(f"{where}: the corpus was recorded with {difference}; record into another directory")


def is_corpus(directory: str | Path) -> bool:
    """Whether ``directory`` is a corpus (holds a ``manifest.json``)."""
    return (Path(directory) / MANIFEST).is_file()


def read_manifest(directory: str | Path) -> Manifest:
    """The manifest of the corpus at ``directory``; a one-line ``TracegenError`` when there is none."""
    path = Path(directory) / MANIFEST
    try:
        raw = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise TracegenError(f"{directory}: not a corpus (no {MANIFEST})") from None
    except (OSError, orjson.JSONDecodeError) as exc:
        raise TracegenError(f"{path}: cannot read the manifest ({exc})") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise TracegenError(f"{path}: not a tracegen corpus manifest (no \"format\": \"{FORMAT}\")")
    version = raw.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise TracegenError(f"{path}: corpus format version {version!r} is newer than this tracegen reads "
                            f"(up to {VERSION}); upgrade tracegen")
    model = raw.get("model")
    if not isinstance(model, dict):
        raise TracegenError(f"{path}: \"model\" must be an object")
    return Manifest(model=model, recording=raw.get("recording") or {}, created=str(raw.get("created", "")),
                    tracegen_version=str(raw.get("tracegen_version", "")),
                    trace_version=int(raw.get("trace_version", TRACE_VERSION)), extra=raw.get("extra") or {})
