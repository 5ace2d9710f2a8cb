"""How figures write numbers: probabilities like the viewer (``fmtProb``), axis ticks, bits."""

from __future__ import annotations

import math


def format_probability(p: float | None) -> str:
    """``0.4567`` -> ``"45.7%"``; small values keep two significant digits (the viewer's ``fmtProb``)."""
    if p is None or not p >= 0:
        return "\u2013"
    if p >= 0.1:
        return f"{p * 100:.1f}%"
    if p >= 0.001:
        return f"{p * 100:.2f}%"
    mantissa, exponent = f"{p * 100:.1e}".split("e")
    # JavaScript's toExponential: no zero padding, an explicit sign ("1.2e-4", "0.0e+0")
    return f"{mantissa}e{int(exponent):+d}%"


def format_tick(value: float) -> str:
    """An axis tick: ``0``, ``0.5``, ``10`` (no trailing zeros)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at or above ``value`` (an axis end)."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        candidate = step * 10 ** exponent
        if candidate >= value - 1e-12:
            return candidate
    return 10.0 ** (exponent + 1)
