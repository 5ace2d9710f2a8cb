"""Comparing two traces of the same contexts (a trace and its rescoring, two recordings).

- ``comparison.py``: ``compare()`` and ``Comparison`` (per-node figures, summary, the data contract).
- ``pairing.py``: nodes paired by run id and context.
- ``divergence.py``: divergences of partly known distributions, exact or bounded, one case at a time
  (the reference); ``divergence_batch.py``: the same for every distribution of a comparison at once.
- ``figures.py``: the figures of every paired step, column by column; ``summary.py``: per run and overall.
- ``report.py``: the summary as terminal text; ``page.py``: the compare HTML page.
- ``tokenizers.py``: the same-tokenizer checks (also used by rescoring).
- ``schema.json``: JSON Schema of ``Comparison.to_dict()`` (``docs/compare.md``).
"""

from .comparison import FORMAT, SCHEMA_PATH, VERSION, Comparison, compare, json_rows, json_union
from .page import render_compare_html, write_compare_html
from .report import report

__all__ = ["FORMAT", "SCHEMA_PATH", "VERSION", "Comparison", "compare", "json_rows", "json_union",
           "render_compare_html", "report", "write_compare_html"]
