"""tracegen in Jupyter: the viewer inline, live exploration answered by the kernel, DataFrames.

- ``show(trace_or_path, run=None, node=None, height=600)``: the viewer as a widget;
  a ``Trace`` or ``Run`` that ends a cell shows itself the same way (``display.py``).
- ``explore(prompt, model=None, top_k=10)``: the live viewer on a model in this process
  (``live.py``, over the widget channel of ``channel.py``).
- ``Trace.to_pandas()`` and ``Run.candidates_frame(node)`` (``frames.py``).

anywidget and pandas come with the ``notebook`` extra (``pip install 'tracegen[notebook]'``);
without them these say so in one line (``extras.py``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .extras import import_extra

if TYPE_CHECKING:
    from ..trace import Node, Run, Trace
    from .live import ExploreWidget
    from .widget import TraceWidget


def show(trace: Trace | str | os.PathLike, run: Run | str | None = None, node: Node | int | None = None,
         height: int = 600) -> TraceWidget:
    """The viewer on a trace, in the notebook (display it, or end the cell with it).

    Args:
        trace: A ``Trace``, or the path of a trace file.
        run: The run to open (its id or the ``Run``); default: the first.
        node: The node to select (its id or the ``Node``); default: the best result's path.
        height: The output's height in pixels.

    Returns:
        The ``TraceWidget``; ``w.selected`` is the node selected in the page.
    """
    import_extra("anywidget", "tracegen.show()")
    from ..trace import Trace, load
    from .widget import TraceWidget

    shown = trace if isinstance(trace, Trace) else load(trace)
    return TraceWidget(shown, run=run, node=node, height=height)


def explore(prompt: str | None = None, model: Any = None, top_k: int = 10, **options: Any) -> ExploreWidget:
    """Explore a model live in the notebook; see ``tracegen.notebook.live.explore``.

    Args:
        prompt: The first run's prompt (``None``: start from the page).
        model: A ``LoadedModel``, any ``Backend``, a model spec, or ``None`` for the default model.
        top_k: Candidates recorded per node.
        **options: ``chat``, ``height``, ``trace``, ``save``.
    """
    import_extra("anywidget", "tracegen.explore()")
    from .live import explore as _explore

    return _explore(prompt, model=model, top_k=top_k, **options)


__all__ = ["explore", "show"]
