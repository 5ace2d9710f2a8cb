"""Log-probabilities as APIs return them: the documented JSON shapes, read into positions.

Shared by the two readers of API responses: ``tracegen.importing`` (saved files) and the
``openai`` backend (a live server). Neither imports the other.

- ``shapes.py``: one parser per documented logprob shape (OpenAI completions and chat,
  vLLM, llama.cpp, TGI), each returning ``Position`` objects of ``Candidate`` tokens.
- ``fields.py``: the typed field checks the parsers make, raising ``ShapeError`` that names the field.
"""

from .fields import ShapeError
from .shapes import Candidate, Position, openai_completions

__all__ = ["Candidate", "Position", "ShapeError", "openai_completions"]
