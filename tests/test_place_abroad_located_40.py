"""A place abroad that its own sentence puts in a country of the region (13Abr40, issue 13):
MT turns a region's town into a famous place abroad ("near Tokyo in northern Turkey" for
Tokat). Where the sentence puts the name in one country of the region that has no place of
that name, the readers read it as a town there (TQ301), or, where none is found and the
country is named right after it, TQ306 says what the sentence contradicts. Namesakes, places
put in their own country, lists, people and comparisons stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import document_of, garbles_in, place_findings, rule_spans
from tqcheck.gazetteer.garble.reading import places_put_here

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_world_city_put_in_a_region_country_is_read_as_its_town() -> None:
    text = "Four soldiers died when their truck overturned near Tokyo in eastern Turkey.\n"
    assert garbles_in(text) == [("Tokyo", "look-alike", "TR", "Tokat")]
    text = "Snow closed the roads around Tokyo in northern Turkey on Monday.\n"
    assert [(g[0], g[3]) for g in garbles_in(text)] == [("Tokyo", "Tokat")]


def test_a_curated_spelling_of_another_country_is_read_where_it_is_put() -> None:
    # "Angora" is an old spelling of Ankara; beside Ajloun it is 'Anjarah, and the house-style
    # advice (TQ303: Ankara) gives way to the reading.
    text = "Gunmen shot two men at a wedding in Angora, near Ajloun in northern Jordan.\n"
    assert [(g[0], g[2]) for g in garbles_in(text)] == [("Angora", "JO")]
    assert rule_spans("TQ303", text.strip()) == []


def test_a_place_abroad_no_reader_reads_is_reported_with_the_contradiction() -> None:
    for text in (
        "Oshkosh, Kyrgyzstan's second city, opened a new covered market on Friday.\n",
        "Delft, Algeria (AP) - Herders said the drought had killed thousands of sheep.\n",
        "Officials said Delft, in northern Algeria, had run out of water.\n",
    ):
        assert place_findings(text) == [("TQ306", text.split(",")[0].split()[-1])], text
    text = "Officials said Delft, in northern Algeria, had run out of water.\n"
    (put,) = places_put_here(document_of(text))
    assert (put.text, put.country, put.placed) == ("Delft", "NL", "DZ")
    (message,) = _messages(text)
    assert "(Netherlands)" in message and "puts it in Algeria" in message


def _messages(text: str) -> list[str]:
    from tqcheck.config import Config
    from tqcheck.runner import check_document

    findings = check_document(document_of(text), Config(select=("TQ306",), semantic=False))
    return [finding.message for finding in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish exporters met buyers in Tokyo, Japan, on Tuesday.",  # its own country
        "The family settled in Paris, Texas, where the father opened a shop.",  # abroad
        "Iraqi exiles in Hope, Arkansas, followed the vote closely.",
        "Officials in Tripoli, Lebanon, said the road would reopen.",  # a namesake there
        "After the talks in Vienna, Iran's negotiator said progress had been made.",  # who spoke
        "Delegations from Tokyo, Turkey and Qatar attended the conference.",  # a list
        "Sydney, a nurse in northern Syria, said medicine was short.",  # a person
        "Milan fans in Algiers celebrated late into the night.",  # a team
        "A Tokyo-style market opened in Ankara last week.",  # a comparison
        "The Tokyo-born engineer now works in a factory in northern Turkey.",
    ],
)
def test_places_abroad_put_where_they_are_stay_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ303", "TQ306")) == []
