"""What the article's geography reads from longer names and from people abroad, a literal
translation of several words read back by consonant classes, and a doubled vowel read as a long
one (issue 13, lead). Sentences are the lead's own, in no dev set."""

from __future__ import annotations

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(_document(text))]


def test_a_province_of_three_words_gives_its_country() -> None:
    text = "Police in the market, in Sidi Bel Abbes province, arrested three men.\n"
    assert garbles.loose_geography(_document(text), 0) == {"DZ"}


def test_a_compass_word_before_a_region_is_read_past() -> None:
    text = "A curfew was imposed in the town in South Waziristan after an attack.\n"
    assert "PK" in garbles.loose_geography(_document(text), 0)


def test_tourists_of_a_country_do_not_set_the_story_there() -> None:
    assert "GB" not in geography_of("Two British tourists were hurt off the coast at dawn.")
    assert "GB" in geography_of("Two British soldiers were hurt off the coast at dawn.")


def test_refugees_of_a_country_set_it_by_its_borders() -> None:
    inside = geography_of("Afghan refugees in the town were told to leave by March.").inside()
    assert {"AF", "IR", "PK"} <= inside


def test_a_city_of_the_north_caucasus_names_that_part_of_russia() -> None:
    near = _document("Police near the village, south of Makhachkala, said a car was found.\n")
    assert garbles.named_parts({"RU"}, near, 0) == {"RU"}
    away = _document("Police near the village, south of the city, said a car was found.\n")
    assert garbles.named_parts({"RU"}, away, 0) == set()


def test_two_translated_words_read_back_to_a_latin_name() -> None:
    # عين كرمة: GeoNames has Ain Karma with no Arabic name
    text = "Police in Spring of the Vine, Morocco, said the road was closed.\n"
    [(found, kind, country, name)] = _garbles(text)
    assert (found, kind, country, name) == ("Spring of the Vine", "literal", "MA", "Ain Karma")
    [garble] = garbles.find_garbles(_document(text))
    assert "Ain Karma read as Arabic words" in garble.evidence


def test_a_run_of_syllables_sharing_the_classes_is_no_reading() -> None:
    # حاسي كلس has the classes of a Chinese romanisation of Souk Ahras, word breaks apart
    assert _garbles("Police in Well of the Lime, Algeria, said the road was closed.\n") == []


def test_doubled_vowels_are_read_as_long_vowels() -> None:
    assert garbles.long_vowels_as_one("Meeranshah") == "Miranshah"
    assert garbles.long_vowels_as_one("Kaashan") == "Kashan"
    assert garbles.long_vowels_as_one("Aafrin") == "Aafrin"  # an opening ain: read apart
    text = "Traders in Shiraaz, in southern Iran, closed their shops for a day.\n"
    assert _garbles(text) == [("Shiraaz", "transliteration", "IR", "Shiraz")]


def test_a_place_s_own_name_run_together_is_a_garble() -> None:
    # the letters of Sharm el-Sheikh, its words run together
    assert garbles.recorded_places("Sharmelsheikh") == []
    assert [p.name for p in garbles.recorded_places("Sharm el-Sheikh")] == ["Sharm el-Sheikh"]
    [(found, kind, country, name)] = _garbles("Flights to Sharmelsheikh, Egypt, resumed.\n")
    assert (found, kind, country, name) == (
        "Sharmelsheikh",
        "transliteration",
        "EG",
        "Sharm el-Sheikh",
    )


def test_an_alternate_name_broken_otherwise_stays_recorded() -> None:
    # GeoNames records Kakhramanmarash, one word, for Kahramanmaraş: another spelling, not
    # the own name, is read with any word breaks
    assert [p.name for p in garbles.recorded_places("Kakhraman Marash")] == ["Kahramanmaraş"]


def test_a_persian_ezafe_standing_alone_is_part_of_the_name() -> None:
    text = "Shoppers crowded into Mazar i Sharif, in northern Afghanistan, for the holiday.\n"
    document = _document(text)
    assert "Mazar i Sharif" in {c.text for c in garbles.candidates(document)}
    assert _garbles(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters gathered in central Dishonbi on Saturday.\n", "Dushanbe"),
        ("Protesters gathered in central Ishqabad on Saturday.\n", "Ashgabat"),
    ],
)
def test_copy_naming_no_country_knows_a_city_by_its_consonants(text: str, name: str) -> None:
    # the vowels MT guessed apart, the name has the capital's consonants in order
    [(_found, kind, _country, found)] = _garbles(text)
    assert (kind, found) == ("transliteration", name)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Marsa Matrouh, Egypt, said the road was closed.\n",
        "Officials in Tel Abyad, Syria, said the road was closed.\n",
        "Officials in Ain al-Arab, Syria, said the road was closed.\n",
        "Officials in Deir Ezzor, Syria, said the road was closed.\n",
        "Officials in Sheikh Zuweid, Egypt, said the road was closed.\n",
        "Officials in Jahra, Kuwait, said the road was closed.\n",
    ],
)
def test_a_spelling_under_another_romanisation_convention_stays_quiet(text: str) -> None:
    # French ou, a diphthong ai for ay, a shadda written once, an article fused to its word;
    # "Sheikh" is شيخ romanised, not translated; "Jahra" is Al Jahra' without its article
    assert _garbles(text) == []


def test_romanisation_conventions_are_made_one() -> None:
    assert garbles.romanisation_key("Marsa Matrouh") == garbles.romanisation_key("Marsa Matruh")
    assert garbles.romanisation_key("Tall Abyad", shadda=True) == "tal abyad"
    # a consonant doubled where the place's name writes it once is no convention
    assert garbles.romanisation_key("Ghadamess") != garbles.romanisation_key(
        "Ghadames", shadda=True
    )


def test_a_word_is_read_to_its_feminine_nisba() -> None:
    # محمود "praised" -> المحمودية, Al Mahmudiyah: place names are often a word's nisba
    forms = dict(garbles.taa_marbuta_forms("المحمود"))
    assert forms["المحموديه"] == garbles.SCORE_ARABIC_NISBA
    assert "الياباني" + "يه" not in dict(garbles.taa_marbuta_forms("الياباني"))  # ends in ya
    text = "Talks were held in the Praised, south of Baghdad, on Tuesday, police said.\n"
    assert [(kind, name) for _t, kind, _c, name in _garbles(text)] == [("literal", "Al Mahmudiyah")]
