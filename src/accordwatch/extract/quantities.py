"""Counts: how many were killed, injured, detained, released, deployed - and of whom.

Digits and words ("nine", "two hundred"), bounds ("as many as 400" is an upper bound, "up to 5,000"
too, "more than" a lower one), vague amounts ("dozens": no number invented), and totals that do not
split killed from injured ("killed and wounded six" is six casualties). The unit comes from the
counted noun (prisoners) or else from the verb that governs it (killed, wounded, detained, released).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accordwatch.extract.context import Context
from accordwatch.model import Quantity

UNITS_BY_NOUN = {
    "prisoner": "prisoners", "detainee": "prisoners", "inmate": "prisoners", "captive": "prisoners",
    "hostage": "prisoners", "pow": "prisoners",
    "casualty": "casualties", "death": "killed", "fatality": "killed", "body": "killed",
    "injury": "injured",
    "troop": "troops",
}
UNITS_BY_VERB = {
    **dict.fromkeys(["kill", "die", "slay", "behead", "execute", "massacre", "dead", "shoot dead",
                     "assassinate", "murder", "perish"], "killed"),
    **dict.fromkeys(["wound", "injure", "hurt", "maim", "wounded", "injured"], "injured"),
    **dict.fromkeys(["arrest", "detain", "capture", "apprehend", "abduct", "kidnap", "seize", "round"],
                    "arrested"),
    **dict.fromkeys(["release", "free", "exchange", "swap", "pardon", "include", "transfer", "return",
                     "hand", "set", "repatriate", "parole", "freed", "released"], "prisoners"),
    **dict.fromkeys(["withdraw", "deploy", "station", "reduce", "cut", "send", "pull", "draw"], "troops"),
}
PERSON_NOUNS = {
    "people", "person", "civilian", "soldier", "fighter", "militant", "insurgent", "member", "commander",
    "policeman", "officer", "guard", "man", "woman", "child", "other", "worker", "student", "resident",
    "villager", "troop", "recruit", "personnel", "passenger", "taliban", "terrorist", "rebel", "gunman",
    "official", "staff", "security", "force", "leader", "facilitator", "suspect", "bomber", "emir",
    "financier", "operative", "associate", "individual", "trainer", "smuggler", "courier", "sniper",
    "cell", "driver", "expert", "maker", "lieutenant", "deputy", "chief", "governor", "sub-commander",
    "paymaster", "planner", "organizer", "organiser", "coordinator", "recruiter", "supplier", "dealer",
    "trafficker", "accomplice", "kidnapper", "assassin", "spokesman", "manufacturer", "forger", "financer",
    "agent", "informant", "spy", "militiaman", "specialist", "engineer", "builder", "emplacer", "instructor",
    "sub-leader", "subcommander", "mullah", "cleric", "imam", "aide", "bodyguard", "assistant",
    "representative", "envoy", "negotiator", "mayor", "elder", "judge", "prosecutor", "journalist", "reporter",
    "doctor", "teacher", "farmer", "shopkeeper", "contractor", "interpreter", "pilot", "brother", "son",
    "father", "nephew", "cousin", "boy", "girl", "guerrilla", "jihadist", "extremist", "attacker", "shooter",
    "killer", "murderer", "criminal", "fugitive", "defector", "gunrunner", "logistician", "subordinate",
    "henchman", "follower", "occupant",
}
SINGULAR_TAGS = {"NN", "NNP"}
WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {"dozens", "hundreds", "thousands", "scores", "several", "many", "numerous", "some", "few", "multiple",
         "couple"}
# the count a vague word stands for in event tallies: the convention of hand-coded conflict data
# (several/multiple = 3, numerous/"a number of" = 4, dozens = 24...); the Quantity itself keeps no
# value, no number is invented
VAGUE_MINIMUM = {"several": 3, "multiple": 3, "few": 2, "couple": 2, "numerous": 4, "number": 4, "dozens": 24,
                 "scores": 40, "hundreds": 200, "thousands": 2000}


def least(quantity: Quantity) -> int | None:
    """The count a quantity supports: its value (one more for "more than"), or for a vague word the
    smallest it can mean."""
    if quantity.value is not None:
        return quantity.value + 1 if quantity.bound == "above" else quantity.value
    words = quantity.text.lower().split()
    return next((VAGUE_MINIMUM[w] for w in words[:3] if w in VAGUE_MINIMUM), None)
UPPER = re.compile(r"\b(as\s+many\s+as|up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of|until)\s*$", re.I)
LOWER = re.compile(r"\b(at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)\s*$", re.I)
ABOVE = re.compile(r"\b(more\s+than|over|upwards\s+of|in\s+excess\s+of|greater\s+than)\s*$", re.I)
TOTAL_BEFORE = re.compile(r"\b(bringing|taking|raising|pushing)\s+(the\s+)?(total|number|tally|figure|count)\b"
                          r"[^.;]{0,40}\bto\s*$"
                          # "bringing to 748 the number freed", "brings to 869 the number of people freed"
                          r"|\b(bring|brings|brought|bringing|take|takes|took|taking|raise|raises|raised|raising)"
                          r"\s+to\s*$"
                          # a marker of the tally before the count, in the same clause: "so far, the army has
                          # freed 300", "until now 5,100 have been released", "to date, officials have freed"
                          r"|\b(so\s+far|until\s+now|up\s+(to|until)\s+now|to\s+date|thus\s+far)\b[^.;:]{0,60}$"
                          r"|\b(a\s+total\s+of|in\s+total|altogether|the\s+total\s+of|"
                          r"total\s+(number\s+)?(of\s+\w+\s+)?to)\s*$"
                          # "in the last month, we have detained five": a tally over a period
                          r"|\b(in|over|during)\s+the\s+(last|past)\s+(\w+\s+)?(months?|years?|weeks?)\b[^.;]{0,50}$"
                          # "since June, forces have captured more than 125"
                          r"|\bsince\s+(the\s+(start|beginning|first)\b|last\s+\w+|early\s+\w+|(January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b)[^.;]{0,60}$",
                          re.I)
TOTAL_AFTER = re.compile(r"^[^.;]{0,100}?\b(so\s+far|to\s+date|in\s+total|in\s+all|until\s+now|up\s+to\s+now|"
                         r"since\s+(the\s+(start|beginning)|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day|last\s+\w+|"
                         r"(early|mid|late)[\s-]\w+|[A-Z][a-z]+\b)|"
                         r"(in|over|during)\s+the\s+(last|past)\s+(\w+\s+)?(months?|years?|weeks?)\b|this\s+year)",
                         re.I)
ALL_BUT = re.compile(r"\ball\s+but\s+(a\s+|some\s+)?$", re.I)
BETWEEN = re.compile(r"\b(between|from)\s*$", re.I)
APPROX = re.compile(r"\b(about|around|nearly|almost|approximately|some|roughly|close\s+to|an\s+estimated)\s*$", re.I)


def number_value(tokens: list[Token]) -> int | None:
    """The integer a run of number tokens spells ("5,000", "nine", "two hundred", "1.5 million")."""
    total, current = 0, 0
    seen = False
    for token in tokens:
        text = token.lower_.replace(",", "")
        if re.fullmatch(r"\d+(\.\d+)?", text):
            current += float(text)  # type: ignore[assignment]
            seen = True
        elif text in WORDS:
            current += WORDS[text]
            seen = True
        elif text in SCALES and seen:
            current = (current or 1) * SCALES[text]
            if SCALES[text] >= 1000:
                total, current = total + current, 0
        elif text in {"and", "-"}:
            continue
        else:
            return None
    return int(total + current) if seen else None


def _number_run(token: Token) -> list[Token]:
    """The whole number a token belongs to, left to right ("two hundred", "1.5 million")."""
    run = [token]
    for child in sorted(token.children, key=lambda t: t.i):
        if child.dep_ in {"compound", "quantmod"} and (child.like_num or child.lower_ in SCALES) \
                and abs(child.i - token.i) <= 2:
            run.append(child)
    return sorted(run, key=lambda t: t.i)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _shares_count(verb: Token) -> bool:
    """A joined verb with no subject or object of its own shares its neighbour's count ("killed and
    wounded six"); "killed two and detained one" are two counts."""
    return not _has_subject(verb) and not _has_object(verb)


UNITS_BY_EVENT_NOUN = {"killing": "killed", "killings": "killed", "death": "killed", "deaths": "killed",
                       "wounding": "injured", "capture": "arrested", "arrest": "arrested", "arrests": "arrested",
                       "detention": "arrested", "release": "prisoners", "exchange": "prisoners"}
CUSTODY_WORDS = {"custody", "detention"}


def verb_unit(verb: Token) -> str | None:
    """The unit a verb gives the people it counts: "killed six" (killed), "six were taken into
    custody" (arrested)."""
    unit = UNITS_BY_VERB.get(verb.lemma_.lower())
    if unit is None and verb.lower_ == "go" \
            and any(c.dep_ == "aux" and c.lemma_.lower() == "let" for c in verb.children):
        return "prisoners"  # "let go 30 soldiers" (the parser makes "let" the auxiliary of "go")
    if unit is None and verb.lemma_.lower() in {"take", "place", "hold", "put"}:
        into = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"into", "in"}
                for g in c.children if g.dep_ == "pobj"]
        if any(g.lower_ in CUSTODY_WORDS for g in into):
            return "arrested"
    return unit


def _governing_unit(noun: Token) -> tuple[str | None, Token | None]:
    """The unit a verb (or predicative adjective, or act noun) above NOUN gives it, and the word that
    gives it: the verb over the count, a verb joined to it, or a participle on the noun ("resulted in
    14 insurgents killed": counted by "killed")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.tag_ == "VBN" and after.i != noun.head.i and verb_unit(after) \
            and noun.dep_ == "pobj":
        return verb_unit(after), after  # "resulting in six gunmen killed", the participle parsed apart
    node = noun
    for _ in range(6):  # "detained the leader along with three of his associates"
        head = node.head
        if head.i == node.i:
            break
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN" and lemma in UNITS_BY_EVENT_NOUN and node.dep_ == "prep" and node.lower_ == "of":
            return UNITS_BY_EVENT_NOUN[lemma], head  # "the killing of several of the men"
        if node.dep_ == "advcl" and node.pos_ == "VERB":
            break  # "returned fire, resulting in six killed": the main verb does not count those
        if node.dep_ in {"nsubj", "nsubjpass"} and head.pos_ == "VERB" and verb_unit(head) is None \
                and not any(c.dep_ == "conj" and verb_unit(c) for c in head.children):
            # "four received minor injuries": the count is its own verb's, whose object may name
            # what befell them; it does not climb to the verb before ("one was killed and ...")
            befell = [UNITS_BY_NOUN.get(c.lemma_.lower()) for c in head.children if c.dep_ == "dobj"]
            return next((u for u in befell if u), None), head
        if head.pos_ in {"VERB", "AUX", "ADJ"} or lemma in UNITS_BY_VERB:
            # in order of precedence: the verb over the count first (a list: a set's order would
            # change from run to run)
            units: list[tuple[str | None, Token]] = [(verb_unit(head), head)]
            # "killed and wounded six": verbs joined with no subject of their own share the count;
            # "14 were killed and five others wounded" are two counts
            units += [(verb_unit(c), c) for c in head.children if c.dep_ == "conj" and _shares_count(c)]
            if head.dep_ == "conj" and not _has_subject(head) and not _has_object(head.head):
                units.append((verb_unit(head.head), head.head))
            # a predicate over the count: "14 were killed and five others wounded"
            for child in noun.children:
                if child.dep_ in {"acl", "amod", "relcl"}:
                    units.append((verb_unit(child), child))
            found = [(u, t) for u, t in units if u is not None]
            if {"killed", "injured"} <= {u for u, _ in found}:
                return "casualties", head
            if found:
                unit, giver = found[0]
                # a verb that counts nothing itself ("presented a threat and were killed", "resulted
                # in 14 insurgents killed") leaves the count with the word that does
                # (a release keeps its count with the verb over it: "calls for 5,000 prisoners to be
                # freed" is the call's)
                return unit, (giver if verb_unit(head) is None and giver.i != head.head.i
                              and unit != "prisoners" else head)
            if head.pos_ in {"VERB", "AUX"} and head.dep_ not in {"xcomp", "ccomp", "conj", "advcl"}:
                return None, head
        node = head
    for child in noun.children:
        unit = verb_unit(child)
        if child.dep_ in {"acl", "amod", "relcl"} and unit:
            return unit, child
    return None, None


def _a_number_of(token: Token) -> bool:
    """"a number of suspects": vague, like "several" (not "the number of", which names a figure)."""
    return token.lower_ == "number" and any(c.dep_ == "det" and c.lower_ == "a" for c in token.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children) \
        and not any(c.dep_ == "amod" for c in token.children)  # "a large number": no reading of its size


def _counted_noun(number: Token) -> Token:
    """The noun a number counts: its head for "200 prisoners", the object of "of" for "15 of the..."."""
    if number.dep_ in {"nummod", "quantmod", "amod"} or (number.dep_ == "compound" and number.head.pos_ != "NUM"):
        return number.head
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return number


def _owner(context: Context, noun: Token) -> str | None:
    """Whose people are counted: "Taliban prisoners", "prisoners from the army", "14 rebels"."""
    own = context.token_actor.get(noun.i)
    if own:
        return own
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "poss", "nmod"}:
            for token in child.subtree:
                actor = context.token_actor.get(token.i)
                if actor:
                    return actor
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "belonging"}:
            for token in child.subtree:
                actor = context.token_actor.get(token.i)
                if actor:
                    return actor
    if noun.head.dep_ == "pobj" or noun.dep_ == "pobj":
        return None
    return None


def _bound(context: Context, number: Token) -> str:
    before = context.document.text[max(0, number.idx - 30):number.idx]  # (Doc.text is rebuilt per call)
    if UPPER.search(before):
        return "upper"
    if LOWER.search(before):
        return "lower"
    if ABOVE.search(before):
        return "above"
    if BETWEEN.search(before):
        return "lower"  # "between three and six": at least three
    if APPROX.search(before):
        return "approx"
    return "exact"


NUMERIC_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
ONE_PERSON_PRONOUNS = {"he", "him", "she", "her"}


def _one_person(context: Context, verb: Token) -> list[Quantity]:
    """"killed the Taliban leader", "detained a facilitator": one person, though no number is written."""
    if verb.pos_ == "NOUN":  # "the arrest of a facilitator", "resulted in the death of a commander"
        unit = UNITS_BY_EVENT_NOUN.get(verb.lemma_.lower())
        objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]
    else:
        unit = verb_unit(verb) if verb.pos_ == "VERB" else None
        objects = patients(verb)
    if unit not in {"killed", "arrested"}:
        return []
    found = []
    if not objects and verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "dobj"} for c in verb.children):
        # "he was engaged and killed": the passive subject of the first verb is the second's too
        objects = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    # "detained the leader and a suspected associate": each singular person joined to the object
    # ("a bomb maker and facilitator", under one article, is one person with two roles)
    objects += [c for o in objects for c in o.conjuncts
                if c.pos_ == "PROPN" or any(d.dep_ in {"det", "poss", "nummod"} for d in c.children)]
    # "a senior Islamic Movement of Uzbekistan leader" parsed as "Movement (of leader)": the person
    objects = [_person_in_name(c) for c in objects]
    for child in objects:
        if child.lower_ in ONE_PERSON_PRONOUNS:
            pass  # "he was engaged and killed", "killing him": one person
        elif child.tag_ not in SINGULAR_TAGS:
            continue
        if any(c.dep_ != "conj" and (c.dep_ == "nummod" or c.like_num or c.lower_ in VAGUE)
               for c in child.children) or child.like_num:
            continue  # "multiple suspected insurgent" (sic) is counted by its quantifier
        is_person = child.lemma_.lower() in PERSON_NOUNS or child.ent_type_ == "PERSON" \
            or child.lower_ in ONE_PERSON_PRONOUNS \
            or (child.tag_ == "NNP" and unit in {"killed", "arrested"}
                # a name the tagger takes for something else can still be the one killed ("killed
                # Rostum"); one captured may be a town
                and (child.ent_type_ in {"", "PERSON"} or (unit == "killed" and child.ent_type_ not in NUMERIC_ENTS))
                and context.token_actor.get(child.i) is None and context.token_place.get(child.i) is None)
        if is_person:  # "captured a leader and several suspects": the leader is one, the rest count apart
            start, end = child.left_edge.idx, child.idx + len(child.text)
            found.append(Quantity(context.document.id, start, end, context.document.text[start:end], 1, unit,
                                  _owner(context, child), "exact"))
    return found


def patients(verb: Token) -> list[Token]:
    """Those an act is done to: the object, or the subject of a passive ("two men were detained")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]


def _person_in_name(noun: Token) -> Token:
    """The person noun a mis-parsed organisation name hangs over it ("a senior Islamic Movement of
    Uzbekistan (IMU) leader": "leader", under "of"), else NOUN itself."""
    if noun.pos_ != "PROPN":
        return noun
    # the name's own words: not a place or time hung on it ("... leader in Kunduz")
    skipped = {t.i for c in noun.children if (c.dep_ == "prep" and c.lower_ != "of") or c.dep_ in {"conj", "cc"}
               for t in c.subtree}  # (nor a person joined to it: "Rostum and his associate")
    inner = [t for t in noun.subtree if t.i > noun.i and t.i not in skipped and t.pos_ == "NOUN"
             and t.tag_ in SINGULAR_TAGS and t.lemma_.lower() in PERSON_NOUNS]
    return inner[-1] if inner else noun


def _reference(number: Token, noun: Token) -> bool:
    """"the 5,000 prisoners", "80 of the 400", "4,000 out of 5,000": a definite number, or the whole a
    part is told out of, names a set already known."""
    if number.i >= 2 and number.doc[number.i - 1].lower_ == "of" and number.doc[number.i - 2].lower_ == "out":
        return True
    partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)  # "80 of the 400"
    owners = [number, noun] if noun.i != number.i and not partitive else [number]
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "its", "their"}
               for owner in owners for c in owner.children)


MEASURES = {"pound", "pounds", "lb", "lbs", "kg", "kgs", "kilogram", "kilograms", "kilo", "kilos", "gram", "grams",
            "ton", "tons", "tonne", "tonnes", "litre", "litres", "liter", "liters", "gallon", "gallons", "round",
            "rounds", "meter", "meters", "metre", "metres", "km", "kilometers", "kilometres", "mile", "miles",
            "acre", "acres", "hectare", "hectares", "percent", "dollars", "afghanis"}


def _a_model_name(noun: Token) -> bool:
    """"multiple AK-47s", "two T-72s": a proper noun with digits names a make of weapon or vehicle."""
    return any(ch.isdigit() for ch in noun.text)


def _a_measure(number: Token) -> bool:
    """"2,205 (1,000 kg) of hashish", "a cache of weapons, 300 of ammunition": a bare number that
    weighs or measures goods does not count people."""
    if any(t.lower_ in MEASURES for t in number.subtree):
        return True
    return number.dep_ == "appos" and number.head.pos_ == "NOUN" and number.head.lemma_.lower() not in PERSON_NOUNS \
        and number.head.lemma_.lower() not in UNITS_BY_NOUN


def _range_end(number: Token) -> bool:
    """The high end of "between three and six (insurgents)", "from 10 to 15": not a count of its own."""
    doc = number.doc
    if number.dep_ == "conj" and number.head.like_num:
        first = number.head
        return any(c.lower_ == "between" for c in first.children) or (
            first.i > 0 and doc[first.i - 1].lower_ == "between")
    return number.i > 2 and doc[number.i - 3].lower_ == "from" and doc[number.i - 2].like_num \
        and doc[number.i - 1].lower_ == "to"


def _told_set(verb: Token | None, noun: Token) -> bool:
    """"one of the individuals detained", "five of the insurgents who were killed": a participle or
    clause on the definite noun counted names people already counted, not a new act."""
    return verb is not None and verb.dep_ in {"acl", "relcl"} and verb.head.i == noun.i and any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)


def _running_total(context: Context, start: int, end: int) -> bool:
    text = context.document.text
    sentence_end = min((i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text))
    return bool(TOTAL_BEFORE.search(text[max(0, start - 70):start])) or bool(
        TOTAL_AFTER.search(text[end:min(sentence_end, end + 130)]))


def extract_quantities(context: Context) -> list[Quantity]:
    out: list[Quantity] = []
    for sentence in context.news_sentences():
        for verb in sentence:
            for quantity in _one_person(context, verb):
                context.counts_by_head.setdefault(verb.i, []).append(quantity)
        previous_owner: str | None = None
        previous: Quantity | None = None
        previous_head: Token | None = None
        for token in sentence:
            if token.i in context.token_time or (token.ent_type_ in {"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY"}):
                continue
            vague = (token.lower_ in VAGUE or _a_number_of(token)) and token.dep_ in {
                "nummod", "amod", "dobj", "nsubj", "nsubjpass", "pobj", "det", "conj", "appos"}
            if not (token.like_num or vague) or (token.dep_ in {"compound", "quantmod"} and token.head.like_num):
                continue
            if ALL_BUT.search(context.document.text[max(0, token.idx - 15):token.idx]):
                continue  # "all but a few of the 400 have been freed": those left, not those freed
            if _range_end(token):
                continue  # "between three and six": the range is counted once, from its low end
            run = _number_run(token) if not vague else [token]
            value = None if vague else number_value(run)
            if value is None and not vague:
                continue
            noun = _counted_noun(token)
            lemma = noun.lemma_.lower()
            unit = UNITS_BY_NOUN.get(lemma)
            governed_unit, verb = _governing_unit(noun)
            replaceable = unit is None or (unit == "troops" and governed_unit in {"killed", "injured", "casualties"})
            person_like = lemma in PERSON_NOUNS or (noun.pos_ == "PROPN" and not _a_model_name(noun)) \
                or lemma in UNITS_BY_NOUN \
                or (noun is token and not _a_measure(token) and token.dep_ not in {"compound", "nummod", "quantmod"}) \
                or noun.lower_ in {"them", "those", "us"}  # "freeing about 1,000 of them"
            if replaceable and person_like:
                unit = governed_unit
            if unit is None and previous is not None and noun is token \
                    and _running_total(context, token.idx, token.idx + len(token.text)):
                # "...freed another 100, bringing the number freed this week to 200": the same count
                unit, verb, noun = previous.unit, previous_head, token
            if unit is None:
                continue
            owner = _owner(context, noun) or (previous_owner if lemma in {"other", "more"} else None)
            previous_owner = owner or previous_owner
            start = min(t.idx for t in run)
            end = max(noun.idx + len(noun.text), max(t.idx + len(t.text) for t in run))
            quantity = Quantity(context.document.id, start, end, context.document.text[start:end], value, unit,
                                owner, "vague" if vague else _bound(context, run[0]),
                                total=_running_total(context, start, end),
                                reference=_reference(token, noun) or _told_set(verb, noun))
            head = verb if verb is not None else noun
            context.counts_by_head.setdefault(head.i, []).append(quantity)
            if quantity.total and previous is not None and previous_head is not None and previous.unit == unit \
                    and not previous.total:
                # the total an act brings the count to belongs with that act
                context.counts_by_head.setdefault(previous_head.i, []).append(quantity)
            previous, previous_head = quantity, head
            if noun.i != head.i:
                context.counts_by_head.setdefault(noun.i, []).append(quantity)
            if value is not None:
                # the same figure told again is one fact ("5,000 Taliban prisoners" ... "the 5,000
                # prisoners"); a figure whose owner is not said is the one already told
                same = next((q for q in out if q.value == value and q.unit == unit
                             and (q.of == owner or q.of is None or owner is None)), None)
                if same is not None:
                    same.of = same.of or owner
                    continue
            out.append(quantity)
    return out
