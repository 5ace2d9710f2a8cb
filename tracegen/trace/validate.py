"""What a trace must satisfy beyond its JSON shape: ids, parents and the token table agree."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..errors import TracegenError

if TYPE_CHECKING:
    from .model import Trace


class TraceFormatError(TracegenError):
    """A file that is not a valid tracegen trace; the message names the file and the problem."""



def check_consistency(trace: Trace, source: str) -> None:
    """Check the cross-references a schema cannot express; raise ``TraceFormatError``."""
    def fail(problem: str) -> None:
        raise TraceFormatError(f"{source}: {problem}")

    tokens = trace.tokens
    seen_runs: set[str] = set()
    for run in trace.runs:
        where = f"run {run.id!r}"
        if run.id in seen_runs:
            fail(f"duplicate run id {run.id!r}")
        seen_runs.add(run.id)
        if not run.nodes:
            fail(f"{where} has no nodes")
        if run.nodes[0].parent is not None:
            fail(f"{where}: the first node must be the root (parent null)")
        for token_id in run.prompt_token_ids:
            if token_id not in tokens:
                fail(f"{where}: prompt token id {token_id} is missing from \"tokens\"")
        ids: set[int] = set()
        for node in run.nodes:
            if node.id in ids:
                fail(f"{where}: duplicate node id {node.id}")
            if node is not run.nodes[0]:
                if node.parent is None:
                    fail(f"{where}: node {node.id} has no parent (only the first node is the root)")
                if node.parent not in ids:
                    fail(f"{where}: node {node.id} has unknown parent {node.parent}")
                if node.token is None:
                    fail(f"{where}: node {node.id} has no token")
                if node.token not in tokens:
                    fail(f"{where}: node {node.id}: token id {node.token} is missing from \"tokens\"")
            ids.add(node.id)
            if node.top is not None:
                for token_id, logprob in node.top:
                    if token_id not in tokens:
                        fail(f"{where}: node {node.id}: top token id {token_id} is missing from \"tokens\"")
                    if math.isnan(logprob) or logprob > 1e-6:
                        fail(f"{where}: node {node.id}: logprob {logprob} is not a log-probability")
            if node.top_mass is not None and not 0 <= node.top_mass <= 1 + 1e-4:
                fail(f"{where}: node {node.id}: top_mass {node.top_mass} is not a probability")
        for result in run.results:
            if result.node not in ids:
                fail(f"{where}: result refers to unknown node {result.node}")

