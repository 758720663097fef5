"""ISO countries and subdivisions as cached tuples, and the cache of derived tables behind them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tqcheck.gazetteer import cache_files, iso


def test_countries_and_names_as_copy_writes_them() -> None:
    palestine = iso.country("PS")
    assert palestine is not None
    assert palestine.name == "Palestine, State of"
    assert palestine.official_name == "the State of Palestine"
    assert iso.short_name("PS") == "Palestine"
    assert iso.short_name("IR") == "Iran"  # pycountry's common name
    assert iso.short_name("XX") == "XX"  # no such country: the code itself
    assert len(iso.countries()) > 240


def test_subdivisions_hold_code_country_type_and_name() -> None:
    rows = {code: (country, kind, name) for code, country, kind, name in iso.subdivisions()}
    assert rows["IQ-BA"] == ("IQ", "Governorate", "Al Başrah")
    assert len(rows) > 4000


def test_a_table_is_built_once_and_again_when_an_input_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\tb\n", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, str]:
        built.append(1)
        key, value = source.read_text(encoding="utf-8").strip().split("\t")
        return {key: value}

    assert cache_files.table("test-words", [source], build, dict) == {"a": "b"}
    assert cache_files.table("test-words", [source], build, dict) == {"a": "b"}
    assert len(built) == 1  # the second call read the pickle
    source.write_text("a\tc\n", encoding="utf-8")
    assert cache_files.table("test-words", [source], build, dict) == {"a": "c"}
    assert len(built) == 2


def test_a_cache_that_cannot_be_written_only_means_building_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o555)
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(cache))
    source = tmp_path / "words.tsv"
    source.write_text("x", encoding="utf-8")
    built: list[int] = []

    def build() -> tuple[str, ...]:
        built.append(1)
        return ("x",)

    for _ in range(2):
        assert cache_files.table("test-ro", [source], build, tuple) == ("x",)
    assert len(built) == 2
    assert list(cache.iterdir()) == []  # nothing written into the read-only folder


def test_a_check_reads_countries_without_importing_pycountry(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Iraqi forces entered the city of Ticket, north of Baghdad, on Monday.\n",
        encoding="utf-8",
    )
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['tqcheck', 'check', '--no-semantic', '-q', {str(article)!r}]\n"
        "try:\n"
        "    runpy.run_module('tqcheck', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('pycountry' in sys.modules, file=sys.stderr)\n"
    )
    env = dict(os.environ)
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        for _ in range(2)
    ]
    assert "Ticket" in runs[1].stdout  # the check ran and found the garble
    assert runs[1].stderr.strip().splitlines()[-1] == "False"  # second run: tables cached
