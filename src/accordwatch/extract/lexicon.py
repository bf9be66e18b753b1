"""Predicates and their PLOVER category and mode.

Keys are lemmas, optionally with a particle or preposition ("walk out", "call for"). A predicate can
require its object (or the object of its preposition) to be one of a set of nouns ("hold talks").
The category is a starting point: negation, modality and the governing verb change it
(see ``events/modality.py``): a negated release is a REJECT, a promised release a CONCEDE.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lemminflect import getLemma

from accordwatch.extract.word_lists import with_object_classes, word_table


@dataclass(frozen=True, slots=True)
class Sense:
    category: str
    mode: str | None = None
    objects: frozenset[str] | None = None  # the predicate counts only with one of these nouns


def with_lemmas(nouns: Iterable[str]) -> frozenset[str]:
    """NOUNS and the lemma of each: a list written "weapons" also holds "weapon", the lemma an object is
    read in, so a list need not name every number of every noun."""
    nouns = set(nouns)
    return frozenset(nouns | {lemma.lower() for noun in nouns if " " not in noun
                              for lemma in getLemma(noun, upos="NOUN")[:1]})


def _s(category: str, mode: str | None = None, objects: str | list[str] | None = None) -> Sense:
    """A sense; OBJECTS, if given, as words in one string or as a list (whose entries may be phrases)."""
    if objects is None:
        return Sense(category, mode, None)
    return Sense(category, mode, with_lemmas(objects.split() if isinstance(objects, str) else objects))


TALK_NOUNS = ("talks meeting meetings negotiations negotiation discussions discussion dialogue session "
              "sessions consultations conference summit round process mediation initiative")
AGREEMENT_NOUNS = ("agreement deal accord treaty pact ceasefire truce memorandum declaration settlement mou "
                   "understanding")  # "reached an understanding on a truce"
ATTACK_NOUNS = ("attack attacks airstrike airstrikes strike strikes raid raids assault offensive operation "
                "operations bombing bombings ambush shelling bombardment offensive invasion incursion "
                "missile missiles rockets barrage barrages salvo salvos volley")  # "launched a missile at the port"
AID_NOUNS = ("aid assistance support supplies food medicine medicines funding relief help goods grant loan "
             "asylum equipment vaccines shelter")
PROTEST_NOUNS = ("rally rallies protest protests demonstration demonstrations strike strikes sit-in march "
                 "marches boycott vigil")
# a crowd charged is rushed at ("police baton-charged the protesters"), where a person charged is accused
CHARGED_CROWDS = ("protesters protester protestors protestor demonstrators demonstrator crowd crowds mob mobs "
                  "agitators agitator marchers rioters gathering")
INVESTIGATION_NOUNS = "investigation investigations inquiry probe inquiries"
PEOPLE_NOUNS = "wounded injured civilians people refugees residents villagers hostages prisoners captives"
CEASEFIRE_NOUNS = "ceasefire truce cease-fire armistice"
# what else than forces is withdrawn: an offer, a bid, backing ("withdrew its offer to buy the airline",
# "the party withdrew its support"): a step back from a deal or a relation, no force leaving a place
WITHDRAWN_NOUNS = ("offer offers bid bids support backing endorsement candidacy candidature nomination "
                   "application proposal proposals complaint complaints lawsuit suit recognition invitation")
BASE_NOUNS = ("base bases airbase airbases headquarters outpost outposts camp camps post posts checkpoint "
              "checkpoints office offices hideout hideouts garrison position positions stronghold strongholds")
# forces sent somewhere: a move of the force's own ("sent reinforcements", "dispatched troops")
FORCE_NOUNS = "troops forces soldiers reinforcements units fighters convoy convoys battalion battalions"

# what else two sides exchange than people: fire, accusations, words ("exchanged fire", "swapped
# accusations", "exchanged views"); anything else exchanged is taken as people (or their count)
EXCHANGE_SENSES = [_s("ASSAULT", "firearms", "fire gunfire shots salvos"),
                   _s("ACCUSE", "allege", "accusations accusation charges blame recriminations insults barbs"),
                   _s("CONSULT", None, "views ideas messages letters greetings notes visits information"),
                   _s("RETREAT", "exchange")]

# CAMEO's "sign formal agreement" and "apologize" are diplomatic cooperation: PLOVER SUPPORT.
VERBS: dict[str, list[Sense]] = {
    # AGREE
    "agree": [_s("AGREE")], "accept": [_s("AGREE")], "approve": [_s("AGREE")],
    "reach": [_s("AGREE", None, AGREEMENT_NOUNS)], "commit": [_s("AGREE")],
    "strike": [_s("SUPPORT", "agreement", AGREEMENT_NOUNS), _s("ASSAULT")],
    # CONSULT
    "meet": [_s("CONSULT")], "discuss": [_s("CONSULT")], "negotiate": [_s("CONSULT")],
    "visit": [_s("CONSULT", "visit")], "host": [_s("CONSULT", "third-party")], "consult": [_s("CONSULT")],
    "confer": [_s("CONSULT")], "participate": [_s("CONSULT", None, TALK_NOUNS)],
    "attend": [_s("CONSULT", None, TALK_NOUNS)], "join": [_s("CONSULT", None, TALK_NOUNS),
                                                                 _s("MOBILIZE", None, "forces ranks")],  # joined forces
    "talk": [_s("CONSULT")], "mediate": [_s("CONSULT", "third-party")], "resume": [_s("CONSULT", None, TALK_NOUNS)],
    "hold": [_s("CONSULT", None, TALK_NOUNS), _s("PROTEST", None, PROTEST_NOUNS),
             _s("COERCE", "arrest", PEOPLE_NOUNS)],
    "open": [_s("CONSULT", None, TALK_NOUNS), _s("ACCUSE", "investigate", INVESTIGATION_NOUNS),
             _s("ASSAULT", "firearms", "fire gunfire"),  # "opened fire on the crowd"
             _s("MOBILIZE", None, BASE_NOUNS)],  # "opened a new camp"
    "begin": [_s("CONSULT", None, TALK_NOUNS), _s("PROTEST", None, PROTEST_NOUNS),
              _s("ACCUSE", "investigate", INVESTIGATION_NOUNS)],
    "start": [_s("CONSULT", None, TALK_NOUNS), _s("PROTEST", None, PROTEST_NOUNS),
              _s("ACCUSE", "investigate", INVESTIGATION_NOUNS)],
    "launch": [_s("ASSAULT", None, ATTACK_NOUNS), _s("CONSULT", None, TALK_NOUNS),
               _s("PROTEST", None, PROTEST_NOUNS), _s("ACCUSE", "investigate", INVESTIGATION_NOUNS)],
    # SUPPORT
    "support": [_s("SUPPORT")], "praise": [_s("SUPPORT")], "welcome": [_s("SUPPORT")],
    "endorse": [_s("SUPPORT")], "commend": [_s("SUPPORT")], "hail": [_s("SUPPORT")], "back": [_s("SUPPORT")],
    "applaud": [_s("SUPPORT")], "congratulate": [_s("SUPPORT")], "thank": [_s("SUPPORT")],
    "defend": [_s("SUPPORT")], "recognize": [_s("SUPPORT")], "recognise": [_s("SUPPORT")],
    "apologize": [_s("SUPPORT")], "apologise": [_s("SUPPORT")], "upgrade": [_s("SUPPORT", None, "ties relations")],
    "restore": [_s("SUPPORT", None, "ties relations")],
    # a base or a part of a group established: the lexicon's classes, as for "set up" ("established its 12th
    # observation point", "established a new military point")
    "establish": [_s("SUPPORT", None, "ties relations"),
                  _s("MOBILIZE", None, " ".join(with_object_classes(["$bases", "$group_units"],
                                                                    "lexicon: establish")))],
    "sign": [_s("SUPPORT", "agreement", AGREEMENT_NOUNS)], "conclude": [_s("SUPPORT", "agreement", AGREEMENT_NOUNS)],
    "ratify": [_s("SUPPORT", "agreement")],
    # CONCEDE
    "concede": [_s("CONCEDE")], "ease": [_s("CONCEDE", "policy")], "relax": [_s("CONCEDE", "policy")],
    "offer": [_s("CONCEDE")], "pledge": [_s("AGREE")], "promise": [_s("AGREE")], "compromise": [_s("CONCEDE")],
    "yield": [_s("CONCEDE")], "call off": [_s("CONCEDE")],
    "lift": [_s("CONCEDE", "policy", "sanctions ban blockade curfew restrictions embargo siege measures")],
    "cancel": [_s("CONCEDE", "policy", "restrictions ban curfew sanctions measures order")],
    # COOPERATE
    "cooperate": [_s("COOPERATE")], "collaborate": [_s("COOPERATE")], "coordinate": [_s("COOPERATE")],
    "share": [_s("COOPERATE", None, "intelligence information data expertise technology know-how")],
    "extradite": [_s("COOPERATE", "extradite")],
    # AID
    "aid": [_s("AID")], "assist": [_s("AID")], "donate": [_s("AID")], "provide": [_s("AID", None, AID_NOUNS)],
    "deliver": [_s("AID", None, AID_NOUNS)], "send": [_s("AID", None, AID_NOUNS + " arms weapons"),
                                                    _s("MOBILIZE", None, FORCE_NOUNS)],
    "fund": [_s("AID")], "grant": [_s("AID", None, AID_NOUNS)], "give": [_s("AID", None, AID_NOUNS)],
    # RETREAT
    "release": [_s("RETREAT", "release")], "free": [_s("RETREAT", "release")],
    "set free": [_s("RETREAT", "release")],
    "let go": [_s("RETREAT", "release")], "hand over": [_s("AID", None, AID_NOUNS), _s("RETREAT", "release")],
    "withdraw": [_s("SANCTION", "withdraw", TALK_NOUNS + " " + WITHDRAWN_NOUNS), _s("RETREAT", "withdraw")],
    "pull out": [_s("SANCTION", "withdraw", TALK_NOUNS), _s("RETREAT", "withdraw")],
    "pull": [_s("RETREAT", "withdraw", "troops forces soldiers")],
    "evacuate": [_s("AID", None, PEOPLE_NOUNS), _s("RETREAT", "withdraw")],
    "disarm": [_s("RETREAT", "disarm")], "demobilize": [_s("RETREAT", "disarm")],
    "demobilise": [_s("RETREAT", "disarm")], "exchange": EXCHANGE_SENSES,
    "swap": EXCHANGE_SENSES, "trade": EXCHANGE_SENSES[:2],  # "traded fire", "traded accusations"; not goods
    "vacate": [_s("RETREAT", "withdraw")],
    "surrender": [_s("RETREAT", "surrender")], "reduce": [_s("RETREAT", "withdraw", "troops forces presence")],
    "include": [_s("RETREAT", "release", "release exchange list")],
    "declare": [_s("RETREAT", "ceasefire", CEASEFIRE_NOUNS)], "announce": [_s("RETREAT", "ceasefire", CEASEFIRE_NOUNS)],
    "observe": [_s("RETREAT", "ceasefire", CEASEFIRE_NOUNS)],
    # REQUEST
    "call for": [_s("REQUEST", "change")], "urge": [_s("REQUEST", "change")], "ask": [_s("REQUEST")],
    "demand": [_s("REQUEST", "change")], "request": [_s("REQUEST")], "appeal": [_s("REQUEST")],
    "press": [_s("REQUEST")], "seek": [_s("REQUEST")], "insist": [_s("REQUEST")], "call on": [_s("REQUEST")],
    "invite": [_s("REQUEST", "meet")], "plead": [_s("REQUEST")],
    # ACCUSE
    "accuse": [_s("ACCUSE", "allege")], "blame": [_s("ACCUSE", "allege")], "allege": [_s("ACCUSE", "allege")],
    "criticize": [_s("ACCUSE", "disapprove")], "criticise": [_s("ACCUSE", "disapprove")],
    "condemn": [_s("ACCUSE", "disapprove")], "denounce": [_s("ACCUSE", "disapprove")],
    "blast": [_s("ACCUSE", "disapprove")], "slam": [_s("ACCUSE", "disapprove")],
    "censure": [_s("ACCUSE", "disapprove")], "charge": [_s("COERCE", None, CHARGED_CROWDS), _s("ACCUSE", "allege")],
    "charge at": [_s("COERCE")], "charge into": [_s("COERCE")],  # rushed at: "police charged at the marchers"
    "investigate": [_s("ACCUSE", "investigate")], "decry": [_s("ACCUSE", "disapprove")],
    "lambaste": [_s("ACCUSE", "disapprove")], "fault": [_s("ACCUSE", "disapprove")],
    "complain": [_s("ACCUSE", "disapprove")], "indict": [_s("ACCUSE", "allege")],
    "protest against": [_s("ACCUSE", "disapprove")],
    "dispatch": [_s("ACCUSE", "investigate", "inspectors monitors investigators observers"),
                 _s("MOBILIZE", None, FORCE_NOUNS)],
    "complete": [_s("ACCUSE", "investigate", INVESTIGATION_NOUNS)],
    # REJECT
    "reject": [_s("REJECT")], "refuse": [_s("REJECT", "yield")], "decline": [_s("REJECT")],
    "oppose": [_s("REJECT")], "dismiss": [_s("REJECT")], "rebuff": [_s("REJECT")], "veto": [_s("REJECT")],
    "deny": [_s("REJECT")], "refute": [_s("REJECT")], "spurn": [_s("REJECT")], "resist": [_s("REJECT")],
    "turn down": [_s("REJECT")], "renege": [_s("REJECT")], "violate": [_s("REJECT", None, "ban agreement order")],
    "defy": [_s("REJECT")],
    # THREATEN
    "threaten": [_s("THREATEN")], "warn": [_s("THREATEN")], "vow": [_s("THREATEN")], "swear": [_s("THREATEN")],
    # PROTEST
    "protest": [_s("PROTEST")], "demonstrate": [_s("PROTEST")], "rally": [_s("PROTEST")],
    "march": [_s("PROTEST")], "riot": [_s("PROTEST", "riot")], "picket": [_s("PROTEST")],
    "stage": [_s("PROTEST", None, PROTEST_NOUNS), _s("ASSAULT", None, ATTACK_NOUNS)],
    "inflict": [_s("ASSAULT", None, "losses casualties")],  # "inflicted heavy losses on the rebels"
    "outrage": [_s("ASSAULT", "sexual", "modesty")],  # South Asian law's words: "outraged the modesty of a woman"
    # "militants rocketed the airport": rockets fired at a place (not "prices rocketed")
    "rocket": [_s("ASSAULT", "artillery", with_object_classes(["$territory", "$bases", "$property"],
                                                              "lexicon.py: rocketed places"))],
    # a truce extended or renewed is agreed again ("the sides extended the truce until the end of the year")
    **{verb: [_s("AGREE", None, CEASEFIRE_NOUNS + " " + AGREEMENT_NOUNS)] for verb in ("extend", "renew", "prolong")},
    # people binding themselves to a place protest ("activists chained themselves to the gates"), not
    # "locked themselves in the bathroom"
    **{verb: [_s("PROTEST", None, "themselves himself herself")]
       for verb in ("chain to", "glue to", "handcuff to", "lock to")},
    # protesters dragged or hauled off by police are removed ("activists are dragged away by police")
    **{verb: [_s("COERCE", None, CHARGED_CROWDS + " activists activist")]
       for verb in ("drag away", "drag off", "haul away", "haul off")},
    # "a candle march was taken out", "took out a procession": South Asian English for holding one
    "take out": [_s("PROTEST", None, PROTEST_NOUNS + " procession processions")],
    "register": [_s("PROTEST", None, "protest protests")],  # "wore black badges to register their protest"
    "organize": [_s("PROTEST", None, PROTEST_NOUNS)], "organise": [_s("PROTEST", None, PROTEST_NOUNS)],
    "converge": [_s("PROTEST", None, PROTEST_NOUNS)],
    "block": [_s("PROTEST", None, "road roads street streets highway highways traffic")],
    # SANCTION
    "sanction": [_s("SANCTION")], "halt": [_s("SANCTION", "withdraw")], "suspend": [_s("SANCTION", "withdraw")],
    # people boycotting their own work or classes protest ("students boycotted classes"); a boycott of talks
    # or of goods is a sanction
    "boycott": [_s("PROTEST", None, "classes class lectures courts court exams examinations work duty duties "
                                    "school schools college colleges hearings"), _s("SANCTION", "withdraw")],
    "expel": [_s("SANCTION", "expel")],
    "walk out": [_s("SANCTION", "withdraw")], "walk away": [_s("SANCTION", "withdraw")],
    "pull out of": [_s("SANCTION", "withdraw")], "freeze": [_s("SANCTION")], "ban": [_s("SANCTION")],
    "cut": [_s("SANCTION", None, "ties relations aid funding")], "pause": [_s("SANCTION", "withdraw")],
    "stop": [_s("SANCTION", "withdraw", TALK_NOUNS + " release releases cooperation")],
    "postpone": [_s("SANCTION", "withdraw")], "close": [_s("SANCTION", None, "border borders embassy crossing")],
    "force out": [_s("SANCTION", "expel")], "blockade": [_s("SANCTION", "blockade")],
    # MOBILIZE
    "mobilize": [_s("MOBILIZE")], "mobilise": [_s("MOBILIZE")], "deploy": [_s("MOBILIZE")],
    "reinforce": [_s("MOBILIZE")], "mass": [_s("MOBILIZE")],
    "order": [_s("MOBILIZE", None, "patrols troops forces deployment")],
    # COERCE
    "arrest": [_s("COERCE", "arrest")], "detain": [_s("COERCE", "arrest")], "capture": [_s("COERCE", "arrest")],
    "apprehend": [_s("COERCE", "arrest")], "abduct": [_s("COERCE", "abduct")], "kidnap": [_s("COERCE", "abduct")],
    "seize": [_s("COERCE", "seize")], "jail": [_s("COERCE", "arrest")], "imprison": [_s("COERCE", "arrest")],
    # held by a court's order: "was remanded in custody", "sent to judicial custody" (not "sent to the front")
    "remand": [_s("COERCE", "arrest")], "send to": [_s("COERCE", "arrest", "custody jail prison detention")],
    "demolish": [_s("COERCE", "destroy")], "raze": [_s("COERCE", "destroy")], "prevent": [_s("COERCE")],
    "disperse": [_s("COERCE")],
    "break up": [_s("COERCE", None, PROTEST_NOUNS + " crowd crowds gathering")],
    "impose": [_s("COERCE", None, "curfew"), _s("SANCTION", None, "sanctions ban restrictions embargo")],
    "round up": [_s("COERCE", "arrest")],
    "take into": [_s("COERCE", "arrest", "custody detention")], "confiscate": [_s("COERCE", "seize")],
    "deport": [_s("COERCE", "expel")],
    # ASSAULT
    "attack": [_s("ASSAULT")], "kill": [_s("ASSAULT")], "bomb": [_s("ASSAULT", "explosives")],
    "hack": [_s("COERCE", "cyber")], "hack into": [_s("COERCE", "cyber")],
    "pay": [_s("RETREAT", "return", "compensation reparations damages indemnity")],
    "collect": [_s("PROTEST", None, "signatures")], "gather": [_s("PROTEST", None, "signatures")],
    "retaliate": [_s("ASSAULT")], "avenge": [_s("ASSAULT")], "hit back": [_s("ASSAULT")],
    "strike back": [_s("ASSAULT")],
    "bombard": [_s("ASSAULT", "aerial")], "shell": [_s("ASSAULT", "artillery")],
    "ambush": [_s("ASSAULT", "firearms")], "shoot": [_s("ASSAULT", "firearms")], "fire": [_s("ASSAULT", "firearms")],
    "clash": [_s("ASSAULT")], "fight": [_s("ASSAULT")], "storm": [_s("ASSAULT")], "raid": [_s("ASSAULT")],
    "wound": [_s("ASSAULT")], "injure": [_s("ASSAULT")], "target": [_s("ASSAULT")], "assassinate": [_s("ASSAULT")],
    "behead": [_s("ASSAULT")], "execute": [_s("ASSAULT")], "massacre": [_s("ASSAULT")],
    "carry out": [_s("ASSAULT", None, ATTACK_NOUNS)], "conduct": [_s("ASSAULT", None, ATTACK_NOUNS)],
    "mount": [_s("ASSAULT", None, ATTACK_NOUNS)], "invade": [_s("ASSAULT")], "retake": [_s("ASSAULT")],
    "beat": [_s("ASSAULT", "beat")], "torture": [_s("ASSAULT", "beat")], "stab": [_s("ASSAULT")],
    "flog": [_s("ASSAULT", "beat")],  # "militants publicly flogged two men"
    "blow up": [_s("ASSAULT", "explosives")], "detonate": [_s("ASSAULT", "explosives")],
    "trigger": [_s("ASSAULT", "explosives", "device devices bomb bombs explosive explosives vest belt ied ieds "
                                            "mine mines landmine landmines")],
    "engage": [_s("ASSAULT", None, "enemy insurgents militants fighters position positions target targets "
                                    "gunmen attackers forces")],
    "hit": [_s("ASSAULT")], "recapture": [_s("ASSAULT")],
    "drop": [_s("ASSAULT", "aerial", "bomb bombs munition munitions ordnance barrel barrels chlorine gas canisters")],
}



def _core_verbs() -> dict[str, list[Sense]]:
    """The general verbs of each PLOVER category (extract/data/event_words.yaml), with their mode and
    the objects some of them need (their own nouns, or a class of nouns shared by verbs of one sense)."""
    modes = word_table("event_words", "core_verb_modes")
    objects = word_table("event_words", "core_verb_objects")
    return {verb: [Sense(category, (modes.get(verb) or [None])[0],
                         with_lemmas(with_object_classes(objects[verb], f"extract/data/event_words.yaml: "
                                                         f"core_verb_objects.{verb}"))
                         if verb in objects else None)]
            for category, verbs in word_table("event_words", "core_verbs").items() for verb in verbs}


# the lexicon's own senses first: a core verb fills only a gap
VERBS |= {verb: senses for verb, senses in _core_verbs().items() if verb not in VERBS}
# an armed side's positions destroyed tell a fight ("destroyed the terrorists' dens and fortifications"), before
# the core sense of property destroyed
VERBS["destroy"] = [_s("ASSAULT", None, with_object_classes(["$military_targets"], "lexicon.py: military targets")),
                    *VERBS["destroy"]]
# a crowd stopped ("blocked the march", "stopped the marchers") is force used on a protest, before the verbs'
# other senses (a road blocked by protesters, talks stopped); and so is the means of crowd control used ("used
# water cannon against the students"), before a chemical weapon used
for verb in ("block", "stop"):
    VERBS[verb] = [_s("COERCE", None, with_object_classes(["$crowds"], f"lexicon.py: {verb}")), *VERBS[verb]]
VERBS["use"] = [_s("COERCE", None, with_object_classes(["$crowd_control_means"], "lexicon.py: use")), *VERBS["use"]]

# Nouns that name an event when they stand as the object of a light verb ("carried out airstrikes").
EVENT_NOUN_MODES = {
    "airstrike": "aerial", "airstrikes": "aerial", "strike": None, "strikes": None, "bombing": "explosives",
    "bombardment": "aerial", "shelling": "artillery", "raid": None, "raids": None, "attack": None, "attacks": None,
    "ambush": "firearms", "offensive": None, "operation": None, "operations": None, "assault": None,
    "drone": "aerial",
}

# Verbs that report what someone said: they make claims, and the clauses under them are reported.
REPORTING = {
    "say", "tell", "tweet", "state", "add", "announce", "claim", "write", "post", "note", "report", "clarify",
    "stress", "confirm", "explain", "declare", "insist", "assert", "argue", "maintain", "deny", "acknowledge",
    "admit", "reiterate", "emphasize", "emphasise", "indicate", "suggest", "describe", "attribute", "warn",
    "respond", "reply", "conclude", "quote", "cite", "inform", "brief", "comment", "publish", "retweet",
}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "disown", "dispute", "contradict"}
DENIAL_WORDS = {"baseless", "false", "untrue", "unfounded", "fabricated", "groundless", "propaganda", "lies",
                "not true", "no truth", "denied", "rejected"}
DISPUTE_VERBS = {"attribute", "dispute", "question", "contradict", "counter", "challenge"}
# Governing words that make the event under them something other than a plain fact.
PLANNING = {"plan", "intend", "promise", "pledge", "agree", "vow", "expect", "decide", "prepare", "aim",
            "hope", "commit", "offer", "propose", "want", "wish", "schedule", "set", "due",
            "likely", "supposed", "will", "to", "going"}
CONDITIONING = {"willing", "ready", "prepared", "able", "open"}
DEMANDING = {"demand", "urge", "ask", "call", "request", "insist", "press", "appeal", "want", "need"}
REFUSING = {"refuse", "decline", "reject", "fail", "oppose", "resist"}
ALLEGING = {"accuse", "allege", "blame", "claim", "charge", "attribute", "criticize", "criticise", "condemn"}
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
BACKGROUND_MARKERS = {"initially", "originally", "previously", "formerly", "once", "historic", "earlier"}
