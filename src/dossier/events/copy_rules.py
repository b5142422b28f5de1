"""Rules on the copy a trigger stands in: sports results and entertainment are no political
news, whatever their verbs say ("Russia beat Croatia" is no assault).

Each rule takes the ``Sentence`` and a ``Candidate`` and returns the candidate or None.
"""

from __future__ import annotations

from dossier.events.candidate import Candidate, Sentence
from dossier.events.precision import sports_copy


def sports(s: Sentence, c: Candidate) -> Candidate | None:
    """A sentence of sports or entertainment copy, or any sentence of a story whose headline
    (its first sentence) is such copy, codes nothing."""
    sent = c.trigger.token.sent
    headline = next(iter(sent.doc.sents), None)
    if sports_copy(sent.text) or headline is not None and sports_copy(headline.text):
        return None
    return c
