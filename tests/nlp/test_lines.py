"""Sentence starts at line breaks, on hand-built Docs (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dossier.nlp.lines import COMPONENT, add_line_breaks, split_at_line_breaks


def _doc(words: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces or [False] * len(words))


def _starts(doc: Doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start and t.i > 0]


def test_line_breaks_start_a_sentence_after_a_blank_line():
    doc = split_at_line_breaks(_doc(["Headline", "\n\n", "Russia", "acted", "."]))
    assert _starts(doc) == ["Russia"]


def test_line_breaks_start_a_sentence_after_a_single_break_before_a_capital_or_bullet():
    doc = split_at_line_breaks(_doc(["AFP", "\n", "AFP", "\n", "-", "point"]))
    assert _starts(doc) == ["AFP", "-"]


def test_a_line_s_first_word_is_no_sentence_on_its_own():
    doc = split_at_line_breaks(_doc(["Headline", "\n\n", "Peru", "said", "so", "."]))
    assert doc[3].is_sent_start is False


def test_a_bullet_s_dash_leaves_the_next_word_to_the_parser():
    doc = split_at_line_breaks(_doc(["Headline", "\n", "-", "Peru", "acted"]))
    assert doc[3].is_sent_start is None


def test_line_breaks_keep_a_wrapped_sentence_together():
    doc = split_at_line_breaks(_doc(["met", "in", "Vienna", "\n", "on", "Monday"]))
    assert _starts(doc) == []


def test_line_breaks_leave_other_tokens_to_the_parser():
    doc = split_at_line_breaks(_doc(["Iran", "met", "Russia", "."], [True, True, False, False]))
    assert all(t.is_sent_start is None for t in doc[1:])


def test_add_line_breaks_goes_before_the_parser_once():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_line_breaks(nlp)
    add_line_breaks(nlp)
    assert nlp.pipe_names == [COMPONENT, "sentencizer"]
