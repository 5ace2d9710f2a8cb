"""Display text and raw bytes of token ids, for a trace's ``tokens`` and ``token_bytes``.

A token's text on its own is not always valid UTF-8: byte-level BPE and SentencePiece byte
fallback split an emoji or a CJK character over several tokens. The display text decodes
the valid runs of a token's bytes and escapes each invalid byte as ``<0xF0>``; the exact
bytes are kept so a reader can join neighbours and decode the real text.

How bytes are recovered depends on the tokenizer, detected from its ``tokenizers`` decoder:

- byte-level BPE (GPT-2, SmolLM2, Llama 3): token strings are in GPT-2's byte->unicode
  alphabet, inverted exactly;
- SentencePiece style (``Metaspace``/``Replace("▁")``, ``ByteFallback``): ``<0xNN>`` is that
  byte, ``▁`` is a space;
- special and added tokens: their content as is;
- anything else: ``tokenizer.decode([id])``.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

_ESCAPE_HANDLER = "tracegen-hexescape"
_BYTE_TOKEN = re.compile(r"<0x([0-9A-Fa-f]{2})>\Z")
_SPIECE_SPACE = "\u2581"


def _escape_invalid(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(f"<0x{b:02X}>" for b in bad), exc.end


codecs.register_error(_ESCAPE_HANDLER, _escape_invalid)


def bytes_to_display(data: bytes) -> str:
    """Decode ``data`` as UTF-8, writing each byte that is not part of valid UTF-8 as ``<0xNN>``.

    Args:
        data: A token's raw bytes.

    Returns:
        The display text, e.g. ``"<0xF0><0x9F>"`` for the first half of an emoji.
    """
    return data.decode("utf-8", errors=_ESCAPE_HANDLER)


def _byte_level_decoder() -> dict[str, int]:
    # Inverse of GPT-2's reversible byte -> printable character map.
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) \
        + list(range(ord("®"), ord("ÿ") + 1))
    chars = printable[:]
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {chr(c): b for b, c in zip(printable, chars, strict=True)}


#: GPT-2's byte-level alphabet inverted: vocabulary character -> the byte it stands for.
BYTE_LEVEL_DECODER = _byte_level_decoder()


def detect_kind(tokenizer: Any) -> str:
    """How a tokenizer's token strings map to bytes: ``"byte_level"``, ``"sentencepiece"`` or
    ``"generic"`` (decode each id with the tokenizer).

    Args:
        tokenizer: A ``transformers`` tokenizer (fast ones carry a ``tokenizers`` decoder).
    """
    backend = getattr(tokenizer, "backend_tokenizer", None)
    decoder = getattr(backend, "decoder", None)
    if decoder is None:
        return "generic"
    try:
        spec = json.loads(decoder.__getstate__())
    except (TypeError, ValueError, AttributeError):
        return "generic"
    types: set[str] = set()
    _collect_types(spec, types)
    if "ByteLevel" in types:
        return "byte_level"
    if types & {"Metaspace", "ByteFallback"} or (
        "Replace" in types and _SPIECE_SPACE in json.dumps(spec, ensure_ascii=False)
    ):
        return "sentencepiece"
    return "generic"


def _collect_types(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("type"), str):
            out.add(node["type"])
        for value in node.values():
            _collect_types(value, out)
    elif isinstance(node, list):
        for value in node:
            _collect_types(value, out)


class TokenTable:
    """Display text and raw bytes for token ids of one tokenizer, cached.

    Work is done lazily per id (a trace uses a few thousand ids, not the whole vocabulary).

    Args:
        tokenizer: A ``transformers`` tokenizer.
        vocab_size: The model's output size (logits' last dimension); ids from
            ``len(tokenizer)`` up to it are embedding padding, shown as ``<id N>``.
            Defaults to ``len(tokenizer)``.
    """

    def __init__(self, tokenizer: Any, vocab_size: int | None = None) -> None:
        self.tokenizer = tokenizer
        self.kind = detect_kind(tokenizer)
        self._tokenizer_size = len(tokenizer)
        self.vocab_size = int(vocab_size) if vocab_size is not None else self._tokenizer_size
        backend = getattr(tokenizer, "backend_tokenizer", None)
        self._id_to_token = backend.id_to_token if backend is not None else None
        added = getattr(tokenizer, "added_tokens_decoder", None) or {}
        self._added = {int(i): str(getattr(t, "content", t)) for i, t in added.items()}
        self._cache: dict[int, tuple[str, bytes | None]] = {}
        self._by_bytes: dict[bytes, int | None] | None = None
        self.unmapped = UnmappedIds()  # tokens no single id of this tokenizer matches

    def display(self, token_id: int) -> str:
        """The readable text of one token: invalid UTF-8 bytes escaped as ``<0xNN>``.

        Args:
            token_id: An id in ``range(vocab_size)``.
        """
        return self._entry(token_id)[0]

    def raw_bytes(self, token_id: int) -> bytes | None:
        """The token's exact bytes, or ``None`` when they are not known (padding ids,
        tokens only the tokenizer's ``decode`` can render).

        Args:
            token_id: An id in ``range(vocab_size)``.
        """
        return self._entry(token_id)[1]

    def lookup(self, text: str, raw: bytes | None = None) -> int | None:
        """The id of the one token whose bytes are ``raw`` (default: ``text`` as UTF-8).

        ``None`` when no token or more than one has exactly those bytes: a server names
        tokens by their text, and a guess would put a wrong id in the trace.
        """
        if self._by_bytes is None:
            index: dict[bytes, int | None] = {}
            for token_id in range(self._tokenizer_size):
                data = self.raw_bytes(token_id)
                if data is not None:
                    index[data] = None if data in index else token_id
            self._by_bytes = index
        return self._by_bytes.get(text.encode("utf-8") if raw is None else raw)

    def id_for(self, text: str, raw: bytes | None = None) -> int:
        """``lookup``, or else an id below 0 for this text, the same one every time it recurs."""
        found = self.lookup(text, raw)
        if found is not None:
            return found
        return self.unmapped.id_for(text.encode("utf-8") if raw is None else raw)

    def adopt_unmapped(self, tokens: Mapping[int, str], token_bytes: Mapping[int, bytes]) -> None:
        """Keep the ids below 0 that a trace already gave (resuming it): the same text gets the same id."""
        for token_id, text in tokens.items():
            if token_id < 0:
                self.unmapped[token_bytes.get(token_id, text.encode("utf-8"))] = token_id

    def entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        """The trace's ``tokens`` and ``token_bytes`` for these ids.

        Args:
            ids: Token ids, repeats allowed.

        Returns:
            ``(display text for each id, raw bytes only for the ids that are not valid
            UTF-8 on their own)``.
        """
        return collect_entries(ids, self._entry)

    def _entry(self, token_id: int) -> tuple[str, bytes | None]:
        cached = self._cache.get(token_id)
        if cached is None:
            cached = self._cache[token_id] = self._compute(token_id)
        return cached

    def _compute(self, token_id: int) -> tuple[str, bytes | None]:
        if token_id < 0:
            data = self.unmapped.bytes_of(token_id)
            if data is None:
                raise ValueError(f"token id {token_id} was never given to an unmapped token")
            return entry_of_bytes(token_id, data)
        if not 0 <= token_id < max(self.vocab_size, self._tokenizer_size):
            raise ValueError(f"token id {token_id} is outside the vocabulary (0..{self.vocab_size - 1})")
        added = self._added.get(token_id)
        if added is not None:
            return added, added.encode("utf-8")
        token = self._token_string(token_id)
        if token is None:
            return entry_of_bytes(token_id, None)
        data = self._token_bytes(token)
        if data is None:
            text = self.tokenizer.decode([token_id])
            return text, None if "\ufffd" in text else text.encode("utf-8")
        return entry_of_bytes(token_id, data)

    def _token_string(self, token_id: int) -> str | None:
        if token_id >= self._tokenizer_size:
            return None
        if self._id_to_token is not None:
            return self._id_to_token(token_id)
        token = self.tokenizer.convert_ids_to_tokens(token_id)
        return token if isinstance(token, str) else None

    def _token_bytes(self, token: str) -> bytes | None:
        return token_string_bytes(token, self.kind)


def token_string_bytes(token: str, kind: str) -> bytes | None:
    """The bytes a vocabulary string stands for, ``None`` when ``kind`` cannot tell.

    Args:
        token: The string as the vocabulary holds it (``"Ġthe"``, ``"▁the"``, ``"<0xF0>"``).
        kind: ``"byte_level"`` (GPT-2's printable byte alphabet; ``None`` for a string
            outside it), ``"sentencepiece"`` (``▁`` is a space, ``<0xNN>`` a byte) or
            ``"generic"`` (always ``None``: only the tokenizer's ``decode`` knows).
    """
    if kind == "byte_level":
        try:
            return bytes(BYTE_LEVEL_DECODER[c] for c in token)
        except KeyError:
            return None
    if kind == "sentencepiece":
        match = _BYTE_TOKEN.match(token)
        if match:
            return bytes([int(match.group(1), 16)])
        return token.replace(_SPIECE_SPACE, " ").encode("utf-8")
    return None


class UnmappedIds(dict[bytes, int]):
    """Ids below 0 for tokens known only by their bytes (no single vocabulary id matches them):
    bytes -> id, the same bytes always the same id, each id given once.

    The one place such ids are made: a tokenizer's ``TokenTable.id_for`` and an import
    without a tokenizer both use it. A reader that resumes a trace may enter the ids the
    trace already gave (``unmapped[data] = id``); new ids never collide with them. Entries
    are made only through ``id_for`` and ``[data] = id`` (which keep the inverse that
    ``bytes_of`` reads), never through ``dict.update``.
    """

    def __init__(self) -> None:
        super().__init__()
        self._by_id: dict[int, bytes] = {}  # the inverse, kept entry by entry: O(1) per token
        self._given = 0  # the last id id_for gave; every id between it and -(len + 1) is taken

    def __setitem__(self, data: bytes, token_id: int) -> None:
        previous = self.get(data)
        if previous is not None and self._by_id.get(previous) == data:
            del self._by_id[previous]
        super().__setitem__(data, token_id)
        self._by_id[token_id] = data

    def __reduce__(self) -> tuple:
        # pickled and copied through __init__ and __setitem__, so the inverse comes along
        return type(self), (), None, None, iter(self.items())

    def __delitem__(self, data: bytes) -> None:
        self._by_id.pop(self[data], None)
        super().__delitem__(data)

    def id_for(self, data: bytes) -> int:
        """The id of these bytes, given now if they have none yet."""
        found = self.get(data)
        if found is not None:
            return found
        # Start below the last id given: the ids it stepped over are still taken, so 200,000
        # new tokens after as many entered from a trace step over each once, not each time.
        token_id = min(-(len(self) + 1), self._given - 1)
        while token_id in self._by_id:  # taken by an id entered from a trace
            token_id -= 1
        super().__setitem__(data, token_id)  # new bytes, a free id: nothing to unlink
        self._by_id[token_id] = data
        self._given = token_id
        return token_id

    def bytes_of(self, token_id: int) -> bytes | None:
        """The bytes an id was given for, or ``None``."""
        return self._by_id.get(token_id)


def entry_of_bytes(token_id: int, data: bytes | None) -> tuple[str, bytes | None]:
    """A token's ``(display text, raw bytes)`` from its bytes; ``<id N>`` when they are unknown."""
    if data is None:
        return f"<id {token_id}>", None
    return bytes_to_display(data), data


def is_utf8(data: bytes) -> bool:
    """Whether ``data`` decodes as UTF-8 on its own."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def collect_entries(ids: Iterable[int], entry: Callable[[int], tuple[str, bytes | None]]
                    ) -> tuple[dict[int, str], dict[int, bytes]]:
    """A trace's ``tokens`` and ``token_bytes`` for ``ids``, from ``entry(id) -> (text, raw bytes)``."""
    texts: dict[int, str] = {}
    raw: dict[int, bytes] = {}
    for token_id in ids:
        token_id = int(token_id)
        if token_id in texts:
            continue
        text, data = entry(token_id)
        texts[token_id] = text
        if data is not None and not is_utf8(data):
            raw[token_id] = data
    return texts, raw


class WordTable(TokenTable):
    """Display text and raw bytes of a plain vocabulary list (index = token id), such as the
    ``word_dict`` of a seed-API ``FlaskGenerationApp``: byte-level strings where they are in
    GPT-2's byte alphabet, else SentencePiece-style ones. A ``TokenTable`` without a tokenizer:
    ids are looked up by their word, not by tokenizing text.

    Args:
        words: The vocabulary strings.
    """

    def __init__(self, words: Sequence[str]) -> None:  # no tokenizer: TokenTable's own fields, set here
        self.tokenizer = None
        self.kind = "words"
        self.words = list(words)
        self.vocab_size = self._tokenizer_size = len(self.words)
        self._id_to_token = None
        self._added = {}
        self._cache = {}
        self._by_bytes = None
        self.unmapped = UnmappedIds()
        self._words: dict[int, tuple[str, bytes]] = {}

    def entry(self, token_id: int) -> tuple[str, bytes]:
        """``(display text, raw bytes)`` of one id."""
        cached = self._words.get(token_id)
        if cached is None:
            word = self.words[token_id]
            data = token_string_bytes(word, "byte_level") or token_string_bytes(word, "sentencepiece") or b""
            cached = self._words[token_id] = (bytes_to_display(data), data)
        return cached

    def display(self, token_id: int) -> str:
        return self.entry(token_id)[0]

    def entries(self, ids: Iterable[int]) -> tuple[dict[int, str], dict[int, bytes]]:
        """As ``TokenTable.entries``."""
        return collect_entries(ids, self.entry)
