"""Bilingual file readers: units, ids, languages and exact target positions for every format,
and one-line errors (never a traceback) for unsafe, malformed or random input."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tqcheck.bilingual.formats import (
    BILINGUAL_SUFFIXES,
    is_bilingual_path,
    read_bilingual,
    read_po,
    read_tmx,
    read_tsv,
    read_xliff,
)
from tqcheck.bilingual.model import BilingualFile
from tqcheck.document.source import SourceText, decode_bytes, read_source
from tqcheck.errors import InputError

BILINGUAL = FIXTURES / "bilingual"
NEWS_FIXTURES = sorted(path.name for path in BILINGUAL.glob("news*"))
HOSTILE_FIXTURES = sorted(
    path.name for path in BILINGUAL.iterdir() if path.name.startswith(("billion", "external"))
)
LEAD_TARGET = "The minister met eight officials in Gabriel yesterday."
_WORD = re.compile(r"[A-Za-z]+")


def read(name: str, **languages: str) -> BilingualFile:
    return read_bilingual(read_source(str(BILINGUAL / name)), **languages)


def from_text(text: str, name: str) -> BilingualFile:
    return read_bilingual(decode_bytes(text.encode("utf-8"), name))


def error_for(text: str, name: str) -> str:
    with pytest.raises(InputError) as caught:
        from_text(text, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    assert "\n" not in message
    return message


def assert_positions_round_trip(bilingual: BilingualFile) -> None:
    """Every target character comes from its offset; plain words map back to themselves."""
    text = bilingual.text
    for unit in bilingual.units:
        offsets = unit.target_offsets
        assert list(offsets) == sorted(set(offsets)), unit.id
        if offsets:
            assert unit.target_start <= offsets[0] and offsets[-1] < unit.target_end, unit.id
        else:
            assert unit.target_start == unit.target_end, unit.id
        for char, offset in zip(unit.target, offsets, strict=True):
            found = text[offset]
            if found not in "&\\" and not (char == "\n" and found == "\r"):
                assert found == char, (unit.id, offset)
        for word in _WORD.finditer(unit.target):
            start, end = word.span()
            if text[offsets[start] : offsets[end - 1] + 1] != word.group():
                continue  # not a plain word: an escape, markup or a line break inside it
            first, last = unit.target_span(start, end)
            # target_span ends at the next character's offset (or the target's end), so markup
            # or a line continuation right after the word falls inside the span.
            assert text[first:last].startswith(word.group()), unit.id
            if last == offsets[end - 1] + 1:
                assert text[first:last] == word.group(), unit.id
        assert unit.target_span(len(unit.target), len(unit.target)) == (
            unit.target_end,
            unit.target_end,
        )


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# --- every fixture -------------------------------------------------------------------------


@pytest.mark.parametrize("name", NEWS_FIXTURES)
def test_every_target_character_maps_back_to_the_file(name: str) -> None:
    bilingual = read(name)
    assert bilingual.units
    assert_positions_round_trip(bilingual)


@pytest.mark.parametrize("name", [name for name in NEWS_FIXTURES if "crlf" not in name])
def test_positions_survive_crlf_line_breaks(name: str) -> None:
    text = (BILINGUAL / name).read_text(encoding="utf-8")
    crlf = text.replace("\n", "\r\n")
    lf_file = from_text(text, name)
    crlf_file = from_text(crlf, name)
    assert_positions_round_trip(crlf_file)
    assert [unit.target.replace("\r\n", "\n") for unit in crlf_file.units] == [
        unit.target for unit in lf_file.units
    ]
    assert [unit.line for unit in crlf_file.units] == [unit.line for unit in lf_file.units]


@pytest.mark.parametrize(
    "name", [name for name in NEWS_FIXTURES if name.endswith((".xlf", ".tmx"))]
)
def test_xml_read_from_utf16_with_bom_keeps_character_offsets(name: str) -> None:
    text = (BILINGUAL / name).read_text(encoding="utf-8")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    source = decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), name)
    bilingual = read_bilingual(source)
    assert_positions_round_trip(bilingual)
    assert [unit.target for unit in bilingual.units] == [unit.target for unit in read(name).units]


@pytest.mark.parametrize("name", NEWS_FIXTURES)
def test_unit_lines_are_where_the_unit_starts(name: str) -> None:
    bilingual = read(name)
    for unit in bilingual.units:
        if unit.target:
            assert unit.line <= line_of(bilingual.text, unit.target_offsets[0])


# --- XLIFF 1.2 -----------------------------------------------------------------------------


def test_xliff_12_units_ids_languages_and_attributes() -> None:
    bilingual = read("news-1.2.xlf")
    assert (bilingual.format, bilingual.source_language, bilingual.target_language) == (
        "xliff-1.2",
        "ar",
        "en",
    )
    units = {unit.id: unit for unit in bilingual.units}
    assert list(units) == ["lead-1", "lead-2", "aid", "casualties", "villages"]  # no "credit"
    assert units["lead-1"].source == "اجتمع الوزير أمس مع ثمانية مسؤولين في جبرائيل."
    assert units["lead-1"].target == LEAD_TARGET
    assert units["lead-1"].attributes == {"state": "translated"}
    assert units["lead-1"].line == 7
    # <g> keeps its text, <x/> has none.
    assert units["lead-2"].target == "The Foreign Ministry said talks would resume on Thursday."
    assert units["lead-2"].source == "وقالت وزارة الخارجية إن المحادثات ستستأنف الخميس."
    assert units["lead-2"].attributes == {"approved": "yes", "state": "final"}
    # Entities decode; native codes (<bpt>, <ept>) lose their content.
    aid = units["aid"]
    assert aid.target == "Food & Water Ltd sent 30 aid trucks to the café near the border."
    assert bilingual.text[aid.target_offsets[5] : aid.target_offsets[5] + 5] == "&amp;"
    cafe = aid.target.index("é")
    assert bilingual.text.startswith("&#233;", aid.target_offsets[cafe])
    assert aid.attributes["state"] == "needs-review-translation"


def test_xliff_12_missing_and_empty_targets_point_at_a_place_in_the_file() -> None:
    bilingual = read("news-1.2.xlf")
    units = {unit.id: unit for unit in bilingual.units}
    missing = units["casualties"]
    assert (missing.target, missing.target_offsets) == ("", ())
    assert missing.target_start == missing.target_end
    assert bilingual.text[: missing.target_start].endswith("أصيب خمسة مدنيين في القصف.</source>")
    empty = units["villages"]
    assert empty.target == ""
    assert bilingual.text[empty.target_start : empty.target_start + 2] == "/>"
    assert empty.attributes == {"state": "new"}


def test_xliff_12_word_span_and_target_bounds() -> None:
    bilingual = read("news-1.2.xlf")
    unit = next(unit for unit in bilingual.units if unit.id == "lead-2")
    start = unit.target.index("Foreign")
    first, last = unit.target_span(start, start + len("Foreign"))
    assert bilingual.text[first:last] == "Foreign"
    end = start + len("Foreign Ministry")
    assert bilingual.text[first : unit.target_offsets[end - 1] + 1] == "Foreign Ministry"
    content = bilingual.text[unit.target_start : unit.target_end]
    assert content.startswith('The <g id="1">') and content.endswith('<x id="2"/>')


def test_xliff_translate_no_on_a_group_skips_its_units() -> None:
    text = (
        '<xliff version="1.2"><file source-language="ar" target-language="en"><body>'
        '<group translate="no"><trans-unit id="a"><source>نص</source><target>Text</target>'
        '</trans-unit><trans-unit id="b" translate="yes"><source>خبر</source>'
        "<target>News</target></trans-unit></group></body></file></xliff>"
    )
    assert [unit.id for unit in from_text(text, "g.xlf").units] == ["b"]


def test_xliff_12_seg_source_and_mrk_segments_are_read_as_whole_units() -> None:
    text = (
        '<xliff version="1.2"><file source-language="ar" target-language="en"><body>'
        '<trans-unit id="t"><source>جملة أولى. جملة ثانية.</source>'
        '<seg-source><mrk mtype="seg" mid="1">جملة أولى.</mrk> '
        '<mrk mtype="seg" mid="2">جملة ثانية.</mrk></seg-source>'
        '<target><mrk mtype="seg" mid="1">First one.</mrk> '
        '<mrk mtype="seg" mid="2">Second one.</mrk></target>'
        "<alt-trans><source>جملة</source><target>Sentence</target></alt-trans>"
        "</trans-unit></body></file></xliff>"
    )
    bilingual = from_text(text, "s.xlf")
    [unit] = bilingual.units
    assert (unit.source, unit.target) == ("جملة أولى. جملة ثانية.", "First one. Second one.")
    assert_positions_round_trip(bilingual)


def test_language_arguments_fill_in_what_the_file_does_not_say() -> None:
    text = (
        '<xliff version="1.2"><file><body><trans-unit id="1"><source>خبر</source>'
        "<target>News</target></trans-unit></body></file></xliff>"
    )
    source = decode_bytes(text.encode("utf-8"), "n.xlf")
    bilingual = read_bilingual(source, source_language="ar", target_language="en")
    assert (bilingual.source_language, bilingual.target_language) == ("ar", "en")
    declared = read("news-1.2.xlf", source_language="fa", target_language="fr")
    assert (declared.source_language, declared.target_language) == ("ar", "en")


# --- XLIFF 2.0 -----------------------------------------------------------------------------


def test_xliff_20_segments_become_units() -> None:
    bilingual = read("news-2.0.xlf")
    assert (bilingual.format, bilingual.source_language, bilingual.target_language) == (
        "xliff-2.0",
        "ar",
        "en",
    )
    units = {unit.id: unit for unit in bilingual.units}
    assert list(units) == ["ceasefire/s1", "ceasefire/2", "talks", "refugees"]
    assert units["ceasefire/s1"].target == "The truce took effect at midnight."
    assert units["ceasefire/s1"].attributes == {"state": "translated"}
    second = units["ceasefire/2"]
    assert second.target == "The army spokesman said 12 soldiers were killed."
    assert second.source == "وقال المتحدث باسم الجيش إن 12 جنديا قتلوا."
    assert second.attributes == {"state": "reviewed", "subState": "editor:checked"}
    assert second.line == 12
    refugees = units["refugees"]
    assert refugees.target == "" and refugees.target_start == refugees.target_end
    assert bilingual.text[: refugees.target_start].endswith("</source>")


def test_xliff_20_code_point_element_stands_for_its_character() -> None:
    text = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ar" '
        'trgLang="en"><file id="f"><unit id="u"><segment><source>خبر</source>'
        '<target>Bell<cp hex="0007"/>rings<sc id="1"/>now<ec startRef="1"/></target>'
        "</segment></unit></file></xliff>"
    )
    bilingual = from_text(text, "cp.xlf")
    [unit] = bilingual.units
    assert unit.target == "Bell\x07ringsnow"
    assert bilingual.text.startswith('<cp hex="0007"/>', unit.target_offsets[4])


def test_xliff_version_comes_from_the_namespace_when_the_attribute_is_missing() -> None:
    text = (
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ar" trgLang="en">'
        '<file id="f"><unit id="u"><segment><source>خبر</source><target>News</target>'
        "</segment></unit></file></xliff>"
    )
    assert from_text(text, "v.xliff").format == "xliff-2.0"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('<xliff version="3.0"><file/></xliff>', "unsupported XLIFF version '3.0'"),
        ("<xliff><file/></xliff>", "XLIFF version missing"),
        ('<tmx version="1.4"><body/></tmx>', "not an XLIFF file (root element is <tmx>"),
        ("<html><body>News</body></html>", "not an XLIFF file (root element is <html>"),
    ],
)
def test_xliff_structure_errors(text: str, fragment: str) -> None:
    assert fragment in error_for(text, "bad.xlf")


# --- TMX -----------------------------------------------------------------------------------


def test_tmx_units_pick_source_and_target_variants() -> None:
    bilingual = read("news.tmx")
    assert (bilingual.format, bilingual.source_language, bilingual.target_language) == (
        "tmx",
        "ar",
        "en-GB",
    )
    units = {unit.id: unit for unit in bilingual.units}
    assert list(units) == ["lead-1", "tu 2", "aid", "untranslated"]
    assert units["lead-1"].target == LEAD_TARGET
    assert units["lead-1"].source == "اجتمع الوزير أمس مع ثمانية مسؤولين في جبرائيل."
    # Target before source in the file; <hi> keeps its text, <bpt>/<ept>/<ph> lose theirs.
    assert units["tu 2"].target == "The army said 12 soldiers died."
    assert units["tu 2"].source == "قال الجيش إن 12 جنديا قتلوا."
    # The old "lang" attribute, matched case-insensitively; entities decode.
    assert units["aid"].target == "Food & Water sent 30 trucks — officials said."
    assert units["untranslated"].target == ""
    assert bilingual.text[: units["untranslated"].target_start].endswith("</seg>")


def test_tmx_target_language_argument_chooses_the_variant() -> None:
    bilingual = read("news.tmx", target_language="fr")
    assert bilingual.target_language == "fr"
    lead = bilingual.units[0]
    assert lead.target == "Le ministre a rencontré hier huit responsables à Gabriel."
    assert [unit.target for unit in bilingual.units[1:]] == ["", "", ""]
    assert_positions_round_trip(bilingual)


def test_tmx_source_all_takes_the_first_variant_and_primary_subtags_match() -> None:
    text = (
        '<tmx version="1.4"><header srclang="*all*"/><body>'
        '<tu><tuv xml:lang="ar-EG"><seg>خبر عاجل</seg></tuv>'
        '<tuv xml:lang="en-US"><seg>Breaking news</seg></tuv></tu>'
        '<tu><tuv xml:lang="en-US"><seg>Update</seg></tuv>'
        '<tuv xml:lang="ar-EG"><seg>تحديث</seg></tuv></tu></body></tmx>'
    )
    bilingual = from_text(text, "all.tmx")
    assert (bilingual.source_language, bilingual.target_language) == ("ar-EG", "en-US")
    assert [(unit.id, unit.target) for unit in bilingual.units] == [
        ("tu 1", "Breaking news"),
        ("tu 2", "Update"),
    ]
    chosen = read_bilingual(decode_bytes(text.encode(), "all.tmx"), source_language="ar")
    assert chosen.source_language == "ar"
    assert [unit.source for unit in chosen.units] == ["خبر عاجل", "تحديث"]


def test_tmx_errors() -> None:
    assert "not a TMX file (root element is <xliff>" in error_for(
        '<xliff version="1.2"/>', "wrong.tmx"
    )


# --- PO ------------------------------------------------------------------------------------


def test_po_entries_flags_plurals_and_escapes() -> None:
    bilingual = read("news.po")
    assert (bilingual.format, bilingual.source_language, bilingual.target_language) == (
        "po",
        "ar",
        "en",
    )
    units = bilingual.units
    assert [unit.id for unit in units] == [
        "اجتمع الوزير أمس مع ثمانية مسؤولين في جبرائيل.",
        "headline",
        'قال المتحدث إن "الوضع هادئ"',
        "قتل جندي واحد[0]",
        "قتل جندي واحد[1]",
        "ستصل الشحنة غدا.",
    ]
    assert units[0].target == LEAD_TARGET
    assert units[0].attributes == {}
    assert units[1].attributes == {"flags": "fuzzy", "msgctxt": "headline"}
    multi = units[2]
    assert multi.source == 'قال المتحدث إن "الوضع هادئ"\nفي المدينة.'
    assert multi.target == (
        'The spokesman said "the situation is calm"\nin the city.\tFile: report\\2020'
    )
    assert multi.attributes == {"flags": "fuzzy, python-format"}
    text = bilingual.text
    for escaped, length in (('"', 2), ("\n", 2), ("\t", 2), ("\\", 2)):
        offset = multi.target_offsets[multi.target.index(escaped)]
        assert text[offset] == "\\" and len(text[offset : offset + length]) == length
    assert (units[3].source, units[3].target) == ("قتل جندي واحد", "One soldier was killed")
    assert (units[4].source, units[4].target) == ("قتل %d جنود", "%d soldiers were killed")
    assert units[3].line == units[4].line == 28
    untranslated = units[5]
    assert untranslated.target == "" and untranslated.target_start == untranslated.target_end
    assert text[untranslated.target_start - 8 : untranslated.target_start + 1] == 'msgstr ""'


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('msgid "a"\nmsgstr "unterminated\n', "line 2: unterminated string"),
        ('msgid "a"\nmsgstr "bad \\q escape"\n', "line 2: unknown escape \\q"),
        ('msgid "a"\n\nmsgid "b"\nmsgstr "B"\n', "line 3: msgid before the msgstr"),
        ('msgid "a"\n', "line 1: msgid without msgstr"),
        ('msgid "a"\nmsgstr "A" trailing\n', "line 2: text after the closing quote"),
        ('msgstr "A"\n', "line 1: msgstr without msgid"),
        ('"orphan"\n', "line 1: a string continues no keyword"),
        ('msgid "a"\nmsgstr[0] "A"\n', "line 1: msgstr[n] without msgid_plural"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr "A"\n', "needs msgstr[n]"),
        ('msgid "a"\nmsgstr "A"\nnonsense\n', "line 3: expected a comment, a keyword"),
        ('msgid "a"\n# comment\nmsgstr "A"\n', "line 2: comment inside the entry"),
    ],
)
def test_po_syntax_errors_name_the_line(text: str, fragment: str) -> None:
    assert fragment in error_for(text, "bad.po")


def test_po_octal_and_hex_escapes_and_crlf() -> None:
    text = 'msgid "خبر"\r\nmsgstr "A\\101\\x42 C"\r\n'
    bilingual = from_text(text, "e.po")
    [unit] = bilingual.units
    assert unit.target == "AAB C"
    assert [bilingual.text[offset] for offset in unit.target_offsets] == ["A", "\\", "\\", " ", "C"]


# --- TSV -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["news.tsv", "news-crlf.tsv"])
def test_tsv_with_language_header(name: str) -> None:
    bilingual = read(name)
    assert (bilingual.format, bilingual.source_language, bilingual.target_language) == (
        "tsv",
        "ar",
        "en",
    )
    assert [(unit.id, unit.line, unit.target) for unit in bilingual.units] == [
        ("row 2", 2, LEAD_TARGET),
        ("row 4", 4, "Talks resume on Thursday."),
        ("row 5", 5, ""),
    ]
    assert bilingual.units[0].source == "اجتمع الوزير أمس مع ثمانية مسؤولين في جبرائيل."
    empty = bilingual.units[2]
    assert empty.target_start == empty.target_end
    assert bilingual.text[empty.target_start - 1] == "\t"


def test_tsv_three_columns_take_the_first_as_id_and_language_names_as_header() -> None:
    bilingual = read("news-ids.tsv")
    assert (bilingual.source_language, bilingual.target_language) == ("ar", "en")
    assert [unit.id for unit in bilingual.units] == ["lead-1", "row 3"]


def test_tsv_without_header_and_with_role_words() -> None:
    plain = from_text("خبر\tNews\nتحديث\tUpdate\n", "p.tsv")
    assert [unit.target for unit in plain.units] == ["News", "Update"]
    assert (plain.source_language, plain.target_language) == ("", "")
    roles = from_text("Source\tTarget\nخبر\tNews\n", "r.tsv")
    assert [unit.id for unit in roles.units] == ["row 2"]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("خبر\tNews\nتحديث\n", "line 2: expected 2 tab-separated columns (as on the first line)"),
        ("خبر\tNews\tx\ty\n", "line 1: expected 2 (source, target) or 3"),
        ("\n\nخبر\n", "line 3: expected 2"),
    ],
)
def test_tsv_wrong_column_counts_name_the_line(text: str, fragment: str) -> None:
    assert fragment in error_for(text, "bad.tsv")


# --- safety and errors ---------------------------------------------------------------------


@pytest.mark.parametrize("name", HOSTILE_FIXTURES)
def test_entity_declarations_are_refused(name: str) -> None:
    assert len(HOSTILE_FIXTURES) == 4
    path = str(BILINGUAL / name)
    with pytest.raises(InputError) as caught:
        read_bilingual(read_source(path))
    message = str(caught.value)
    assert message.startswith(f"{path}: XML entity declarations are not allowed")
    assert "line 3, column 3" in message
    assert "root:" not in message


@pytest.mark.parametrize(
    ("doctype", "fragment"),
    [
        (
            '<!DOCTYPE xliff [<!ENTITY % remote SYSTEM "http://example.org/x.dtd"> %remote;]>',
            "external entity 'remote'",
        ),
        ('<!DOCTYPE xliff [<!ENTITY logo SYSTEM "logo.png" NDATA png>]>', "entity 'logo'"),
        ('<!DOCTYPE xliff SYSTEM "http://example.org/xliff.dtd">', "undefined XML entity &ext;"),
    ],
)
def test_other_entity_tricks_are_refused(doctype: str, fragment: str) -> None:
    text = (
        f'{doctype}<xliff version="1.2"><file><body><trans-unit id="1"><source>خبر</source>'
        "<target>&ext;</target></trans-unit></body></file></xliff>"
    )
    assert fragment in error_for(text, "trick.xlf")


def test_a_document_type_without_entities_is_accepted() -> None:
    assert read("news.tmx").units  # <!DOCTYPE tmx SYSTEM "tmx14.dtd">, never fetched


def test_malformed_xml_names_line_and_column() -> None:
    text = '<xliff version="1.2">\n<file>\n  <body><trans-unit id="1"></body>\n</file></xliff>'
    message = error_for(text, "broken.xlf")
    assert message == "broken.xlf: malformed XML at line 3, column 30: mismatched tag"


def test_malformed_xml_column_counts_characters_not_bytes() -> None:
    text = '<xliff version="1.2"><file><body>\nجبرائيل<</body></file></xliff>'
    assert "at line 2, column 9" in error_for(text, "arabic.xlf")


def test_deep_nesting_is_refused() -> None:
    text = '<xliff version="1.2">' + "<g>" * 600 + "</g>" * 600 + "</xliff>"
    assert "nested deeper than" in error_for(text, "deep.xlf")


# --- dispatch ------------------------------------------------------------------------------


def test_suffixes_and_dispatch() -> None:
    assert {
        ".xlf",
        ".xliff",
        ".sdlxliff",
        ".mqxliff",
        ".tmx",
        ".po",
        ".pot",
        ".tsv",
    } == BILINGUAL_SUFFIXES
    assert is_bilingual_path("story.XLF") and is_bilingual_path("dir/news.pot")
    assert not is_bilingual_path("story.txt") and not is_bilingual_path("po")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("news-1.2.xlf", "xliff-1.2"),
        ("news-2.0.xlf", "xliff-2.0"),
        ("news.tmx", "tmx"),
        ("news.po", "po"),
        ("news.tsv", "tsv"),
    ],
)
def test_standard_input_is_told_by_its_content(name: str, fmt: str) -> None:
    text = (BILINGUAL / name).read_text(encoding="utf-8")
    assert from_text(text, "-").format == fmt


def test_unknown_content_on_standard_input_is_refused() -> None:
    assert "cannot tell the bilingual format" in error_for("Just a line of news.\n", "-")
    assert "neither XLIFF nor TMX" in error_for("<html/>", "-")


# --- hostile input never gives a traceback -------------------------------------------------

READERS = {".xlf": read_xliff, ".tmx": read_tmx, ".po": read_po, ".tsv": read_tsv}
_HYPOTHESIS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _read_or_refuse(source: SourceText, reader_suffix: str) -> None:
    try:
        result = READERS[reader_suffix](source, None, None)
    except InputError as error:
        message = str(error)
        assert message.startswith(f"{source.path}: ") and "\n" not in message
        return
    assert isinstance(result, BilingualFile)
    for unit in result.units:
        assert len(unit.target_offsets) == len(unit.target)
        assert all(0 <= offset < len(source.text) for offset in unit.target_offsets)
        assert 0 <= unit.target_start <= unit.target_end <= len(source.text)


@pytest.mark.parametrize("suffix", sorted(READERS))
@_HYPOTHESIS
@given(data=st.binary(max_size=400))
def test_random_bytes_are_read_or_refused(suffix: str, data: bytes) -> None:
    try:
        source = decode_bytes(data, f"random{suffix}")
    except InputError:
        return
    _read_or_refuse(source, suffix)


@pytest.mark.parametrize("suffix", sorted(READERS))
@_HYPOTHESIS
@given(text=st.text(alphabet=st.sampled_from("<>/&;#x\"'=\\ \t\r\nabgmsdi[]0!-?:خ"), max_size=200))
def test_random_markup_is_read_or_refused(suffix: str, text: str) -> None:
    source = SourceText(f"random{suffix}", text, "utf-8", b"", text.encode("utf-8", "replace"))
    _read_or_refuse(source, suffix)


_FIXTURE_TEXTS = {
    name: (BILINGUAL / name).read_text(encoding="utf-8")
    for name in NEWS_FIXTURES + HOSTILE_FIXTURES
}


@_HYPOTHESIS
@given(
    name=st.sampled_from(sorted(_FIXTURE_TEXTS)),
    cut=st.tuples(st.floats(0, 1), st.floats(0, 1)),
    insert=st.text(max_size=12),
)
def test_damaged_fixtures_are_read_or_refused(
    name: str, cut: tuple[float, float], insert: str
) -> None:
    text = _FIXTURE_TEXTS[name]
    start, end = sorted(int(fraction * len(text)) for fraction in cut)
    damaged = text[:start] + insert + text[end:]
    source = SourceText(name, damaged, "utf-8", b"", b"")
    _read_or_refuse(source, Path(name).suffix)


# --- generated targets: what is written is what is read, at the right place ---------------

# (markup as written in the target, the text it stands for)
_XML_PIECES = st.sampled_from(
    [
        ("Gabriel ", "Gabriel "),
        ("جبرائيل", "جبرائيل"),
        ("&amp;", "&"),
        ("&lt;", "<"),
        ("&#x627;", "ا"),
        ("&#128240;", "📰"),
        ("\r\n", "\n"),
        ("\r", "\n"),
        ('<g id="1">eight</g>', "eight"),
        ('<x id="2"/>', ""),
        ('<ph id="3">&lt;br/&gt;</ph>', ""),
        ('<bpt id="4">{b}</bpt>', ""),
        ('<mrk mtype="term">Jabrayil</mrk>', "Jabrayil"),
        ("<![CDATA[a<b & c]]>", "a<b & c"),
        ("<!-- note -->", ""),
        ("<?pi data?>", ""),
    ]
)


@settings(max_examples=200, deadline=None)
@given(pieces=st.lists(_XML_PIECES, max_size=12))
def test_generated_xliff_targets_decode_at_the_right_offsets(
    pieces: list[tuple[str, str]],
) -> None:
    markup = "".join(written for written, _ in pieces)
    expected = "".join(meaning for _, meaning in pieces)
    text = (
        '<xliff version="1.2"><file source-language="ar" target-language="en"><body>\n'
        f'<trans-unit id="g"><source>خبر</source><target>{markup}</target></trans-unit>\n'
        "</body></file></xliff>\n"
    )
    bilingual = from_text(text, "generated.xlf")
    [unit] = bilingual.units
    assert unit.target == expected
    content_start = bilingual.text.index("<target>") + len("<target>")
    assert unit.target_start == content_start
    assert bilingual.text[unit.target_start : unit.target_end] == (markup if expected else "")
    assert_positions_round_trip(bilingual)


def _po_escape(value: str) -> str:
    escapes = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return "".join(escapes.get(char, char) for char in value)


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(
        st.text(alphabet=st.sampled_from('ab جبر"\\\n\t\r.%'), max_size=8), min_size=1, max_size=4
    )
)
def test_generated_po_strings_decode_at_the_right_offsets(parts: list[str]) -> None:
    lines = "\n".join(f'"{_po_escape(part)}"' for part in parts)
    text = f'msgid "خبر"\nmsgstr {lines}\n'
    bilingual = from_text(text, "generated.po")
    [unit] = bilingual.units
    assert unit.target == "".join(parts)
    assert_positions_round_trip(bilingual)
