"""Recording through a serving engine's OpenAI-compatible API (vLLM, llama.cpp, TGI)."""

from .backend import OpenAIBackend
from .client import Cancelled, Client, RequestFailed

__all__ = ["Cancelled", "Client", "OpenAIBackend", "RequestFailed"]
