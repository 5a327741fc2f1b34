"""Generated test articles: combinations of sentences written for these tests.

Every article is a dict with the fields of ``georisk score --jsonl``: ``id``,
``title``, ``body`` and ``published`` (a date over ten ISO weeks of 2025, or
none for some). The same seed gives the same corpus.
"""

import random
from datetime import date, timedelta
from typing import Any, Dict, List

PLACES = [
    ("the Democratic Republic of the Congo", "Goma"),
    ("Sudan", "El Fasher"),
    ("Ukraine", "Kharkiv"),
    ("Myanmar", "Lashio"),
    ("Mali", "Kidal"),
    ("Niger", "Agadez"),
    ("Peru", "Arequipa"),
    ("Chile", "Antofagasta"),
]

POWERS = ["Russia", "China", "the United States", "Rwanda", "Turkey", "the European Union", "Iran"]

HEADLINES = [
    "Fighting flares near {city}",
    "Rebels seize a mining town in {country}",
    "{power} signs minerals deal with {country}",
    "Ceasefire talks open in {city}",
    "Copper output rises in {country}",
    "Local elections in {city} pass calmly",
    "Troops deployed to {city} after clashes",
]

SENTENCES = [
    "Armed groups attacked army positions outside {city} overnight, killing at least {n} soldiers.",
    "Rebels captured the cobalt and copper mines near {city} after heavy fighting.",
    "{power} is accused of backing the insurgents with weapons and training.",
    "{power} denies supplying arms to any faction in {country}.",
    "{power} signed an agreement with {country} for access to lithium and rare earths.",
    "Officials in {country} announced a ceasefire and the start of peace talks.",
    "Thousands of civilians fled {city} as shelling continued.",
    "The mining company reported higher gold production and a dividend.",
    "The central bank of {country} held interest rates steady.",
    "Farmers near {city} expect a good harvest after the rains.",
    "{power} sent military advisers and drones to support the government of {country}.",
    "A drone strike hit a fuel depot in {city}, officials said.",
    "Tin and tantalum exports from {country} fell by {n} percent.",
    "The football club from {city} won the derby with a late goal.",
]

START = date(2025, 1, 6)  # a Monday: ISO week 2 of 2025


def article(rng: random.Random, number: int) -> Dict[str, Any]:
    """One article made of a headline and three to seven sentences."""
    country, city = rng.choice(PLACES)
    values = {"country": country, "city": city, "power": rng.choice(POWERS), "n": rng.randint(2, 90)}
    body = " ".join(rng.choice(SENTENCES).format(**values) for _ in range(rng.randint(3, 7)))
    item: Dict[str, Any] = {"id": f"g{number}", "title": rng.choice(HEADLINES).format(**values), "body": body}
    if rng.random() < 0.95:
        item["published"] = (START + timedelta(days=rng.randrange(70))).isoformat()
    return item


def corpus(count: int, seed: int = 13) -> List[Dict[str, Any]]:
    """``count`` generated articles."""
    rng = random.Random(seed)
    return [article(rng, number) for number in range(count)]
