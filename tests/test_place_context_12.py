"""Article geography, fifth session (issue 13): a country named only by its armed forces lets
the places they act on lie across its land borders, where the copy names no border (a
look-alike is still read only where the copy is set); a correctly spelled place of the region
places copy that names no country whatever its diacritics ("the Aurès mountains"); a placed
name that only the region's towns of 10,000+ of one country have places the copy there,
though a larger namesake lies outside the region ("the road to Faizabad")."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles
from tqcheck.gazetteer.context import geography_at, geography_of

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def _countries_at(text: str, word: str) -> set[str]:
    """The countries the candidate ``word`` of ``text`` is read against."""
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    candidate = next(c for c in garbles.candidates(document) if c.text == word)
    countries, _named = garbles.candidate_countries(
        document, candidate, geography_at(document, candidate.start)
    )
    return countries


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("Israeli tanks rolled into Xyzabad before dawn.", {"IL"}),
        ("Turkish warplanes bombed Xyzabad overnight.", {"TR"}),
        # named otherwise too: the country is the setting, not only an actor
        ("Turkish drones struck Xyzabad, Turkish officials said.", set()),
        # a ship is at home ("home" in actor_nouns.txt): no force of its own
        ("An Egyptian navy ship docked at Xyzabad.", set()),
        # a country only partly in the region (Russia) acts abroad: no setting at all
        ("Russian bombers struck Xyzabad overnight.", set()),
    ],
)
def test_a_country_named_only_by_its_forces(text: str, forces: set[str]) -> None:
    assert geography_of(text).forces == forces


def test_forces_read_their_land_neighbours_too() -> None:
    countries = _countries_at("Turkish drones struck a clinic in Xyzabad overnight.", "Xyzabad")
    assert {"TR", "SY", "IQ", "IR"} <= countries
    countries = _countries_at("Jordanian jets bombed a depot near Xyzabad.", "Xyzabad")
    assert {"JO", "SY", "IQ", "SA"} <= countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the copy names the border: the place lies on the forces' side of it
        ("Algerian soldiers killed a smuggler near Xyzabad, close to the Malian border.", {"DZ"}),
        # the copy names a province of the forces' country: the setting is there
        ("Afghan forces retook Xyzabad, in Kandahar province, on Sunday.", {"AF"}),
        # named as a setting as well as by its forces
        ("Turkish jets struck Xyzabad, the Turkish defence ministry said.", {"TR"}),
    ],
)
def test_forces_read_no_neighbour_where_the_copy_places_them(
    text: str, countries: set[str]
) -> None:
    assert _countries_at(text, "Xyzabad") == countries


def test_a_look_alike_across_the_border_of_forces_is_no_reading() -> None:
    # a Gazan village GeoNames spells otherwise: no look-alike of Giza, across the border of
    # a country named only by its forces
    assert place_findings("Israeli tanks pushed into Khuzaa on Monday, residents said.\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # real places across the border of a country named by its forces stay quiet
        "Turkish drones struck a bakery in Amuda overnight.",
        "Israeli jets struck a house in Bint Jbeil overnight.",
        "Pakistani jets struck Khost and Paktika overnight.",
        # a person after the forces' country
        "Israeli troops detained Marwan Barghouti's lawyer near Xyzabad.",
    ],
)
def test_real_places_and_people_after_forces_stay_quiet(text: str) -> None:
    assert not [span for _rule, span in place_findings(text + "\n") if span != "Xyzabad"]


def _loose(text: str) -> frozenset[str]:
    text += "\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    return garbles.loose_geography(document, 0)


def test_a_place_spelled_with_its_diacritics_places_the_copy() -> None:
    assert "DZ" in _loose("Shepherds around Xyzabad, in the Aurès mountains, lost sheep.")
    assert "DZ" in _loose("Shepherds around Xyzabad, in the Aures mountains, lost sheep.")
    assert "TR" in geography_of("Bread prices doubled in Şanlıurfa last month.").inside()


def test_a_placed_name_only_the_regions_towns_have() -> None:
    # Faizabad: a city of India (153,000) and a town of Afghanistan (44,000)
    assert _loose("Floods cut Xyzabad off, and the road to Faizabad was closed.") == {"AF"}
    # not outside a place slot, and never an English word
    assert not _loose("Xyzabad said Faizabad was closed.")
    assert not _loose("Xyzabad cut the road to Paradise.")


@pytest.mark.parametrize(
    ("text", "border"),
    [
        ("Shops near Xyzabad reopened to trade with Iraq on Sunday.", "IQ"),
        ("Herders around Xyzabad welcomed the truce with Armenia.", "AM"),
        ("Lorries queued at the crossing with Syria outside Xyzabad.", "SY"),
        ("Families who fled Xyzabad to Jordan described the shelling.", "JO"),
        ("Villagers fleeing the fighting into Turkey left Xyzabad empty.", "TR"),
    ],
)
def test_the_other_side_of_trade_or_a_truce_is_across_a_border(text: str, border: str) -> None:
    geography = geography_of(text)
    assert geography.borders == {border}
    assert len(geography.inside()) > 1  # its neighbours, where the copy names no other country


def test_the_country_refugees_fled_to_still_counts() -> None:
    # read as a border, the country stays among those read (with its neighbours) where the
    # copy names no other: real places of it stay quiet
    text = "Families who fled into Chad are sheltering in Adre and Farchana.\n"
    assert place_findings(text) == []
    assert "TD" in geography_of(text).inside()
    assert place_findings("Sudanese who fled into Chad are sheltering in Adre.\n") == []


def test_a_country_named_otherwise_is_still_the_setting() -> None:
    # "with" that names no counterpart, and a country named again as the setting
    assert geography_of("Xyzabad was flooded along with much of Iraq.").borders == frozenset()
    geography = geography_of("Iraq's trade with Iran grew, officials in Xyzabad, Iraq, said.")
    assert geography.inside() == {"IQ"}


def test_a_word_the_name_keeps_places_it() -> None:
    # "Mushait" and "Khurmatu" are words of one country's town names only, and no English
    assert garbles.kept_word_countries("Market Mushait") == {"SA"}
    assert garbles.kept_word_countries("Salt Khurmatu") == {"IQ"}
    # a word English text writes is no evidence, and one word alone is the reading's own
    assert not garbles.kept_word_countries("Father of the Gazelle")
    assert not garbles.kept_word_countries("Mushait")
    # no word translated: a place's own name (Tirat Carmel, Israel), not a literal garble
    assert not garbles.kept_word_countries("Tirat Hacarmel")
    text = "Schools closed in Thursday Mushait after the heavy rain.\n"
    assert place_findings(text) == [("TQ301", "Thursday Mushait")]


@pytest.mark.parametrize(
    "text",
    [
        "Mohammed Mushait said the company would open a new office next year.",
        "Police arrested Ahmed Khurmatu after the match.",
        "A drone fired towards Khamis Mushait was intercepted, the coalition said.",
        "Lorries were stuck at Spin Boldak after the crossing shut.",
        # not placed by a preposition: the name is read only against the well-known cities
        "Shelling hit Market Mushait overnight, residents said.",
    ],
)
def test_people_and_real_places_with_a_kept_word_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iranian patrol boats stopped a freighter in the Strait of Hormuz on Friday.",
        "Turkish troops dug in along the Euphrates near Jarablus, officials said.",
    ],
)
def test_a_feature_of_the_region_is_a_real_name(text: str) -> None:
    # a strait or river of region_features.tsv is no literal garble of a town ("strait"
    # translated, "Hormuz" kept: Ramhormoz)
    assert place_findings(text + "\n") == []
    assert garbles.is_real_place("Strait of Hormuz", {"IR"})
