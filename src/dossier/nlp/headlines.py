"""Title-case headlines parsed as the sentences they are.

A headline written in title case ("Army Shells Border Villages") capitalises every word, and
the small model then tags each one a proper noun: the verb is lost and the event with it. The
same words in sentence case ("Army shells border villages") parse well. So the text is parsed
with its headline in sentence case, and the annotations are put back on a Doc of the original
words: ``doc.text`` is the article's text and every offset is unchanged.

Which words lose their capital: words after the first that are ordinary English (function
words, and the verbs, adjectives and nouns of the WordNet index ``nlp.words`` reads), or
that the body itself writes in lower case. A word keeps it when it is part of a name the
knowledge base knows ("Chinese", "White House"), when it is in capitals ("US", "PM"), when it
opens a clause after a colon, or when the body capitalises it mid-sentence ("the Gulf").

The switch is one parse, as before: only the headline's casing differs, and the token
boundaries are the original ones because the cased Doc is built from the original tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import TypeVar

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc

from dossier.kb.text import fold
from dossier.nlp.long import PIECE_CHARS, parse_long
from dossier.nlp.words import common_word, headline_like

C = TypeVar("C")
# Character spans of the names a line contains: (start, end) pairs.
NameFinder = Callable[[str], Iterable[tuple[int, int]]]

_CLAUSE_MARKS = frozenset({":", "|", "--", "\u2013", "\u2014"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class English:
    """Which capitalised words are ordinary English in lower case: the pipeline's stop words,
    the inflections its lemmatizer lists as exceptions ("seen", "held"), the WordNet verbs,
    adjectives and nouns ``nlp.words`` reads, and adverbs made from those adjectives."""

    stop_words: frozenset[str]
    irregular: frozenset[str] = frozenset()

    def ordinary(self, word: str) -> bool:
        low = word.lower()
        return (low in self.stop_words or low in self.irregular or common_word(word, headline=True)
                or (low.endswith("ly") and common_word(word[:-2], headline=False)))


@lru_cache(maxsize=4)
def english(nlp: Language) -> English:
    """The ``English`` of a loaded pipeline (without a lemmatizer: its stop words only)."""
    irregular: set[str] = set()
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_exc"):
            table = lookups.get_table("lemma_exc")
            for pos in ("verb", "noun", "adj"):
                irregular.update(table.get(pos, {}))
    return English(frozenset(nlp.Defaults.stop_words), frozenset(irregular))


def sentence_cased_words(tokens: Iterable, names: Iterable[tuple[int, int]], body: str,
                         ordinary: Callable[[str], bool]) -> list[str]:
    """The headline's token texts with the capitals of common words taken off (module doc).

    ``tokens``: the headline's spaCy tokens (``text`` and ``idx``, the line starting at 0);
    ``names``: the character spans of known names in the line; ``body``: the text below it;
    ``ordinary``: whether a word is ordinary English in lower case."""
    out: list[str] = []
    spans = list(names)
    body_lower = frozenset(w for w in _WORD.findall(body) if w.islower())
    opens_clause = True
    for token in tokens:
        text, start = token.text, token.idx
        if not text[:1].isalnum():
            out.append(text)
            opens_clause = opens_clause or text in _CLAUSE_MARKS
            continue
        keep = (opens_clause or not text[:1].isupper() or text.isupper()
                or any(a < start + len(text) and start < b for a, b in spans))
        opens_clause = False
        out.append(text if keep or not _common(text, body, body_lower, ordinary)
                   else _lowered(text))
    return out


def _common(word: str, body: str, body_lower: frozenset[str],
            ordinary: Callable[[str], bool]) -> bool:
    """A capitalised headline word that is no name in this article."""
    if word.lower() in body_lower:
        return True  # the body writes it in lower case
    if re.search(rf"[a-z,;] {re.escape(word)}\b", body):
        return False  # the body capitalises it mid-sentence: a name ("the Gulf")
    return ordinary(word)


def _lowered(word: str) -> str:
    """The word in lower case, or unchanged where lower case would change its length."""
    low = word.lower()
    return low if len(low) == len(word) else word


def kb_names(kb) -> NameFinder:
    """A name finder over a knowledge base (``KnowledgeBase.aliases_at``): the spans of aliases
    that start and end at word boundaries, are written with a capital and match the line's
    capitals."""
    def find(line: str) -> list[tuple[int, int]]:
        folded = fold(line)
        spans = []
        for match in _WORD.finditer(line):
            start = match.start()
            for alias in kb.aliases_at(folded, start):
                end = start + len(alias.folded)
                if (end < len(line) and line[end].isalnum()) or alias.text == alias.text.lower():
                    continue
                if alias.case_ok(line[start:end]):
                    spans.append((start, end))
                    break
        return spans
    return find


def _headline_tokens(doc: Doc) -> int:
    """How many tokens the first line has."""
    for token in doc:
        if "\n" in token.text:
            return token.i
    return len(doc)


def cased_doc(nlp: Language, text: str, names: NameFinder | None) -> Doc | None:
    """A Doc of ``text``'s tokens with a title-case first line in sentence case, or None when
    the first line is no such headline or nothing in it changes."""
    first_line, _, body = text.partition("\n")
    if not body.strip():
        return None  # one line is no headline above a body
    head = nlp.make_doc(first_line)
    if not headline_like(head):
        return None
    doc = nlp.make_doc(text)
    n = _headline_tokens(doc)
    words = [t.text for t in doc]
    spans = names(first_line) if names else ()
    cased = sentence_cased_words(doc[:n], spans, body, english(nlp).ordinary)
    if cased == words[:n]:
        return None
    return Doc(nlp.vocab, words=cased + words[n:], spaces=[bool(t.whitespace_) for t in doc])


def restore_words(parsed: Doc, original: str) -> Doc:
    """The annotations of ``parsed`` on a Doc of ``original``'s tokens (same boundaries)."""
    spaces = [bool(t.whitespace_) for t in parsed]
    words, at = [], 0
    for token in parsed:
        words.append(original[at:at + len(token.text)])
        at += len(token.text_with_ws)
    doc = Doc(parsed.vocab, words=words, spaces=spaces)
    attrs = [attr for attr, name in ((TAG, "TAG"), (POS, "POS"), (MORPH, "MORPH"),
                                     (LEMMA, "LEMMA")) if parsed.has_annotation(name)]
    if parsed.has_annotation("DEP"):
        attrs += [HEAD, DEP]  # the parse carries the sentence starts
    elif parsed.has_annotation("SENT_START"):
        attrs.append(SENT_START)
    if parsed.has_annotation("ENT_IOB"):
        attrs += [ENT_IOB, ENT_TYPE]
    if attrs:
        doc.from_array(attrs, parsed.to_array(attrs))
    doc.tensor = parsed.tensor
    return doc


def parse(nlp: Language, items: Iterable[tuple[str, C]], *, names: NameFinder | None = None,
          batch_size: int = 64) -> Iterator[tuple[Doc, C]]:
    """``nlp.pipe`` over (text, context) pairs, a title-case headline parsed in sentence case
    (module doc), a text longer than one parse in pieces (``nlp.long``). Each Doc's text is
    its input text, token for token."""
    def prepared(group) -> Iterator[tuple[str | Doc, tuple[str, C, bool]]]:
        for text, context in group:
            cased = cased_doc(nlp, text, names)
            yield (cased if cased is not None else text), (text, context, cased is not None)

    # runs of ordinary texts go through nlp.pipe together; input order is kept
    for long, group in groupby(items, key=lambda item: len(item[0]) > PIECE_CHARS):
        if long:
            yield from ((parse_long(nlp, text, PIECE_CHARS), context) for text, context in group)
            continue
        for doc, (text, context, cased) in nlp.pipe(prepared(group), as_tuples=True,
                                                     batch_size=batch_size):
            yield (restore_words(doc, text) if cased else doc), context
