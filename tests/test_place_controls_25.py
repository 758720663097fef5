"""Correctly named places of the region (issue 13, seventh session, 13Ctl25): a sweep of
GeoNames' towns of 15,000 or more in three wire-copy frames found English copy's way of
writing a name without its Arabic article read as a garble. A name GeoNames records only with
the article before it ("Hodeidah": El-Hodeidah) is that town's, for TQ301 ("Hodeidah, Yemen"
is no respelling of the hamlet Hadadah; "Port of Hodeidah" names its port) and for TQ306; a
town's own name but for the article ("Bayadh", El Bayadh) is wire copy's spelling of it, in
copy naming its country or none. MT's respellings, and other recorded names of a place written
without the article, are still read."""

from __future__ import annotations

import pytest

from tests.place_support import place_findings
from tqcheck.gazetteer.garble.base import recorded_with_article

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    "text",
    [
        # a well-known town GeoNames records only with its article
        "Fishermen in Hodeidah, Yemen, said fuel had run out for a month.",
        "Cranes at the Port of Hodeidah, on the Red Sea, stood idle on Tuesday.",
        "Aid workers in Port of Hodeidah, near the coast road, said food was short.",
        # a town's own name without its article, in copy naming its country or none
        "Teachers in Bayadh, Algeria, walked out over unpaid wages.",
        "Traders from Bayadh said the market had been closed since Friday.",
        "Commuters in Mourouj, Tunisia, waited hours for buses after the strike.",
        "Doctors in Khroub, Algeria, said the clinic had no insulin.",
    ],
)
def test_a_real_place_written_without_its_article_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a respelling no recorded name has, of a town recorded with its article
        ("Clashes broke out in Hudaidha, Yemen, on Monday.", "Hudaidha"),
        ("Fighters crossed into Hudaidha overnight, the coalition said.", "Hudaidha"),
        # transliteration garbles of towns with no article
        ("Protesters gathered in Kermanshaw, in western Iran, on Friday.", "Kermanshaw"),
        ("Refugees reached Gazianteb, in southern Turkey, on Sunday.", "Gazianteb"),
    ],
)
def test_garbles_are_still_read(text: str, span: str) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))


def test_recorded_with_article() -> None:
    assert any(place.country == "YE" for place in recorded_with_article("Hodeidah"))
    assert recorded_with_article("Aden") == []  # recorded as written
    assert recorded_with_article("Al Hodeidah") == []  # an article of its own
    assert recorded_with_article("hodeidah") == []  # no capitalised name
