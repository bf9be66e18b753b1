"""A made-up corpus in which the same people recur across reports, under spelling variants and as a lone
surname, with their roles told in some reports only: extraction must match them across documents (the
people of earlier documents), which is what running it in workers has to get the same as one process.
Every sentence is written here."""

from __future__ import annotations

import json
import random
from pathlib import Path

# (the spelling told first, its variants); all made up
PEOPLE = [
    ("Halima Osmanova", ["Halima Osmanowa", "Halima Osmanovaa"]),
    ("Teodor Brankovic", ["Teodor Brankovich", "Teodore Brankovic"]),
    ("Nadia Ferreira", ["Nadja Ferreira", "Nadia Ferreyra"]),
    ("Ibrahim Soltanzadeh", ["Ebrahim Soltanzadeh", "Ibrahim Soltanzade"]),
    ("Marguerite Okonkwo", ["Margarite Okonkwo", "Marguerite Okonkwoo"]),
    ("Rustam Khudoyberdiev", ["Rustam Khudoiberdiev", "Rustem Khudoyberdiev"]),
]
ROLES = ["a spokesman for the Taliban", "the chief negotiator of the Afghan government",
         "an envoy of the United Nations", "a commander of the rebels"]
PLACES = ["Kandahar", "Kunduz", "Herat", "Ghazni", "Helmand"]
TEMPLATES = [
    "{name}, {role}, said on Monday that {n} prisoners had been freed in {place}.",
    "Fighters attacked a checkpoint near {place} on Tuesday, killing {n} soldiers, according to {name}.",
    "{surname} told reporters that the ceasefire was holding across {place}.",
    "The talks were postponed again, {name} said, blaming the other side for the delay.",
    "{n} detainees will be handed over next week, {surname} announced in {place}.",
    "Speaking to a local radio station, {name} denied that any attack had taken place in {place}.",
]


def write_corpus(path: Path, documents: int, seed: int = 7) -> Path:
    """DOCUMENTS reports as one JSON Lines file at PATH, each naming two or three of the people."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number in range(documents):
            sentences = []
            for first, variants in rng.sample(PEOPLE, rng.choice([2, 3])):
                name = rng.choice([first, first, *variants])
                sentence = rng.choice(TEMPLATES).format(name=name, surname=name.split()[-1], role=rng.choice(ROLES),
                                                       n=rng.randrange(3, 90), place=rng.choice(PLACES))
                sentences.append(sentence)
            day = 1 + number % 28
            record = {"id": f"people-{number:03d}", "text": "\n\n".join(["Peace talks update", *sentences]),
                      "published": f"2020-04-{day:02d}", "title": "Peace talks update", "outlet": "Made up"}
            out.write(json.dumps(record) + "\n")
    return path
