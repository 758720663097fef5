"""Garbled place names planted in real professional Arabic->English translations, several seeds.

A companion to ``bilingual_planted.py`` (whose ``name_garble`` plant is one kind of garble: an
English word of near consonant skeleton) for the place checks of TQ705
(:mod:`tqcheck.bilingual.names_compare`), with the two other kinds of garble machine translation
writes:

* ``garble_translit``: the place's English name respelled the way MT spells a name back from
  Arabic script: a vowel lost or changed, j/g, p/b, v/f, q/k/g, c/k, s/z, "ph"/"f" confused,
  doubled letters single, the article "al-" kept or dropped. Written by the rules below, not
  from a list; a respelling that is a recorded name of any place (GeoNames), one of the place's
  own accepted spellings, or an English word of Zipf 3.0 or more is drawn again (those are
  look-alikes, ``name_garble``'s kind);
* ``garble_literal``: where the Arabic name is also an ordinary word or phrase, the name
  translated word by word with the project's literal bridge (``gazetteers/toponym_words.csv``
  and ``toponym_words_freedict.csv``, which the monolingual garble rules read): "White Hill" for
  تل أبيض, "the Island" for الجزيرة. Articles where no name translates, or where the translation
  is the accepted English name ("Red Sea"), are skipped;
* ``name_garble`` and ``name_swap``: ``bilingual_planted.py``'s own, for comparison.

Each is drawn with ``--seeds`` random choices per article on the FLORES-200 devtest ``tune``
split and on NTREX-128 (``--corpus``; NTREX is not part of ``bilingual_planted.py``'s held-out
split). Each copy is checked the way ``tqcheck check TARGET --source SOURCE --select source``
checks it; caught = a TQ7xx finding on the planted line. Reads the data in place (``--data``).

    python benchmarks/place_planted.py [--data DIR] [--seeds 2] [--corpus flores|ntrex]
        [--kind garble_translit|garble_literal|name_garble|name_swap] [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bilingual_planted as planted

from tqcheck.bilingual.source_names import source_names
from tqcheck.gazetteer.garbles import toponym_words
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.keys import arabic_key, fold
from tqcheck.gazetteer.mentions import geonames_index

# Respelling rules: (pattern, replacement) pairs MT confuses when it spells a name back from
# Arabic script, which writes no short vowels and has no p, v, g, or c.
_SWAPS = [
    (r"j", "g"), (r"g", "j"), (r"p", "b"), (r"b", "p"), (r"v", "f"), (r"f", "v"),
    (r"ph", "f"), (r"q", "k"), (r"q", "g"), (r"k", "q"), (r"c(?=[aou])", "k"),
    (r"c(?=[eiy])", "s"), (r"s", "z"), (r"z", "s"), (r"x", "ks"), (r"ch", "sh"),
    (r"th", "t"), (r"(.)\1", r"\1"),
]  # fmt: skip
_VOWEL_CHANGES = {"a": "e", "e": "i", "i": "e", "o": "u", "u": "o", "y": "i"}


def _respell(name: str, rng: random.Random) -> str:
    """One or two MT-like changes to ``name`` (its capitals kept)."""
    word = name
    for _ in range(rng.choice([1, 1, 1, 2])):
        options: list[tuple[int, int, str]] = []
        lower = word.lower()
        for pattern, replacement in _SWAPS:
            for m in re.finditer(pattern, lower):
                options.append((m.start(), m.end(), m.expand(replacement)))
        for m in re.finditer(r"[aeiouy]", lower):
            if m.start() == 0:
                continue
            options.append((m.start(), m.end(), _VOWEL_CHANGES[m.group()]))
            # A short vowel Arabic does not write, dropped between two single consonants.
            around = lower[max(0, m.start() - 2) : m.end() + 2]
            if len(around) == 5 and re.fullmatch(
                r"[aeiouy][^aeiouy][aeiouy][^aeiouy][aeiouy]", around
            ):
                options.append((m.start(), m.end(), ""))
        if not options:
            break
        start, end, new = rng.choice(options)
        if word[start:end][:1].isupper():
            new = new.capitalize()
        word = word[:start] + new + word[end:]
    return word


def _article(name: str, arabic: str, rng: random.Random) -> str:
    """The Arabic article kept ("al-Basra") or dropped ("Khalil" for Al-Khalil), at random."""
    if re.match(r"(?i)(?:al|el)[- ]", name):
        return name[3:].capitalize() if rng.random() < 0.5 else name
    if arabic.startswith("ال") and rng.random() < 0.4:
        return "al-" + name
    return name


def _places_in_random_order(
    doc: planted.Doc, rng: random.Random, ctx: dict
) -> list[tuple[int, str, int, set[str]]]:
    """The places both sides of ``doc`` name, shuffled: (line, English spelling, geonameid,
    the folded spellings GeoNames accepts for the place)."""
    places = planted._source_places(doc, ctx)
    rng.shuffle(places)
    return [
        (
            i,
            spelling,
            geonameid,
            {fold(s) for s, _ in ctx["geonames"].spellings(ctx["geonames"].get(geonameid))},
        )
        for i, spelling, _, geonameid in places
    ]


def plant_translit(doc: planted.Doc, rng: random.Random, ctx: dict) -> planted.Plant | None:
    from wordfreq import zipf_frequency

    for i, spelling, _, accepted in _places_in_random_order(doc, rng, ctx):
        accepted = accepted | {fold(spelling)}
        arabic = next(
            (n.text for n in source_names(doc[i][0], ctx["gazetteer"], ctx["geonames"])), ""
        )
        for _ in range(12):
            new = _article(_respell(spelling, rng), arabic, rng)
            if fold(new) in accepted or ctx["geonames"].exact(new):
                continue
            if any(zipf_frequency(w, "en") >= 3.0 for w in re.split(r"[- ]", new.lower())):
                continue
            lines = [en for _, en in doc]
            lines[i] = re.sub(rf"\b{re.escape(spelling)}\b", new, lines[i], count=1)
            return lines, {i}
    return None


@cache
def _glosses() -> dict[str, list[str]]:
    """Folded Arabic word -> its English glosses (the hand table's first), from the literal
    bridge read the other way."""
    found: dict[str, list[str]] = {}
    for english, rows in toponym_words().items():
        for arabic, _ in rows:
            found.setdefault(arabic_key(arabic), []).append(english)
    return found


def _literal(arabic: str) -> str | None:
    """The Arabic name translated word by word: "White Hill" (تل أبيض, noun and adjective),
    "Head of the Spring" (رأس العين, a construct), "The Island" (الجزيرة)."""
    words = arabic.split()
    glossed = []
    for word in words:
        key = arabic_key(word)
        bare = key[2:] if key.startswith("ال") and len(key) > 4 else key
        options = _glosses().get(key) or _glosses().get(bare)
        if not options:
            return None
        glossed.append((key != bare, options[0]))
    title = [" ".join(w.capitalize() for w in gloss.split()) for _, gloss in glossed]
    if len(glossed) == 1:
        return ("The " if glossed[0][0] else "") + title[0]
    if len(glossed) == 2:
        (first_article, _), (second_article, _) = glossed
        if second_article and not first_article:
            return f"{title[0]} of the {title[1]}"
        return ("The " if first_article else "") + f"{title[1]} {title[0]}"
    return None


def plant_literal(doc: planted.Doc, rng: random.Random, ctx: dict) -> planted.Plant | None:
    for i, spelling, geonameid, accepted in _places_in_random_order(doc, rng, ctx):
        for name in source_names(doc[i][0], ctx["gazetteer"], ctx["geonames"]):
            if name.entries[0].geonameid != geonameid:
                continue
            new = _literal(name.text)
            if new is None or fold(new) in accepted or fold(new.removeprefix("The ")) in accepted:
                continue
            lines = [en for _, en in doc]
            # "the The Island": an article before the name takes the literal one's place.
            line = re.sub(rf"\b(?:the )?{re.escape(spelling)}\b", new, lines[i], count=1)
            lines[i] = line
            return lines, {i}
    return None


def _changed(was: str, new: str) -> str:
    """The planted line around its change."""
    k = next((n for n, (a, b) in enumerate(zip(was, new, strict=False)) if a != b), 0)
    return repr(new[max(0, k - 40) : k + 40])


PLANTS = {
    "garble_translit": plant_translit,
    "garble_literal": plant_literal,
    "name_garble": planted.plant_garble,
    "name_swap": planted.plant_swap,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "eval-data"
    parser.add_argument("--data", type=Path, default=default)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--corpus", choices=["flores", "ntrex"], action="append")
    parser.add_argument("--kind", choices=list(PLANTS), action="append")
    parser.add_argument("--limit", type=int, default=0, help="at most N plants per kind")
    parser.add_argument("--show", action="store_true", help="print the misses")
    parser.add_argument("--dry", action="store_true", help="print the plants, check nothing")
    args = parser.parse_args()
    ctx = {"gazetteer": default_gazetteer(), "geonames": geonames_index()}
    print("| corpus | kind | planted | caught at the right line |")
    print("|---|---|---|---|")
    for corpus in args.corpus or ["flores", "ntrex"]:
        docs = planted.corpus_docs(args.data, corpus)
        for kind in args.kind or list(PLANTS):
            count = caught = 0
            for seed in range(args.seeds):
                for url, doc in sorted(docs.items()):
                    if args.limit and count >= args.limit:
                        break
                    rng = random.Random(f"{url} place {kind} {seed}")
                    result = PLANTS[kind](doc, rng, ctx)
                    if result is None:
                        continue
                    target, lines = result
                    if args.dry:
                        i = min(lines)
                        print(f"  {kind}: {_changed(doc[i][1], target[i])}")
                        count += 1
                        continue
                    found = planted.check([ar for ar, _ in doc], target)
                    count += 1
                    hit = any(line in lines for line, _ in found)
                    caught += hit
                    if args.show and not hit:
                        i = min(lines)
                        print(f"  {kind} MISS {url[-40:]}: {_changed(doc[i][1], target[i])}")
            print(f"| {corpus} | {kind} | {count} | {caught} |")


if __name__ == "__main__":
    main()
