"""Whether an act is told as part of the agreement the reports follow: a release "outside the terms of
the deal", "on its own initiative", or one the next sentence says "is not part of the arrangement" is
a real act, but no progress on the agreement.
"""

from __future__ import annotations

import re

from accordwatch.extract.context import Context
from accordwatch.extract.word_lists import word_list, word_set
from accordwatch.model import Event

OUTSIDE = re.compile(r"\b(" + "|".join(word_list("event_words", "outside_agreement_phrases")) + r")\b", re.I)
POINTING_BACK = word_set("event_words", "pointing_back_subjects")
SCOPED = {"RETREAT", "CONCEDE"}
RETRACTED = re.compile(r"\b(" + "|".join(word_list("event_words", "retraction_phrases")) + r")\b", re.I)


def mark_retracted(events: list[Event], context: Context) -> None:
    """"An earlier version of this article said the rebels had freed 700": a correction retells what it
    takes back; its acts are not told as done."""
    for sentence in context.news_sentences():
        if RETRACTED.search(context.text_of(sentence)):
            for event in events:
                if event.evidence.sentence_start == sentence.start_char and event.modality == "asserted":
                    event.modality = "denied"


def mark_outside_agreement(events: list[Event], context: Context) -> None:
    """Mark the releases a sentence tells as outside the agreement (or, when that sentence opens by
    pointing back, "That transfer is not part of the deal", those of the sentence before)."""
    sentences = context.news_sentences()
    starts = [s.start_char for s in sentences]
    for index, sentence in enumerate(sentences):
        text = context.text_of(sentence)
        hits = [sentence.start_char + m.start() for m in OUTSIDE.finditer(text)]
        if not hits:
            continue
        own = [e for e in events if e.category in SCOPED and e.evidence.sentence_start == sentence.start_char]
        if len(own) > 1:
            # "X unilaterally freed 20, and Y freed 100 under the deal": the phrase is the clause's
            # whose span holds it (the narrowest); a phrase no clause holds is the sentence's
            covering = [min((e for e in own if e.evidence.start <= hit < e.evidence.end),
                            key=lambda e: e.evidence.end - e.evidence.start, default=None) for hit in hits]
            if any(e is not None for e in covering) and None not in covering:
                own = [e for e in own if any(e is c for c in covering)]
        if not own and index > 0 and text.split(maxsplit=1)[0].lower() in POINTING_BACK:
            own = [e for e in events if e.category in SCOPED and e.evidence.sentence_start == starts[index - 1]]
        for event in own:
            event.outside_agreement = True
