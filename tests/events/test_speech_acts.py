"""Acts done by speaking (speech_rules, the obligation and judgement triggers, the status
readings of deliberation, refusal nouns and said possibilities): what each finds, and the
near readings it must leave alone. Real parses, hand-made actors; sentences invented."""

from __future__ import annotations

import pytest
from events_support import news_rows, news_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # rejecting an accusation rejects the accuser, named with the claim or before it
    ("Kenya rejected the allegations made by Uganda.", ("REJECT", "KEN", "UGA")),
    ("Kenya dismissed Uganda's claims as propaganda.", ("REJECT", "KEN", "UGA")),
    ("Uganda accused Kenya of arming the rebels. Kenya rejected the allegations on Monday.",
     ("REJECT", "KEN", "UGA")),
    ("Norway said Kenya was involved in corrupt acts. Kenya rejected the allegations on Monday.",
     ("REJECT", "KEN", "NOR")),
    # an obligation told to reporters, or a need, asks the party that must act
    ("A Norway spokesperson told reporters on Monday that Kenya must release the prisoners.",
     ("REQUEST", "NOR", "KEN")),
    ("Norway said Kenya needs to release the prisoners.", ("REQUEST", "NOR", "KEN")),
    # a judgement of another party's act is criticism or praise of that party
    ("Norway called Chilean subsidies \"unbearable.\"", ("ACCUSE", "NOR", "CHL")),
    ("On Wednesday, Norway called the Kenyan decision a provocation.", ("ACCUSE", "NOR", "KEN")),
    ("Norway said Kenya's decision was unacceptable.", ("ACCUSE", "NOR", "KEN")),
    ("Peru described the Chilean visit as a gesture of friendship.", ("SUPPORT", "PER", "CHL")),
    # harm held over a party: by the one who demands, or who says it will follow
    ("Norway urged Kenya to accept the ceasefire or face further sanctions.",
     ("THREATEN", "NOR", "KEN")),
    ("Norway said sanctions could follow if Kenya went ahead with the test.",
     ("THREATEN", "NOR", "KEN")),
    ("Peru hinted that Peru could retaliate with tariffs on Chilean goods.",
     ("THREATEN", "PER", "CHL")),
])
def test_speech_act_found(nlp, text, expected):
    assert expected in news_types(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # the party a claim is about did not make it; a rejected proposal is no accusation
    ("Kenya rejected the charges against Ugandan soldiers.", ("REJECT", "KEN", "UGA")),
    ("Uganda accused Peru of arming the rebels. Kenya rejected the allegations on Monday.",
     ("REJECT", "KEN", "UGA")),
    # we need to be firm asks no one; a need of things asks no one
    ("Norway said that the talks need to resume.", ("REQUEST", "NOR", "KEN")),
    ("Norway said we need to be firm with Kenya.", ("REQUEST", "NOR", "KEN")),
    # a judgement denied, or of no party's act
    ("Norway said Kenya's decision was not unacceptable.", ("ACCUSE", "NOR", "KEN")),
    ("Norway called the weather in Kenya unbearable.", ("ACCUSE", "NOR", "KEN")),
    # a harm with its own doer, or a possibility others speak of, is no threat of the speaker
    ("Norway urged Kenya to accept the ceasefire or face further attacks by Uganda.",
     ("THREATEN", "NOR", "KEN")),
    ("Analysts said Peru could impose sanctions on Chile.", ("THREATEN", "PER", "CHL")),
    ("Analysts said Peru could impose sanctions on Chile.", ("SANCTION", "PER", "CHL")),
    ("Peru said Chile could impose sanctions on Peru.", ("THREATEN", "PER", "CHL")),
    ("Peru said Chile could impose sanctions on Peru.", ("SANCTION", "CHL", "PER")),
])
def test_speech_act_not_found(nlp, text, absent):
    assert absent not in news_types(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # an act under deliberation is planned
    ("Norway is considering imposing sanctions on Kenya.", ("SANCTION", "NOR", "KEN", "future")),
    # an act one failed to do is negated
    ("Kenya was angry over Norway's failure to sell weapons to Kenya.",
     ("AID", "NOR", "KEN", "negated")),
    # the second of two reported clauses is reported too
    (("Kenya denied the report, telling journalists that the report was false and that Kenya "
      "would ask Uganda to withdraw its troops."), ("REQUEST", "KEN", "UGA", "future")),
])
def test_speech_act_status(nlp, text, expected):
    assert expected in news_rows(nlp, text)


def test_denied_accusation_keeps_the_denied_act(nlp):
    found = news_rows(nlp, "Uganda accused Kenya of arming the rebels. Kenya rejected the "
                           "allegations that Kenyan troops shelled Uganda.")
    assert ("REJECT", "KEN", "UGA", "fact") in found
    assert ("ASSAULT", "KEN", "UGA", "denial") in found


@pytest.mark.parametrize("text, expected, absent", [
    # a veiled threat names what the warned party would suffer
    ("Norway warned that Kenya would pay a heavy price.", ("THREATEN", "NOR", "KEN"), None),
    ("Norway warned that Kenya would win the election.", None, ("THREATEN", "NOR", "KEN")),
    # a warning about another party's act criticises that party, not a named party itself
    ("Norway warned that the Kenyan government's actions would divide the country.",
     ("ACCUSE", "NOR", "KEN"), None),
    ("Norway warned that Kenya would pay a heavy price.", None, ("ACCUSE", "NOR", "KEN")),
    # disappointment with a party's act is criticism; with a state of affairs it is not
    ("Norway is deeply disappointed by the approval of the Kenyan bill.",
     ("ACCUSE", "NOR", "KEN"), None),
    ("Norway is deeply disappointed by the drought in Kenya.", None, ("ACCUSE", "NOR", "KEN")),
])
def test_warning_and_disappointment(nlp, text, expected, absent):
    found = news_types(nlp, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize("text, absent", [
    # a belief said to lack grounds states no event, not even a planned one
    ("There is little reason to think Kenya will attack Uganda.", ("ASSAULT", "KEN", "UGA")),
    ("There is no reason to expect that Kenya will sign a deal with Uganda.",
     ("AGREE", "KEN", "UGA")),
    ("There is no evidence that Kenya attacked Uganda.", ("ASSAULT", "KEN", "UGA")),
])
def test_lacking_grounds_state_nothing(nlp, text, absent):
    assert absent not in news_types(nlp, text)


def test_good_grounds_keep_the_plan(nlp):
    found = news_rows(nlp, "There is good reason to think Kenya will attack Uganda.")
    assert ("ASSAULT", "KEN", "UGA", "future") in found


@pytest.mark.parametrize("text, expected, absent", [
    # a party said to have done wrong is accused by the speaker
    ("Norway said Kenya's president was involved in corrupt acts during his term.",
     ("ACCUSE", "NOR", "KEN"), None),
    ("Norway said Kenya is guilty of war crimes.", ("ACCUSE", "NOR", "KEN"), None),
    ("A Norway report said corruption in Kenya is pervasive in all branches of government.",
     ("ACCUSE", "NOR", "KEN"), None),
    # involvement in no wrong, or denied, accuses no one
    ("Norway said Kenya was involved in the talks.", None, ("ACCUSE", "NOR", "KEN")),
    ("Norway said Kenya was not involved in the crimes.", None, ("ACCUSE", "NOR", "KEN")),
])
def test_said_wrongdoing(nlp, text, expected, absent):
    found = news_types(nlp, text)
    if expected is not None:
        assert expected in found
    if absent is not None:
        assert absent not in found


def test_adjunct_of_an_accusing_statement_keeps_its_own_act(nlp):
    """"In announcing the sanctions, X said Y was involved in …": both acts are coded."""
    found = news_types(nlp, "In announcing the sanctions on Kenya this week, Norway said Kenya "
                            "was involved in corrupt acts.")
    assert ("ACCUSE", "NOR", "KEN") in found
    assert ("SANCTION", "NOR", "KEN") in found


def test_we_in_a_spokesperson_quote_is_the_speakers_side(nlp):
    from events_support import hand_analysis, rows

    from dossier.events import RuleExtractor
    text = "“We strongly reject the allegations made by Uganda,” spokesperson Ana Lima told reporters."
    analysis = hand_analysis(nlp, text, {"spokesperson Ana Lima": ("person", "KEN"),
                                         "Uganda": ("country", "UGA")})
    found = {r[:3] for r in rows(RuleExtractor.default().extract(analysis))}
    assert ("REJECT", "KEN", "UGA") in found
