"""Shapes of real machine-translation output (issue 15), written afresh: flagged or quiet, and
whether the fix is offered (a suggestion only where deleting cannot change the meaning)."""

from __future__ import annotations

import pytest

from tests.conftest import findings_for, make_document
from tqcheck.config import Config
from tqcheck.rules.registry import all_rules
from tqcheck.runner import check_document, enabled_codes


def _found(text: str, select: str) -> list[tuple[str, str, str | None]]:
    return [(f.rule, f.text, f.suggestion) for f in findings_for(text + "\n", select=select)]


@pytest.mark.parametrize(
    "text",
    [
        # two people: the second "Kim" starts a longer name
        "State media showed Kim and Kim Jong Un sitting on a sofa in the living room.",
        # chiasmus: the copies go on differently
        "She is a doctor who is a manager and a manager who is a doctor, the paper said.",
        # titles of three prize categories
        "Works were nominated in three categories: Long Story, Short Story and Story for Children.",
        # comparative idiom, with a comma after it
        "He hoped the staff would grow stronger and stronger, and the classes more popular.",
        # "Canada plus plus": a political slogan, not a slip
        "They can have the systems in place for Canada plus plus, for a border without checks.",
        # a new clause that starts with the same words; a name with an initial and without
        'She said in the video, "The video of you cooking was watched by millions."',
        "On the anniversary of the NSE, the NSE asked for opinions on the rules.",
        "He was known as Puff Daddy, P. Diddy or Diddy before he changed his name again.",
        # the chiasmus with a contraction; a headline word said three times
        "Because I'm a doctor who's a manager and a manager who's a doctor, I see both sides.",
        "Lovely lovely lovely",
        # a capitalised word said twice as the whole paragraph: emphasis, as verse is for TQ202
        "Beautiful Beautiful",
        # emphasis in speech, a quoted lyric, a quoted denial
        '"We are so happy, so happy to be home," she said.',
        'The chorus goes: "Feed them well, feed them well, I\'m home."',
        '"No, no, no, no, no. That is fake news," the player said.',
    ],
)
def test_meaningful_repetitions_are_quiet(text: str) -> None:
    assert _found(text, "TQ2") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The talks were held in Shusha Shusha on Monday, and Shusha was calm.", "Shusha Shusha"),
        ("The summit opened in Baku Baku on Friday.", "Baku Baku"),
    ],
)
def test_doubled_names_are_found_without_a_safe_fix(text: str, flagged: str) -> None:
    assert _found(text, "TQ201") == [("TQ201", flagged, None)]


def test_comma_joined_repeat_is_found_without_a_fix() -> None:
    text = (
        "Two million people took part, according to trade unions, according to trade unions, "
        "and fewer according to the police."
    )
    assert _found(text, "TQ2") == [
        ("TQ202", "according to trade unions, according to trade unions", None)
    ]


def test_a_gloss_and_a_named_comma_repeat_are_found() -> None:
    assert _found("They revoked the residence permit (residence permit) of Russians.", "TQ2") == [
        ("TQ202", "residence permit (residence permit", None)
    ]
    assert _found("The blast hit the house, the NGS reports, NGS reports.", "TQ2") == [
        ("TQ202", "NGS reports, NGS reports", None)
    ]
    assert _found("My friend, my friend, I am very sick.", "TQ2") == []
    doubled = 'the head of the bank concluded, "the head of the bank concluded'
    assert _found(f'Inflation met the target, "{doubled}.', "TQ2") == [("TQ202", doubled, None)]


def test_doubled_word_and_back_to_back_phrase_keep_their_safe_fix() -> None:
    assert _found("Shells hit the the main hospital.", "TQ2") == [("TQ201", "the the", "the")]
    assert _found("The team of the Red Cross the Red Cross left.", "TQ2") == [
        ("TQ202", "the Red Cross the Red Cross", "the Red Cross")
    ]


def test_a_list_that_ends_in_a_doubled_country_is_found() -> None:
    found = _found("It operates in Libya, Sudan, Angola, Zimbabwe and Zimbabwe.", "TQ2")
    assert found == [("TQ202", "Zimbabwe and Zimbabwe", None)]


def test_joined_doubling_is_found_but_not_fixed() -> None:
    # "between Vietnam and Vietnam": the second country was lost; deleting is no repair
    found = _found("The partnership between Vietnam and Vietnam will deepen.", "TQ2")
    assert found == [("TQ202", "Vietnam and Vietnam", None)]


def test_one_word_over_and_over_is_one_finding() -> None:
    found = findings_for("He said the the the rest was fine.\n", select="TQ2")
    assert [(f.rule, f.text, f.suggestion) for f in found] == [("TQ201", "the the the", "the")]
    assert "3 times" in found[0].message


def test_a_loop_is_one_finding_with_its_count() -> None:
    text = "The research was done at the University of Bern" + ", Bern" * 40 + "."
    found = findings_for(text + "\n", select="TQ2")
    assert [f.rule for f in found] == ["TQ206"]
    assert "41 times" in found[0].message
    phrase = "the bank's financial products, "
    text = "The two products are the only ones of " + phrase * 17 + "the third level."
    found = findings_for(text + "\n", select="TQ2")
    assert [f.rule for f in found] == ["TQ206"]
    assert "17 times" in found[0].message


def test_an_untranslated_article_is_one_finding() -> None:
    paragraphs = [
        "Врач назвала причины проблем со сном.",
        "Речь идет о чае, кофе и шоколаде.",
        "Их употребление стоит ограничивать за 6-8 часов до сна.",
        "По словам врача, режим сна очень важен.",
    ]
    found = findings_for("\n\n".join(paragraphs) + "\n", select="TQ205")
    assert len(found) == 1
    assert "4 paragraphs" in found[0].message


def test_hebrew_gershayim_as_quote_marks_are_not_untranslated() -> None:
    text = "She finished third in ״X Factor״ and joins the musical ״The Band״ in Tel Aviv־Jaffa."
    assert _found(text, "TQ205") == []


def test_short_sentences_are_not_called_subheadings() -> None:
    text = (
        "Why the weekend hurts\n\n"
        "Doctors list many reasons for the body's reaction to a change of routine.\n\n"
        "On weekends, our lives change radically.\n\n"
        '"We sleep longer and lie on the couch," the doctor said.\n\n'
        "Sleep and food\n\n"
        "Heavy meals in the evening make the night worse, she added.\n\n"
        "The late rise plays an additional role.\n\n"
        "Getting up three hours later than usual works like jet lag."
    )
    assert _found(text, "TQ103") == []


def test_plain_text_heading_period_has_no_safe_fix_markdown_does() -> None:
    plain = (
        "Ceasefire agreed after talks\n\n"
        "Talks in Moscow\n\n"
        "The ministers met on Friday.\n\n"
        "The toll on civilians.\n\n"
        "Hospitals in the city received dozens of wounded overnight."
    )
    assert _found(plain, "TQ103") == [("TQ103", "The toll on civilians.", None)]
    markdown = "# Ceasefire agreed\n\n## Talks resume in Moscow.\n\nThe ministers met on Friday.\n"
    found = findings_for(markdown, select="TQ103", fmt="markdown")
    assert [(f.text, f.suggestion) for f in found] == [
        ("Talks resume in Moscow.", "Talks resume in Moscow")
    ]


def test_results_box_labels_are_not_stray_fragments() -> None:
    text = (
        "Milan will play away against Monza on Saturday, and Torino host Cremonese later.\n\n"
        "Italian Championship.\n\n"
        "22nd round.\n\n"
        '"Milan" - "Torino" - 1:0 (0:0)'
    )
    assert _found(text, "TQ104") == []


def test_rules_left_out_of_the_default_selection_still_run_when_named() -> None:
    off = {rule.code for rule in all_rules() if not rule.default_enabled}
    default = enabled_codes(Config(semantic=True))
    assert off and not off & default
    assert off <= enabled_codes(Config(select=("ALL",)))
    for code in off:
        assert code in enabled_codes(Config(select=(code,)))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a percentage: the "%" ends both copies
        (
            "Outside engineering, the share of women passed 50%, the share of women passed 50%.",
            "the share of women passed 50%, the share of women passed 50%",
        ),
        # a quoted title ends both copies
        (
            'She starred in "Hamlet" as well as "The Seagull", as well as "The Seagull".',
            'as well as "The Seagull", as well as "The Seagull"',
        ),
        # a number sign with a full stop inside the copy
        (
            "Older pupils now study at school No. 4, school No. 4, in the new building.",
            "school No. 4, school No. 4",
        ),
        # a short copy that starts with "or"/"and" and closes the sentence
        (
            "I meet friends for coffee, or I go to rehearsals, or I go to rehearsals.",
            "or I go to rehearsals, or I go to rehearsals",
        ),
        ("The festival has dancers, singers and more, and more.", "and more, and more"),
        # a country written twice in a list
        ("Flights resume to Chile, Peru, Peru, the ministry said.", "Peru, Peru"),
        # back to back around a quoted name
        (
            'You wake the speaker by saying "Hello Radio" by saying "Hello Radio".',
            'by saying "Hello Radio" by saying "Hello Radio"',
        ),
        # two words whose second copy goes on as the phrase would once; one source named twice
        (
            "The mayor was a builder, a builder and a patient negotiator.",
            "a builder, a builder",
        ),
        (
            "Callers were told to call back, call back within a week.",
            "call back, call back",
        ),
        (
            "Two ministers resigned, according to local radio, local radio reported.",
            "local radio, local radio",
        ),
        # a prepositional phrase doubled, the second copy going on with a participle; an aside
        # in mid-sentence doubled, the second copy followed by an adverb
        (
            "The busiest month for parcels was May, with 40, with 40 arriving by sea.",
            "with 40, with 40",
        ),
        (
            "The hosts played badly, but the young goalkeeper, well done, well done again.",
            "well done, well done",
        ),
        # the end of a segment translated twice, across a full stop
        (
            "The forecast was cut to 90 million. Bank analysts share the forecast. Bank "
            "analysts share the forecast.",
            "Bank analysts share the forecast. Bank analysts share the forecast",
        ),
    ],
)
def test_repeats_across_commas_marks_and_stops_are_found_without_a_fix(
    text: str, flagged: str
) -> None:
    assert _found(text, "TQ2") == [("TQ202", flagged, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a list of people with a gender pair, and a chant of three
        "I thank the cooks, female cooks, female bakers everywhere.",
        "Leaders hosted by the president: Get set, friends get set, get set, get set!",
        # an idiom that goes on after a comma; a line of verse; the Bible shape again
        "Prices rose more and more, and more, through the year.",
        "The poem reads:\n\nMy love, my love\n\nI am so tired.",
        "It is the most common word in the Bible, and in the Bible it means you.",
        # short repeats across a full stop are rhetoric; a new sentence that goes on
        "It was over. It was over.",
        "They have rain for two years. For two years, the dams have been full.",
        # quoted speech that closes with a repeat
        '"Keep calm, keep calm," the coach told them.',
        # the same noun ends an opening phrase (or a quotation) and starts the main clause
        "Before they could defuse the mine, the mine clearance team built a wall of sand.",
        "More than we guard the harbour, the harbour guards us.",
        '"We thank him for his years with the club," the club said.',
        # a sentence-opening adverbial followed by its own clause; an opening phrase; a longer
        # name; a pronoun; the object widened or narrowed; a list of different places
        "At first, at first glance the plan looks simple.",
        "When we arrived at noon, at noon the doors opened.",
        "The power failed in Gaza, in Gaza City above all.",
        "It was made for you, for you alone.",
        "She works on Mondays, on Mondays and Fridays only.",
        "The shop opens at nine, at nine in the morning.",
        "Rallies took place in Paris, in Lyon and in Marseille.",
        # a formula at the start of a sentence, quoted, said to someone, or a vocative
        "Thank you, thank you all.",
        '"We won, thank you, thank you all," she said.',
        "He shouted at them, come on, come on lads.",
        "The night is long, my love, my love tonight.",
    ],
)
def test_emphasis_lists_and_verse_stay_quiet(text: str) -> None:
    assert _found(text, "TQ2") == []


def test_a_short_word_or_abbreviation_doubled_is_found() -> None:
    assert _found("With this data, and with it it it is possible to stop attacks.", "TQ201") == [
        ("TQ201", "it it it", "it")
    ]
    assert _found("In 2017 she appeared on TV TV channel QVC.", "TQ201") == [
        ("TQ201", "TV TV", None)
    ]


def test_a_content_word_looped_four_times_mid_sentence_is_a_loop() -> None:
    text = "In the pre-season season season season season on all networks, the show was cut."
    found = findings_for(text + "\n", select="TQ2")
    assert [(f.rule, f.text) for f in found] == [("TQ206", "season season season season")]
    assert "4 times" in found[0].message
    # the same word four times as a headline, or a short word, is emphasis
    assert _found("Lovely Lovely Lovely Lovely", "TQ2") == []
    assert _found("She said no, no, no, no to them.", "TQ2") == []


def test_bylines_subheadings_and_attributions_are_quiet_by_default() -> None:
    # a byline, a real subheading over its section and an attribution with a long title: on
    # real MT TQ204, TQ602 and TQ603 called these captions, misplaced and run-in headings (0 of
    # 9 right), so they are out of the default selection
    text = (
        "Floods close the coastal road\n\n"
        "By Maria Lopez, regional correspondent\n\n"
        "Heavy rain closed the coastal road on Sunday, and two villages were cut off.\n\n"
        "Rescue work\n\n"
        "Rescue teams reached the villages by boat on Monday morning and took out 40 people.\n\n"
        "Police superintendent Ravi Kumar Verma said the road would stay shut until Friday.\n"
    )
    found = check_document(make_document(text, "text"), Config())
    assert [f.rule for f in found if f.rule in ("TQ204", "TQ602", "TQ603")] == []
