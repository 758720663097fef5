"""Look-alikes read as an English reader says them, and as names (issue 13): a silent l, a
non-rhotic r dropped in one place and kept in another, a word opening a sentence that says a
city aloud, a rare word or surname after "in" with a town's frame, and a rare word in a place
slot with a town's exact consonants."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in
from tqcheck.gazetteer import look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_an_l_before_a_final_m_or_k_is_silent() -> None:
    # "calm", "walk", "folk": the l of -alm, -alk, -olk, -olm is not said.
    assert "pams" in look_alikes.english_readings("Palms")
    assert "wak" in look_alikes.english_readings("Walk")
    assert "HaMS" in look_alikes._word_frames("Holmes")
    # Nowhere else: "Kilburn", "Salman" keep their l.
    assert all("l" in reading for reading in look_alikes.english_readings("Salman"))


def test_a_non_rhotic_r_may_drop_before_a_consonant_and_stay_at_the_end() -> None:
    readings = look_alikes.english_readings("Corker")
    assert "koker" in readings  # the r before k not said (a hard c is k)
    assert "korke" in readings  # the final r not said, the first kept
    assert "KRK" in look_alikes.english_skeletons("Corker")


def test_a_rare_word_in_a_place_slot_with_a_towns_exact_consonants() -> None:
    # "Corker" said without its final r has Kirkuk's consonants.
    found = garbles_in("Iraqi officials said the city of Corker was calm on Monday.\n")
    assert found == [("Corker", "look-alike", "IQ", "Kirkuk")]
    # A word outside wordfreq's list (a surname) with a town's exact skeleton of three classes,
    # spelled less close than a transliteration would be: Ksar Hellal, KSRL.
    found = garbles_in(
        "Workers at a textile mill in the town of Casserly, in eastern Tunisia, went on strike.\n"
    )
    assert [(text, name) for text, _, _, name in found] == [("Casserly", "Ksar Hellal")]
    # The same word after "from": a person's name, no place.
    assert garbles_in("Tunisian unions said a letter from Casserly reached the ministry.\n") == []


def test_after_in_a_rare_word_with_a_towns_frame_is_its_look_alike() -> None:
    # Douz, a Tunisian town of some 30,000, has the frame of "Dooze" (two classes).
    found = garbles_in("The Tunisian army said smugglers were arrested in Dooze on Friday.\n")
    assert [(text, name) for text, _, _, name in found] == [("Dooze", "Douz")]
    # Another vowel, another frame: quiet.
    assert garbles_in("The Tunisian army said smugglers were arrested in Douzy on Friday.\n") == []
    # Opening a sentence as the subject of "said": a person.
    assert garbles_in("Dooze said the Tunisian army had arrested smugglers on Friday.\n") == []


def test_a_given_name_opening_a_sentence_may_say_a_city_aloud() -> None:
    # Banha (Egypt, 100,000+) said aloud, the subject of its clause, in copy about Egypt.
    found = garbles_in("Benny was cut off by floods on Sunday, Egyptian officials said.\n")
    assert found == [("Benny", "look-alike", "EG", "Banha")]
    # A person the copy names in full elsewhere ("Benny Gantz"), a copy that names the city
    # itself, or a noun modifying another ("Sharia law") is no place.
    assert (
        garbles_in("Benny Gantz visited Cairo on Monday. Benny was met by Egyptian officials.\n")
        == []
    )
    assert garbles_in("Benny was cut off by floods on Sunday, officials in Banha said.\n") == []
    assert garbles_in("Sharia law is applied strictly in Sari, Iranian officials said.\n") == []
    # An opener with a city's consonants but not its frame (vowels in place): quiet.
    assert garbles_in("Corker was shelled overnight, Iraqi officials said.\n") == []


def test_after_in_a_rare_name_that_owns_the_next_noun_is_a_person() -> None:
    assert garbles_in("Police found the weapon in Dooze's car, Tunisian officials said.\n") == []
