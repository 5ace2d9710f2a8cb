"""Whether two token tables mean the same tokens: checked before rescoring or comparing.

Rescoring feeds one trace's token ids to another model, and comparing pairs nodes by their
token ids; both are only meaningful when the same id means the same token on both sides.
Text-aligned comparison across tokenizers is out of scope, so a difference is one error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..errors import TracegenError


def check_same_tokens(ours: Mapping[int, str], theirs: Mapping[int, str], ids: Iterable[int], *,
                      ours_name: str, theirs_name: str) -> None:
    """Fail with one line naming the first id in ``ids`` whose text differs between the tables.

    Ids below 0 (tokens known only by their text) and ids missing from either table are
    skipped: they say nothing about the tokenizers.

    Raises:
        TracegenError: ``"A and B have different tokenizers: token id 17 is ' the' in A, ' a' in B"``.
    """
    for token_id in sorted(set(ids)):
        if token_id < 0 or token_id not in ours or token_id not in theirs:
            continue
        if ours[token_id] != theirs[token_id]:
            raise TracegenError(f"{ours_name} and {theirs_name} have different tokenizers: token id {token_id} is "
                                f"{ours[token_id]!r} in {ours_name}, {theirs[token_id]!r} in {theirs_name}")


def check_same_vocab_size(ours: int | None, theirs: int | None, *, ours_name: str, theirs_name: str) -> None:
    """Fail with one line when both vocabulary sizes are known and differ."""
    if ours is not None and theirs is not None and int(ours) != int(theirs):
        raise TracegenError(f"{ours_name} and {theirs_name} have different tokenizers: a vocabulary of {ours} ids "
                            f"in {ours_name}, {theirs} in {theirs_name}")
