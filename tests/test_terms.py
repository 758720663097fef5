"""House terms: the config table, CSV and TBX files, the shipped terms, errors, matching."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_main
from tqcheck.terms.glossary import Glossary, compile_glossary, read_tbx
from tqcheck.terms.matcher import PhraseMatcher, same_form

TERMS = ROOT / "tests" / "fixtures" / "terms"


def _check(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    config: str,
    text: str,
    name: str = "a.txt",
    extra: tuple[str, ...] = (),
) -> tuple[int, list[dict], str]:
    for path in TERMS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "tqcheck.toml").write_text(config, encoding="utf-8")
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    code, out, err = run_main(
        ["check", "--no-semantic", "--select", "term", "--format", "json", *extra, str(target)],
        capsys,
    )
    if code == 2:
        return code, [], err
    findings = [f for file in json.loads(out)["files"] for f in file["findings"]]
    return code, findings, err


def test_config_table_preferred_forbidden_and_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = (
        "[terms]\ndefault = false\n"
        'preferred = { "Kyiv" = ["Kiev"], "Prime Minister Nikol Pashinyan" = [] }\n'
        'forbidden = { "regime" = "loaded: name the government" }\n'
    )
    text = "Kiev said prime minister Nikol Pashinyan spoke. The regime denied it.\n"
    code, findings, _ = _check(tmp_path, capsys, config, text)
    got = [(f["rule"], f["text"], f["suggestion"]) for f in findings]
    assert got == [
        ("TQ801", "Kiev", "Kyiv"),
        ("TQ801", "prime minister Nikol Pashinyan", "Prime Minister Nikol Pashinyan"),
        ("TQ802", "regime", None),
    ]
    assert "loaded: name the government" in findings[2]["message"]
    assert code == 0  # warnings only


def test_shipped_terms_are_opt_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "The Minsk group met.\n"
    for name in ("none", "on", "off"):
        (tmp_path / name).mkdir()
    assert _check(tmp_path / "none", capsys, "", text)[1] == []
    assert len(_check(tmp_path / "on", capsys, "[terms]\ndefault = true\n", text)[1]) == 1
    assert _check(tmp_path / "off", capsys, "[terms]\ndefault = false\n", text)[1] == []


def test_csv_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = '[terms]\nfiles = ["newsroom.csv"]\n'
    text = "The O.S.C.E. said rebels entered Stepanakerd.\n"
    _, findings, _ = _check(tmp_path, capsys, config, text)
    got = [(f["rule"], f["text"], f["suggestion"]) for f in findings]
    assert got == [
        ("TQ801", "O.S.C.E", "OSCE"),
        ("TQ802", "rebels", "fighters"),
        ("TQ801", "Stepanakerd", "Stepanakert"),
    ]
    assert "[newsroom.csv:5]" in findings[1]["message"]


def test_tbx_file_variants_forbidden_and_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = '[terms]\nfiles = ["newsroom.tbx"]\ndefault = false\n'
    text = "The premier flew to Kiev after a surgical strike.\n"
    _, findings, _ = _check(tmp_path, capsys, config, text)
    got = [(f["rule"], f["text"], f["suggestion"]) for f in findings]
    assert got == [("TQ801", "Kiev", "Kyiv"), ("TQ802", "surgical strike", None)]
    assert "since 2019" in findings[0]["message"]
    assert "the desk describes the act instead" in findings[1]["message"]
    glossary = Glossary()
    read_tbx(TERMS / "newsroom.tbx", glossary)
    pairs = {source: targets for source, targets, _ in glossary.pairs}
    assert pairs == {"كييف": ("Kyiv",), "رئيس الوزراء": ("Prime Minister", "premier")}


def test_pairs_in_a_bilingual_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = '[terms]\nfiles = ["newsroom.tbx"]\ndefault = false\n'
    tsv = "وصل رئيس الوزراء إلى كييف.\tThe premier arrived in the capital.\n"
    _, findings, _ = _check(tmp_path, capsys, config, tsv, name="a.tsv")
    assert [(f["rule"], f["unit"]) for f in findings] == [("TQ803", "row 1")]
    assert '"Kyiv"' in findings[0]["message"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('[terms]\nfiles = ["bad-status.csv"]\n', "bad-status.csv:2: term status must be"),
        ('[terms]\nfiles = ["entity.tbx"]\n', "entity.tbx: not a readable TBX file"),
        ('[terms]\nfiles = ["missing.csv"]\n', "missing.csv: cannot read term file"),
        ("[terms]\nglossary = 1\n", "unknown terms key 'glossary'"),
        ("terms = 3\n", "'terms' must be a table"),
    ],
)
def test_bad_term_files_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, message: str
) -> None:
    code, _, err = _check(tmp_path, capsys, config, "Text.\n")  # a fresh folder each time
    assert code == 2
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_matcher_takes_the_longest_phrase_and_arabic_proclitics() -> None:
    matcher = PhraseMatcher([("Minsk", 1), ("Minsk Group", 2)])
    assert [(h.start, h.end, h.value) for h in matcher.find("the Minsk Group, Minsk")] == [
        (4, 15, 2),
        (17, 22, 1),
    ]
    arabic = PhraseMatcher([("الأمم المتحدة", True)], proclitics=True)
    hits = list(arabic.find("وقالت والامم المتحدة"))
    assert [(h.start, h.end) for h in hits] == [(7, 20)]


def test_same_form() -> None:
    assert same_form("Minsk Group", "Minsk Group")
    assert not same_form("Minsk group", "Minsk Group")
    assert same_form("Ceasefire", "ceasefire") and not same_form("CeaseFire", "ceasefire")
    assert same_form("MINSK GROUP", "Minsk Group")
    assert not same_form("Nagorno Karabakh", "Nagorno-Karabakh")


def test_compiled_glossary_merges_targets_of_one_source_term() -> None:
    glossary = Glossary()
    glossary.add_pair("الأمم المتحدة", ["United Nations"], "a")
    glossary.add_pair("الامم المتحدة", ["UN"], "b")
    compiled = compile_glossary(glossary)
    assert [hit.value for hit in compiled.source.find("الأمم المتحدة")] == [
        ("الأمم المتحدة", ("United Nations", "UN"))
    ]
