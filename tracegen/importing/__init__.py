"""Saved API responses with logprobs, turned into a trace (``tracegen import``).

- ``responses.py``: the records, prompts and choices of a saved file.
- ``builder.py``: the trees built from them, and ``import_responses``.

The logprob fields themselves are read by ``tracegen.logprobs``, which the openai backend shares.
"""

from .builder import import_responses
from .responses import FORMATS

__all__ = ["FORMATS", "import_responses"]
