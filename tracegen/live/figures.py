"""``GET /api/figure``: a figure of the live session's trace as a download, the query string
holding what ``tracegen figure`` takes as options."""

from __future__ import annotations

from collections.abc import Mapping

from ..figure import OPTION_NAMES, parse_figure_options, render_figure
from ..figure.options import parse_integer
from ..trace import Trace

MIMETYPES = {"svg": "image/svg+xml", "pdf": "application/pdf", "png": "image/png", "tex": "text/x-tex"}


def figure_download(trace: Trace, args: Mapping[str, str]) -> tuple[bytes, str, str]:
    """The figure ``args`` asks for: ``(content, mimetype, attachment file name)``.

    Args:
        trace: The session's trace.
        args: The query: ``run``, ``node`` or ``result``, ``kind``, ``format`` and any of the
            figure options by their Python names (``colour``, ``width``, ``annotate``, ``font``,
            ``text_font``, ``font_size``, ``top_k_shown``, ``max_depth``, ``min_prob``, ``max_nodes``,
            ``dpi``, ``standalone``, ``prompt``), as text; other fields are ignored.

    Raises:
        TracegenError: A bad parameter (a ``ParameterError`` naming the query field; the app
            answers 400 with the message).
    """
    kind = args.get("kind", "text")
    fmt = args.get("format", "svg")
    options = parse_figure_options({name: args[name] for name in OPTION_NAMES if name in args})
    figure = render_figure(trace, kind, run=args.get("run"), result=parse_integer("result", args.get("result")),
                           node=parse_integer("node", args.get("node")), format=fmt, options=options)
    data = figure.encode("utf-8") if isinstance(figure, str) else bytes(figure)
    return data, MIMETYPES[fmt], f"figure-{kind}.{fmt}"
