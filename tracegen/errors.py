"""The one exception type for mistakes a user can fix (bad input, missing model, ...).

The CLI turns it into a one-line message and a non-zero exit; everything else is a bug
and keeps its traceback.
"""


class TracegenError(Exception):
    """A user-facing error: its message is one line that says what to do."""


class ParameterError(TracegenError, ValueError):
    """A bad value for a named parameter (``top_p``, ``max_new_tokens``, ...).

    The message names the parameter as the library calls it; front ends that call it
    something else (the CLI's ``--top-p``) rename it with ``named``.

    Args:
        param: The parameter's name in the Python API.
        problem: What is wrong, continuing the sentence after the name ("must be in (0, 1]").
    """

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(f"{param} {problem}")
        self.param = param
        self.problem = problem

    def named(self, name: str) -> str:
        """The message with the parameter called ``name``."""
        return f"{name} {self.problem}"


def require(condition: bool, param: str, problem: str) -> None:
    """Raise ``ParameterError(param, problem)`` unless ``condition`` holds."""
    if not condition:
        raise ParameterError(param, problem)
