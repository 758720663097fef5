"""Inline codes recorded on units by the XLIFF and TMX readers (what TQ720 compares)."""

from __future__ import annotations

from tqcheck.bilingual.formats import read_bilingual
from tqcheck.document.source import decode_bytes

XLIFF20 = (
    '<?xml version="1.0"?>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" '
    'srcLang="ar" trgLang="en"><file id="f"><unit id="u1"><segment>'
    '<source>قال <pc id="1">الوزير</pc> <ph id="2"/> اليوم</source>'
    '<target>The <pc id="1">minister</pc> said today</target></segment></unit></file></xliff>\n'
)
TMX = (
    '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ar" segtype="sentence" '
    'datatype="plaintext" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>'
    '<body><tu tuid="7"><tuv xml:lang="ar"><seg><bpt i="1">&lt;b&gt;</bpt>عاجل<ept i="1">'
    '&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en"><seg>Breaking</seg></tuv></tu></body></tmx>\n'
)


def test_xliff_codes_have_name_id_position_and_offset() -> None:
    bilingual = read_bilingual(decode_bytes(XLIFF20.encode("utf-8"), "a.xlf"))
    unit = bilingual.units[0]
    assert [(c.name, c.id, c.position) for c in unit.source_codes] == [
        ("pc", "1", 4),
        ("ph", "2", 11),
    ]
    assert [(c.label, c.position) for c in unit.target_codes] == [('<pc id="1">', 4)]
    code = unit.target_codes[0]
    assert bilingual.text[code.offset : code.offset + 11] == '<pc id="1">'
    assert unit.target[code.position :].startswith("minister")


def test_tmx_codes_use_the_i_attribute() -> None:
    unit = read_bilingual(decode_bytes(TMX.encode("utf-8"), "a.tmx")).units[0]
    assert [(c.name, c.id) for c in unit.source_codes] == [("bpt", "1"), ("ept", "1")]
    assert unit.source == "عاجل" and unit.target_codes == ()
