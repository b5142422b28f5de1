"""Texts longer than one parse: cut where a paragraph or a sentence ends, parsed in pieces,
joined into one Doc whose text is the whole input."""

from __future__ import annotations

from dossier.nlp import headlines
from dossier.nlp.headlines import parse
from dossier.nlp.long import pieces

PARAGRAPH = ("The ministry said the talks in the capital would resume on Monday. "
             "Officials from both sides declined to comment.\n\n")


def test_pieces_rejoin_to_the_text_and_respect_the_size():
    text = PARAGRAPH * 200
    cut = pieces(text, 1000)
    assert "".join(cut) == text
    assert all(len(p) <= 1000 for p in cut)
    assert all(p.endswith("\n\n") for p in cut[:-1])  # at paragraph ends, not mid-sentence


def test_pieces_fall_back_to_sentence_ends_then_spaces_then_anywhere():
    sentences = "A short sentence ends here. " * 100
    assert all(p.endswith(". ") for p in pieces(sentences, 500)[:-1])
    words = "word " * 300
    assert all(p.endswith(" ") for p in pieces(words, 200)[:-1])
    run = "x" * 1000
    assert pieces(run, 300) == ["x" * 300] * 3 + ["x" * 100]


def test_short_text_is_one_piece():
    assert pieces("Short.", 1000) == ["Short."]
    assert pieces("", 1000) == []


def test_text_over_spacys_limit_is_parsed_in_pieces_in_input_order(nlp, monkeypatch):
    # a small limit stands in for spaCy's million characters: the long text would be refused
    monkeypatch.setattr(headlines, "PIECE_CHARS", 1500)
    monkeypatch.setattr(nlp, "max_length", 2000)
    long_text = PARAGRAPH * 60
    items = [("Short one. It is fine.", 1), (long_text, 2), ("Another short text.", 3)]
    parsed = list(parse(nlp, items))
    assert [context for _, context in parsed] == [1, 2, 3]
    doc = parsed[1][0]
    assert doc.text == long_text
    assert len(list(doc.sents)) >= 120
    assert all(t.dep_ for t in doc)  # every piece was parsed

