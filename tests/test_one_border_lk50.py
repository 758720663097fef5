"""Copy whose one country of the region is named only as a border (issue 13, 17Lk50): "near
the Eritrean border" says the word is by that border, most often on its other side, so a
look-alike of a town across it is read there (the town's consonant classes exactly, a word
not of everyday English, a town of a size within 50 km of the border): "Kessler" for Kassala,
Sudan; "the Kara Soo market, on the border with Uzbekistan": Kara-Suu, Kyrgyzstan. A town by
the border of another country than the one named is not read. Sentences of
our own."""

from __future__ import annotations

import pytest

from tests.place_support import suggested_findings


@pytest.fixture(autouse=True)
def _no_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    # the reader itself, not the recorded answers (restored after each test)
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "Cholera cases rose in Kessler close to the Eritrean border, aid agencies said.",
            "Kessler",
            "Kassala",
        ),
        (
            "Shoppers at the Kara Soo market, on the border with Uzbekistan, complained of new"
            " tariffs.",
            "Kara Soo",
            "Kara Suu",
        ),
    ],
)
def test_a_town_across_the_one_border_named(text: str, span: str, name: str) -> None:
    assert suggested_findings(text) == [("TQ301", span, name)]


@pytest.mark.parametrize(
    "text",
    [
        # Kassala lies by Eritrea's border, not Ethiopia's
        "Cholera cases rose in Kessler close to the Ethiopian border, aid agencies said.",
        # an everyday English word is read by its sense
        "Cholera cases rose in Table near the Eritrean border, aid agencies said.",
        # the country named in another role too: not only a border
        "Cholera cases rose in Kessler close to the Eritrean border, Eritrean officials said.",
    ],
)
def test_no_look_alike_across_another_border(text: str) -> None:
    assert suggested_findings(text) == []
