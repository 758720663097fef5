"""What the server does with a text: check it, or apply suggestions to it, as the CLI would.

A request names its text (and optionally its source, publication date, rule selection and
format); the answer is computed through the same :class:`~tqcheck.runner.Checker` steps as
``tqcheck check FILE`` (read, parse, date, check) and ``tqcheck fix`` (the fixer's passes), with
the text held in memory only. Nothing here keeps a text after the call returns.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from tqcheck.config import Config
from tqcheck.document import Document, SourceText, decode_bytes, parse_document
from tqcheck.errors import InputError
from tqcheck.findings import Finding
from tqcheck.rules.registry import resolve, split_selectors
from tqcheck.runner import Checker, CheckOptions, FileResult, RunResult

FORMATS = ("text", "markdown")
# The name a request's text is checked under: its suffix selects the parser, as for a file.
_NAMES = {"text": "text.txt", "markdown": "text.md"}


class RequestError(InputError):
    """A request the server cannot act on; ``str(error)`` is the one-line reason."""


@dataclass(frozen=True, slots=True)
class TextRequest:
    """One text to check, as a request states it (already validated)."""

    text: str
    source: str | None = None
    published: date | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    format: str = "text"

    @property
    def name(self) -> str:
        return _NAMES[self.format]


def validate_text(value: object, field: str, max_chars: int | None = None) -> str:
    """A request's text field: a non-empty string without NUL characters or lone surrogates."""
    if not isinstance(value, str):
        raise RequestError(f"'{field}' must be a string")
    if not value.strip():
        raise RequestError(f"'{field}' is empty (no text to check)")
    nul = value.find("\x00")
    if nul != -1:
        raise RequestError(f"'{field}' looks binary (NUL character at offset {nul})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RequestError(f"'{field}' has an unpaired surrogate at offset {exc.start}") from None
    if max_chars is not None and len(value) > max_chars:
        raise RequestError(f"'{field}' is {len(value):,} characters, over the limit")
    return value


def selectors(value: object, field: str) -> tuple[str, ...]:
    """``select``/``ignore``: a list of codes, prefixes, names or categories, or one string
    with commas; unknown selectors are an error, as on the command line."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RequestError(f"'{field}' must be a list of rule codes or a comma-separated string")
    parts = tuple(split_selectors(value))
    resolve(list(parts), origin=field)  # raises SelectionError (a one-line reason)
    return parts


def parse_published(value: object) -> date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RequestError("'published' must be a date in YYYY-MM-DD form")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RequestError(
            f"'published': {value[:40]!r} is not a date in YYYY-MM-DD form"
        ) from None


class _TextChecker(Checker):
    """A checker whose one document is paired with a source given as text, not as a path."""

    def __init__(self, options: CheckOptions, source: SourceText | None) -> None:
        super().__init__(options)
        self.source_text = source

    def parse(self, source: SourceText, name: str, config: Config) -> Document:
        document = parse_document(source)  # Markdown or plain text by the name's suffix
        if self.source_text is not None:
            from tqcheck.bilingual.pairing import pair_documents

            pair_documents(document, self.source_text)
        return document


@dataclass(slots=True)
class FixOutcome:
    text: str
    diff: str
    applied: list[Finding]
    result: FileResult  # the findings of the fixed text


class Engine:
    """Checks texts with the server's base options (config, semantic, model) and a request's
    own selection and publication date. Not thread-safe: the app runs one call at a time."""

    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        Checker(options)  # a bad --config fails at start-up, not on the first request

    def _checker(self, request: TextRequest) -> tuple[_TextChecker, Config, SourceText]:
        options = replace(
            self.options,
            select=request.select or self.options.select,
            ignore=(*self.options.ignore, *request.ignore),
            published=request.published or self.options.published,
        )
        source_text = None
        if request.source is not None:
            source_text = decode_bytes(request.source.encode("utf-8"), "source")
        checker = _TextChecker(options, source_text)
        config = checker.config_for(request.name)
        text = decode_bytes(request.text.encode("utf-8"), request.name)
        return checker, config, text

    def check(self, request: TextRequest) -> tuple[FileResult, Document | None]:
        """The findings for ``request``'s text, as ``tqcheck check`` reports them for a file."""
        try:
            return self._check(request)
        finally:
            forget_texts()

    def _check(self, request: TextRequest) -> tuple[FileResult, Document | None]:
        checker, config, source = self._checker(request)
        result = FileResult(path=request.name, fail_on=config.fail_on)
        document = checker.parse(source, request.name, config)
        result.published = checker.published_for(document, config)
        document.published = result.published
        result.lines = document.lines
        result.words = sum(len(block.words) for block in document.blocks)
        checker.check_loaded([(result, document, config)])
        if result.error is not None:
            raise RequestError(result.error)
        return result, document

    def fix(
        self, request: TextRequest, chosen: list[tuple[str, int, int]] | None, unsafe: bool
    ) -> FixOutcome:
        """Apply ``chosen`` findings' suggestions (keys ``(rule, start, end)`` of the text's
        current findings), or, with ``chosen`` None, every safe one (and unsafe ones when
        ``unsafe``) in the fixer's passes; then check the result."""
        try:
            return self._fix(request, chosen, unsafe)
        finally:
            forget_texts()

    def _fix(
        self, request: TextRequest, chosen: list[tuple[str, int, int]] | None, unsafe: bool
    ) -> FixOutcome:
        from tqcheck.fixer import apply_edits, fix_source, plan_edits

        checker, config, source = self._checker(request)
        if chosen is None:
            fixed = fix_source(checker, request.name, source, config, unsafe)
            text, applied = fixed.text, fixed.applied
        else:
            current, _ = self._check(request)
            wanted = set(chosen)
            picked = [f for f in current.findings if (f.rule, f.start, f.end) in wanted]
            missing = wanted - {(f.rule, f.start, f.end) for f in picked}
            if missing:
                rule, start, end = sorted(missing)[0]
                raise RequestError(
                    f"no {rule} finding at {start}-{end} in this text (check it again)"
                )
            edits = plan_edits(picked, request.text, unsafe=True)
            if len(edits) < len(picked):
                raise RequestError(
                    "some chosen findings have no applicable suggestion or overlap another"
                )
            spans = {(edit.start, edit.end, edit.rule) for edit in edits}
            applied = [f for f in picked if (f.start, f.end, f.rule) in spans]
            text = apply_edits(request.text, edits)
        diff = "".join(
            difflib.unified_diff(
                request.text.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"a/{request.name}",
                tofile=f"b/{request.name}",
            )
        )
        result, _ = self._check(replace(request, text=text))
        return FixOutcome(text=text, diff=diff, applied=applied, result=result)


# Memoised functions that hold loaded resources, not pieces of a request's text: kept.
_RESOURCE_CACHES = frozenset(
    {
        "tqcheck.semantic.encoder.shared_encoder",
        "tqcheck.gazetteer.index._default_gazetteer",
        "tqcheck.runner._rules_for",
        "tqcheck.config.discover_config",
        "tqcheck.schemas.load_schema",
        "tqcheck.gazetteer.house_style._geonames_name",
        "tqcheck.gazetteer.garble.base.country_arabic",
        "tqcheck.lexicon.word_list",
    }
)


def forget_texts() -> None:
    """Empty every memo that may hold a piece of the request's text: the run's embedding store
    (sentences and their vectors) and each ``functools`` cache in tqcheck's modules (sentences,
    date strings, words), except those holding loaded resources (the model, the gazetteer) and
    those without arguments. Called after every request, so the server keeps no text."""
    import inspect
    import sys

    for name, module in list(sys.modules.items()):
        if not (name == "tqcheck" or name.startswith("tqcheck.")) or module is None:
            continue
        for attribute in list(vars(module).values()):
            wrapped = getattr(attribute, "__wrapped__", None)
            if wrapped is None or not hasattr(attribute, "cache_clear"):
                continue
            if getattr(attribute, "__module__", None) != name:
                continue  # imported from elsewhere: cleared with its own module
            if f"{name}.{attribute.__name__}" in _RESOURCE_CACHES:
                continue
            try:
                if not inspect.signature(wrapped).parameters:
                    continue  # a loaded resource: nothing from a request in it
            except (TypeError, ValueError):
                pass
            attribute.cache_clear()


def run_result(result: FileResult) -> RunResult:
    return RunResult([result])


def warm_up(engine: Engine) -> dict[str, Any]:
    """Load what checks load lazily (rules, gazetteer, date and number parsers, the Markdown
    parser, the source aligner, the model when on) by checking short samples once; returns
    the sample findings' count, for the start-up log line."""
    target = (
        "Officials in Baku said on Tuesday, 5 October 2020, that 12 people were injured in "
        "Ganja.\n\nThe ministry said the three districts, Fuzuli, Jabrayil and Zangilan, were "
        "shelled two days ago.\n"
    )
    source = "قال مسؤولون في باكو يوم الثلاثاء إن 12 شخصا أصيبوا في كنجة.\n"
    found = 0
    for request in (
        TextRequest(text=target),
        TextRequest(text="# Ganja\n\n" + target, format="markdown"),
        TextRequest(text=target, source=source),
    ):
        result, _ = engine.check(request)
        found += len(result.findings)
    return {"findings": found}
