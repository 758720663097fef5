"""A name one consonant from a town of the one country of the region the copy places it in
(issue 13, eighth session, 13Reg26): "X, in southern Algeria", "X, near Tetouan" say where to
look, so a romanisation that has, but for one consonant, the sounds of a town of 20,000 or more
there ("Rwissat": Rouissat, "Chefshaouen": Chefchaouen) is read as that town, as an English word
already was. A name placed by the slot alone ("the town of X"), copy naming several countries of
the region, and the town's own name stay as they were."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


@pytest.mark.parametrize(
    ("text", "span", "town"),
    [
        # a country after the name
        (
            "Grain traders in Rwissat, in southern Algeria, said prices had doubled.",
            "Rwissat",
            "Rouissat",
        ),
        # an apposition placing it by a city of the one country the copy names
        (
            "Hotel owners in Chefshaouen, near Tetouan, said bookings had fallen by half. "
            "Morocco's tourism ministry blamed the weather.",
            "Chefshaouen",
            "Chefchaouen",
        ),
    ],
)
def test_a_name_placed_in_its_country_a_consonant_from_a_town(
    text: str, span: str, town: str
) -> None:
    assert ("TQ301", span) in place_findings(text + "\n", ("TQ301",))
    assert any(g[0] == span and g[3] == town for g in garbles_in(text + "\n"))


@pytest.mark.parametrize(
    "text",
    [
        # placed by the slot alone: a local name GeoNames lacks is as likely
        "Grain traders in the town of Rwissat said prices had doubled since the summer.",
        # the copy names two countries of the region: the name may be either's
        "Grain traders in Rwissat, near the border, said prices had doubled, Tunisian and "
        "Algerian officials said.",
        # the towns' own names
        "Grain traders in Rouissat, in southern Algeria, said prices had doubled.",
        "Hotel owners in Chefchaouen, near Tetouan, said bookings had fallen by half.",
        "Shopkeepers in Zliten, Libya, closed their stores in protest on Sunday.",
        # a person placed in the country
        "Karim Benzema, in Algeria for a charity match, said he was proud.",
    ],
)
def test_stays_quiet(text: str) -> None:
    assert place_findings(text + "\n", ("TQ301", "TQ306")) == []
