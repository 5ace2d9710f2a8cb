"""A comparison's summary as text for a terminal: who is compared, a table per run, the largest divergences.

Token texts are untrusted: every character that is not printable (control and format
characters: ANSI escapes, bidi overrides) is shown as an escape, never written raw.
"""

from __future__ import annotations

from typing import Any

from .comparison import Comparison
from .summary import DIVERGENCE

_NAMES = {"kl_ab": "KL(A‖B)", "kl_ba": "KL(B‖A)", "js": "JS", "tv": "TV"}


def report(comparison: Comparison) -> str:
    """The summary ``tracegen compare`` prints: sources, a per-run table, the top-10 nodes."""
    data = comparison.head()
    summary = data["summary"]
    lines = [_side("A", data["a"]), _side("B", data["b"]), ""]
    overall = summary["overall"]
    unpaired = data["unpaired"]
    line = (f"{overall['paired']} contexts in common, {overall['compared']} with both distributions "
            f"({overall['exact']} exact, {overall['compared'] - overall['exact']} bounded)")
    if unpaired["retokenized"]:
        line += f"; {unpaired['retokenized']} retokenized contexts left out"
    lines.append(line)
    for key, what in (("only_a", "only in A"), ("only_b", "only in B"), ("prompt_differs", "with other prompts")):
        if unpaired[key]:
            lines.append(f"Runs {what} (not compared): {', '.join(_text(r) for r in unpaired[key])}")
    lines += ["", *_table(summary), ""]
    lines.append("Divergences and Δ logprob in nats, |Δp| as a probability (0–1). "
                 "≥ marks a lower bound: one trace recorded only a top-k there (docs/compare.md).")
    lines += ["", f"Largest {_NAMES[DIVERGENCE]} (nats), each at the page's #run=RUN&node=NODE:",
              *_largest(overall["largest"])]
    return "\n".join(lines)


def _side(label: str, side: dict[str, Any]) -> str:
    model = side["model"]
    parts = [str(model[k]) for k in ("backend", "dtype") if model.get(k)]
    if model.get("base_url"):
        parts.append(str(model["base_url"]))
    parts += [weights] if (weights := weights_text(model)) else []
    details = ", ".join(parts)
    where = "" if side["path"] == label else f"{side['path']}: "
    text = f"{label}: {where}{model.get('name')}" + (f" ({details})" if details else "")
    source = model.get("source")
    if source and source != model.get("name"):
        text += f", from {source}"
    if side["rescoring"]:
        text += f"; a rescoring of {side['rescoring'].get('trace')}"
    return _text(text)


def weights_text(model: dict[str, Any]) -> str:
    """What a GGUF model's weights were as run: ``Q4_1 GGUF weights dequantized to float32`` (so a
    comparison says it measures kernels, not weight loss), ``Q4_1 GGUF weights``, that a server
    did not say, or ``""`` (the dtype, when known, is beside it)."""
    quantization = model.get("quantization")
    if not quantization and not model.get("gguf"):
        return "weights not reported by the server" if model.get("backend") == "openai" else ""
    weights = f"{quantization or 'unknown-type'} GGUF weights"
    return f"{weights} dequantized to {model['dequantized_to']}" if model.get("dequantized_to") else weights


def _table(summary: dict[str, Any]) -> list[str]:
    header = ["run", "compared", "top-1 agree", "KL(A‖B) mean", "KL(A‖B) max", "KL(B‖A) mean", "JS mean",
              "mean |Δ logprob|", "mean |Δp|"]
    units = ["", "distributions", "", "nats", "nats", "nats", "nats", "nats", "0–1"]
    rows = [_row(_text(r["run"]), r) for r in summary["runs"]]
    if len(rows) > 1:
        rows.append(_row("all", summary["overall"]))
    widths = [max(len(str(row[i])) for row in [header, units, *rows]) for i in range(len(header))]
    return ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))
            for row in [header, units, *rows]]


def _row(name: str, stats: dict[str, Any]) -> list[str]:
    agreement = stats["top1_agreement"]
    return [
        name, str(stats["compared"]), "–" if agreement is None else f"{agreement:.1%}",
        _figure(stats["kl_ab"], "mean"), _figure(stats["kl_ab"], "max"), _figure(stats["kl_ba"], "mean"),
        _figure(stats["js"], "mean"), _number(stats["delta_logprob"]["mean_abs"]),
        _number(stats["prob_diff"]["mean"], ".4f"),
    ]


def _figure(spread: dict[str, Any], key: str) -> str:
    value = spread[key]
    if value is None:
        return "–"
    return ("≥" if spread["bound"] else "") + _number(value)


def _number(value: float | None, spec: str = ".4g") -> str:
    return "–" if value is None else format(value, spec)


def _largest(entries: list[dict[str, Any]]) -> list[str]:
    out = []
    for entry in entries:
        exact = entry[DIVERGENCE] is not None
        value = ("" if exact else "≥") + _number(entry[f"{DIVERGENCE}_lo"])
        where = f"{_text(entry['run'])} node {entry['node']}"
        if entry["next"]:
            step = f"the next token after {_quote(entry['context'])}"
            where += " next"
        else:
            step = f"{_quote(entry['text'] or '')} drawn after {_quote(entry['context'])}"
        out.append(f"  {where}: {value} at {step}")
        for side in ("a", "b"):
            tops = ", ".join(f"{_quote(text)} {p:.3f}" for _, text, p in entry[f"top3_{side}"])
            out.append(f"      {side.upper()}: {tops}")
    return out or ["  (no node has both distributions)"]


def _quote(text: str) -> str:
    return '"' + _text(text).replace('"', '\\"') + '"'


def _text(text: str) -> str:
    """``text`` with every non-printable character escaped (``\\x1b``, ``\\u202e``)."""
    return "".join(c if c.isprintable() else (repr(c)[1:-1] if ord(c) < 0x100 else f"\\u{ord(c):04x}")
                   for c in text)
