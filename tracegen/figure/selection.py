"""What a figure shows: a run, the path to one node, and each step's token and numbers.

Positions are 1-based like the page's ("token 3 of 12"); result numbers in figures are
1-based too (``--result 1`` is the best result), while the trace keeps 0-based ranks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from ..errors import TracegenError
from ..trace import Node, Run, Trace
from ..trace.tokens import bytes_to_display


@dataclass(frozen=True)
class Step:
    """One generated token on the path.

    Args:
        position: 1-based position after the prompt.
        node: The node the token leads to.
        parent: The context it was chosen from (its ``top`` is the distribution).
        text: The token's display text (invalid UTF-8 bytes escaped as ``<0xNN>``).
    """

    position: int
    node: Node
    parent: Node
    text: str

    @property
    def logprob(self) -> float | None:
        return self.node.logprob

    @property
    def probability(self) -> float | None:
        return None if self.node.logprob is None else math.exp(self.node.logprob)

    @property
    def entropy(self) -> float | None:
        """Entropy of the distribution the token was chosen from, in nats (``None`` when unknown)."""
        return self.parent.entropy


@dataclass(frozen=True)
class Segment:
    """A piece of running text: one token, or several byte tokens that only decode together."""

    first: int  # 1-based position of the first token
    last: int  # 1-based position of the last token
    text: str
    logprob: float | None  # sum over the tokens; None when one is unknown
    entropy: float | None  # of the distribution the first token was chosen from


@dataclass(frozen=True)
class PathSelection:
    """A run and the path from its root to one node.

    Args:
        trace: The whole trace (for the token table).
        run: The run.
        nodes: Root first, the selected node last.
        result_rank: 0-based rank of the result ending at the selected node, if one does.
    """

    trace: Trace
    run: Run
    nodes: tuple[Node, ...]
    result_rank: int | None

    @property
    def end(self) -> Node:
        return self.nodes[-1]

    @cached_property
    def steps(self) -> tuple[Step, ...]:
        tokens = self.trace.tokens
        return tuple(
            Step(position=i, node=node, parent=self.nodes[i - 1],
                 text=tokens.get(node.token, f"<id {node.token}>"))  # type: ignore[arg-type]  # below the root: a token
            for i, node in enumerate(self.nodes[1:], start=1)
        )

    @cached_property
    def prompt(self) -> str:
        """The prompt the model saw (its token ids decoded, chat template included), else as given."""
        if self.run.prompt_token_ids:
            return decode(self.trace, self.run.prompt_token_ids)
        return self.run.prompt

    @cached_property
    def segments(self) -> tuple[Segment, ...]:
        """The path's tokens as running text: split characters joined (the page's ``TokenTable.segments``)."""
        steps = self.steps
        ids = [s.node.token for s in steps]
        out = []
        for start, end, text in join_bytes(self.trace, ids):  # type: ignore[arg-type]
            part = steps[start:end]
            logprobs = [s.logprob for s in part]
            total = None if any(lp is None for lp in logprobs) else sum(lp for lp in logprobs if lp is not None)
            out.append(Segment(first=start + 1, last=end, text=text, logprob=total, entropy=part[0].entropy))
        return tuple(out)

    def is_pruned(self, node_id: int) -> bool:
        """A node of a beam run that no result passes through (a pruned beam)."""
        return self.run.strategy.get("name") == "beam" and bool(self.run.results) and \
            node_id not in _result_nodes(self.run)


def _result_nodes(run: Run) -> set[int]:
    seen: set[int] = set()
    for result in run.results:
        seen.update(n.id for n in run.path(result.node))
    return seen


def join_bytes(trace: Trace, ids: list[int]) -> list[tuple[int, int, str]]:
    """Split token ids into ``(start, end, text)`` pieces, joining byte tokens into whole characters.

    A token with raw bytes in ``token_bytes`` is not valid UTF-8 alone (half an emoji); it
    is joined with the next ones until the bytes end on a character boundary, exactly as the
    viewer does, so a figure shows the emoji, not two ``<0xF0>`` escapes.
    """
    out: list[tuple[int, int, str]] = []
    pending = b""
    start = -1
    for i, token in enumerate(ids):
        raw = trace.token_bytes.get(token)
        if raw is None:
            if start >= 0:
                out.append((start, i, bytes_to_display(pending)))
                pending, start = b"", -1
            out.append((i, i + 1, trace.tokens.get(token, f"<id {token}>")))
            continue
        if start < 0:
            start = i
        pending += raw
        if _ends_complete(pending):
            out.append((start, i + 1, bytes_to_display(pending)))
            pending, start = b"", -1
    if start >= 0:
        out.append((start, len(ids), bytes_to_display(pending)))
    return out


def _ends_complete(data: bytes) -> bool:
    """Whether ``data`` ends on a character boundary (the viewer's ``endsComplete``)."""
    i = 0
    while i < len(data):
        lead = data[i]
        if lead < 0x80:
            i += 1
        elif 0xF0 <= lead < 0xF8:
            i += 4
        elif 0xE0 <= lead < 0xF0:
            i += 3
        elif 0xC0 <= lead < 0xE0:
            i += 2
        else:
            i += 1
    return i == len(data)


def decode(trace: Trace, ids: list[int]) -> str:
    """The text of a token sequence, split characters joined."""
    return "".join(text for _, _, text in join_bytes(trace, ids))


def select_run(trace: Trace, run_id: str | None) -> Run:
    """The run ``run_id`` (default: the first); a one-line error naming the runs when unknown."""
    if not trace.runs:
        raise TracegenError("the trace has no runs")
    if run_id is None:
        return trace.runs[0]
    try:
        return trace.run(run_id)
    except KeyError:
        names = ", ".join(repr(r.id) for r in trace.runs[:10]) + (", ..." if len(trace.runs) > 10 else "")
        raise TracegenError(f"no run {run_id!r} in the trace (runs: {names})") from None


def select_path(trace: Trace, run_id: str | None = None, result: int | None = None,
                node: int | None = None) -> PathSelection:
    """The path a figure draws.

    Args:
        trace: The trace.
        run_id: The run (default: the first).
        result: 1-based result number (1 = the best); the default when ``node`` is not given.
        node: A node id; the path ends there.

    Raises:
        TracegenError: Unknown run, result or node, or both ``result`` and ``node`` given.
    """
    run = select_run(trace, run_id)
    if result is not None and node is not None:
        raise TracegenError("give a result or a node, not both")
    if node is not None:
        if not run.has_node(node):
            raise TracegenError(f"run {run.id!r} has no node {node} (ids 0..{run.next_id() - 1})")
        rank = next((i for i, r in enumerate(run.results) if r.node == node), None)
        return PathSelection(trace, run, tuple(run.path(node)), rank)
    if result is not None:
        if not 1 <= result <= len(run.results):
            have = f"results 1..{len(run.results)}" if run.results else "no results"
            raise TracegenError(f"run {run.id!r} has no result {result} ({have}; 1 is the best)")
        end = run.results[result - 1].node
        return PathSelection(trace, run, tuple(run.path(end)), result - 1)
    if run.results:
        return PathSelection(trace, run, tuple(run.path(run.results[0].node)), 0)
    return PathSelection(trace, run, tuple(run.path(_most_likely_leaf(run))), None)


def _most_likely_leaf(run: Run) -> int:
    """An incomplete run without results: follow the most likely recorded child from the root."""
    current = run.root
    while True:
        children = run.children(current.id)
        if not children:
            return current.id
        current = max(children, key=lambda c: (c.logprob if c.logprob is not None else -math.inf, -c.id))
