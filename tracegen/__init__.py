"""tracegen: see what a language model generates and why.

Record the model's top-k next-token distribution at every step of greedy decoding,
sampling, beam search, branching or teacher forcing into one JSON trace, then explore it in
an offline HTML viewer, live in the browser, or inline in a notebook (``show``, ``explore``).

>>> import tracegen
>>> trace = tracegen.record("The capital of France is", strategy="beam", num_beams=4)
>>> trace.save("capital.json")
>>> tracegen.load("capital.json").runs[0].results[0].text
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import TracegenError
from .recording.prompts import Prompt
from .trace import Node, Result, Run, Trace, TraceFormatError, load

if TYPE_CHECKING:
    from .backends.transformers import LoadedModel, load_model
    from .comparison import Comparison, compare
    from .corpus import Corpus, load_corpus
    from .forking import fork
    from .notebook import explore, show
    from .recording.recorder import Recorder, record
    from .rescoring.rescorer import rescore

# torch and transformers take seconds to import: only what records pays for them, so
# `tracegen export` and `tracegen.load` stay fast.
_LAZY = {"record": "recording.recorder", "Recorder": "recording.recorder", "load_model": "backends.transformers.loading",
         "LoadedModel": "backends.transformers.loading", "show": "notebook", "explore": "notebook",
         "rescore": "rescoring.rescorer", "compare": "comparison", "Comparison": "comparison",
         "load_corpus": "corpus", "Corpus": "corpus", "fork": "forking.api"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'tracegen' has no attribute {name!r}")

__all__ = [
    "Comparison", "Corpus", "LoadedModel", "Node", "Prompt", "Recorder", "Result", "Run", "Trace", "TraceFormatError",
    "TracegenError", "__version__", "compare", "explore", "fork", "load", "load_corpus", "load_model", "record", "rescore", "show",
]
