"""The server backend: strategies run through an OpenAI-compatible ``/completions`` endpoint.

A server returns only the top-k of each distribution (``logprobs``), named by token text.
Rows are therefore top-k only (``exact`` false): the returned entries are finite, the rest
``-inf``. Texts become ids through the model's tokenizer; a text no single id matches gets
a column past the vocabulary, which ``Exploration`` records as an id below 0 (unmapped),
never a guess.

Contexts go out as token ids where the server takes them (vLLM, llama.cpp's own server),
so paths stay token-exact; otherwise as text, and contexts whose text would tokenize
differently are counted (``retokenized``).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from typing import Any

import torch

from ..backend import Backend, Decoded, Sampler, Step, Tree
from ..errors import TracegenError
from ..logprobs import Candidate, Position, ShapeError, openai_completions
from ..tokens import TokenTable
from ..trace import Node, Run
from .client import Client, RequestFailed

UNMAPPED_COLUMNS = 4096  # room past the vocabulary for tokens known only by text


class OpenAIBackend(Backend):
    """Runs strategies through a server's OpenAI-style completions API.

    Args:
        client: The HTTP client (concurrency, retries, timeouts).
        model: The model name the server serves (the requests' ``model``).
        tokens: The model's tokenizer's table, to map token texts to ids.
        top_k: Candidates to ask for per position (``logprobs``).
        prompt_format: ``"ids"`` (token-id prompts), ``"text"``, or ``"auto"``: ids if the
            server takes them.
    """

    exact = False

    def __init__(self, client: Client, model: str, tokens: TokenTable, *, top_k: int,
                 prompt_format: str = "auto") -> None:
        self.client = client
        self.model = model
        self.tokens = tokens
        self.top_k = top_k
        self.wanted = top_k
        self.vocab_size = tokens.vocab_size
        self.prompt_format = prompt_format
        self.retokenized = 0
        self.known: dict[tuple[int, ...], list[tuple[int, float]]] = {}  # from a resumed trace
        self._lock = threading.Lock()

    @property
    def calls(self) -> int:  # type: ignore[override]
        return self.client.counters.done

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
        """Teacher forcing with ``echo``: the server reports each forced token's logprob."""
        answer = self._complete(list(ids), max_tokens=0, echo=True)
        positions = self._positions(answer, "echo")[start : len(ids)]
        if len(positions) != len(ids) - start:
            raise RequestFailed("the server's echoed prompt has a different number of tokens than sent; "
                                "it may not take token-id prompts (try --prompt-format ids)")
        last = self._step([list(ids)])
        rows = torch.cat([self._rows([p.top for p in positions]), last.logprobs])
        return Step(rows, [p.token.logprob for p in positions], exact=False)

    def decode(self, ids: Sequence[int], *, n: int, max_new_tokens: int, sampler: Sampler | None,
               eos: torch.Tensor, skip: Sequence[int] = ()) -> Iterator[Decoded]:
        """One request per sequence, sampled by the server (seed + sequence index)."""
        samples = [s for s in range(n) if s not in set(skip)]
        if not samples:
            return
        bodies = []
        for sample in samples:
            body = self._body(list(ids), max_tokens=max_new_tokens)
            if sampler is not None:
                body.update(temperature=sampler.temperature, top_p=sampler.top_p)
                if sampler.seed is not None:
                    body["seed"] = sampler.seed + sample
            bodies.append(body)
        answers = self.client.post_all("/completions", bodies)
        eos_ids = set(eos.tolist())
        paths = []
        for answer in answers:
            positions = self._positions(answer, "completion")
            finish = _choice(answer).get("finish_reason")
            tokens = [self._column(p.token) for p in positions]
            if finish == "stop" and len(tokens) < max_new_tokens and not (tokens and tokens[-1] in eos_ids):
                # Servers drop the EOS token from the answer; ask what followed the last token.
                after = self._step([list(ids) + [self._token(t) for t in tokens]])
                eos_row = after.logprobs[0, sorted(eos_ids)]
                end = sorted(eos_ids)[int(eos_row.argmax())]
                lp = float(eos_row.max())
                positions.append(Position(Candidate("", lp if lp > -float("inf") else None), None))
                tokens.append(end)
                paths.append((positions, tokens, after.logprobs[0]))
            else:
                paths.append((positions, tokens, None))
        for t in range(max(len(p[1]) for p in paths)):
            alive = [i for i, p in enumerate(paths) if t < len(p[1])]
            rows = []
            for i in alive:
                positions, tokens, last_row = paths[i]
                top = positions[t].top
                rows.append(last_row if top is None and last_row is not None and t == len(tokens) - 1
                            else self._rows([top])[0])
            yield Decoded(
                samples=[samples[i] for i in alive],
                logprobs=torch.stack(rows),
                tokens=torch.tensor([paths[i][1][t] for i in alive]),
                token_logprobs=[paths[i][0][t].token.logprob for i in alive],
                exact=False,
            )

    # -- requests and answers ----------------------------------------------------------

    def probe(self) -> None:
        """Decide the prompt format and check the server answers logprobs at all."""
        prompt = self.tokens.tokenizer("Hello", add_special_tokens=False)["input_ids"] or [0]
        if self.prompt_format in ("auto", "ids"):
            try:
                answer = self.client.post("/completions", self._body(prompt, max_tokens=1, prompt_format="ids"),
                                          retries=0)
                self._positions(answer, "probe")
                self.prompt_format = "ids"
                return
            except (RequestFailed, ShapeError) as exc:
                if self.prompt_format == "ids":
                    raise TracegenError(f"the server does not take token-id prompts: {exc}") from None
                self.client.counters.failed = 0  # a refused probe is not a failed request
        self.prompt_format = "text"
        self._positions(self.client.post("/completions", self._body(prompt, max_tokens=1)), "probe")

    def _body(self, ids: list[int], *, max_tokens: int, prompt_format: str | None = None) -> dict[str, Any]:
        fmt = prompt_format or self.prompt_format
        if fmt == "ids":
            prompt: Any = ids
        else:
            prompt = self.tokens.tokenizer.decode(ids, skip_special_tokens=False, clean_up_tokenization_spaces=False)
            if self.tokens.tokenizer(prompt, add_special_tokens=False)["input_ids"] != ids:
                with self._lock:
                    self.retokenized += 1
        return {"model": self.model, "prompt": prompt, "max_tokens": max_tokens,
                "logprobs": self.wanted, "temperature": 0.0}

    def _complete(self, ids: list[int], *, max_tokens: int, echo: bool = False) -> Any:
        body = self._body(ids, max_tokens=max_tokens)
        if echo:
            body["echo"] = True
        return self.client.post("/completions", body)

    def _step(self, contexts: list[list[int]]) -> Step:
        tops: list[list[tuple[int, float]] | None] = [self.known.get(tuple(c)) for c in contexts]
        missing = [i for i, top in enumerate(tops) if top is None]
        if missing:
            answers = self.client.post_all("/completions", [self._body(contexts[i], max_tokens=1) for i in missing])
            for i, answer in zip(missing, answers, strict=True):
                positions = self._positions(answer, "next token")
                if not positions or positions[0].top is None:
                    raise RequestFailed("the server answered without top_logprobs")
                tops[i] = [(self._column(c), c.logprob) for c in positions[0].top]
        rows = torch.full((len(contexts), self.vocab_size + UNMAPPED_COLUMNS), -torch.inf)
        for row, top in enumerate(tops):
            self._check_enough(top)
            for column, logprob in top:
                rows[row, column] = logprob
        return Step(rows, contexts, exact=False)

    def _rows(self, tops: list[list[Candidate] | None]) -> torch.Tensor:
        rows = torch.full((len(tops), self.vocab_size + UNMAPPED_COLUMNS), -torch.inf)
        for row, top in enumerate(tops):
            for cand in top or ():
                if cand.logprob is not None:
                    rows[row, self._column(cand)] = cand.logprob
        return rows

    def _check_enough(self, top: list[tuple[int, float]]) -> None:
        if len(top) < min(self.wanted, self.vocab_size) and self.wanted > self.top_k:
            raise TracegenError(f"this strategy needs the {self.wanted} most likely tokens of every step, but the "
                                f"server returned {len(top)} (its logprobs limit); lower --num-beams")

    def _positions(self, answer: Any, what: str) -> list[Position]:
        logprobs = _choice(answer).get("logprobs")
        if logprobs is None:
            raise RequestFailed(f"{what}: the server answered without logprobs (does it support them?)")
        try:
            return openai_completions(logprobs, "choices[0].logprobs")
        except ShapeError as exc:
            raise RequestFailed(f"{what}: unexpected answer: {exc}") from None

    def _column(self, cand: Candidate) -> int:
        """The row column of a token: its id, or past the vocabulary when unmapped."""
        token_id = cand.id if cand.id is not None else self.tokens.id_for(cand.text, cand.raw)
        if token_id >= 0:
            return token_id
        column = self.vocab_size - 1 - token_id  # -1 -> vocab_size, -2 -> vocab_size + 1, ...
        if column >= self.vocab_size + UNMAPPED_COLUMNS:
            raise TracegenError(f"more than {UNMAPPED_COLUMNS} token texts match no id of the tokenizer: "
                                "is --tokenizer the served model's tokenizer?")
        return column

    def _token(self, token: int) -> int:
        """The id to send for a column or a trace id; unmapped tokens cannot be sent."""
        token_id = self.vocab_size - 1 - token if token >= self.vocab_size else token
        if token_id < 0:
            raise TracegenError(f"cannot continue past {self.tokens.display(token_id)!r}: the server named a token "
                                "the tokenizer has no single id for (is --tokenizer the served model's tokenizer?)")
        return token_id

    def remember(self, run: Run) -> None:
        """Serve the contexts an interrupted recording of ``run`` already evaluated without requests."""
        for node in run.nodes:
            if node.top is not None and all(t is not None and t >= 0 for t in run.token_ids(node.id)):
                context = tuple(run.prompt_token_ids + run.token_ids(node.id))
                self.known[context] = [(t if t >= 0 else self.vocab_size - 1 - t, lp) for t, lp in node.top]


class _ServerTree(Tree):
    """A tree's levels as concurrent requests, one per node."""

    def __init__(self, backend: OpenAIBackend, prompt_ids: list[int]) -> None:
        self.backend = backend
        self.prompt_ids = prompt_ids
        self._root = backend.prefill(prompt_ids).logprobs

    def root(self) -> torch.Tensor:
        return self._root

    def evaluate(self, run: Run, nodes: Sequence[Node]) -> torch.Tensor:
        contexts = [self.prompt_ids + [self.backend._token(t) for t in run.token_ids(n.id)] for n in nodes]
        return self.backend._step(contexts).logprobs


def _choice(answer: Any) -> dict[str, Any]:
    choices = answer.get("choices") if isinstance(answer, dict) else None
    if not choices or not isinstance(choices[0], dict):
        raise RequestFailed("the server's answer has no choices")
    return choices[0]
