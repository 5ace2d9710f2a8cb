"""Exporting a trace: one self-contained HTML page (the viewer bundle plus the escaped trace)."""

from .page import (
    BUNDLE_PATH,
    csp_for,
    default_output,
    default_title,
    escape_json_for_html,
    export,
    render_html,
    render_live_page,
    render_page,
    templates_dir,
)

__all__ = ["BUNDLE_PATH", "csp_for", "default_output", "default_title", "escape_json_for_html", "export",
           "render_html", "render_live_page", "render_page", "templates_dir"]
