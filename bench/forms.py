"""Whether an ACLED type survives a change of form that keeps the meaning: our own probe snippets
(bench/data/acled_probe.*.yaml) written again as other outlets write them (in capitals, in title case,
behind a dateline, as reported speech, among other sentences, in another tense, with counts in words or
digits), each extracted before and after.

A class of text the rules read only in one form shows here as types lost (a snippet typed right as
written, not in the other form) or gained (a near-miss ACLED would not code, coded in the other form),
on sentences we wrote, so no development set is read. The dev sets hardly hold these forms (CASE 2021's
snippets are body sentences in sentence case); other outlets' coverage does.

    python bench/forms.py                 # every form
    python bench/forms.py capitals title  # some forms
    python bench/forms.py --show 5        # with the first 5 snippets lost and gained of each form
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Token

TITLE_WORDS = 14  # a line longer than this is no headline: title case is tried on shorter ones only


def _lower_first(text: str) -> str:
    """TEXT after "reported that": its first word in lower case where it is a word of the dictionary
    ("Police", "Rebels"), not a name ("Boko Haram") or an initialism ("ADF")."""
    from accordwatch.nlp.recase import common_word

    first = text.split(" ", 1)[0]
    initialism = len(first) > 1 and first.isupper()
    return text[:1].lower() + text[1:] if common_word(first.lower()) and not initialism else text


def _title(text: str) -> str:
    if len(text.split()) > TITLE_WORDS:
        return text
    return " ".join(word[:1].upper() + word[1:] for word in text.rstrip(".").split(" "))


# the forms that put a snippet in a sentence or after a dateline: tried on the snippets that are body
# sentences (with a full stop), not on headlines, which no dateline or "reported that" precedes
IN_A_BODY = {"headline", "dateline", "agency_dateline", "reported", "quoted", "according_to", "citing",
             "sentence_before", "sentence_after"}

# British and American spellings of words of conflict reporting: a lexicon holding one spelling misses
# the other outlets' ("defence"/"defense", "mobilised"/"mobilized", "centre"/"center")
SPELLINGS = [("defence", "defense"), ("offence", "offense"), ("centre", "center"), ("theatre", "theater"),
             ("labour", "labor"), ("neighbour", "neighbor"), ("honour", "honor"), ("rumour", "rumor"),
             ("armour", "armor"), ("harbour", "harbor"), ("programme", "program"), ("jewellery", "jewelry"),
             ("tyre", "tire"), ("kerb", "curb"), ("plough", "plow"), ("pyjama", "pajama"), ("grey", "gray"),
             ("travell", "travel"), ("cancell", "cancel"), ("fuell", "fuel"), ("signall", "signal"),
             ("levell", "level"), ("marshall", "marshal"), ("counsell", "counsel"), ("licence", "license"),
             ("practise", "practice"), ("catalogue", "catalog"), ("dialogue", "dialog"), ("manoeuvre", "maneuver"),
             ("paralys", "paralyz"), ("analys", "analyz"), ("ageing", "aging")]
_ISE = re.compile(r"\b(\w{3,}?)is(e|es|ed|ing|ation|ations)\b")
_IZE = re.compile(r"\b(\w{3,}?)iz(e|es|ed|ing|ation|ations)\b")
_NOT_ISE = {"r", "w", "prom", "compr", "surpr", "exerc", "adv", "dev", "superv", "telev", "rev", "prec", "conc",
            "wh", "po", "cru", "rais", "pra", "ra", "ar", "appr", "desp", "dem", "tw", "franch", "merchand",
            "enterpr", "exc", "circumc", "inc", "disgu", "comprom", "otherw", "likew", "premis", "demis",
            "improv", "expert", "mo"}


def _spelled(text: str, pairs: list[tuple[str, str]], ending: re.Pattern[str], to: str) -> str:
    for old, new in pairs:
        # (not where the word is written so already: "program" in "programme")
        rest = rf"(?!{new[len(old):]})" if new.startswith(old) else ""
        text = re.sub(rf"\b{old}{rest}", new, text)
        text = re.sub(rf"\b{old.capitalize()}{rest}", new.capitalize(), text)

    def suffix(match: re.Match[str]) -> str:
        stem = match.group(1)
        return match.group() if stem.lower() in _NOT_ISE or len(stem) < 3 else stem + to + match.group(2)
    return ending.sub(suffix, text)


@cache
def pipeline() -> Language:
    """The pipeline the snippets are extracted with, and the tense forms rewrite them by."""
    from accordwatch.nlp import build_pipeline
    from accordwatch.settings import load_settings

    return build_pipeline(load_settings().spacy_model)


PLURAL_PRONOUNS = {"we", "they", "i", "you"}


def _plural(verb: Token) -> bool:
    """Whether VERB's subject is plural (its verb takes "have", "are", "kill"): a plural noun, a plural
    pronoun, or nouns joined by "and"."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "conj":
        return _plural(verb.head)
    return any(_plural_noun(s) or s.lower_ in PLURAL_PRONOUNS or (s.tag_ == "CD" and s.lower_ not in ("one", "1"))
               or any(c.dep_ == "conj" for c in s.children) for s in subjects)


def _plural_noun(token: Token) -> bool:
    """A plural noun by its tag or its form ("Militiamen" tagged as a singular)."""
    from lemminflect import getLemma

    nouns = getLemma(token.lower_, upos="NOUN") if token.tag_ in ("NN", "NNP") else ()
    return token.tag_ in ("NNS", "NNPS") or (bool(nouns) and nouns[0].lower() != token.lower_)


def _inflected(verb: Token, tag: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(verb.lemma_, tag) or (verb.text,)
    return forms[0]


def _retensed(text: str, tense: str) -> str:
    """TEXT with its main verbs (the root and the verbs joined to it) in another tense: "present" (past to
    present: "Gunmen kill five"), "perfect" (past to present perfect: "Gunmen have killed five") or
    "past" (present to past: "Gunmen killed five"). A verb in a clause of its own stays as written."""
    doc = pipeline()(text)
    words = [token.text_with_ws for token in doc]
    roots = [token for token in doc if token.dep_ == "ROOT"]
    # the root, the clause it reports ("... were killed, the army said") and the verbs joined to either
    heads = [c for root in roots for c in (root, *root.children) if c.dep_ in ("ROOT", "ccomp")]
    verbs = [v for head in heads
             for v in (head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))]
    for verb in verbs:
        plural = _plural(verb)
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        ws = verb.whitespace_
        if tense == "past":
            if auxes and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].lemma_ == "be":
                words[auxes[0].i] = ("were" if plural else "was") + auxes[0].whitespace_
            elif not auxes and verb.tag_ in ("VBZ", "VBP"):
                words[verb.i] = _inflected(verb, "VBD") + ws
            continue
        if auxes and not (len(auxes) == 1 and auxes[0].tag_ == "VBD" and auxes[0].lemma_ == "be"):
            continue  # "had fled", "would attack", "did not": left as written
        if auxes:  # "were killed"
            be = auxes[0]
            words[be.i] = ({"present": "are", "perfect": "have been"} if plural else
                           {"present": "is", "perfect": "has been"})[tense] + be.whitespace_
        elif verb.tag_ == "VBD":
            if tense == "present":
                words[verb.i] = _inflected(verb, "VBP" if plural else "VBZ") + ws
            elif verb.dep_ != "conj" or verb.head.i not in {v.i for v in verbs}:
                words[verb.i] = ("have " if plural else "has ") + _inflected(verb, "VBN") + ws
            else:  # a verb joined to the first shares its "have": "have stormed the village and burned"
                words[verb.i] = _inflected(verb, "VBN") + ws
    retensed = "".join(words)
    return retensed[:1].upper() + retensed[1:] if text[:1].isupper() else retensed


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*"


def _number_words() -> dict[int, str]:
    from accordwatch.extract.quantities import WORDS

    return {value: word for word, value in WORDS.items() if word not in ("dozen", "zero")}


def _in_words(match: re.Match[str]) -> str:
    """A count of 1 to 99 in words: "23" -> "twenty-three"."""
    words, value = _number_words(), int(match.group())
    before, after = match.string[:match.start()].split()[-1:], match.string[match.end():].split()[:1]
    if any(re.fullmatch(_MONTH + r"\W*", word) for word in before + after):
        return match.group()  # a day of a date: "12 May", "May 12"
    if value in words:
        return words[value]
    return f"{words[value - value % 10]}-{words[value % 10]}" if 20 < value < 100 else match.group()


def _in_digits(text: str) -> str:
    """Counts in words as digits: "twenty-three" -> "23", "five" -> "5" (a "one" is left: "one of")."""
    values = {word: value for value, word in _number_words().items() if value > 1}
    tens = "|".join(word for word, value in values.items() if value >= 20)
    units = "|".join(word for word, value in values.items() if value < 10)
    text = re.sub(rf"\b({tens})-({units})\b", lambda m: str(values[m[1].lower()] + values[m[2].lower()]), text,
                  flags=re.IGNORECASE)
    return re.sub(rf"\b({'|'.join(values)})\b", lambda m: str(values[m[1].lower()]), text, flags=re.IGNORECASE)


FORMS: dict[str, Callable[[str], str]] = {
    "capitals": str.upper,
    "title": _title,
    "dateline": lambda text: "SORVAL, March 4 (AWN) - " + text,
    "agency_dateline": lambda text: "Sorval, Mar 4: " + text,
    "reported": lambda text: "Local media reported that " + _lower_first(text),
    "quoted": lambda text: "\u201c" + text.rstrip(". ") + ",\u201d a witness told reporters.",
    "according_to": lambda text: text.rstrip(". ") + ", according to local officials.",
    "citing": lambda text: "State radio, citing local officials, said that " + _lower_first(text),
    "sentence_before": lambda text: "The region has seen months of unrest. " + text,
    "sentence_after": lambda text: text.rstrip(". ") + ". The situation remains tense.",
    "no_full_stop": lambda text: text.rstrip().rstrip("."),
    "american": lambda text: _spelled(text, SPELLINGS, _ISE, "iz"),
    "british": lambda text: _spelled(text, [(b, a) for a, b in SPELLINGS], _IZE, "is"),
    "hard_wrapped": lambda text: textwrap.fill(text, 48),
    "wide_spaces": lambda text: text.replace(", ", ",  ").replace(". ", ".  "),
    "non_breaking": lambda text: re.sub(r"(\d) (\w)", "\\1\u00a0\\2", text).replace(" of ", "\u00a0of\u00a0"),
    "curly_quotes": lambda text: re.sub(r'"([^"]*)"', "\u201c\\1\u201d", text).replace("'", "\u2019"),
    "present": lambda text: _retensed(text, "present"),
    "perfect": lambda text: _retensed(text, "perfect"),
    "past": lambda text: _retensed(text, "past"),
    # a body sentence as a headline: in the present, no full stop ("Rebels fire mortars at palace, police say")
    "headline": lambda text: _retensed(text, "present").rstrip().rstrip("."),
    # a count in words where the snippet has digits, digits where it has words ("1,200" is left)
    "number_words": lambda text: re.sub(r"(?<![\d,.])\b([1-9]\d?)\b(?![\d,.:]\d)", _in_words, text),
    "digits": _in_digits,
}


def _body(text: str) -> bool:
    return text.rstrip().endswith(".")


def probe() -> list[tuple[str | None, str]]:
    """(sub-type or None for a near-miss, text) of every probe snippet, as bench/quality.py reads them."""
    from quality import probe_records  # (bench/, this script's folder, is on the path)

    return [(record["acled_sub_event_type"], record["text"]) for record in probe_records()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("forms", nargs="*", help=f"forms to try, of {', '.join(FORMS)} (default: all)")
    parser.add_argument("--show", type=int, default=0, help="snippets lost and gained to print per form")
    args = parser.parse_args()
    if unknown := [name for name in args.forms if name not in FORMS]:
        parser.error(f"no form {', '.join(unknown)}: the forms are {', '.join(FORMS)}")

    from accordwatch.extract.document import extract_document
    from accordwatch.ingest.documents import to_document
    from accordwatch.ingest.readers import RawDocument
    from accordwatch.kb import default_knowledge_base
    nlp, kb = pipeline(), default_knowledge_base()

    def types(text: str) -> set[str]:
        document = to_document(RawDocument("form", text, "bench/forms.py", None, None))
        events = extract_document(nlp(document.text), document, kb, {}).events
        return {e.acled_sub_event_type for e in events if e.acled_sub_event_type}

    snippets = probe()
    typed = {text: types(text) for _, text in snippets}
    right = [(kind, text) for kind, text in snippets if kind is not None and kind in typed[text]]
    clean = [text for kind, text in snippets if kind is None and not typed[text]]
    print(f"probe as written: {len(right)} of {sum(k is not None for k, _ in snippets)} typed right, "
          f"{len(clean)} of {sum(k is None for k, _ in snippets)} near-misses uncoded")
    print(f"{'form':<16} {'lost':>12} {'gained':>12}")
    all_lost = all_gained = 0
    for name in args.forms or list(FORMS):
        written = {t: FORMS[name](t) for _, t in snippets if name not in IN_A_BODY or _body(t)}
        # (a snippet the form leaves as it is is not tried: "digits" of a snippet with no count in words)
        tried = [(k, t) for k, t in right if written.get(t, t) != t]
        near = [t for t in clean if written.get(t, t) != t]
        lost = [(kind, written[t], got) for kind, t in tried if kind not in (got := types(written[t]))]
        gained = [(written[t], got) for t in near if (got := types(written[t]))]
        all_lost, all_gained = all_lost + len(lost), all_gained + len(gained)
        print(f"{name:<16} {len(lost):>4} of {len(tried):<5} {len(gained):>4} of {len(near):<5}")
        for kind, text, got in lost[:args.show]:
            print(f"    lost {kind}: {text!r} -> {sorted(got)}")
        for text, got in gained[:args.show]:
            print(f"    gained {sorted(got)}: {text!r}")
    print(f"{'all forms':<16} {all_lost:>4} lost, {all_gained} gained")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
