"""Traces as DataFrames: Trace.to_pandas and Run.candidates_frame, checked against the trace
itself with NumPy and against the tokenizer's own decoding; the missing extra in one line."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest
from synthetic_traces import PAYLOADS, topk_only_trace, tricky_trace

from tracegen import TracegenError, record
from tracegen.notebook.extras import MissingExtra
from tracegen.notebook.frames import CANDIDATE_COLUMNS, NODE_COLUMNS
from tracegen.trace import Run


@pytest.fixture(scope="module")
def beam(tiny):
    return record("Hello", model=tiny, strategy="beam", num_beams=3, max_new_tokens=5, top_k=4)


def test_one_row_per_step_with_the_documented_columns(beam) -> None:
    df = beam.to_pandas()
    assert tuple(df.columns) == NODE_COLUMNS
    run = beam.runs[0]
    assert len(df) == len(run.nodes) - 1  # every node but the root: a token was drawn
    assert list(df["node"]) == [n.id for n in run.nodes[1:]] and set(df["run"]) == {run.id}
    assert str(df["rank"].dtype) == "Int64"
    first = df.iloc[0]
    assert first["parent"] == run.root.id and first["position"] == 1


def test_a_row_pairs_a_token_with_the_distribution_it_was_drawn_from(beam) -> None:
    """Issue 21: the row's entropy was the distribution after its token (in nats), one step
    off from the token's own probability; now both are the step the viewer shows, in bits."""
    run, df = beam.runs[0], beam.to_pandas().set_index("node")
    for node in run.nodes[1:]:
        row = df.loc[node.id]
        parent = run.node(node.parent)
        assert row["parent"] == node.parent and row["token_id"] == node.token and row["rank"] == node.rank
        assert row["position"] == len(run.path(node.id)) - 1
        assert row["token"] == beam.tokens[node.token]
        np.testing.assert_allclose(row["probability"], np.exp(node.logprob), rtol=1e-12)
        np.testing.assert_allclose(row["surprisal_bits"], -node.logprob / np.log(2), rtol=1e-12)
        assert row["logprob"] == node.logprob
        probs = np.exp(np.array([lp for _, lp in parent.top]))
        np.testing.assert_allclose(row["top_mass"], probs.sum(), rtol=1e-12)
        np.testing.assert_allclose(row["entropy_bits"], parent.entropy / np.log(2), rtol=1e-12)
        others = [np.exp(lp) for t, lp in parent.top if t != node.token]
        np.testing.assert_allclose(row["margin"], np.exp(node.logprob) - max(others), rtol=1e-9)
        # the step's own distribution is the one its token was drawn from: the token is in it
        assert node.token in {t for t, _ in parent.top} or row["rank"] >= len(parent.top)


def test_path_text_is_what_the_tokenizer_decodes(tiny) -> None:
    """Along a forced text the tiny byte-level tokenizer's own decode is the reference; a path
    that ends inside a character shows the bytes it has so far."""
    text = " h\u00e9llo \U0001F600 \u4e2d!"
    trace = record("Hi", model=tiny, strategy="forced", continuation=text, top_k=3)
    run, df = trace.runs[0], trace.to_pandas().set_index("node")
    checked = 0
    for node in run.nodes[1:]:
        ids = run.token_ids(node.id)
        try:
            bytes(ids).decode("utf-8")  # the tiny tokenizer's ids are the bytes
        except UnicodeDecodeError:
            assert "<0x" in df.loc[node.id, "text"]
            continue
        assert df.loc[node.id, "text"] == tiny.tokenizer.decode(ids)
        checked += 1
    assert checked == len(text) and df["text"].iloc[-1] == text


def test_split_characters_join_and_markup_stays_text() -> None:
    trace = tricky_trace()
    df = trace.to_pandas()
    emoji = df[df["run"] == "emoji"].set_index("node")
    assert emoji.loc[1, "text"] == "<0xF0><0x9F>"  # half an emoji alone is not a character
    assert emoji.loc[2, "text"] == "\U0001F600"
    assert emoji.loc[5, "text"] == "\U0001F600\u4e2d"
    assert emoji.loc[7, "text"] == trace.run("emoji").results[0].text == "\U0001F600\u4e2d\n" + PAYLOADS[0]
    assert emoji.loc[8, "finish"] == "eos" and emoji.loc[8, "text"].endswith("<|endoftext|>")
    assert list(df["run"].unique()) == ["beam", "emoji"]
    beam = df[df["run"] == "beam"].set_index("node")
    assert beam.loc[2, "token"] == PAYLOADS[0] and beam.loc[8, "finish"] == "length"


def test_topk_only_nodes_keep_their_recorded_mass_and_unknowns() -> None:
    trace = topk_only_trace()
    df = trace.to_pandas()
    served = df[df["run"] == "served"].set_index("node")
    run = trace.run("served")
    assert served["entropy_bits"].isna().all()
    steps = [n for n in run.nodes if n.parent is not None]
    assert [served.loc[n.id, "top_mass"] for n in steps] == [run.node(n.parent).top_mass for n in steps]
    assert pd.isna(served.loc[2, "rank"])  # outside the server's top-k: unknown, not 0
    assert served.loc[3, "token_id"] == -1 and served.loc[3, "token"] == trace.tokens[-1]


def test_candidates_frame_is_the_nodes_top_k(beam) -> None:
    run = beam.runs[0]
    node = next(n for n in run.nodes if n.top and len(run.children(n.id)) >= 2)
    frame = run.candidates_frame(node)
    assert tuple(frame.columns) == CANDIDATE_COLUMNS
    assert list(frame["rank"]) == list(range(len(node.top)))
    assert list(frame["token_id"]) == [t for t, _ in node.top]
    assert list(frame["token"]) == [beam.tokens[t] for t, _ in node.top]
    np.testing.assert_allclose(frame["probability"], np.exp([lp for _, lp in node.top]), rtol=1e-12)
    for token, child in zip(frame["token_id"], frame["child"], strict=True):
        expected = run.child(node.id, int(token))
        assert (pd.isna(child) and expected is None) or child == expected.id
    # beam search also keeps children from outside the recorded top-k: those have no row
    assert frame["child"].notna().sum() == sum(c.token in set(frame["token_id"]) for c in run.children(node.id))
    pd.testing.assert_frame_equal(frame, run.candidates_frame(node.id))


def test_candidates_frame_refuses_what_has_no_candidates(beam) -> None:
    run = beam.runs[0]
    leaf = next(n for n in run.nodes if n.top is None)
    with pytest.raises(TracegenError, match="never evaluated"):
        run.candidates_frame(leaf)
    with pytest.raises(TracegenError, match="has no node 999"):
        run.candidates_frame(999)
    alone = Run("x", "p", [1], {"name": "greedy"}, 1, nodes=list(run.nodes[:1]))
    with pytest.raises(TracegenError, match="in no trace"):
        alone.candidates_frame(0)


def test_without_pandas_the_error_names_the_extra(beam, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(MissingExtra, match=r"Trace\.to_pandas\(\) needs pandas.*pip install 'tracegen\[notebook\]'"):
        beam.to_pandas()
    with pytest.raises(ImportError, match="tracegen\\[notebook\\]"):
        beam.runs[0].candidates_frame(0)
