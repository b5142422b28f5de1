"""Argument and status rules added for precision on news and recall on PLOVER conventions.

Real parses with hand-made actor mentions and places; every sentence is invented.
"""

from __future__ import annotations

import pytest
from events_support import hand_analysis, news_analysis, news_rows, news_types

from dossier.events import RuleExtractor
from dossier.model import Analysis

pytestmark = pytest.mark.slow

# name in the text -> (kind, code)
ACTORS = {"Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"),
          "Minister Ana Costa": ("person", "PER"), "police": ("organization", "KEN"),
          "the United Nations": ("organization", "UN"), "envoy Lars Berg": ("person", None),
          "Finnish refugees": ("group", "FIN"), "the reporter Tom Ode": ("person", "KEN")}
# place name -> country
PLACES = {"Lima": "PER", "Nairobi": "KEN", "Santiago": "CHL"}


def analyse(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, ACTORS, PLACES)


def extract(nlp, text: str) -> set[tuple]:
    mentions = RuleExtractor(RuleExtractor.default().lexicon).extract(analyse(nlp, text))
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None)
            for m in mentions}


@pytest.mark.parametrize("text, expected", [
    # a visit's destination given only as a city names the host state
    ("Minister Ana Costa arrived in Santiago on Monday for a two-day visit.", ("CONSULT", "PER", "CHL")),
    # the pronoun subject of a report stands for the speaker when coreference left it
    ("Chile says it is ready to withdraw its troops from Peru.", ("AGREE", "CHL", "PER")),
    ("Egypt said it would send weapons to Kenya.", ("AID", "EGY", "KEN")),
    # asking for refuge in a state is a request to it
    ("Thousands of Finnish refugees sought asylum in Norway last year.", ("REQUEST", "FIN", "NOR")),
    # an arrest's possessor is the one arrested; the arrester comes from "by"
    ("The arrest of the reporter Tom Ode by Egypt drew criticism.", ("COERCE", "EGY", "KEN")),
])
def test_extract_finds_event(nlp, text, expected):
    assert expected in extract(nlp, text)


@pytest.mark.parametrize("text, type_", [
    # the possessor of an arrest is not who arrests
    ("The reporter Tom Ode's arrest drew criticism from rights groups.", "COERCE"),
    # refugees arriving somewhere are not on a state visit
    ("Finnish refugees arrived in Lima on Monday.", "CONSULT"),
    # no domestic self-dyad for an envoy or an international body
    ("The United Nations called for an end to the violence.", "REQUEST"),
    ("Envoy Lars Berg urged the council to act.", "REQUEST"),
    # a named but unresolved target is not the actor's own state
    ("Kenya urged the council to act quickly.", "REQUEST"),
    # a warning *of* something is not a threat against it
    ("Norway warned of a possible Chilean offensive.", "THREATEN"),
    # a reluctance or an obligation that was not met is not the act
    ("Peru signalled its reluctance to endorse the Chilean proposal.", "SUPPORT"),
    ("Chile and Peru were supposed to sign a trade deal in May.", "SUPPORT"),
    # a bare participle is passive: its governor's subject is the victim, not the attacker
    ("A Kenyan commander is dead, killed in an operation by unknown gunmen.", "ASSAULT"),
    # an obligation in the passive is not a request to its subject
    ("Egypt says Kenyan history must be taught in schools.", "REQUEST"),
])
def test_extract_does_not_fire(nlp, text, type_):
    assert not any(t == type_ for t, *_ in extract(nlp, text)), extract(nlp, text)


def test_complement_recipient_follows_the_verb(nlp):
    """ "Since Peru's elections, Chile has called for talks": Peru is not asked."""
    found = extract(nlp, "Since Peru's elections, Chile has called for new talks.")
    assert ("REQUEST", "CHL", "PER") not in found


# --------------------------------------------------------------------------- precision guards for news
# Precision guards for real news (``dossier.events.precision`` and the rules it wires in).
#
# Each class of false positive an annotator found on news gets cases where the guard must
# drop or change the reading and cases where the event must still be found. Real parses with
# hand-made actor mentions and places; every sentence is invented.


@pytest.mark.parametrize("text, expected", [
    # a commitment to a domestic act stays domestic
    ("Minister Ana Costa agreed to resign.", ("AGREE", "PER", "PER")),
    ("Egypt demanded the resignation of the cabinet.", ("REQUEST", "EGY", "EGY")),
    # an agreement names what is agreed
    ("Chile agreed to withdraw its troops from Peru.", ("AGREE", "CHL", "PER")),
    # a formal reminder is a request
    ("Norway issued a stern reminder to Kenya that it must respect the deal.", ("REQUEST", "NOR", "KEN")),
    # officials visit; troops or peacekeepers arriving are aid to the host
    ("Minister Ana Costa visited Chile on Monday.", ("CONSULT", "PER", "CHL")),
    ("Kenyan peacekeepers arrived in Lima on Monday to bolster the mission.", ("AID", "KEN", "PER")),
    # deportees named by nationality are the recipient
    ("Kenya deported hundreds of Ugandan migrants to Egypt.", ("COERCE", "KEN", "UGA")),
    # rejecting a proposal is a rejection
    ("Chile rejected Peru's proposal for new talks.", ("REJECT", "CHL", "PER")),
    # a request stays a request when what is asked is an act
    ("Minister Ana Costa said Chile should withdraw its troops.", ("REQUEST", "PER", "CHL")),
    ("Chile criticized Peru on Tuesday.", ("ACCUSE", "CHL", "PER")),
    ("Chile shared intelligence with Peru.", ("COOPERATE", "CHL", "PER")),
    ("Kenya accused Uganda of helping the rebels.", ("ACCUSE", "KEN", "UGA")),
    ("Chile fired missiles at Peru on Sunday.", ("ASSAULT", "CHL", "PER")),
    # coordinated parties of an agreement are each other's party
    ("Chile and Peru agreed to strengthen deterrence through the Kenya Dialogue.", ("AGREE", "CHL", "PER")),
    ("Chile and Peru agreed to hold talks in May.", ("AGREE", "CHL", "PER")),
    # an accuser with an auxiliary is the accuser
    ("Kenya has accused Uganda of violating the ceasefire.", ("ACCUSE", "KEN", "UGA")),
    # a threat against a state is still a threat
    ("Chile threatened Peru with sanctions.", ("THREATEN", "CHL", "PER")),
    # troops in a state's own villages attacked at home
    ("Kenyan troops attacked villages of Uganda.", ("ASSAULT", "KEN", "UGA")),
])
def test_news_precision_keeps_event(nlp, text, expected):
    assert expected in news_types(nlp, text), news_types(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # no second party named: not the actor's own state
    ("Chile denied the request on Monday.", ("REJECT", "CHL", "CHL")),
    ("Peru vowed to make its economy greener by 2030.", ("AGREE", "PER", "PER")),
    ("Chile is refusing to meet.", ("REJECT", "CHL", "CHL")),
    # concurring with an opinion is no agreement
    ('"The crisis is far from over," agreed Minister Ana Costa.', ("AGREE", "PER", "PER")),
    # a characterisation is no request
    ("Chile's new deals are a reminder to Kenya that it must act.", ("REQUEST", "CHL", "KEN")),
    # tourists and migrants arriving are no visit; deportees are not the deporter's own
    ("Thousands of Kenyan tourists visited Peru last year.", ("CONSULT", "KEN", "PER")),
    ("Kenya deported 40 migrants to Uganda.", ("COERCE", "KEN", "KEN")),
    # denying claims is no rejection
    ("Chile rejected the accusations that Chilean troops shelled Peru.", ("REJECT", "CHL", "PER")),
    # an opinion about what others should know is no request
    ("Minister Ana Costa said Chile should know that the border is closed.", ("REQUEST", "PER", "CHL")),
    # an act not taken, a rare habit
    ("Instead of attacking Peru, Chile sent envoys to Lima.", ("ASSAULT", "CHL", "PER")),
    ("Chile seldom criticized Peru.", ("ACCUSE", "CHL", "PER")),
    # shared views are no intelligence sharing
    ("Chile and Peru shared concerns over the talks.", ("COOPERATE", "CHL", "PER")),
    # an unresolved named target is not replaced by an actor deeper in the sentence
    ("Kenya accused the company of helping Uganda.", ("ACCUSE", "KEN", "UGA")),
    # the event noun or the place hit does not kill; a state named in its phrase is no actor
    ("The bombing of a Kenyan base that killed ten Ugandan soldiers shocked the region.",
     ("ASSAULT", "KEN", "UGA")),
    # a role phrase is not the target's place
    ("Chile launched a missile as a gift to Lima.", ("ASSAULT", "CHL", "PER")),
    # coordinated parties are not paired with a name inside what they agreed
    ("Chile and Peru agreed to strengthen deterrence through the Kenya Dialogue.", ("AGREE", "CHL", "KEN")),
    # several states offering help to a third party do not agree with each other
    ("Chile, Peru and Norway all offered to resettle the refugees.", ("AGREE", "CHL", "PER")),
    # a withdrawal with no party named is not the actor's own state
    ("Kenya retreated on Sunday.", ("RETREAT", "KEN", "KEN")),
    # a pronoun object is a party named elsewhere
    ("Kenya arrested them in 2014.", ("COERCE", "KEN", "KEN")),
    # "stands accused": the subject is the accused
    ("Kenya remains accused of helping Uganda.", ("ACCUSE", "KEN", "UGA")),
    # endangering something abstract is no threat
    ("Uganda is threatening the stability of Kenya.", ("THREATEN", "UGA", "KEN")),
    # rivals named by a demonym are not that state
    ("Chile gives military support to Peruvian rivals.", ("AID", "CHL", "PER")),
    # sharing borders or concerns is no cooperation
    ("Kenya shares borders with Uganda.", ("COOPERATE", "KEN", "UGA")),
    # a participle inside a condition is no act
    ("The men could go home if they are added to the lists of prisoners pardoned by Egypt.",
     ("CONCEDE", "EGY", "EGY")),
])
def test_news_precision_drops_reading(nlp, text, unwanted):
    assert unwanted not in news_types(nlp, text), news_types(nlp, text)


def test_news_precision_denial_of_claim_is_denied_act(nlp):
    found = news_rows(nlp, "Chile rejected the accusations that Chilean troops shelled Peru.")
    assert ("ASSAULT", "CHL", "PER", "denial") in found, found
    assert not any(m[0] == "REJECT" for m in found)


def test_news_precision_presupposed_act_keeps_fact(nlp):
    """"has never condemned the invasion": the condemnation is negated, the invasion is not."""
    found = news_rows(nlp, "Chile has never condemned Peru's invasion of Kenya.")
    assert ("ACCUSE", "CHL", "PER", "negated") in found, found
    assert ("ASSAULT", "PER", "KEN", "fact") in found, found


def test_news_precision_pronoun_speaker_keeps_claim(nlp):
    found = news_rows(nlp, "He said the police have arrested 200 protesters in Nairobi.")
    assert any(m[0] == "COERCE" and m[3] == "claim" for m in found), found
