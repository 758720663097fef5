"""Place slots and bridges of the garble matcher (issue 13): what the copy around a name says."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.garble import literal, word_tables

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str):  # type: ignore[no-untyped-def]
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _slot(text: str, name: str) -> tuple[str, str | None]:
    for candidate in garbles.candidates(_document(text)):
        if candidate.text == name:
            return candidate.slot, candidate.hint
    raise AssertionError(f"{name!r} is no candidate")


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(_document(text))]


def test_an_apposition_that_locates_a_name_is_a_place_slot() -> None:
    assert _slot("Police in Xyzabad, in the northwest of the country, said.\n", "Xyzabad")[0] == (
        "strong"
    )
    assert _slot("Fighting reached Xyzabad, 40 km south of Khartoum.\n", "Xyzabad")[0] == "strong"
    # "X, in southeastern Sudan" and "X, in Iran's west" name the country X is in.
    assert _slot("Fighting reached Xyzabad, in southeastern Sudan.\n", "Xyzabad") == (
        "country",
        "SD",
    )
    slot = _slot("Troops left Xyzabad, in Iran's West Azerbaijan.\n", "Xyzabad")
    assert slot == ("country", "IR")


def test_a_border_or_a_continent_is_no_country_of_the_name() -> None:
    # "on the Syrian border": near Syria, not in it.
    slot, hint = _slot("Troops patrolled Xyzabad, on the Syrian border.\n", "Xyzabad")
    assert hint is None and slot == "strong"
    assert _slot("Taylor, in Europe, scored twice.\n", "Taylor")[0] != "strong"
    assert garbles.is_world_region("Asia") and garbles.is_world_region("middle east")
    assert not garbles.is_world_region("Sudan")


def test_one_word_translated_and_one_kept_is_a_literal_translation() -> None:
    # سوق أهراس: "market" translated, "Ahras" kept.
    found = _garbles("Algerian firefighters battled a blaze near Market of Ahras, in Algeria.\n")
    assert found == [("Market of Ahras", "literal", "DZ", "Souk Ahras")]


def test_a_short_unknown_name_after_in_is_read_against_the_towns_of_the_country() -> None:
    found = _garbles("Yemeni officials said two shells fell in Taezz on Sunday, Yemen.\n")
    assert [(t, k, c) for t, k, c, _ in found] == [("Taezz", "transliteration", "YE")]
    # An English word after "in" stays a word.
    assert _garbles("Yemeni officials said the talks ended in Tears on Sunday.\n") == []


def test_an_apposition_without_article_and_a_part_of_a_country_are_place_slots() -> None:
    # The province names the country too (Maysan is Iraq's).
    assert _slot("A bomb hit Xyzabad, capital of Maysan province.\n", "Xyzabad") == (
        "country",
        "IQ",
    )
    assert _slot("Settlers raided Xyzabad in the southern West Bank.\n", "Xyzabad") == (
        "strong",
        "PS",
    )
    # Without a compass word "X in Lebanon" stays a weak slot ("Kirk in Iraq" may be a person).
    assert _slot("Settlers raided Xyzabad in Lebanon.\n", "Xyzabad")[0] == "weak"


def test_a_final_taa_marbuta_added_or_removed_bridges_a_word_to_a_name() -> None:
    forms = dict(garbles.taa_marbuta_forms("عناب"))
    assert forms["عنابه"] < forms["عناب"] == garbles.SCORE_ARABIC_EXACT
    assert dict(garbles.taa_marbuta_forms("جديده"))["جديد"] == garbles.SCORE_ARABIC_TAA


def test_a_place_abroad_is_no_answer_where_the_copy_names_the_country() -> None:
    # Hamden, Connecticut is a real town; "Hamden, in western Iran" is not it.
    assert garbles.is_real_place("Hamden", {"IR"})
    assert not garbles.is_real_place("Hamden", {"IR"}, named=True)
    assert garbles.is_real_place("Hamadan", {"IR"}, named=True)


def test_a_name_that_lost_the_place_s_first_consonant_is_another_name() -> None:
    # "Mount" (MNT) is سمنود Samannud less its first consonant: no look-alike of it.
    found = _garbles("Police said a bus overturned in the town of Mount, in Egypt.\n")
    assert all(name != "Samannud" for _, _, _, name in found)


def test_people_of_a_country_in_a_name_put_it_in_a_place_slot() -> None:
    assert _slot("Omani officials in Xyzabad said the road was shut.\n", "Xyzabad")[0] == "strong"
    # Officials of no country named: "in X" stays a weak slot.
    assert _slot("Company officials in Xyzabad said the road was shut.\n", "Xyzabad")[0] == "weak"


def test_little_x_is_read_as_the_arabic_diminutive_of_x(monkeypatch: pytest.MonkeyPatch) -> None:
    assert garbles.diminutives([("برج", ())]) == [("بريج", ())]
    assert garbles.diminutives([("قنطرة", ())]) == [("قنيطر", ())]
    assert garbles.diminutives([("بيت", ())]) == []  # a long vowel: no fu'ayl pattern
    # Without the hand table's "little tower" row, the diminutive still finds Al Burayj.
    table = {k: v for k, v in garbles.toponym_words().items() if k != "little tower"}
    for module in (word_tables, literal):  # each module binds the table's reader
        monkeypatch.setattr(module, "toponym_words", lambda: table)
    found = _garbles("Tanks entered the camp of Little Tower, in the central Gaza Strip.\n")
    assert [(t, k, c) for t, k, c, _ in found] == [("Little Tower", "literal", "PS")]


def test_a_two_consonant_word_one_class_off_a_large_city_is_a_look_alike() -> None:
    # "Rice" (R, soft c) for Rize, a Turkish city of 100,000 or more, in a strong slot only.
    found = _garbles("Tea growers in the city of Rice, on Turkey's Black Sea coast, rallied.\n")
    assert [(t, k, c, n) for t, k, c, n in found] == [("Rice", "look-alike", "TR", "Rize")]
    assert _garbles("Tea growers said rice prices in Turkey rose.\n") == []


def test_a_person_s_name_in_a_strong_place_slot_is_still_read_as_a_place() -> None:
    candidate = garbles.Candidate(0, 5, "Salih", "strong", None, False)
    assert garbles.is_person("Salih") and garbles.is_worth_resolving(candidate)
    weak = garbles.Candidate(0, 5, "Salih", "weak", None, False)
    assert not garbles.is_worth_resolving(weak)


def test_a_world_city_spelled_within_a_letter_wins_over_a_town_of_the_articles_countries() -> None:
    # The article names Kyrgyzstan; "Isfahaan" is Isfahan, not Isfana (a Kyrgyz town that shares
    # its consonants less closely).
    text = (
        "Talks were held in Bishkek, the Kyrgyz capital, on Monday.\n\n"
        "The governor of Isfahaan said water would be rationed in the city.\n"
    )
    found = [(t, k, c, n) for t, k, c, n in _garbles(text) if t == "Isfahaan"]
    assert found == [("Isfahaan", "transliteration", "IR", "Isfahan")]
    # A town of the article's country spelled as GeoNames spells it stays quiet.
    quiet = "Talks were held in Bishkek, the Kyrgyz capital.\n\nThe governor of Isfana said so.\n"
    assert [t for t, *_ in _garbles(quiet) if t == "Isfana"] == []


def test_a_town_s_name_with_a_nisba_ending_used_of_a_person_is_a_surname() -> None:
    # The team's own sentences (13L2): a town's name plus -i, -y, -li, -awi after "from",
    # "between" is a surname or an adjective, not a garble of the town.
    for text, name in [
        ("Officials in Iran released a letter from Tabrizi on Monday.\n", "Tabrizi"),
        ("Talks between Samarqandi and Uzbekistan's foreign minister ended.\n", "Samarqandi"),
        ("Georgia's parliament read a letter from Tiflisi on Monday.\n", "Tiflisi"),
        ("In Syria, talks between Hamawi and the governor stalled.\n", "Hamawi"),
        ("Officials in Egypt read a letter from Masri to the cabinet.\n", "Masri"),
        ("Syrian officials read a letter from Halepli on Monday.\n", "Halepli"),
        ("Iraq's cabinet received a letter from Karbalai on Monday.\n", "Karbalai"),
    ]:
        assert [t for t, *_ in _garbles(text) if t == name] == [], name
    # Where the copy puts it in a place slot, the same spelling is still read as the town.
    found = _garbles("Police in Tabrizi said protesters gathered in Iran.\n")
    assert [(t, n) for t, _, _, n in found] == [("Tabrizi", "Tabriz")]


def test_a_nisba_ending_needs_a_town_and_no_english_word() -> None:
    assert garbles.nisba_of_town("Tabrizi", {"IR"}) and garbles.nisba_of_town("Hamawi", {"SY"})
    assert garbles.nisba_of_town("Bukhari", {"UZ"})  # Bukhara: -i replaces the final vowel
    assert garbles.nisba_of_town("Herawi", {"AF"})  # Herat: -awi replaces the final -at
    assert not garbles.nisba_of_town("Tabrizi", {"EG"})  # no town of the article's countries
    assert not garbles.nisba_of_town("Xyzabadi", {"IR"})  # no town Xyzabad
    assert not garbles.nisba_of_town("Benghazi", {"LY"})  # no town Benghaz: the city's own -i
    assert not garbles.nisba_of_town("Navy", {"UZ"})  # an English word (Navoiy's look-alike)


def test_a_province_s_english_name_is_no_literal_translation() -> None:
    # The team's own sentences (13L2): ISO 3166-2 units' English names of the article's country.
    for text, name in [
        (
            "Officials in Bojnurd, the capital of North Khorasan province, said so.\n",
            "North Khorasan",
        ),
        ("Protests spread in South Khorasan, Iran, on Monday.\n", "South Khorasan"),
    ]:
        assert [t for t, *_ in _garbles(text) if t == name] == [], name
    assert garbles.english_unit_name("North Khorasan", {"IR"})
    assert garbles.english_unit_name("Upper Nile", {"SS"})
    assert not garbles.english_unit_name("North Khorasan", {"EG"})  # not the article's country
    assert not garbles.english_unit_name("Isfahaan", {"IR"})  # a respelling, no English phrase


def test_a_prophet_s_english_name_in_a_place_name_is_read_as_its_arabic_form() -> None:
    # The team's own sentences (13L2): Jonah is يونس, so "Inn of Jonah" is خان يونس.
    found = _garbles("Israeli strikes hit the city of Inn of Jonah, in the southern Gaza Strip.\n")
    assert [(t, k, c) for t, k, c, _ in found] == [("Inn of Jonah", "literal", "PS")]
    # The same names as people stay quiet.
    for text in [
        "Officials in Iraq read a letter from John on Monday.\n",
        "Talks between David and Syria's foreign minister ended.\n",
        "Police in Jordan said Moses was arrested near Amman.\n",
    ]:
        assert _garbles(text) == [], text


def test_a_province_named_without_its_country_gives_the_country() -> None:
    # The team's own sentences (13L2): Balochistan is a province of Pakistan.
    assert garbles.unit_countries("Balochistan") == {"PK"}
    assert garbles.unit_countries("Sindh") == {"PK"}
    assert garbles.unit_countries("Darfur") == {"SD"}  # North, South, West... Darfur
    assert garbles.unit_countries("Monday") == set()
    found = _garbles("Police in the town of Mastong, in Balochistan, arrested four men.\n")
    assert [(t, k, c, n) for t, k, c, n in found] == [
        ("Mastong", "transliteration", "PK", "Mastung")
    ]


def test_a_nisba_on_a_spelling_with_the_town_s_consonants_is_a_surname_too() -> None:
    # The team's own sentences (13L2): Trablous (Tripoli) and Nablus plus -i.
    for text, name in [
        ("Officials in Lebanon released a letter from Trabulsi on Monday.\n", "Trabulsi"),
        ("Talks between Nabulsi and the Palestinian cabinet in the West Bank ended.\n", "Nabulsi"),
    ]:
        assert [t for t, *_ in _garbles(text) if t == name] == [], name
    # A respelling of a town whose own name ends in -i stays a garble.
    found = _garbles("Russian troops captured Kutaysi, Georgian officials said.\n")
    assert [(t, n) for t, _, _, n in found] == [("Kutaysi", "Kutaisi")]


def test_a_day_after_a_comma_does_not_locate_a_name() -> None:
    # The team's own sentence (13L2): "X, on Monday" says when, not where; Ramallah (West Bank)
    # in copy about Israeli troops is a real place abroad, not a garble of Ramla.
    assert not garbles.locates(", on Monday, troops said.")
    assert garbles.locates(", on the Syrian border.")
    assert _garbles("Israeli troops raided a village near Ramallah, on Monday.\n") == []


def test_a_hyphenated_country_names_the_place_it_holds_not_the_one_it_backs() -> None:
    from tqcheck.gazetteer.context import geography_of

    assert set(geography_of("Schools collapsed in Pakistan-administered Kashmir.").codes()) == {
        "PK"
    }
    assert set(geography_of("Turkey-held areas were shelled.").codes()) == {"TR"}
    # Who acts or leads is not where the story is.
    assert not geography_of("Iran-backed fighters attacked a base.").codes()
    assert not geography_of("Saudi-led jets struck again.").codes()


def test_a_capitalised_slot_word_mid_sentence_is_part_of_the_name() -> None:
    # MT capitalises the words it translates: "Port of X" mid-sentence is one name.
    assert _slot("Workers struck in Port of Xyzabad on Monday.\n", "Port of Xyzabad")
    # Opening a sentence, "Residents of X" still puts X in a place slot.
    assert _slot("Residents of Xyzabad said.\n", "Xyzabad")[0] == "strong"


def test_a_demonym_after_the_sentence_s_the_or_with_a_possessive_gives_the_country() -> None:
    document = _document("The Mauritanian coast guard met. Somaliland's vote ended.\n")
    assert garbles.loose_geography(document, 0) == frozenset({"MR", "SO"})


def test_a_country_named_only_as_a_border_is_beside_the_places_not_their_country() -> None:
    from tqcheck.gazetteer.context import geography_of

    geography = geography_of("Tunisian soldiers died near Xyz, on the Algerian border.")
    assert geography.codes() == {"TN", "DZ"} and geography.inside() == {"TN"}
    assert geography_of("Kyrgyz police closed the border crossing with Kazakhstan.").inside() == {
        "KG"
    }
    # "the Turkish border town of X" is in Turkey; a border alone still names its country.
    assert geography_of("Shells from Syria hit the Turkish border town of X.").inside() == {
        "SY",
        "TR",
    }


def test_a_province_named_after_a_name_gives_its_country() -> None:
    assert _slot(
        "Migrants gather in Xyzabad, in Nimroz province, before leaving Iran.\n", "Xyzabad"
    ) == (
        "country",
        "AF",
    )
    assert _slot("Roads in Xyzabad, the capital of Muthanna province, closed.\n", "Xyzabad") == (
        "country",
        "IQ",
    )


def test_a_country_word_placed_in_another_country_is_read_as_a_place() -> None:
    found = garbles.candidates(
        _document("Snow closed roads around Cuba, in northern Azerbaijan.\n")
    )
    cuba = next(c for c in found if c.text == "Cuba")
    assert garbles.placed_elsewhere(cuba) and garbles.is_worth_resolving(cuba)
    found = garbles.candidates(_document("Fans in Cuba, in Havana province, cheered.\n"))
    assert not any(garbles.placed_elsewhere(c) for c in found)


def test_a_name_located_by_a_well_known_place_takes_its_country() -> None:
    assert _slot("The final was played in Xyzabad, north of Doha.\n", "Xyzabad")[1] == "QA"
    text = "Police met outside a house in Xyzabad, a seaside suburb of Tunis.\n"
    assert _slot(text, "Xyzabad")[1] == "TN"


def test_a_word_made_from_a_country_name_takes_a_nationality_ending() -> None:
    assert garbles.country_derived("Iraqis") and garbles.country_derived("Pakistan-based")
    assert not garbles.country_derived("Kuwaita")
    text = "A bomb hit Xyzabad, the capital of Balochistan, on Monday.\n"
    assert _slot(text, "Xyzabad") == ("country", "PK")


def test_a_town_abroad_is_real_only_by_its_own_name() -> None:
    # "Media" is one of Médéa's other recorded names; copy about Tunisia does not mean it.
    assert not garbles.is_real_place("Media", {"TN"})
    assert garbles.is_real_place("Mobile", {"TN"})  # Mobile, Alabama, by its own name
    assert garbles.is_real_place("Agri", {"GE"})  # Ağrı, Turkey, in ASCII letters


def test_more_place_slots_name_the_country() -> None:
    text = "A drone struck the Xyz refugee camp in northern Iraq.\n"
    assert _slot(text, "Xyz") == ("strong", "IQ")
    assert _slot("The fort at Xyz, a UNESCO site in Oman's interior, opened.\n", "Xyz") == (
        "country",
        "OM",
    )
    text = "Peacekeepers in Xyz, the disputed area between Sudan and South Sudan, left.\n"
    assert _slot(text, "Xyz")[0] == "strong"
    # English "at" before a name that opens with no t is no Arabic article.
    assert _slot("The barrage on the Indus at Xyz was at risk.\n", "Xyz")[0] == "weak"


def test_copy_naming_a_country_only_as_a_border_is_about_its_neighbours() -> None:
    from tqcheck.gazetteer.context import geography_of

    inside = geography_of("Wildfires spread close to the Tunisian border.").inside()
    assert {"TN", "DZ", "LY"} <= inside


def test_russia_is_read_only_for_its_north_caucasus_republics() -> None:
    found = _garbles("Gunmen opened fire outside a church in Qizlar, in Dagestan, on Sunday.\n")
    assert [(g[0], g[2]) for g in found] == [("Qizlar", "RU")]
    document = _document("Russian police in Xyzabad said.\n")
    assert garbles.named_parts({"RU", "AZ"}, document, 0) == {"AZ"}


def test_a_name_joined_to_a_city_is_in_a_place_slot() -> None:
    text = "A new metro line will link Xyzabad and Khobar, Saudi officials said.\n"
    assert _slot(text, "Xyzabad")[0] == "weak"
    assert _slot("Officials said Xyzabad and Smith met.\n", "Xyzabad")[0] == "none"


def test_a_compass_adjective_after_in_keeps_the_locative_slot() -> None:
    assert _slot("Thousands gathered in central Xyzabad on Saturday.\n", "Xyzabad")[0] == "weak"


def test_a_river_or_mountain_range_gives_copy_naming_no_country_its_countries() -> None:
    document = _document("The marshes near Xyz, where the Tigris and Euphrates meet, dried.\n")
    assert garbles.loose_geography(document, 0) == frozenset({"IQ", "SY", "TR"})
    assert garbles.loose_geography(_document("Roads in the Pamirs closed.\n"), 0) >= {"TJ"}


def test_a_gulf_named_after_a_country_borders_several() -> None:
    from tqcheck.gazetteer.context import geography_of

    geography = geography_of("A terminal at the port of Xyz on the Gulf of Oman opened.")
    assert {"IR", "OM", "AE"} <= geography.codes()


def test_a_sea_after_the_sentence_s_the_is_read() -> None:
    document = _document("The Red Sea project will get an airport at Xyz, officials said.\n")
    assert "SA" in garbles.loose_geography(document, 0)


def test_an_arabic_article_joined_by_a_hyphen_is_part_of_the_name() -> None:
    text = "Fighting spread east of Deir ez-Zor in Syria, residents said.\n"
    assert _slot(text, "Deir ez-Zor")[0] == "strong"
    assert _garbles(text) == []  # not "Deir" alone, a look-alike of Deira
    assert _slot("Police in Kafr el-Sheikh, Egypt, said.\n", "Kafr el-Sheikh")[1] == "EG"
