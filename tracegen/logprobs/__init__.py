"""Log-probabilities as APIs return them: the documented JSON shapes, read into positions.

Shared by the two readers of API responses: ``tracegen.importing`` (saved files) and the
``openai`` backend (a live server). Neither imports the other.

- ``shapes.py``: one parser per documented logprob shape (OpenAI completions and chat,
  vLLM, llama.cpp, TGI), each returning ``Position`` objects of ``Candidate`` tokens.
  Their typed field checks are the trace reader's (``tracegen.trace.fields``): a malformed
  response raises ``ShapeError`` (``FieldError``) naming the field.
"""

from .shapes import Candidate, Position, ShapeError, openai_completions

__all__ = ["Candidate", "Position", "ShapeError", "openai_completions"]
