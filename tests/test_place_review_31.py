"""The ninth session's review (13Rev31) of its own change (issue 13): a pattern of TQ303/TQ304
that backtracked exponentially on a run of capitalised keywords; an apposition opening with "a"
that the speech-attribution test took for a source ("X, a town rebels said they had retaken");
and a sentence's opening "At", "As", "An" dropped with the name after it, though it may be the
Arabic article ("At Tafilah"). Sentences are the lead's own."""

from __future__ import annotations

import pytest

from tests.place_support import garbles_in, place_findings
from tqcheck.config import Config
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.house_style import _SIDE_BY_SIDE
from tqcheck.runner import check_document

pytestmark = pytest.mark.usefixtures("method_only")  # what the method finds by itself


def test_a_run_of_keywords_is_matched_without_backtracking() -> None:
    # each capitalised keyword matched two branches, so a failed match tried 2**n splits
    # (24 words took 72 s); with the possessive repeat it answers at once
    assert _SIDE_BY_SIDE.match(", " + "Now " * 60 + "x") is None
    assert _SIDE_BY_SIDE.match(", now ") is not None


def test_a_hostile_line_of_keywords_is_checked() -> None:
    text = "Azerbaijani forces entered Shusha, " + "Now " * 40 + "x Shushi on Monday.\n"
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    rules = {f.rule for f in check_document(document, Config(select=("TQ3",), semantic=False))}
    assert {"TQ303", "TQ304"} <= rules


def test_an_apposition_with_a_is_no_source_of_the_story() -> None:
    text = "Armenian troops shelled Gabriel, a town rebels said they had retaken, in Azerbaijan."
    assert ("Gabriel", "Jabrayil") in [(g[0], g[3]) for g in garbles_in(text)]


def test_an_article_opening_a_sentence_is_read_with_the_name() -> None:
    # "At" opening a sentence may be the Arabic article of the name, read whole as before
    text = "At Tafeela, south of Amman, farmers said the wells had dried up."
    document = parse_document(SourceText("a.txt", text, "utf-8", b"", text.encode()))
    found = check_document(document, Config(select=("TQ301",), semantic=False))
    assert [(text[f.start : f.end], f.suggestion) for f in found] == [("At Tafeela", "At Tafilah")]


@pytest.mark.parametrize(
    "text",
    [
        "In Split, the city's port hosted the Libyan ministers.",
        # read as after "in", the name after an opening preposition became a garble: the
        # precision guard's real MT and professional references ("Ramat Gan")
        "During Ramadan, Israel refrained from doing so, fearing that Jenin would ignite.",
        "In Ramadan, Israel refrained from doing so.",
    ],
)
def test_an_opening_preposition_places_no_name(text: str) -> None:
    assert place_findings(text) == []
