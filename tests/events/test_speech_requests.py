"""Requests, rejections and criticism said in other words than the verb: a request asked of
a party the parser hung "for" on, a proposal or call "for X to …", a deadline given to X, a
concern at another party's conduct, a document speaking for its author; and the near
readings that must stay silent (the press addressed, a concern for X's welfare, a concession
in passing, a call received). Real parses, hand-made actors; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import news_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # "asked X for Y", with "for" hung on X by the parser
    ("There, Kenya asked Uganda for sanctions relief.", ("REQUEST", "KEN", "UGA")),
    # the request then answered refers back to it
    ("There, Kenya asked Uganda for sanctions relief. Uganda denied the request and asked "
     "instead for talks.", ("REJECT", "UGA", "KEN")),
    # a nominal request: the one asked is the subject of the "for" clause
    ("Peru backed a Chilean proposal for Norway to lift sanctions on Kenya.",
     ("REQUEST", "CHL", "NOR")),
    ("The statement answered a Chilean and Peruvian proposal made on Monday for Norway to "
     "lift sanctions on Kenya.", ("REQUEST", "PER", "NOR")),
    ("Uganda renewed its call for Kenya to withdraw its troops.", ("REQUEST", "UGA", "KEN")),
    # a deadline given to a party is a demand on it
    ("Peru gave Chile 48 hours to withdraw its troops.", ("REQUEST", "PER", "CHL")),
    ("Peru has given Chile until Friday to respond.", ("REQUEST", "PER", "CHL")),
    ("Peru gave Chile a deadline to hand over the suspects.", ("REQUEST", "PER", "CHL")),
    # concern at another party's conduct is criticism of it
    ("Norway remains concerned with Chile's military build-up.", ("ACCUSE", "NOR", "CHL")),
    ("Norway is worried about Kenya's decision to expel the diplomats.",
     ("ACCUSE", "NOR", "KEN")),
    # a step of another party dismissed "as" something is criticism of it
    ("Kenya dismissed Uganda's move as a stunt.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya dismissed Uganda's decision as illegal.", ("ACCUSE", "KEN", "UGA")),
    # a word of blame for another party's conduct, in a speaker's own words
    ("Norway said, \"We will support Kenya in the face of Uganda's illegal aggression.\"",
     ("ACCUSE", "NOR", "UGA")),
    ("Kenya said Ugandan interference in the vote had to end.", ("ACCUSE", "KEN", "UGA")),
    # a document speaks for its author
    ("A 2021 report on human rights by Norway said corruption in Kenya is pervasive.",
     ("ACCUSE", "NOR", "KEN")),
])
def test_request_and_criticism_found(nlp, text, expected):
    assert expected in news_types(nlp, text)


@pytest.mark.parametrize("text, absent", [
    # the press a speaker addresses is asked nothing as a party
    ("Kenya asked reporters for patience.", ("REQUEST", "KEN", "KEN")),
    ("There, Kenya asked journalists for patience.", ("REQUEST", "KEN", "KEN")),
    ("Kenya told reporters to wait for the results.", ("REQUEST", "KEN", "KEN")),
    # a request received by phone, or one rejected by a third party, is not the receiver's
    ("Kenya received a call from Peru.", ("REQUEST", "PER", "KEN")),
    ("Norway rejected the request for Kenya to extradite the suspects.",
     ("REQUEST", "NOR", "KEN")),
    # time given with no act demanded, or a thing given, is no deadline
    ("Peru gave Chile 48 hours of notice.", ("REQUEST", "PER", "CHL")),
    ("Peru gave Chile weapons to fight the rebels.", ("REQUEST", "PER", "CHL")),
    # concern for a party's welfare, or for its people, is no criticism of it
    ("Norway is concerned about Kenya's safety.", ("ACCUSE", "NOR", "KEN")),
    ("Norway is worried about Ugandan migrants.", ("ACCUSE", "NOR", "UGA")),
    ("Norway is concerned about the situation in Kenya.", ("ACCUSE", "NOR", "KEN")),
    # what a party said or proposed, dismissed, is answered (REJECT), not judged; an
    # official dismissed from office is no criticism
    ("Kenya dismissed Uganda's statement as a lie.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya dismissed Uganda's offer as a stunt.", ("ACCUSE", "KEN", "UGA")),
    ("Kenya dismissed the Ugandan ambassador.", ("ACCUSE", "KEN", "UGA")),
    # blame words in the writer's narration or in a side clause accuse no one; a party
    # facing aggression does not commit it
    ("Amid Uganda's aggression, Kenya asked Norway for weapons.", ("ACCUSE", "KEN", "UGA")),
    ("As Norway toured the region to discuss Uganda's aggression, Norway stressed the need "
     "for unity.", ("ACCUSE", "NOR", "UGA")),
    ("Kenya has faced Ugandan aggression for years.", ("ACCUSE", "UGA", "KEN")),
    ("Analysts said Kenya's aggression worried Uganda.", ("ACCUSE", "UGA", "KEN")),
    # a concern mentioned in passing by someone else takes no stance
    ("Analysts said that although Norway is concerned about Kenya's military build-up, it "
     "will not act.", ("ACCUSE", "NOR", "KEN")),
])
def test_request_and_criticism_not_found(nlp, text, absent):
    assert absent not in news_types(nlp, text)


@pytest.mark.parametrize("text, kind", [
    # no party asked, refused or judged: nothing to code
    ("Kenya refused to comment.", "REJECT"),
    ("Kenya rejected the idea.", "REJECT"),
    ("Kenya made a call for calm.", "REQUEST"),
    ("A report said corruption in Kenya is pervasive.", "ACCUSE"),
])
def test_speech_without_party_codes_nothing(nlp, text, kind):
    assert not any(row[0] == kind for row in news_types(nlp, text))
