"""The table behind ``tqcheck facts``: what the number and date checks reasoned from.

One row per fact, in document order: every extracted quantity, every list that spells out a
count, every date expression with the day it resolves to, and a final row for the publication
date (given, or inferred from the text's own dates). pandas is imported only when a table is
built, so ``tqcheck check`` never loads it.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Any

from tqcheck.facts.analysis import CountedList, Facts, document_facts
from tqcheck.facts.dates import DateMention, resolve
from tqcheck.facts.quantities import Quantity

if TYPE_CHECKING:
    import pandas as pd

    from tqcheck.document.model import Document

COLUMNS = ("line", "column", "type", "text", "value", "detail")
FORMATS = ("table", "csv", "json")
# Document order; a quantity comes before the list that spells it out.
_TYPE_ORDER = {"date": 0, "quantity": 1, "list": 2}


def fact_rows(document: Document, published: date | None) -> list[dict[str, Any]]:
    """The rows of the facts table (plain dicts with the keys of :data:`COLUMNS`)."""
    facts = document_facts(document)
    if published is not None:
        days: tuple[date, ...] = (published,)
    else:
        days = facts.inference().candidates if facts.dates else ()
    positioned: list[tuple[int, int, dict[str, Any]]] = []
    for quantity in facts.quantities:
        row = _quantity_row(document, quantity)
        positioned.append((quantity.start, _TYPE_ORDER["quantity"], row))
    for counted in facts.lists:
        row = _list_row(document, counted)
        positioned.append((counted.enumeration.start, _TYPE_ORDER["list"], row))
    for mention in facts.dates:
        row = _date_row(document, mention, days, inferred=published is None)
        positioned.append((mention.start, _TYPE_ORDER["date"], row))
    positioned.sort(key=lambda item: (item[0], item[1]))
    rows = [row for _, _, row in positioned]
    rows.append(_publication_row(facts, published))
    return rows


def facts_table(document: Document, published: date | None) -> pd.DataFrame:
    """:func:`fact_rows` as a DataFrame; ``line`` and ``column`` are nullable integers, and
    ``value`` keeps each row's own type (an object column: 8 stays 8, never 8.0)."""
    import pandas as pd

    table = pd.DataFrame(fact_rows(document, published), columns=list(COLUMNS), dtype=object)
    return table.astype({"line": "Int64", "column": "Int64"})


def render_facts(table: pd.DataFrame, output_format: str) -> str:
    """``table`` as aligned plain text, CSV, or a JSON list of objects (keys in column order)."""
    if output_format == "csv":
        return str(table.to_csv(index=False, lineterminator="\n"))
    if output_format == "json":
        records = json.loads(table.to_json(orient="records"))
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if output_format != "table":
        raise ValueError(f"unknown facts format {output_format!r}")
    shown = table.astype(object).where(table.notna(), "")
    # Numbers right-aligned, text left-aligned: pad each value to its column's width.
    formatters = {}
    for name in COLUMNS:
        width = max([len(str(value)) for value in shown[name]] + [len(name)])
        align = ">" if name in ("line", "column") else "<"
        formatters[name] = lambda value, align=align, width=width: f"{value!s:{align}{width}}"
    text = shown.to_string(index=False, formatters=formatters, justify="left")
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


def _position(document: Document, offset: int) -> tuple[int, int]:
    return document.lines.position(offset)


def _span_text(document: Document, start: int, end: int) -> str:
    return " ".join(document.plain[start:end].split())


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value.is_integer() else value


def _bound(value: float) -> str:
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


def _quantity_row(document: Document, quantity: Quantity) -> dict[str, Any]:
    line, column = _position(document, quantity.start)
    end = max(quantity.end, quantity.head_end)
    parts = [_how_exact(quantity)]
    if quantity.head:
        parts.append(f"head: {quantity.head}")
    if quantity.modifiers:
        parts.append(f"modifiers: {', '.join(quantity.modifiers)}")
    if quantity.conjoined:
        parts.append(f"and: {', '.join(quantity.conjoined)}")
    if quantity.event:
        parts.append(f"event: {quantity.event}")
    if quantity.extra.get("heading"):
        parts.append("in a heading")
    return {
        "line": line,
        "column": column,
        "type": "quantity",
        "text": _span_text(document, quantity.start, end),
        "value": _number(quantity.value),
        "detail": "; ".join(parts),
    }


def _how_exact(quantity: Quantity) -> str:
    """ "cardinal, exact", "cardinal, approx 27 to 33", "percent, min (30 or more)"."""
    low, high = quantity.low, quantity.high
    qualifier = quantity.qualifier
    if qualifier == "exact" or low is None or high is None:
        return f"{quantity.kind}, {qualifier}"
    if high == float("inf"):
        bounds = f"{_bound(low)} or more"
    elif qualifier == "max":
        bounds = f"{_bound(high)} or less"
    else:
        bounds = f"{_bound(low)} to {_bound(high)}"
    return f"{quantity.kind}, {qualifier} ({bounds})"


def _list_row(document: Document, counted: CountedList) -> dict[str, Any]:
    enumeration = counted.enumeration
    count = counted.count
    line, column = _position(document, enumeration.start)
    names: list[str] = []
    for item in enumeration.items:
        names.append(f"{item.text} [{' '.join(item.group.split())}]" if item.group else item.text)
    spelled = _span_text(document, count.start, max(count.end, count.head_end))
    parts = [f"count: {count.display()} ({spelled})"]
    if enumeration.partial:
        parts.append("partial list (may name fewer)")
    parts.append(f"items: {', '.join(names)}")
    return {
        "line": line,
        "column": column,
        "type": "list",
        "text": _span_text(document, enumeration.start, enumeration.end),
        "value": len(enumeration.items),
        "detail": "; ".join(parts),
    }


def _date_row(
    document: Document, mention: DateMention, days: tuple[date, ...], inferred: bool
) -> dict[str, Any]:
    line, column = _position(document, mention.start)
    resolved = _resolve_for_all(mention, days)
    parts = [mention.kind + (f", {mention.tense}" if mention.tense else "")]
    if mention.weekday_name:
        parts.append(f"weekday written: {mention.weekday_name}")
    if mention.kind == "counter":
        parts.append(f"{mention.unit} {mention.count}")
    if mention.kind in ("ago", "later") and mention.unit:
        parts.append(f"{mention.count} {mention.unit}{'' if abs(mention.count) == 1 else 's'}")
    if mention.kind in ("year", "decade", "month_year") and mention.year is not None:
        parts.append(f"year: {mention.year}" + ("s" if mention.kind == "decade" else ""))
    if mention.direction:
        parts.append(f"direction: {mention.direction}")
    if mention.since:
        parts.append("since")
    if resolved is not None:
        parts.append(f"falls on a {resolved:%A}")
        if inferred and not (mention.kind == "absolute" and mention.year is not None):
            parts.append("the same for every inferred publication day")
    return {
        "line": line,
        "column": column,
        "type": "date",
        "text": " ".join(mention.text.split()),
        "value": resolved.isoformat() if resolved is not None else None,
        "detail": "; ".join(parts),
    }


def _resolve_for_all(mention: DateMention, days: tuple[date, ...]) -> date | None:
    """The day ``mention`` names for every publication day in ``days``; ``None`` if they differ.

    With a given publication date ``days`` is that date alone; otherwise it is the inferred
    candidates, so a full date, or a day and month the inference pins down, still resolves.
    """
    resolved: date | None = None
    for day in days:
        found = resolve(mention, day)
        if found is None or (resolved is not None and found != resolved):
            return None
        resolved = found
    return resolved


def _publication_row(facts: Facts, published: date | None) -> dict[str, Any]:
    row: dict[str, Any] = {"line": None, "column": None, "type": "publication", "text": ""}
    if published is not None:
        return row | {"value": published.isoformat(), "detail": "given"}
    inference = facts.inference()
    if not inference.informative:
        return row | {
            "value": None,
            "detail": "unknown: not given, and no date in the text depends on it",
        }
    count = len(inference.constraints)
    statements = "; ".join(constraint.states for constraint in inference.constraints)
    detail = f"inferred from {count} statement{'' if count == 1 else 's'}: {statements}"
    left_out = len(inference.conflicts) + len(inference.impossible)
    if left_out:
        detail += f" ({left_out} contradictory statement{'' if left_out == 1 else 's'} left out)"
    return row | {"value": inference.describe(), "detail": detail}
