"""A page of the runs table: sorted, filtered and searched in DuckDB, so only one page travels.

``RunsQuery.from_args`` reads what the runs table's page asks (``/api/runs?sort=...``), every
column name checked against the corpus's own columns and every value passed as a query
parameter, never as SQL text. ``runs_page`` answers it with the total and one page of rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ParameterError
from .reading import Corpus
from .schema import RUN_COLUMNS

#: Filter operators the page offers, and their SQL.
OPERATORS = {"=": "=", "!=": "<>", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "contains": "ILIKE"}
#: Columns too bulky for a table of runs (JSON for rebuilding traces).
HIDDEN = ("prompt_token_ids", "strategy_params", "results", "extra", "metadata", "fork")
MAX_LIMIT = 500


@dataclass
class RunsQuery:
    """What page of the runs table to show.

    Args:
        offset: Rows to skip.
        limit: Rows in the page (at most ``MAX_LIMIT``).
        sort: The column to sort by (default: prompt order).
        descending: Sort from the largest.
        filters: ``(column, operator, value)`` conditions, all of which must hold.
        search: Text that the run's id, prompt or text must contain (any case).
    """

    offset: int = 0
    limit: int = 50
    sort: str = "position"
    descending: bool = False
    filters: list[tuple[str, str, str]] = field(default_factory=list)
    search: str | None = None

    @classmethod
    def from_args(cls, args: Any) -> RunsQuery:
        """From URL arguments: ``offset``, ``limit``, ``sort``, ``order`` (``asc``/``desc``),
        ``filter`` (repeatable, ``column:operator:value``), ``q``."""
        def number(name: str, default: int, top: int) -> int:
            text = args.get(name, str(default))
            if not text.isdigit() or int(text) > top:
                raise ParameterError(name, f"must be an integer from 0 to {top}")
            return int(text)

        filters = []
        getlist = getattr(args, "getlist", None)
        for item in (getlist("filter") if getlist else ([args["filter"]] if "filter" in args else [])):
            column, _, rest = item.partition(":")
            operator, _, value = rest.partition(":")
            filters.append((column, operator, value))
        order = args.get("order", "asc")
        if order not in ("asc", "desc"):
            raise ParameterError("order", "must be asc or desc")
        return cls(offset=number("offset", 0, 2**40), limit=max(1, number("limit", 50, MAX_LIMIT)),
                   sort=args.get("sort", "position"), descending=order == "desc", filters=filters,
                   search=args.get("q") or None)


#: The columns a page shows first: what tells runs apart; the metadata columns come next.
FIRST = ("run", "prompt", "tokens", "mean_entropy", "mean_surprisal", "perplexity", "min_logprob", "min_token")


def visible_columns(corpus: Corpus) -> list[str]:
    """The runs table's columns a page shows: the metrics first, then the metadata columns, then the rest."""
    names = [c for c in corpus.columns() if c not in HIDDEN]
    fixed = set(RUN_COLUMNS.names)
    return [*FIRST, *(c for c in names if c not in fixed), *(c for c in names if c in fixed and c not in FIRST)]


def runs_page(corpus: Corpus, query: RunsQuery) -> dict[str, Any]:
    """One page of runs: ``{"total", "offset", "limit", "columns", "rows"}`` (rows as lists).

    Raises:
        ParameterError: A column the corpus does not have, an unknown operator.
    """
    columns = visible_columns(corpus)
    if query.sort not in columns:
        raise ParameterError("sort", f"{query.sort!r} is not a column of the runs table")
    conditions, params = [], []
    for column, operator, value in query.filters:
        if column not in columns:
            raise ParameterError("filter", f"{column!r} is not a column of the runs table")
        if operator not in OPERATORS:
            raise ParameterError("filter", f"{operator!r} is not one of {', '.join(OPERATORS)}")
        if operator == "contains":
            conditions.append(f"CAST({_name(column)} AS VARCHAR) ILIKE ? ESCAPE '\\'")
            params.append(f"%{_like(value)}%")
        else:
            conditions.append(f"{_name(column)} {OPERATORS[operator]} ?")
            params.append(_typed(value))
    if query.search:
        conditions.append("(run ILIKE ? ESCAPE '\\' OR prompt ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')")
        params.extend([f"%{_like(query.search)}%"] * 3)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    cursor = corpus.connection().cursor()
    try:
        total = cursor.execute(f"SELECT count(*) FROM runs{where}", params).fetchone()[0]  # type: ignore[index]
        order = "DESC NULLS LAST" if query.descending else "ASC NULLS LAST"
        rows = cursor.execute(
            f"SELECT {', '.join(_name(c) for c in columns)} FROM runs{where} "
            f"ORDER BY {_name(query.sort)} {order}, position, run LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset]).fetchall()
    except Exception as exc:  # noqa: BLE001 - DuckDB's conversion errors: a value that is not the column's type
        import duckdb

        if isinstance(exc, duckdb.Error):
            raise ParameterError("filter", f"cannot compare: {str(exc).splitlines()[0]}") from None
        raise
    finally:
        cursor.close()
    return {"total": total, "offset": query.offset, "limit": query.limit, "columns": columns,
            "rows": [[_plain(v) for v in row] for row in rows]}


def _name(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _typed(value: str) -> Any:
    """A filter value as the number it spells, else as text (DuckDB compares it with the column)."""
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if value in ("true", "false"):
        return value == "true"
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, float) and value != value:  # NaN is not JSON
        return None
    if isinstance(value, Mapping | list) or isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)
