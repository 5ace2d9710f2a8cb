"""Saved API responses with logprobs, turned into a trace (``tracegen import``).

A response names tokens by text (sometimes with ids) and gives each step's top-k only; the
parsers in ``tracegen.logprobs`` read each documented shape into positions, ``responses.py``
finds the responses, their prompts and choices in a saved file, and this module builds the
trees: every choice is one path from the root (the context after the prompt), and choices
that share a prompt share one tree. See ``docs/import.md``.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any

from .._jsontext import lone_surrogate
from ..errors import TracegenError, require
from ..logprobs.shapes import Candidate, ShapeError, named_by_id
from ..trace import Node, Result, Run, Trace, iter_token_ids, round_logprob
from ..trace.tokens import TokenTable, UnmappedIds, collect_entries, entry_of_bytes
from .responses import FORMATS, Choice, Record, read_records

__all__ = ["FORMATS", "import_responses"]

# finish_reason (OpenAI, vLLM, TGI) or stop_type (llama.cpp) -> the trace's `finish`.
_FINISH = {"stop": "eos", "eos_token": "eos", "stop_sequence": "eos", "eos": "eos", "word": "eos",
           "length": "length", "limit": "length"}


def import_responses(path: str | os.PathLike, source_format: str, *, tokenizer: Any = None,
                     model_name: str | None = None) -> Trace:
    """Convert a file of saved API responses with logprobs into a trace.

    Everything is read and checked before anything is returned, so a caller that saves the
    trace never writes a partial file.

    Args:
        path: A JSON file (one response, or a list of them) or a JSONL file (one per line);
            ``"-"`` reads standard input. A record may be wrapped as ``{"prompt": ...,
            "response": {...}}``, ``{"messages": [...], "response": {...}}`` or ``{"request":
            {...}, "response": {...}}``, with an optional ``"id"`` naming its run.
        source_format: One of ``FORMATS``: ``openai-chat``, ``openai-completions``,
            ``llamacpp``, ``vllm`` (either OpenAI shape, plus vLLM's token ids) or ``tgi``.
        tokenizer: Maps token texts to ids where the source gives none: a spec for
            ``tracegen.models.load_tokenizer`` (hub id, model directory, ``.gguf``), a
            ``transformers`` tokenizer or a ``TokenTable``. Default ``None``: tokens without a
            source id get ids below 0 (unmapped), the same text always the same id.
        model_name: The trace's ``model.name``. Default: the responses' ``model`` field, else
            ``"unknown"``.

    Returns:
        A validated trace: one run per prompt, each response choice one path of its tree.

    Raises:
        TracegenError: An unreadable file, an unknown format, or a record that does not have
            its API's shape; the one-line message names the file, the record and the field.
    """
    if source_format not in FORMATS:
        raise TracegenError(f"unknown format {source_format!r}: use one of {', '.join(FORMATS)}")
    if model_name is not None:  # e.g. a command line's undecodable bytes
        bad = lone_surrogate(model_name)
        require(bad is None, "model_name", f"holds a lone surrogate {bad}: not text")
    records = read_records(path, source_format)
    table, tokenizer_source = _token_table(tokenizer)
    name = "<stdin>" if str(path) == "-" else str(path)
    builder = _Builder(name, source_format, _Vocabulary(table))
    for record in records:
        builder.add(record)
    model: dict[str, Any] = {
        "name": model_name or next((r.model for r in records if r.model), None) or "unknown",
        "vocab_size": len(table.tokenizer) if table is not None else None,
        "backend": "import",
        "imported_from": source_format,
    }
    if tokenizer_source is not None:
        model["tokenizer"] = tokenizer_source
    trace = builder.finish(model)
    trace.validate(source=name)
    return trace


def _token_table(tokenizer: Any) -> tuple[TokenTable | None, str | None]:
    if tokenizer is None:
        return None, None
    if isinstance(tokenizer, TokenTable):
        return tokenizer, getattr(tokenizer.tokenizer, "name_or_path", None) or None
    if isinstance(tokenizer, str):
        from ..models import load_tokenizer  # transformers is imported only when a tokenizer is wanted

        loaded, source = load_tokenizer(tokenizer)
        return TokenTable(loaded), source
    return TokenTable(tokenizer), getattr(tokenizer, "name_or_path", None) or None


class _Vocabulary:
    """Ids for the tokens a source names, and the trace's ``tokens``/``token_bytes`` for them.

    An id the source gives is used as is, with the source's bytes. Otherwise the tokenizer's
    ``TokenTable.id_for`` maps the text (or bytes); without a tokenizer every such token is
    unmapped (``UnmappedIds``: an id below 0, the same bytes always the same id). Display
    text comes from ``trace.tokens`` like everywhere else.
    """

    def __init__(self, table: TokenTable | None) -> None:
        self.table = table
        self.source: dict[int, bytes] = {}  # id -> bytes, for ids the source gave with a text
        self.unmapped = table.unmapped if table is not None else UnmappedIds()

    def id(self, token: Candidate) -> int:
        data = token.raw if token.raw is not None else token.text.encode("utf-8")
        if token.id is not None:
            if not named_by_id(token):
                self.source.setdefault(token.id, data)
            return token.id
        if self.table is not None:
            return self.table.id_for(token.text, token.raw)
        return self.unmapped.id_for(data)

    def raw(self, token_id: int) -> bytes:
        """The token's bytes, for joining a result's text (its display text when unknown)."""
        display, data = self.entry(token_id)
        return data if data is not None else display.encode("utf-8")

    def text(self, ids: list[int]) -> str:
        """The text these ids spell, or "" when one of them has no known bytes."""
        parts = [self.entry(t)[1] for t in ids]
        if any(p is None for p in parts):
            return ""
        return b"".join(parts).decode("utf-8", errors="replace")  # type: ignore[arg-type]

    def entries(self, ids: set[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        return collect_entries(sorted(ids), self.entry)

    def entry(self, token_id: int) -> tuple[str, bytes | None]:
        """``(display text, bytes or None)``: the source's bytes, an unmapped token's, the tokenizer's."""
        if token_id in self.source:
            return entry_of_bytes(token_id, self.source[token_id])
        if token_id < 0:
            return entry_of_bytes(token_id, self.unmapped.bytes_of(token_id))
        if self.table is not None and token_id < self.table.vocab_size:
            return self.table.display(token_id), self.table.raw_bytes(token_id)
        return entry_of_bytes(token_id, None)  # named only by an id, and no tokenizer knows it


@dataclass
class _Tree:
    """A run being built, and what decides which records join it."""

    run: Run
    prompt_key: str | None = None
    leaves: dict[int, Result] = field(default_factory=dict)
    top_k: int = 0
    post_sampling: bool = False


class _Builder:
    def __init__(self, source: str, source_format: str, vocab: _Vocabulary) -> None:
        self.source = source
        self.source_format = source_format
        self.vocab = vocab
        self.trees: list[_Tree] = []
        self.by_key: dict[Any, _Tree] = {}

    def add(self, record: Record) -> None:
        tree = self._tree(record)
        tree.post_sampling |= record.post_sampling
        for choice in record.choices:
            self._add_path(tree, choice)

    def _tree(self, record: Record) -> _Tree:
        """The run a record joins: same ``id``, else same prompt; a record with neither its own."""
        prompt_ids = [self.vocab.id(t) for t in record.prompt_tokens] if record.prompt_tokens is not None else None
        if record.run_id is not None:
            key: Any = ("id", record.run_id)
        elif record.prompt_key is not None:
            key = ("prompt", record.chat, record.prompt_key)
        elif prompt_ids:
            key = ("ids", record.chat, tuple(prompt_ids))
        else:
            key = ("record", record.label)
        tree = self.by_key.get(key)
        if tree is None:
            prompt = record.prompt if record.prompt is not None else self.vocab.text(prompt_ids or [])
            run = Run(id=record.run_id or "", prompt=prompt, prompt_token_ids=prompt_ids or [],
                      strategy={"name": "import", "from": self.source_format}, top_k=1,
                      nodes=[Node(id=0)], extra={"chat": record.chat})
            if record.messages is not None:
                run.extra["messages"] = record.messages
            tree = self.by_key[key] = _Tree(run=run, prompt_key=record.prompt_key)
            self.trees.append(tree)
            return tree
        if record.prompt_key is not None:
            if tree.prompt_key is None:  # the run's first records did not say their prompt
                tree.prompt_key, tree.run.prompt = record.prompt_key, record.prompt or ""
            elif record.prompt_key != tree.prompt_key:
                raise ShapeError(f"{self.source}: {record.label}: id: {record.run_id!r} names a run "
                                 "with another prompt")
        if not tree.run.prompt_token_ids and prompt_ids:
            tree.run.prompt_token_ids = prompt_ids
        return tree

    def _add_path(self, tree: _Tree, choice: Choice) -> None:
        run = tree.run
        node = run.root
        logprobs: list[float | None] = []
        for i, position in enumerate(choice.positions):
            token_id = self._chosen(choice, i)
            if node.top is None:
                node.top = self._top(position.top, position.token, token_id)
                # A sum past 1 is the source's rounding: the top covers everything.
                node.top_mass = min(round(sum(math.exp(lp) for _, lp in node.top), 5), 1.0)
                node.entropy = None
                tree.top_k = max(tree.top_k, len(node.top))
            logprob = position.token.logprob
            rank = next((r for r, (t, _) in enumerate(node.top) if t == token_id), None)
            if logprob is None and rank is not None:
                logprob = node.top[rank][1]
            child = run.child(node.id, token_id)
            if child is None:
                child = run.add_node(Node(id=run.next_id(), parent=node.id, token=token_id,
                                          logprob=None if logprob is None else round_logprob(logprob), rank=rank))
            logprobs.append(child.logprob)
            node = child
        finish = _FINISH.get(choice.finish_reason) if isinstance(choice.finish_reason, str) else None
        if finish is not None:
            node.extra.setdefault("finish", finish)
        if node.id in tree.leaves:
            return
        known = [lp for lp in logprobs if lp is not None]
        extra: dict[str, Any] = {"num_tokens": len(logprobs)}
        if len(known) == len(logprobs):
            extra["logprob"] = round(sum(known), 5)
        if finish is not None:
            extra["finish"] = finish
        text = b"".join(self.vocab.raw(t) for t in run.token_ids(node.id)).decode("utf-8", errors="replace")
        tree.leaves[node.id] = Result(node=node.id, score=round(sum(known), 5), text=text, extra=extra)

    def _chosen(self, choice: Choice, i: int) -> int:
        token = choice.positions[i].token
        if choice.token_ids is None:
            return self.vocab.id(token)
        token_id = choice.token_ids[i]
        if token.id is None and not named_by_id(token):
            # The source lists the ids apart from the texts (vLLM's token_ids): keep its text.
            self.vocab.id(Candidate(token.text, token.logprob, token.raw, token_id))
        return token_id

    def _top(self, top: list[Candidate] | None, chosen: Candidate, chosen_id: int) -> list[tuple[int, float]]:
        """``[(id, logprob)]``, most likely first, each id once.

        When the chosen token's id came apart from its text (vLLM's ``token_ids``), the
        candidate with its exact text and logprob is that token.
        """
        out: list[tuple[int, float]] = []
        seen: set[int] = set()
        for cand in top or ():
            if (cand.id is None and chosen.id is None and cand.text == chosen.text and cand.raw == chosen.raw
                    and cand.logprob is not None and cand.logprob == chosen.logprob):
                token_id = chosen_id
            else:
                token_id = self.vocab.id(cand)
            if cand.logprob is not None and token_id not in seen:
                seen.add(token_id)
                out.append((token_id, round_logprob(cand.logprob)))
        return out

    def finish(self, model: dict[str, Any]) -> Trace:
        taken = {t.run.id for t in self.trees if t.run.id}
        counter = 0
        for tree in self.trees:
            run = tree.run
            if not run.id:
                counter += 1
                while f"import-{counter}" in taken:
                    counter += 1
                run.id = f"import-{counter}"
            run.top_k = max(tree.top_k, 1)  # the format wants at least 1, also when no top was given
            if tree.post_sampling:
                run.strategy["probabilities"] = "after sampling"
            # Best first; a sum that misses an unknown logprob is no better than it looks: after.
            run.results = sorted(tree.leaves.values(), key=lambda r: ("logprob" not in r.extra, -r.score))
        runs = [t.run for t in self.trees]
        ids = {t for run in runs for t in iter_token_ids(run)}
        tokens, token_bytes = self.vocab.entries(ids)
        return Trace(model=model, tokens=tokens, runs=runs, token_bytes=token_bytes)

