"""Review of issue 13's tenth-session commits (13Rev37), the sentences the reviewer's own.

Each test pins one fix: aid "for" a country reaches places inside it (8af6560 had read it as a
border); an adverb or a time word after the name leaves a head's "of" on the name (569dd2d had
read any lower-case word there as a noun the name modifies); a town of the region opening a
sentence before a lower-case word is still that town (8af6560's "Buffalo herders" skip); and one
very long capitalised word no longer takes memory growing with the square of its length (one of
10,000 letters took 24 GB before).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.config import Config
from tqcheck.document.parse import parse_document
from tqcheck.document.source import SourceText
from tqcheck.gazetteer.context import geography_of
from tqcheck.runner import check_document


@pytest.fixture(autouse=True)
def _ignore_recorded_garbles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TQCHECK_RECORDED_GARBLES", "0")


def _place_findings(text: str) -> list[tuple[str, str, str | None]]:
    text = text if text.endswith("\n") else text + "\n"
    document = parse_document(SourceText("review.txt", text, "utf-8", b"", text.encode()))
    config = Config(select=("TQ3",), semantic=False)
    return [(f.rule, text[f.start : f.end], f.suggestion) for f in check_document(document, config)]


def test_aid_for_a_country_reaches_a_place_inside_it() -> None:
    findings = _place_findings(
        "Egyptian officials said aid for Gaza reached Monastery of the Dates on Monday."
    )
    assert ("TQ301", "Monastery of the Dates", "Dayr al Balah") in findings


def test_exports_to_a_country_still_read_as_its_border() -> None:
    geography = geography_of("Officials said exports to Pakistan had collapsed at Qarnit.")
    assert "PK" in geography.borders


@pytest.mark.parametrize(
    ("text", "garble", "place"),
    [
        ("Yemeni officials said the dam of Tyes last year burst after heavy rain.", "Tyes", "Taiz"),
        (
            "Libyan officials said the inhabitants of Dernier largely stayed in their homes.",
            "Dernier",
            "Darnah",
        ),
    ],
)
def test_an_adverb_after_the_name_leaves_the_head_on_it(text: str, garble: str, place: str) -> None:
    assert ("TQ301", garble, place) in _place_findings(text)


def test_a_group_before_a_plural_noun_stays_quiet() -> None:
    assert _place_findings("Syrian officials said the shelling of Kurdish positions went on.") == []


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Van residents spent the night outdoors after the tremor.", "TR"),
        ("Batman police detained five suspects on Tuesday.", "TR"),
    ],
)
def test_a_region_town_opening_a_sentence_is_still_that_town(text: str, country: str) -> None:
    assert country in geography_of(text)


def test_a_common_noun_opening_a_sentence_is_no_town_abroad() -> None:
    assert "US" not in geography_of("Buffalo herders drove their animals north in the drought.")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="resource limits need a POSIX child")
def test_one_very_long_capitalised_word_checks_in_bounded_memory(tmp_path: Path) -> None:
    word = "K" + "ingrive" * 1_500  # a name-like word of 10,501 letters, in an Iranian place slot
    article = tmp_path / "long.txt"
    article.write_text(
        f"Police in {word} said two men were arrested, Iranian media said.\n", encoding="utf-8"
    )
    limit = 3 * 1024**3  # bytes of address space: the check took 24 GB before the fix
    code = (
        "import resource, sys\n"
        f"resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))\n"
        "from tqcheck.cli import main\n"
        "main(['check', '--no-semantic', sys.argv[1]])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(article)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TQCHECK_RECORDED_GARBLES": "0"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "No findings" in done.stdout


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Pilgrims climbed Mount Arafat at dawn.", set()),  # the hajj's hill, no Palestine
        ("A memorial to Yasser Arafat was unveiled.", {"PS"}),
        ("Fans packed the Etihad on Sunday.", set()),  # a stadium's name as often
        ("Etihad Airways cancelled its flights.", {"AE"}),
        ("The ISI claimed the attack.", set()),  # the Islamic State of Iraq's acronym too
    ],
)
def test_a_figure_whose_short_name_another_thing_shares_counts_only_in_full(
    text: str, countries: set[str]
) -> None:
    from tqcheck.gazetteer.context import figure_countries_in

    assert figure_countries_in(text) == countries
