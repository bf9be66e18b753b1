"""Events: PLOVER category and mode from the predicate and its arguments in the dependency parse.

A predicate (lexicon.py) gives a first category; then
- negation turns a cooperative act into a REJECT ("did not release"), and "no longer take part in
  talks" into a SANCTION/withdraw;
- a governing "willing to"/"if" makes it conditional, "will"/"promised to" planned; a promised or
  offered release is a CONCEDE, an actual one a RETREAT (PLOVER's rule);
- a predicate under a request, refusal or threat is the content of that act, not an event of its own;
- actors are the subject (or the passive agent), recipients the object or the people counted;
- one event per place and day: a predicate over two provinces is two events; two predicates
  (or two sentences) telling one act in a document are merged.

The package, by concern: predicates (a token's sense), senses (acts told by a construction), roles
(actors and recipients), modality (done, planned, denied, framed...), time_place (day and place),
tolls (counts), aspect (background, totals, retellings), merge (one act told twice), build (the
document's events and the passes over them); common holds what several share.
"""

from accordwatch.extract.events.build import accusation_of_someone, build_events
from accordwatch.extract.events.merge import merge_events
from accordwatch.extract.events.roles import actors_of

__all__ = ["accusation_of_someone", "actors_of", "build_events", "merge_events"]
