"""Recall rules added against the PLOVER gold-standard misses, each with must-not cases.

Every rule is one a news analyst would accept in general: welcoming a party's step is
praise, sending inspectors is an investigation, a withdrawal is demanded of the withdrawer,
an event noun under a measure ("ten days of exercises") keeps its light verb, a stative
passive ("is opposed to") is an adjective, the owner named in a target phrase is hit, a
demonym on a language names no state. Real parses, hand-made actors; sentences invented.
"""

from __future__ import annotations

import pytest

from tests.test_events_news_precision import mentions, types

pytestmark = pytest.mark.slow



@pytest.mark.parametrize("text, expected", [
    # welcoming a party's step is praise of that party
    ("Norway welcomed Kenya's decision to free the prisoners.", ("SUPPORT", "NOR", "KEN")),
    ("Chile welcomed the proposal by Peru.", ("SUPPORT", "CHL", "PER")),
    # inspectors or investigators sent to a state investigate it
    ("Norway sent inspectors to Kenya on Monday.", ("ACCUSE", "NOR", "KEN")),
    ("Norway dispatched a team to Kenya to investigate the shooting.", ("ACCUSE", "NOR", "KEN")),
    # the withdrawer is asked, not the place left
    ("Egypt demanded the withdrawal of Ugandan soldiers from Kenya.", ("REQUEST", "EGY", "UGA")),
    # an event noun under a measure keeps its light verb and actors
    ("Chile and Peru launched two weeks of joint military exercises.", ("COOPERATE", "CHL", "PER")),
    # a stative passive is an adjective with its subject as actor
    ("Kenya is opposed to Ugandan mediation in the dispute.", ("REJECT", "KEN", "UGA")),
    # "up to N" parsed as particle + preposition still names the object
    ("Ugandan soldiers kidnapped up to 20 Kenyan villagers.", ("ASSAULT", "UGA", "KEN")),
    # the owner named in a target phrase is the recipient
    ("Ugandan soldiers attacked a camp for Kenyan refugees.", ("ASSAULT", "UGA", "KEN")),
    # scrapping restrictions is easing them; on imports the exporter is the recipient
    ("Peru repealed restrictions on Chilean imports.", ("CONCEDE", "PER", "CHL")),
    # opening an embassy in a state recognises it
    ("Kenya opened an embassy in Lima last year.", ("SUPPORT", "KEN", "PER")),
    # an object class holds for any conjunct of the object
    ("Norway is providing maps and other military intelligence to Kenya.", ("AID", "NOR", "KEN")),
    # a sentence that names its states only by adjectives
    ("Kenyan riots against Ugandan policies continued for a week.", ("PROTEST", "KEN", "UGA")),
])
def test_recall_rule_finds_event(nlp, text, expected):
    assert expected in types(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # a person welcomed is a host's act, a thing welcomed praises no one
    ("Peru welcomed Minister Ana Costa in Lima.", ("SUPPORT", "PER", "PER")),
    ("Norway welcomed the rain after the drought in Kenya.", ("SUPPORT", "NOR", "KEN")),
    # a delegation or troops sent are no investigation
    ("Norway sent a delegation to Kenya.", ("ACCUSE", "NOR", "KEN")),
    ("Norway sent troops to Kenya.", ("ACCUSE", "NOR", "KEN")),
    ("Norway sent troops to Kenya to monitor the ceasefire.", ("ACCUSE", "NOR", "KEN")),
    # the place left is not asked to withdraw
    ("Egypt demanded the withdrawal of Ugandan soldiers from Kenya.", ("REQUEST", "EGY", "KEN")),
    # exercises with no partner are no cooperation
    ("Chile launched two weeks of military exercises.", ("COOPERATE", "CHL", "CHL")),
    # the stative subject does not reject itself
    ("Kenya is opposed to Ugandan mediation in the dispute.", ("REJECT", "KEN", "KEN")),
    # a place near the target is not its owner
    ("Ugandan soldiers attacked a camp near the Kenyan border.", ("ASSAULT", "UGA", "KEN")),
    # a demonym on a language or its music names no state
    ("Peru repealed restrictions on Chilean music on the radio.", ("CONCEDE", "PER", "CHL")),
    ("Norway cancelled restrictions on the use of the Kenyan language.", ("CONCEDE", "NOR", "KEN")),
    # an embassy is opened, not a school
    ("Kenya opened a school in Lima last year.", ("SUPPORT", "KEN", "PER")),
    # no conjunct of the object is aid
    ("Norway is providing maps and advice to Kenya.", ("AID", "NOR", "KEN")),
    # protesters named by their adjective are not the state they protest against
    ("Kenyan riots against Ugandan policies continued for a week.", ("PROTEST", "UGA", "UGA")),
])
def test_recall_rule_keeps_out(nlp, text, absent):
    assert absent not in types(nlp, text)


def test_recall_rule_own_investigation_reported_by_own_official(nlp):
    """An investigation reported by the investigating state's official stays a claim."""
    found = mentions(nlp, "Kenya is investigating abuses by Ugandan soldiers, a Kenyan official said.")
    assert ("ACCUSE", "KEN", "UGA", "claim") in found


# Found reading VOA output after the rules above: each must-not case is a false positive seen
# there, each keep case the reading that must survive the fix.
@pytest.mark.parametrize("text, expected, absent", [
    # a verbal attack with its reason is criticism; "for the second time" is no reason
    ("Minister Ana Costa attacked Kenya for its handling of the talks.",
     ("ACCUSE", "PER", "KEN"), ("ASSAULT", "PER", "KEN")),
    ("Kenyan troops attacked the Ugandan base for the second time.",
     ("ASSAULT", "KEN", "UGA"), ("ACCUSE", "KEN", "UGA")),
    # retaliating with tariffs is a sanction, with airstrikes an assault
    ("Chile retaliated with its own tariffs on Peruvian goods.",
     ("SANCTION", "CHL", "PER"), ("ASSAULT", "CHL", "PER")),
    ("Uganda retaliated with airstrikes on Kenyan positions.",
     ("ASSAULT", "UGA", "KEN"), ("SANCTION", "UGA", "KEN")),
    # coordinated signatories sign with each other; coordinated supporters of a call do not
    ("Chile and Peru signed a trade agreement.", ("SUPPORT", "CHL", "PER"), None),
    ("Norway, Chile and Peru also supported the call.", None, ("SUPPORT", "NOR", "CHL")),
    # a measure that targets a state is no assault
    ("Peru passed legislation targeting Chile and Chilean officials.", None,
     ("ASSAULT", "PER", "CHL")),
])
def test_news_rule_reads_act(nlp, text, expected, absent):
    found = types(nlp, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize("text, expected", [
    # a quoted statement is its speaker's claim, even where the speaker is named elsewhere
    ("Minister Ana Costa spoke in Lima on Monday. “Ugandan soldiers attacked Kenyan villages "
     "near the border last week.”", ("ASSAULT", "UGA", "KEN", "claim")),
    # a short quoted phrase is a name or scare quotes, not a statement
    ("Ugandan soldiers launched a “limited attack” on Kenya on Monday.",
     ("ASSAULT", "UGA", "KEN", "fact")),
])
def test_news_rule_quotation_status(nlp, text, expected):
    assert expected in mentions(nlp, text)


@pytest.mark.parametrize("text, spans", [
    ("He said: “We will not sign this deal with them.” Then he left.", 1),
    ("They call it a “special operation” and nothing else.", 0),
    ('A "long quoted statement that never closes\nNext paragraph.', 0),
    ('"The talks went on for hours," he said. Next "one two" here.', 1),
    ('Peace is near," she said. Then the minister left the room for good.', 0),
])
def test_quotations_finds_statements(text, spans):
    from dossier.events.context import quotations
    assert len(quotations(text)) == spans


@pytest.mark.parametrize("text, expected, absent", [
    # a ban on trade has a foreign party the sentence leaves out: not domestic
    ("Peru has banned the supply of advanced chips.", None, ("COERCE", "PER", "PER")),
    # a curfew stays domestic
    ("Peru imposed a curfew in Lima.", ("COERCE", "PER", "PER"), None),
])
def test_news_rule_domestic_ban(nlp, text, expected, absent):
    found = types(nlp, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found
