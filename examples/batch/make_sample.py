"""Write ``articles.jsonl``: 40 short machine-translated style news articles for ``tqcheck batch``.

Every sentence is written for tqcheck (no text from any news outlet); a fixed seed picks, for
each article, a few clean paragraphs and one to three with artifacts machine translation of
Arabic news leaves behind (a doubled word, "the city of Gabriel" for Jabrayil, "Fuzuli state",
a count that does not match its list, a weekday that does not match its date, a photo caption
with its credit, a stranded fragment, a subheading cut in two, a sentence restated). Columns:
``id``, ``text``, ``published`` (missing for some), ``desk``, ``engine``, ``language``.

    python examples/batch/make_sample.py   # rewrites examples/batch/articles.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HEADLINES = [
    "Ceasefire talks stall",
    "Fighting near the border",
    "Displaced families return",
    "Grain exports resume",
    "Power cuts in the south",
]
CLEAN = [
    "The foreign ministry said on {weekday} that a delegation would travel to {city} to discuss "
    "the exchange of prisoners and the return of the bodies of soldiers.",
    "Residents said the water supply had been restored in most districts of {city}, although "
    "some neighbourhoods were still without electricity.",
    "The statistics office said exports rose by {rate} per cent in the third quarter, led by "
    "grain, cotton and fruit.",
    "Doctors at the main hospital said they had treated {n} people for minor injuries since the "
    "start of the week.",
    "The parliament approved the budget by a large majority after a debate that lasted until "
    "late in the evening.",
    "The mayor of {city} said that the municipality would pay for the repair of damaged roofs "
    "before the winter.",
    "Observers from the mission said the crossings were open and that traffic was moving "
    "normally on both sides.",
]
ARTIFACTS = [
    "Officials said the the convoy reached {city} before nightfall.",
    "The defence ministry said its troops raised the flag over the city of Gabriel on "
    "{weekday} evening.",
    "The army announced the liberation of {wrong} villages, namely {list}.",
    "The shelling damaged houses in three villages of Fuzuli state, the ministry said.",
    "The agreement was signed on Tuesday, October 14, 2020, in the presence of the mediators.",
    "A woman walks past a damaged shop in {city} on {weekday} (Reuters)",
    "Five villages.",
    "The negotiations in\n\nthe capital ended late on {weekday}, the spokesman said.",
    "Most districts of {city} have their water supply back, residents said, but some "
    "neighbourhoods still have no electricity.\n\nResidents said the water supply had been "
    "restored in most districts of {city}, although some neighbourhoods were still without "
    "electricity.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CITIES = ["Baku", "Ganja", "Yerevan", "Tbilisi", "Stepanakert"]
VILLAGES = ["Dolanlar", "Tugh", "Edilli", "Gunashli", "Mehdili", "Chakhirli", "Soltanli"]
DESKS = ["politics", "world", "economy", "regions"]
ENGINES = ["engine-a", "engine-b", "engine-c"]


def article(rng: random.Random) -> str:
    values = {
        "weekday": rng.choice(WEEKDAYS),
        "city": rng.choice(CITIES),
        "rate": rng.choice(["2.5", "4", "6"]),
        "n": rng.randint(10, 80),
        "wrong": rng.choice([3, 5, 6]),
        "list": ", ".join(rng.sample(VILLAGES, 3)) + " and " + rng.choice(VILLAGES),
    }
    paragraphs = rng.sample(CLEAN, 3) + rng.sample(ARTIFACTS, rng.randint(1, 3))
    rng.shuffle(paragraphs)
    body = "\n\n".join(paragraph.format(**values) for paragraph in paragraphs)
    return f"{rng.choice(HEADLINES)}\n\n{body}\n"


def main() -> None:
    rng = random.Random(20)
    lines = []
    for number in range(40):
        record = {
            "id": f"sample-{number + 1:03d}",
            "text": article(rng),
            "published": f"2020-10-{rng.randint(5, 25):02d}" if number % 5 else None,
            "desk": DESKS[number % len(DESKS)],
            "engine": ENGINES[number % len(ENGINES)],
            "language": "ar",
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    target = Path(__file__).with_name("articles.jsonl")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
