"""Places of the Palestinian territories in copy set in Israel by its actors (issue 13,
twelfth session, 13Geo40).

Copy that names only Israel ("Israeli police", "Israel's cabinet") often reports on the West
Bank and East Jerusalem without naming the territories; a respelled camp, village or
settlement there was read against Israel's towns only and lost ("Shoafat" was closer to
Tsofit than to nothing). Such copy's names are now read against the Palestinian territories'
places too (``reading._in_the_territories``, ``unnamed_territories.tsv``). Correct spellings,
Israeli towns and people's names stay quiet."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        (
            "Israeli police said bulldozers cleared roads in the Jeneen refugee camp on Monday.",
            "Jeneen",
            "Janin",
        ),
        (
            "Israeli police sealed three homes in Shoafat refugee camp in East Jerusalem.",
            "Shoafat",
            "Shu’fat",
        ),
        (
            "Israel's planning council approved 1,200 new homes in Maale Adomeem on Wednesday.",
            "Maale Adomeem",
            "Ma’ale Adummim",
        ),
    ],
)
def test_a_respelled_place_of_the_territories_in_copy_set_in_israel_is_read(
    text: str, name: str, town: str
) -> None:
    assert [(g[0], g[3]) for g in garbles_in(text + "\n")] == [(name, town)]


@pytest.mark.parametrize(
    "text",
    [
        # the places' own spellings
        "Israeli police said bulldozers cleared roads in the Jenin refugee camp on Monday.",
        "Israeli police said the checkpoint outside Ramallah was closed for a second day.",
        "Israel's planning council approved 1,200 new homes in Maale Adumim on Wednesday.",
        # Israeli towns and people's names
        "Israeli police said a man was arrested in Netanya after a fight in Hadera.",
        "Israel's cabinet said Mr Shahar Levi would chair the committee in Haifa.",
    ],
)
def test_correct_spellings_and_israeli_towns_stay_quiet(text: str) -> None:
    assert garbles_in(text + "\n") == []
