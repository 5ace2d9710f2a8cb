"""The server backend: strategies run through an OpenAI-compatible ``/completions`` endpoint.

A server returns only the top-k of each distribution (``logprobs``), named by token text.
Rows are therefore top-k only (``exact`` false): the returned entries are finite, the rest
``-inf``. Texts become ids through the model's tokenizer; a text no single id matches gets
a column past the vocabulary, which ``Exploration`` records as an id below 0 (unmapped),
never a guess.

Contexts go out as token ids where the server takes them (vLLM, llama.cpp's own server),
so paths stay token-exact; otherwise as text, and rows whose text would tokenize
differently are marked (``Step.retokenized``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import torch

from ...errors import TracegenError
from ...logprobs import Candidate, Position, ShapeError, openai_completions
from ...trace import Node, Run
from ...trace.tokens import TokenTable
from ..base import Decoded, Sampler, Step, Tree, column_to_id, id_to_column
from ..remote import RemoteBackend
from .client import Client, RequestFailed

UNMAPPED_COLUMNS = 4096  # room past the vocabulary for tokens known only by text


class OpenAIBackend(RemoteBackend):
    """Runs strategies through a server's OpenAI-style completions API.

    Args:
        client: The HTTP client (concurrency, retries, timeouts).
        model: The model name the server serves (the requests' ``model``).
        tokens: The model's tokenizer's table, to map token texts to ids.
        info: The trace's ``model`` field (see ``connect``).
        top_k: Candidates to ask for per position (``logprobs``).
        prompt_format: ``"ids"`` (token-id prompts), ``"text"``, or ``"auto"``: ids if the
            server takes them.
        concurrency: Runs the recorder may explore at once (requests share the client's limit).
    """

    exact = False
    shares_prefixes = False  # rollouts: one request per continuation (tracegen.forking.rollouts)

    def __init__(self, client: Client, model: str, tokens: TokenTable, info: dict[str, Any], *, top_k: int,
                 prompt_format: str = "auto", concurrency: int = 1) -> None:
        super().__init__(tokens.tokenizer, info, tokens=tokens)
        self.client = client
        self.model = model
        self.top_k = top_k
        self.wanted = top_k
        self.prompt_format = prompt_format
        self.concurrency = concurrency
        self.known: dict[tuple[int, ...], list[tuple[int, float]]] = {}  # from a resumed trace
        self.extra_body: dict[str, Any] = {}
        self.most_returned = 0  # the longest top-k a server answered so far
        self.eos_ids = self.eos_token_ids
        #: Whether the server answers a request's ``n`` choices (``None``: not asked yet).
        self.honours_n: bool | None = None

    @property
    def vocab_size(self) -> int:
        return self.tokens.vocab_size

    @property
    def work_unit(self) -> str:
        return "requests"

    def close(self) -> None:
        self.client.close()

    def cancel(self) -> None:
        self.client.cancel()

    @contextmanager
    def track(self) -> Iterator[list[int]]:
        # Runs share the client; count only the requests made on behalf of this run.
        with self.client.track() as box:
            yield box

    # -- what strategies use -----------------------------------------------------------

    def require_top(self, k: int) -> None:
        self.wanted = max(self.wanted, k)

    def prefill(self, ids: Sequence[int]) -> Step:
        return self._step([list(ids)])

    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        rows = torch.as_tensor(rows).view(-1).tolist()
        tokens = torch.as_tensor(tokens).view(-1).tolist()
        return self._step([step.state[r] + [self._token(t)] for r, t in zip(rows, tokens, strict=True)])

    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        return self._step([list(ids)]).logprobs[0]

    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        return _ServerTree(self, list(prompt_ids))

    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        """One request per prefix, concurrently.

        Not ``echo``: servers disagree on what an echoed prompt's ``top_logprobs`` belong to
        (llama-cpp-python 0.3 shifts them by one token), while the next token's top-k after
        a prefix means the same everywhere. A forced token outside it has no known logprob.
        """
        step = self._step([list(ids[:end]) for end in range(start, len(ids) + 1)])
        return Step(step.logprobs, None, exact=False, retokenized=step.retokenized)

    def decode(self, ids: Sequence[int], *, n: int, max_new_tokens: int, sampler: Sampler | None,
               eos: torch.Tensor) -> Iterator[Decoded]:
        """``n`` sequences sampled by the server: one request with ``n`` (see ``decode_many``)."""
        yield from self.decode_many([ids], n=n, max_new_tokens=max_new_tokens, samplers=[sampler], eos=eos)[0]


    def decode_many(self, contexts: Sequence[Sequence[int]], *, n: int, max_new_tokens: int,
                    samplers: Sequence[Sampler | None], eos: torch.Tensor,
                    note: Callable[[str], None] | None = None) -> list[list[Decoded]]:
        """``n`` sequences from each context, sampled by the server: one request per context
        asking for ``n`` choices (seeded with the sampler's seed), all sent together
        (``--concurrency`` in flight).

        A server that answers fewer choices than asked (llama-cpp-python's ignores ``n``) or
        refuses ``n`` is asked once per missing sequence instead (seed + sequence index, the
        first choice kept as sequence 0); ``honours_n`` then turns false and later calls
        send one request per sequence from the start, and ``note`` is told so.
        """
        prompts = [self._prompt(list(ids))[0] for ids in contexts]
        choices: list[list[dict[str, Any]]] = [[] for _ in contexts]
        if n > 1 and self.honours_n is not False:
            bodies = [self._sampling_body(prompt, max_new_tokens, sampler, 0, n)
                      for prompt, sampler in zip(prompts, samplers, strict=True)]
            try:
                answers = self.client.post_all("/completions", bodies)
            except RequestFailed as exc:
                if self.honours_n:
                    raise
                self._ignores_n(note, f"refused n = {n} ({exc})")
            else:
                choices = [_choices(answer)[:n] for answer in answers]
                if all(len(c) == n for c in choices):
                    self.honours_n = True
                elif not self.honours_n:
                    self._ignores_n(note, f"answered {min(len(c) for c in choices)} choice(s) for n = {n}")
        missing = [(i, sample) for i, got in enumerate(choices) for sample in range(len(got), n)]
        if missing:
            answers = self.client.post_all("/completions", [
                self._sampling_body(prompts[i], max_new_tokens, samplers[i], sample, 1) for i, sample in missing])
            for (i, _), answer in zip(missing, answers, strict=True):
                choices[i].append(_choices(answer)[0])
        eos_ids = set(eos.tolist())
        return [list(self._decoded(list(ids), got, max_new_tokens, eos_ids))
                for ids, got in zip(contexts, choices, strict=True)]

    def _ignores_n(self, note: Callable[[str], None] | None, why: str) -> None:
        self.honours_n = False
        if note is not None:
            note(f"the server {why}: sending one request per rollout instead")

    def _sampling_body(self, prompt: Any, max_new_tokens: int, sampler: Sampler | None, sample: int,
                       n: int) -> dict[str, Any]:
        """A completion request for sequences ``sample .. sample + n - 1`` of one context."""
        body = self._body(prompt, max_tokens=max_new_tokens)
        if n > 1:
            body["n"] = n
        if sampler is not None:
            body.update(temperature=sampler.temperature, top_p=sampler.top_p)
            if sampler.seed is not None:
                body["seed"] = sampler.seed + sample
        return body

    def _decoded(self, ids: list[int], choices: list[dict[str, Any]], max_new_tokens: int,
                 eos_ids: set[int]) -> Iterator[Decoded]:
        """The sequences of ``choices`` (one context's) position by position."""
        # per sequence: positions, token columns, the row after the last token, how it ended
        paths: list[tuple[list[Position], list[int], torch.Tensor | None, str | None]] = []
        for choice in choices:
            positions = self._positions(choice, "completion")
            reason = "length" if choice.get("finish_reason") == "length" else "stop"
            tokens = [self._column(p.token) for p in positions]
            ended_by_eos = bool(tokens) and tokens[-1] in eos_ids
            sendable = all(t < self.vocab_size for t in tokens)
            if reason == "stop" and not ended_by_eos and len(tokens) < max_new_tokens and sendable:
                # Servers drop the EOS token from the answer; ask what followed the last token.
                after = self._step([ids + tokens])
                eos_row = after.logprobs[0, sorted(eos_ids)]
                lp = float(eos_row.max())
                positions.append(Position(Candidate("", lp if lp > -float("inf") else None), None))
                tokens.append(sorted(eos_ids)[int(eos_row.argmax())])
                paths.append((positions, tokens, after.logprobs[0], None))
            else:
                paths.append((positions, tokens, None, None if ended_by_eos else reason))
        for t in range(max((len(p[1]) for p in paths), default=0)):
            alive = [i for i, p in enumerate(paths) if t < len(p[1])]
            rows = []
            for i in alive:
                positions, tokens, last_row, _ = paths[i]
                top = positions[t].top
                rows.append(last_row if top is None and last_row is not None and t == len(tokens) - 1
                            else self._dense([self._pairs(top)])[0])
            yield Decoded(
                samples=alive,
                logprobs=torch.stack(rows),
                tokens=torch.tensor([paths[i][1][t] for i in alive]),
                token_logprobs=[paths[i][0][t].token.logprob for i in alive],
                exact=False,
                finish=[paths[i][3] if t == len(paths[i][1]) - 1 else None for i in alive],
            )

    # -- requests and answers ----------------------------------------------------------

    def probe(self) -> None:
        """Decide the prompt format and check the server answers logprobs at all."""
        prompt = self.tokens.tokenizer("Hello", add_special_tokens=False)["input_ids"] or [0]
        if self.prompt_format in ("auto", "ids"):
            try:
                # vLLM's extension names tokens "token_id:N": exact ids, no text to map.
                body = {**self._body(prompt, max_tokens=1), "return_tokens_as_token_ids": True}
                answer = self.client.post("/completions", body, retries=0)
                positions = self._positions(_choices(answer)[0], "probe")
                self.prompt_format = self.info["prompt_format"] = "ids"
                if positions and positions[0].token.id is not None:
                    self.extra_body["return_tokens_as_token_ids"] = True
                return
            except (RequestFailed, ShapeError) as exc:
                if self.prompt_format == "ids":
                    raise TracegenError(f"the server does not take token-id prompts: {exc}") from None
                self.client.counters.failed = 0  # a refused probe is not a failed request
        self.prompt_format = self.info["prompt_format"] = "text"
        answer = self.client.post("/completions", self._body(self._prompt(prompt)[0], max_tokens=1))
        self._positions(_choices(answer)[0], "probe")

    def _body(self, prompt: Any, *, max_tokens: int) -> dict[str, Any]:
        return {"model": self.model, "prompt": prompt, "max_tokens": max_tokens, "logprobs": self.wanted,
                "temperature": 0.0, **self.extra_body}

    def _prompt(self, ids: list[int]) -> tuple[Any, bool]:
        """What to send for ``ids``, and whether the server will see other tokens (text re-tokenized)."""
        if self.prompt_format == "ids":
            return ids, False
        text = self.tokens.tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)
        changed = self.tokens.tokenizer(text, add_special_tokens=False)["input_ids"] != ids
        return text, changed

    def _step(self, contexts: list[list[int]]) -> Step:
        prompts = [self._prompt(c) for c in contexts]
        tops: list[list[tuple[int, float]] | None] = [self.known.get(tuple(c)) for c in contexts]
        missing = [i for i, top in enumerate(tops) if top is None]
        if missing:
            bodies = []
            for i in missing:
                body = self._body(prompts[i][0], max_tokens=1)
                if self.eos_ids:
                    # Servers drop a generated EOS from the answer, and its top-k with it. Barring
                    # EOS from being *drawn* keeps the answer; the reported logprobs stay raw.
                    body["logit_bias"] = {str(e): -100 for e in self.eos_ids}
                bodies.append(body)
            answers = self.client.post_all("/completions", bodies)
            for i, answer in zip(missing, answers, strict=True):
                positions = self._positions(_choices(answer)[0], "next token")
                if not positions or positions[0].top is None:
                    raise RequestFailed("the server answered without top_logprobs")
                tops[i] = self._pairs(positions[0].top)
        known = [top for top in tops if top is not None]  # every context is known or was asked
        for top in known:
            self._check_enough(top)
        return Step(self._dense(known), contexts, exact=False, retokenized=[changed for _, changed in prompts])

    def _pairs(self, top: list[Candidate] | None) -> list[tuple[int, float]]:
        """A returned top-k as ``(column, logprob)`` pairs."""
        return [(self._column(c), c.logprob) for c in top or () if c.logprob is not None]

    def _dense(self, tops: list[list[tuple[int, float]]]) -> torch.Tensor:
        """Rows of log-probabilities: the given columns set, every other ``-inf``."""
        rows = torch.full((len(tops), self.vocab_size + UNMAPPED_COLUMNS), -torch.inf)
        where = [(row, column, logprob) for row, top in enumerate(tops) for column, logprob in top]
        if where:
            row_index, columns, values = zip(*where, strict=True)
            rows[list(row_index), list(columns)] = torch.tensor(values)
        return rows

    def _check_enough(self, top: list[tuple[int, float]]) -> None:
        self.most_returned = max(self.most_returned, len(top))
        # One short answer can be two tokens with the same text colliding in the answer's
        # object; only a server that never returned enough has a limit.
        if self.most_returned < min(self.wanted, self.vocab_size) and self.wanted > self.top_k:
            raise TracegenError(f"this strategy needs the {self.wanted} most likely tokens of every step, but the "
                                f"server returns at most {self.most_returned} (its logprobs limit); lower --num-beams")

    def _positions(self, choice: dict[str, Any], what: str) -> list[Position]:
        logprobs = choice.get("logprobs")
        if logprobs is None:
            raise RequestFailed(f"{what}: the server answered without logprobs (does it support them?)")
        try:
            return openai_completions(logprobs, "choices[0].logprobs")
        except ShapeError as exc:
            raise RequestFailed(f"{what}: unexpected answer: {exc}") from None

    def _column(self, cand: Candidate) -> int:
        """The row column of a token: its id, or past the vocabulary when unmapped."""
        token_id = cand.id if cand.id is not None else self.tokens.id_for(cand.text, cand.raw)
        column = id_to_column(token_id, self.vocab_size)
        if column >= self.vocab_size + UNMAPPED_COLUMNS:
            raise TracegenError(f"more than {UNMAPPED_COLUMNS} token texts match no id of the tokenizer: "
                                "is --tokenizer the served model's tokenizer?")
        return column

    def _token(self, token: int) -> int:
        """The id to send for a column or a trace id; unmapped tokens cannot be sent."""
        token_id = column_to_id(token, self.vocab_size)
        if token_id < 0:
            raise TracegenError(
                f"cannot continue past {self.tokens.display(token_id)!r}: the server named a token only by a text "
                "that matches no single id of the tokenizer (is --tokenizer the served model's? llama-cpp-python "
                "names special tokens such as EOS by an empty text: use a server that returns token ids, such as "
                "vLLM or llama.cpp's llama-server, or the greedy, sample or branch strategy)")
        return token_id

    def remember(self, run: Run) -> None:
        """Serve the contexts an interrupted recording of ``run`` already evaluated without requests."""
        for node in run.nodes:
            if node.top is not None and all(t is not None and t >= 0 for t in run.token_ids(node.id)):
                context = tuple(run.prompt_token_ids + run.token_ids(node.id))
                self.known[context] = [(id_to_column(t, self.vocab_size), lp) for t, lp in node.top]


class _ServerTree(Tree):
    """A tree's levels as concurrent requests, one per node."""

    def __init__(self, backend: OpenAIBackend, prompt_ids: list[int]) -> None:
        self.backend = backend
        self.prompt_ids = prompt_ids
        self._root = backend.prefill(prompt_ids)

    def root(self) -> Step:
        return self._root

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        contexts = [self.prompt_ids + [self.backend._token(t) for t in run.token_ids(n.id)] for n in nodes]
        return self.backend._step(contexts)


def _choices(answer: Any) -> list[dict[str, Any]]:
    """An answer's choices in the order of their ``index`` (at least one)."""
    choices = answer.get("choices") if isinstance(answer, dict) else None
    if not choices or not isinstance(choices, list) or not all(isinstance(c, dict) for c in choices):
        raise RequestFailed("the server's answer has no choices")
    indexed = all(isinstance(c.get("index"), int) and not isinstance(c.get("index"), bool) for c in choices)
    return sorted(choices, key=lambda c: c["index"]) if indexed else list(choices)
