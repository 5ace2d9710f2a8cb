"""What a corpus needs installed (the ``corpus`` extra), checked before anything imports it.

duckdb is imported only when a query runs, so it is looked for here, not imported.
"""

import importlib.util

from ..errors import TracegenError

for _needed in ("pyarrow", "duckdb"):
    if importlib.util.find_spec(_needed) is None:  # the CLI reports it in one line
        raise TracegenError(f"corpora need pyarrow and duckdb ({_needed} is missing): pip install 'tracegen[corpus]'")
