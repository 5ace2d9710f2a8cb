"""Saved API responses with logprobs, turned into a trace (``tracegen import``).

- ``shapes.py``: one parser per documented logprob shape (also what the server backend reads).
- ``responses.py``: the records, prompts and choices of a saved file.
- ``builder.py``: the trees built from them, and ``import_responses``.
"""

from .builder import import_responses
from .responses import FORMATS

__all__ = ["FORMATS", "import_responses"]
