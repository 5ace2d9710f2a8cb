"""Corpora: many runs as Parquet tables (``runs``, ``nodes``, ``candidates``, ``tokens``) in one directory.

- ``schema.py``: the tables' columns (``docs/corpus.md`` describes them).
- ``manifest.py``: ``manifest.json``, what a corpus is.
- ``rows.py``: a run as rows, and back.
- ``shards.py``: journaled runs, atomic shards, recovery after a crash.
- ``reading.py``: ``load_corpus`` -> ``Corpus`` (runs frame, lazy nodes, one run, DuckDB).
- ``summary.py``: per-run and corpus figures (``tracegen summarize``).
- ``recording.py``: one process's recorder; ``pipeline.py``: ``record_corpus`` and
  ``fork_corpus``; ``forking.py``: how ``tracegen fork`` makes a corpus's runs;
  ``workers.py``: local worker processes; ``on_ray.py``: Ray actors.
- ``rescoring.py``: ``rescore_corpus``, a corpus rescored run by run into a corpus.
- ``comparing.py``: ``compare_summaries``, ``tracegen compare``'s summary of corpora, run by run.
- ``conversion.py``: trace <-> corpus.

Needs pyarrow and duckdb: ``pip install 'tracegen[corpus]'``.
"""

from . import _requirements  # noqa: F401 - first: a one-line error without pyarrow or duckdb
from .conversion import corpus_to_trace, trace_to_corpus
from .manifest import Manifest, is_corpus, read_manifest
from .reading import Corpus, load_corpus

__all__ = ["Corpus", "Manifest", "corpus_to_trace", "is_corpus", "load_corpus", "read_manifest", "trace_to_corpus"]
