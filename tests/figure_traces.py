"""A small trace whose tokens are everything a figure must survive, for the figure tests.

``tests/data/figures/hostile-trace.json`` is this trace written once by
``tests/data/figures/regenerate.py``; the golden figures beside it are made from that file.
"""

from __future__ import annotations

import math

from tracegen.trace import Node, Result, Run, Trace

# The list and more: markup, XML sections, TeX specials and commands, this package's
# own template delimiters, ligature makers, control, bidi and format characters, scripts.
HOSTILE = [
    "</svg>", "<script>alert(1)</script>", " &amp;", " ]]>", " 100%", " #1", " $x^2$", r" \input{/etc/passwd}",
    r"\immediate\write18{touch PWNED}", " }", " ~", " ^^5c", " \x00", "\u202eevil\u202c", " {{ 7*7 }}",
    " << x >> <% y %>", r" \end{document}\\", " --,,``''<<\"|", "\t\x0b\x0c\x7f\x85", " \u2028\u2029",
    " caf\u00e9 na\u00efve \u0141\u00f3d\u017a", " e\u0301", " \u05e9\u05dc\u05d5\u05dd", " \u03bb\u2192",
    "\u4e2d\u6587", " \ufeff\u2066x\u2069", " \U0001F468\u200d\U0001F469\u200d\U0001F467", "\n", "\n\nend",
]
# 😀 split over two byte tokens (F0 9F | 98 80), the way a byte-level BPE emits it.
SPLIT_EMOJI = {900: b"\xf0\x9f", 901: b"\x98\x80"}
PROBABILITIES = [0.97, 0.62, 0.35, 0.12, 0.03, 0.81, 0.5, 0.004, 0.9, 0.25]


def _lp(p: float) -> float:
    return round(math.log(p), 5)


def hostile_trace() -> Trace:
    """Two runs: ``hostile`` (greedy, every ``HOSTILE`` token and a split emoji on its path) and
    ``beam`` (a small beam search with hostile tokens on the kept and the pruned beams)."""
    tokens = {100 + i: text for i, text in enumerate(HOSTILE)}
    tokens.update({900: "<0xF0><0x9F>", 901: "<0x98><0x80>", 10: "Show:", 11: " <b>&amp;</b>", 12: " 50%",
                   13: " the", 14: " a", 15: " cat", 16: " dog", 17: " sat", 40: "<|endoftext|>"})
    path = [100 + i for i in range(len(HOSTILE) // 2)] + [900, 901] + \
        [100 + i for i in range(len(HOSTILE) // 2, len(HOSTILE))]
    nodes = [Node(0, top=[(path[0], _lp(0.97)), (13, _lp(0.02))], entropy=0.2)]
    for i, token in enumerate(path):
        p = PROBABILITIES[i % len(PROBABILITIES)]
        nxt = path[i + 1] if i + 1 < len(path) else 40
        p_next = PROBABILITIES[(i + 1) % len(PROBABILITIES)]
        # the next token at rank 0 when it is likely, else behind " the": both orders are drawn
        top = [(nxt, _lp(p_next)), (13, _lp((1 - p_next) / 2))]
        if p_next < 0.4:
            top.reverse()
        entropy = None if i % 7 == 3 else round(0.3 + (i % 5) * 0.7, 5)
        nodes.append(Node(i + 1, i, token, _lp(p), 0 if p >= 0.4 else 1, top=top, entropy=entropy))
    end = len(nodes)
    nodes.append(Node(end, end - 1, 40, _lp(0.5), 0, top=None, entropy=None, extra={"finish": "eos"}))
    hostile = Run("hostile", "Show: <b>&amp;</b> 50%", [10, 11, 12], {"name": "greedy"}, top_k=2, nodes=nodes,
                  extra={"chat": False, "max_new_tokens": 64})
    hostile.results = [Result(end, round(sum(n.logprob or 0 for n in nodes), 5), "(hostile)",
                              {"logprob": round(sum(n.logprob or 0 for n in nodes), 5), "num_tokens": end,
                               "finish": "eos"})]
    return Trace(model={"name": "hostile</svg>", "vocab_size": 1000, "special_token_ids": [40], "eos_token_ids": [40]},
                 tokens=tokens, token_bytes=dict(SPLIT_EMOJI), runs=[hostile, _beam()],
                 created="2026-11-28T02:40:00+00:00")


def _beam() -> Run:
    def top(*pairs: tuple[int, float]) -> list[tuple[int, float]]:
        return [(t, _lp(p)) for t, p in pairs]

    nodes = [
        Node(0, top=top((15, 0.5), (100, 0.2), (16, 0.1)), entropy=1.6),
        Node(1, 0, 15, _lp(0.5), 0, top=top((17, 0.7), (107, 0.2)), entropy=0.9),
        Node(2, 0, 100, _lp(0.2), 1, top=top((113, 0.6), (108, 0.3)), entropy=1.0),
        Node(3, 1, 17, _lp(0.7), 0, top=top((14, 0.8), (119, 0.1)), entropy=0.7),
        Node(4, 1, 107, _lp(0.2), 1, top=top((40, 0.9),), entropy=None),
        Node(5, 2, 113, _lp(0.6), 0, top=top((40, 0.5),), entropy=0.8),
        Node(6, 3, 14, _lp(0.8), 0, top=None, entropy=None, extra={"finish": "length"}),
        Node(7, 3, 119, _lp(0.1), 1, top=None, entropy=None, extra={"finish": "length"}),
        Node(8, 4, 40, _lp(0.9), 0, top=None, entropy=None, extra={"finish": "eos"}),
        Node(9, 5, 40, _lp(0.5), 0, top=None, entropy=None, extra={"finish": "eos"}),
    ]
    run = Run("beam", "The", [13], {"name": "beam", "num_beams": 2, "length_penalty": 1.0, "early_stopping": False},
              top_k=3, nodes=nodes, extra={"chat": False, "max_new_tokens": 3})
    run.results = [Result(6, -1.0, " cat sat a", {"logprob": -1.28, "num_tokens": 3, "finish": "length"}),
                   Result(8, -1.4, " cat" + HOSTILE[7], {"logprob": -2.3, "num_tokens": 3, "finish": "eos"})]
    return run


# The golden figures (tests/data/figures/NAME) and the `tracegen figure` options that make them
# from hostile-trace.json; tests/data/figures/regenerate.py writes them, test_figure_golden.py compares.
GOLDEN_FIGURES = [
    ("text.svg", ["--run", "hostile", "--annotate", "auto"]),
    ("text.tex", ["--run", "hostile", "--annotate", "auto"]),
    ("text-standalone.tex", ["--run", "hostile", "--standalone", "--colour", "surprisal"]),
    ("tree.svg", ["--kind", "tree", "--run", "beam"]),
    ("tree.tex", ["--kind", "tree", "--run", "beam"]),
    ("distribution.svg", ["--kind", "distribution", "--run", "beam", "--node", "4"]),
    ("distribution.tex", ["--kind", "distribution", "--run", "beam", "--node", "4"]),
    ("strip.svg", ["--kind", "strip", "--run", "hostile", "--colour", "entropy"]),
    ("strip.tex", ["--kind", "strip", "--run", "hostile", "--standalone"]),
]
