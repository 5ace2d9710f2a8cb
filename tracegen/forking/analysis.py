"""The analysis of one run: its base path's positions, their alternatives, rollouts and outcomes.

``ForkSettings`` holds (and checks) the method's parameters; ``Forker`` fills a run's
``fork`` object position by position, so an interruption keeps every finished position.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..backends.base import Backend
from ..errors import ParameterError, require
from ..trace import Run
from ..trace.fields import is_finite, is_integer
from ..trace.fork import KEEP_ROLLOUTS
from .alternatives import alternatives_at, within_budget
from .outcomes import Outcome, outcome_for
from .rollouts import Group, Rollout, roll_out_many
from .statistics import DISTANCES, counts_of
from .summary import summarise


@dataclass
class ForkSettings:
    """The forking-paths method's parameters (the flags of ``tracegen fork``).

    Args:
        outcome: The outcome spec (see ``tracegen.forking.outcomes``).
        samples: Rollouts S per (t, w).
        min_prob: Smallest probability of an alternative token.
        max_alternatives: Most alternatives per position besides the base token.
        temperature: Sampling temperature of the rollouts.
        rollout_tokens: Most tokens sampled per rollout.
        tau: Thresholds of the survival analysis (the first, smallest, also for forking tokens).
        distance: ``tv``, ``js`` or ``l2``.
        seed: Seed of the rollouts.
        budget: Most rollouts in all (``None``: every position).
        keep_rollouts: ``none``, ``text`` or ``tokens`` (text and token ids).
    """

    outcome: str
    samples: int = 30
    min_prob: float = 0.05
    max_alternatives: int = 4
    temperature: float = 1.0
    rollout_tokens: int = 32
    tau: list[float] = field(default_factory=lambda: [0.3])
    distance: str = "tv"
    seed: int = 0
    budget: int | None = None
    keep_rollouts: str = "text"

    def __post_init__(self) -> None:
        outcome_for(self.outcome)  # a bad spec fails before any work
        for name, low in (("samples", 1), ("max_alternatives", 0), ("rollout_tokens", 1), ("budget", 1)):
            value = getattr(self, name)
            if name == "budget" and value is None:
                continue
            require(is_integer(value) and value >= low, name,
                    f"must be an integer of at least {low}")
        require(is_finite(self.min_prob) and 0 < self.min_prob <= 1, "min_prob", "must be in (0, 1]")
        require(is_finite(self.temperature) and self.temperature > 0, "temperature",
                "must be greater than 0")
        taus = [self.tau] if isinstance(self.tau, (int, float)) else list(self.tau)
        require(bool(taus) and all(isinstance(t, (int, float)) and 0 < t <= 1 for t in taus), "tau",
                "must be numbers in (0, 1]")
        self.tau = sorted(float(t) for t in taus)
        require(self.distance in DISTANCES, "distance", f"must be one of {', '.join(DISTANCES)}")
        require(isinstance(self.seed, int) and not isinstance(self.seed, bool), "seed", "must be an integer")
        require(self.keep_rollouts in KEEP_ROLLOUTS, "keep_rollouts", f"must be one of {', '.join(KEEP_ROLLOUTS)}")

    def describe(self) -> dict[str, Any]:
        """The settings as the ``fork`` object records them."""
        return asdict(self)


class Forker:
    """Runs the forking-paths analysis of base-path runs on one backend.

    Args:
        backend: What runs the model.
        settings: The method's parameters.
        advance: Called with the number of rollouts each finished position added.
    """

    def __init__(self, backend: Backend, settings: ForkSettings, advance: Callable[[int], None] | None = None) -> None:
        self.backend = backend
        self.settings = settings
        self.outcome: Outcome = outcome_for(settings.outcome)
        self.advance = advance or (lambda n: None)
        #: Told of a change of plan the user should know about (a server that ignores ``n``).
        self.note: Callable[[str], None] = lambda message: None

    def plan(self, run: Run, base: dict[str, Any] | None = None) -> dict[str, Any]:
        """A ``fork`` object for ``run`` with every position pending (or skipped by the budget).

        Args:
            run: A run whose first result's path is the base path.
            base: Where the base path came from (``{"source": "greedy"}``, ...).
        """
        require(bool(run.results), "run", f"{run.id!r} has no result: no base path to fork")
        path = run.path(run.results[0].node)
        require(len(path) > 1, "run", f"{run.id!r}: the base path has no generated token")
        s = self.settings
        positions = [{"position": t, "node": child.id, "status": "pending",
                      "alternatives": alternatives_at(parent, child, min_prob=s.min_prob,
                                                      max_alternatives=s.max_alternatives)}
                     for t, (parent, child) in enumerate(zip(path, path[1:], strict=False))]
        chosen = {e["position"] for e in within_budget(positions, s.samples, s.budget)}
        for entry in positions:
            if entry["position"] not in chosen:
                entry["status"] = "skipped"
        fork = {**s.describe(), "base": base or {"source": "trace"}, "positions": positions,
                "stats": {"rollouts": 0, "seconds": 0.0, self.backend.work_unit: 0}}
        summarise(fork)
        return fork

    def pending_rollouts(self, fork: dict[str, Any]) -> int:
        """Rollouts still to do."""
        return sum(self.settings.samples * len(e["alternatives"]) for e in fork["positions"]
                   if e["status"] == "pending")

    def complete(self, run: Run, fork: dict[str, Any]) -> None:
        """Roll out every pending position of ``fork`` (``run``'s), summarising after each.

        Interrupted, ``fork`` holds every position finished so far, summarised.
        """
        base_tokens = run.token_ids(run.results[0].node)
        stats = fork["stats"]
        try:
            for batch in self._batches(run, fork, base_tokens):
                started = time.perf_counter()
                with self.backend.track() as calls:
                    self._positions(run, batch, base_tokens)
                stats["seconds"] = round(stats["seconds"] + time.perf_counter() - started, 3)
                stats[self.backend.work_unit] = stats.get(self.backend.work_unit, 0) + calls[0]
                done = sum(self.settings.samples * len(entry["alternatives"]) for entry, _ in batch)
                stats["rollouts"] += done
                self.advance(done)
        finally:
            stats["rollouts_per_second"] = round(stats["rollouts"] / stats["seconds"], 2) if stats["seconds"] else None
            summarise(fork)

    def _batches(self, run: Run, fork: dict[str, Any], base_tokens: list[int]) -> list[list[tuple[dict, Group]]]:
        """The pending positions as groups of rollouts, several positions a batch where the
        backend starts batches from several contexts (each position alone otherwise)."""
        s = self.settings
        batches: list[list[tuple[dict, Group]]] = []
        rows = 0
        for entry in fork["positions"]:
            if entry["status"] != "pending":
                continue
            t = entry["position"]
            prefix = run.prompt_token_ids + base_tokens[:t]
            room = s.rollout_tokens
            if self.backend.max_positions is not None:
                room = min(room, self.backend.max_positions - len(prefix) - 1)
            if room < 1:
                raise ParameterError("rollout_tokens", f"leave no room in the model's context at position {t}")
            group = Group(prefix, [alt["token"] for alt in entry["alternatives"]], room, s.seed * 1_000_003 + t)
            size = s.samples * len(group.branches)
            limit = self.backend.batch_rows(len(prefix) + 1 + room)
            # several positions a batch: a model that starts batches from several contexts,
            # or a server (their requests in flight together)
            packs = self.backend.prefills_many or not self.backend.shares_prefixes
            if not batches or not packs or rows + size > limit:
                batches.append([])
                rows = 0
            batches[-1].append((entry, group))
            rows += size
        return batches

    def _positions(self, run: Run, batch: list[tuple[dict, Group]], base_tokens: list[int]) -> None:
        s = self.settings
        results = roll_out_many(self.backend, [group for _, group in batch], samples=s.samples,
                                temperature=s.temperature, note=self.note)
        for (entry, _), rollouts in zip(batch, results, strict=True):
            t = entry["position"]
            for alt, group in zip(entry["alternatives"], rollouts, strict=True):
                texts = [self.text(base_tokens[:t] + [alt["token"]], r) for r in group]
                labels = [self.outcome(text) for text in texts]
                alt["counts"] = [[label, n] for label, n in counts_of(labels).items()]
                alt["rollouts"] = [] if s.keep_rollouts == "none" else [
                    self._stored(text, label, r) for text, label, r in zip(texts, labels, group, strict=True)]
            entry["status"] = "done"

    def text(self, forced: list[int], rollout: Rollout) -> str:
        """Everything generated after the prompt: the base tokens before t, w and the sampled
        tokens (an end-of-sequence token, which ends it, is not text)."""
        eos = set(self.backend.eos_token_ids)
        ids = forced + rollout.tokens
        while ids and ids[-1] in eos:
            ids = ids[:-1]
        return self.backend.decode_text(ids)

    def _stored(self, text: str, label: str | None, rollout: Rollout) -> dict[str, Any]:
        out: dict[str, Any] = {"text": text, "label": label, "logprob": round(rollout.logprob, 6)}
        if self.settings.keep_rollouts == "tokens":
            out["tokens"] = rollout.tokens
        return out
