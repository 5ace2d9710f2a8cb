"""Which nodes of two traces are the same context: same run id, same prompt, same token path.

Node ids need not agree (two recordings of the same prompts grow their trees in their own
order); the context does. Tokens known only by their text (ids below 0) are numbered per
file, so B's are renumbered to A's where the text is the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, itemgetter

from ..errors import TracegenError
from ..trace import Node, Run, Trace
from .tokenizers import check_same_tokens, check_same_vocab_size

CONTEXT_CHARS = 40  # characters of context kept to name a node in summaries


@dataclass(slots=True)
class Pair:
    """One context both traces hold: the run it belongs to in each and its node in each.

    ``depth`` counts the tokens after the prompt; ``context`` is the context's last
    ``CONTEXT_CHARS`` characters (prompt and path), what names the node in summaries.
    Slotted: a comparison of a 200,000-node path holds 200,000 of them.
    """

    run_a: Run
    run_b: Run
    a: Node
    b: Node
    depth: int
    context: str = ""


@dataclass
class Pairing:
    """The contexts two traces have in common, and what could not be paired.

    Attributes:
        pairs: Paired nodes, runs in A's order, nodes in A's order.
        texts: Display text of every token id in A's numbering (B's own unmapped ids renumbered).
        only_a: Run ids only A has; ``only_b`` likewise.
        prompt_differs: Run ids both have with different prompt tokens (not paired).
        retokenized: Contexts in common left out because a server saw them as other tokens.
    """

    pairs: list[Pair] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    prompt_differs: list[str] = field(default_factory=list)
    retokenized: int = 0
    b_ids: dict[int, int] = field(default_factory=dict)

    def b_token(self, token_id: int) -> int:
        """A token id of B in A's numbering (only unmapped ids below 0 change)."""
        return self.b_ids.get(token_id, token_id)


def pair(a: Trace, b: Trace, *, a_name: str = "A", b_name: str = "B") -> Pairing:
    """Pair the nodes of ``a`` and ``b`` by run id and context.

    Raises:
        TracegenError: The traces' tokenizers differ (one line naming a differing id), or
            they have no context in common.
    """
    check_same_vocab_size(a.model.get("vocab_size"), b.model.get("vocab_size"), ours_name=a_name, theirs_name=b_name)
    used = _used_ids(a, b)
    check_same_tokens(a.tokens, b.tokens, used, ours_name=a_name, theirs_name=b_name)
    # Same tokenizer: B's table names the ids A's does not hold (tokens only B's top-k has).
    out = Pairing(texts={**{t: text for t, text in b.tokens.items() if t >= 0}, **a.tokens})
    _renumber_unmapped(a, b, out)
    runs_b = {run.id: run for run in b.runs}
    out.only_b = [run.id for run in b.runs if run.id not in {r.id for r in a.runs}]
    for run_a in a.runs:
        run_b = runs_b.get(run_a.id)
        if run_b is None:
            out.only_a.append(run_a.id)
        elif run_a.prompt_token_ids != [out.b_token(t) for t in run_b.prompt_token_ids]:
            out.prompt_differs.append(run_a.id)
        else:
            _pair_run(run_a, run_b, out)
    if not out.pairs:
        why = "no run id in common" if len(out.only_a) == len(a.runs) else "no context (run id, prompt and token path) in common"
        raise TracegenError(f"{a_name} and {b_name} have {why}: nothing to compare")
    return out


def _used_ids(*traces: Trace) -> set[int]:
    """Every token id the traces use (``iter_token_ids`` of each run, as a set), gathered a
    run at a time rather than yielded one by one (3.2 million ids in two 200,000-node traces)."""
    used: set[int] = set()
    for trace in traces:
        for run in trace.runs:
            used.update(run.prompt_token_ids)
            used.update(map(attrgetter("token"), run.nodes))
            used.update(map(itemgetter(0), chain.from_iterable(filter(None, map(attrgetter("top"), run.nodes)))))
    used.discard(None)
    return used


def _renumber_unmapped(a: Trace, b: Trace, out: Pairing) -> None:
    by_text = {_raw(a, t): t for t in a.tokens if t < 0}
    fresh = min([0, *a.tokens]) - 1
    for token_id in sorted((t for t in b.tokens if t < 0), reverse=True):
        raw = _raw(b, token_id)
        if raw not in by_text:
            by_text[raw] = fresh
            out.texts[fresh] = b.tokens[token_id]
            fresh -= 1
        out.b_ids[token_id] = by_text[raw]


def _raw(trace: Trace, token_id: int) -> bytes:
    return trace.token_bytes.get(token_id, trace.tokens[token_id].encode("utf-8"))


def _pair_run(run_a: Run, run_b: Run, out: Pairing) -> None:
    """Pair a run's contexts one node at a time: a node of A is the same context as B's child
    of its parent's partner by the same token. Each node costs O(1) (plus ``CONTEXT_CHARS`` for
    its context's end), never its path: a 200,000-token path or a node with 100,000 children
    stays linear in time and memory."""
    # every node but the root has a parent and a token (the trace's validation checks it)
    children_b = {(node.parent, out.b_token(node.token)): node  # type: ignore[arg-type]
                  for node in run_b.nodes if node.parent is not None}
    prompt = "".join(out.texts.get(t, "") for t in run_a.prompt_token_ids[-CONTEXT_CHARS:])
    # A node id -> (B's node of the same context, depth, the context's last CONTEXT_CHARS characters)
    partner: dict[int, tuple[Node, int, str]] = {run_a.root.id: (run_b.root, 0, prompt[-CONTEXT_CHARS:])}
    for node in run_a.nodes:
        if node.parent is not None:
            parent = partner.get(node.parent)
            if parent is None or node.token is None:
                continue
            other = children_b.get((parent[0].id, node.token))
            if other is None:
                continue
            partner[node.id] = (other, parent[1] + 1, (parent[2] + out.texts.get(node.token, ""))[-CONTEXT_CHARS:])
        other, depth, context = partner[node.id]
        if node.extra.get("retokenized") or other.extra.get("retokenized"):
            out.retokenized += 1
            continue
        out.pairs.append(Pair(run_a=run_a, run_b=run_b, a=node, b=other, depth=depth, context=context))
