"""A rescored run's results: the same finished sequences, scored with the other model's logprobs."""

from __future__ import annotations

from ..errors import TracegenError
from ..recording.strategies.beam import LENGTH_PENALTIES
from ..trace import Result, Run
from ..trace.fields import is_number

# Result fields that hold the source model's figures: replaced, never copied.
_SCORED_FIELDS = {"logprob", "unknown_logprobs", "num_tokens"}


def rescored_results(source: Run, run: Run) -> list[Result]:
    """The results of ``source`` re-scored on ``run`` (same nodes, the other model's logprobs).

    ``logprob`` sums the path's known logprobs (``unknown_logprobs`` counts the others: a
    server's token outside its top-k, a node that could not be rescored); ``score`` is that
    sum, or for beam search the sum divided by ``num_tokens ** length_penalty`` as
    ``generate`` scores beams. Results are ordered best first by the new score, those with
    unknown logprobs last; ``text`` is the source's (same tokens, same text).
    """
    penalty = length_penalty(source)
    out = []
    for result in source.results:
        path = run.path(result.node)[1:]
        known = [n.logprob for n in path if n.logprob is not None]
        total = round(sum(known), 5)
        extra = {k: v for k, v in result.extra.items() if k not in _SCORED_FIELDS}
        extra["logprob"] = total
        extra["num_tokens"] = len(path)
        if len(known) < len(path):
            extra["unknown_logprobs"] = len(path) - len(known)
        score = total if penalty is None or not path else total / len(path) ** float(penalty)
        out.append(Result(node=result.node, score=round(score, 6), text=result.text, extra=extra))
    out.sort(key=lambda r: ("unknown_logprobs" in r.extra, -r.score))
    return out


def length_penalty(run: Run) -> float | None:
    """The length penalty a beam run's results are scored with (``None`` for other strategies).

    Raises:
        TracegenError: A penalty no beam search records (a trace written by hand), before any
            work when ``Rescorer`` checks every run.
    """
    if run.strategy.get("name") != "beam":
        return None
    penalty = run.strategy.get("length_penalty", 1.0)
    low, high = LENGTH_PENALTIES
    if not (is_number(penalty) and low <= penalty <= high):
        raise TracegenError(f"run {run.id!r}: strategy.length_penalty {penalty!r} is not a length penalty "
                            f"that can be scored (a number from {low:g} to {high:g})")
    return float(penalty)
