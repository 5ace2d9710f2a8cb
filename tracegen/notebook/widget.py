"""``TraceWidget``: the viewer in a notebook output, built on anywidget.

The front end is the viewer itself, built a second way (``viewer/src/widget.ts`` ->
``tracegen/static/widget.js``, an ES module anywidget loads in JupyterLab, Notebook 7,
VS Code, Colab and marimo). The trace travels once, as the bytes of its JSON file in a
binary trait; what the person selects comes back in ``selection``. ``ExploreWidget``
(``live.py``) adds a live session behind the same page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anywidget
import traitlets

from ..errors import ParameterError
from ..trace import Node, Run, Trace
from ..trace.fields import is_integer
from ..trace.summary import describe_trace
from . import display

WIDGET_PATH = Path(__file__).resolve().parent.parent / "static" / "widget.js"


class TraceWidget(anywidget.AnyWidget):
    """The viewer on a trace, in a notebook.

    Args:
        trace: The trace to show.
        run: The run to open (its id or the ``Run``); default: the first.
        node: The node to select in it (its id or the ``Node``); default: the best result's path.
        height: The output's height in pixels.

    Attributes:
        selection: What the page selects, kept in sync both ways: ``{"run": id, "node": id}``,
            with ``"leaf"`` when the path shown goes past the node and ``"next": True`` when
            the next-token slot after ``node`` is selected; ``None`` before the page has shown it.
    """

    _esm = WIDGET_PATH
    _trace_json = traitlets.Bytes(b"").tag(sync=True)
    _live = traitlets.Bool(False).tag(sync=True)
    height = traitlets.Int(600).tag(sync=True)
    selection = traitlets.Dict(default_value=None, allow_none=True).tag(sync=True)

    def __init__(self, trace: Trace, *, run: Run | str | None = None, node: Node | int | None = None,
                 height: int = 600, **kwargs: Any) -> None:
        if not is_integer(height) or height < 100:
            raise ParameterError("height", "must be a whole number of pixels, at least 100")
        self._shown = trace
        kwargs.setdefault("_trace_json", trace.dumps())
        super().__init__(height=height, selection=initial_selection(trace, run, node), **kwargs)

    @property
    def trace(self) -> Trace:
        """The trace shown."""
        return self._shown

    @property
    def selected(self) -> Node | None:
        """The node selected in the page: the token clicked on, or the node whose next-token
        distribution is shown; ``None`` before the page has selected anything."""
        found = self._selection_target()
        return None if found is None else found[1]

    @property
    def selected_run(self) -> Run | None:
        """The run shown in the page (``None`` before it shows one)."""
        sel = self.selection or {}
        try:
            return self.trace.run(sel["run"])
        except (KeyError, TypeError):
            return None

    def select(self, node: Node | int, run: Run | str | None = None) -> None:
        """Select ``node`` (of ``run``, default: the run shown) in the page.

        Args:
            node: The node or its id.
            run: The run or its id; default: the run shown, else the first.
        """
        current = self.selected_run
        self.selection = initial_selection(self.trace, run if run is not None else current, node)  # type: ignore[assignment]  # the trait allows None

    def _selection_target(self) -> tuple[Run, Node] | None:
        sel = self.selection
        if not sel:
            return None
        try:
            run = self.trace.run(sel["run"])
            return run, run.node(sel["node"])
        except (KeyError, TypeError):  # a run the page has not opened yet, or a stale selection
            return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {describe_trace(self.trace)}>"

    def _repr_mimebundle_(self, **kwargs: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """The widget, plus the self-contained page for where widgets cannot run (nbconvert, GitHub)."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if bundle is None:
            return None
        data, metadata = bundle
        sel = self.selection or {}
        run = sel.get("run") if isinstance(sel, dict) else None
        data = {**data, "text/plain": repr(self),
                "text/html": display.fallback_html(self.trace, run_id=run, height=self.height, live=self._live)}
        return data, metadata


def initial_selection(trace: Trace, run: Run | str | None, node: Node | int | None) -> dict[str, Any] | None:
    """The ``selection`` that opens ``run`` at ``node`` (``None``: the page's default).

    Raises:
        ParameterError: ``run`` is not in the trace, or ``node`` not in the run.
    """
    if run is None and node is None:
        return None
    if run is None:
        if not trace.runs:
            raise ParameterError("node", "cannot be selected: the trace has no runs")
        run = trace.runs[0]
    run_id = run.id if isinstance(run, Run) else run
    try:
        chosen = trace.run(run_id)
    except KeyError:
        raise ParameterError("run", f"{run_id!r} is not a run of this trace") from None
    if node is None:
        return {"run": chosen.id}
    node_id = node.id if isinstance(node, Node) else node
    if not is_integer(node_id) or not chosen.has_node(node_id):
        raise ParameterError("node", f"{node_id!r} is not a node of run {chosen.id!r}")
    return {"run": chosen.id, "node": node_id}
