"""The jinja2 environments of the figure writers; templates live beside the viewer's (``templates/``)."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from ..export import templates_dir


def number(value: float) -> str:
    """A coordinate as written into SVG or TikZ: at most 2 decimals, no trailing zeros, never ``-0``."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@lru_cache(maxsize=1)
def svg_environment() -> jinja2.Environment:
    """XML-escaping environment: every interpolated value is escaped unless it is ``Markup``."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )


@lru_cache(maxsize=1)
def tex_environment() -> jinja2.Environment:
    """TeX templates: delimiters that TeX never uses, and no value may pass without being escaped.

    ``finalize`` refuses any interpolated ``str`` that is not a ``TexCode`` (made by the
    escaper or by tracegen's own code), so a template cannot print token text unescaped.
    """
    from .tex_escape import TexCode

    def finalize(value: object) -> object:
        if isinstance(value, TexCode | int | float):
            return value
        raise TypeError(f"TeX template got an unescaped value {type(value).__name__}: {value!r:.40}")

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        block_start_string="<%", block_end_string="%>",
        variable_start_string="<<", variable_end_string=">>",
        comment_start_string="<#", comment_end_string="#>",
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        finalize=finalize,
    )
