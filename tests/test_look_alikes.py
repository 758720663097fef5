"""Look-alikes of the region's towns (issue 13): sound, size, geography and syntax together."""

from __future__ import annotations

import pytest

from tests.place_support import document_of, garbles_in
from tqcheck.gazetteer import garbles, look_alikes

pytestmark = pytest.mark.usefixtures("look_alike_towns")  # what the method finds by itself


def test_an_english_word_after_in_that_sounds_like_a_large_city_is_a_look_alike() -> None:
    # "in Chairs" is no English idiom; Shiraz has the consonants and over 100,000 people.
    expected = [("Chairs", "look-alike", "IR", "Shiraz")]
    assert garbles_in("Iranian media said clashes broke out in Chairs overnight.\n") == expected
    assert garbles_in("Iranian media said protesters marched from Chairs to Tehran.\n") == expected
    # Outside a slot only "the X" standing alone, not "the X hospital".
    assert garbles_in("Iranian media said fires burned around the Chairs overnight.\n") == expected
    assert garbles_in("Iranian media said the Chairs hospital was full.\n") == []


def test_a_sentence_start_another_country_or_a_brand_stays_quiet() -> None:
    assert garbles_in("Chairs were thrown in the hall, Iranian media said.\n") == []
    # Shiraz is in Iran: a story about Morocco gives the word no town to sound like.
    assert garbles_in("Moroccan media said clashes broke out in Chairs overnight.\n") == []
    assert garbles_in("Turkish retailers said the Samsung phone sold well.\n") == []


def test_a_given_name_only_after_a_locative_preposition() -> None:
    # "a letter from Sophie": a person; "in" + name is where a place is expected.
    assert garbles_in("A Moroccan official read a letter from Sophie in Rabat.\n") == []
    assert garbles_in("Iranian media said a letter from Charlie arrived.\n") == []


def test_a_title_or_a_web_address_is_no_town() -> None:
    assert garbles_in("Egyptian police arrested a man near the Sheikh.\n") == []
    assert garbles_in("Turkish media quoted Dialog.ua on the drones.\n") == []
    # "the Village of the Sheikh" is read whole (a2279e3): كفر الشيخ, not the title "Sheikh"
    found = garbles_in("Egyptian police arrested a man in the Village of the Sheikh.\n")
    assert [(text, kind) for text, kind, *_ in found] == [("Village of the Sheikh", "literal")]


def test_a_town_of_twenty_thousand_outranks_a_hamlet_of_the_same_sound() -> None:
    best = look_alikes.town_matches("Chairs", {"IR"})[0]
    assert best.town.name == "Shiraz" and best.exact and best.town.population >= 100_000
    # Two consonant classes need a close spelling or a large city ("Troy" is no Tire).
    document = "Archaeologists dug at the site of Troy, near Canakkale in Turkey.\n"
    assert garbles_in(document) == []


def test_inflected_words_are_looked_up_by_their_base_form() -> None:
    assert "tent" in garbles.base_forms("tents")
    assert "city" in garbles.base_forms("cities")
    assert "illuminate" in garbles.base_forms("illuminated")
    assert "grind" in garbles.base_forms("grinding")
    assert garbles.base_forms("the illuminated") == ["the illuminate", "the illuminat"]
    assert garbles.base_forms("moss") == []


def test_a_possessive_is_read_as_the_arabic_construct_state() -> None:
    # "Solomon's Mosque" is مسجد سليمان (Masjed Soleyman): the words are tried in every order.
    found = garbles_in("Oil output rose near Solomon's Mosque, in Iran's Khuzestan province.\n")
    assert [(text, kind, country) for text, kind, country, _ in found] == [
        ("Solomon's Mosque", "literal", "IR")
    ]


def test_a_nationality_or_a_city_s_own_name_gives_the_article_its_country() -> None:
    # No country word the article geography knows: "Eritrean" is made from Eritrea's name.
    assert garbles.derived_country("Eritrean") == "ER"
    assert garbles.derived_country("Somaliland") == "SO"
    assert garbles.derived_country("Chadwick") is None
    text = "Eritrean exiles said troops rounded up young men in the city of Smart.\n"
    assert garbles_in(text) == [("Smart", "look-alike", "ER", "Asmara")]
    # Islamabad is also an old name of Chattogram, a larger city: its own name still counts.
    assert garbles.loose_geography(document_of("Police near Islamabad said.\n"), 0) == {"PK"}


def test_a_name_the_copy_locates_in_the_article_is_no_town_abroad() -> None:
    # "X, the capital of ... province" puts X among the article's places: a town of that name
    # abroad is not meant. Without such an apposition the flag stays off.
    located = garbles.candidates(document_of("Troops entered Xyzabad, the capital of Gash.\n"))
    assert [c.located for c in located if c.text == "Xyzabad"] == [True]
    free = garbles.candidates(document_of("Troops entered Xyzabad on Friday.\n"))
    assert [c.located for c in free if c.text == "Xyzabad"] == [False]


def test_two_x_is_read_as_the_arabic_dual_of_x() -> None:
    # قصر "palace" -> القصرين, Kasserine ("the two palaces"); a taa marbuta is written as t.
    assert "قصرين" in [form for form, _ in garbles.duals([("قصر", ())])]
    assert "قلعتين" in [form for form, _ in garbles.duals([("قلعة", ())])]
    found = garbles_in("Protesters gathered in the town of Two Palaces, in western Tunisia.\n")
    assert found == [("Two Palaces", "literal", "TN", "Kasserine")]


def test_english_at_after_a_known_name_is_no_arabic_article() -> None:
    # "Syria at X": the English preposition; "Ras an Naqb" keeps its Arabic article.
    found = garbles.candidates(document_of("Fighters crossed from Syria at Xyzabad on Friday.\n"))
    assert [(c.text, c.slot) for c in found if "Xyzabad" in c.text] == [("Xyzabad", "weak")]
    found = garbles.candidates(document_of("Troops reached Ras an Naqb on Friday.\n"))
    assert "Ras an Naqb" in [c.text for c in found]


def test_an_english_word_heading_a_longer_name_is_no_look_alike() -> None:
    # "residents of X" is a place slot, but "the State of Israel" is a name whose head is "State";
    # the same slot with a look-alike standing alone is still read.
    census = (
        "The census counts the permanent residents of the State of Israel and foreign workers.\n"
    )
    assert garbles_in(census) == []
    assert garbles_in("Iranian media said residents of Chairs fled the fighting.\n") == [
        ("Chairs", "look-alike", "IR", "Shiraz")
    ]


def test_copy_naming_no_country_is_not_read_against_the_whole_region() -> None:
    # A village's own name in copy that names no country ("Rashida") is not a respelling of a
    # large city somewhere in the region (Rosetta, Egypt, is رشيد).
    text = "Police searched homes in the village of Rashida overnight and arrested two men.\n"
    assert garbles_in(text) == []


def test_an_english_word_is_also_read_aloud_by_english_spelling_rules() -> None:
    # Greek "ch" is k, a soft c is s, r before a consonant is silent (British English); a
    # doubled consonant is one sound, and a silenced letter counts only where three classes stay.
    assert "KRMN" in look_alikes.english_skeletons("Chairman")
    assert "SNTR" in look_alikes.english_skeletons("Center")
    assert "KTN" in look_alikes.english_skeletons("Cartoon")
    assert "KTN" not in look_alikes.english_skeletons("Cartoon", silent=False)
    assert "BJK" not in look_alikes.english_skeletons("Beggar")
    assert "LD" not in look_alikes.english_skeletons("Louder")


def test_a_word_that_lost_one_of_the_town_s_consonants_is_one_class_off() -> None:
    best = look_alikes.town_matches("Sax", {"TN"})[0]
    assert (best.town.name, best.exact) == ("Sfax", False)


def test_outside_a_place_slot_a_sound_rule_needs_the_town_s_own_name() -> None:
    # Bursa's French exonym Brousse is no evidence for "Bruce" after "in" (a weak slot).
    candidate = garbles.Candidate(0, 5, "Bruce", "weak", None, False, locative=True)
    assert look_alikes.look_alike(candidate, {"TR"}) is None


def test_a_word_rarer_than_the_common_list_counts_in_a_place_slot_when_spelled_close() -> None:
    # "Bursaria" (a shrub) is under Zipf 3.0 (no word of wordfreq's small list): in a strong
    # slot it may stand for Bursa when only its ending differs and the spelling is close.
    found = garbles_in("Students marched in the city of Bursaria, in Turkey, on Sunday.\n")
    assert found == [("Bursaria", "look-alike", "TR", "Bursa")]


def test_in_a_place_slot_the_word_is_spelled_as_read_aloud() -> None:
    # "Chef" read aloud is "kef": El Kef's own name, though its letters are far from it.
    assert "kef" in look_alikes.english_readings("Chef")
    best = look_alikes.town_matches("Chef", {"TN"})[0]
    assert best.town.name == "El Kef" and best.exact and best.similarity >= 0.80


def test_another_name_of_a_town_counts_less_than_a_respelling_of_its_own() -> None:
    # Diyarbakir's ancient name Amida is another name; Shahrud's "Sharwd" a respelling.
    assert look_alikes._another_name("Diyarbakır", "Amida")
    assert not look_alikes._another_name("Shahrud", "sharwd")


def test_a_class_dropped_from_the_word_leaves_three() -> None:
    # "Tariff" (TRF) is no Taif (TF): a word that loses a consonant keeps three classes.
    matches = look_alikes.town_matches("Tariff", {"SA"})
    assert matches and all(m.exact for m in matches)


def test_after_in_or_near_a_smaller_town_needs_a_closer_spelling() -> None:
    # Milas has 43,000 people: "near Miles" (spelled within 0.90) may mean it; "from Miles"
    # (no locative preposition) still asks for a city of 100,000 or more.
    near = garbles.Candidate(0, 5, "Miles", "weak", None, False, locative=True)
    found = look_alikes.look_alike(near, {"TR"})
    assert found is not None and found.name == "Milas"
    after_from = garbles.Candidate(0, 5, "Miles", "weak", None, False, locative=False)
    assert look_alikes.look_alike(after_from, {"TR"}) is None


def test_the_t_of_stle_and_sten_is_silent() -> None:
    # "castle", "listen": the t is not read; "Mistle" in a place slot is M'Sila (MSL).
    assert "kasle" in look_alikes.english_readings("Castle")
    assert "lisen" in look_alikes.english_readings("Listen")
    assert "stone" in look_alikes.english_readings("Stone")  # no -stle, no -sten
    text = "Algerian media said floods hit the town of Mistle, south-east of Algiers.\n"
    found = garbles_in(text)
    assert found == [("Mistle", "look-alike", "DZ", "M'Sila")]


def test_in_a_strong_slot_a_word_may_end_in_a_class_a_city_lacks() -> None:
    # "Sales" (SLS) for Salé (SL, over 100,000 people), in a place slot only.
    found = garbles_in("Moroccan police said the city of Sales, near Rabat, was calm.\n")
    assert found == [("Sales", "look-alike", "MA", "Sale")]
    assert garbles_in("Moroccan police said sales in Rabat were calm.\n") == []
    # Never over a town with the word's own consonants ("Singer": Sinjar, not Sinah).
    best = look_alikes.town_matches("Singer", {"IQ"}, last=True)[0]
    assert best.town.name == "Sinjār" and best.exact
    # Without the flag (outside a strong slot) no such reading.
    assert all(m.town.name != "Salé" for m in look_alikes.town_matches("Sales", {"MA"}))


def test_an_english_hard_c_is_k_never_the_j_of_a_romanised_name() -> None:
    # "Music", "Cabin": English reads c before a, o, u, a consonant or at the end as k, not as
    # the Turkish or Azerbaijani c of "Cizre"; a soft c is still read s ("Cinder").
    for word in ("Music", "Cabin", "Picnic"):
        assert not any("J" in key for key in look_alikes.english_skeletons(word))
    assert "SNDR" in look_alikes.english_skeletons("Cinder")
