"""Planted errors in real professional Arabic->English translations: caught at the right line?

Reads FLORES-200 devtest (``parallel/flores200_devtest_ar_en.jsonl`` under ``--data``) in place
and groups its sentences into their articles (by URL): short Arabic->English documents, one
sentence per paragraph. Copies are made in memory, never stored, each with one planted error in
the English:

* ``name_swap``: a place the Arabic names (and the English writes) replaced by another large
  city of the same country (GeoNames);
* ``name_garble``: that place replaced by an English word of similar sound (wordfreq's English
  list: same first letter, nearest consonant skeleton, not a place);
* ``person``: one word of a person's name (a run of capitalised words rendering the Arabic)
  replaced by another name from a pool written here; ``person_single``: a name written as one
  word (a rare English word rendering an Arabic word exactly, no place) replaced the same way;
* ``number``: a number in digits changed in one digit; ``number_word``: a number word;
* ``month``, ``weekday``: a month or weekday name changed;
* ``clock``: a clock time's hour moved by one; ``ordinal``: an ordinal word changed;
* ``omitted``: a sentence dropped (right line: either neighbour); ``added``: a sentence of
  another article inserted;
* ``control``: the article unchanged.

Each copy is checked the way ``tqcheck check TARGET --source SOURCE --select source`` checks it;
a plant is caught when a TQ7xx finding lies on its line; a control fails with any TQ7xx finding.
Articles are split by the SHA-1 of their URL into a ``tune`` half (used while developing) and a
``held`` half (never tuned on); both are reported. ``--salt S`` draws other plants on the same
articles (other places, words, numbers and lines): a fresh measurement of a split whose earlier
draw has been read, or a larger tune sample.

    python benchmarks/bilingual_planted.py [--data DIR] [--per-kind 20] [--salt S] [--show]
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from rapidfuzz.distance import Levenshtein

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqcheck.arabic.names import renders
from tqcheck.bilingual.pairing import pair_documents
from tqcheck.bilingual.source_names import source_names
from tqcheck.config import Config
from tqcheck.document import decode_bytes, parse_document
from tqcheck.facts.quantities import ORDINAL_WORDS
from tqcheck.findings import Finding
from tqcheck.gazetteer.geonames import largest_places
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.keys import fold, skeleton
from tqcheck.gazetteer.mentions import geonames_index
from tqcheck.runner import check_document

Doc = list[tuple[str, str]]  # (Arabic, English) sentences
# Names put in place of a person's name (written for this benchmark).
NAME_POOL = [
    "Kowalski", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Ferreira",
    "Brennan", "Petrov", "Castillo", "Nakamura", "Whitfield", "Oyelaran", "Dubois", "Markham",
]  # fmt: skip
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)
ORDINALS = list(ORDINAL_WORDS[:10])
NUMBER_WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]
KINDS = [
    "name_swap", "name_garble", "person", "person_single", "number", "number_word", "month",
    "weekday", "clock", "ordinal", "omitted", "added",
]  # fmt: skip


def load(data: Path) -> dict[str, Doc]:
    docs: dict[str, Doc] = {}
    for line in (data / "parallel" / "flores200_devtest_ar_en.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        docs.setdefault(row["url"], []).append((row["ar"], row["en"]))
    return docs


def split_of(url: str) -> str:
    return "tune" if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2 == 0 else "held"


def corpus_docs(data: Path, corpus: str) -> dict[str, Doc]:
    """The articles a companion benchmark plants in: the FLORES tune split (``flores``) or
    every NTREX-128 document (``ntrex``, no part of this benchmark's held-out split)."""
    if corpus == "flores":
        return {url: doc for url, doc in load(data).items() if split_of(url) == "tune"}
    import bilingual_check

    return {
        key: list(zip(source, target, strict=True))
        for key, (source, target) in bilingual_check.ntrex(data).items()
    }


# -- plants: (doc) -> (new English lines, lines where the error is) or None ----------------------

Plant = tuple[list[str], set[int]]


Change = Callable[[re.Match[str]], str | None]


def _replace_in_line(
    doc: Doc, pattern: re.Pattern[str], change: Change, rng: random.Random
) -> Plant | None:
    options = [(i, m) for i, (_, en) in enumerate(doc) for m in pattern.finditer(en)]
    rng.shuffle(options)
    for i, match in options:
        new = change(match)
        if new is None or new == match.group():
            continue
        lines = [en for _, en in doc]
        en = lines[i]
        lines[i] = en[: match.start()] + new + en[match.end() :]
        return lines, {i}
    return None


def plant_number(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    pattern = re.compile(r"(?<![\d.,:/-])\d+(?:,\d{3})*(?:\.\d+)?(?![\d:/]|\s*(?:a\.m|p\.m))")

    def change(m: re.Match[str]) -> str | None:
        text = m.group()
        if re.fullmatch(r"(1[89]|20)\d\d", text):
            return None  # a year: dates are another kind
        digits = [k for k, c in enumerate(text) if c.isdigit()]
        k = digits[0]
        d = int(text[k])
        new = str(d + 1 if d < 9 else d - 1)
        return text[:k] + new + text[k + 1 :]

    return _replace_in_line(doc, pattern, change, rng)


Planter = Callable[[Doc, random.Random, dict], Plant | None]


def plant_word(words: list[str], flags: int = 0) -> Planter:
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", flags)

    def plant(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
        def change(m: re.Match[str]) -> str:
            word = m.group()
            index = [w.lower() for w in words].index(word.lower())
            new = words[index + 1] if index + 1 < len(words) else words[index - 1]
            return new.capitalize() if word[0].isupper() else new

        return _replace_in_line(doc, pattern, change, rng)

    return plant


def plant_clock(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    pattern = re.compile(r"\b(\d{1,2})(:\d{2}|\s*[ap]\.?m\.?)", re.IGNORECASE)

    def change(m: re.Match[str]) -> str:
        hour = int(m.group(1))
        return f"{hour % 12 + 1}{m.group(2)}"

    return _replace_in_line(doc, pattern, change, rng)


def _source_places(doc: Doc, ctx: dict) -> list[tuple[int, str, str, str]]:
    """(line, English spelling as written, country, geonameid) of places both sides name."""
    found = []
    for i, (ar, en) in enumerate(doc):
        for name in source_names(ar, ctx["gazetteer"], ctx["geonames"]):
            entry = name.entries[0]
            if not entry.geonameid or entry.kind != "place":
                continue
            place = ctx["geonames"].get(entry.geonameid)
            if place is None:
                continue
            spellings = {s for s, kind in ctx["geonames"].spellings(place) if kind != "arabic"}
            for spelling in sorted(spellings, key=len, reverse=True):
                if len(spelling) >= 4 and re.search(rf"\b{re.escape(spelling)}\b", en):
                    found.append((i, spelling, entry.country, entry.geonameid))
                    break
    return found


def plant_swap(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    places = _source_places(doc, ctx)
    rng.shuffle(places)
    for i, spelling, country, geonameid in places:
        others = [
            p.name
            for p in largest_places(ctx["geonames"], country, 12)
            if p.geonameid != geonameid and fold(p.name) != fold(spelling) and p.name.isascii()
        ]
        if not others:
            continue
        lines = [en for _, en in doc]
        lines[i] = re.sub(rf"\b{re.escape(spelling)}\b", rng.choice(others), lines[i], count=1)
        return lines, {i}
    return None


def _garble_word(name: str, ctx: dict) -> str | None:
    from wordfreq import top_n_list, zipf_frequency

    vocabulary = ctx.setdefault(
        "vocabulary",
        [w for w in top_n_list("en", 30000) if w.isalpha() and w.isascii() and len(w) >= 4],
    )
    target = skeleton(name)
    best = None
    for word in vocabulary:
        if word[0] != fold(name)[0] or fold(word) == fold(name):
            continue
        if ctx["geonames"].exact(word.capitalize()):
            continue
        distance = _edit(skeleton(word), target)
        key = (distance, -zipf_frequency(word, "en"))
        if best is None or key < best[0]:
            best = (key, word)
    return best[1].capitalize() if best else None


def _edit(a: str, b: str) -> int:
    return Levenshtein.distance(a, b)


def plant_garble(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    places = _source_places(doc, ctx)
    rng.shuffle(places)
    for i, spelling, _, _ in places:
        word = _garble_word(spelling, ctx)
        if word is None:
            continue
        lines = [en for _, en in doc]
        lines[i] = re.sub(rf"\b{re.escape(spelling)}\b", word, lines[i], count=1)
        return lines, {i}
    return None


def name_runs(doc: Doc, ctx: dict, pattern: str) -> list[tuple[int, re.Match[str], list[str]]]:
    """Runs of capitalised words matching ``pattern`` that are a person's name: not opening
    the line, not a GeoNames place, no common English word, every word rendering the Arabic."""
    from wordfreq import zipf_frequency

    options = []
    for i, (ar, en) in enumerate(doc):
        arabic = re.findall(r"[\u0621-\u064A]+", ar)
        for run in re.finditer(pattern, en):
            if run.start() == 0 or ctx["geonames"].exact(run.group()):
                continue
            words = run.group().split()
            if any(zipf_frequency(w.lower(), "en") >= 4.3 for w in words):
                continue
            if all(any(renders(a, w, strict=True) for a in arabic) for w in words):
                options.append((i, run, words))
    return options


def plant_person(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    options = name_runs(doc, ctx, r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+")
    rng.shuffle(options)
    for i, run, words in options:
        k = rng.randrange(len(words))
        new = [n for n in NAME_POOL if n[0] != words[k][0]]
        replaced = [*words[:k], rng.choice(new), *words[k + 1 :]]
        lines = [en for _, en in doc]
        en = lines[i]
        lines[i] = en[: run.start()] + " ".join(replaced) + en[run.end() :]
        return lines, {i}
    return None


def plant_person_single(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    """A person's name written as one word ("... said Huhne") replaced by another name."""
    from wordfreq import zipf_frequency

    options = []
    for i, (ar, en) in enumerate(doc):
        arabic = re.findall(r"[\u0621-\u064A]+", ar)
        for word in re.finditer(r"\b[A-Z][a-z]{2,}\b(?![ -][A-Z])", en):
            if word.start() == 0 or re.search(r"[.!?\"“]\s*$", en[: word.start()]):
                continue  # a sentence's first word
            if re.search(r"[A-Z][\w'’]*[ -]$", en[: word.start()]):
                continue  # part of a name of several words ("person" plants those)
            if zipf_frequency(word.group().lower(), "en") >= 3.5:
                continue
            if ctx["geonames"].exact(word.group()):
                continue
            if any(renders(a, word.group(), strict=True) for a in arabic):
                options.append((i, word))
    rng.shuffle(options)
    for i, word in options:
        new = [n for n in NAME_POOL if n[0] != word.group()[0]]
        lines = [en for _, en in doc]
        en = lines[i]
        lines[i] = en[: word.start()] + rng.choice(new) + en[word.end() :]
        return lines, {i}
    return None


def plant_omitted(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    if len(doc) < 3:
        return None
    k = rng.randrange(1, len(doc))
    lines = [en for j, (_, en) in enumerate(doc) if j != k]
    return lines, {k - 1, k} if k < len(lines) else {k - 1}


def plant_added(doc: Doc, rng: random.Random, ctx: dict) -> Plant | None:
    other = rng.choice(ctx["donors"])
    if other == doc:
        return None
    k = rng.randrange(0, len(doc) + 1)
    lines = [en for _, en in doc]
    lines.insert(k, rng.choice(other)[1])
    return lines, {k}


PLANTS: dict[str, Callable[[Doc, random.Random, dict], Plant | None]] = {
    "name_swap": plant_swap,
    "name_garble": plant_garble,
    "person": plant_person,
    "person_single": plant_person_single,
    "number": plant_number,
    "number_word": plant_word(NUMBER_WORDS, re.IGNORECASE),
    "month": plant_word(MONTHS),
    "weekday": plant_word(WEEKDAYS),
    "clock": plant_clock,
    "ordinal": plant_word(ORDINALS, re.IGNORECASE),
    "omitted": plant_omitted,
    "added": plant_added,
}


def check(source: list[str], target: list[str]) -> list[tuple[int, Finding]]:
    """TQ7xx findings with the target line index (paragraph) they lie on."""
    document = parse_document(decode_bytes("\n\n".join(target).encode(), "article.txt"))
    pair_documents(document, decode_bytes("\n\n".join(source).encode(), "article-source.txt"))
    findings = check_document(document, Config(select=("source",)))
    return [((f.line - 1) // 2, f) for f in findings if f.rule.startswith("TQ7")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--per-kind", type=int, default=20, help="plants per kind and split")
    parser.add_argument("--controls", type=int, default=40, help="controls per split")
    parser.add_argument("--split", choices=["tune", "held"], action="append")
    parser.add_argument("--kind", action="append", help="only these kinds (and controls)")
    parser.add_argument("--show", action="store_true", help="print misses and false alarms")
    parser.add_argument(
        "--salt",
        default="",
        help="another random draw of the plants on the same articles (a fresh measurement)",
    )
    args = parser.parse_args()
    docs = load(args.data)
    ctx = {"gazetteer": default_gazetteer(), "geonames": geonames_index()}
    kinds = args.kind or KINDS
    started = time.perf_counter()
    for split in args.split or ["tune", "held"]:
        chosen = {url: doc for url, doc in docs.items() if split_of(url) == split}
        ctx["donors"] = list(chosen.values())
        caught: Counter[str] = Counter()
        planted: Counter[str] = Counter()
        noisy = 0
        controls = 0
        for kind in ["control", *kinds]:
            limit = args.controls if kind == "control" else args.per_kind
            for url, doc in sorted(chosen.items()):
                if planted[kind] >= limit:
                    break
                rng = random.Random(f"{url} {kind}{args.salt}")
                source = [ar for ar, _ in doc]
                if kind == "control":
                    found = check(source, [en for _, en in doc])
                    planted[kind] += 1
                    controls += 1
                    if found:
                        noisy += 1
                        if args.show:
                            for line, f in found:
                                print(f"  control FALSE {f.rule} line {line}: {f.message[:150]}")
                    continue
                result = PLANTS[kind](doc, rng, ctx)
                if result is None:
                    continue
                target, lines = result
                found = check(source, target)
                planted[kind] += 1
                hit = any(line in lines for line, _ in found)
                caught[kind] += hit
                if args.show and not hit:
                    changed = [target[i] for i in sorted(lines) if i < len(target)]
                    print(f"  {kind} MISS {url[-50:]}: {changed[:1]!r:.200}")
                    for line, f in found:
                        print(f"      (found {f.rule} line {line}: {f.message[:120]})")
        total_planted = sum(planted[k] for k in kinds)
        total_caught = sum(caught[k] for k in kinds)
        print(f"\n### split {split}: {len(chosen)} articles")
        print("| kind | planted | caught at the right line |")
        print("|---|---|---|")
        for kind in kinds:
            rate = f"{100 * caught[kind] / planted[kind]:.0f}%" if planted[kind] else "-"
            print(f"| {kind} | {planted[kind]} | {caught[kind]} ({rate}) |")
        name_kinds = [
            k for k in ("name_swap", "name_garble", "person", "person_single") if k in kinds
        ]
        names = sum(planted[k] for k in name_kinds)
        names_caught = sum(caught[k] for k in name_kinds)
        print(f"| names (swap, garble, person, person_single) | {names} | {names_caught} |")
        if total_planted:
            print(
                f"| all planted | {total_planted} | {total_caught} "
                f"({100 * total_caught / total_planted:.0f}%) |"
            )
        print(f"| controls with any TQ7xx finding | {controls} | {noisy} |")
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
