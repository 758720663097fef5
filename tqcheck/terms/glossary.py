"""The glossary: entries from the config table, CSV/TSV files and TBX term bases.

``[tool.tqcheck.terms]`` keys (paths relative to the config file)::

    files = ["terms.csv", "newsroom.tbx"]   # CSV/TSV and TBX files
    default = true                          # also the shipped sample house terms (off unless set)
    preferred = { "Minsk Group" = ["Minsk group", "Minsk-Group"] }
    forbidden = { "collateral damage" = "euphemism: say who was hurt or what was destroyed" }
    pairs = { "مجموعة مينسك" = "Minsk Group" }   # source term = target term(s), "a|b"

CSV/TSV columns (a header row, names in any order): ``term``, ``status`` (``preferred``, the
default, or ``forbidden``), ``variants`` (``|``-separated forms to flag), ``source``
(``|``-separated source-language terms the target must render with ``term``), ``reason``
(why a term is forbidden; for a preferred term, a note) and ``replacement`` (for a forbidden
term, what to write instead). TBX (ISO 30042): each ``termEntry``'s target-language terms
(``langSet`` whose ``xml:lang`` is not the source language ``ar`` by default): the first term
with ``administrativeStatus``/``normativeAuthorization`` ``preferredTerm`` (else the first
term not deprecated) is preferred, ``deprecatedTerm``/``supersededTerm`` ones its variants (or,
with no preferred term in the entry, forbidden, the entry's ``note`` as reason); source-language
terms become pairs. XML is read with defusedxml: a term base that declares entities is refused.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from tqcheck.errors import ConfigError
from tqcheck.terms.matcher import PhraseMatcher, fold_word, phrase_key

DEFAULT_TERMS = Path(__file__).resolve().parent.parent / "data" / "house_terms.tsv"
SOURCE_LANGUAGE = "ar"


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary entry's use of a written form."""

    kind: str  # "preferred" (the form itself), "variant" (flag; suggest preferred), "forbidden"
    preferred: str  # the preferred form ("" for a forbidden term without replacement)
    form: str  # the form as the glossary writes it
    reason: str = ""
    origin: str = ""  # the file (or config) the entry came from


@dataclass(slots=True)
class Glossary:
    terms: list[Term] = field(default_factory=list)
    pairs: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)  # src, tgts, origin

    def add_preferred(self, term: str, variants: list[str], reason: str, origin: str) -> None:
        self.terms.append(Term("preferred", term, term, reason, origin))
        for variant in variants:
            self.terms.append(Term("variant", term, variant, reason, origin))

    def add_forbidden(self, term: str, reason: str, replacement: str, origin: str) -> None:
        self.terms.append(Term("forbidden", replacement, term, reason, origin))

    def add_pair(self, source: str, targets: list[str], origin: str) -> None:
        targets = [target.strip() for target in targets if target.strip()]
        if source.strip() and targets:
            self.pairs.append((source.strip(), tuple(targets), origin))


@dataclass(frozen=True, slots=True)
class CompiledGlossary:
    target: PhraseMatcher[Term]  # every form to find in target text
    source: PhraseMatcher[tuple[str, tuple[str, ...]]]  # source term -> (source, targets)
    rendered: dict[tuple[str, ...], PhraseMatcher[bool]]  # targets -> matcher of them


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def read_table_file(path: Path, glossary: Glossary) -> None:
    """A CSV (or, by suffix, TSV) term file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read term file ({exc})") from None
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if not reader.fieldnames or "term" not in [name.strip() for name in reader.fieldnames]:
        raise ConfigError(f"{path}: a term file needs a header row with a 'term' column")
    for number, row in enumerate(reader, start=2):
        row = {(key or "").strip(): (value or "").strip() for key, value in row.items()}
        term = row.get("term", "")
        status = row.get("status", "") or "preferred"
        origin = f"{path.name}:{number}"
        if not term:
            continue
        if status == "preferred":
            glossary.add_preferred(
                term, _split(row.get("variants", "")), row.get("reason", ""), origin
            )
        elif status == "forbidden":
            glossary.add_forbidden(term, row.get("reason", ""), row.get("replacement", ""), origin)
        else:
            raise ConfigError(
                f"{path}:{number}: term status must be preferred or forbidden (got {status!r})"
            )
        for source in _split(row.get("source", "")):
            glossary.add_pair(source, [term], origin)


_STATUS_TYPES = ("administrativeStatus", "normativeAuthorization")
_PREFERRED = ("preferredterm", "preferred")
_DEPRECATED = ("deprecatedterm", "supersededterm", "deprecated", "superseded")


def read_tbx(path: Path, glossary: Glossary, source_language: str = SOURCE_LANGUAGE) -> None:
    """A TBX term base (TBX-Basic/2008 ``tig``/``ntig`` or TBX v3 ``termSec``)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, parse

    try:
        root = parse(str(path)).getroot()
    except (OSError, ParseError, DefusedXmlException) as exc:
        raise ConfigError(f"{path}: not a readable TBX file ({exc})") from None
    for number, entry in enumerate(_all(root, "termEntry", "conceptEntry"), start=1):
        note = " ".join(
            (element.text or "").strip() for element in _all(entry, "note", "descrip")
        ).strip()
        origin = f"{path.name} entry {entry.get('id') or number}"
        sources: list[str] = []
        preferred: list[str] = []
        admitted: list[str] = []
        deprecated: list[str] = []
        for lang_set in _all(entry, "langSet", "langSec"):
            lang = lang_set.get("{http://www.w3.org/XML/1998/namespace}lang", "")
            for holder in _all(lang_set, "tig", "ntig", "termSec"):
                term_element = next(_all(holder, "term"), None)
                term = "".join(term_element.itertext()).strip() if term_element is not None else ""
                if not term:
                    continue
                if lang.split("-")[0].lower() == source_language:
                    sources.append(term)
                    continue
                status = " ".join(
                    (note_element.text or "").strip().lower()
                    for note_element in _all(holder, "termNote")
                    if note_element.get("type")
                    in ("administrativeStatus", "normativeAuthorization")
                ).replace("-admn-sts", "")
                if any(word in status for word in _DEPRECATED):
                    deprecated.append(term)
                elif any(word in status for word in _PREFERRED):
                    preferred.append(term)
                else:
                    admitted.append(term)
        main = (preferred or admitted or [""])[0]
        if main:
            glossary.add_preferred(main, deprecated, note, origin)
            for other in (preferred + admitted)[1:]:
                glossary.terms.append(Term("preferred", other, other, note, origin))
            for source in sources:
                glossary.add_pair(source, [main, *preferred[1:], *admitted], origin)
        else:
            for term in deprecated:
                glossary.add_forbidden(term, note, "", origin)


def _all(element: Any, *names: str) -> Any:
    """Descendants of ``element`` whose local name is one of ``names``."""
    for child in element.iter():
        if child is not element and str(child.tag).rsplit("}", 1)[-1] in names:
            yield child


def _string_table(value: Any, where: str, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: terms '{key}' must be a table")
    return value


def build(table: dict[str, Any], base: Path | None, where: str) -> Glossary:
    """The glossary of a ``[tool.tqcheck.terms]`` table (``base``: its config file's folder)."""
    glossary = Glossary()
    unknown = sorted(set(table) - {"files", "default", "preferred", "forbidden", "pairs"})
    if unknown:
        raise ConfigError(
            f"{where}: unknown terms key '{unknown[0]}' "
            "(known: files, default, preferred, forbidden, pairs)"
        )
    if table.get("default", False):  # a newsroom's terms are its own: the sample is opt-in
        read_table_file(DEFAULT_TERMS, glossary)
    files = table.get("files", [])
    if isinstance(files, str):
        files = [files]
    if not isinstance(files, list) or not all(isinstance(item, str) for item in files):
        raise ConfigError(f"{where}: terms 'files' must be a list of paths")
    for name in files:
        path = (base or Path.cwd()) / name
        if path.suffix.lower() == ".tbx":
            read_tbx(path, glossary)
        else:
            read_table_file(path, glossary)
    for term, variants in _string_table(table.get("preferred", {}), where, "preferred").items():
        listed = [variants] if isinstance(variants, str) else variants
        if not isinstance(listed, list) or not all(isinstance(v, str) for v in listed):
            raise ConfigError(f"{where}: terms preferred '{term}' must list variants as strings")
        glossary.add_preferred(term, listed, "", "config")
    for term, reason in _string_table(table.get("forbidden", {}), where, "forbidden").items():
        if not isinstance(reason, str):
            raise ConfigError(f"{where}: terms forbidden '{term}' must give a reason (a string)")
        glossary.add_forbidden(term, reason, "", "config")
    for source, targets in _string_table(table.get("pairs", {}), where, "pairs").items():
        if not isinstance(targets, str):
            raise ConfigError(f"{where}: terms pairs '{source}' must name the target term(s)")
        glossary.add_pair(source, _split(targets), "config")
    return glossary


def compile_glossary(glossary: Glossary) -> CompiledGlossary:
    # A form listed as a variant or forbidden wins over the same key as a preferred form only
    # when the forms differ; the exact preferred form itself is checked against what is written.
    ordered = sorted(glossary.terms, key=lambda t: {"forbidden": 0, "variant": 1}.get(t.kind, 2))
    merged: dict[tuple[str, ...], tuple[str, tuple[str, ...]]] = {}
    for source, targets, _ in glossary.pairs:  # one source term, every target it may become
        key = phrase_key(source)
        known = merged.get(key, (source, ()))
        merged[key] = (known[0], (*known[1], *(t for t in targets if t not in known[1])))
    pairs = list(merged.values())
    rendered: dict[tuple[str, ...], PhraseMatcher[bool]] = {}
    for _, targets in pairs:
        if targets not in rendered:
            rendered[targets] = PhraseMatcher((target, True) for target in targets)
    return CompiledGlossary(
        target=PhraseMatcher((term.form, term) for term in ordered),
        source=PhraseMatcher(
            ((source, (source, targets)) for source, targets in pairs),
            proclitics=True,
        ),
        rendered=rendered,
    )


@cache
def _compiled(key: str, base: str) -> CompiledGlossary:
    import json

    table = json.loads(key)
    return compile_glossary(build(table, Path(base) if base else None, table.pop("__where__")))


def glossary_for(config: Any) -> CompiledGlossary:
    """The compiled glossary of a run's configuration (built once per distinct table)."""
    import json

    table = dict(getattr(config, "terms", None) or {})
    path = getattr(config, "path", None)
    table["__where__"] = str(path) if path else "[tool.tqcheck.terms]"
    base = str(path.parent) if path else ""
    return _compiled(json.dumps(table, sort_keys=True, ensure_ascii=False), base)


def folded(text: str) -> str:
    return " ".join(fold_word(word) for word in text.split())
