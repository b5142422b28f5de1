"""Recall rules added against the PLOVER gold-standard misses, each with must-not cases.

Every rule is one a news analyst would accept in general: welcoming a party's step is
praise, sending inspectors is an investigation, a withdrawal is demanded of the withdrawer,
an event noun under a measure ("ten days of exercises") keeps its light verb, a stative
passive ("is opposed to") is an adjective, the owner named in a target phrase is hit, a
demonym on a language names no state. Real parses, hand-made actors; sentences invented.
"""

from __future__ import annotations

import pytest
from events_support import hand_analysis, news_rows, news_types, rows

from dossier.events import RuleExtractor
from dossier.model import Analysis

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
    assert expected in news_types(nlp, text)


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
    assert absent not in news_types(nlp, text)


def test_recall_rule_own_investigation_reported_by_own_official(nlp):
    """An investigation reported by the investigating state's official stays a claim."""
    found = news_rows(nlp, "Kenya is investigating abuses by Ugandan soldiers, a Kenyan official said.")
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
    # coordinated signatories agree with each other, once (no second SUPPORT for the signing);
    # coordinated supporters of a call do not support each other
    ("Chile and Peru signed a trade agreement.", ("AGREE", "CHL", "PER"), ("SUPPORT", "CHL", "PER")),
    ("Norway, Chile and Peru also supported the call.", None, ("SUPPORT", "NOR", "CHL")),
    # a measure that targets a state is no assault
    ("Peru passed legislation targeting Chile and Chilean officials.", None,
     ("ASSAULT", "PER", "CHL")),
])
def test_news_rule_reads_act(nlp, text, expected, absent):
    found = news_types(nlp, text)
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
    assert expected in news_rows(nlp, text)


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
    found = news_types(nlp, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


# --------------------------------------------------------------------------- recall rules for news
# Recall rules for real news and the precision guards that came with them.
#
# Classes of events an annotator found missing on news (nominal events, operations against a
# group, phone calls, commitments to a state's security, nominals inside a planned or claimed
# clause) and classes of wrong readings (self-reported acts, spoken stances, military backing,
# sanctions as the means of a retaliation, celebrations, side phrases taken as recipients).
# Real parses with hand-made actor mentions and places; every sentence is invented.

# name in the text -> (kind, code); longer names first so they win over their parts
ACTORS = {"Minister Ana Costa": ("person", "PER"), "Kenyan troops": ("group", "KEN"),
          "Ugandan soldiers": ("group", "UGA"), "Red Hand Front": ("group", "UGA"),
          "Chilean officials": ("group", "CHL"), "Chile": ("country", "CHL"),
          "Peru": ("country", "PER"), "Norway": ("country", "NOR"), "Kenya": ("country", "KEN"),
          "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"), "they": ("group", "KEN")}
PLACES = {"Lima": "PER", "Peru": "PER"}


def analyse(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, ACTORS, PLACES)


def found(nlp, text: str) -> list:
    return RuleExtractor.default().extract(analyse(nlp, text))


def mentions(nlp, text: str) -> set[tuple]:
    return rows(found(nlp, text))


def dyads(nlp, text: str) -> set[tuple]:
    return {m[:3] for m in mentions(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    # nominal events with a named target
    ("Chile's crackdown on Peru drew wide criticism.", ("COERCE", "CHL", "PER")),
    ("Kenya's operation against the Red Hand Front entered its third month.",
     ("ASSAULT", "KEN", "UGA")),
    ("Kenya launched an operation to flush out the Red Hand Front from the hills.",
     ("ASSAULT", "KEN", "UGA")),
    ("Minister Ana Costa spoke by phone with Chilean officials on Monday.",
     ("CONSULT", "PER", "CHL")),
    ("Norway reaffirmed its commitment to Chile's security.", ("SUPPORT", "NOR", "CHL")),
])
def test_news_recall_nominal_and_named_target_events_are_found(nlp, text, expected):
    assert expected in dyads(nlp, text)


@pytest.mark.parametrize("text, type_", [
    ("The crackdown continued for weeks.", "COERCE"),
    ("Kenya's operation to rescue the trapped miners ended on Sunday.", "ASSAULT"),
    ("Minister Ana Costa spoke with reporters in Lima.", "CONSULT"),
    ("Norway reaffirmed its commitment to lower emissions.", "SUPPORT"),
])
def test_news_recall_rules_do_not_fire_without_a_party(nlp, text, type_):
    assert not any(m[0] == type_ for m in mentions(nlp, text))


def test_news_recall_nominal_in_a_planned_clause_is_one_future_event(nlp):
    got = mentions(nlp, "Minister Ana Costa is expected to travel to Chile next week for talks "
                        "with Chilean officials.")
    assert ("CONSULT", "PER", "CHL", "future") in got
    assert ("CONSULT", "PER", "CHL", "fact") not in got


def test_news_recall_what_is_called_for_is_no_second_event(nlp):
    got = dyads(nlp, "Egypt called for talks with Peru.")
    assert ("REQUEST", "EGY", "PER") in got
    assert not any(m[0] == "CONSULT" for m in got)


def test_news_recall_negated_clause_does_not_negate_a_nominal_in_it(nlp):
    got = mentions(nlp, "Chile did not comment on the attack on Peru by Norway.")
    assert ("ASSAULT", "NOR", "PER", "fact") in got


def test_news_precision_self_reported_act_is_a_claim_of_the_doer(nlp):
    ms = [m for m in found(nlp, "The officials said they arrested seven members of the Red Hand Front.")
          if m.type == "COERCE"]
    assert ms and all(m.status == "claim" and m.source is not None
                      and m.source.actor.country == "KEN" for m in ms)


@pytest.mark.parametrize("text, status", [
    ("Minister Ana Costa said Peru supports Norway's proposal.", "fact"),  # the stance itself
    ("Minister Ana Costa said Chile supports Norway's proposal.", "claim"),  # about another
    ("Minister Ana Costa said Peru supported Norway's proposal.", "claim"),  # a past act
])
def test_news_precision_spoken_stance_is_the_act(nlp, text, status):
    got = {m[3] for m in mentions(nlp, text) if m[0] == "SUPPORT"}
    assert got == {status}


@pytest.mark.parametrize("text, kind, status", [
    # a stance told by an adjective in the present is the act too, for accusations and
    # agreements as for support
    ("Minister Ana Costa said Peru remains concerned about Chile's missile tests.", "ACCUSE", "fact"),
    ("Minister Ana Costa said Chile remains concerned about Peru's missile tests.", "ACCUSE", "claim"),
    ("Minister Ana Costa said Peru is ready to accept Norway's proposal.", "AGREE", "fact"),
])
def test_news_precision_spoken_stance_by_adjective(nlp, text, kind, status):
    got = {m[3] for m in mentions(nlp, text) if m[0] == kind}
    assert got == {status}


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Kenyan troops, backed by Ugandan soldiers, attacked the hills.",
     ("AID", "UGA", "KEN"), ("SUPPORT", "UGA", "KEN")),
    ("Kenya, backed by Uganda, condemned the attack.",
     ("SUPPORT", "UGA", "KEN"), ("AID", "UGA", "KEN")),
    ("Chile retaliated by imposing tariffs on Peru.",
     ("SANCTION", "CHL", "PER"), ("ASSAULT", "CHL", "PER")),
    ("Chile carried out airstrikes against targets in Peru.", ("ASSAULT", "CHL", "PER"), None),
    ("Norway denounced as a crime Chile's crackdown on protesters.", ("ACCUSE", "NOR", "CHL"), None),
])
def test_news_precision_types_and_recipients(nlp, text, expected, not_expected):
    got = dyads(nlp, text)
    assert expected in got
    assert not_expected is None or not_expected not in got


@pytest.mark.parametrize("text, unwanted", [
    ("Crowds celebrated as they marched through Lima after the vote.", "PROTEST"),
    ("Chile carried out airstrikes against the Zorro Brigade in Peru.", ("ASSAULT", "CHL", "PER")),
    ("Norway and Kenya upgraded their ties with an eye on Chile.", ("SUPPORT", "NOR", "CHL")),
    ("Peru agreed to a truce as a step toward peace in Chile.", ("AGREE", "PER", "CHL")),
])
def test_news_precision_side_readings_are_dropped(nlp, text, unwanted):
    got = dyads(nlp, text)
    if isinstance(unwanted, str):
        assert not any(m[0] == unwanted for m in got)
    else:
        assert unwanted not in got


def test_news_precision_protest_without_celebration_is_kept(nlp):
    assert any(m[0] == "PROTEST" for m in dyads(nlp, "Crowds marched through Lima to protest against Chile."))


@pytest.mark.parametrize("text, unwanted", [
    # the conversation partner is Peru (told), not each other
    ("Kenya and Uganda told Peru in phone conversations that the border would stay open.",
     ("CONSULT", "KEN", "UGA")),
    # an adjective inside the goal names no party
    ("Norway reaffirmed its commitment to a free Chilean coastline.", ("SUPPORT", "NOR", "CHL")),
])
def test_news_precision_conversations_and_commitments_need_a_named_party(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text)
