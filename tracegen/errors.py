"""The one exception type for mistakes a user can fix (bad input, missing model, ...).

The CLI turns it into a one-line message and a non-zero exit; everything else is a bug
and keeps its traceback.
"""


class TracegenError(Exception):
    """A user-facing error: its message is one line that says what to do."""
