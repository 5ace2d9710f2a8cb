"""The one interface the recorder, the strategies and live mode compute through.

Implementations: ``tracegen.backends.transformers.TransformersBackend`` runs a
``transformers`` model in this process (full distributions, KV-cached steps),
``tracegen.backends.llamacpp.LlamaCppBackend`` a GGUF file in llama.cpp, and
``tracegen.backends.openai.OpenAIBackend`` asks an OpenAI-compatible server (vLLM, llama.cpp,
TGI; only the top-k of each distribution; a ``remote.RemoteBackend``). What each method must
guarantee: docs/backends.md.
Strategies never know which one they drive: they ask for the distributions after contexts
and append tokens; a ``Step``'s ``exact`` flag tells the recorder whether entropy and ranks
are known.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import torch

from ..errors import require
from ..models.tokenizer import encode_prompt
from ..trace.fields import is_finite, is_integer, is_number
from ..trace.tokens import TokenTable

if TYPE_CHECKING:
    from ..trace import Node, Run


def column_to_id(column: int, vocab_size: int) -> int:
    """The trace id of a row column.

    Rows hold ``vocab_size`` columns for the vocabulary's ids, then columns for tokens a
    server named only by text: column ``vocab_size + j`` is the unmapped id ``-(j + 1)``.
    """
    return column if column < vocab_size else vocab_size - 1 - column


def id_to_column(token_id: int, vocab_size: int) -> int:
    """The row column of a trace id (the inverse of ``column_to_id``)."""
    return token_id if token_id >= 0 else vocab_size - 1 - token_id


@dataclass
class Step:
    """Next-token log-probabilities of a batch of contexts, and what extends them.

    Args:
        logprobs: ``[rows, vocab]`` float32 log-probabilities of the next token per row.
            With ``exact`` false only the returned top-k are finite; the rest are ``-inf``.
        state: The backend's handle on the rows' contexts (a KV cache, or the token lists).
        exact: Whether ``logprobs`` are whole distributions.
        retokenized: Per row, whether the backend could not send the context token-exact
            (a server that takes text re-tokenized it differently): that row is the
            distribution after another tokenization of the same text.
    """

    logprobs: torch.Tensor
    state: Any
    exact: bool = True
    retokenized: list[bool] | None = None

    @property
    def rows(self) -> int:
        return self.logprobs.shape[0]

    def retokenized_rows(self, rows: Sequence[int]) -> list[bool] | None:
        """``retokenized`` for a selection of rows."""
        return None if self.retokenized is None else [self.retokenized[r] for r in rows]


@dataclass
class Decoded:
    """One position of ``Backend.decode``: live sequences, the distributions they drew from, the tokens drawn.

    Args:
        samples: Which sequences (indices into ``0..n-1``) this position extends.
        logprobs: ``[len(samples), vocab]``: each sequence's next-token distribution.
        tokens: ``[len(samples)]``: the tokens drawn.
        token_logprobs: The drawn tokens' log-probabilities when the backend knows them
            better than ``logprobs`` does (a server's sampled token outside its top-k).
        exact: Whether ``logprobs`` are whole distributions.
        finish: Per sequence, how it ended at this token when neither an EOS token nor the
            length limit says so: ``"stop"`` (a server stopped without naming why) or
            ``"length"`` (the server's own limit).
    """

    samples: list[int]
    logprobs: torch.Tensor
    tokens: torch.Tensor
    token_logprobs: list[float | None] | None = None
    exact: bool = True
    finish: list[str | None] | None = None


#: The seeds a torch generator takes: a 64-bit integer, signed or not.
SEEDS = (-(2**63), 2**64 - 1)


def check_seed(seed: object) -> None:
    """Raise ``ParameterError("seed", ...)`` unless ``seed`` is ``None`` or an integer a generator takes."""
    require(seed is None or (is_integer(seed) and SEEDS[0] <= seed <= SEEDS[1]),
            "seed", "must be an integer from -2**63 to 2**64 - 1, or None")


class Sampler:
    """How ``decode`` picks tokens: ``None`` for greedy, else temperature, top-p and a seed.

    Args:
        temperature: Divides the logits before drawing; finite and greater than 0. As it
            approaches 0, sampling becomes greedy (ties split evenly).
        top_p: Draw only from the smallest set of most likely tokens whose mass reaches it.
        seed: Seed of the generator; ``None`` for a random one.
    """

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0, seed: int | None = 0) -> None:
        require(is_finite(temperature) and temperature > 0, "temperature",
                "must be a finite number greater than 0")
        require(is_number(top_p) and 0 < top_p <= 1, "top_p", "must be in (0, 1]")
        check_seed(seed)
        self.temperature = float(temperature)
        self.top_p = float(top_p)
        self.seed = seed

    def probabilities(self, logprobs: torch.Tensor) -> torch.Tensor:
        """What ``draw`` draws from: ``logprobs`` ``[R, V]`` after temperature and top-p, as
        float64 probabilities ``[R, V]``."""
        # Shift the best token to 0 first and divide in float64 (a float32 temperature of 1e-300
        # would be 0): at a tiny temperature the others then overflow to -inf while the best
        # stays 0, so the limit is greedy, never NaN.
        logprobs = logprobs.double()
        scores = (logprobs - logprobs.max(dim=-1, keepdim=True).values) / self.temperature
        if self.top_p < 1.0:
            sorted_scores, order = torch.sort(scores, descending=True, dim=-1)
            probs = torch.softmax(sorted_scores, dim=-1)
            # Drop a token once the mass before it already reaches top_p (the first always stays).
            drop = (probs.cumsum(-1) - probs) >= self.top_p
            sorted_scores = sorted_scores.masked_fill(drop, float("-inf"))
            scores = torch.full_like(scores, float("-inf")).scatter(-1, order, sorted_scores)
        return torch.softmax(scores, dim=-1)

    def draw(self, logprobs: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        """One token per row of ``logprobs`` ``[R, V]``, after temperature and top-p: ``[R]``
        (``torch.multinomial``, as ``transformers``' ``generate`` draws)."""
        return torch.multinomial(self.probabilities(logprobs), 1, generator=generator).view(-1)

    def draw_by_cdf(self, logprobs: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
        """As ``draw``, from the same distribution, by one uniform number per row searched in
        the cumulative sums: ~30x faster than ``torch.multinomial`` over a 49k vocabulary
        (which costs forking rollouts a third of their time), with other draws for a seed."""
        probs = self.probabilities(logprobs)
        cdf = probs.cumsum(dim=-1)
        # ``right``: a uniform of exactly 0 lands on the first token that has mass, never on one before it
        u = torch.rand((probs.shape[0], 1), generator=generator, dtype=cdf.dtype) * cdf[:, -1:]
        return torch.searchsorted(cdf, u, right=True).clamp_(max=probs.shape[-1] - 1).view(-1)


class Tree(ABC):
    """Evaluates many contexts that extend one prompt: the nodes of a tree, level by level."""

    @abstractmethod
    def root(self) -> Step:
        """The prompt's next-token log-probabilities (one row)."""

    @abstractmethod
    def evaluate(self, run: Run, nodes: Sequence[Node]) -> Step:
        """The distribution after each node's context, one row per node (``state`` unused).

        Every node's parent must have been evaluated by this tree (or be the root).
        """


class Vocabulary(ABC):
    """What nodes are recorded against: the width of distribution rows, the ids that end a
    sequence, how ids become text, and the trace's token-table entries for them.

    Every ``Backend`` is one; live mode's seed-compatible sessions (a ``FlaskGenerationApp``
    with its own word list) are the other kind.
    """

    #: The trace's ``model`` field (name, source, backend, vocab_size, eos_token_ids, ...).
    info: dict[str, Any]

    @property
    def vocab_size(self) -> int:
        """Width of the vocabulary part of a log-probability row (ids ``0..vocab_size-1``)."""
        return int(self.info["vocab_size"])

    @property
    def eos_token_ids(self) -> list[int]:
        """Token ids that end a sequence."""
        return list(self.info.get("eos_token_ids") or [])

    @abstractmethod
    def decode_text(self, ids: Sequence[int]) -> str:
        """The text of a sequence of token ids (unmapped ids below 0 give their recorded text)."""

    @abstractmethod
    def entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        """The trace's ``tokens`` and ``token_bytes`` entries for ``ids`` (see ``TokenTable.entries``)."""


class Backend(Vocabulary):
    """What runs the model: the operations every strategy, the recorder and live mode use.

    A backend knows its model (``info``, ``tokenizer``, ``tokens``, ``max_positions``) and
    evaluates contexts. Subclasses call ``super().__init__`` and implement the abstract
    methods; every other member has a documented default.

    Args:
        tokenizer: The model's ``transformers`` tokenizer: prompts, chat templates and
            forced continuations are encoded with it.
        info: The trace's ``model`` field; at least ``name`` and ``vocab_size``.
        tokens: The token table; default: one over ``tokenizer`` and ``vocab_size``.
        max_positions: The longest context the model takes, ``None`` when unknown.

    Attributes:
        exact: Whether distributions are whole (entropy and ranks known) or top-k only.
        concurrency: How many runs the recorder may explore at once (1: one model in one
            process, runs take turns; a server: its requests in flight).
        calls: Forward passes (or requests) made so far; the default ``track`` counts them.

    A backend whose model runs elsewhere subclasses ``remote.RemoteBackend`` instead, which
    adds the hooks only a server needs (``require_top``, ``remember``, ``cancel``).
    """

    exact: bool = True
    concurrency: int = 1
    #: Whether rows extended from one ``prefill`` share its computation (a model in this
    #: process); a server samples each continuation with its own request (``decode``).
    shares_prefixes: bool = True
    #: Whether ``prefill_many`` starts one batch from several contexts (llama.cpp).
    prefills_many: bool = False

    def __init__(self, tokenizer: Any, info: dict[str, Any], *, tokens: TokenTable | None = None,
                 max_positions: int | None = None) -> None:
        self.tokenizer = tokenizer
        self.info = info
        self.tokens = tokens if tokens is not None else TokenTable(tokenizer, info["vocab_size"])
        self.max_positions = max_positions
        self.calls = 0

    @property
    def work_unit(self) -> str:
        """What ``calls`` counts, as the run's ``stats`` key: ``forward_passes`` or ``requests``."""
        return "forward_passes"

    def encode(self, text: str) -> list[int]:
        """Token ids of ``text`` without special tokens (a forced continuation)."""
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def encode_prompt(self, prompt: str, *, chat: bool = False) -> list[int]:
        """A run's prompt as the token ids the model sees (the run's ``prompt_token_ids``).

        Args:
            prompt: The prompt text.
            chat: Wrap it as a user message in the tokenizer's chat template.

        Raises:
            ParameterError: An empty prompt, ``chat`` without a chat template, or a prompt
                with no tokens.
        """
        require(bool(prompt), "prompt", "is empty")
        return encode_prompt(self.tokenizer, prompt, chat=chat)

    def distribution_after(self, prompt: str, ids: Sequence[int]) -> torch.Tensor:
        """The next-token log-probabilities ``[vocab]`` after a run's context: ``ids`` are its
        ``prompt_token_ids`` then the path's tokens, ``prompt`` its prompt text.

        Live mode asks this. The default is ``distribution(ids)``; a backend whose contexts
        are text (the seed-compatible ``FlaskGenerationApp``) also reads ``prompt``.
        """
        return self.distribution(ids)

    def decode_text(self, ids: Sequence[int]) -> str:
        pieces, chunk = [], []
        for token_id in [*ids, None]:
            if token_id is not None and token_id >= 0:
                chunk.append(token_id)
                continue
            if chunk:
                pieces.append(self.tokenizer.decode(chunk, skip_special_tokens=False,
                                                    clean_up_tokenization_spaces=False))
                chunk = []
            if token_id is not None:
                pieces.append(self.tokens.display(token_id))
        return "".join(pieces)

    def entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        return self.tokens.entries(ids)

    @contextmanager
    def track(self) -> Iterator[list[int]]:
        """Count the work done in this block (by this thread's run): a one-item list, filled at its end."""
        box, start = [0], self.calls
        try:
            yield box
        finally:
            box[0] = self.calls - start

    def batch_rows(self, length: int) -> int:
        """How many contexts of ``length`` tokens one batched ``extend`` should carry at most
        (forking rollouts are split into batches of this many). Default: 256."""
        return 256

    def reserve(self, context: Sequence[int], rows: int, new_tokens: int) -> None:
        """Make room, before they start, for ``rows`` continuations of up to ``new_tokens``
        tokens after prefixes of ``context`` (forking rollouts). A backend whose cache grows
        only by starting over (llama.cpp) grows it now, while it has only ``context`` to
        evaluate again. The default does nothing."""
        return None

    def close(self) -> None:
        """Release what the backend holds (connections, caches). The default holds nothing."""
        return None

    @abstractmethod
    def prefill(self, ids: Sequence[int]) -> Step:
        """The next-token distribution after ``ids`` (one row)."""

    def prefill_many(self, contexts: Sequence[Sequence[int]]) -> Step:
        """The next-token distributions after several contexts, one row each, as one ``Step``
        that ``extend`` continues (only where ``prefills_many``)."""
        raise NotImplementedError(f"{type(self).__name__} evaluates one context per prefill")

    @abstractmethod
    def extend(self, step: Step, rows: Sequence[int] | torch.Tensor, tokens: Sequence[int] | torch.Tensor) -> Step:
        """Append ``tokens[i]`` to row ``rows[i]`` of ``step``; ``rows`` may reorder, repeat or drop rows.

        ``step`` is consumed.
        """

    @abstractmethod
    def all_positions(self, ids: Sequence[int], start: int) -> Step:
        """Distributions after ``ids[:i + 1]`` for ``i`` from ``start - 1`` to ``len(ids) - 1``.

        Row 0 is the distribution that predicts ``ids[start]``, the last row the one after
        all of ``ids``. ``state`` is ``None``, or the log-probabilities of ``ids[start:]``
        when the backend knows them beyond the rows' top-k (a server's echoed prompt).
        """

    @abstractmethod
    def distribution(self, ids: Sequence[int]) -> torch.Tensor:
        """The next-token log-probabilities ``[vocab]`` after ``ids`` (reusing what it can)."""

    @abstractmethod
    def tree(self, prompt_ids: Sequence[int]) -> Tree:
        """A ``Tree`` rooted at ``prompt_ids``."""

    def decode(self, ids: Sequence[int], *, n: int, max_new_tokens: int, sampler: Sampler | None,
               eos: torch.Tensor) -> Iterator[Decoded]:
        """Generate ``n`` sequences from ``ids`` (greedy when ``sampler`` is ``None``).

        Yields one ``Decoded`` per position, until every sequence drew an EOS token or
        reached ``max_new_tokens``. The default runs ``prefill``/``extend`` with this
        process's seeded sampler.
        """
        generator = torch.Generator(device="cpu")
        if sampler is not None:
            generator.manual_seed(sampler.seed if sampler.seed is not None else torch.seed())
        samples = list(range(n))
        step = self.prefill(ids)
        rows = [0] * len(samples)
        for position in range(max_new_tokens):
            logprobs = step.logprobs[torch.tensor(rows)]
            tokens = logprobs.argmax(-1) if sampler is None else sampler.draw(logprobs.cpu(), generator)
            yield Decoded(samples=samples, logprobs=logprobs, tokens=tokens, exact=step.exact)
            keep = [i for i, ended in enumerate(torch.isin(tokens, eos).tolist()) if not ended]
            if not keep or position == max_new_tokens - 1:
                return
            step = self.extend(step, [rows[i] for i in keep], tokens[keep])
            samples = [samples[i] for i in keep]
            rows = list(range(len(keep)))

    def decode_many(self, contexts: Sequence[Sequence[int]], *, n: int, max_new_tokens: int,
                    samplers: Sequence[Sampler | None], eos: torch.Tensor,
                    note: Callable[[str], None] | None = None) -> list[list[Decoded]]:
        """``decode`` of several contexts (``samplers[i]`` for ``contexts[i]``), each's positions
        in a list. A server sends them together; the default decodes one context after another.
        ``note`` is told, once, of a change of plan the user should know about."""
        return [list(self.decode(ids, n=n, max_new_tokens=max_new_tokens, sampler=sampler, eos=eos))
                for ids, sampler in zip(contexts, samplers, strict=True)]


