"""The page for editors (``GET /``): one self-contained HTML file, no external assets.

The highlight, chip and list styles are the HTML report's own (``reporters/html_format``); the
highlighted article comes from the server (``highlight: true``), rendered by the report's
:func:`~tqcheck.reporters.html_format.highlight`, so the page and the report mark text the same
way. The page's own markup, style and script live in ``static/``.
"""

from __future__ import annotations

import html
from functools import cache
from importlib.resources import files

from tqcheck import __version__


def _static(name: str) -> str:
    return files("tqcheck.server").joinpath("static", name).read_text("utf-8")


@cache
def page_html() -> str:
    from tqcheck.reporters.html_format import CSS as REPORT_CSS

    return (
        _static("page.html")
        .replace("{{REPORT_CSS}}", REPORT_CSS)
        .replace("{{PAGE_CSS}}", _static("page.css"))
        .replace("{{SCRIPT}}", _static("page.js"))
        .replace("{{VERSION}}", html.escape(__version__))
    )
