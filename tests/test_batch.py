"""``tqcheck batch`` on a real ``distributed.LocalCluster`` (2 worker processes), no mocks.

The articles are generated here from templates (our own sentences, with planted MT artifacts:
doubled words, garbled place names, literal administrative terms, counts against lists,
weekdays against dates, leaked captions, stray fragments). Most tests use --no-semantic to
keep the suite fast; one checks a small dataset with the semantic rules.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import distributed  # the [batch] extra, installed by [test]
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tqcheck.cli import main

ROOT = Path(__file__).parent.parent

# -- generated articles ----------------------------------------------------------------------

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Baku", "Ganja", "Yerevan", "Stepanakert", "Tbilisi"]
VILLAGES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
DESKS = ["politics", "world", "economy"]
ENGINES = ["engine-a", "engine-b"]

CLEAN = [
    "The ministry of defence said on {weekday} that its units had repelled an attack near the "
    "border and that the situation was calm by the evening.",
    "Officials in {city} said schools would reopen next week after repairs to the water network "
    "were completed.",
    "The central bank kept its main interest rate unchanged at {rate} per cent, citing stable "
    "prices and steady growth in exports.",
    "The talks ended without a joint statement, but both delegations said they would meet "
    "again before the end of the month.",
    "Local media reported that {n} families had left their homes in the area and were staying "
    "with relatives in nearby towns.",
    "Aid agencies said the road to {city} had reopened and that lorries carrying food and "
    "medicine were expected to arrive within days.",
]
PLANTED = [
    "The the delegation arrived in {city} on {weekday} morning and met the foreign minister.",
    "The ministry said its forces entered the city of Gabriel on {weekday} after heavy fighting.",
    "The army said it took {wrong} villages, namely {three}.",
    "Residents of the villages of Fuzuli state said the shelling stopped at dawn.",
    "The statement was issued on Wednesday, October 15, 2020, after a meeting of the cabinet.",
    "Rescue teams search the rubble of a damaged building in {city} (Reuters)",
    "Seven villages.",
    "Talks in the capital.",
    "The governor said the the bridge would be rebuilt by the spring.",
]


def article(seed: int) -> str:
    """A short MT-style article: clean paragraphs with one to three planted artifacts."""
    rng = random.Random(seed)
    values = {
        "weekday": rng.choice(WEEKDAYS),
        "city": rng.choice(CITIES),
        "rate": rng.choice(["3", "4.5", "7"]),
        "n": rng.randint(12, 90),
        "wrong": rng.choice([2, 4, 5]),
        "three": ", ".join(rng.sample(VILLAGES, 2)) + " and " + rng.choice(VILLAGES),
    }
    paragraphs = rng.sample(CLEAN, 3) + rng.sample(PLANTED, rng.randint(1, 3))
    rng.shuffle(paragraphs)
    return "\n\n".join(p.format(**values) for p in paragraphs) + "\n"


def rows(count: int, start: int = 0) -> list[dict[str, Any]]:
    return [
        {
            "id": f"a{index:04d}",
            "text": article(index),
            "published": f"2020-10-{10 + index % 15:02d}" if index % 4 else None,
            "desk": DESKS[index % len(DESKS)],
            "engine": ENGINES[index % len(ENGINES)],
        }
        for index in range(start, start + count)
    ]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# -- the cluster ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes, one thread each: the shape of a small real deployment. The
    GeoNames index is built first, here, once (as `tqcheck batch` does before it starts a local
    cluster), rather than by both workers at once."""
    from tqcheck.gazetteer.geonames import open_default

    open_default().close()
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


def on(cluster: Any) -> list[str]:
    return ["--scheduler", cluster.scheduler_address]


def run_batch_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        main(["batch", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    else:
        code = 0
    return code, capsys.readouterr().err


def read_dataset(folder: Path) -> pa.Table:
    return pq.ParquetDataset(str(folder)).read()


def check_json(
    paths: list[Path], capsys: pytest.CaptureFixture[str], *options: str
) -> dict[str, Any]:
    """``tqcheck check --format json`` on files (in one process: the report is the same
    whatever --jobs)."""
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["check", "--format", "json", "--jobs", "1", *options, *map(str, paths)])
    assert exit_info.value.code in (0, 1), capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def same_as_check(
    records: list[dict[str, Any]],
    findings: pa.Table,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    *options: str,
) -> int:
    """Assert the batch findings of each record equal `check`'s on the same text as a file,
    with the record's publication date; the number of articles compared."""
    batch = findings_by_id(findings)
    by_date: dict[str | None, list[Path]] = {}
    folder.mkdir()
    for record in records:
        path = folder / f"{record['id']}.txt"
        path.write_text(record["text"], encoding="utf-8")
        by_date.setdefault(record.get("published"), []).append(path)
    compared = 0
    for published, paths in by_date.items():
        extra = ["--published", published] if published else []
        report = check_json(paths, capsys, *options, *extra)
        for file in report["files"]:
            expected = [
                (*(f[k] for k in FINDING_KEYS), f["text"], f["message"], f["suggestion"])
                for f in file["findings"]
            ]
            assert batch.get(Path(file["path"]).stem, []) == expected, file["path"]
            compared += 1
    return compared


FINDING_KEYS = ["rule", "category", "severity", "line", "column", "end_line", "end_column"]


def findings_by_id(table: pa.Table) -> dict[str, list[tuple[Any, ...]]]:
    grouped: dict[str, list[tuple[Any, ...]]] = {}
    for record in table.to_pylist():
        key = (*(record[k] for k in FINDING_KEYS), record["text"], record["message"])
        grouped.setdefault(record["id"], []).append((*key, record["suggestion"]))
    return grouped


# -- tests -------------------------------------------------------------------------------------


def test_findings_equal_check_per_article(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    records = rows(120)
    source = write_jsonl(tmp_path / "archive.jsonl", records)
    out = tmp_path / "out"
    code, err = run_batch_cli(
        [
            str(source),
            "-o",
            str(out),
            "--no-semantic",
            "--carry",
            "desk,engine",
            "--partition-size",
            "40",
            "--scheduler",
            cluster.scheduler_address,
        ],
        capsys,
    )
    assert code == 0, err
    assert "120 articles checked in 3 of 3 partitions" in err
    articles = read_dataset(out / "articles").to_pylist()
    assert sorted(a["id"] for a in articles) == [r["id"] for r in records]
    findings = read_dataset(out / "findings")
    assert findings.num_rows > 120  # one to three artifacts planted in each article
    assert set(findings.column_names) >= {"row", "id", "rule", "name", "start", "end", "desk"}
    # The same texts as files, checked by `tqcheck check` with each article's date.
    assert same_as_check(records, findings, tmp_path / "files", capsys, "--no-semantic") == 120
    batch = findings_by_id(findings)
    row = next(a for a in articles if a["id"] == "a0001")
    assert row["desk"] == "world" and row["engine"] == "engine-b"
    assert row["published"] == "2020-10-11" and row["read_error"] == ""
    assert row["findings"] == len(batch.get("a0001", []))
    # The carried columns reach every finding.
    assert {r["desk"] for r in findings.select(["desk"]).to_pylist()} == set(DESKS)


def test_report_reads_batch_output(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", rows(60))
    out = tmp_path / "out"
    args = [str(source), "-o", str(out), "--no-semantic", "--carry", "desk", "--carry", "engine"]
    code, err = run_batch_cli([*args, "--scheduler", cluster.scheduler_address], capsys)
    assert code == 0, err
    main(["report", str(out), "--by", "desk", "--top", "3"])
    text = capsys.readouterr().out
    findings = read_dataset(out / "findings").to_pandas()
    assert f"60 articles (0 with a read error), {len(findings):,} findings" in text
    top_rule = findings["rule"].value_counts().sort_index().idxmax()
    assert "Most frequent rules:" in text and top_rule in text
    assert "Top 3 articles:" in text and "By desk:" in text
    for desk in DESKS:
        count = int((findings["desk"] == desk).sum())
        assert any(line.split()[:1] == [desk] and str(count) in line for line in text.splitlines())
    with pytest.raises(SystemExit):
        main(["report", str(out), "--by", "nosuch"])
    assert "no column 'nosuch'" in capsys.readouterr().err


def test_malformed_rows_are_article_errors(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    good = rows(6)
    lines = [json.dumps(r) for r in good[:3]]
    lines += [
        json.dumps({"id": "no-text", "desk": "world"}),
        json.dumps({"id": "null-text", "text": None}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "list", "text": ["a", "b"]}),
        json.dumps({"id": "empty", "text": "   \n"}),
        json.dumps({"id": "huge", "text": "The army said. " * 80_000}),  # 1.2 MB
        json.dumps({"id": "bad-date", "text": good[0]["text"], "published": "last spring"}),
        "{not json",
        "[1, 2, 3]",
        "",
        *(json.dumps(r) for r in good[3:]),
    ]
    source = tmp_path / "messy.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    out = tmp_path / "out"
    args = [str(source), "-o", str(out), "--no-semantic", "--partition-size", "4"]
    code, err = run_batch_cli([*args, *on(cluster)], capsys)
    assert code == 0, err
    articles = {a["row"]: a for a in read_dataset(out / "articles").to_pylist()}
    assert sorted(articles) == list(range(15))  # the blank line is no article
    errors = {a["id"]: a["read_error"] for a in articles.values() if a["read_error"]}
    assert errors == {
        "no-text": "no text (column 'text' is missing or null)",
        "null-text": "no text (column 'text' is missing or null)",
        "number": "column 'text' is not a string (int)",
        "list": "column 'text' is not a string (list)",
        "empty": "empty text (column 'text')",
        "huge": "column 'text' is 1,200,000 bytes, over the limit of 1,048,576 "
        "(raise it with --max-file-size)",
        "bad-date": "column 'published': 'last spring' is not a date (YYYY-MM-DD)",
        "10": "line 11: not valid JSON (Expecting property name enclosed in double quotes)",
        "11": "line 12: not a JSON object (list)",
    }
    checked = [a for a in articles.values() if not a["read_error"]]
    assert [a["id"] for a in checked] == [r["id"] for r in good]
    assert all(a["words"] > 50 for a in checked) and sum(a["findings"] for a in checked) > 0
    assert "9 articles with a read error" in err


def test_parquet_and_text_folder_inputs(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    records = [{k: v for k, v in r.items() if k != "published"} for r in rows(30)]
    dataset = tmp_path / "dataset"
    dataset.mkdir()
    for number, start in enumerate(range(0, 30, 12)):
        table = pa.Table.from_pylist(records[start : start + 12])
        pq.write_table(table, dataset / f"part-{number}.parquet", row_group_size=5)
    folder = tmp_path / "texts"
    (folder / "desk").mkdir(parents=True)
    for record in records:
        (folder / "desk" / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    results = {}
    for name, source in (("parquet", dataset), ("text", folder)):
        out = tmp_path / f"out-{name}"
        args = [str(source), "-o", str(out), "--no-semantic", "--partition-size", "7"]
        code, err = run_batch_cli([*args, "--published", "2020-10-15", *on(cluster)], capsys)
        assert code == 0, err
        assert "30 articles checked in 5 of 5 partitions" in err
        results[name] = sorted(
            (Path(r["id"]).stem, r["row"], r["start"], r["rule"], r["message"])
            for r in read_dataset(out / "findings").to_pylist()
        )
    assert results["parquet"] == results["text"]
    assert len(results["parquet"]) > 30


def test_worker_killed_mid_run(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A worker process killed (SIGKILL, by its pid) while partitions run: its nanny starts a
    new one, Dask reruns the lost tasks, and every article is in the output exactly once."""
    from tqcheck.batch.command import run_command
    from tqcheck.runner import CheckOptions

    source = write_jsonl(tmp_path / "a.jsonl", rows(300))
    out = tmp_path / "out"
    with distributed.Client(cluster) as client:
        pids = client.run(os.getpid)
        killed: list[int] = []

        def kill_when_started() -> None:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                done = (out / "done.txt").read_text() if (out / "done.txt").is_file() else ""
                if len(done.split()) >= 2:
                    victim = sorted(pids.values())[0]
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_when_started)
        killer.start()
        code = run_command(
            str(source),
            out,
            CheckOptions(semantic=False),
            partition_size=10,
            scheduler=cluster.scheduler_address,
        )
        killer.join()
    assert killed, "the run ended before a worker could be killed"
    assert code == 0, capsys.readouterr().err
    articles = read_dataset(out / "articles").column("id").to_pylist()
    assert sorted(articles) == [f"a{i:04d}" for i in range(300)]  # each exactly once
    done = (out / "done.txt").read_text().split()
    assert sorted(map(int, done)) == list(range(30))


def test_resume_after_the_job_is_killed(
    tmp_path: Path, cluster: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The batch process killed after some partitions: --resume redoes only the others, and
    the output has every article once."""
    source = write_jsonl(tmp_path / "a.jsonl", rows(120))
    out = tmp_path / "out"
    argv = [
        sys.executable,
        "-m",
        "tqcheck",
        "batch",
        str(source),
        "-o",
        str(out),
        "--no-semantic",
        "--partition-size",
        "6",
        "--scheduler",
        cluster.scheduler_address,
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        done_file = out / "done.txt"
        if done_file.is_file() and len(done_file.read_text().split()) >= 4:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.kill()
    proc.communicate(timeout=30)
    done_before = sorted(map(int, (out / "done.txt").read_text().split()))
    assert 4 <= len(done_before) < 20
    stamps = {
        index: (out / "articles" / f"part-{index:06d}.parquet").stat().st_mtime_ns
        for index in done_before
    }
    resumed = subprocess.run(
        [*argv, "--resume"], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    redone = 20 - len(done_before)
    assert f"in {redone} of 20 partitions ({len(done_before)} done before)" in resumed.stderr
    for index, stamp in stamps.items():  # the finished partitions were not rewritten
        assert (out / "articles" / f"part-{index:06d}.parquet").stat().st_mtime_ns == stamp
    ids = read_dataset(out / "articles").column("id").to_pylist()
    assert sorted(ids) == [f"a{i:04d}" for i in range(120)]
    findings = read_dataset(out / "findings").to_pylist()
    keys = [(f["row"], f["rule"], f["start"]) for f in findings]
    assert len(keys) == len(set(keys))  # no finding twice
    code, err = run_batch_cli(argv[4:], capsys)  # without --resume: refused, nothing lost
    assert code == 2 and "already holds a batch output; pass --resume" in err


def test_bundled_sample_with_default_local_cluster_and_semantic_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's example: the default LocalCluster (no --scheduler; one worker, to spare
    the test machine a second model), semantic rules on,
    findings equal to `check`'s with the semantic rules."""
    sample = ROOT / "examples" / "batch" / "articles.jsonl"
    out = tmp_path / "out"
    code, err = run_batch_cli(
        [
            str(sample),
            "-o",
            str(out),
            "--carry",
            "desk,engine",
            "--workers",
            "1",
            "--partition-size=20",
        ],
        capsys,
    )
    assert code == 0, err
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    articles = read_dataset(out / "articles").to_pylist()
    assert len(articles) == len(records) and not any(a["read_error"] for a in articles)
    findings = read_dataset(out / "findings")
    assert {"TQ201", "TQ301", "TQ601"} <= set(findings.column("rule").to_pylist())
    assert same_as_check(records, findings, tmp_path / "files", capsys) == len(records)


def test_check_does_not_import_dask(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("The the army said it was calm.\n", encoding="utf-8")
    probe = (
        "import sys\n"
        "from tqcheck.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe, "check", "--no-semantic", "-q", str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "TQ201" in proc.stdout, proc.stderr
    assert proc.stderr.strip() == "[]"
