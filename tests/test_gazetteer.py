"""Gazetteer keys, loading, and name resolution on small layers written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_main
from tqcheck.errors import ConfigError
from tqcheck.gazetteer.index import PLACE_COLUMNS, Gazetteer, bundled_dir, default_gazetteer
from tqcheck.gazetteer.keys import (
    arabic_key,
    arabic_skeletons,
    fold,
    respellings,
    skeletons,
    translit_key,
)

HEADER = ",".join(PLACE_COLUMNS)


def _row(**values: str) -> str:
    return ",".join(values.get(column, "") for column in PLACE_COLUMNS)


@pytest.fixture
def small(tmp_path: Path) -> Gazetteer:
    places = tmp_path / "places.csv"
    places.write_text(
        "\n".join(
            [
                HEADER,
                _row(
                    id="t-1",
                    name="Jabrayil",
                    kind="district",
                    country="AZ",
                    admin_term="district",
                    variants="Cəbrayıl|Dzhebrail",
                    arabic="جبرائيل",
                    source="test",
                ),
                _row(
                    id="t-2",
                    name="Khojavend",
                    kind="district",
                    country="AZ",
                    admin_term="district",
                    variants="Martuni",
                    source="test",
                ),
                _row(
                    id="t-3",
                    name="Kalbajar",
                    kind="district",
                    country="AZ",
                    admin_term="district",
                    variants="Karvachar",
                    source="test",
                ),
                _row(id="t-4", name="Gyumri", kind="city", country="AM", source="test"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    bridge = tmp_path / "bridge.csv"
    bridge.write_text("english,arabic,note\nGabriel,جبرائيل|جبريل,given name\n", encoding="utf-8")
    gazetteer = Gazetteer()
    gazetteer.add_places(places)
    gazetteer.add_bridge(bridge)
    return gazetteer


def test_fold_and_skeletons_follow_mt_confusions() -> None:
    assert fold("Cəbrayıl") == "cabrayil"
    assert fold("Laçın") == fold("Lachin") == "lachin"
    assert skeletons("Khojawound") & skeletons("Khojavend") & skeletons("Xocavənd")
    assert skeletons("Qaradagli") & skeletons("Garadagli")
    assert not skeletons("Khojavend") & skeletons("Kalbajar")


def test_translit_key_writes_one_sound_one_way() -> None:
    assert translit_key("Dzhebrail") == translit_key("Djebrail") == translit_key("Jebrail")
    assert translit_key("Cəbrayıl") == translit_key("Jabrayil")  # Azerbaijani c is /dʒ/
    assert translit_key("Xocavənd") == translit_key("Khojavand")  # ə folds to a
    assert translit_key("Şuşa") == translit_key("Shusha")
    assert translit_key("Kadscharan") == translit_key("Kajaran")  # German dsch, doubled letters
    assert translit_key("Urcadzor") == translit_key("Urtsadzor")
    assert translit_key("Khojavend") != translit_key("Kalbajar")


def test_respellings_reach_other_romanisations() -> None:
    assert skeletons("Tsovinar") & {
        key for form in respellings("Covinar") for key in skeletons(form)
    }
    assert skeletons("Yelpin") & {key for form in respellings("Jelpin") for key in skeletons(form)}
    assert skeletons("Vostan") & {key for form in respellings("Ostan") for key in skeletons(form)}
    assert "latsin" not in respellings("Lachin")  # "ch" is not read as "ts"
    assert skeletons("Hartmanice") & {
        key for form in respellings("Hartmanitz") for key in skeletons(form)
    }


def test_arabic_key_normalises_letter_variants() -> None:
    assert arabic_key("جبرائیل") == arabic_key("جبرائيل")  # Persian ya
    assert arabic_key("أغدام") == arabic_key("اغدام")  # hamza on alif
    assert arabic_key("شوشة") == arabic_key("شوشه")  # taa marbuta


def test_exact_variant_and_arabic(small: Gazetteer) -> None:
    assert [(m.entry.name, m.method) for m in small.lookup("Jabrayil")] == [("Jabrayil", "exact")]
    assert small.best("Dzhebrail").method == "variant"
    assert small.best("Cebrayil").entry.name == "Jabrayil"
    assert small.best("جبرائيل").entry.name == "Jabrayil"


def test_bridge_recovers_an_english_given_name(small: Gazetteer) -> None:
    match = small.best("Gabriel")
    assert match is not None
    assert (match.entry.name, match.method) == ("Jabrayil", "bridge")
    assert "Arabic" in match.evidence


def test_fuzzy_skeleton_with_evidence(small: Gazetteer) -> None:
    match = small.best("Khojawound")
    assert match is not None
    assert (match.entry.name, match.method) == ("Khojavend", "fuzzy")
    assert match.evidence == "w/v, ou/e"
    dropped = small.best("Kavachar")  # one consonant lost
    assert dropped is not None and dropped.entry.name == "Kalbajar"
    assert dropped.spelling == "Karvachar"


def test_transliteration_bridge_needs_no_list(tmp_path: Path) -> None:
    """Without name_bridge.csv, "Gabriel" still meets Jabrayil through its Arabic spelling."""
    places = tmp_path / "places.csv"
    places.write_text(
        HEADER
        + "\n"
        + _row(id="t-1", name="Jabrayil", kind="district", country="AZ", arabic="جبرائيل")
        + "\n"
        + _row(id="t-2", name="Khojavend", kind="district", country="AZ", arabic="خوجاوند")
        + "\n",
        encoding="utf-8",
    )
    gazetteer = Gazetteer()
    gazetteer.add_places(places)
    gabriel = gazetteer.best("Gabriel")
    assert gabriel is not None
    assert (gabriel.entry.name, gabriel.method) == ("Jabrayil", "transliteration")
    assert "جبرائيل" in gabriel.evidence and "JBRL" in gabriel.evidence
    khojawound = [m.method for m in gazetteer.lookup("Khojawound")]
    assert "transliteration" in khojawound
    assert arabic_skeletons("جبرائيل") & skeletons("Gabriel")
    assert not arabic_skeletons("جبرائيل") & skeletons("Kabul")


@pytest.mark.parametrize("word", ["Monday", "London", "Government", "Tuesday", "Jabber", "Carrot"])
def test_common_words_do_not_match(small: Gazetteer, word: str) -> None:
    assert small.lookup(word) == []


def test_country_filter(small: Gazetteer) -> None:
    assert small.best("Gyumri", country="AM") is not None
    assert small.best("Gyumri", country="AZ") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id,name,kind\nx,Y,city\n", "places.csv:1: gazetteer header lacks column 'country'"),
        (
            f"{HEADER}\n{_row(id='a', name='A', kind='city', country='AZ')}\n"
            f"{_row(id='a', name='B', kind='city', country='AZ')}\n",
            "places.csv:3: duplicate id 'a'",
        ),
        (
            f"{HEADER}\n{_row(id='a', name='A', kind='city', country='AZ', lat='north')}\n",
            "places.csv:2: column 'lat' must be a number",
        ),
        (f"{HEADER}\na,A,city\n", "places.csv:2: row does not have"),
    ],
)
def test_malformed_layers_are_one_line_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "places.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as excinfo:
        Gazetteer().add_places(path)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)


def test_bundled_layers_load_and_name_their_sources() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer.entries) > 100
    assert all(entry.source for entry in gazetteer.entries.values())
    assert (bundled_dir() / "README.md").is_file()
    for name, expected in [
        ("Khojawound", "Khojavend"),
        ("Fizuli", "Fuzuli"),
        ("Stepanakert", "Khankendi"),
        ("Karvachar", "Kalbajar"),
    ]:
        match = gazetteer.best(name)
        assert match is not None and match.entry.name == expected


def test_lookup_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(
        ["gazetteer", "lookup", "--format", "json", "Fizuli", "Nowhereville"], capsys
    )
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["name"], first["country"], first["method"]) == ("Fuzuli", "AZ", "variant")
    assert list(first) == [
        "query",
        "id",
        "geonameid",
        "name",
        "preferred",
        "kind",
        "country",
        "admin_unit",
        "score",
        "method",
        "evidence",
    ]
    assert second["name"] is None and second["method"] is None


def _tq303(article: Path, capsys: pytest.CaptureFixture[str]) -> list[tuple[str, str]]:
    _, out, _ = run_main(["check", "--select", "TQ303", "--format", "json", str(article)], capsys)
    return [(f["text"], f["suggestion"]) for f in json.loads(out)["files"][0]["findings"]]


def test_house_style_names_override_the_gazetteer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Power returned to Stepanakert and Fizuli on Friday.\n"
    plain = tmp_path / "plain"
    styled = tmp_path / "styled"  # directories of their own: config discovery is cached
    for folder in (plain, styled):
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
    (styled / "tqcheck.toml").write_text(
        '[house-style]\nnames = { Khankendi = "Khankendi", Fuzuli = "Fizuli" }\n',
        encoding="utf-8",
    )
    assert _tq303(plain / "a.txt", capsys) == [("Fizuli", "Fuzuli")]
    assert _tq303(styled / "a.txt", capsys) == [("Stepanakert", "Khankendi")]


def test_house_style_geonames_policy_prefers_the_geonames_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Flights to Nakhchivan resumed, and power returned to Fizuli.\n"
    plain = tmp_path / "plain"
    geonames = tmp_path / "geonames"
    for folder in (plain, geonames):
        folder.mkdir()
        (folder / "a.txt").write_text(text, encoding="utf-8")
    (geonames / "tqcheck.toml").write_text(
        '[house-style]\nspelling = "geonames"\n', encoding="utf-8"
    )
    # GeoNames writes Nakhchivan (id 147429) with its Azerbaijani letters, Fuzuli as Fuzuli.
    assert _tq303(plain / "a.txt", capsys) == [("Fizuli", "Fuzuli")]
    assert _tq303(geonames / "a.txt", capsys) == [
        ("Nakhchivan", "Naxçıvan"),
        ("Fizuli", "Fuzuli"),
    ]


def test_house_style_spelling_policy_is_validated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tqcheck.toml").write_text(
        '[house-style]\nspelling = "whatever"\n', encoding="utf-8"
    )
    article = tmp_path / "a.txt"
    article.write_text("Calm in Baku.\n", encoding="utf-8")
    code, _, err = run_main(["check", str(article)], capsys)
    assert code == 2 and "house-style 'spelling'" in err


def test_places_command_lists_mentions(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import ROOT

    code, out, _ = run_main(
        ["places", "--format", "json", str(ROOT / "examples/mt-draft.txt")], capsys
    )
    assert code == 0
    rows = json.loads(out)
    by_text = {row["text"]: row for row in rows}
    assert by_text["Gabriel"]["canonical"] == "Jabrayil"
    assert by_text["Gabriel"]["method"] == "garble"
    assert by_text["Khojawound"]["canonical"] == "Khojavend"
    assert by_text["Kurdmahmudlu"]["admin_unit"] == "Fuzuli"
    assert "Ilham Aliyev" not in by_text
    assert {
        "path",
        "line",
        "column",
        "canonical",
        "geonameid",
        "lat",
        "lon",
        "method",
        "score",
    } <= set(rows[0])


def test_lookup_falls_back_to_geonames(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(
        ["gazetteer", "lookup", "--format", "json", "Mardin", "Ghazi Antab", "Gori"], capsys
    )
    assert code == 0
    mardin, garbled, gori = (json.loads(line) for line in out.splitlines())
    assert (mardin["name"], mardin["country"], mardin["method"]) == ("Mardin", "TR", "exact")
    assert mardin["id"].startswith("geonames:") and mardin["geonameid"]
    assert (garbled["name"], garbled["method"]) == ("Gaziantep", "fuzzy")
    assert gori["country"] == "GE"


def test_lookup_preferred_follows_house_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "tqcheck.toml").write_text(
        '[house-style]\nspelling = "geonames"\nnames = { Fuzuli = "Fizuli" }\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_main(
        ["gazetteer", "lookup", "Nakhchivan", "Fuzuli", "--format", "json"], capsys
    )
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["name"], r["preferred"]) for r in records] == [
        ("Nakhchivan", "Naxçıvan"),
        ("Fuzuli", "Fizuli"),
    ]


def test_lookup_is_calibrated_for_common_words() -> None:
    from tqcheck.gazetteer.mentions import SCORE_COMMON_WORD, resolve_name

    for word in ("Want", "After", "First", "Because", "Something"):
        assert resolve_name(word) is None, word
    london = resolve_name("London")  # a common word that is a large place: exact, low score
    assert london is not None and london.entry.country == "GB"
    assert london.score == SCORE_COMMON_WORD


def test_lookup_prefers_the_place_whose_own_name_it_is() -> None:
    from tqcheck.gazetteer.mentions import resolve_name

    nazareth = resolve_name("Nazareth")
    assert nazareth is not None and nazareth.entry.country == "IL"
    ajdabiya = resolve_name("Ajdabiya")
    assert ajdabiya is not None and ajdabiya.entry.country == "LY"
    assert ajdabiya.score > 0.9


def test_lookup_prefers_the_well_known_city_to_a_village_of_that_spelling() -> None:
    from tqcheck.gazetteer.mentions import resolve_name

    # GeoNames spells these cities otherwise (Basrah, Madinah, Darnah); a village abroad whose
    # own name is the English spelling must not win over them.
    for name, country in (("Basra", "IQ"), ("Medina", "SA"), ("Derna", "LY")):
        match = resolve_name(name)
        assert match is not None and match.entry.country == country, name
    islamabad = resolve_name("Islamabad")  # its own name, not Chattogram's old one
    assert islamabad is not None and islamabad.entry.country == "PK"


def test_lookup_shows_a_thresholdable_confidence(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["gazetteer", "lookup", "Tikreet", "London"], capsys)
    assert code == 0
    tikrit, london = out.splitlines()
    # A respelling no gazetteer lists, resolved by GeoNamesIndex.resolve with its confidence.
    assert tikrit.startswith("Tikreet: Tikrīt (place, IQ) [fuzzy, confidence 0.")
    assert london == "London: London (place, GB) [exact, confidence 0.30]"
    code, out, _ = run_main(
        ["gazetteer", "lookup", "--min-confidence", "0.5", "Tikreet", "London"], capsys
    )
    assert out.splitlines()[1] == "London: no match"  # a common word: exact and unlikely


def test_lookup_fuzzy_answers_are_likely_places() -> None:
    from tqcheck.gazetteer.mentions import LOOKUP_MIN_CONFIDENCE, resolve_name

    for name, country in (("Mosoul", "IQ"), ("Kirkuc", "IQ"), ("Gyumry", "AM"), ("Halab", "SY")):
        match = resolve_name(name)
        assert match is not None and match.entry.country == country, name
        assert LOOKUP_MIN_CONFIDENCE <= match.score < 1.0
    # No place is spelled like this: nothing clears the confidence threshold.
    assert resolve_name("Qwxplorandium") is None


def test_recorded_garbles_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck.gazetteer.index import RECORDED_GARBLES_ENV

    assert any(m.method == "garble" for m in default_gazetteer().known("Kavachar"))
    monkeypatch.setenv(RECORDED_GARBLES_ENV, "0")
    assert not default_gazetteer().known("Kavachar")
    match = default_gazetteer().best("Kavachar")  # the matcher still finds it by itself
    assert match is not None and match.entry.name == "Kalbajar" and match.method == "fuzzy"


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    from tqcheck.document.parse import parse_document
    from tqcheck.document.source import SourceText
    from tqcheck.gazetteer.garbles import find_garbles

    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country, g.name) for g in find_garbles(document)]


def test_garbles_of_three_kinds_resolve_in_the_article_country() -> None:
    assert _garbles("Floods hit the Little Bridge, north of Rabat in Morocco.\n") == [
        ("Little Bridge", "literal", "MA", "Kenitra")
    ]
    assert _garbles("Rescuers in the city of Erzurom, Turkey, searched the rubble.\n") == [
        ("Erzurom", "transliteration", "TR", "Erzurum")
    ]
    found = _garbles("Afghan officials said a bomb exploded in the city of Ghost.\n")
    assert [(t, k, c) for t, k, c, _ in found] == [("Ghost", "look-alike", "AF")]


def test_garbles_need_context_and_leave_real_places_alone() -> None:
    assert _garbles("Officials said a bomb exploded in the city of Ghost.\n") == []  # no country
    assert _garbles("Snow cut off the Turkish city of Kars near the border.\n") == []
    assert _garbles("Fishermen in Homer, Alaska, reported a record catch.\n") == []


def test_garbles_without_the_geonames_layer(monkeypatch: pytest.MonkeyPatch) -> None:
    from tqcheck.gazetteer import garbles, geonames, mentions

    monkeypatch.setattr(mentions, "geonames_index", lambda: geonames._EmptyIndex())
    garbles.forget_index_tables()
    try:
        assert _garbles("Jordanian police arrested two men in the Blue, the second city.\n") == []
    finally:  # the tables read without the layer must not outlive this test
        garbles.forget_index_tables()
