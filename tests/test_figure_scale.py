"""``tracegen.figure.scale`` against an independent NumPy interpolation of ``scales.json``."""

from __future__ import annotations

import math

import numpy as np
import orjson
import pytest

from tracegen.figure.scale import (
    SCALES_PATH,
    ColourScale,
    metric_value,
    relative_luminance,
    scale_for,
    text_colour_on,
)

SCALES = orjson.loads(SCALES_PATH.read_bytes())


def reference(metric: str, value: float) -> str:
    """np.interp per channel over evenly spaced stops, rounded half up like JavaScript's Math.round."""
    spec = SCALES["metrics"][metric]
    stops = SCALES[spec["scale"]]["stops"]
    rgb = np.array([[int(s[i:i + 2], 16) for i in (1, 3, 5)] for s in stops], dtype=float)
    d0, d1 = spec["domain"]
    t = float(np.clip((value - d0) / (d1 - d0), 0.0, 1.0))
    xs = np.linspace(0.0, 1.0, len(stops))
    channels = [int(np.floor(np.interp(t, xs, rgb[:, c]) + 0.5)) for c in range(3)]
    return "#" + "".join(f"{c:02x}" for c in channels)


@pytest.mark.parametrize("metric", ["probability", "surprisal", "entropy", "delta_logprob", "divergence"])
def test_colours_match_numpy_everywhere(metric: str) -> None:
    scale = scale_for(metric)
    d0, d1 = scale.domain
    for value in np.linspace(d0 - 1, d1 + 1, 2001):
        assert scale.colour(float(value)) == reference(metric, float(value)), value


def test_domain_ends_and_middle_are_the_stops() -> None:
    stops = SCALES["sequential"]["stops"]
    scale = scale_for("probability")
    assert scale.colour(0.0) == stops[0] and scale.colour(1.0) == stops[-1] and scale.colour(0.5) == stops[4]
    assert scale.colour(-3) == stops[0] and scale.colour(7) == stops[-1]  # clamped
    assert scale.colour(None) is None and scale.colour(math.nan) is None


def test_halves_round_up_like_javascript() -> None:
    # Python's round() is round-half-even: 0.5 -> 0 and 2.5 -> 2; Math.round gives 1 and 3
    scale = ColourScale("x", ("#000000", "#010105"), (0.0, 1.0), "x")
    assert scale.colour(0.5) == "#010103"


def test_metric_values() -> None:
    assert metric_value("probability", math.log(0.25), None) == pytest.approx(0.25)
    assert metric_value("surprisal", math.log(0.25), None) == pytest.approx(2.0)  # bits
    assert metric_value("entropy", None, math.log(2) * 3) == pytest.approx(3.0)  # nats -> bits
    assert metric_value("entropy", -1.0, None) is None
    assert metric_value("surprisal", None, 1.0) is None


def test_text_colour_follows_luminance() -> None:
    assert relative_luminance("#ffffff") == pytest.approx(1.0) and relative_luminance("#000000") == 0.0
    limit = SCALES["dark_below_luminance"]
    for stop in SCALES["sequential"]["stops"]:
        want = SCALES["text_on_dark"] if relative_luminance(stop) < limit else SCALES["text_on_light"]
        assert text_colour_on(stop) == want
    assert text_colour_on("#081d58") == "#ffffff" and text_colour_on("#ffffd9") == "#000000"
