"""Look-alikes by their frame (issue 13): a short name is heard by its consonants and where its
vowels stand, and English spelling is read aloud before the frame is taken."""

from __future__ import annotations

import pytest

from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles, look_alikes

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _garbles(text: str) -> list[tuple[str, str, str, str]]:
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return [(g.text, g.kind, g.country, g.name) for g in garbles.find_garbles(document)]


def _candidate(word: str, slot: str, locative: bool = False) -> garbles.Candidate:
    return garbles.Candidate(0, len(word), word, slot, None, False, locative=locative)


def test_a_frame_keeps_the_vowels_between_the_consonants() -> None:
    # One vowel for a run of vowel letters, y among them; voiced and voiceless partners alike.
    assert look_alikes.sound_frames("fees") == look_alikes.sound_frames("fez") == {"FaS"}
    assert look_alikes.sound_frames("anna") == {"aNa"}
    assert look_alikes.sound_frames("nana") == {"NaNa"}
    # An h is said before a vowel at the start or after a vowel; not in "kh" nor a final "ah".
    assert look_alikes.sound_frames("kohat") == {"KaHaT"}
    assert look_alikes.sound_frames("khuy") == {"Ka"}
    assert look_alikes.sound_frames("anah") == {"aNa"}
    # English w is a glide, not the v of a romanisation.
    assert look_alikes.sound_frames("wan") != look_alikes.sound_frames("van")


def test_an_english_word_is_read_aloud_before_its_frame_is_taken() -> None:
    # A final e is silent ("Case" is one syllable: not the frame of Gaza), as is the e of -es
    # after a consonant that is no sibilant; a British reader does not say a final r.
    assert look_alikes._word_frames("Case") == {"KaS"}
    assert "HaMS" in look_alikes._word_frames("Homes")
    assert "TaBa" in look_alikes._word_frames("Tabber")
    # A reading that silences a consonant inside the word counts only in a strong slot.
    assert "KaHaT" in look_alikes._word_frames("Cohort")
    assert "KaHaT" not in look_alikes._word_frames("Cohort", silent=False)


def test_after_in_a_word_with_a_city_s_frame_is_a_look_alike_of_it() -> None:
    # Fez (Fès) has over 100,000 people and two classes: "Fees" has its frame.
    found = look_alikes.look_alike(_candidate("Fees", "weak", locative=True), {"MA"})
    assert found is not None and found.name == "Fez"
    assert garbles.may_look_alike(_candidate("Fees", "weak", locative=True))
    # Without "in", "near" a name of one or two classes is not read by its frame.
    assert look_alikes.look_alike(_candidate("Fees", "weak"), {"MA"}) is None


def test_in_a_place_slot_a_short_name_is_read_by_its_frame() -> None:
    found = _garbles("Iranian media said the city of Sorry, in Mazandaran province, was flooded.\n")
    assert found == [("Sorry", "look-alike", "IR", "Sari")]
    # The same word after "from" (no place slot, no locative) stays quiet.
    assert _garbles("Iranian media said a letter from Sorry arrived on Monday.\n") == []


def test_a_rarer_word_has_the_frame_of_a_large_city_only() -> None:
    # "Feez" is no word of wordfreq's list: it may respell any name, so its frame counts for a
    # city of 100,000 or more (Fez), as the frame of an everyday word does for a smaller town.
    found = look_alikes.look_alike(_candidate("Feez", "weak", locative=True), {"MA"})
    assert found is not None and found.name == "Fez"
    match = next(m for m in look_alikes.town_matches("Feez", {"MA"}) if m.town.name == "Fes")
    assert match.frame and match.town.population >= 100_000


def test_a_last_nasal_or_l_may_stand_for_its_neighbour() -> None:
    # m/n and n/l as the last consonant of a word.
    assert "aFRaN" in look_alikes._sonorant_swaps(frozenset({"aFRaM"}))
    assert "MaSaL" in look_alikes._sonorant_swaps(frozenset({"MaSaN"}))
    assert look_alikes._sonorant_swaps(frozenset({"BaLaT"})) == frozenset()  # not inside
    # In a place slot a word with a town's frame but for that sound is read as the town.
    found = look_alikes.look_alike(_candidate("Urban", "strong"), {"IQ"})
    assert found is not None and found.name == "Erbil"


def test_a_frame_is_stronger_evidence_than_the_consonants_alone() -> None:
    # The score decides against another reading by sound (``garbles.town_wins``).
    framed = look_alikes.look_alike(_candidate("Fees", "weak", locative=True), {"MA"})
    consonants = look_alikes.look_alike(_candidate("Chairs", "weak", locative=True), {"IR"})
    assert framed is not None and consonants is not None
    assert framed.score > consonants.score
    assert "has the sounds of" in framed.evidence
