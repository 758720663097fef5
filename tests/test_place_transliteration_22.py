"""Spellings that only match a place's recorded name by accident (issue 13, seventh session,
13Tr22).

A respelling was kept quiet as the place's own name wherever GeoNames' index found a name of the
place with its letters (``garble.base.recorded_places``), though that name is none English writes:

* another language's spelling read in English letters: ``fold`` spells out Turkish and
  Azerbaijani ş, ç, ğ, ə as sh, ch, gh, a, so "Dashkand" was the Azerbaijani Daşkənd of
  Tashkent and "Mahachqala" the Azerbaijani Mahaçqala of Makhachkala. Outside Azerbaijan and
  Turkmenistan (whose own letters English spells out so) such a match makes no name of the place
  where the spelling has other consonant sounds than its own and English names
  (``letters_spelled_out``); one that only writes the vowels otherwise stays a name;
* a recorded one-word spelling split into two words ("Haidar Abad" for Haidarabad, Hyderabad;
  "Toshk And" for Toshkand), as the place's own name split otherwise already was ("Shahri Sabz"):
  no spelling of the place breaks it so. A name of the place standing as one of the words
  ("Kahraman Maras": Maras) still counts.

The readings by sound then find the place (TQ301). Real names and English spellings stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Police in Dashkand, Uzbekistan's capital, said two men had been detained.",
            "Dashkand",
            "Tashkent",
        ),
        (
            "Police in Mahachqala, in Dagestan, Russia, said two men had been detained.",
            "Mahachqala",
            "Makhachkala",
        ),
    ],
)
def test_another_languages_letters_spelled_out_are_no_name_of_the_place(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Police in Haidar Abad, in southern Pakistan, said two men had been detained.",
            "Haidar Abad",
            "Hyderabad",
        ),
        (
            "Traders in Chim Kent, in southern Kazakhstan, said prices had risen.",
            "Chim Kent",
            "Shymkent",
        ),
    ],
)
def test_a_recorded_spelling_split_otherwise_is_no_name_of_the_place(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    "text",
    [
        # English spellings and a place's own name with its marks dropped
        "Police in Tashkent, Uzbekistan's capital, said two men had been detained.",
        "Police in Tursunzade, in western Tajikistan, said two men had been detained.",
        "Police in Eskisehir, Turkey, said two men had been detained.",
        "Police in Mazar-e Sharif, Afghanistan, said two men had been detained.",
        "Police in Kara Balta, Kyrgyzstan, said two men had been detained.",
        # Azerbaijani letters spelled out for a town of Azerbaijan: how English writes them
        "Police in Shaki, Azerbaijan, said two men had been detained.",
        # a word of the name is a name of the place on its own (Maras)
        "Police in Kahraman Maras, Turkey, said two men had been detained.",
        # al-Sham in a group's name
        "Hayat Tahrir al-Sham fighters took control of the town, the Syrian Observatory said.",
    ],
)
def test_real_names_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []
