"""llama.cpp's KV-cache sequences as a cache of contexts, reused by their longest shared prefix.

Every context the backend evaluates lives in one llama.cpp sequence (a ``Slot``: its id and
the tokens its cells hold). To evaluate a new context, ``SequencePool.run`` starts from the
slot that shares the longest prefix with it: the slot itself when it holds exactly that
prefix and nothing else wants it (it grows in place), otherwise a fresh sequence that copies
the prefix's cells (in the unified cache that only tags the cells). Only the tokens past the
prefix are decoded, all requests of a call in shared batches. So extending a beam, a branch
level or a live click costs one incremental step per context, whatever asked for it.

Slots are a cache, not owned: one a ``Step`` or a tree still refers to may be reused once
sequence ids or cells run out (least recently used first). A stale reference only costs
speed: the pool checks that a slot still holds the prefix before reusing it, and otherwise
finds another one or decodes from the start.

When a call's contexts do not fit even after the idle slots are evicted, the KV cache grows
(``LlamaContext.grow``, a new empty cache of twice the cells, up to ``--n-ctx``) and the call
runs again on it from the start.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ...errors import TracegenError
from ..prefix import shared_prefix
from .context import LlamaContext, NoRoom

IDLE_SLOTS = 16  # slots kept beyond those the last call returned: recent contexts for live mode


class _Full(Exception):
    """The contexts of one call do not fit the KV cache at its present size."""


@dataclass(eq=False)
class Slot:
    """One llama.cpp sequence: its id and the tokens at its positions ``0..len-1``."""

    seq: int
    tokens: list[int] = field(default_factory=list)


@dataclass
class Request:
    """A context to evaluate.

    Args:
        tokens: The context.
        first_output: The first position whose next-token logits are wanted (the rows run
            from there to the last position).
        hint: The slot that probably holds a prefix (the parent's), checked before use.
    """

    tokens: Sequence[int]
    first_output: int
    hint: Slot | None = None


@dataclass
class _Plan:
    request: Request
    source: Slot | None
    shared: int
    target: Slot | None = None

    @property
    def slot(self) -> Slot:
        """The sequence the request runs in (once the plan is placed)."""
        assert self.target is not None, "a plan is placed before it runs"
        return self.target


class SequencePool:
    """Sequences of one ``LlamaContext``, reused across calls.

    Args:
        context: The llama.cpp context whose KV cache holds the sequences.
        idle_slots: Slots kept beyond those the last call returned.
    """

    def __init__(self, context: LlamaContext, idle_slots: int = IDLE_SLOTS) -> None:
        self.context = context
        self.idle_slots = idle_slots
        self._free = list(range(context.n_seq_max - 1, -1, -1))
        self._slots: OrderedDict[int, Slot] = OrderedDict()  # seq id -> slot, least recently used first

    def __len__(self) -> int:
        return len(self._slots)

    def run(self, requests: Sequence[Request]) -> tuple[np.ndarray, list[Slot]]:
        """Evaluate ``requests``; each ends in a slot holding its whole context.

        Returns:
            ``(logits, slots)``: ``[rows, n_vocab]`` float32 logits, request by request, the
            rows of each from its ``first_output`` to its last position; and each request's slot.

        Raises:
            TracegenError: A context longer than the KV cache, or more than it holds at once.
        """
        context = self.context
        for request in requests:
            if not 0 <= request.first_output < len(request.tokens):
                raise ValueError("first_output must be a position of a non-empty context")
            if len(request.tokens) > context.max_n_ctx:
                raise TracegenError(f"a context of {len(request.tokens)} tokens does not fit the llama.cpp context "
                                    f"of {context.max_n_ctx} tokens: raise --n-ctx")
        longest = max((len(r.tokens) for r in requests), default=0)
        if longest > context.n_ctx:
            self._grow(requests, longest)
        while True:
            try:
                return self._run(requests)
            except _Full:
                if not context.can_grow:
                    raise TracegenError(f"the llama.cpp context ({context.n_ctx} tokens) cannot hold this many "
                                        "contexts at once: raise --n-ctx") from None
                self._grow(requests)  # and run the whole call again, on the bigger cache

    def reserve(self, context: Sequence[int], cells: int) -> None:
        """Grow the cache to ``cells`` (at most ``max_n_ctx``) now if it has fewer, and decode
        ``context`` into it again, so that what extends its prefixes shares its cells."""
        if cells <= self.context.n_ctx or not self.context.can_grow or not context:
            return
        self.clear()
        self.context.grow(cells)
        self._run([Request(context, len(context) - 1)])

    def _grow(self, requests: Sequence[Request], cells: int = 0) -> None:
        self.clear()
        self.context.grow(cells)
        # The slots the requests would have started from are gone: decode the prefix they all
        # share once, so that they share its cells again rather than each decode it.
        common = min(len(requests[0].tokens), *(r.first_output for r in requests))
        for request in requests[1:]:
            common = shared_prefix(requests[0].tokens, request.tokens, common)
        if common > 1 and len(requests) > 1:
            self._run([Request(requests[0].tokens[:common], common - 1)])

    def _run(self, requests: Sequence[Request]) -> tuple[np.ndarray, list[Slot]]:
        # A context asked for twice (samples that drew the same tokens) is decoded once: the
        # others get sequences on its cells and its rows, so equal contexts get equal numbers.
        first: dict[tuple[tuple[int, ...], int], int] = {}  # context -> its index in ``distinct``
        distinct: list[Request] = []
        for request in requests:
            key = (tuple(request.tokens), request.first_output)
            if key not in first:
                first[key] = len(distinct)
                distinct.append(request)
        # At most half the sequence ids per chunk: its sources and its targets must all fit.
        chunk = max(1, self.context.n_seq_max // 2)
        logits, made = [], []
        for start in range(0, len(distinct), chunk):
            rows, slots = self._run_chunk(distinct[start:start + chunk])
            logits.append(rows)
            made.extend(slots)
        rows = logits[0] if len(logits) == 1 else np.concatenate(logits)
        offsets = np.cumsum([0] + [len(r.tokens) - r.first_output for r in distinct])
        out_rows, out_slots, handed = [], [], set()
        for request in requests:
            index = first[(tuple(request.tokens), request.first_output)]
            out_rows.append(rows[offsets[index]:offsets[index + 1]])
            out_slots.append(self._fork(made[index]) if index in handed else made[index])
            handed.add(index)
        self._trim(keep=set(map(id, out_slots)))
        return (rows if len(requests) == len(distinct) else np.concatenate(out_rows)), out_slots

    def _fork(self, slot: Slot) -> Slot:
        """A new sequence on all of ``slot``'s cells."""
        fork = self._new_slot({id(slot)})
        self.context.copy(slot.seq, fork.seq, len(slot.tokens))
        fork.tokens = list(slot.tokens)
        return fork

    def clear(self) -> None:
        """Forget every sequence and empty the KV cache."""
        self.context.clear()
        self._free = list(range(self.context.n_seq_max - 1, -1, -1))
        for slot in self._slots.values():
            slot.tokens = []  # a stale reference now shares nothing
        self._slots.clear()

    # -- planning ----------------------------------------------------------------------

    def _run_chunk(self, requests: Sequence[Request]) -> tuple[np.ndarray, list[Slot]]:
        plans = [_Plan(r, *self._source(r)) for r in requests]
        busy = {id(p.source) for p in plans if p.source is not None}
        for plan in plans:
            if plan.source is not None:
                self._slots.move_to_end(plan.source.seq)
        # A source that holds exactly the shared prefix grows in place, for its first request...
        taken: set[int] = set()
        for plan in plans:
            source = plan.source
            if source is not None and len(source.tokens) == plan.shared and id(source) not in taken:
                plan.target = source
                taken.add(id(source))
        # ...every other request gets a fresh sequence tagged onto the prefix's cells (before
        # any decoding, so it copies what its source holds now).
        for plan in plans:
            if plan.target is None:
                plan.target = self._new_slot(busy)
                busy.add(id(plan.target))
                if plan.source is not None:
                    self.context.copy(plan.source.seq, plan.slot.seq, plan.shared)
                plan.slot.tokens = list(plan.request.tokens[:plan.shared])
        try:
            rows = self._decode(plans, busy)
        except BaseException:
            self.clear()  # part of the batch may be in the cache: forget it all rather than guess
            raise
        for plan in plans:
            plan.slot.tokens = list(plan.request.tokens)
            self._slots.move_to_end(plan.slot.seq)
        return rows, [p.slot for p in plans]

    def _source(self, request: Request) -> tuple[Slot | None, int]:
        """The live slot sharing the longest prefix with the request (up to its first output), and that length."""
        tokens, limit = request.tokens, request.first_output
        best, best_len = None, 0
        hint = request.hint
        if hint is not None and self._slots.get(hint.seq) is hint:
            best, best_len = hint, shared_prefix(hint.tokens, tokens, limit)
        if best_len < limit:
            for slot in self._slots.values():
                shared = shared_prefix(slot.tokens, tokens, limit)
                if shared > best_len:
                    best, best_len = slot, shared
        return (best, best_len) if best_len > 0 else (None, 0)

    def _new_slot(self, busy: set[int]) -> Slot:
        if not self._free:
            self._evict_one(busy)
        slot = Slot(self._free.pop())
        self._slots[slot.seq] = slot
        return slot

    def _evict_one(self, busy: set[int]) -> None:
        for slot in self._slots.values():  # least recently used first
            if id(slot) not in busy:
                self._release(slot)
                return
        raise TracegenError("every llama.cpp sequence is in use")

    def _release(self, slot: Slot) -> None:
        self.context.drop(slot.seq)
        del self._slots[slot.seq]
        slot.tokens = []  # any stale reference now shares nothing
        self._free.append(slot.seq)

    def _trim(self, keep: set[int]) -> None:
        idle = [s for s in self._slots.values() if id(s) not in keep]
        for slot in idle[:max(0, len(idle) - self.idle_slots)]:
            self._release(slot)

    # -- decoding ----------------------------------------------------------------------

    def _decode(self, plans: Sequence[_Plan], busy: set[int]) -> np.ndarray:
        """Feed every plan's missing tokens, ``n_batch`` at a time; the wanted logits in request order."""
        feed: list[tuple[int, int, int, bool]] = []  # token, position, seq, wants logits
        for plan in plans:
            request = plan.request
            for position in range(plan.shared, len(request.tokens)):
                feed.append((request.tokens[position], position, plan.slot.seq, position >= request.first_output))
        out = []
        size = self.context.n_batch
        for start in range(0, len(feed), size):
            part = feed[start:start + size]
            out.append(self._decode_batch(part, busy))
        return out[0] if len(out) == 1 else np.concatenate(out)

    def _decode_batch(self, part: list[tuple[int, int, int, bool]], busy: set[int]) -> np.ndarray:
        tokens, positions, seqs, outputs = zip(*part, strict=True)
        while True:
            try:
                return self.context.decode(tokens, positions, seqs, outputs)
            except NoRoom:
                # Free the cells of the least recently used contexts not in this call, and retry.
                try:
                    self._evict_one(busy)
                except TracegenError:
                    raise _Full() from None
