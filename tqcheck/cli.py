"""The ``tqcheck`` command line (click). Thin: parsing options, calling the runner, exiting."""

from __future__ import annotations

import io
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from tqcheck import __version__
from tqcheck.errors import ConfigError, ExitCode, InputError, TqcheckError
from tqcheck.findings import Severity
from tqcheck.reporters import FORMATS, get_reporter

if TYPE_CHECKING:
    from tqcheck.document import Document
    from tqcheck.runner import CheckOptions, FileResult

_SEVERITIES = [severity.value for severity in Severity]


def _parse_date(_: click.Context, __: click.Parameter, value: str | None) -> date | None:
    from tqcheck.document.markup import published_range_error

    if value is None:
        return None
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
    problem = published_range_error(parsed)
    if problem:
        raise click.BadParameter(problem)
    return parsed


def _parse_size(_: click.Context, __: click.Parameter, value: str | None) -> int | None:
    from tqcheck.document.source import MAX_BYTES_CEILING

    if value is None:
        return None
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = float(number) * factor
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size such as 500000, 512k or 20M") from None
    if size != size or size <= 0:  # NaN, zero or negative
        raise click.BadParameter("must be a positive size such as 500000, 512k or 20M")
    if size > MAX_BYTES_CEILING:  # inf, 1e400, 2**63-1: refused rather than clamped
        raise click.BadParameter(f"{value!r} is over the largest size accepted (1024G)")
    return max(1, int(size))


def _parse_encoding(_: click.Context, __: click.Parameter, value: str | None) -> str | None:
    """A text encoding (utf-8, cp1256...); bytes-to-bytes codecs such as hex are refused."""
    from tqcheck.document.source import text_encoding

    if value is None:
        return None
    try:
        text_encoding(value)
    except InputError as exc:
        raise click.BadParameter(str(exc).removeprefix("--encoding: ")) from None
    return value


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="tqcheck")
def cli() -> None:
    """Check machine-translated news copy for MT artifacts, broken layout and inconsistencies."""


_RUN_OPTIONS = (
    click.option(
        "--select",
        multiple=True,
        metavar="CODES",
        help="Rules to run: codes, prefixes (TQ1), names or categories; comma-separated "
        "or repeated. Replaces the config's select.",
    ),
    click.option(
        "--ignore",
        multiple=True,
        metavar="CODES",
        help="Rules to skip, as for --select; added to the config's ignore.",
    ),
    click.option(
        "--fail-on",
        type=click.Choice(_SEVERITIES),
        default=None,
        help="Exit 1 when a finding at or above this severity is reported [default: error].",
    ),
    click.option(
        "--published",
        callback=_parse_date,
        metavar="YYYY-MM-DD",
        help="Publication date of the copy (for the date checks).",
    ),
    click.option(
        "--config",
        "config_path",
        type=click.Path(path_type=Path, dir_okay=False),
        help="Config file to use instead of discovering tqcheck.toml/pyproject.toml.",
    ),
    click.option(
        "--encoding",
        default=None,
        metavar="NAME",
        callback=_parse_encoding,
        help="Read files in this encoding instead of UTF-8 / BOM-marked Unicode.",
    ),
    click.option(
        "--max-file-size",
        callback=_parse_size,
        metavar="SIZE",
        help="Refuse files larger than this (bytes, or 512k, 20M) [default: 20M].",
    ),
    click.option(
        "--semantic/--no-semantic",
        default=None,
        help="Run the embedding-based checks (TQ6xx) [default: on, or as the config says]; "
        "--no-semantic never loads the model or imports torch.",
    ),
    click.option(
        "--semantic-backend",
        type=click.Choice(["auto", "onnx", "torch"]),
        default=None,
        help="How to compute embeddings: onnx (torch-free; the installed int8 model, or a --model "
        "exported once into the cache), torch (the extra tqcheck[sentence-transformers]) or auto "
        "[default: auto].",
    ),
    click.option(
        "--source",
        "source",
        metavar="FILE",
        help="The source text (e.g. the Arabic original) the one target file translates: "
        "enables the source-aware checks (TQ7xx). Bilingual files (XLIFF, TMX, PO, TSV) "
        "carry their source and need no --source.",
    ),
    click.option(
        "--model",
        metavar="PATH",
        help="Local sentence-transformers model directory for the semantic checks (needs the "
        "extra tqcheck[sentence-transformers]) [default: all-MiniLM-L6-v2, int8 ONNX, installed].",
    ),
)


def _run_options(command: Any) -> Any:
    """The options shared by ``check`` and ``fix``: which rules, config, input, model."""
    for option in reversed(_RUN_OPTIONS):
        command = option(command)
    return command


def _states(value: str | None) -> tuple[str, ...] | None:
    """``--skip-states``: a comma-separated list; ``none`` for the empty list."""
    if value is None:
        return None
    names = tuple(part.strip() for part in value.split(",") if part.strip())
    return () if names == ("none",) else names


def _check_options(
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    model: str | None,
    **others: Any,
) -> Any:
    """CheckOptions from the shared options (selectors validated, model path resolved)."""
    from tqcheck.bilingual.model import is_bilingual_path
    from tqcheck.rules.registry import resolve, split_selectors
    from tqcheck.runner import CheckOptions

    source = others.get("source")
    paths = others.pop("paths", ())
    if source is not None and (len(paths) != 1 or paths[0] == "-" or Path(paths[0]).is_dir()):
        raise ConfigError("--source pairs one target file with its source: name exactly one file")
    if source is not None and is_bilingual_path(paths[0]):
        raise ConfigError(f"{paths[0]}: a bilingual file carries its source; drop --source")
    selected = split_selectors(select)
    ignored = split_selectors(ignore)
    resolve(selected)
    resolve(ignored, origin="--ignore")
    return CheckOptions(
        select=tuple(selected) or None,
        ignore=tuple(ignored),
        fail_on=Severity(fail_on) if fail_on else None,
        model=str(Path(model).resolve()) if model else None,
        **others,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format.",
)
@_run_options
@click.option(
    "--stdin-filename",
    metavar="NAME",
    help="Name to report for '-' (its .md suffix selects Markdown).",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--color/--no-color",
    default=None,
    help="Colour text output [default: on a terminal or with FORCE_COLOR set; off with NO_COLOR].",
)
@click.option("--quiet", "-q", is_flag=True, help="Text format: no source excerpts.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Report and fail only on findings this baseline file does not record.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Record the current findings in this file (keyed on rule, path and text, not lines).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Check files in this many processes [default: one per 200 files, up to the number "
    "of cores; at most 4 per core].",
)
@click.option(
    "--summary",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write a per-file and a per-rule table (.csv, .json or .parquet; see 'tqcheck report').",
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even when findings are reported (a file that cannot be checked still exits 2).",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print one line per rule found (count, code, name) instead of the findings.",
)
@click.option(
    "--min-severity",
    type=click.Choice(["info", "warning", "error"]),
    default=None,
    help="Report (and fail on) only findings of this severity or higher [default: info].",
)
@click.option(
    "--review",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the reviewer's table (.xlsx or .csv): unit, source, target, finding and an "
    "empty 'reviewer verdict' column; 'tqcheck baseline' reads it back.",
)
@click.option(
    "--skip-states",
    metavar="STATES",
    help="Bilingual files: leave out units in these segment states, comma-separated (locked, "
    "fuzzy, new, needs-translation, initial...; 'none' checks every unit) [default: locked, "
    "or the config's skip-states].",
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    stdin_filename: str | None,
    output: Path | None,
    color: bool | None,
    quiet: bool,
    baseline: Path | None,
    write_baseline: Path | None,
    summary: Path | None,
    jobs: int | None,
    skip_states: str | None,
    review: Path | None,
    exit_zero: bool,
    statistics: bool,
    min_severity: str | None,
    **run_options: Any,
) -> None:
    """Check files, directories (recursively) or '-' for standard input."""
    from tqcheck.runner import Checker

    options = _check_options(
        stdin_filename=stdin_filename,
        jobs=jobs,
        paths=paths,
        skip_states=_states(skip_states),
        **run_options,
    )
    if summary is not None:
        from tqcheck.corpus_summary import check_suffix

        check_suffix(summary)
    outputs = _outputs(output, write_baseline, summary)
    if any(outputs.values()):
        from tqcheck.output_files import refuse_inputs

        named = [*paths, run_options.get("source"), run_options.get("config_path")]
        refuse_inputs(outputs, [p for p in named if p is not None])
    known = None
    if baseline is not None:
        from tqcheck.baseline import read_baseline

        known = read_baseline(baseline)
    from tqcheck.gazetteer.geonames import announce_if_unavailable

    announce_if_unavailable()  # an unusable cache: one notice here, not one per worker
    _announce_unknown_suffixes(paths)
    with _Progress(sys.stderr) as progress:
        result = Checker(options).run(paths, progress=progress.advance)
    if any(outputs.values()):
        from tqcheck.output_files import refuse_inputs

        # Files found inside the input folders: none may be an output either.
        refuse_inputs(outputs, [file.path for file in result.files])
    if min_severity is not None:
        floor = Severity(min_severity).rank
        for file in result.files:
            file.findings = [f for f in file.findings if f.severity.rank >= floor]
    if review is not None:
        from tqcheck.reporters.xlsx_format import write_review

        write_review(result, review)
    if write_baseline is not None:
        from tqcheck.baseline import write_baseline as record

        _write_atomically(write_baseline, lambda stream: record(result, stream), "baseline")
    if known is not None:
        from tqcheck.baseline import drop_known

        drop_known(result, known)
    if summary is not None:
        from tqcheck.corpus_summary import write_summary

        write_summary(result, summary)
    for error in result.errors:
        click.echo(f"tqcheck: error: {error}", err=True)
    render = _statistics if statistics else get_reporter(output_format)
    extra: dict[str, Any] = {"show_source": not quiet}
    if output is None:
        from tqcheck.output_files import write_stdout

        extra["color"] = sys.stdout is not None and _use_colour(color, sys.stdout)
        write_stdout(lambda stream: render(result, stream, **extra))
    else:
        _write_report(output, render, result, extra)
    if result.errors:
        raise SystemExit(ExitCode.ERROR)
    if exit_zero or write_baseline is not None:  # a baseline just written records every finding
        raise SystemExit(ExitCode.OK)
    raise SystemExit(ExitCode.FINDINGS if result.failed else ExitCode.OK)


@cli.command("baseline")
@click.argument("review", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The baseline file to write (JSON, for 'check --baseline').",
)
def baseline_command(review: Path, output: Path) -> None:
    """Turn a reviewer's table (.xlsx or .csv from 'check --review') into a baseline: the rows
    whose 'reviewer verdict' is 'false positive' (or fp, wrong) are not reported again."""
    from tqcheck.baseline import write_review_baseline
    from tqcheck.reporters.xlsx_format import read_review

    counted: list[int] = []
    _write_atomically(
        output,
        lambda stream: counted.append(write_review_baseline(read_review(review), stream)),
        "baseline",
    )
    click.echo(f"{output}: {counted[0] if counted else 0} findings marked false positive", err=True)


def _sniffed_bilingual(path: str) -> bool:
    """Whether the file at ``path`` is XLIFF or TMX by its content (a ``.xml`` XLIFF)."""
    import stat

    from tqcheck.bilingual.model import looks_bilingual

    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return False  # a FIFO or device is never opened here (it could block): refused later
        with Path(path).open("rb") as handle:
            head = handle.read(65536)
    except OSError:
        return False  # reported when the file is read
    utf16 = head[:2] in (b"\xff\xfe", b"\xfe\xff")
    return looks_bilingual(head.decode("utf-16" if utf16 else "utf-8", errors="replace"))


def _announce_unknown_suffixes(paths: tuple[str, ...]) -> None:
    """A file named on the command line whose suffix tqcheck does not know: one notice saying
    how it is read (as XLIFF/TMX when its content says so, else as plain text)."""
    from tqcheck.runner import CHECKED_SUFFIXES

    for raw in paths:
        if raw == "-" or Path(raw).suffix.lower() in CHECKED_SUFFIXES or not Path(raw).is_file():
            continue
        how = (
            "read as XLIFF/TMX (recognised by its content)"
            if _sniffed_bilingual(raw)
            else "unknown extension, checked as plain text"
        )
        click.echo(f"tqcheck: notice: {raw}: {how}", err=True)


def _statistics(result: Any, stream: Any, **_: Any) -> None:
    """``--statistics``: one line per rule with findings, most frequent first."""
    from collections import Counter

    from tqcheck.rules.registry import get_rule

    counts = Counter(finding.rule for finding in result.findings)
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        stream.write(f"{count:>6}  {code}  {get_rule(code).name}\n")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_run_options
@click.option("--diff", is_flag=True, help="Print the changes as a unified diff; write nothing.")
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="Also apply suggestions that need an editor's eye (garbled names, counts, weekdays).",
)
def fix(paths: tuple[str, ...], diff: bool, unsafe_fixes: bool, **run_options: Any) -> None:
    """Apply the safe suggestions to files or directories (atomically; --diff to preview)."""
    import difflib

    from tqcheck.bilingual.model import is_bilingual_path
    from tqcheck.errors import TqcheckError
    from tqcheck.fixer import fix_file, write_atomically
    from tqcheck.runner import Checker, expand_path

    options = _check_options(paths=paths, **run_options)
    checker = Checker(options)
    errors = changed = 0
    failed = False
    for raw in paths:
        if raw == "-":
            raise InputError("fix works on files; use 'tqcheck check -' for standard input")
        problems: list[str] = []  # unreadable subfolders, looping links: one line each
        try:
            files = expand_path(raw, problems)
        except TqcheckError as exc:
            click.echo(f"tqcheck: error: {exc}", err=True)
            errors += 1
            continue
        for problem in problems:
            click.echo(f"tqcheck: error: {problem}", err=True)
            errors += 1
        for path in files:
            if options.source is None and (is_bilingual_path(path) or _sniffed_bilingual(path)):
                # Suggestions are plain text; written into XML, PO or TSV they would need the
                # format's escaping, so a bilingual file is only checked, never rewritten.
                click.echo(f"{path}: not rewritten (bilingual file; apply fixes in the CAT tool)")
                continue
            try:
                result = fix_file(checker, path, unsafe_fixes)
                if result.changed and not diff:
                    write_atomically(result)
            except TqcheckError as exc:
                click.echo(f"tqcheck: error: {exc}", err=True)
                errors += 1
                continue
            changed += result.changed
            fail_on = checker.config_for(path).fail_on
            failed = failed or any(f.severity.rank >= fail_on.rank for f in result.remaining)
            if diff and result.changed:
                sys.stdout.writelines(
                    difflib.unified_diff(
                        result.source.text.splitlines(keepends=True),
                        result.text.splitlines(keepends=True),
                        fromfile=f"a/{path}",
                        tofile=f"b/{path}",
                    )
                )
            verb = "would fix" if diff else "fixed"
            click.echo(
                f"{path}: {verb} {len(result.applied)}, {len(result.remaining)} left",
                err=diff,
            )
    if errors:
        raise SystemExit(ExitCode.ERROR)
    if diff:
        raise SystemExit(ExitCode.FINDINGS if changed else ExitCode.OK)
    raise SystemExit(ExitCode.FINDINGS if failed else ExitCode.OK)


class _Progress:
    """A progress bar on stderr while a run lasts, only when stderr is a terminal."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.active = bool(getattr(stream, "isatty", lambda: False)())
        self.done = 0

    def advance(self, count: int, total: int) -> None:
        self.done += count
        if self.active:
            width = 30
            filled = width * self.done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\rtqcheck: [{bar}] {self.done}/{total} files")
            self.stream.flush()

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *_: object) -> None:
        if self.active and self.done:
            self.stream.write("\r\033[K")  # erase the line: the report follows cleanly
            self.stream.flush()


def _use_colour(flag: bool | None, stream: Any) -> bool:
    """--color/--no-color, else NO_COLOR (off), else FORCE_COLOR (on), else a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return stream.isatty()


def _outputs(output: Path | None, baseline: Path | None, summary: Path | None) -> dict[str, Any]:
    """The files ``check`` will write, by option (the summary's rule table included)."""
    outputs: dict[str, Any] = {"-o": output, "--write-baseline": baseline, "--summary": summary}
    if summary is not None and summary.suffix.lower() != ".json":
        outputs["--summary (rule table)"] = summary.with_name(
            f"{summary.stem}.rules{summary.suffix}"
        )
    return outputs


def _write_report(output: Path, render: Any, result: Any, extra: dict[str, Any]) -> None:
    """Write atomically: a partial report never replaces a previous one."""
    _write_atomically(output, lambda stream: render(result, stream, color=False, **extra))


def _write_atomically(output: Path, write: Any, what: str = "report") -> None:
    """Write text through ``write(stream)``: atomically into a regular file, directly into a
    device, FIFO or ``/dev/stdout`` (see :mod:`tqcheck.output_files`)."""
    from tqcheck.interrupts import raise_if_interrupted
    from tqcheck.output_files import write_output

    raise_if_interrupted()  # an interrupted run writes no report
    write_output(output, write, what)


def _some_run_options(exclude: tuple[str, ...]) -> Any:
    """The shared run options less those named (by parameter name) in ``exclude``."""

    def apply(command: Any) -> Any:
        for option in reversed(_RUN_OPTIONS):
            if option(lambda: None).__click_params__[0].name not in exclude:
                command = option(command)
        return command

    return apply


@cli.command("batch")
@click.argument("input_path", metavar="INPUT")
@click.option(
    "-o",
    "--output",
    "outdir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write (new or empty, unless --resume): findings/ and articles/ Parquet.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "parquet", "jsonl", "text"]),
    default="auto",
    show_default=True,
    help="Parquet file or folder, JSON Lines (plain or .gz), or a folder of text files.",
)
@click.option("--id-column", default="id", show_default=True, metavar="NAME")
@click.option("--text-column", default="text", show_default=True, metavar="NAME")
@click.option("--source-column", metavar="NAME", help="Source text [default: 'source' if any].")
@click.option("--published-column", default="published", show_default=True, metavar="NAME")
@click.option("--carry", multiple=True, metavar="COLS", help="Columns copied into the output.")
@click.option("--partition-size", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--scheduler", metavar="ADDRESS", help="An existing Dask scheduler to use.")
@click.option("--workers", type=click.IntRange(min=1), help="Local worker processes [cores].")
@click.option("--resume", is_flag=True, help="Finish a killed run: redo unfinished partitions.")
@click.option("--markdown", is_flag=True, help="Read row texts as Markdown.")
@_some_run_options(exclude=("fail_on", "source"))
def batch(input_path: str, outdir: Path, carry: tuple[str, ...], **others: Any) -> None:
    """Check an archive (Parquet, JSON Lines, text files) on a Dask cluster into OUTDIR.
    --max-file-size applies to each article (default here: 1M)."""
    from tqcheck.batch.command import run_command

    keys = ("select", "ignore", "model", "published", "config_path", "encoding", "semantic")
    options = _check_options(
        fail_on=None,
        max_file_size=others.pop("max_file_size"),
        semantic_backend=others.pop("semantic_backend"),
        **{key: others.pop(key) for key in keys},
    )
    carried = tuple(name.strip() for item in carry for name in item.split(",") if name.strip())
    raise SystemExit(run_command(input_path, outdir, options, carry=carried, **others))


@cli.command("report")
@click.argument("summary", type=click.Path(path_type=Path))
@click.option("--top", default=10, show_default=True, help="How many files and rules to list.")
@click.option("--by", multiple=True, metavar="COLUMN", help="Batch output: group by a column.")
def report(summary: Path, top: int, by: tuple[str, ...]) -> None:
    """Print the top offenders of a summary written by 'check --summary' or of a batch
    output folder ('tqcheck batch'), grouped by carried columns with --by."""
    if summary.is_dir():
        from tqcheck.batch.report import batch_report

        click.echo(batch_report(summary, top, by))
        return
    if by:
        raise ConfigError("--by needs a batch output folder (tqcheck batch)")
    from tqcheck.corpus_summary import read_summary, top_offenders

    files, rules = read_summary(summary)
    click.echo(top_offenders(files, rules, top))


@cli.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
)
def list_rules(output_format: str) -> None:
    """List every rule with its code, category and default severity."""
    from tqcheck.rules.catalogue import rules_json, rules_markdown, rules_text

    render = {"text": rules_text, "markdown": rules_markdown, "json": rules_json}[output_format]
    click.echo(render(), nl=False)


@cli.command("rule")
@click.argument("code")
def explain_rule(code: str) -> None:
    """Explain one rule (by code or name), with a bad and a good example."""
    from tqcheck.rules.catalogue import explain
    from tqcheck.rules.registry import get_rule

    click.echo(explain(get_rule(code)), nl=False)


@cli.group("gazetteer")
def gazetteer_group() -> None:
    """Look names up in the gazetteer (GeoNames-derived and curated layers in gazetteers/)."""


@gazetteer_group.command("build")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the index [default: tqcheck's cache directory].",
)
def gazetteer_build(output: Path | None) -> None:
    """Build the GeoNames index from the shipped GeoNames extract (about 30 s, once).

    Checks build it on first need; run this to do it ahead of time (in a CI image, say).
    """
    from tqcheck.gazetteer.geonames import (
        INDEX_BYTES_NEEDED,
        build_geonames_index,
        check_index_target,
        default_index_path,
    )

    target = output or default_index_path()
    check_index_target(target, INDEX_BYTES_NEEDED)
    stats = build_geonames_index(target)
    click.echo(stats.summary())


@gazetteer_group.command("import")
@click.argument("dump", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--alternate-names",
    type=click.Path(path_type=Path, dir_okay=False),
    help="GeoNames alternateNamesV2.txt, for more names of the dump's places.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Where to write the index [default: tqcheck's cache directory, replacing the index "
    "built from the shipped extract, so that checks use this one].",
)
@click.option(
    "--force",
    is_flag=True,
    help="Replace the existing index even when the new one has fewer than half its places.",
)
def gazetteer_import(
    dump: Path, alternate_names: Path | None, output: Path | None, force: bool
) -> None:
    """Build the GeoNames index from a GeoNames dump you downloaded (allCountries.txt, XX.txt,
    cities500.txt...), keeping its populated places and administrative units (feature class P
    or A).

    Without --output, the result replaces the index built from the shipped extract in tqcheck's
    cache directory. The dump is read line by line; allCountries.txt takes minutes and several
    GiB of memory. A dump with no place is refused, and an index with fewer than half the places
    of the one it would replace is not written unless --force; the swap is atomic.
    """
    from tqcheck.gazetteer.geonames import (
        build_geonames_index,
        check_index_target,
        default_index_path,
        load_geonames_dump,
    )
    from tqcheck.output_files import refuse_inputs

    target = output or default_index_path()
    refuse_inputs({"--output": target}, [dump, *([alternate_names] if alternate_names else [])])
    check_index_target(target)
    cities = load_geonames_dump(dump, alternate_names)
    source = str(dump) + (f" + {alternate_names}" if alternate_names else "")
    stats = build_geonames_index(target, cities=cities, source=source, force=force)
    click.echo(stats.summary())


@gazetteer_group.command("lookup")
@click.argument("names", nargs=-1, required=True)
@click.option("--country", metavar="CC", help="Only entries in this country (ISO 3166-1 alpha-2).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: one object per line.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Report 'no match' for answers less likely right than this.",
)
def gazetteer_lookup(
    names: tuple[str, ...], country: str | None, output_format: str, min_confidence: float
) -> None:
    """Resolve NAMES (or '-' for one name per line on stdin): curated layers, then GeoNames.

    Each answer has a confidence (``score`` in JSON): a calibrated probability that it is the
    place meant (docs/benchmarks.md). ``preferred`` follows the house style of the config found
    from the current directory."""
    import json

    from tqcheck.config import discover_config
    from tqcheck.gazetteer.geonames import open_default
    from tqcheck.gazetteer.house_style import preferred_spelling
    from tqcheck.gazetteer.mentions import resolve_name

    house_style = discover_config(Path.cwd()).house_style
    open_default(required=True)  # an unusable cache is an error here (exit 2), not a notice

    queries = _stdin_lines() if names == ("-",) else names
    for query in queries:
        match = resolve_name(query, country)
        if match is not None and match.score < min_confidence:
            match = None
        entry = match.entry if match else None
        record = {
            "query": query,
            "id": entry.id if entry else None,
            "geonameid": (entry.geonameid or None) if entry else None,
            "name": entry.name if entry else None,
            "preferred": preferred_spelling(match, house_style) if match else None,
            "kind": entry.kind if entry else None,
            "country": entry.country if entry else None,
            "admin_unit": (entry.admin_unit or None) if entry else None,
            "score": match.score if match else None,
            "method": match.method if match else None,
            "evidence": (match.evidence or None) if match else None,
        }
        if output_format == "json":
            click.echo(json.dumps(record, ensure_ascii=False))
        elif match is None:
            click.echo(f"{query}: no match")
        else:
            because = f"; {match.evidence}" if match.evidence else ""
            click.echo(
                f"{query}: {record['name']} ({record['kind']}, {record['country']}) "
                f"[{match.method}, confidence {match.score:.2f}{because}]"
            )


def _stdin_lines() -> list[str]:
    """The non-blank lines of standard input, read as input is everywhere (bounded by the
    default size limit, UTF-8 or BOM-marked UTF-16): a closed, undecodable or oversized stdin
    is one line and exit 2, not a traceback."""
    from tqcheck.document.source import DEFAULT_MAX_BYTES, STDIN_NAME, decode_bytes, read_stdin

    data = read_stdin(DEFAULT_MAX_BYTES)
    if len(data) > DEFAULT_MAX_BYTES:
        raise InputError(f"{STDIN_NAME}: input is over the limit of {DEFAULT_MAX_BYTES:,} bytes")
    if not data.strip():
        return []
    text = decode_bytes(data, STDIN_NAME).text
    return [line.strip() for line in text.splitlines() if line.strip()]


@cli.command("places")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "csv", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--encoding", default=None, metavar="NAME", callback=_parse_encoding, help="As for 'check'."
)
def list_places(paths: tuple[str, ...], output_format: str, encoding: str | None) -> None:
    """List every place mention with what it resolves to (a table, via pandas)."""
    import pandas as pd

    from tqcheck.document import parse_document, read_source
    from tqcheck.gazetteer.mentions import place_mentions
    from tqcheck.runner import expand_path

    rows = []
    for raw in paths:
        for path in expand_path(raw):
            document = parse_document(read_source(path, encoding))
            for mention in place_mentions(document):
                line, column = document.lines.position(mention.start)
                match = mention.match
                entry = match.entry if match else None
                rows.append(
                    {
                        "path": path,
                        "line": line,
                        "column": column,
                        "text": mention.text,
                        "slot": mention.slot,
                        "canonical": entry.name if entry else None,
                        "id": entry.id if entry else None,
                        "geonameid": (entry.geonameid or None) if entry else None,
                        "kind": entry.kind if entry else None,
                        "country": entry.country if entry else None,
                        "admin_unit": (entry.admin_unit or None) if entry else None,
                        "lat": entry.lat if entry else None,
                        "lon": entry.lon if entry else None,
                        "method": match.method if match else None,
                        "score": match.score if match else None,
                    }
                )
    columns = [
        "path",
        "line",
        "column",
        "text",
        "slot",
        "canonical",
        "id",
        "geonameid",
        "kind",
        "country",
        "admin_unit",
        "lat",
        "lon",
        "method",
        "score",
    ]
    table = pd.DataFrame(rows, columns=columns)
    if output_format == "csv":
        click.echo(table.to_csv(index=False), nl=False)
    elif output_format == "json":
        import json

        records = json.loads(table.to_json(orient="records"))
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif table.empty:
        click.echo("No place mentions found.")
    else:
        shown = table.drop(columns=["geonameid", "lat", "lon"]).fillna("")
        click.echo(shown.to_string(index=False))


def _load_document(path: str, options: CheckOptions) -> tuple[Document, FileResult]:
    """One file read, parsed and dated as ``check`` does; an unreadable file raises (exit 2).

    Returns ``(document, result)``: ``result.published`` is the publication date the checks
    use (``--published``, else front matter, else the config's ``published``).
    """
    from tqcheck.errors import InputError
    from tqcheck.runner import Checker

    result, document, _ = Checker(options).load(path)
    if document is None:
        raise InputError(result.error or f"{path}: cannot read")
    return document, result


@cli.command("facts")
@click.argument("path", metavar="FILE")
@click.option(
    "--published",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Publication date to resolve dates against [default: front matter, then config, "
    "else inferred from the text].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--encoding", default=None, metavar="NAME", callback=_parse_encoding, help="As for 'check'."
)
def list_facts(path: str, published: date | None, output_format: str, encoding: str | None) -> None:
    """List the quantities, counted lists and dates the number and date checks reason from.

    Each date shows the day it resolves to; the last row is the publication date used
    (--published, front matter, config) or what the text's dates imply. FILE may be '-' for
    standard input. A table via pandas.
    """
    from tqcheck.facts.table import facts_table, render_facts
    from tqcheck.runner import CheckOptions

    document, result = _load_document(path, CheckOptions(published=published, encoding=encoding))
    table = facts_table(document, result.published)
    click.echo(render_facts(table, output_format), nl=False)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8040, show_default=True, help="0: any free."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes (each loads the rules and the model).",
)
@click.option(
    "--token",
    envvar="TQCHECK_SERVE_TOKEN",
    metavar="TOKEN",
    help="Clients must send 'Authorization: Bearer TOKEN' [env TQCHECK_SERVE_TOKEN]; required "
    "when --host is not a loopback address.",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file for every request [default: discovered from the current directory].",
)
@click.option("--semantic/--no-semantic", default=None, help="As for 'check'.")
@click.option(
    "--semantic-backend",
    type=click.Choice(["auto", "onnx", "torch"]),
    default=None,
    help="As for 'check'.",
)
@click.option("--model", metavar="PATH", help="As for 'check'.")
@click.option(
    "--max-request-size",
    callback=_parse_size,
    metavar="SIZE",
    help="Refuse larger requests (413) [default: 20M, the file-size limit].",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Seconds a request may take before a 503.",
)
@click.option(
    "--max-pending",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Checks admitted at once (running or waiting); more get a 503.",
)
def serve(
    model: str | None, max_request_size: int | None, config_path: Path | None, **options: Any
) -> None:
    """Serve a page for editors and an HTTP API (native and LanguageTool-compatible).

    Loads the rules, the gazetteer and the model once. Texts are never stored or logged.
    Needs the serve extra: pip install 'tqcheck[serve]'.
    """
    try:
        from tqcheck.server.app import Settings
        from tqcheck.server.serve import run_server
    except ImportError as exc:
        raise ConfigError(f"tqcheck serve needs {exc.name}: pip install 'tqcheck[serve]'") from None
    from tqcheck.document.source import DEFAULT_MAX_BYTES

    workers = options.pop("workers")
    settings = Settings(
        model=str(Path(model).resolve()) if model else None,
        max_request_size=max_request_size or DEFAULT_MAX_BYTES,
        config_path=str(config_path) if config_path else None,
        **options,
    )
    run_server(settings, workers=workers)


def main(argv: list[str] | None = None, prog_name: str = "tqcheck") -> None:
    """Entry point: user errors become one line on stderr and exit 2, never a traceback.

    The error boundary: an error nobody foresaw is one line ("internal error: ...") and exit 3
    (:attr:`ExitCode.INTERNAL`); ``TQCHECK_DEBUG=1`` prints its traceback as well. Ctrl-C
    exits 130, SIGTERM 143, both without a report.
    """
    previous = _handle_sigterm()
    try:
        _main(argv, prog_name)
    finally:
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)


def _handle_sigterm() -> Any:
    """Make SIGTERM raise :class:`Terminated` in the main thread; return the old handler."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return None

    def terminate(signum: int, frame: object) -> None:
        from tqcheck.errors import Terminated

        raise Terminated

    return signal.signal(signal.SIGTERM, terminate)


def _internal_error(exc: BaseException, what: str = "internal error") -> None:
    """One line for an error tqcheck did not foresee (with the traceback under TQCHECK_DEBUG)."""
    if os.environ.get("TQCHECK_DEBUG", "").strip() not in ("", "0"):
        import traceback

        traceback.print_exception(exc)
    message = " ".join(str(exc).split())
    if len(message) > 300:
        message = message[:297] + "..."
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    import contextlib

    with contextlib.suppress(OSError, ValueError):  # stderr closed: the exit code still says it
        click.echo(
            f"tqcheck: {what}: {detail}; rerun with TQCHECK_DEBUG=1 for the traceback", err=True
        )
    raise SystemExit(ExitCode.INTERNAL) from None


def _broken_pipe() -> None:
    """The reader of standard output went away (``tqcheck facts a.txt | head -1``): one line
    and exit 2, as for a report that cannot be written, never a traceback."""
    import contextlib

    from tqcheck.output_files import silence_stdout

    silence_stdout()  # the exit flush must not fail again on the broken pipe
    with contextlib.suppress(OSError, ValueError):
        click.echo("tqcheck: error: cannot write to standard output (Broken pipe)", err=True)
    raise SystemExit(ExitCode.ERROR) from None


class _ClosedStdout(io.TextIOBase):
    """Stands in for a closed standard output (``tqcheck rules >&-``).

    Python sets ``sys.stdout`` to None when fd 1 is closed, and click's ``echo`` then writes
    nothing: the output would be lost with exit 0. Writing to this stream is instead the same
    one-line error and exit 2 that ``check`` gives; a run whose output goes to a file
    (``check -o report.json``) never writes here and is unaffected.
    """

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        from tqcheck.output_files import OutputError

        if not text:
            return 0
        raise OutputError("cannot write output: standard output is closed")

    def flush(self) -> None:
        return None


def _main(argv: list[str] | None, prog_name: str) -> None:
    from tqcheck.errors import Terminated
    from tqcheck.interrupts import caused_by_interrupt, exit_interrupted, install

    install()  # a Ctrl-C that lands in a __del__ is not lost
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()
    stdout = sys.stdout
    try:
        cli.main(args=argv, prog_name=prog_name, standalone_mode=False)
    except SystemExit:
        # Click turns EPIPE on stdout (``tqcheck rules | head -1``) into exit 1, after swapping
        # sys.stdout for a wrapper that swallows the exit flush: a swapped stdout means that.
        if sys.stdout is not stdout:
            _broken_pipe()
        raise
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.ClickException as exc:
        click.echo(f"tqcheck: error: {exc.format_message()}", err=True)
        raise SystemExit(ExitCode.ERROR) from None
    except click.exceptions.Abort:
        exit_interrupted()
    except TqcheckError as exc:
        click.echo(f"tqcheck: error: {exc}", err=True)
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        exit_interrupted()
    except BrokenPipeError:
        _broken_pipe()
    except Terminated:
        click.echo("tqcheck: terminated", err=True)
        raise SystemExit(ExitCode.TERMINATED) from None
    except RecursionError as exc:
        _internal_error(exc, "internal error (input nested too deeply?)")
    except MemoryError as exc:
        _internal_error(exc, "out of memory (try --max-file-size or fewer --jobs)")
    # The error boundary: keep this clause last, after every foreseen error.
    except Exception as exc:
        if caused_by_interrupt(exc):
            exit_interrupted()
        _internal_error(exc)
