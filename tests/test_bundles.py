"""The shipped viewer bundles are built from the viewer's current sources, checked without Node.

``npm run ship`` writes, beside the bundles, the hash of the sources it built them from
(``viewer/scripts/source-hash.mjs``); this recomputes it. A source edited without ``npm run
ship`` fails here, in the fast tier, before ``make viewer-check`` rebuilds and compares.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWER = ROOT / "viewer"
TOP = ["index.html", "package-lock.json", "vite.config.ts", "vite.widget.config.ts"]


def source_hash() -> str:
    """As ``viewer/scripts/source-hash.mjs``: sorted paths, each path and content NUL-terminated."""
    files = [VIEWER / name for name in TOP] + [p for p in (VIEWER / "src").rglob("*") if p.is_file()]
    names = sorted(p.relative_to(VIEWER).as_posix() for p in files
                   if not p.name.endswith((".test.ts", ".spec.ts")))
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update((VIEWER / name).read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def test_the_bundles_are_built_from_the_current_sources():
    shipped = (ROOT / "tracegen" / "static" / "viewer-source.sha256").read_text().strip()
    assert shipped == source_hash(), "the viewer's sources changed since the bundles were built: " \
        "run `cd viewer && npm run ship` and commit tracegen/static/"
