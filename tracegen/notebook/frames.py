"""Traces as pandas DataFrames: one row per step (``Trace.to_pandas``), one per candidate
(``Run.candidates_frame``).

One step, one row, as the viewer shows a token: a row is a generated token (a node other than
the root) beside the distribution it was drawn from (its parent's), so ``entropy_bits`` is how
uncertain the model was when it chose that token, and ``node`` is what the page's
``#run=..&node=..`` and ``tracegen figure --node`` name. Units are in the column names:
surprisal and entropy in bits (as the viewer), ``logprob`` in nats (natural log). The
distribution after the last token of a path is in ``Run.candidates_frame`` (no token was
drawn from it).

Ids that can be missing (rank) are pandas' nullable ``Int64``; missing numbers are ``NaN``.
Ranks are 0-based, as the trace stores them (0 = most likely). A row's ``text`` is everything
generated after the prompt up to and including its token, decoded from the tokens' joined
bytes, so a character split over tokens reads whole.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..errors import TracegenError
from ..trace.tokens import bytes_to_display
from .extras import import_extra

if TYPE_CHECKING:
    import pandas

    from ..trace import Node, Run, Trace

NODE_COLUMNS = ("run", "node", "parent", "position", "token_id", "token", "probability", "logprob", "surprisal_bits",
                "rank", "entropy_bits", "margin", "top_mass", "finish", "text")
CANDIDATE_COLUMNS = ("rank", "token_id", "token", "probability", "logprob", "child")


def token_bytes(trace: Trace, token_id: int) -> bytes:
    """A token's exact bytes: from ``token_bytes`` when its text alone is not valid UTF-8."""
    raw = trace.token_bytes.get(token_id)
    return raw if raw is not None else trace.tokens.get(token_id, "").encode("utf-8")


def top_mass(node: Node) -> float | None:
    """The probability the recorded top-k covers: stored for top-k-only nodes, else summed."""
    if node.top_mass is not None:
        return node.top_mass
    if node.top is None:
        return None
    return math.fsum(math.exp(lp) for _, lp in node.top)


def _number(value: float | None) -> float:
    return math.nan if value is None else float(value)


def trace_frame(trace: Trace) -> pandas.DataFrame:
    """One row per step (a generated token) of every run; columns ``NODE_COLUMNS``.

    Args:
        trace: Any trace.

    Returns:
        A DataFrame with columns run, node (the token's node), parent (the node whose
        distribution it was drawn from), position (1 = the first generated token), token_id,
        token, probability, logprob (nats), surprisal_bits, rank, entropy_bits (of the
        distribution the token was drawn from), margin (the token's probability minus the most
        likely other token's, in that distribution: negative when another was likelier),
        top_mass (what that distribution's recorded top-k covers), finish and text, in run
        order then node order.
    """
    pd = import_extra("pandas", "Trace.to_pandas()")
    columns: dict[str, list] = {name: [] for name in NODE_COLUMNS}
    for run in trace.runs:
        depth: dict[int, int] = {}
        generated: dict[int, bytes] = {}
        for node in run.nodes:  # parents always come before their children
            parent = node.parent
            depth[node.id] = 0 if parent is None else depth[parent] + 1
            own = b"" if node.token is None else token_bytes(trace, node.token)
            generated[node.id] = (b"" if parent is None else generated[parent]) + own
            if parent is None:
                continue  # the root: no token was drawn
            drawn_from = run.node(parent)
            columns["run"].append(run.id)
            columns["node"].append(node.id)
            columns["parent"].append(parent)
            columns["position"].append(depth[node.id])
            columns["token_id"].append(node.token)
            columns["token"].append(None if node.token is None else trace.tokens.get(node.token))
            columns["probability"].append(math.nan if node.logprob is None else math.exp(node.logprob))
            columns["logprob"].append(_number(node.logprob))
            columns["surprisal_bits"].append(math.nan if node.logprob is None else -node.logprob / math.log(2))
            columns["rank"].append(node.rank)
            columns["entropy_bits"].append(math.nan if drawn_from.entropy is None else drawn_from.entropy / math.log(2))
            columns["margin"].append(_number(margin(drawn_from, node)))
            columns["top_mass"].append(_number(top_mass(drawn_from)))
            columns["finish"].append(node.extra.get("finish"))
            columns["text"].append(bytes_to_display(generated[node.id]))
    frame = pd.DataFrame(columns)
    frame["rank"] = frame["rank"].astype("Int64")
    return frame


def margin(drawn_from: Node, node: Node) -> float | None:
    """``p(token) - p(the most likely other token)`` in the distribution ``node``'s token was
    drawn from: its lead over the runner-up (negative: another token was likelier). ``None``
    when the token's probability or the distribution is unknown."""
    if node.logprob is None or not drawn_from.top:
        return None
    others = [lp for t, lp in drawn_from.top if t != node.token]
    if not others:
        return None
    return math.exp(node.logprob) - math.exp(max(others))


def candidates_frame(run: Run, node: Node | int) -> pandas.DataFrame:
    """The recorded top-k of ``node`` in ``run``, most likely first; columns ``CANDIDATE_COLUMNS``.

    Args:
        run: A run that belongs to a trace (its token table names the tokens).
        node: A node of the run, or its id.

    Returns:
        A DataFrame with columns rank (0-based), token_id, token, probability, logprob and
        child (the id of the node reached through that token, when it was explored).

    Raises:
        TracegenError: ``node`` is not in the run, or was never evaluated (a finished leaf).
    """
    pd = import_extra("pandas", "Run.candidates_frame()")
    trace = run.trace
    if trace is None:
        raise TracegenError(f"run {run.id!r} is in no trace: its token texts are in the trace's token table")
    node_id = node if isinstance(node, int) else node.id
    if not run.has_node(node_id):
        raise TracegenError(f"run {run.id!r} has no node {node_id}")
    top = run.node(node_id).top
    if top is None:
        raise TracegenError(f"node {node_id} of run {run.id!r} was never evaluated: it has no candidates")
    children = {child.token: child.id for child in run.children(node_id)}
    frame = pd.DataFrame({
        "rank": range(len(top)),
        "token_id": [token for token, _ in top],
        "token": [trace.tokens.get(token) for token, _ in top],
        "probability": [math.exp(lp) for _, lp in top],
        "logprob": [float(lp) for _, lp in top],
        "child": [children.get(token) for token, _ in top],
    })
    frame["child"] = frame["child"].astype("Int64")
    return frame
