"""Running the selected rules over files: discovery, per-file config, suppression, ordering."""

from __future__ import annotations

import bisect
import errno
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqcheck.bilingual.model import BILINGUAL_SUFFIXES, is_bilingual_path, looks_bilingual
from tqcheck.config import Config, discover_config, load_config_file
from tqcheck.document import Document, parse_document, read_source
from tqcheck.document.lines import LineIndex
from tqcheck.document.markup import publication_date
from tqcheck.document.parse import MARKDOWN_SUFFIXES, TEXT_SUFFIXES
from tqcheck.document.source import STDIN_NAME, SourceText
from tqcheck.errors import ConfigError, InputError, SelectionError, TqcheckError
from tqcheck.findings import Finding, Severity
from tqcheck.interrupts import raise_if_interrupted
from tqcheck.rules.base import Rule
from tqcheck.rules.registry import all_rules, get_rule, resolve
from tqcheck.suppression import parse_suppressions

if TYPE_CHECKING:
    from tqcheck.semantic.store import EmbeddingStore

CHECKED_SUFFIXES = MARKDOWN_SUFFIXES | TEXT_SUFFIXES | BILINGUAL_SUFFIXES
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "venv", "site-packages"})


@dataclass(frozen=True, slots=True)
class CheckOptions:
    """What the command line asked for; ``None`` means "as the config file says"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity | None = None
    published: date | None = None
    config_path: Path | None = None
    encoding: str | None = None
    max_file_size: int | None = None
    stdin_filename: str | None = None
    semantic: bool | None = None
    model: str | None = None
    semantic_backend: str | None = None
    jobs: int | None = None  # worker processes; None: the number of cores
    source: str | None = None  # the source file the (one) target translates
    skip_states: tuple[str, ...] | None = None  # bilingual units in these states are not checked


# Parallel runs start only when every worker gets at least this many files.
MIN_FILES_PER_JOB = 4
# Without --jobs: one more worker per this many files, up to the cores. A worker costs about 3 s
# to start (it imports tqcheck and opens the indexes) and saves ~30 ms a file: on 2 cores, 28
# and 112 files were faster in one process (docs/benchmarks.md, "Default --jobs").
DEFAULT_FILES_PER_JOB = 200
# --jobs is capped at this many worker processes per core (-j 100000 starts a few, not 100,000).
MAX_JOBS_PER_CORE = 4


def planned_jobs(asked: int | None, files: int) -> int:
    """Worker processes for a run of ``files`` files: ``--jobs`` capped at cores x 4 and at one
    per MIN_FILES_PER_JOB files; by default one per DEFAULT_FILES_PER_JOB files, up to the
    cores, so that a default run is never slower than one process. 1: no workers."""
    if asked is None:
        return max(1, min(os.cpu_count() or 1, files // DEFAULT_FILES_PER_JOB))
    return max(1, min(asked, max_jobs(), files // MIN_FILES_PER_JOB))


def max_jobs() -> int:
    """The most worker processes a run starts, whatever --jobs asks for."""
    return MAX_JOBS_PER_CORE * (os.cpu_count() or 1)


@dataclass(slots=True)
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    published: date | None = None
    # Without a publication date: the days the text's own dates allow ("a Thursday, ...").
    published_inferred: str | None = None
    words: int = 0
    fail_on: Severity = Severity.ERROR
    lines: LineIndex | None = None  # for reporters that quote the flagged line
    # What stopped the file being checked, with ``error``: "config" (a bad config file or
    # rule selection), "read" (missing, unreadable, undecodable, malformed input) or "model"
    # (the embedding model could not be loaded).
    error_kind: str = ""
    # Bilingual files: each unit's id -> (source, target, state, target offsets), for the
    # reviewer outputs (HTML segment table, CSV/XLSX source and target columns).
    units: dict[str, tuple[str, str, str, tuple[int, ...]]] | None = None
    source_language: str = ""
    # Suppression comment (by order in the file) -> codes of the findings it silenced, from the
    # first pass of a parallel run, for the unused-suppression rule in the second.
    suppressed: dict[int, set[str]] = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return any(f.severity.rank >= self.fail_on.rank for f in self.findings)


@dataclass(slots=True)
class RunResult:
    files: list[FileResult]

    @property
    def findings(self) -> list[Finding]:
        return [finding for file in self.files for finding in file.findings]

    @property
    def errors(self) -> list[str]:
        return [file.error for file in self.files if file.error]

    @property
    def failed(self) -> bool:
        return any(file.failed for file in self.files)


def expand_path(raw: str, errors: list[str] | None = None) -> list[str]:
    """A file as given, or a directory's text and Markdown files (recursively, sorted).

    Problems inside a folder (an unreadable subfolder, a symbolic-link loop) are appended to
    ``errors`` as one line each while the rest of the folder is still listed; without an
    ``errors`` list the first one is raised. A missing path or a folder with nothing to check
    raises :class:`InputError`.
    """
    return [path for path, _ in discover_files(raw, errors)]


def discover_files(raw: str, errors: list[str] | None = None) -> list[tuple[str, str]]:
    """``(path, key)`` for each file ``raw`` names; the key is the real path (for dedup)."""
    if raw == STDIN_NAME:
        return [(raw, raw)]
    try:
        info = os.stat(raw)  # noqa: PTH116 - strings, not Path objects, on the hot path
    except FileNotFoundError:
        if Path(raw).is_symlink():
            raise InputError(f"{raw}: broken symbolic link") from None
        raise InputError(f"{raw}: no such file or directory") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{raw}: symbolic link loop") from None
        if exc.errno == errno.ENOENT or exc.errno == errno.ENOTDIR:
            raise InputError(f"{raw}: no such file or directory") from None
        raise InputError(f"{raw}: cannot read ({exc.strerror or exc})") from None
    if not stat.S_ISDIR(info.st_mode):
        return [(raw, os.path.realpath(raw))]  # a FIFO or device: refused when it is read
    problems: list[str] = []
    found = sorted(_walk(raw, problems))
    if problems and errors is None:
        raise InputError(problems[0])
    if errors is not None:
        errors.extend(problems)
    if not found and not problems:
        suffixes = ", ".join(sorted(CHECKED_SUFFIXES))
        raise InputError(f"{raw}: directory has no text files to check ({suffixes})")
    return found


def _walk(root: str, problems: list[str]) -> list[tuple[str, str]]:
    """Files to check under ``root``, iteratively (any depth, no recursion).

    Hidden entries and tool folders (``node_modules``...) are skipped; symbolic links to
    folders are not followed (so no loop can be entered); a symbolic link to a file is
    checked as that file, and one that loops or dangles is reported. Each unreadable folder
    is one line in ``problems``.
    """
    found: list[tuple[str, str]] = []
    root = str(Path(root))  # "./news/" is listed as "news/a.txt", as the user would write it
    stack = [(root, os.path.realpath(root))]
    while stack:
        folder, real = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listing = list(entries)
        except OSError as exc:
            problems.append(f"{folder}: cannot read directory ({_reason(exc)})")
            continue
        for entry in listing:
            name = entry.name
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)  # noqa: PTH118 - 100,000 files: str is faster
            try:
                is_link = entry.is_symlink()
                if not is_link and entry.is_dir(follow_symlinks=False):
                    if name not in _SKIPPED_DIRS:
                        stack.append((path, os.path.join(real, name)))  # noqa: PTH118
                    continue
            except OSError as exc:
                problems.append(f"{path}: cannot read ({_reason(exc)})")
                continue
            if os.path.splitext(name)[1].lower() not in CHECKED_SUFFIXES:  # noqa: PTH122
                continue
            if not is_link:
                found.append((path, os.path.join(real, name)))  # noqa: PTH118
                continue
            try:
                if stat.S_ISDIR(os.stat(path).st_mode):  # noqa: PTH116
                    continue  # a link to a folder named like a file: not followed
            except OSError as exc:
                problems.append(f"{path}: {_reason(exc, link=True)}")
                continue
            found.append((path, os.path.realpath(path)))
    return found


def _reason(exc: OSError, link: bool = False) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if link and exc.errno == errno.ENOENT:
        return "broken symbolic link"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


class Checker:
    """Checks files with the configuration that applies to each."""

    def __init__(self, options: CheckOptions) -> None:
        self.options = options
        explicit = load_config_file(options.config_path) if options.config_path else None
        if options.config_path and explicit is None:
            raise ConfigError(f"{options.config_path}: has no [tool.tqcheck] table")
        self._explicit = validated(explicit) if explicit is not None else None
        self._folder_configs: dict[str, Config | TqcheckError] = {}

    def config_for(self, path: str) -> Config:
        if self._explicit is not None:
            base = self._explicit
        else:
            folder = "." if path == STDIN_NAME else os.path.dirname(path) or "."  # noqa: PTH120
            found = self._folder_configs.get(folder)
            if found is None:  # once per folder: 100,000 files in one folder resolve it once
                try:
                    found = validated(discover_config(Path(os.path.realpath(folder))))
                except TqcheckError as exc:
                    found = exc  # a bad config: every file under it reports it, read once
                self._folder_configs[folder] = found
            if isinstance(found, TqcheckError):
                raise found
            base = found
        options = self.options
        ignore = (*base.ignore, *options.ignore)
        if base.per_file_ignores and path != STDIN_NAME:
            from tqcheck.selection import excluded

            folder = base.path.parent if base.path else None
            for pattern, codes in base.per_file_ignores.items():
                if excluded(path, (pattern,), folder):
                    ignore = (*ignore, *codes)
        return base.merged(
            select=options.select,
            extend_select=() if options.select else None,  # --select replaces both
            ignore=ignore,
            fail_on=options.fail_on,
            published=options.published,
            max_file_size=options.max_file_size,
            semantic=options.semantic,
            model=options.model,
            semantic_backend=options.semantic_backend,
            skip_states=options.skip_states,
        )

    def left_out(self, path: str) -> bool:
        """A file found in a folder walk that the config's exclude patterns (by default,
        README-like files) or a .gitignore leave out (tqcheck.selection)."""
        from tqcheck.selection import DEFAULT_EXCLUDE, excluded, gitignored

        try:
            config = self.config_for(path)
        except TqcheckError:
            return False  # the bad config is reported when the file is read
        patterns = DEFAULT_EXCLUDE if config.exclude is None else config.exclude
        folder = config.path.parent if config.path else None
        if excluded(path, (*patterns, *config.extend_exclude), folder):
            return True
        return config.respect_gitignore and gitignored(path)

    def load(self, path: str) -> tuple[FileResult, Document | None, Config | None]:
        """Read and parse one file; an unreadable file gives a result with its error."""
        raise_if_interrupted()
        result = FileResult(path=path)
        try:
            config = self.config_for(path)
            result.fail_on = config.fail_on
            source = read_source(path, self.options.encoding, config.max_file_size)
            display = self.options.stdin_filename if path == STDIN_NAME else None
            document = self.parse(source, display or path, config)
        except TqcheckError as exc:
            result.error = str(exc)
            result.error_kind = "config" if isinstance(exc, ConfigError) else "read"
            return result, None, None
        if display:
            document.path = result.path = display
        result.published = self.published_for(document, config)
        document.published = result.published
        result.lines = document.lines
        result.words = sum(len(block.words) for block in document.blocks)
        if document.bilingual is not None and document.bilingual.format != "pair":
            from tqcheck.bilingual.states import unit_state

            result.source_language = document.bilingual.source_language
            result.units = {
                section.unit.id: (
                    section.unit.source,
                    section.unit.target,
                    unit_state(section.unit),
                    section.unit.target_offsets,
                )
                for section in document.bilingual.sections
                if section.unit is not None
            }
        return result, document, config

    def parse(self, source: SourceText, name: str, config: Config) -> Document:
        """The target document: a text/Markdown file (paired with --source when given) or
        the targets of a bilingual file."""
        if self.options.source is None and (
            is_bilingual_path(name) or looks_bilingual(source.text)
        ):
            from tqcheck.bilingual.formats import read_bilingual
            from tqcheck.bilingual.pairing import document_from_bilingual
            from tqcheck.bilingual.states import without_states

            bilingual = without_states(read_bilingual(source), config.skip_states)
            return document_from_bilingual(bilingual)
        document = parse_document(source, fmt=_format_hint(name if name != source.path else None))
        if self.options.source is not None:
            from tqcheck.bilingual.pairing import pair_documents

            pair_documents(document, read_source(self.options.source, None, config.max_file_size))
        return document

    def published_for(self, document: Document, config: Config) -> date | None:
        """--published, then the file's front matter, then the config file."""
        return self.options.published or publication_date(document.metadata) or config.published

    def check_file(self, path: str) -> FileResult:
        return self.check_loaded([self.load(path)])[0]

    def run(
        self, paths: Sequence[str], progress: Callable[[int, int], None] | None = None
    ) -> RunResult:
        """Check ``paths``; ``progress(n, total)`` is called as each batch of n files is done."""
        targets: list[str | FileResult] = []  # a path to check, or an error result
        seen: set[str] = set()
        for raw in paths:
            problems: list[str] = []
            try:
                expanded = discover_files(raw, problems)
            except InputError as exc:
                targets.append(FileResult(path=raw, error=str(exc)))
                continue
            # Each unreadable folder or looping link is its own error; the rest is checked.
            targets.extend(FileResult(path=raw, error=problem) for problem in problems)
            if raw != STDIN_NAME and os.path.isdir(raw):  # noqa: PTH112
                expanded = [(p, k) for p, k in expanded if not self.left_out(p)]
            for path, key in expanded:
                if key not in seen:  # "a.txt" and "./a.txt" are one file
                    seen.add(key)
                    targets.append(path)
        files = [t for t in targets if isinstance(t, str)]
        tick: Callable[[int], None] | None = None
        if progress is not None:
            total = len(files)

            def tick(count: int) -> None:
                progress(count, total)

        jobs = planned_jobs(self.options.jobs, len(files))
        if jobs > 1 and STDIN_NAME not in files:
            checked = self._check_in_parallel(files, jobs, tick)
        else:
            loaded = [self.load(path) for path in files]
            checked = dict(zip(files, self.check_loaded(loaded, tick), strict=True))
        return RunResult([t if isinstance(t, FileResult) else checked[t] for t in targets])

    def _check_in_parallel(
        self, files: list[str], jobs: int, progress: Callable[[int], None] | None
    ) -> dict[str, FileResult]:
        """Rules without the model in worker processes; model rules here, with one model and
        every file's texts embedded in large batches."""
        import multiprocessing

        context = multiprocessing.get_context("spawn")  # no fork of a process holding a model
        chunk = max(1, min(32, len(files) // (jobs * 4)))
        results: dict[str, FileResult] = {}
        batches = [files[i : i + chunk] for i in range(0, len(files), chunk)]
        pool = _quiet_pool(context, jobs)
        try:
            checked_batches = pool.imap(_check_batch, [(self.options, b) for b in batches])
            for batch, checked in zip(batches, checked_batches, strict=True):
                raise_if_interrupted()
                results.update(zip(batch, checked, strict=True))
                if progress:
                    progress(len(batch))
        except BaseException:
            pool.terminate()  # Ctrl-C (or any failure): stop the workers now
            pool.join()
            raise
        pool.close()
        pool.join()
        model_files = []
        for path in files:
            result = results[path]
            if result.error is None and any(
                r.needs_model for r in rules_for(self.config_for(path))
            ):
                model_files.append(path)
        if model_files:
            loaded = [self.load(path) for path in model_files]
            self._prefetch(loaded)
            for (_, document, config), path in zip(loaded, model_files, strict=True):
                if document is None or config is None:
                    continue
                try:
                    extra = check_document(
                        document, config, model_rules=True, suppressed=results[path].suppressed
                    )
                except TqcheckError as exc:
                    results[path].error = str(exc)
                    results[path].error_kind = "model"
                    continue
                results[path].findings = sorted(
                    [*results[path].findings, *extra], key=Finding.sort_key
                )
        return results

    def _prefetch(self, loaded: Sequence[tuple[object, Document | None, Config | None]]) -> None:
        """Embed, in one batch per model, every text the model rules will ask for."""
        # Distinct texts in first-seen order (a dict, not a list: a large file repeats many).
        prefetch: dict[tuple[str | None, str], dict[str, None]] = {}
        for _, document, config in loaded:
            if document is None or config is None:
                continue
            try:
                for rule in rules_for(config):
                    if rule.needs_model:
                        key = (config.model, config.semantic_backend)
                        prefetch.setdefault(key, {}).update(
                            dict.fromkeys(rule.texts_to_embed(document))
                        )
            except TqcheckError:
                continue  # reported per file when its rules run
        for (model, backend), texts in prefetch.items():
            try:
                embedding_store(model, backend).prepare(texts)
            except TqcheckError:
                continue  # the model cannot load: each file reports it when its rules run

    def check_loaded(
        self,
        loaded: list[tuple[FileResult, Document | None, Config | None]],
        progress: Callable[[int], None] | None = None,
    ) -> list[FileResult]:
        """Run the rules on documents already loaded with :meth:`load`, in order.

        Model rules first get every file's texts embedded in large batches. This is the entry
        point for callers that load documents themselves (the server, the batch runner).
        """
        self._prefetch(loaded)
        for result, document, config in loaded:
            raise_if_interrupted()
            _check_into(result, document, config)
            if progress:
                progress(1)
        return [result for result, _, _ in loaded]


def _quiet_pool(context: Any, jobs: int) -> Any:
    """A worker pool whose processes ignore SIGINT: Ctrl-C reaches the whole process group,
    and only this process should handle it (it terminates the workers, which SIGTERM ends
    without a traceback). Spawned workers inherit an ignored SIGINT across exec, so even one
    still importing when Ctrl-C arrives stays quiet. A SIGTERM that arrives while the workers
    are being started is held until they are (stopping half-way would leave a worker reading a
    closed pipe, which prints a traceback), then the pool is stopped and the signal re-raised.
    A Ctrl-C in that moment is held too: SIGINT is also blocked while it is ignored, and Linux
    keeps a blocked signal pending even when its action is to ignore it, so it is delivered
    (as ``KeyboardInterrupt``) once the handler is back; ignoring it alone lost it, and the run
    went on to the end and wrote its report. (The block is this thread's: in a process where
    another thread leaves SIGINT unblocked, as the command's one thread does not, that thread
    may take the signal while it is ignored.)
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return context.Pool(processes=jobs, initializer=_ignore_sigint)
    held: list[int] = []
    can_block = hasattr(signal, "pthread_sigmask")
    previous_mask: Any = None
    if can_block:
        # the mask as it was, SIGINT blocked already or not (an embedding program may block it)
        previous_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])
        # multiprocessing's resource tracker unblocks SIGINT after starting itself, which would
        # let a Ctrl-C through to the ignoring action below: start it first, while Ctrl-C
        # still raises here (a no-op if it runs), then block SIGINT.
        from multiprocessing import resource_tracker

        resource_tracker.ensure_running()
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous_int = signal.signal(signal.SIGINT, signal.SIG_IGN)
    previous_term = signal.signal(signal.SIGTERM, lambda signum, _: held.append(signum))
    pool = None
    try:
        pool = context.Pool(processes=jobs, initializer=_ignore_sigint)
    finally:
        signal.signal(signal.SIGINT, previous_int)
        signal.signal(signal.SIGTERM, previous_term)
        try:
            if can_block:
                signal.pthread_sigmask(signal.SIG_SETMASK, previous_mask)  # a held Ctrl-C: now
            if held and pool is not None:
                signal.raise_signal(signal.SIGTERM)  # the handler restored above (exit 143)
        except BaseException:
            if pool is not None:
                pool.terminate()
                pool.join()
            raise
    return pool


def _ignore_sigint() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _check_batch(job: tuple[CheckOptions, list[str]]) -> list[FileResult]:
    return _check_without_model(*job)


def _check_without_model(options: CheckOptions, paths: list[str]) -> list[FileResult]:
    """A worker process: read and check ``paths`` with every rule that needs no model."""
    checker = Checker(options)
    results = []
    for path in paths:
        result, document, config = checker.load(path)
        _check_into(result, document, config, model_rules=False)
        results.append(result)
    return results


def _check_into(
    result: FileResult,
    document: Document | None,
    config: Config | None,
    model_rules: bool | None = None,
) -> None:
    """Fill ``result`` with the findings of a loaded document (or the error that stopped them)."""
    if document is None or config is None:
        return
    try:
        result.findings = check_document(document, config, model_rules, result.suppressed)
    except TqcheckError as exc:
        result.error = str(exc)
        needs_model = model_rules is not False and any(r.needs_model for r in rules_for(config))
        if isinstance(exc, ConfigError):
            result.error_kind = "model" if needs_model else "config"
        else:
            result.error_kind = "read"
    else:
        result.published_inferred = _inferred_publication(document)


def _inferred_publication(document: Document) -> str | None:
    """What the date checks inferred about an undated document, when they ran and found any."""
    facts = document.analyses.get("facts")
    if document.published is not None or facts is None:
        return None
    inference = facts.inference()
    return inference.describe() if inference.narrow else None


def _format_hint(display_name: str | None) -> str | None:
    if display_name and Path(display_name).suffix.lower() in MARKDOWN_SUFFIXES:
        return "markdown"
    return None


def validated(config: Config) -> Config:
    """``config`` with its rule selectors checked against the registry and its severity
    overrides keyed on rule codes; an unknown code is a ConfigError naming file and line.

    The config layer knows nothing of rules; this is where the two meet."""
    if config.path is None:
        return config
    checked = [
        ("select", config.select),
        ("ignore", config.ignore),
        ("extend-select", config.extend_select),
        *config.per_file_ignores.items(),
    ]
    for key, selectors in checked:
        try:
            resolve(selectors, origin=f"{config.where(key)}: {key}")
        except SelectionError as exc:
            raise ConfigError(str(exc)) from None
    severity = {}
    for code, level in config.severity.items():
        try:
            rule = get_rule(code)
        except SelectionError as exc:
            raise ConfigError(f"{config.where(code)}: {exc}") from None
        severity[rule.code] = level
    return replace(config, severity=severity)


def enabled_codes(config: Config) -> set[str]:
    """The codes of the rules ``config`` enables (model rules only when semantic is on)."""
    codes = resolve(config.select, origin=_origin(config, "select")) - resolve(
        config.ignore, origin=_origin(config, "ignore")
    )
    if config.extend_select:
        codes |= resolve(config.extend_select, origin=_origin(config, "extend-select")) - resolve(
            config.ignore, origin=_origin(config, "ignore")
        )
    if not config.semantic:
        codes -= {rule.code for rule in all_rules() if rule.needs_model}
    return codes


def _origin(config: Config, key: str) -> str:
    return f"{config.path}: {key}" if config.path else f"--{key}"


@cache
def _rules_for(codes: frozenset[str]) -> tuple[Rule, ...]:
    return tuple(rule() for rule in all_rules() if rule.code in codes)


def rules_for(config: Config) -> tuple[Rule, ...]:
    """Instances of the rules ``config`` enables (model rules only when semantic is on)."""
    return _rules_for(frozenset(enabled_codes(config)))


@cache
def embedding_store(model: str | None, backend: str = "auto") -> EmbeddingStore:
    """The run's embedding store for ``model`` (``None``: the default model)."""
    from tqcheck.semantic.encoder import shared_encoder
    from tqcheck.semantic.store import EmbeddingStore

    return EmbeddingStore(shared_encoder(model, backend))


def check_document(
    document: Document,
    config: Config,
    model_rules: bool | None = None,
    suppressed: dict[int, set[str]] | None = None,
) -> list[Finding]:
    """All findings of the enabled rules, with suppressions and severity overrides applied;
    ``model_rules`` True or False runs only the rules that need / do not need the model.

    ``suppressed`` (suppression comment -> codes it silenced) carries what the comments
    silenced from the first pass of a parallel run to the second: it is filled here, and the
    rules about the comments themselves (TQ901) run in the pass that comes last."""
    if document.published is None:
        document.published = publication_date(document.metadata) or config.published
    suppressions = parse_suppressions(document)
    if suppressed is not None:
        suppressions.suppressed = suppressed
    rules = rules_for(config)
    last_pass = model_rules is None or model_rules == any(rule.needs_model for rule in rules)
    findings: list[Finding] = []
    family = ""
    for rule in sorted(rules, key=lambda rule: rule.reads_suppressions):
        raise_if_interrupted()
        if rule.code[:3] != family:
            family = rule.code[:3]
            _drop_analyses(document)
        if rule.reads_suppressions:
            if not last_pass:
                continue
            rule.suppressions = suppressions.uses()
            rule.ran = frozenset(r.code for r in rules)
        elif model_rules is not None and rule.needs_model != model_rules:
            continue
        rule.config = config
        if rule.needs_model:
            rule.embeddings = embedding_store(config.model, config.semantic_backend)
        for finding in rule.check(document):
            if suppressions.covers(finding):
                continue
            override = config.severity.get(finding.rule)
            findings.append(finding.with_severity(override) if override else finding)
    findings.sort(key=Finding.sort_key)
    if document.bilingual is not None and document.bilingual.format != "pair":
        findings = _with_units(findings, document)
    return findings


# Shared analyses kept for the whole check: the number and the date rules (two families) read
# the facts, and the run reports the publication date they inferred once the check is done.
_KEPT_ANALYSES = frozenset({"facts"})


def _drop_analyses(document: Document) -> None:
    """Forget the analyses one family of rules shared (place mentions, repetition runs, ...)
    before the next family runs. Each is computed again if a later reader asks (the HTML
    report's place list does), so findings never change; what changes is that a large file's
    analyses are not all held at once (issue 17: memory on a 20 MB file)."""
    for key in [key for key in document.analyses if key not in _KEPT_ANALYSES]:
        del document.analyses[key]


def _with_units(findings: list[Finding], document: Document) -> list[Finding]:
    """Each finding with the translation unit whose target holds it, and its offset there."""
    from tqcheck.bilingual.pairing import bilingual_of
    from tqcheck.bilingual.states import unit_state

    bilingual = bilingual_of(document)
    assert bilingual is not None
    units = [section.unit for section in bilingual.sections if section.unit is not None]
    starts = [unit.target_start for unit in units]  # file order, so sorted
    located = []
    for finding in findings:
        index = bisect.bisect_right(starts, finding.start) - 1
        unit = units[index] if index >= 0 else None
        if unit is not None and finding.start <= unit.target_end:
            offset = bisect.bisect_left(unit.target_offsets, finding.start)
            finding = finding.in_unit(unit.id, offset, unit_state(unit))
        located.append(finding)
    return located
