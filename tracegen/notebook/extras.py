"""The ``notebook`` extra: anywidget and pandas are optional, and saying so is one clear error."""

from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import TracegenError

INSTALL = "pip install 'tracegen[notebook]'"


class MissingExtra(TracegenError, ImportError):
    """An optional dependency is not installed; the message names the extra that brings it."""


def import_extra(module: str, feature: str) -> ModuleType:
    """Import ``module``, or raise ``MissingExtra`` naming ``feature`` and the extra to install.

    Args:
        module: The optional module, e.g. ``"pandas"``.
        feature: What needs it, e.g. ``"Trace.to_pandas()"``.
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtra(f"{feature} needs {module}, which is not installed: {INSTALL}") from None


def available(module: str) -> bool:
    """Whether ``module`` can be imported."""
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True
