"""The colour scales of every tracegen picture, read from ``tracegen/static/scales.json``.

The viewer reads the same file at build time, so a figure's colours are the page's. The
interpolation is written out in the file's ``about`` and must match the viewer's to the
last bit: value -> ``t`` in [0, 1] by the metric's domain (clamped), ``t`` -> a position
between evenly spaced stops, each sRGB channel interpolated linearly and rounded half up
(JavaScript's ``Math.round``, not Python's round-half-even).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from ..errors import TracegenError

SCALES_PATH = Path(__file__).resolve().parent.parent / "static" / "scales.json"
# The metrics a figure can colour tokens by (``--colour``); the file defines more.
TOKEN_METRICS = ("probability", "surprisal", "entropy")
LN2 = math.log(2.0)

RGB = tuple[int, int, int]


@lru_cache(maxsize=1)
def scales_file() -> dict[str, Any]:
    """The parsed ``scales.json`` shipped with the package."""
    try:
        return orjson.loads(SCALES_PATH.read_bytes())
    except FileNotFoundError:
        raise TracegenError(f"{SCALES_PATH}: the colour scales file is missing from this installation") from None


def parse_hex(colour: str) -> RGB:
    """``"#1d91c0"`` -> ``(29, 145, 192)``."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def to_hex(rgb: RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _round_half_up(x: float) -> int:
    return math.floor(x + 0.5)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour (0 = black, 1 = white)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@dataclass(frozen=True)
class ColourScale:
    """One metric's scale: its stops, domain and legend label.

    Args:
        metric: The metric's name in ``scales.json`` (e.g. ``"probability"``).
        stops: The palette's colours as ``#rrggbb``, low values first.
        domain: ``(d0, d1)``: values at or below ``d0`` get the first stop, at or above ``d1`` the last.
        label: What the legend calls the metric, e.g. ``"surprisal (bits)"``.
    """

    metric: str
    stops: tuple[str, ...]
    domain: tuple[float, float]
    label: str

    def fraction(self, value: float) -> float:
        """``value`` mapped to [0, 1] by the domain, clamped."""
        d0, d1 = self.domain
        return min(1.0, max(0.0, (value - d0) / (d1 - d0)))

    def colour_at(self, t: float) -> str:
        """The colour at ``t`` in [0, 1] along the stops."""
        n = len(self.stops)
        pos = t * (n - 1)
        i = min(math.floor(pos), n - 2)
        f = pos - i
        a, b = parse_hex(self.stops[i]), parse_hex(self.stops[i + 1])
        return to_hex(tuple(_round_half_up(x + (y - x) * f) for x, y in zip(a, b, strict=True)))  # type: ignore[arg-type]

    def colour(self, value: float | None) -> str | None:
        """The colour of a metric value; ``None`` when the value is unknown (``None`` or NaN)."""
        if value is None or math.isnan(value):
            return None
        return self.colour_at(self.fraction(value))


@lru_cache(maxsize=8)
def scale_for(metric: str) -> ColourScale:
    """The colour scale of ``metric`` as ``scales.json`` defines it.

    Raises:
        TracegenError: ``metric`` is not in the file.
    """
    data = scales_file()
    spec = data["metrics"].get(metric)
    if spec is None:
        raise TracegenError(f"unknown colour metric {metric!r} (choose from {', '.join(TOKEN_METRICS)})")
    palette = data[spec["scale"]]
    d0, d1 = spec["domain"]
    return ColourScale(metric=metric, stops=tuple(palette["stops"]), domain=(float(d0), float(d1)),
                       label=spec["label"])


def text_colour_on(background: str) -> str:
    """The text colour that reads on ``background``: white on dark swatches, near-black on light ones."""
    data = scales_file()
    dark = relative_luminance(background) < float(data["dark_below_luminance"])
    return data["text_on_dark"] if dark else data["text_on_light"]


def metric_value(metric: str, logprob: float | None, entropy_nats: float | None) -> float | None:
    """A token's value on ``metric``.

    Args:
        metric: ``"probability"`` (``exp(logprob)``), ``"surprisal"`` (``-log2 p``, bits) or
            ``"entropy"`` (of the distribution the token was chosen from, in bits).
        logprob: The token's natural-log probability (``None`` when unknown).
        entropy_nats: The entropy of the distribution it was chosen from, in nats (``None`` when unknown).
    """
    if metric == "entropy":
        return None if entropy_nats is None else entropy_nats / LN2
    if logprob is None:
        return None
    if metric == "probability":
        return math.exp(logprob)
    if metric == "surprisal":
        return -logprob / LN2
    raise TracegenError(f"unknown colour metric {metric!r} (choose from {', '.join(TOKEN_METRICS)})")
