"""``GET /api/figure``: a figure of the live session's trace as a download, the query string
holding what ``tracegen figure`` takes as options."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..errors import TracegenError
from ..figure import FigureOptions, parse_annotate, parse_length, render_figure
from ..trace import Trace

MIMETYPES = {"svg": "image/svg+xml", "pdf": "application/pdf", "png": "image/png", "tex": "text/x-tex"}
_INTS = ("node", "result", "top_k_shown", "max_depth", "max_nodes", "dpi")


def _int(args: Mapping[str, str], name: str) -> int | None:
    value = args.get(name)
    if value is None or value == "":
        return None
    # ASCII digits only: int() also reads " 5", "5_0", "١٢" and full-width digits.
    if not re.fullmatch(r"-?[0-9]{1,16}", value):
        raise TracegenError(f"{name!r} must be an integer, not {value[:40]!r}")
    return int(value)


def figure_download(trace: Trace, args: Mapping[str, str]) -> tuple[bytes, str, str]:
    """The figure ``args`` asks for: ``(content, mimetype, attachment file name)``.

    Args:
        trace: The session's trace.
        args: The query: ``run``, ``node`` or ``result``, ``kind``, ``format`` and any of
            ``colour``, ``annotate``, ``width``, ``font``, ``text_font``, ``top_k_shown``, ``max_depth``, ``min_prob``,
            ``max_nodes``, ``dpi``, ``standalone``.

    Raises:
        TracegenError: A bad parameter (the app answers 400 with the message).
    """
    kind = args.get("kind", "text")
    fmt = args.get("format", "svg")
    ints = {name: _int(args, name) for name in _INTS}
    options: dict[str, object] = {k: v for k, v in ints.items() if k not in ("node", "result") and v is not None}
    for name in ("colour", "font", "text_font"):
        if name in args:
            options[name] = args[name]
    if "width" in args:
        options["width"] = parse_length(args["width"])
    if "annotate" in args:
        options["annotate"] = parse_annotate(args["annotate"])
    if "min_prob" in args:
        try:
            options["min_prob"] = float(args["min_prob"])
        except ValueError:
            raise TracegenError(f"'min_prob' must be a number, not {args['min_prob']!r}") from None
    options["standalone"] = args.get("standalone") in ("1", "true")
    figure = render_figure(trace, kind, run=args.get("run"), result=ints["result"], node=ints["node"], format=fmt,
                           options=FigureOptions(**options))  # type: ignore[arg-type]
    data = figure.encode("utf-8") if isinstance(figure, str) else bytes(figure)
    return data, MIMETYPES[fmt], f"figure-{kind}.{fmt}"
