"""Matching a token to a predicate sense: a verb by its lemma, particle and preposition (lexicon.py),
or a noun that tells an act of its own ("the capture of a commander").
"""

from __future__ import annotations

from spacy.tokens import Token

from accordwatch.extract.events.common import OBJECTS, aimed_at, laden_with, small_clause_noun, with_compounds
from accordwatch.extract.events.vanishing import people_vanished
from accordwatch.extract.lexicon import EVENT_NOUN_MODES, EXCHANGE_SENSES, VERBS, Sense
from accordwatch.extract.word_lists import with_object_classes, word_set, word_table
from accordwatch.nlp.pipeline import SPAN_KEY
from accordwatch.nlp.recase import written_as_name


def lemmas(token: Token) -> list[str]:
    """The model's lemma and, for an inflected verb it may get wrong ("staged" -> "stag"), the
    regular base forms."""
    out = [token.lemma_.lower()]
    word = token.lower_
    if token.tag_ in {"VBD", "VBN"} and word.endswith("ed"):
        out += [word[:-1], word[:-2]] + ([word[:-3]] if len(word) > 5 and word[-3] == word[-4] else [])
    elif token.tag_ == "VBG" and word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    elif token.tag_ == "VBZ" and word.endswith("s"):
        out += [word[:-1]]
    return list(dict.fromkeys(out))


RESULT_PARTICLES = word_set("event_words", "result_particles")
# particle -> the verbs whose particle the parser may make an adverb ("were dragged away", "shot down 22 of")
ADVERB_PARTICLES = {"away": word_set("event_words", "leading_off_verbs"),
                    "down": word_set("event_words", "downing_verbs")}


def _phrasal_keys(token: Token) -> list[str]:
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    particles += [c.lower_ for c in token.children if c.dep_ in {"acomp", "oprd", "advmod", "ccomp", "xcomp", "advcl"}
                  and c.lower_ in RESULT_PARTICLES]
    particles += [c.lower_ for c in token.children if c.dep_ == "advmod"
                  and token.lemma_.lower() in ADVERB_PARTICLES.get(c.lower_, ())]
    # "set free 150 detainees", "set the two men free": parsed as a "free" on the object
    particles += [a.lower_ for c in token.children if c.dep_ == "dobj" for a in c.children
                  if a.dep_ == "amod" and a.lower_ in RESULT_PARTICLES and (a.i == token.i + 1 or a.i > c.i)]
    preps = [c.lower_ for c in token.children if c.dep_ == "prep"]
    keys = []
    # "let go 30 soldiers": the parser makes "let" an auxiliary of the particle, which takes the object
    if token.lower_ in RESULT_PARTICLES and any(c.dep_ == "aux" and c.lemma_.lower() == "let" for c in token.children):
        keys.append(f"let {token.lower_}")
    for lemma in lemmas(token):
        for prt in particles:
            keys += [f"{lemma} {prt} {p}" for p in preps] + [f"{lemma} {prt}"]
        keys += [f"{lemma} {p}" for p in preps]
        keys.append(lemma)
    return keys


# what an act is told in spite of is no object of it ("talks started despite the strikes": no strike started)
CONCESSIVE_PREPS = {"despite", "notwithstanding"}


def _object_words(token: Token) -> set[str]:
    words: set[str] = set()
    for child in token.children:
        if child.dep_ in OBJECTS | {"nsubjpass"} or small_clause_noun(child):
            words |= {child.lower_, child.lemma_.lower()}
            words |= {w for c in child.conjuncts for w in (c.lower_, c.lemma_.lower())}
            # "a weapons depot", "arms caches": what the compound names is what was found or taken
            words |= {g.lemma_.lower() for g in child.children if g.dep_ == "compound"}
            # "a command centre", "an observation post": the noun with its compounds, as the lexicon's
            # objects of two words are written
            words |= with_compounds(child)
            # "an explosive-laden boat", "a truck laden with explosives": what the thing is laden with
            words |= {x.lemma_.lower() for x in laden_with(child)}
            # "a wave of attacks", "a string of raids"
            words |= {w for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj" for w in (g.lower_, g.lemma_.lower())}
        if child.dep_ in {"prep", "prt"} and child.lower_ not in CONCESSIVE_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    words |= {grandchild.lower_, grandchild.lemma_.lower()} | with_compounds(grandchild)
                if grandchild.dep_ == "prep":  # "walked out of the negotiations"
                    words |= {w for g in grandchild.children if g.dep_ == "pobj" for w in (g.lower_, g.lemma_.lower())}
    if token.dep_ in {"relcl", "acl"}:  # "the agreement that was struck"
        words |= {token.head.lower_, token.head.lemma_.lower()}
    return words


NOMINAL = {noun: Sense(*sense) for noun, sense in word_table("event_words", "nominal").items()}
HAPPENED_NOMINAL = {noun: Sense(*sense) for noun, sense in word_table("event_words", "happened_nominal").items()}
LIGHT_PREPS = word_set("event_words", "light_preps")
LIGHT_VERBS = word_set("event_words", "light_verbs")
OCCURRENCE_VERBS = word_set("event_words", "occurrence_verbs")
ATTENDED_VERBS = word_set("event_words", "attended_verbs")
PERPETRATING_VERBS = word_set("event_words", "perpetrating_verbs")
MEANS_MODIFIERS = word_set("event_words", "means_modifiers")
NATURE_MODIFIERS = word_set("event_words", "nature_modifiers")
INSTANCE_NOUNS = word_set("event_words", "instance_nouns")
DOCUMENTING_VERBS = word_set("event_words", "documenting_verbs")
MUNITION_NOUNS = word_set("event_words", "munition_nouns")
IMPACT_VERBS = word_set("event_words", "impact_verbs")
VANISHING_VERBS = word_set("event_words", "vanishing_verbs")
STANDING_PARTICIPLES = word_set("event_words", "standing_participles")
STRIKING_CRAFT = word_set("event_words", "striking_craft")
DESTROYING_VERBS = word_set("event_words", "destroying_verbs")
FORCING_ADVERBS = word_set("event_words", "forcing_adverbs")
BLAMING_COMPLEMENTS = word_set("event_words", "blaming_complements")
STRIKING_NOUNS = word_set("event_words", "attack_words") | {"airstrike", "shelling", "bombardment"}


FALLING_VERBS = word_set("event_words", "falling_verbs")
FALLING_PREPS = word_set("event_words", "falling_preps")
HOLDING_NOUNS = word_set("event_words", "holding_nouns")
FALLEN_KEY = "fall to"  # the event lexicon key of a place passing to a holder
TERRITORY = frozenset(with_object_classes(["$territory"], "predicates.py: territory"))


def _territory_noun(token: Token) -> bool:
    """A noun of a place held ("the town", "the district centre": with its compound)."""
    compounds = " ".join(c.lemma_.lower() for c in token.children if c.dep_ == "compound")
    return token.lemma_.lower() in TERRITORY or f"{compounds} {token.lemma_.lower()}" in TERRITORY


def _unlabelled_name(token: Token) -> bool:
    """A name the parse gives no kind, or a person's, where a place is what passes ("Ghormach fell to the
    Taliban": the model often takes a town's name for a person's or a firm's); an armed side as the holder
    decides it."""
    return token.pos_ == "PROPN" and written_as_name(token) and token.ent_type_ in {"", "PERSON", "ORG"}


def fallen_to(token: Token) -> Token | None:
    """The new holder of a place told as its subject passing to it ("the town fell to the rebels",
    "the district came under the control of the militants", "came under rebel control")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in FALLING_VERBS:
        return None
    place = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if place is None or not (place.ent_type_ in {"GPE", "LOC", "FAC"} or _territory_noun(place)
                             or _unlabelled_name(place)):
        return None
    holder = _holder(token)
    if holder is not None and _unlabelled_name(place) and not _armed_holder(holder):
        return None  # "Federer fell to Nadal": a name passing to a person is no place taken
    return holder


def _armed_holder(token: Token) -> bool:
    """Whether TOKEN names an armed side ("the rebels", "government forces", "Boko Haram fighters") or a party
    the knowledge base knows that is no person ("the Taliban", not "Ghani")."""
    return token.lemma_.lower() in ARMED_SIDES or token.lower_ in ARMED_SIDES \
        or any(c.lemma_.lower() in ARMED_SIDES or c.lower_ in ARMED_SIDES
               for c in token.children if c.dep_ in {"compound", "amod"}) \
        or (token.ent_type_ != "PERSON" and any(span.label_ == "ACTOR" and span.start <= token.i < span.end
                                                for span in token.doc.spans.get(SPAN_KEY, [])))


def _holder(token: Token) -> Token | None:
    """The noun a verb of passing hands its subject to ("fell to the rebels", "came under rebel control")."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in FALLING_PREPS):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() not in HOLDING_NOUNS:
                return noun if prep.lower_ == "to" else None
            holders = [x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for x in c.children
                       if x.dep_ == "pobj"]
            holders += [c for c in noun.children if c.dep_ in {"compound", "amod", "poss"}]
            if holders:
                return holders[0]
    return None


def _light(verb: Token) -> bool:
    """Whether VERB is a light verb, by any of its base forms ("staged" may be lemmatised "stag")."""
    return any(lemma in LIGHT_VERBS for lemma in lemmas(verb))


TO_COME = {"plan", "schedule", "expect", "announce", "call", "set", "slate"}


def _told_as_there(token: Token) -> bool:
    """"There were protests in the capital", "protests were reported in ten cities": an act noun told as
    having been there or seen."""
    head = token.head
    there = token.dep_ == "attr" and head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in head.children)
    if any(c.dep_ == "acl" and c.lemma_.lower() in TO_COME for c in token.children):
        return False  # "there was a protest planned for Friday": still to come
    return there or (token.dep_ == "nsubjpass" and head.lemma_.lower() in {"report", "see", "witness"})


def _perpetrated(token: Token) -> bool:
    """An act noun that is the object of a verb doing it ("committed rape", "perpetrated abuses")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in PERPETRATING_VERBS


def _staging_verb(token: Token) -> Token | None:
    """The verb whose subject does the act a noun names: a light verb over it ("launched a mediation
    effort") or the verb it is the purpose of ("came to Geneva for talks")."""
    if token.dep_ == "dobj" and _light(token.head):
        return token.head
    if token.dep_ == "compound" and token.head.dep_ == "dobj" and _light(token.head.head):
        return token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.pos_ == "VERB":
        return token.head.head
    return None


OUTCOME_VERBS = word_set("event_words", "outcome_verbs")


def _outcome_of_act(token: Token) -> bool:
    """"resulted in the death of", "led to the deaths of", "caused the death of": a death told as what
    an act brought about (not "mourned the death of the king")."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"in", "to"} else token.head
    return token.dep_ in {"pobj", "dobj"} and verb.lemma_.lower() in OUTCOME_VERBS \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


STRIKING_PEOPLE = word_set("event_words", "crowd_nouns")


STRIKE_STAGING = {"observe", "call", "declare", "join", "extend", "suspend", "end", "hold"}  # a stoppage, not a raid


def _labour_strike(token: Token) -> bool:
    """A strike noun that is a stoppage of work: people "on strike", or one by workers, teachers, doctors
    ("the teachers' strike", "a strike by dock workers"), not a strike from the air."""
    if token.dep_ == "pobj" and token.head.lower_ == "on" and not any(c.dep_ == "det" for c in token.children):
        return True  # "nurses are on strike", "remained on strike"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in STRIKE_STAGING \
            and not {c.lower_ for c in token.children} & MEANS_MODIFIERS:
        return True  # "doctors observed a two-day strike", "the union called a strike"
    if any(c.dep_ == "acl" and c.lemma_.lower() in STRIKE_STAGING for c in token.children):
        return True  # "the strike called by the bank employees' union"
    by = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    held = [c for c in token.children if c.dep_ in {"poss", "compound"}] + by
    return any(h.lower_ in STRIKING_PEOPLE or h.lemma_.lower() in STRIKING_PEOPLE for h in held)


STAGED_TRUCES = {"ceasefire", "exchange"}  # the modes of truce and swap nouns a light verb stages
HEADLINE_PROTESTS = {"rally", "protest", "march", "demonstrate", "strike"}  # verbs a headline's tagger takes for nouns
PEOPLE_TAGS = {"NNS", "NNPS", "CD"}  # a headline's doers before its verb: "Farmers", "Thousands", "5,000"


def _nominal(token: Token) -> tuple[Sense, str] | None:
    if token.pos_ != "NOUN" and not _noun_tagged_a_verb(token):
        return None
    lemma = token.lemma_.lower()
    modifiers = {c.lower_ for c in token.children}
    if lemma == "strike":
        if modifiers & {"hunger", "general", "labour", "labor", "national"} or _labour_strike(token):
            return (Sense("PROTEST"), "strike") if match_predicate(token.head) is None else None
        if not modifiers & {"air", "drone", "aerial", "precision"}:
            return None
    if lemma in {"death", "deaths"} and _outcome_of_act(token):
        return Sense("ASSAULT"), "kill"  # "the raid resulted in the death of a commander"
    if lemma in HEADLINE_PROTESTS and token.dep_ == "ROOT" and token.tag_ == "NN" and any(
            c.dep_ == "nsubj" or (c.dep_ in {"nummod", "compound", "nmod"} and c.i < token.i and c.tag_ in PEOPLE_TAGS
                                  and not any(d.dep_ == "det" for d in token.children)) for c in token.children):
        # a headline's verb tagged as a noun: "Thousands rally against coup", its doers read as a count or a
        # modifier ("Thousands march against junta", "Farmers rally in capital"); not "the farmers rally"
        return Sense("PROTEST"), lemma
    if lemma == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in" and token.tag_ == "NN" \
            and not any(c.dep_ == "det" for c in token.children):
        return None  # "resigned in protest", "erupted in protest": the manner of another act
    # "protests erupted", "clashes broke out", "gun attacks left seven dead": the act happened; so it is
    # when the noun names its arms ("a rocket attack on the port", "victims of the gas attack")
    # "police launched a brutal crackdown on protesters", "troops conducted raids": an act noun a light verb
    # told as done stages (not "announced a crackdown": still to come; nor "will launch")
    light = token.dep_ == "dobj" and _light(token.head) and token.head.tag_ in {"VBD", "VBN", "VBZ", "VBP"} \
        and token.head.lemma_.lower() not in TO_COME \
        and not any(c.dep_ in {"neg", "aux"} and c.lower_ not in {"has", "have", "had"} for c in token.head.children)
    told_as_happened = (token.dep_ == "nsubj" and token.head.lemma_.lower() in OCCURRENCE_VERBS) or light \
        or (token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ATTENDED_VERBS) \
        or _perpetrated(token) or _armed(token) or (lemma in NOMINAL and _documented(token)) or _told_as_there(token)
    fire_exchange = lemma == "exchange" and any(g.lemma_.lower() in FIRE_OBJECTS for g in _prep_pobjs(token, "of") + [
        c for c in token.children if c.dep_ in {"compound", "amod"}])
    if lemma == "exchange" and not light and not fire_exchange:
        told_as_happened = False  # "completed the exchange" stages one; "the exchange went on" tells no new act
    sense = NOMINAL.get(lemma) or (HAPPENED_NOMINAL.get(lemma) if told_as_happened else None)
    if lemma == "exchange" and token.dep_ == "pobj" and token.head.lower_ == "in" \
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return None  # "released in exchange for 37 fighters": the manner of the release told, no act of its own
    if fire_exchange:
        sense = EXCHANGED_FIRE  # "heavy exchanges of fire were reported", "a fire exchange": a fight, no swap
    # "joined the march", "took part in a march": a protest noun that happened only in a frame
    # ...and so is a truce a light verb stages ("the two sides began a ceasefire", "declared a truce")
    staged_protest = HAPPENED_NOMINAL.get(lemma) if sense is None and HAPPENED_NOMINAL.get(lemma) \
        and (HAPPENED_NOMINAL[lemma].category == "PROTEST" or HAPPENED_NOMINAL[lemma].mode in STAGED_TRUCES) \
        else None
    sense = sense or staged_protest
    if sense is None or match_predicate(token.head) is not None:
        return None  # "carried out airstrikes": the verb tells it
    has_object = staged_protest is None and any(c.dep_ == "prep" and c.lower_ in {"of", "between"}
                                                for c in token.children)
    in_frame = token.dep_ == "pobj" and (token.head.lower_ in LIGHT_PREPS
                                         or (token.head.lower_ == "for" and sense.category == "CONSULT"))
    # "launched a mediation effort", "joined the talks": the noun names what the light verb does
    staged = token.dep_ == "dobj" or (token.dep_ == "compound" and token.head.dep_ == "dobj")
    verb = token.head if token.dep_ == "dobj" else token.head.head
    in_frame = in_frame or (staged and _light(verb))
    if staged_protest is not None:
        return (sense, lemma) if in_frame else None
    if has_object or in_frame or told_as_happened or sense.mode == "aerial":
        return sense, lemma
    return None


VICTIM_NOUNS = word_set("event_words", "victim_nouns")
# what two sides exchange when it is a fight: the lexicon's sense of the verb ("exchanged fire"), also
# read of the noun ("an exchange of fire")
EXCHANGED_FIRE = next(s for s in EXCHANGE_SENSES if s.category == "ASSAULT")
FIRE_OBJECTS = EXCHANGED_FIRE.objects or frozenset()


def _prep_pobjs(token: Token, prep: str) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children if g.dep_ == "pobj"]


def _armed(token: Token) -> bool:
    """An act noun whose modifiers name arms ("air raid", "poison gas attack", "suicide attack"), told where
    a report tells an act done: as a subject ("a rocket attack damaged"), in a frame ("killed in a drone
    attack"), or with its victims ("victims of the gas attack"); not feared, planned or a name ("air raid sirens")."""
    told = token.dep_ in {"nsubj", "nsubjpass"} or (token.dep_ == "pobj" and token.head.lower_ in LIGHT_PREPS) \
        or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in VICTIM_NOUNS) \
        or _documented(token)
    armed = any(c.dep_ in {"compound", "amod", "nmod"}
                and {c.lower_, c.lemma_.lower()} & (MEANS_MODIFIERS | NATURE_MODIFIERS) for c in token.children)
    by_doer = any(c.dep_ == "prep" and c.lower_ == "by" for c in token.children)  # "raids by the army's choppers"
    return told and (armed or by_doer)


def _documented(token: Token) -> bool:
    """An act noun told as instances of it or as what a report sets down ("cases of rape", "incidents of
    sexual assault", "documented rapes by soldiers"): the act happened."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head.lemma_.lower() in INSTANCE_NOUNS
    return token.dep_ == "dobj" and token.head.lemma_.lower() in DOCUMENTING_VERBS


def _munition_landed(token: Token) -> bool:
    """"Rockets fell near the airport", "two mortar rounds landed in the market", "a missile attack
    destroyed the depot": a munition, or an attack, landing."""
    subjects = {c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"}
    return (token.lemma_.lower() in IMPACT_VERBS and bool(subjects & (MUNITION_NOUNS | STRIKING_NOUNS))) \
        or (token.lemma_.lower() in DESTROYING_VERBS and bool(subjects & STRIKING_CRAFT))


WORKING_PEOPLE = word_set("event_words", "working_people")


GRIEVANCE_PARTICLES = {"over", "for"}


def _stopping_work(token: Token) -> bool:
    """"Workers strike over unpaid wages", "teachers struck for a third day": people at work striking
    with nothing struck (no object, nothing struck "at" or "on") stop work; "gunmen struck" does not."""
    struck_at = aimed_at(token, {"at", "on", "against"})
    # "teachers strike over pay": the parse may make the grievance's preposition a particle and its noun
    # the object; nothing is struck
    grievance = {g.i for c in token.children if c.dep_ == "prt" and c.lower_ in GRIEVANCE_PARTICLES
                 for g in token.children if g.dep_ == "dobj" and g.i > c.i}
    if not _tools_downed(token) and ("strike" not in lemmas(token) or struck_at or any(
            c.dep_ in {"dobj", "nsubjpass", "dative"} and c.i not in grievance for c in token.children)):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]  # "thousands of teachers"
    return any(c.lemma_.lower() in WORKING_PEOPLE or c.lower_ in WORKING_PEOPLE for c in subjects)


STOPPAGE_KEYS = word_set("event_words", "stoppage_keys")
TOOL_DOWNING_KEYS = word_set("event_words", "tool_downing_keys")


def _tools_downed(token: Token) -> bool:
    """"Nurses downed tools", "miners laid down their tools", "lecturers walked out": the idioms of a
    stoppage of work (its doers are read as those of a strike)."""
    particles = {key.split()[-1] for key in STOPPAGE_KEYS}  # "walked out" may be parsed with an adverb
    keys = set(_phrasal_keys(token)) | {f"{lemma} {c.lower_}" for lemma in lemmas(token) for c in token.children
                                        if c.dep_ == "advmod" and c.lower_ in particles}
    tools = any(c.dep_ == "dobj" and c.lemma_.lower() == "tool" for c in token.children)
    return bool(keys & STOPPAGE_KEYS) or (tools and bool(keys & TOOL_DOWNING_KEYS))


TAKING_AWAY_VERBS = word_set("event_words", "taking_away_verbs")
ABDUCTING_DOERS = word_set("event_words", "abducting_doers")
UNKNOWN_MEN_MARKS = word_set("event_words", "unknown_men_marks")
TAKEN_PEOPLE = frozenset(with_object_classes(sorted(word_set("event_words", "taken_people")),
                                             "extract/data/event_words.yaml: taken_people"))


GETAWAY_VEHICLES = word_set("event_words", "getaway_vehicles")


def _taken_away(token: Token) -> bool:
    """"Masked gunmen took the village chief from his home", "three farmers were taken from their fields
    by gunmen", "the rebels took away five aid workers": people led off by armed men, or by anyone when
    they are not seen again, are abducted (not "rescuers took the injured to hospital")."""
    into_vehicle = any(c.dep_ == "prep" and c.lower_ == "into" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in GETAWAY_VEHICLES for g in c.children) for c in token.children)
    if token.lemma_.lower() not in TAKING_AWAY_VERBS and not (token.lemma_.lower() == "force" and into_vehicle):
        return False
    people = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    people += [g for c in people for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]  # "five of the workers"
    if not any(p.lemma_.lower() in TAKEN_PEOPLE or p.lower_ in TAKEN_PEOPLE for p in people):
        return False
    off = any(c.lower_ == "away" for c in token.children if c.dep_ in {"prt", "advmod"}) \
        or any(c.dep_ == "prep" and c.lower_ in {"from", "into"} for c in token.children)
    doers = [c for c in token.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    armed = any(d.lemma_.lower() in ABDUCTING_DOERS or (d.lemma_.lower() == "man" and (any(
        m.dep_ == "amod" and m.lower_ in UNKNOWN_MEN_MARKS for m in d.children) or _in_plain_clothes(d)))
        for d in doers)
    # by anyone, people not seen again ("have disappeared since security agents took them from a cafe")
    return off and (armed or people_vanished(token))


def _in_plain_clothes(man: Token) -> bool:
    """"Men in plain clothes", "men in civilian clothes": men of no force that says so."""
    clothes = [g for c in man.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return any(g.lemma_.lower() in {"clothes", "clothing"}
               and any(m.lower_ in {"plain", "civilian"} for m in g.children) for g in clothes)


# a core verb's object mark (event_words.yaml core_verb_objects): a name the verb's frame reads as a place
PLACE_NAME = "<place name>"
NAMED_BODIES = word_set("event_words", "named_bodies")  # "entered Helvast University": no place taken
ARMED_SIDES = frozenset(with_object_classes(["$armed_sides"], "predicates.py: armed sides"))


MOVING_PREPS = {"on", "to", "toward", "towards", "into"}  # "advanced on Tarsa and entered": the place moved to


def _named_place_taken(token: Token, key: str) -> bool:
    """Whether the verb's place is a name and its doer an armed side ("rebels entered Marsak", "troops moved
    into Dorvina", "Umm Tarek was abandoned by the army"): what a force enters or leaves is a place, whatever
    label the parse gives the name (it often takes a town's name for a person's or a firm's). A verb with no
    place of its own, or a pronoun for it, takes the place of the verb it is joined to ("advanced on Tarsa
    and entered without a fight", "reached Dorvina and entered it")."""
    preps = key.split()[1:]
    names = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] if not preps else \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]
    if token.dep_ == "conj" and not preps and all(n.pos_ == "PRON" for n in names):
        head = token.head
        names = [c for c in head.children if c.dep_ == "dobj"] + [
            g for c in head.children if c.dep_ == "prep" and c.lower_ in MOVING_PREPS for g in c.children
            if g.dep_ == "pobj"]
        names = [n for n in names if n.pos_ == "PROPN" or n.lemma_.lower() in TERRITORY]
    if not any((n.pos_ == "PROPN" and written_as_name(n) and n.ent_type_ not in {"DATE", "TIME", "NORP"}
                and n.lower_ not in NAMED_BODIES) or n.lemma_.lower() in TERRITORY for n in names):
        return False
    verbs = [token] + ([token.head] if token.dep_ == "conj" else [])  # "...and moved into Kalvo": the first's doer
    doers = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    doers += [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if token.dep_ == "ccomp" and doers and all(d.pos_ == "PRON" for d in doers):
        doers += [c for c in token.head.children if c.dep_ == "nsubj"]  # "the army said it had entered Kalvo"
    return any(_armed_holder(d) for d in doers)


def place_by_frame(token: Token, key: str) -> bool:
    """Whether the verb of lexicon KEY takes a named place by its frame and its name is one (as above)."""
    return any(s.objects is not None and PLACE_NAME in s.objects for s in VERBS.get(key, [])) \
        and _named_place_taken(token, key)


EFFIGIES = word_set("event_words", "effigies")
EFFIGY_VERBS = word_set("event_words", "effigy_verbs")


def _effigy_burnt(verb: Token) -> bool:
    """Whether VERB burns, hangs or beats an effigy ("burnt an effigy of the minister", "an effigy was
    torched"): the act of a protest."""
    return verb.lemma_.lower() in EFFIGY_VERBS and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in EFFIGIES for c in verb.children)


def _done_sexually(verb: Token) -> bool:
    """Whether VERB is done to someone sexually ("sexually exploited", "sexually humiliated the detainees"),
    not a participle of a kind ("sexually transmitted infections")."""
    return verb.dep_ not in {"amod", "acomp", "compound"} \
        and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in verb.children) \
        and any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children)


FINITE_TAGS = {"VBP", "VBZ", "VBD"}
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _noun_tagged_a_verb(token: Token) -> bool:
    """Whether TOKEN is a finite verb by its tag that the parse makes a subject or an object: a noun the
    tagger misread ("the pensioners rally planned for Sunday was postponed"), read as the noun it is."""
    return token.pos_ == "VERB" and token.tag_ in FINITE_TAGS and token.dep_ in ARGUMENT_DEPS


def match_predicate(token: Token) -> tuple[Sense, str] | None:
    """The sense of TOKEN as an event predicate, with the key that matched."""
    if token.pos_ == "NOUN" and token.lemma_.lower() == "clash":
        return NOMINAL["clash"], "clash"
    if token.dep_ == "amod" and token.lower_ == "striking":
        # "striking miners": people on strike, never an assault; "a striking image": no act
        return (Sense("PROTEST"), "strike") if token.head.tag_ == "NNS" else None
    if token.pos_ != "VERB" or _noun_tagged_a_verb(token):
        return None
    if token.dep_ == "amod" and token.lower_ in STANDING_PARTICIPLES:
        return None  # "aid reached the besieged town": its standing, no siege told that day
    if _stopping_work(token):
        return Sense("PROTEST"), "strike"
    if _effigy_burnt(token):
        return Sense("PROTEST"), "protest"  # "party workers burnt an effigy of the minister": no property destroyed
    if _done_sexually(token):
        return Sense("ASSAULT", "sexual"), token.lemma_.lower()  # "girls were sexually exploited", whatever the verb
    if fallen_to(token) is not None:
        return Sense("COERCE", "seize"), FALLEN_KEY
    if _munition_landed(token):
        return Sense("ASSAULT"), token.lemma_.lower()
    if _taken_away(token):
        return Sense("COERCE", "abduct"), token.lemma_.lower()
    if token.lemma_.lower() == "hold" and _blaming(token):
        return Sense("ACCUSE", "allege"), "blame"  # "held the militia responsible": blamed, not detained
    if token.lemma_.lower() in VANISHING_VERBS and any(c.lower_ in FORCING_ADVERBS for c in token.children):
        return Sense("COERCE", "abduct"), "abduct"  # "security forces forcibly disappeared the activist"
    if token.lemma_.lower() in PERPETRATING_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in NOMINAL.keys() | HAPPENED_NOMINAL.keys() for c in token.children):
        return None  # "committed rape": the noun tells the act
    objects = _object_words(token)
    keys = _phrasal_keys(token)
    for key in keys:
        for sense in VERBS.get(key, []):
            if sense.objects is None or objects & sense.objects \
                    or (PLACE_NAME in sense.objects and _named_place_taken(token, key)):
                return sense, key
    # "found a car packed with explosives", "seized a boat carrying weapons": what the thing holds
    held = _held_words(token)
    for key in keys:
        for sense in VERBS.get(key, []):
            if sense.mode == "seize" and sense.objects is not None and held & sense.objects:
                return sense, key
    return None


def _blaming(token: Token) -> bool:
    """Whether a blaming word completes the verb or its object ("held them responsible", "holds the army
    accountable": the parse hangs it on the verb or on the object)."""
    near = [c for c in token.children if c.dep_ in {"ccomp", "oprd", "acomp", "xcomp", "advcl"}]
    near += [m for c in token.children if c.dep_ in OBJECTS | {"nsubjpass"} for m in c.children if m.dep_ == "amod"]
    return any(t.lower_ in BLAMING_COMPLEMENTS for t in near)


def _held_words(token: Token) -> set[str]:
    """The nouns of the clauses that describe the verb's objects ("a truck loaded with arms")."""
    return {w for child in token.children if child.dep_ in OBJECTS | {"nsubjpass"}
            for acl in child.children if acl.dep_ == "acl"
            for g in acl.subtree if g.pos_ == "NOUN" for w in (g.lower_, g.lemma_.lower())}


ATTACK_WORDS = word_set("event_words", "attack_words")
# nouns that name an act of their own, whose day is theirs ("responsible for an attack Jan. 7")
ACT_NOUNS = NOMINAL.keys() | ATTACK_WORDS | EVENT_NOUN_MODES.keys()
