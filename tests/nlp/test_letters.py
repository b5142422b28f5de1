"""Sentence ends after a lone capital letter, on hand-built Docs and the real parse."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dossier.nlp.letters import split_after_letters


def _doc(words: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=[True] * len(words))


def _starts(doc: Doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_letters_a_platform_after_a_lower_case_word_ends_the_sentence():
    doc = split_after_letters(_doc(["She", "posted", "on", "X.", "Rebels", "fired", "back", "."]))
    assert _starts(doc) == ["Rebels"]
    assert doc[5].is_sent_start is False  # the new sentence's first word is not one alone


def test_letters_an_initial_after_a_name_does_not():
    doc = split_after_letters(_doc(["George", "W.", "Bush", "spoke", "."]))
    assert _starts(doc) == []


def test_letters_a_letter_before_a_lower_case_word_does_not():
    doc = split_after_letters(_doc(["the", "plan", "B.", "was", "dropped", "."]))
    assert _starts(doc) == []


def test_letters_real_parse_keeps_the_next_subject_out_of_the_first_sentence(nlp):
    doc = nlp("The minister said so in a post on X. Gunmen attacked a bus near the border.")
    assert [s.text for s in doc.sents] == ["The minister said so in a post on X.",
                                           "Gunmen attacked a bus near the border."]


def test_letters_initials_closing_a_phrase_end_the_sentence_before_a_clause(nlp):
    doc = nlp("Both leaders curbed the flow of drugs into the U.S. Lopez sent 5,000 troops "
              "to the border.")
    assert len(list(doc.sents)) == 2
    doc = nlp("Prices rose sharply in the U.K. But wages fell.")
    assert [s.text for s in doc.sents][-1] == "But wages fell."


def test_letters_initials_naming_a_body_keep_the_sentence(nlp):
    for text in ("The bill was passed by the U.S. Congress on Monday.",
                 "Talks at the U.N. Security Council stalled again."):
        assert len(list(nlp(text).sents)) == 1
