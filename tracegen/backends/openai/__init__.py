"""Recording through a serving engine's OpenAI-compatible API (vLLM, llama.cpp, TGI)."""

from .backend import OpenAIBackend
from .client import Cancelled, Client, Counters, RequestFailed
from .connect import connect

__all__ = ["Cancelled", "Client", "Counters", "OpenAIBackend", "RequestFailed", "connect"]
