"""False flags on professional wire copy, what three probes left (issue 13): shapes of correct
copy the place readers took for garbles, each beside a garble of the same shape that must still
be flagged. A village's name English text writes rarely, read by spelling as that village or
another small place, is the copy's spelling of it ("Fordow", Fordū); a name English text writes
read by spelling as a town of a country the copy does not set it in is the copy's own country's
name ("Barakah" in Emirati copy, not Barka', Oman); a people in the plural is no place ("Amed
to Kurds"); a place's possessive is its own name ("the city of Turkey's southeast"); TQ303 and
TQ304 leave an old name English keeps as a word before a common noun ("Angora goats", "Smyrna
figs") and a name the apposition after it gives another name ("Shushi, which Azerbaijanis call
Shusha"): the acceptance's "two accepted names of one place used on purpose"."""

from __future__ import annotations

import pytest

from tests.place_support import candidate_in, garbles_in, rule_spans
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.house_style import named_on_purpose, used_as_a_word

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a village's name English text writes (below words.NAME_ZIPF), read as a hamlet
        "Inspectors reached Fordow, south of Tehran, on Tuesday.",
        "The IAEA said centrifuges at Fordow were running again.",
        # a name English text writes, read as a town across the border (Barka', Oman)
        "Emirati officials said the second reactor at Barakah would be inspected next month.",
        # a people in the plural
        "Diyarbakir, Amed to Kurds, is the biggest city of the southeast.",
        "The dispute divided Turks in the town, the mayor of Kars said.",
    ],
)
def test_professional_names_are_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # MT's respellings of villages nobody writes: still read
        (
            "Former residents of Kalbagar returned for the first time, Azerbaijani media said.",
            ("Kalbagar", "transliteration", "AZ"),
        ),
        (
            "Armenian shelling hit the resort town of Jirmuk, the Azerbaijani ministry said.",
            ("Jirmuk", "transliteration", "AM"),
        ),
    ],
)
def test_garbles_of_villages_are_still_flagged(text: str, expected: tuple[str, str, str]) -> None:
    assert [found[:3] for found in garbles_in(text + "\n")] == [expected]


def _garble(text: str, kind: str, country: str, geonameid: str) -> garbles.Garble:
    return garbles.Garble(0, len(text), text, kind, text, country, geonameid, 0.9, "")


def test_a_hamlet_english_writes_rarely() -> None:
    text = "Inspectors reached Fordow, south of Tehran, on Tuesday.\n"
    fordow = candidate_in(text, "Fordow")
    assert garbles.hamlet_english_writes(
        fordow, _garble("Fordu", "transliteration", "IR", "134833")
    )
    # a reading by sound is not a spelling of the village
    assert not garbles.hamlet_english_writes(fordow, _garble("Fordu", "look-alike", "IR", "134833"))
    # a town of 10,000 or more is left to the other readings (Qom)
    assert not garbles.hamlet_english_writes(
        fordow, _garble("Qom", "transliteration", "IR", "119208")
    )
    # a word English text writes more often is MT's look-alike stuff ("Naphthalene")
    word = candidate_in("Rescuers reached Naphthalene, in Azerbaijan.\n", "Naphthalene")
    assert not garbles.hamlet_english_writes(
        word, _garble("Fordu", "transliteration", "IR", "134833")
    )


def test_a_name_english_writes_read_abroad() -> None:
    text = "Emirati officials said the second reactor at Barakah would be inspected next month.\n"
    barakah = candidate_in(text, "Barakah")
    abroad = _garble("Barka'", "transliteration", "OM", "288789")
    assert garbles.written_name_abroad(barakah, abroad, {"AE"})
    assert not garbles.written_name_abroad(barakah, abroad, {"AE", "OM"})  # the copy's country
    # copy naming several countries has no one own country
    assert not garbles.written_name_abroad(barakah, abroad, {"AE", "SA"})
    # a town farther off than a neighbour's is no neighbour reading
    assert not garbles.written_name_abroad(barakah, abroad, {"EG"})
    # a respelling nobody writes is still MT's
    garbled = candidate_in("Emirati officials said trucks left Barkaa at dawn.\n", "Barkaa")
    assert not garbles.written_name_abroad(garbled, abroad, {"AE"})


def test_a_people_in_the_plural() -> None:
    assert garbles.people_in_plural("Kurds")
    assert garbles.people_in_plural("Turks")
    assert not garbles.people_in_plural("Kurdish")  # an adjective, not a people's noun
    assert not garbles.people_in_plural("Cuba")  # a country's name: MT's look-alike of Quba
    assert not garbles.people_in_plural("Samoa")


def test_a_possessive_is_the_place_s_own_name() -> None:
    text = "Police in Diyarbakir, the biggest city of Turkey's southeast, detained six people."
    assert rule_spans("TQ301", text) == []
    assert rule_spans("TQ301", "Flooding hit the villages of Iraq's north on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gyumri, called Leninakan in Soviet times, was flattened by the 1988 earthquake.",
        "Vanadzor, known as Kirovakan until 1993, lies north of Yerevan.",
        "Ganja, which was called Kirovabad under Soviet rule, is Azerbaijan's second city.",
        "Stepanakert, the city Azerbaijanis call Khankendi, emptied within a week in 2023.",
        "Lachin, known to Armenians as Berdzor, was handed back to Azerbaijan in 2022.",
        "Kalbajar, Karvachar in Armenian, was returned to Azerbaijani control in 2020.",
        "Erbil, Hawler in Kurdish, hosts the regional parliament.",
        "Qamishli, or Qamishlo as Kurds call it, lies on the Turkish border.",
        "Kobani, whose Arabic name is Ain al-Arab, was besieged by Islamic State in 2014.",
        "Afrin, called Efrin in Kurdish, came under Turkish-backed control in 2018.",
        "Ras al-Ain, which Kurds call Serekaniye, was taken by Turkish-backed forces in 2019.",
        "Istanbul, Constantinople until 1930, straddles the Bosphorus.",
        "Izmir, the ancient Smyrna, is Turkey's third city.",
        "Trabzon, once Trebizond, is a port on the Black Sea.",
        "Edirne, formerly Adrianople, lies near the Greek and Bulgarian borders.",
        "Iskenderun, known in Greek as Alexandretta, has a large steel plant.",
        "Kirk Douglas and his son visited Ankara in the 1980s.",
        "Kirkuk's governor met Kirk Patterson, a visiting American engineer, on Sunday.",
        "Tbilisi, long known to the world as Tiflis, is Georgia's capital.",
        "Astana, called Akmola and later Nur-Sultan, became Kazakhstan's capital in 1997.",
        "Turkmenbashi, formerly Krasnovodsk, is Turkmenistan's Caspian port.",
        "Shushi, which Azerbaijanis call Shusha, fell in November 2020.",
        "Kalbajar, also spelled Kelbajar, was returned in 2020.",
        "Diyarbakir, Amed to Kurds, is the largest city of Turkey's southeast.",
        "Anatolian sheep and Angora goats were shown at a fair in Ankara last week.",
        "Smyrna figs were sold at the market in Izmir on Monday.",
    ],
)
def test_two_names_of_one_place_used_on_purpose(text: str) -> None:
    for code in ("TQ301", "TQ303", "TQ304"):
        assert rule_spans(code, text) == [], code


def test_the_other_name_given_after_the_name() -> None:
    text = "Shushi, which Azerbaijanis call Shusha, fell in November 2020."
    assert named_on_purpose(text, 0, len("Shushi"))
    plain = "Shushi, in the mountains, fell in November 2020."
    assert not named_on_purpose(plain, 0, len("Shushi"))


def test_an_old_name_english_keeps_as_a_word() -> None:
    text = "Angora goats grazed the hills."
    assert used_as_a_word(text, 0, len("Angora"))
    placed = "Residents of Angora said the market in Ankara was closed."
    start = placed.index("Angora")
    assert not used_as_a_word(placed, start, start + len("Angora"))  # placed by "of"
    # a transliteration variant English text does not write is still a spelling to unify
    assert rule_spans("TQ303", "Troops entered Fizuli villages and residents of Fuzuli fled.") == [
        "Fizuli"
    ]
    assert rule_spans("TQ304", "Fizuli, in the south, was shelled; Fuzuli residents fled.") == [
        "Fuzuli"
    ]
