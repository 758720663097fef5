"""Second-engineer review of issue 13's third-session commits (13Rev13).

Issue 13 asks that a run's place findings not depend on the other articles it checks: the
readings cache words, names and sentences (``look_alikes.WORD_CACHE``, ``garbles.units_in``)
and an article's geography is read per article, so each file of a run of several, checked in
one process, must get the findings it gets when checked alone. The word caches 8bef065 bounded
(eleven, its message says) are all bounded, not only the four its test named. The articles are
the reviewer's own sentences, in no dev set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.gazetteer import look_alikes

# One article per country, each with a place garble its own geography reads ("Tennis" in an
# article naming Tunisia, "Muscle" in one naming Iraq, a Turkish literal reading beside the
# province it names, "Holms" in one naming Syria); the run checks them in this order.
ARTICLES = {
    "a_tunis.txt": (
        "Hundreds of lawyers marched in Tennis on Monday, Tunisian media said.\n\n"
        "The union said the strike would go on.\n"
    ),
    "b_mosul.txt": (
        "Iraqi police said shelling had hit the old quarter of Muscle overnight.\n\n"
        "Three people were wounded, the health ministry in Baghdad said.\n"
    ),
    "c_isparta.txt": "Floods cut the road to White Water, a district of Isparta, on Tuesday.\n",
    "d_homs.txt": (
        "Syrian state media said the old quarter of Holms was shelled again.\n\n"
        "Farmers in the valley said the harvest was poor this year.\n"
    ),
}
PLACE_RULES = "TQ301,TQ302,TQ303,TQ304,TQ305,TQ306"


def _place_findings(folder: Path, names: list[str]) -> dict[str, list[tuple[object, ...]]]:
    """File name -> (rule, line, column, text, suggestion) of each place finding of one
    ``tqcheck check`` process over ``names`` (one worker: every file in the same process)."""
    command = [sys.executable, "-m", "tqcheck", "check", "--no-semantic", "--exit-zero"]
    command += ["--select", PLACE_RULES, "--format", "json", "-j", "1", *names]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return {
        Path(entry["path"]).name: [
            (f["rule"], f["line"], f["column"], f["text"], f["suggestion"])
            for f in entry["findings"]
        ]
        for entry in json.loads(done.stdout)["files"]
    }


def test_an_articles_place_findings_do_not_depend_on_the_others_of_the_run(
    tmp_path: Path,
) -> None:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    together = _place_findings(tmp_path, list(ARTICLES))
    assert all(together[name] for name in ARTICLES), together  # each has its garble
    for name in ARTICLES:
        assert _place_findings(tmp_path, [name]) == {name: together[name]}, name


@pytest.mark.parametrize(
    "name",
    [
        "_english_text",
        "english_readings",
        "english_skeletons",
        "sound_frames",
        "_word_frames",
        "_bare_name",
        "_shortened_keys",
        "_one_class_more",
        "one_sound_apart",
        "_sound_keys",
        "_another_name",
    ],
)
def test_every_word_cache_8bef065_bounded_is_bounded(name: str) -> None:
    function = getattr(look_alikes, name)
    assert function.cache_info().maxsize == look_alikes.WORD_CACHE


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # a province by its name where GeoNames has a town of that name (Hatay, TR 31)
        ("Old Well, a village of Hatay, was flooded.", ("TR", "31")),
        # a city of 50,000 or more names its province (Antakya: Hatay; Nasiriyah: Dhi Qar)
        ("Old Well, a village near Antakya, was flooded.", ("TR", "31")),
        ("Old Well, a village near Nasiriyah, was flooded.", ("IQ", "09")),
    ],
)
def test_the_province_a_sentence_names_is_read_as_the_docs_say(
    sentence: str, unit: tuple[str, str]
) -> None:
    from tqcheck.gazetteer import garbles

    assert unit in garbles.units_in(sentence)


def test_a_provinces_name_no_place_bears_orients_nothing_as_the_docs_say() -> None:
    # docs/place-garbles.md: ISO 3166-2 subdivisions carry no GeoNames admin1, so "Dhi Qar"
    # alone, which no GeoNames place is named, orients no literal reading (b735557's
    # docstring: a unit counts through a place of its name)
    from tqcheck.gazetteer import garbles

    assert garbles.units_in("Old Well, a village of Dhi Qar, was flooded.") == frozenset()
