"""English-word evidence for place names: how common a word is (wordfreq's data, read lazily).

Only thresholds of Zipf 3.0 and above are asked about (ordinary English 3.3, a common word 4.0
and 5.0), so the frequencies come from wordfreq's small English list (words of Zipf 3.0 and
more), read straight from the package's data file and kept as a pickle next to the GeoNames
index: a rules-only run loads a 29,000-word table in milliseconds instead of importing wordfreq
(and ftfy, langcodes, regex) and unpacking its large list. A word missing from the small list
reports 0.0, which is below every threshold the place rules use.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tqcheck.gazetteer import cache_files

# Zipf frequency at or above which a word is ordinary English ("Ticket" 4.6, "Kirk" 3.9,
# "Gabriel" 3.9); transliterated place names sit far below ("Tikrit" 2.5, "Fuzuli" 0).
ENGLISH_WORD_ZIPF = 3.3
# Zipf frequency in wordfreq's large list at or above which English text knows a name
# (:func:`known_to_english_text`).
NAME_ZIPF = 1.5
_CACHE_VERSION = 1


@cache
def _table() -> dict[str, float]:
    """wordfreq's small English list: word -> Zipf frequency (3.0 and above)."""
    version = wordfreq_version()
    cache_file = cache_path(f"wordfreq-small-en-{version}-{_CACHE_VERSION}.pickle")
    if cache_file is not None and (cached := cache_files.load(cache_file)) is not None:
        return cached
    try:
        table = _read_small_list()
    except (ImportError, OSError, ValueError):  # wordfreq laid out otherwise: ask it word by word
        return {}
    if cache_file is not None:
        cache_files.store(cache_file, table)  # not stored in a read-only cache: read again
    return table


@cache
def wordfreq_version() -> str:
    """wordfreq's version (the caches are named after it), from the name of its ``.dist-info``
    folder beside the package: importing ``importlib.metadata`` to ask cost 15-20 ms of each
    rules-only run (its imports and a scan of every installed distribution)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        found = list(Path(location).parent.glob("wordfreq-*.dist-info"))
        if len(found) == 1:
            return found[0].name.removeprefix("wordfreq-").removesuffix(".dist-info")
    from importlib import metadata  # laid out otherwise (an egg, a zip): ask for it

    return metadata.version("wordfreq")


def _read_small_list() -> dict[str, float]:
    table: dict[str, float] = {}
    for zipf_value, words in read_list("small"):
        for word in words:
            table.setdefault(word, zipf_value)
    return table


def read_list(size: str) -> list[tuple[float, list[str]]]:
    """(Zipf frequency, words) of wordfreq's ``size`` English list, most frequent first."""
    import gzip
    from importlib import resources

    import msgpack

    path = resources.files("wordfreq").joinpath(f"data/{size}_en.msgpack.gz")
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
        data = msgpack.load(handle, raw=False)
    # cBpack: a header, then one list of words per centibel of frequency, most frequent first.
    return [(round(9 - centibels / 100, 2), words) for centibels, words in enumerate(data[1:])]


@cache
def _large_list_words() -> dict[str, str] | None:
    """The words of wordfreq's large English list at Zipf :data:`NAME_ZIPF` or more (174,000),
    by their first two letters: each part the words that begin so, each between two newlines in
    one string (None when the list cannot be read). Kept as a pickle beside the small list's, it
    loads in about 2 ms where wordfreq unpacks the whole large list in 0.2-0.3 s; a membership
    test is one substring search of the word's part (searching the whole 1.4 MB string took
    0.5-0.7 ms a word, 20 words on a garble-dense article; issue 13: speed), and only placed
    names that are no English word ask."""
    version = wordfreq_version()
    name = f"wordfreq-large-en-{NAME_ZIPF}-{version}-{_CACHE_VERSION}-by-initials.pickle"
    cache_file = cache_path(name)
    if cache_file is not None and isinstance(cached := cache_files.load(cache_file), dict):
        return cached
    try:
        lists = read_list("large")
    except (ImportError, OSError, ValueError):  # wordfreq laid out otherwise: ask it word by word
        return None
    parts: dict[str, list[str]] = {}
    for zipf_value, part in lists:
        if zipf_value >= NAME_ZIPF:
            for word in part:
                parts.setdefault(word[:2], []).append(word)
    table = {initials: "\n" + "\n".join(words) + "\n" for initials, words in parts.items()}
    if cache_file is not None:
        cache_files.store(cache_file, table)
    return table


def known_to_english_text(word: str) -> bool:
    """True when wordfreq's large English list has ``word`` (one lower-case word) at Zipf
    :data:`NAME_ZIPF` or more: the names English text uses (given names, surnames, brands,
    films: "garrick" 2.9, "jazzman" 1.7) besides its words; the region's transliterated names
    that GeoNames lacks are mostly absent ("tawrirt", "seyun")."""
    if word.isascii() and word.isalpha() and word.islower():
        words = _large_list_words()
        if words is not None:
            return f"\n{word}\n" in words.get(word[:2], "")
    try:  # a word wordfreq would tokenise or normalise: ask it
        from wordfreq import zipf_frequency
    except ImportError:
        return False
    return zipf_frequency(word, "en", "large") >= NAME_ZIPF


def cache_path(name: str) -> Path | None:
    try:
        from tqcheck.gazetteer.geonames import default_index_path

        return default_index_path().parent / "words" / name
    except Exception:  # no cache folder known: read the list each time
        return None


@cache
def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (lower-cased; several words: the rarest one); 0.0 below 3.0."""
    parts = word.lower().split()
    if not parts:
        return 0.0
    table = _table()
    if not table:
        from wordfreq import zipf_frequency

        return min(zipf_frequency(part, "en") for part in parts)
    return min(table.get(part, 0.0) for part in parts)


def is_english_word(word: str) -> bool:
    """True when every word of ``word`` is ordinary English (a dictionary word or given name)."""
    return zipf(word) >= ENGLISH_WORD_ZIPF
