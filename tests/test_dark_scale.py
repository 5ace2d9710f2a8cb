"""The page's dark-mode colour scales stand out from the dark backgrounds the page really uses."""

from __future__ import annotations

import re
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
SCALES = orjson.loads((ROOT / "tracegen" / "static" / "scales.json").read_bytes())


def luminance(hex_colour: str) -> float:
    """WCAG relative luminance."""
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_dark_backgrounds_are_the_pages_and_every_dark_stop_has_3_to_1_against_them() -> None:
    css = (ROOT / "viewer" / "src" / "style.css").read_text()
    dark = css[css.index("prefers-color-scheme: dark"):]
    backgrounds = {m.group(2) for m in re.finditer(r"--bg(-soft|-panel)?: (#[0-9a-f]{6})", dark[:dark.index("}")])}
    assert backgrounds == set(SCALES["dark"]["backgrounds"])
    for scale in ("sequential", "diverging"):
        for stop in SCALES["dark"][scale]["stops"]:
            assert min(contrast(stop, bg) for bg in backgrounds) >= 3, (scale, stop)
    # what the issue saw: the light scale's navy end all but vanishes on the dark page
    assert contrast(SCALES["sequential"]["stops"][-1], "#15181d") < 1.5
