"""Copy that names no country but credits a national news agency is set in its country."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tqcheck.document.model import Document
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer import garbles


@pytest.fixture(autouse=True, scope="module")
def _no_recorded_garbles() -> Iterator[None]:
    from tqcheck.gazetteer.index import RECORDED_GARBLES_ENV

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(RECORDED_GARBLES_ENV, "0")
        garbles.country_arabic.cache_clear()
        garbles.short_names.cache_clear()
        yield


def _document(text: str) -> Document:
    return parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))


def _found(text: str) -> list[tuple[str, str]]:
    return [(g.text, g.country) for g in garbles.find_garbles(_document(text))]


def test_an_agency_is_credited_by_its_name_or_beside_agency() -> None:
    def credited(text: str) -> set[str]:
        return garbles.credited_countries(_document(text), 0)

    assert credited("Two died, the Interfax news agency reported.\n") == {"RU"}
    assert credited("Two died, state news agency SANA said.\n") == {"SY"}
    assert credited("Two died, the Saba news agency said.\n") == {"YE"}
    # A name that is also a word or a place counts only beside "agency".
    assert credited("The spa in Petra reopened.\n") == set()


def test_copy_naming_no_country_is_read_in_the_country_of_its_agency() -> None:
    assert _found(
        "Security forces killed two militants in Naltshik, the Interfax news agency reported.\n"
    ) == [("Naltshik", "RU")]
    # Without the agency, copy that names no country is read only against the well-known
    # cities of the region (Nalchik, 240,000 people) and, for a whole one-word name no place
    # has, the region's towns of 20,000 or more (Nartkala, 33,000), not against a smaller town
    # (Chegem, 18,000).
    assert _found("Security forces killed two militants in Naltshik, officials said.\n") == [
        ("Naltshik", "RU")
    ]
    assert _found(
        "Security forces killed two militants in Nartkalla, the Interfax news agency reported.\n"
    ) == [("Nartkalla", "RU")]
    assert _found("Security forces killed two militants in Nartkalla, officials said.\n") == [
        ("Nartkalla", "RU")
    ]
    assert _found(
        "Security forces killed two militants in Chegyem, the Interfax news agency reported.\n"
    ) == [("Chegyem", "RU")]
    assert _found("Security forces killed two militants in Chegyem, officials said.\n") == []
