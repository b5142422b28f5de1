"""Title-case headlines parsed in sentence case, on the original text and offsets.

The first tests build Docs by hand (no model); the slow ones parse headlines written for these
tests and run the whole pipeline over short articles."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from dossier.model import Article
from dossier.nlp.headlines import cased_doc, parse, restore_words, sentence_cased_words
from dossier.settings import Settings
from dossier.time.tense import headline_verb

ORDINARY = frozenset({"shells", "border", "villages", "seizes", "tanker", "in", "gulf", "new",
                      "tariffs", "on", "steel", "imposes", "talks", "to", "end"})


def _blank():
    return spacy.blank("en")


def _cased(line: str, body: str = "", names: tuple[tuple[int, int], ...] = ()) -> str:
    doc = _blank().make_doc(line)
    words = sentence_cased_words(doc, names, body, lambda w: w.lower() in ORDINARY)
    return "".join(w + t.whitespace_ for w, t in zip(words, doc))


# ------------------------------------------------------------------ which words lose capitals


def test_sentence_case_lowers_ordinary_words_after_the_first():
    assert _cased("Army Shells Border Villages") == "Army shells border villages"


def test_sentence_case_keeps_names_capitals_and_unknown_words():
    line = "US Imposes New Tariffs on Chinese Steel"
    chinese = line.index("Chinese")
    assert _cased(line, names=((chinese, chinese + 7),)) == "US imposes new tariffs on Chinese steel"
    assert _cased("Museveni Seizes Tanker") == "Museveni seizes tanker"


def test_sentence_case_reads_the_body_for_names_and_common_words():
    # the body capitalises "Gulf" mid-sentence: a name here
    assert _cased("Iran Seizes Tanker in Gulf", "The ship was held in the Gulf.") == \
        "Iran seizes tanker in Gulf"
    # "Harbour" is no word the test's list knows, but the body writes it in lower case
    assert _cased("Iran Seizes Tanker in Harbour", "It sat in the harbour.") == \
        "Iran seizes tanker in harbour"


def test_sentence_case_starts_again_after_a_colon():
    assert _cased("Exclusive: Talks to End") == "Exclusive: Talks to end"


def test_sentence_case_leaves_lower_case_and_punctuation_alone():
    assert _cased("'Talks' on Steel, Tariffs") == "'Talks' on steel, tariffs"


# ------------------------------------------------------------------ which texts are rewritten


def test_cased_doc_only_for_a_title_case_first_line_above_a_body():
    nlp = _blank()
    assert cased_doc(nlp, "Army Shells Border Villages\n\nThe army shelled them.", None) is not None
    assert cased_doc(nlp, "Army shells border villages\n\nThe army shelled them.", None) is None
    assert cased_doc(nlp, "Army Shells Border Villages", None) is None  # no body
    assert cased_doc(nlp, "The Army Shelled Three Border Villages.\n\nMore.", None) is None


def test_cased_doc_keeps_the_tokens_and_their_lengths():
    nlp = _blank()
    text = "Army Shells Border-Area Villages\n\nThe army shelled them."
    cased = cased_doc(nlp, text, None)
    original = nlp.make_doc(text)
    assert [len(t) for t in cased] == [len(t) for t in original]
    assert [t.idx for t in cased] == [t.idx for t in original]
    assert cased.text != text and cased.text.lower() == text.lower()


def test_restore_words_puts_the_annotations_on_the_original_words():
    vocab = _blank().vocab
    parsed = Doc(vocab, words=["Army", "shells", "villages", "\n\n", "Russia", "acted"],
                 spaces=[True, True, False, False, True, False],
                 tags=["NNP", "VBZ", "NNS", "_SP", "NNP", "VBD"],
                 heads=[1, 1, 1, 2, 5, 5], deps=["nsubj", "ROOT", "dobj", "dep", "nsubj", "ROOT"],
                 ents=["B-ORG", "O", "O", "O", "B-GPE", "O"])
    text = "Army Shells Villages\n\nRussia acted"
    doc = restore_words(parsed, text)
    assert doc.text == text
    assert [t.tag_ for t in doc] == [t.tag_ for t in parsed]
    assert [(t.dep_, t.head.i) for t in doc] == [(t.dep_, t.head.i) for t in parsed]
    assert [(e.text, e.label_) for e in doc.ents] == [("Army", "ORG"), ("Russia", "GPE")]
    assert doc[1].text == "Shells" and doc[1].tag_ == "VBZ"


def test_headline_verb_is_on_a_first_line_above_a_blank_line():
    vocab = _blank().vocab
    doc = Doc(vocab, words=["Army", "shells", "villages", "\n\n", "It", "shells", "."],
              spaces=[True, True, False, False, True, False, False])
    assert headline_verb(doc[1]) and not headline_verb(doc[5])
    lead = Doc(vocab, words=["Army", "shells", "villages", ".", "\n\n", "More"],
               spaces=[True, True, False, False, False, False])
    assert not headline_verb(lead[1])


# ------------------------------------------------------------------ the real model (slow)

HEADLINES = [
    ("Army Shells Border Villages", "shells", "Army"),
    ("Iran Seizes Oil Tanker in Gulf", "Seizes", "Iran"),
    ("US Imposes New Tariffs on Chinese Steel", "Imposes", "US"),
    ("Protesters Clash With Police in Nairobi", "Clash", "Protesters"),
    ("Israeli Jets Strike Targets in Southern Lebanon", "Strike", "Jets"),
]
BODY = "Officials in the region confirmed the report on Monday, and more details were expected."


@pytest.fixture(scope="module")
def pipeline():
    from dossier.pipeline import Pipeline

    return Pipeline(Settings())


def _parsed(pipeline, text: str):
    doc, _ = next(parse(pipeline.nlp, [(text, None)], names=pipeline._names))
    return doc


@pytest.mark.slow
@pytest.mark.parametrize("title, verb, subject", HEADLINES)
def test_title_case_headline_parses_as_a_sentence(pipeline, title, verb, subject):
    text = f"{title}\n\n{BODY}"
    doc = _parsed(pipeline, text)
    assert doc.text == text
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in pipeline.nlp.make_doc(text)]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert (root.text.lower(), root.pos_) == (verb.lower(), "VERB")
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert doc[0].text == title.split()[0]  # the original capitals stay


@pytest.mark.slow
def test_title_case_headline_was_misparsed_without_the_sentence_case(pipeline):
    """What the step is for: the plain parse finds no verb in these headlines."""
    for title in ("Army Shells Border Villages", "US Imposes New Tariffs on Chinese Steel"):
        doc = pipeline.nlp(f"{title}\n\n{BODY}")
        assert not [t for t in doc[:len(title.split())] if t.pos_ == "VERB"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    BODY,  # no headline
    f"Army shells border villages in the north\n\n{BODY}",  # a sentence-case headline
])
def test_text_without_a_title_case_headline_parses_as_before(pipeline, text):
    doc = _parsed(pipeline, text)
    plain = pipeline.nlp(text)
    assert doc.text == text
    assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == \
        [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain]


# ------------------------------------------------------------------ end to end (slow)

PUBLISHED = date(2026, 3, 5)  # a Thursday


def _events(pipeline, title: str, body: str) -> set[tuple]:
    article = Article(doc="h", title=title, body=body, published=PUBLISHED)
    return {(m.type, m.actor.actor.code if m.actor else None,
             m.recipient.actor.code if m.recipient else None, m.status,
             m.date.value if m.date else None)
            for m in pipeline.process(article) if m.trigger.start < len(title)}


@pytest.mark.slow
def test_headline_event_is_extracted_as_a_fact_of_the_publication_date(pipeline):
    body = "The move drew protests from ministers in Nairobi, who called it unjustified."
    assert _events(pipeline, "Uganda Accuses Kenya of Arming Rebel Groups", body) == \
        {("ACCUSE", "UGA", "KEN", "fact", PUBLISHED.isoformat())}


@pytest.mark.slow
def test_present_tense_in_the_body_takes_no_publication_date(pipeline):
    article = Article(doc="b", body="Uganda accuses Kenya of arming rebel groups in the north. "
                                    "Ministers in Nairobi called the charge unjustified.",
                      published=PUBLISHED)
    assert [(m.type, m.date) for m in pipeline.process(article)] == [("ACCUSE", None)]


@pytest.mark.slow
def test_headline_present_tense_dates_a_weekday_before_publication(pipeline):
    body = "The vessel was taken to a port on the coast, officials said."
    events = _events(pipeline, "Iran Seizes British Oil Tanker on Friday", body)
    assert {(kind, actor, status, when) for kind, actor, _, status, when in events} == \
        {("COERCE", "IRN", "fact", "2026-02-27")}


@pytest.mark.slow
def test_headline_infinitive_is_a_plan(pipeline):
    body = "The two leaders are expected to discuss trade and security."
    events = _events(pipeline, "India to Host Japanese Prime Minister Next Week", body)
    assert {(kind, actor, status) for kind, actor, _, status, _ in events} == \
        {("CONSULT", "IND", "future")}
