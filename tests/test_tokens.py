from __future__ import annotations

import pytest
from tokenizers import Tokenizer, decoders, models, normalizers
from transformers import PreTrainedTokenizerFast

from tracegen.testing import tiny_tokenizer
from tracegen.trace.tokens import TokenTable, bytes_to_display, detect_kind

EMOJI = "😀"  # F0 9F 98 80


def joined_bytes(table: TokenTable, ids: list[int]) -> bytes:
    return b"".join(table.raw_bytes(i) for i in ids)


# -- byte-level BPE (the tiny tokenizer: id == byte) ---------------------------------------


def test_tiny_tokenizer_is_byte_level():
    assert detect_kind(tiny_tokenizer()) == "byte_level"


def test_emoji_split_over_byte_tokens():
    tok = tiny_tokenizer()
    table = TokenTable(tok)
    ids = tok(EMOJI)["input_ids"]
    assert ids == [240, 159, 152, 128]
    assert [table.display(i) for i in ids] == ["<0xF0>", "<0x9F>", "<0x98>", "<0x80>"]
    assert joined_bytes(table, ids).decode("utf-8") == EMOJI
    texts, raw = table.entries(ids)
    assert texts == {240: "<0xF0>", 159: "<0x9F>", 152: "<0x98>", 128: "<0x80>"}
    assert raw == {240: b"\xf0", 159: b"\x9f", 152: b"\x98", 128: b"\x80"}


def test_plain_bytes_and_special_token():
    table = TokenTable(tiny_tokenizer())
    assert table.display(ord("A")) == "A"
    assert table.display(ord(" ")) == " "  # "Ġ" in the byte alphabet
    assert table.display(ord("\n")) == "\n"
    assert table.raw_bytes(ord(" ")) == b" "
    assert table.display(256) == "<|endoftext|>"
    assert table.raw_bytes(256) == b"<|endoftext|>"
    texts, raw = table.entries([65, 65, 32, 256])
    assert texts == {65: "A", 32: " ", 256: "<|endoftext|>"}
    assert raw == {}


def test_round_trip_of_mixed_text():
    tok = tiny_tokenizer()
    table = TokenTable(tok)
    text = "naïve 世界 " + EMOJI + "!"
    ids = tok(text)["input_ids"]
    assert joined_bytes(table, ids).decode("utf-8") == text


def test_padding_ids_and_out_of_range():
    table = TokenTable(tiny_tokenizer(), vocab_size=300)
    assert table.display(280) == "<id 280>"
    assert table.raw_bytes(280) is None
    texts, raw = table.entries([280])
    assert texts == {280: "<id 280>"} and raw == {}
    with pytest.raises(ValueError):
        table.display(300)
    with pytest.raises(ValueError):
        table.display(-1)


def test_bytes_to_display_keeps_valid_runs():
    assert bytes_to_display("a€b".encode()) == "a€b"
    assert bytes_to_display(b"a\xf0\x9fb") == "a<0xF0><0x9F>b"
    assert bytes_to_display(b"\xe2\x82\xac\x80") == "€<0x80>"


# -- SentencePiece with byte fallback, built in code ---------------------------------------


def spiece_tokenizer() -> PreTrainedTokenizerFast:
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for b in range(256):
        vocab[f"<0x{b:02X}>"] = len(vocab)
    for piece in ["▁", "h", "i", "▁h", "▁hi", "é"]:
        vocab[piece] = len(vocab)
    merges = [("▁", "h"), ("▁h", "i")]
    tok = Tokenizer(models.BPE(vocab=vocab, merges=merges, unk_token="<unk>", byte_fallback=True))
    tok.normalizer = normalizers.Sequence([normalizers.Prepend("▁"), normalizers.Replace(" ", "▁")])
    tok.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(), decoders.Fuse(),
                                     decoders.Strip(" ", 1, 0)])
    tok.add_special_tokens(["<unk>", "<s>", "</s>"])
    return PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="<unk>", bos_token="<s>", eos_token="</s>")


def test_sentencepiece_byte_fallback():
    tok = spiece_tokenizer()
    assert detect_kind(tok) == "sentencepiece"
    table = TokenTable(tok)
    ids = tok("hi " + EMOJI + " é", add_special_tokens=False)["input_ids"]
    pieces = tok.convert_ids_to_tokens(ids)
    assert pieces[:2] == ["▁hi", "▁"]
    assert pieces[2:6] == ["<0xF0>", "<0x9F>", "<0x98>", "<0x80>"]
    assert table.display(ids[0]) == " hi"
    assert [table.display(i) for i in ids[2:6]] == ["<0xF0>", "<0x9F>", "<0x98>", "<0x80>"]
    # The pieces' bytes are exact: joined they give the text with its leading "▁" space.
    assert joined_bytes(table, ids).decode("utf-8") == " hi " + EMOJI + " é"
    assert tok.decode(ids) == "hi " + EMOJI + " é"
    _, raw = table.entries(ids)
    assert raw == {ids[2]: b"\xf0", ids[3]: b"\x9f", ids[4]: b"\x98", ids[5]: b"\x80"}
    assert table.display(tok.convert_tokens_to_ids("</s>")) == "</s>"
    # A fallback byte that is valid UTF-8 on its own is plain text.
    assert table.display(tok.convert_tokens_to_ids("<0x0A>")) == "\n"


def test_other_tokenizers_fall_back_to_decode():
    vocab = {"[UNK]": 0, "play": 1, "##ing": 2}
    tok = Tokenizer(models.WordPiece(vocab=vocab, unk_token="[UNK]"))
    tok.decoder = decoders.WordPiece()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]")
    assert detect_kind(fast) == "generic"
    table = TokenTable(fast)
    assert table.display(1) == "play"
    assert table.display(2) == fast.decode([2])
    assert table.raw_bytes(2) == fast.decode([2]).encode()


# -- the real default tokenizer ------------------------------------------------------------


@pytest.mark.slow
def test_default_tokenizer_emoji_and_cjk(default_model):
    tok = default_model.tokenizer
    table = TokenTable(tok, default_model.vocab_size)
    assert table.kind == "byte_level"
    text = "Hello " + EMOJI + " 世界, naïve café"
    ids = tok(text, add_special_tokens=False)["input_ids"]
    assert joined_bytes(table, ids).decode("utf-8") == text
    texts, raw = table.entries(ids)
    assert raw, "the emoji should be split into tokens that are not UTF-8 alone"
    for token_id, data in raw.items():
        assert "<0x" in texts[token_id]
        assert data == joined_bytes(table, [token_id])
    assert table.display(ids[0]) == "Hello"
    im_end = tok.convert_tokens_to_ids("<|im_end|>")
    assert table.display(im_end) == "<|im_end|>"


@pytest.mark.slow
def test_default_tokenizer_ten_thousand_ids(default_model):
    """Every id of a real vocabulary has an entry (its speed is benchmarks/bench_record.py's concern)."""
    table = TokenTable(default_model.tokenizer, default_model.vocab_size)
    texts, _ = table.entries(range(10_000))
    assert len(texts) == 10_000 and all(isinstance(text, str) and text for text in texts.values())


def test_lookup_maps_text_or_bytes_to_the_one_matching_id_and_marks_the_rest():
    table = TokenTable(tiny_tokenizer())
    assert table.lookup("A") == 65
    assert table.lookup("", raw=b"\xf0") == 240
    assert table.lookup("AB") is None  # two tokens' worth of text: no single id
    first = table.id_for("AB")
    assert first < 0 and table.id_for("AB") == first and table.id_for("CD") == first - 1
    assert table.id_for("A") == 65
    assert table.entries([first, 65]) == ({first: "AB", 65: "A"}, {})
    with pytest.raises(ValueError, match="never given"):
        table.display(first - 5)

