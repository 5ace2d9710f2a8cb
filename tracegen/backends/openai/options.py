"""The openai backend's options: its command-line flags and ``open_backend`` keywords."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ...errors import TracegenError
from ..declaration import option


@dataclass(frozen=True)
class OpenAIOptions:
    """How to reach an OpenAI-compatible server and ask it.

    Args:
        base_url: The server, e.g. ``http://127.0.0.1:8000/v1`` (``/v1`` is added when missing).
        tokenizer: The served model's tokenizer (hub id, directory or ``.gguf``); default: the model.
        api_key_env: The environment variable that holds the API key (the command line's way).
        api_key: The API key itself (Python only; never recorded).
        concurrency: Requests in flight at most.
        timeout: Seconds per request.
        retries: Retries with backoff after 429, 5xx, timeouts and dropped connections.
        prompt_format: ``ids`` (token-exact), ``text``, or ``auto`` (ids if the server takes them).
    """

    base_url: str | None = option(None, "the server, e.g. http://127.0.0.1:8000/v1.", metavar="URL", required=True)
    tokenizer: str | None = option(None, "the served model's tokenizer (hub id, directory or .gguf; default: "
                                         "--model).", metavar="SPEC", path=True)
    api_key_env: str | None = option(None, "environment variable that holds the API key (never recorded).",
                                     metavar="VAR")
    api_key: str | None = option(None, "the API key.", command_line=False)
    concurrency: int = option(4, "requests in flight at most.", minimum=1)
    timeout: float = option(60.0, "seconds per request.", minimum=0, minimum_open=True)
    retries: int = option(5, "retries with backoff after 429, 5xx, timeouts.", minimum=0)
    prompt_format: str = option("auto", "send contexts as token ids (token-exact) or text; auto: ids if the "
                                        "server takes them.", choices=("auto", "ids", "text"))

    def key(self) -> str | None:
        """The API key: ``api_key``, else the one in the ``api_key_env`` environment variable."""
        if self.api_key is not None or self.api_key_env is None:
            return self.api_key
        value = os.environ.get(self.api_key_env)
        if not value:
            raise TracegenError(f"--api-key-env {self.api_key_env}: that environment variable is not set")
        return value
