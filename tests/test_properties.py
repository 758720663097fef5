"""Property tests: any text parses, and every finding's span is exact and consistent."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.conftest import make_document
from tqcheck.config import Config
from tqcheck.runner import check_document

# Prose-like pieces mixed with hostile characters, so the rules actually get exercised.
PIECES = st.sampled_from(
    [
        "The",
        "the",
        "the United Nations",
        "and",
        "of",
        "Gabriel",
        "8",
        "30,000",
        "villages",
        "Eight villages.",
        "(Reuters)",
        "(Al-Jazeera)",
        "said",
        "Mr.",
        "U.S.",
        ".",
        ",",
        ":",
        "سوغانلي",
        "Добро",
        "Բերձոր",
        "é",
        "\u0301",
        "\u200b",
        "\u202e",
        "\t",
        " ",
        "\n",
        "\n\n",
        "\n\n\n",
        "\r\n",
        "\r",
        "# ",
        "- ",
        "> ",
        "* ",
        "`",
        "[x](http://a.b)",
        "<!-- c -->",
        "---",
        "yesterday, Wednesday,",
        "on the fourth of this month",
        "the 27th of last month",
        "entered its third week",
        "last Saturday",
        "Wednesday, October 15, 2020",
        "namely Alpha, Bravo and Charlie",
        "more than 30",
        "thirty-two",
        "the city of Salvation",
        "in the 1990s",
    ]
)
TEXT = st.lists(PIECES | st.text(max_size=5), max_size=60).map(" ".join) | st.text(max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, markdown=st.booleans(), dated=st.booleans())
def test_findings_are_exact_slices_with_consistent_positions(
    text: str, markdown: bool, dated: bool
) -> None:
    assume(text.strip() and "\x00" not in text)  # empty and NUL input are refused, tested elsewhere
    document = make_document(text, "markdown" if markdown else "text")
    assert len(document.plain) == len(document.text)
    for block in document.blocks:
        assert 0 <= block.start < block.end <= len(text)
        for sentence in block.sentences:
            assert block.start <= sentence.start < sentence.end <= block.end
    config = Config(published=date(2020, 10, 15)) if dated else Config()
    findings = check_document(document, config)
    again = check_document(make_document(text, "markdown" if markdown else "text"), config)
    assert findings == again  # deterministic
    for finding in findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.text == text[finding.start : finding.end]
        assert (finding.line, finding.column) == document.lines.position(finding.start)
        assert (finding.end_line, finding.end_column) == document.lines.position(finding.end)
        assert finding.message and "\n" not in finding.message


# -- number and date facts -------------------------------------------------------------------

FACT_PIECES = st.sampled_from(
    [
        "Nine people were killed:",
        "three police officers",
        "and",
        "four passers-by",
        ",",
        ".",
        "62% voted in favour",
        "45% voted against",
        "31 June 2021",
        "29 February",
        "Wednesday (March 4)",
        "tonight, Sunday, September 29",
        "last Saturday",
        "the ceasefire began on 27 February",
        "entered its third month",
        "the strike",
        "will meet on 2 March",
        "withdrew on 30 September",
        "on the 15th",
        "in two weeks",
        "two weeks from now",
        "the 20th day of next month",
        "on march 3",
        "£11million",
        "$1.5m",
        "14½",
        "5 to 10 percent",
        "1,000th",
        "8 and 2 more",
        "75.000",
        "the six districts of Galle, Matara and Ratnapura",
        "Labour and Social Affairs, and Culture",
        "the earthquake killed 41 people",
        "2021",
        "in 1999",
    ]
)
FACT_TEXT = st.lists(FACT_PIECES | st.text(max_size=3), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=FACT_TEXT, published=st.dates(date(1901, 1, 1), date(2099, 12, 31)))
def test_fact_spans_are_exact_and_resolution_never_raises(text: str, published: date) -> None:
    from tqcheck.facts.dates import find_dates, resolve
    from tqcheck.facts.quantities import find_numbers

    for quantity in find_numbers(text):
        assert text[quantity.start : quantity.end] == quantity.text
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high
    for mention in find_dates(text):
        assert text[mention.start : mention.end] == mention.text
        resolve(mention, published)  # any day or None, never an exception
    assume(text.strip() and "\x00" not in text)  # empty and NUL input are refused elsewhere
    document = make_document(text, "text")
    findings = check_document(document, Config(select=("TQ4", "TQ5"), published=published))
    for finding in findings:
        assert finding.text == text[finding.start : finding.end]
        assert finding.rule[:3] in ("TQ4", "TQ5")
