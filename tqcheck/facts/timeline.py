"""What the dates in an article say about when it was published, and where they disagree.

Each date expression that depends on the publication date becomes a :class:`Constraint`: a
test of a candidate publication day plus the words an editor needs when it fails ("yesterday,
Wednesday" holds only for articles published on a Thursday). With a known publication date
each constraint is checked on its own; without one, the solver keeps the candidate days that
satisfy every constraint. The candidates are the days around the years the article states in
full dates, or, when it states none, a 28-year window (weekdays and month lengths repeat every
28 years between 1901 and 2099, so the window holds every pattern the text can express).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from tqcheck.facts.dates import WEEKDAY_NAMES, DateMention, describe_day, resolve

# Kinds of constraint, each reported by one rule of tqcheck/rules/date/.
WEEKDAY = "weekday"  # a weekday written with a day and month whose year is publication's
RELATIVE = "relative"  # a relative date or weekday disagrees with the publication date
TIMELINE = "timeline"  # an event dated after publication, a counter that does not add up


@dataclass(frozen=True, slots=True)
class Constraint:
    """One thing the text says about its publication day."""

    mention: DateMention
    kind: str  # RELATIVE or TIMELINE
    holds: Callable[[date], bool] = field(compare=False)
    # What the text states, for messages: "'yesterday, Wednesday' puts publication on a Thursday".
    states: str
    # Why it fails for a given publication day.
    explain: Callable[[date], str] = field(compare=False)


def constraints_for(mentions: Sequence[DateMention]) -> list[Constraint]:
    """The publication-date constraints the date mentions of one article express; a statement
    repeated word for word (a digest, a pasted paragraph) counts once."""
    found: list[Constraint] = []
    start = _story_start(mentions)
    seen: set[tuple[object, ...]] = set()
    for mention in mentions:
        key = (" ".join(mention.text.lower().split()), mention.kind, mention.tense, mention.since)
        if key in seen:
            continue
        seen.add(key)
        found.extend(_constraints_of(mention, start))
    return found


def _story_start(mentions: Sequence[DateMention]) -> DateMention | None:
    """The date the story's events began ("since the beginning of the fighting on the 27th")."""
    for mention in mentions:
        if mention.start_marker and mention.kind in ("absolute", "month_day", "relative_day"):
            return mention
    return None


def _constraints_of(mention: DateMention, story_start: DateMention | None) -> list[Constraint]:
    quoted = f"'{' '.join(mention.text.split())}'"
    found: list[Constraint] = []
    weekday = mention.weekday
    if weekday is not None and mention.kind in ("relative_day",):

        def weekday_holds(day: date, m: DateMention = mention, w: int = weekday) -> bool:
            resolved = resolve(m, day)
            return resolved is not None and resolved.weekday() == w

        def weekday_explain(day: date, m: DateMention = mention, w: int = weekday) -> str:
            resolved = resolve(m, day)
            word = " ".join(m.text.split()).split(",")[0].split("(")[0].strip()
            return (
                f"published {describe_day(day)}, so '{word}' is "
                f"{describe_day(resolved) if resolved else 'no day'}, not {WEEKDAY_NAMES[w]}"
            )

        needed = WEEKDAY_NAMES[(weekday - mention.offset) % 7]
        found.append(
            Constraint(
                mention,
                RELATIVE,
                weekday_holds,
                f"{quoted} puts publication on a {needed}",
                weekday_explain,
            )
        )
    if mention.kind == "absolute" and mention.direction in ("last", "next"):
        side = "after" if mention.direction == "last" else "before"

        def direction_holds(day: date, m: DateMention = mention) -> bool:
            resolved = resolve(m, day)
            if resolved is None:
                return True
            gap = (resolved - day).days
            return -8 <= gap < 0 if m.direction == "last" else 0 < gap <= 8

        def direction_explain(day: date, m: DateMention = mention) -> str:
            resolved = resolve(m, day)
            when = describe_day(resolved) if resolved else "that day"
            side = "after" if m.direction == "last" else "before"
            return f"published {describe_day(day)}, so {when} is not '{m.direction}': it is {side}"

        found.append(
            Constraint(
                mention,
                RELATIVE,
                direction_holds,
                f"{quoted} puts publication within eight days {side} that day",
                direction_explain,
            )
        )
    if mention.kind == "month_day":

        def exists_holds(day: date, m: DateMention = mention) -> bool:
            return resolve(m, day) is not None

        def exists_explain(day: date, m: DateMention = mention) -> str:
            return f"published {describe_day(day)}, and that month has no day {m.day}"

        found.append(
            Constraint(
                mention,
                TIMELINE,
                exists_holds,
                f"{quoted} must be a day that exists",
                exists_explain,
            )
        )
    if (
        mention.kind in ("absolute", "month_day")
        and (mention.tense == "past" or mention.since)
        and not (mention.kind == "absolute" and mention.year is None)
    ):
        found.append(_not_after_publication(mention, quoted))
    if mention.kind == "absolute" and mention.year is None and weekday is not None:

        def yearless_holds(day: date, m: DateMention = mention, w: int = weekday) -> bool:
            resolved = resolve(m, day)
            return resolved is not None and resolved.weekday() == w

        def yearless_explain(day: date, m: DateMention = mention, w: int = weekday) -> str:
            resolved = resolve(m, day)
            if resolved is None:
                return ""
            return (
                f"published {describe_day(day)}, so {resolved:%B} {resolved.day} is "
                f"{describe_day(resolved)}, not {WEEKDAY_NAMES[w]}"
            )

        found.append(
            Constraint(
                mention,
                WEEKDAY,
                yearless_holds,
                f"{quoted} fixes the year of publication",
                yearless_explain,
            )
        )
    if mention.kind == "counter" and story_start is not None and mention.unit in ("day", "week"):
        found.append(_counter(mention, story_start, quoted))
    return found


def _not_after_publication(mention: DateMention, quoted: str) -> Constraint:
    reason = "'since' a date" if mention.since else "a past event"

    def holds(day: date, m: DateMention = mention) -> bool:
        resolved = resolve(m, day)
        return resolved is None or resolved <= day

    def explain(day: date, m: DateMention = mention) -> str:
        resolved = resolve(m, day)
        when = describe_day(resolved) if resolved else "?"
        return (
            f"published {describe_day(day)}, so {quoted} is {when}, after publication, for {reason}"
        )

    return Constraint(
        mention, TIMELINE, holds, f"{quoted} ({reason}) is on or before publication", explain
    )


def _counter(mention: DateMention, story_start: DateMention, quoted: str) -> Constraint:
    # The n-th week runs from day 7(n-1) to day 7n-1 after the start; one day either side is
    # allowed for inclusive and exclusive counting.
    size = 7 if mention.unit == "week" else 1
    low = size * (mention.count - 1) - 1
    high = size * mention.count
    start_quoted = f"'{' '.join(story_start.text.split())}'"

    def holds(day: date, m: DateMention = story_start) -> bool:
        began = resolve(m, day)
        return began is None or low <= (day - began).days <= high

    def explain(day: date, m: DateMention = story_start) -> str:
        began = resolve(m, day)
        if began is None:
            return ""
        elapsed = (day - began).days
        return (
            f"published {describe_day(day)} and it began {start_quoted} ({describe_day(began)}): "
            f"{elapsed} days, which is {_ordinal_unit(elapsed, size, mention.unit)}, "
            f"not the {_ordinal(mention.count)} {mention.unit}"
        )

    return Constraint(
        mention,
        TIMELINE,
        holds,
        f"{quoted} since {start_quoted} puts publication {low + 1}-{high} days after the start",
        explain,
    )


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _ordinal_unit(elapsed: int, size: int, unit: str) -> str:
    if elapsed < 0:
        return "before it began"
    return f"the {_ordinal(elapsed // size + 1)} {unit}"


# -- the publication-date solver -------------------------------------------------------------

_CYCLE = (date(2001, 1, 1), date(2028, 12, 31))
# The solver reads the first statements only: each costs one pass over the candidate days.
_MAX_CONSTRAINTS = 200


@dataclass(frozen=True, slots=True)
class Conflict:
    """A constraint no candidate day satisfies together with those before it."""

    constraint: Constraint
    partner: Constraint | None  # an earlier constraint it cannot hold with, when one alone can't


@dataclass(frozen=True, slots=True)
class Inference:
    """The publication days consistent with the constraints the text states.

    Constraints are applied in document order. One that no day satisfies on its own goes to
    ``impossible``; one that no day satisfies together with the earlier ones goes to
    ``conflicts``; neither narrows the candidates.
    """

    candidates: tuple[date, ...]
    anchored: bool  # True when the text states full dates, so candidates are real days
    constraints: tuple[Constraint, ...]
    impossible: tuple[Constraint, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    @property
    def informative(self) -> bool:
        return bool(self.constraints)

    @property
    def narrow(self) -> bool:
        """True when the text pins publication down: a weekday, or a span of a month or less
        (a past event only bounds it from below, which says little)."""
        days = self.candidates
        if not self.constraints or not days:
            return False
        if len({day.weekday() for day in days}) == 1:
            return True
        return self.anchored and (days[-1] - days[0]).days <= 31

    def describe(self) -> str:
        """ "Thu 2020-10-15", "2020-10-11 to 2020-10-17", or "a Thursday, day 11-17 of a month"."""
        days = self.candidates
        if self.anchored:
            if len(days) == 1:
                return describe_day(days[0])
            if (days[-1] - days[0]).days == len(days) - 1:
                return f"{days[0].isoformat()} to {days[-1].isoformat()}"
            if len(days) <= 3:
                return ", ".join(describe_day(day) for day in days)
        weekdays = {day.weekday() for day in days}
        parts = [f"a {WEEKDAY_NAMES[next(iter(weekdays))]}" if len(weekdays) == 1 else "any day"]
        monthdays = sorted({day.day for day in days})
        if len(monthdays) < 28:
            low, high = monthdays[0], monthdays[-1]
            parts.append(f"day {low} of a month" if low == high else f"day {low}-{high} of a month")
        if self.anchored:
            parts.append(f"between {days[0].isoformat()} and {days[-1].isoformat()}")
        else:
            parts.append("no full date stated")
        return ", ".join(parts)


def infer_publication(
    mentions: Sequence[DateMention], constraints: Sequence[Constraint] | None = None
) -> Inference:
    """Solve for the publication days that the dates in the text allow (``constraints``: those
    of ``mentions``, when already computed)."""
    constraints = list(constraints_for(mentions) if constraints is None else constraints)
    years = {m.year for m in mentions if m.kind in ("absolute", "month_year") and m.year}
    window = (date(min(years), 1, 1), date(max(years) + 1, 12, 31)) if years else _CYCLE
    everyday = _days(*window)
    days: Sequence[date] = everyday
    kept: list[Constraint] = []
    impossible: list[Constraint] = []
    conflicts: list[Conflict] = []
    for constraint in constraints[:_MAX_CONSTRAINTS]:
        remaining = [day for day in days if constraint.holds(day)]
        if remaining:
            days = remaining
            kept.append(constraint)
            continue
        alone = [day for day in everyday if constraint.holds(day)]
        if not alone:
            impossible.append(constraint)
            continue
        partner = next((c for c in kept if not any(c.holds(day) for day in alone)), None)
        conflicts.append(Conflict(constraint, partner))
    return Inference(tuple(days), bool(years), tuple(kept), tuple(impossible), tuple(conflicts))


@lru_cache(maxsize=32)
def _days(first: date, last: date) -> tuple[date, ...]:
    """Every day from ``first`` to ``last``; cached, since most documents share the default
    window (an undated article built 10,000 dates: 40 ms a file, most of a rules-only run)."""
    return tuple(first + timedelta(days=n) for n in range((last - first).days + 1))
