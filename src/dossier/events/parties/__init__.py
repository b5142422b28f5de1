"""Rules on the parties: where a recipient (or an actor) is found when the parse names none,
which candidates lack a party to code, and which (actor, recipient) pairs are coded.

PLOVER conventions (``events.conventions``): a speech act's target may be named only in what
it says, a protest's only in its purpose, a strike's only as a place; acts on unnamed people
or with no party are domestic (the actor's own state). Each rule takes a sentence and a
candidate and returns the candidate, a new one, or None to drop it.
"""
