"""Generate src/accordwatch/extract/data/person_nouns.yaml: the English common nouns whose most frequent
sense is a person (WordNet 3.0's noun.person lexicographer file), split into those who bear arms or
police (soldiers, fighters, guards, officers of a force) and criminals, and the rest: unarmed people
("herders", "bloggers", "migrants"), whom ACLED counts as civilians when they are the ones an act is done to.

A noun counts only when its first sense (WordNet orders senses by how often they were seen in its
tagged texts) is a person: "migrant" and "lawyer" do, "hand" (a body part first), "party" (a political
organisation first) and "cat" do not. Armed: the first sense descends from a root of ARMED_ROOTS. One
word only, lower case, no proper names (a capitalised lemma is a name).

WordNet 3.0 (Princeton University, its own permissive licence, see the file's header) comes from
Debian's wordnet-base package; it is not a runtime dependency: the generated YAML is committed, and this
script is run by hand:

    apt-get install wordnet-base
    python tools/build_person_nouns.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "src" / "accordwatch" / "extract" / "data" / "person_nouns.yaml"
PERSON_FILE = 18  # noun.person
INSULT = -1  # in place of the lexicographer file: a sense marked as slang, disparaging or obscene
# the senses whose descendants bear arms, police or commit crimes: no civilians when an act is done to them
ARMED_ROOTS = ["military_personnel", "serviceman", "military_officer", "combatant", "fighter", "warrior",
               "soldier", "mercenary", "guerrilla", "insurgent", "terrorist", "militia", "lawman",
               "policeman", "guard", "security_guard", "sentry", "bodyguard", "gunman", "criminal",
               "wrongdoer", "murderer", "killer", "assassin", "kidnapper", "bandit", "pirate", "thief",
               "robber", "smuggler", "hijacker", "rioter", "sniper", "bomber", "marksman", "enemy",
               "rebel", "attacker", "assailant", "spy", "secret_agent", "agent", "operative"]
# a gloss that marks the sense as an insult (WordNet marks most by a usage pointer, some only in the gloss)
OFFENSIVE = re.compile(r"\b(offensive|slur|derogatory|disparaging|obscene|vulgar|contemptuous)", re.IGNORECASE)
# words whose first sense is a person but which reports use for other things where acts are told ("fell
# prey to", "a stone quarry", "a dud shell", "rival gangs")
NOT_PEOPLE = {"prey", "quarry", "tackle", "pivot", "quad", "dud", "heavy", "super", "extra", "equal", "dry",
              "vermin", "tiger", "whale", "dragon", "router", "hack", "grind", "cog", "pop", "hulk", "rival",
              "native", "modern", "great", "chosen", "occult", "immune", "motile", "stiff", "silly", "crazy"}


def _synsets() -> tuple[dict[str, tuple[int, list[str], list[str]]], dict[str, str]]:
    """Offset -> (lexicographer file, words, hypernym offsets); and each lemma's first common sense."""
    synsets = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        head, _, gloss = line.partition(" | ")
        fields = head.split()
        offset, lex_file, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i] for i in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        symbols = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i]) for i in range(pointers)]
        if any(symbol == ";u" for symbol, _ in symbols) or OFFENSIVE.search(gloss):
            lex_file = INSULT  # a sense marked by its usage (slang, disparagement, slur) or its gloss
        synsets[offset] = (lex_file, words, [target for symbol, target in symbols if symbol in {"@", "@i"}])
    first = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        # the first sense in which the word is written in lower case: a capitalised one is a name ("Herder",
        # "Johnny Reb"), not what the common noun means
        common = [o for o in fields[-senses:] if fields[0] in synsets[o][1]]
        if any(synsets[o][0] == INSULT for o in fields[-senses:]):
            continue  # a word one of whose senses is an insult: none of ours
        if common:
            first[fields[0]] = common[0]
    return synsets, first


def _armed(offset: str, synsets: dict, roots: set[str], seen: set[str] | None = None) -> bool:
    seen = seen if seen is not None else set()
    if offset in seen:
        return False
    seen.add(offset)
    _, words, hypernyms = synsets[offset]
    if roots & {w.lower() for w in words}:
        return True
    return any(_armed(h, synsets, roots, seen) for h in hypernyms)


def main() -> int:
    if not (WORDNET / "data.noun").exists():
        print(f"{WORDNET}: no WordNet database (apt-get install wordnet-base)", file=sys.stderr)
        return 1
    synsets, first = _synsets()
    roots = set(ARMED_ROOTS)
    unarmed, armed = [], []
    for lemma, offset in sorted(first.items()):
        if "_" in lemma or "-" in lemma or not lemma.isalpha() or len(lemma) < 3 or lemma in NOT_PEOPLE:
            continue
        if synsets[offset][0] != PERSON_FILE:
            continue
        (armed if _armed(offset, synsets, roots) else unarmed).append(lemma)
    header = ("# GENERATED by tools/build_person_nouns.py from WordNet 3.0 (Princeton University; licence:\n"
              "# https://wordnet.princeton.edu/license-and-commercial-use): nouns whose first sense is a person.\n"
              "# Do not edit by hand; change the script and run it again.\n")
    body = "".join(f"{key}: [{', '.join(words)}]\n" for key, words in (("unarmed", unarmed), ("armed", armed)))
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT}: {len(unarmed)} unarmed, {len(armed)} armed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
