"""Whether an ACLED type survives a change of form that keeps the meaning: our own probe snippets
(bench/data/acled_probe.*.yaml) written again as other outlets write them (in capitals, in title case,
behind a dateline, as reported speech, among other sentences), each extracted before and after.

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
IN_A_BODY = {"dateline", "agency_dateline", "reported", "quoted", "according_to", "citing", "sentence_before",
             "sentence_after"}

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
    from accordwatch.nlp import build_pipeline
    from accordwatch.settings import load_settings

    nlp, kb = build_pipeline(load_settings().spacy_model), default_knowledge_base()

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
        form = FORMS[name]
        tried = [(k, t) for k, t in right if name not in IN_A_BODY or _body(t)]
        near = [t for t in clean if name not in IN_A_BODY or _body(t)]
        lost = [(kind, form(text), got) for kind, text in tried if kind not in (got := types(form(text)))]
        gained = [(form(text), got) for text in near if (got := types(form(text)))]
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
