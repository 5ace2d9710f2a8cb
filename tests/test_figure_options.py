"""One parser of the figure options for its three callers: ``trace.figure(...)`` sees the Python
parameter's name, ``tracegen figure`` the flag, ``GET /api/figure`` (a real server over HTTP) a
400 with the query field's name, each the same problem in the same words."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from live_helpers import call, running
from synthetic_traces import tricky_trace

from tracegen.cli import flag_for, main
from tracegen.errors import ParameterError
from tracegen.figure import OPTION_NAMES, FigureOptions, parse_figure_options, parse_length
from tracegen.figure.options import _PARSERS
from tracegen.live import LiveSession, create_app

# (parameter, what Python passes, the same value as the command line and a query write it)
MISTAKES = [
    ("width", "huge", "huge"),
    ("width", "99m", "99m"),
    ("top_k_shown", 0, "0"),
    ("font_size", 99.0, "99"),
    ("min_prob", 1.5, "1.5"),
    ("max_nodes", 0, "0"),
    ("dpi", 10, "10"),
    ("annotate", "x,y", "x,y"),
    ("text_font", "x;}<", "x;}<"),
]


def python_message(param: str, value: object) -> ParameterError:
    with pytest.raises(ParameterError) as caught:
        tricky_trace().figure(**{param: value})
    return caught.value


@pytest.mark.parametrize(("param", "value", "text"), MISTAKES)
def test_a_python_caller_sees_the_parameter_name(param: str, value: object, text: str) -> None:
    error = python_message(param, value)
    assert error.param == param and str(error) == f"{param} {error.problem}"
    assert "--" not in str(error).split(" ")[0]


@pytest.mark.parametrize(("param", "value", "text"), MISTAKES)
def test_a_cli_user_sees_the_flag(tmp_path: Path, param: str, value: object, text: str) -> None:
    path = tmp_path / "tricky.json"
    tricky_trace().save(path)
    result = CliRunner().invoke(main, ["figure", str(path), f"{flag_for(param)}={text}", "-o", str(tmp_path / "f.svg")])
    assert result.exit_code == 1
    problem = python_message(param, value).problem
    assert result.output.splitlines() == [f"Error: {flag_for(param)} {problem}"]
    assert flag_for(param).startswith("--") and not (tmp_path / "f.svg").exists()


@pytest.fixture(scope="module")
def server(tiny):
    session = LiveSession(tiny, top_k=5)
    with running(create_app(session)) as live:
        status, _, reply = call(live, "POST", "/api/runs", {"prompt": "Hi", "chat": False})
        assert status == 200, reply
        status, _, reply = call(live, "POST", "/api/continue", {"run": "run-1", "node": 0, "steps": 4})
        assert status == 200, reply
        yield live
    session.close()


@pytest.mark.parametrize(("param", "value", "text"), MISTAKES)
def test_live_mode_answers_400_with_the_same_message(server, param: str, value: object, text: str) -> None:
    from urllib.parse import quote

    status, headers, body = call(server, "GET", f"/api/figure?run=run-1&{param}={quote(text)}")
    assert status == 400 and headers["content-type"].startswith("application/json")
    assert body == {"error": str(python_message(param, value))}


def test_text_from_a_query_or_the_command_line_reads_as_python_values() -> None:
    text = {"colour": "surprisal", "width": "12cm", "font_size": "9.5", "annotate": "3,7", "top_k_shown": "4",
            "max_depth": "5", "min_prob": "0.01", "max_nodes": "30", "dpi": "150", "standalone": "true",
            "prompt": "0", "font": "Fira Mono", "text_font": "Fira Sans"}
    typed = {"colour": "surprisal", "width": parse_length("12cm"), "font_size": 9.5, "annotate": [7, 3],
             "top_k_shown": 4, "max_depth": 5, "min_prob": 0.01, "max_nodes": 30, "dpi": 150, "standalone": True,
             "prompt": False, "font": "Fira Mono", "text_font": "Fira Sans"}
    assert parse_figure_options(text) == parse_figure_options(typed) == FigureOptions(
        colour="surprisal", width=parse_length("12cm"), font_size=9.5, annotate=(3, 7), top_k_shown=4, max_depth=5,
        min_prob=0.01, max_nodes=30, dpi=150, standalone=True, prompt=False, font="Fira Mono", text_font="Fira Sans")


def test_absent_none_and_empty_keep_the_defaults() -> None:
    assert parse_figure_options({}) == FigureOptions()
    assert parse_figure_options({name: None for name in OPTION_NAMES}) == FigureOptions()
    assert parse_figure_options({"width": "", "dpi": "", "annotate": ""}) == FigureOptions()


@pytest.mark.parametrize(("values", "message"), [
    ({"dpi": "١٢٠"}, "dpi must be an integer, not '١٢٠'"),  # int() would read Arabic-Indic digits
    ({"dpi": " 300"}, "dpi must be an integer, not ' 300'"),
    ({"dpi": 300.0}, "dpi must be an integer, not 300.0"),
    ({"max_nodes": True}, "max_nodes must be an integer, not True"),
    ({"min_prob": "nan"}, "min_prob must be a number, not 'nan'"),
    ({"font_size": "big"}, "font_size must be a number, not 'big'"),
    ({"standalone": "yes"}, "standalone must be true or false (1 or 0), not 'yes'"),
    ({"colour": 3}, "colour must be text, not 3"),
    ({"width": [1]}, "width must be a length (e.g. 8cm), not [1]"),
])
def test_values_no_option_takes_name_the_option(values: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError) as caught:
        parse_figure_options(values)
    assert str(caught.value) == message


def test_an_unknown_option_is_a_type_error_as_a_mistyped_keyword() -> None:
    with pytest.raises(TypeError, match="'colr' is not a figure option"):
        parse_figure_options({"colr": "surprisal"})


def test_every_figure_option_has_a_parser() -> None:
    assert set(_PARSERS) == set(OPTION_NAMES)
