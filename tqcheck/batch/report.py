"""``tqcheck report OUTDIR``: the desk's view of a batch output.

Reads the Parquet files of the partitions logged as done (a file a killed task left behind
is not counted), only the columns it needs, with pyarrow; groups with pandas. No Dask.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tqcheck.batch.output import (
    ARTICLE_COLUMNS,
    ARTICLES,
    FINDINGS,
    OutputFolder,
    part_name,
    read_manifest,
)
from tqcheck.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

# Groupings derived from the publication date column.
DERIVED = {"year": 4, "month": 7, "day": 10}


def load_tables(outdir: Path, by: tuple[str, ...] = ()) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, findings) of the done partitions; findings with ``row``, ``rule``,
    ``severity`` and the ``by`` columns."""
    import pyarrow.dataset as ds

    read_manifest(outdir)
    done = sorted(OutputFolder(outdir).done())
    article_files = [str(outdir / ARTICLES / part_name(index)) for index in done]
    finding_files = [str(outdir / FINDINGS / part_name(index)) for index in done]
    if not done:
        raise InputError(f"{outdir}: no partition is done yet")
    articles_data = ds.dataset(article_files, format="parquet")
    names = articles_data.schema.names
    for column in by:
        if column not in names and column not in DERIVED:
            base = {name for name, _ in ARTICLE_COLUMNS}
            carried = [name for name in names if name not in base]
            raise InputError(
                f"--by: no column {column!r} in {outdir} (carried columns: "
                f"{', '.join(carried) or 'none'}; also published, year, month, day)"
            )
    articles = articles_data.to_table().to_pandas()
    derived = [column for column in DERIVED if column in by and column not in names]
    for column in derived:
        articles[column] = articles["published"].str[: DERIVED[column]].replace("", "(no date)")
    articles.attrs["derived"] = derived
    findings = (
        ds.dataset(finding_files, format="parquet")
        .to_table(columns=["row", "rule", "name", "severity"])
        .to_pandas()
    )
    return articles, findings


def batch_report(outdir: Path, top: int = 10, by: tuple[str, ...] = ()) -> str:
    """Totals, the most frequent rules, the articles with most errors, and per group of
    ``by`` columns: articles, findings, rate, and the group's most frequent rule."""

    manifest = read_manifest(outdir)
    articles, findings = load_tables(outdir, by)
    partitions = len(manifest.get("partitions", []))
    done = len(OutputFolder(outdir).done())
    words = int(articles["words"].sum())
    unreadable = int((articles["read_error"] != "").sum())
    lines = [
        f"{outdir}: {len(articles):,} articles ({unreadable:,} with a read error), "
        f"{len(findings):,} findings ({int(articles['error'].sum()):,} errors, "
        f"{int(articles['warning'].sum()):,} warnings, {int(articles['info'].sum()):,} info), "
        f"{_rate(len(findings), words)} per 1,000 words"
    ]
    if done < partitions:
        lines.append(f"incomplete: {done} of {partitions} partitions done (finish with --resume)")
    if len(findings):
        rules = (
            findings.groupby(["rule", "name", "severity"], as_index=False)
            .agg(findings=("row", "size"), articles=("row", "nunique"))
            .sort_values(["findings", "rule"], ascending=[False, True])
            .head(top)
        )
        lines += ["", "Most frequent rules:", rules.to_string(index=False)]
    base = {name for name, _ in ARTICLE_COLUMNS} | set(articles.attrs.get("derived", []))
    carried = [column for column in articles.columns if column not in base]
    shown = ["id", *carried, "error", "warning", "info", "findings", "words", "per_1000_words"]
    ranked = articles.sort_values(
        ["error", "warning", "findings", "row"], ascending=[False, False, False, True]
    ).head(top)
    lines += ["", f"Top {len(ranked)} articles:", ranked[shown].to_string(index=False)]
    if by:
        lines += ["", f"By {', '.join(by)}:", _grouped(articles, findings, list(by)).to_string()]
    if unreadable:
        failed = articles[articles["read_error"] != ""].head(top)
        lines += ["", "Read errors:"]
        lines += [f"  {row.id}: {row.read_error}" for row in failed.itertuples()]
    return "\n".join(lines)


def _grouped(articles: pd.DataFrame, findings: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    keys = articles[["row", *by]].fillna("(none)")
    table = keys.join(articles[["words", "findings", "error", "warning", "info"]]).assign(
        read_errors=(articles["read_error"] != "").astype(int)
    )
    groups = table.groupby(by).agg(
        articles=("row", "size"),
        words=("words", "sum"),
        findings=("findings", "sum"),
        error=("error", "sum"),
        warning=("warning", "sum"),
        info=("info", "sum"),
        read_errors=("read_errors", "sum"),
    )
    groups["per_1000_words"] = [
        _rate(count, total)
        for count, total in zip(groups["findings"], groups["words"], strict=True)
    ]
    joined = findings[["row", "rule"]].merge(keys, on="row")
    if len(joined):
        counts = joined.groupby([*by, "rule"]).size().rename("n").reset_index()
        counts = counts.sort_values(["n", "rule"], ascending=[False, True])
        first = counts.drop_duplicates(by).set_index(by)
        groups["top_rule"] = [
            f"{first.loc[key, 'rule']} ({first.loc[key, 'n']})" if key in first.index else ""
            for key in groups.index
        ]
    return groups.sort_values(["findings"], ascending=False)


def _rate(count: int, words: int) -> str:
    return f"{1000 * count / words:.2f}" if words else "0.00"
