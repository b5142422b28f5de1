"""Another occasion of an act (events/occasions.py, events/merge.py): a report that says it
tells another occasion of an act of its kind ("barred two other officials", "attacked
again", "earlier this month", "in past disputes") is not folded into the article's unmarked
report of the same type and parties; a headline and its lead, a repeated statement and words
said of a co-party ("met Uganda and other neighbours") still make one mention.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

from collections import Counter

import pytest
from events_support import hand_analysis

from dossier.events import RuleExtractor
from dossier.events.lexicon import load_lexicon
from dossier.model import ANOTHER_OCCASION

pytestmark = pytest.mark.slow

ACTORS = {"Kenyan troops": ("group", "KEN"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Ugandan": ("country", "UGA"),
          "Egypt": ("country", "EGY"), "Egyptian": ("country", "EGY"),
          "Norway": ("country", "NOR")}


def counts(nlp, text: str, title: str | None = None) -> Counter:
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS, title=title))
    return Counter((m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None)
                   for m in found)


@pytest.mark.parametrize("text, key", [
    # other targets of the same kind of act
    ("Norway imposed sanctions on Egypt on Monday. Norway has also barred two other Egyptian "
     "officials from entering the country.", ("SANCTION", "NOR", "EGY")),
    # a time phrase placing the act on another occasion
    ("Kenya threatened Uganda with retaliation on Monday. In past disputes, Kenya has "
     "threatened to close its border with Uganda.", ("THREATEN", "KEN", "UGA")),
    ("Kenyan troops shelled Uganda on Tuesday. Earlier this month, Kenyan troops attacked "
     "Uganda near the border.", ("ASSAULT", "KEN", "UGA")),
    # an adverb of repetition
    ("Kenyan troops attacked Uganda on Tuesday. Kenyan troops attacked Uganda again on "
     "Friday.", ("ASSAULT", "KEN", "UGA")),
    ("Kenya expelled two Ugandan diplomats on Friday. Kenya had previously expelled "
     "Ugandan diplomats.", ("SANCTION", "KEN", "UGA")),
])
def test_another_occasion_is_kept_apart(nlp, text, key):
    found = counts(nlp, text)
    assert found[key] == 2, found


@pytest.mark.parametrize("text, key, title", [
    # a headline and its lead
    ("Norway imposes sanctions on Egypt\n\nNorway imposed sanctions on Egypt on Monday.",
     ("SANCTION", "NOR", "EGY"), None),
    # a statement and its repetition
    ("Kenya threatened Uganda with retaliation on Monday. Kenya is threatening Uganda with "
     "new tariffs.", ("THREATEN", "KEN", "UGA"), None),
    # "other" said of a co-party, not of the act or its target
    ("Kenya met Uganda on Monday. Kenya met with Uganda and other neighbours in Nairobi.",
     ("CONSULT", "KEN", "UGA"), None),
    # "last month" is a date, not another occasion
    ("Kenyan troops attacked Uganda last month. Kenyan troops shelled Uganda near the border, "
     "killing ten.", ("ASSAULT", "KEN", "UGA"), None),
])
def test_one_happening_stays_one_mention(nlp, text, key, title):
    found = counts(nlp, text, title)
    assert found[key] == 1, found
    # each case has two reports of the act before merging
    unmerged = RuleExtractor(load_lexicon(), merge=False).extract(
        hand_analysis(nlp, text, ACTORS, title=title))
    assert sum(1 for m in unmerged if (m.type, m.actor.actor.code) == key[:2]) == 2


def test_the_marked_report_records_the_rule(nlp):
    text = ("Norway imposed sanctions on Egypt on Monday. Norway barred two other Egyptian "
            "officials from entering the country.")
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, ACTORS))
    marked = [m for m in found if ANOTHER_OCCASION in m.rules]
    assert [m.trigger.text.split()[0] for m in marked] == ["barred"], found
