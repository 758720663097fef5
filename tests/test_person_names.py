"""People's names of an Arabic source against the English target (tqcheck.bilingual.person_names),
on sentences written for these tests: a renamed name is reported, a right rendering is quiet."""

from __future__ import annotations

import pytest

from tqcheck.bilingual.names_compare import compare_names
from tqcheck.bilingual.person_names import renamed_alone
from tqcheck.bilingual.source_names import source_names
from tqcheck.gazetteer.index import default_gazetteer


def _people(source: str, target: str) -> list[str]:
    gazetteer = default_gazetteer()
    found = compare_names(source, target, source_names(source, gazetteer), gazetteer, None)
    return [target[slice(*m.target_span)] for m in found if m.kind == "person"]


def _alone(source: str, target: str) -> list[str]:
    found = renamed_alone(source, target, frozenset(), None)
    return [target[slice(*m.target_span)] for m in found]


# The first name is a common word of Arabic news (جيف, شون: Zipf about 4), yet beside a rendered
# surname it is the unrendered part of the name.
COMMON_FIRST = "وقال جيف مارلو للصحفيين إن الفريق سيعود الأسبوع المقبل."


def test_a_common_first_name_beside_a_rendered_surname_is_read_as_a_name() -> None:
    right = "Geoff Marlow told reporters the team would return next week."
    assert _people(COMMON_FIRST, right) == []
    renamed = "Dennis Marlow told reporters the team would return next week."
    assert _people(COMMON_FIRST, renamed) == ["Dennis"]


def test_a_surname_common_in_english_is_still_a_name_part() -> None:
    source = "وسجل اللاعب كيفن بريسكوت الهدف الثاني في الدقيقة الأخيرة."
    right = "In the final minute, Kevin Prescott scored the second goal."
    assert _people(source, right) == []
    # "Evans" is an everyday English word by frequency (Zipf 4.2), but a recorded surname.
    renamed = "In the final minute, Kevin Evans scored the second goal."
    assert _people(source, renamed) == ["Evans"]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        # A title beside the name is no part of it.
        (
            "قالت المستشارة فالدنر إن المحادثات ستستمر.",
            "Chancellor Waldner said the talks would continue.",
        ),
        # Transliteration variants the letter table reads only loosely: "th" for ذ, Spanish
        # "j" for خ, a silent "gh".
        ("وقالت هيذر كوبلاند إنها راضية عن النتيجة.", "Heather Copeland said she was pleased."),
        ("وصل خوسيه ماركيز إلى المدينة مساء أمس.", "Jose Marquez arrived in the city last night."),
        ("وقال هيو بارتليت إن القرار نهائي.", "Hugh Bartlett said the decision was final."),
    ],
)
def test_right_renderings_with_titles_and_variants_are_quiet(source: str, target: str) -> None:
    assert _people(source, target) == []


def test_an_inflected_english_word_in_a_heading_is_no_renamed_name() -> None:
    source = "دالتون يخضع لعملية جراحية في الركبة"
    assert _people(source, "Dalton Undergoes Knee Surgery") == []


def test_a_source_name_whose_two_words_one_target_word_reads_is_reported() -> None:
    # "Rod" reads both رود and ريد (one consonant each); the target's other word reads neither.
    source = "وقال رود ريد المدرب الجديد إن الاستعدادات جيدة."
    assert _people(source, "New coach Rod Reed said preparations were good.") == []
    assert _people(source, "New coach Rod Pemberton said preparations were good.") == ["Pemberton"]


def test_a_whole_name_replaced_is_reported() -> None:
    source = "وأعلنت ماريكا زيلنسكا استقالتها من المجلس يوم الثلاثاء."
    right = "Marika Zielinska announced her resignation from the council on Tuesday."
    assert _people(source, right) == []
    renamed = "Susan Whitfield announced her resignation from the council on Tuesday."
    assert _people(source, renamed) == ["Susan Whitfield"]


def test_a_lone_name_renamed_is_read_within_its_sentence() -> None:
    source = "وأكد كوفالتشوك أن الشركة لن تغلق المصنع."
    assert _alone(source, "Kovalchuk confirmed the company would not close the plant.") == []
    assert _alone(source, "Brennan confirmed the company would not close the plant.") == ["Brennan"]


def test_a_lone_stranger_far_from_the_unrendered_word_needs_the_document() -> None:
    # The unrendered source name stands at the sentence's end, the stranger at its start.
    source = "أكدت الشركة أنها لن تغلق المصنع بحسب كوفالتشوك"
    target = "Brennan said the company would not close the plant."
    assert _alone(source, target) == []


def test_a_demonym_is_no_lone_renamed_name() -> None:
    source = "ويحب السياح الكاليفورنيون زيارة شاطئ فينتورا الهادئ."
    assert _alone(source, "Californian tourists love the quiet beach.") == []


def test_one_of_several_names_sharing_a_surname_renamed_is_reported() -> None:
    # The surname is written three times on both sides: the renamed given name stands beside
    # one of them.
    source = "وشارك في السباق ماركو بيلاني ولوكا بيلاني وجيانو بيلاني."
    right = "Marco Bellani, Luca Bellani and Gianno Bellani took part in the race."
    assert _people(source, right) == []
    renamed = "Marco Bellani, Okafor Bellani and Gianno Bellani took part in the race."
    assert _people(source, renamed) == ["Okafor"]


def test_a_name_after_a_closing_quote_is_read_as_a_name() -> None:
    # "Dieter" follows a closing quote, so it looks like a sentence's opening word.
    source = '"نحن مستعدون"، قال ديتر برانت للصحفيين.'
    assert _people(source, '"We are ready," Dieter Brandt told reporters.') == []
    assert _people(source, '"We are ready," Dieter Moreau told reporters.') == ["Moreau"]


def test_a_word_apart_from_the_name_by_a_quote_is_no_part_of_it() -> None:
    # نظير (against) stands after the quoted name: "Pretrial" renders nothing, but the source
    # word beside the name is no part of it.
    source = 'احتجز في مركز "كارو" نظير كفالة مالية.'
    assert _people(source, "He was held at the Karo Pretrial Centre against bail.") == []


def test_a_lone_name_renamed_is_read_between_the_names_around_it() -> None:
    # Two rare words nothing renders (تقدم is common, لفيتيل and أوستيرغارد are rare): the
    # one between the names the target renders around the stranger is the renamed one.
    source = "تقدم ألونسو على هاملتون ثم سمح لفيتيل بالمرور قبل أن يلحق بهما أوستيرغارد."
    right = "Alonso overtook Hamilton, then let Vettel pass before Ostergaard caught up."
    assert _alone(source, right) == []
    renamed = "Alonso overtook Hamilton, then let Kowalski pass before Ostergaard caught up."
    assert _alone(source, renamed) == ["Kowalski"]


def test_a_particle_and_a_verb_is_no_lone_name() -> None:
    # سيحث (will urge) is rare as written but is a particle and a common verb: the team's name
    # the translation adds renames nothing.
    source = "قال ألونسو إن هاملتون سيحث الفريق على الهجوم."
    assert _alone(source, "Alonso said Hamilton would urge the Mercedes team to attack.") == []


def test_a_whole_name_renamed_between_names_the_target_renders_is_reported() -> None:
    # The source opens with a long clause the target puts last, so the name's place in the two
    # sentences differs; the names around it (Trump, Warren) bound its slot.
    source = (
        "في الانتخابات التي ستجري في نوفمبر المقبل بعد حملة طويلة ومكلفة في الولاية قال ترامب "
        "إن النائب جيف ديل سيتفوق على وارن."
    )
    right = "Trump said Representative Geoff Diehl would beat Warren in November's long race."
    assert _people(source, right) == []
    renamed = "Trump said Representative Ivan Kowalski would beat Warren in November's long race."
    assert _people(source, renamed) == ["Ivan Kowalski"]


def test_an_arabic_given_name_in_english_is_a_renamed_part() -> None:
    # "Hussein" is a common word of English text (Zipf 3.5) but renders a listed given name.
    source = "وأكد كريستوف مولر أن المصنع سيغلق أبوابه في الربيع."
    right = "Christoph Mueller confirmed the plant would close in the spring."
    assert _people(source, right) == []
    renamed = "Hussein Mueller confirmed the plant would close in the spring."
    assert _people(source, renamed) == ["Hussein"]


def test_a_stranger_opening_unlike_the_source_name_is_no_spelling_of_it() -> None:
    # "Raymond" and أماندا share the consonants M-N-D; a name the Arabic opens with an alef
    # opens with a vowel in English, or with the consonant after the alef ("Ng", انج).
    source = "وقالت الممثلة أماندا كارتر إنها ستعود إلى المسرح في الربيع."
    right = "The actress Amanda Carter said she would return to the stage in the spring."
    assert _people(source, right) == []
    renamed = "The actress Raymond Carter said she would return to the stage in the spring."
    assert _people(source, renamed) == ["Raymond"]
    prothetic = "وأشارت الخبيرة تيفاني إنج إلى أن الأجراس قديمة."
    assert _people(prothetic, "The expert Tiffany Ng noted that the bells are old.") == []


def test_a_name_ending_like_a_plural_of_a_short_word_is_a_name() -> None:
    # براون (Brown) ends in -ون after برا, a word of three letters: no plural.
    source = "وقال المدرب جوردون براون إن الفريق استعد جيدا للمباراة."
    right = "Coach Gordon Brown said the team had prepared well for the match."
    assert _people(source, right) == []
    renamed = "Coach Gordon Baxter said the team had prepared well for the match."
    assert _people(source, renamed) == ["Baxter"]


@pytest.mark.parametrize(
    ("arabic", "latin", "alike"),
    [
        ("أماندا", "Raymond", False),  # an alef opens no consonant
        ("أماندا", "Amanda", True),
        ("استيفان", "Stefan", True),  # a prothetic alef before a cluster
        ("انتقادي", "Tanner", False),  # ... not before a consonant and a vowel
        ("بلاك", "Alec", False),  # a particle before a consonant: no Latin vowel
        ("بلاك", "Black", True),
        ("وأليسا", "Alisa", True),  # the particle "and" before a name
        ("واتارا", "Ouattara", True),  # French Ou- for و
        ("غلين", "Elin", True),  # a Latin vowel for an Arabic consonant is left alone
    ],
)
def test_a_transliteration_opens_as_the_name_does(arabic: str, latin: str, alike: bool) -> None:
    from tqcheck.bilingual.person_names import _opens_alike

    assert _opens_alike(arabic, latin) is alike
