"""People's names of an Arabic source against the English target (tqcheck.bilingual.person_names),
on sentences written for these tests: a renamed name is reported, a right rendering is quiet."""

from __future__ import annotations

import pytest

from tqcheck.bilingual.names_compare import compare_names
from tqcheck.bilingual.person_names import renamed_alone
from tqcheck.bilingual.source_names import source_names
from tqcheck.gazetteer.index import default_gazetteer
from tqcheck.gazetteer.mentions import geonames_index


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


def test_a_lone_name_ending_like_a_plural_is_a_name_unless_its_stem_is_a_word() -> None:
    # كوربين (Corbyn) ends in -ين, but كورب is no word: a name; متجرين is two shops (متجر).
    source = "وانتقد كوربين خطة الحكومة بشدة يوم الأحد."
    assert _alone(source, "Corbyn strongly criticised the government's plan on Sunday.") == []
    renamed = "Whitfield strongly criticised the government's plan on Sunday."
    assert _alone(source, renamed) == ["Whitfield"]
    shops = "وافتتح متجرين في المدينة يوم الأحد."
    assert _alone(shops, "Whitfield opened two shops in the city on Sunday.") == []


def test_a_town_named_as_people_are_may_stand_for_a_renamed_person() -> None:
    from tqcheck.bilingual.person_names import _place_not_person

    geonames = geonames_index()
    # Markham (Ontario) is a census surname; London (a table place) and Texas are places only.
    assert not _place_not_person("Markham", geonames)
    assert _place_not_person("London", geonames)
    assert _place_not_person("Texas", geonames)
    source = "وانتقد كوربين خطة الحكومة بشدة يوم الأحد."
    target = "Markham strongly criticised the government's plan on Sunday."
    found = renamed_alone(source, target, frozenset(), geonames)
    assert [target[slice(*m.target_span)] for m in found] == ["Markham"]


def test_a_demonym_is_the_place_with_its_ending_changed() -> None:
    from tqcheck.bilingual.person_names import _derived

    geonames = geonames_index()
    for word in ("Californian", "Moroccans", "Egyptian"):
        assert _derived(word, geonames), word
    # Not "Bren" + "a" (Breña, Peru): three letters cut where the ending is two.
    assert not _derived("Brennan", geonames)


def test_a_name_the_source_writes_in_latin_letters_is_rendered() -> None:
    source = 'كما في فيلم "Bells of Coronado" عام 1950 الذي أدى بطولته روجرز.'
    target = 'As in the 1950 movie "Bells of Coronado", starring Rogers.'
    assert _alone(source, target) == []


def test_a_short_form_or_a_part_of_words_run_together_is_no_renamed_name() -> None:
    # "Livi" is Livingston clipped; "Galloway" ends دومفريسوغالاوي (Dumfries and Galloway).
    source = "وفاز فريق ليفينغستون على منافسه يوم السبت."
    assert _alone(source, "Livi beat their rivals on Saturday.") == []
    assert _alone(source, "Markham beat their rivals on Saturday.") == ["Markham"]
    run_together = "وتقع المحمية في منطقة دومفريسوغالاوي جنوب البلاد."
    assert _alone(run_together, "The reserve lies in Galloway in the south of the country.") == []


def test_of_several_unrendered_names_the_one_at_the_strangers_place_is_renamed() -> None:
    # تيليس and شاحنتي (my truck) are both rare and unrendered; the stranger stands where تيليس
    # does.
    source = "وقال تيليس إنه وجد آثار الرصاص على شاحنتي بعد الحادث."
    renamed = "Whitfield said he found bullet marks on my truck after the accident."
    assert _alone(source, renamed) == ["Whitfield"]


def test_a_long_name_is_a_name_and_words_run_together_are_not() -> None:
    from tqcheck.bilingual.person_names import _long_name

    assert _long_name("أسترالوبيثكس")  # Australopithecus
    assert not _long_name("خفافيشدوبنتون")  # خفافيش دوبنتون: bats, Daubenton
    assert not _long_name("صدريةالرضاعة")  # a word ending in ة inside


def test_a_loose_reading_of_a_word_with_the_article_accounts_for_no_name() -> None:
    # "Brennan" reads والدوران (and the rotation) loosely; روسبي (Rossby) is the name renamed.
    source = "تستخدم الضيائية والدوران معا في تحديد رقم روسبي الخاص بالنجم."
    right = "The luminosity and rotation are used to determine a star's Rossby number."
    assert _alone(source, right) == []
    renamed = "The luminosity and rotation are used to determine a star's Brennan number."
    assert _alone(source, renamed) == ["Brennan"]
