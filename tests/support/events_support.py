"""Hand-made analyses for the event extractor's tests: a real parse, with the actor mentions
and places given by table, so that a test fixes what the actor and place stages would say."""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Mapping

from dossier.events import RuleExtractor
from dossier.model import Actor, ActorRef, Analysis, Article, Mention, Where

PUBLISHED = date(2024, 5, 8)


def hand_analysis(nlp, text: str, actors: Mapping[str, tuple[str | None, ...]],
                  places: Mapping[str, str] | None = None, title: str | None = None) -> Analysis:
    """``actors`` maps a name in the text to (kind, code) or (kind, code, sector); earlier
    names win where names overlap, so list longer names first. ``places`` maps a place name
    to its state; ``title``: the headline, if the story has one."""
    article = Article(doc="t", body=text, published=PUBLISHED, title=title)
    refs, found_places, taken = [], [], set()
    for name, (kind, code, *sector) in actors.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", article.text):
            if taken.intersection(range(m.start(), m.end())):
                continue
            taken.update(range(m.start(), m.end()))
            actor = Actor(name=name, kind=kind, country=code, sector=sector[0] if sector else None)
            refs.append(ActorRef(actor, name, m.start(), m.end()))
    for name, code in (places or {}).items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", article.text):
            found_places.append(Where(name=name, country=code, text=name, start=m.start(), end=m.end()))
    return Analysis(article=article, doc=nlp(article.text), actors=tuple(refs),
                    places=tuple(found_places))


def rows(mentions: Iterable[Mention]) -> set[tuple]:
    """(type, actor code, recipient code, status) of each mention."""
    return {(m.type, m.actor.actor.code, m.recipient.actor.code if m.recipient else None, m.status)
            for m in mentions}


# The actors and places of the news precision, recall and attribution tests.
# name in the text -> (kind, code); longer names first so they win over their parts
NEWS_ACTORS = {"Minister Ana Costa": ("person", "PER"), "Kenyan peacekeepers": ("group", "KEN"),
          "Kenyan tourists": ("group", "KEN"),
          "Chilean troops": ("group", "CHL"),
          "Kenyan troops": ("group", "KEN"),
          "Ugandan soldiers": ("group", "UGA"), "Ugandan migrants": ("group", "UGA"),
          "Chile": ("country", "CHL"), "Peru": ("country", "PER"), "Norway": ("country", "NOR"),
          "Kenya": ("country", "KEN"), "Uganda": ("country", "UGA"), "Egypt": ("country", "EGY"),
          "police": ("organization", "KEN")}
NEWS_PLACES = {"Lima": "PER", "Nairobi": "KEN"}


def hand_dyads(nlp, text: str, actors: Mapping[str, tuple[str | None, ...]],
               places: Mapping[str, str] | None = None) -> set[tuple]:
    """(type, actor, recipient) of each mention the rule extractor finds in a hand-made
    analysis of ``text``."""
    found = RuleExtractor.default().extract(hand_analysis(nlp, text, actors, places or {}))
    return {row[:3] for row in rows(found)}


def news_analysis(nlp, text: str) -> Analysis:
    return hand_analysis(nlp, text, NEWS_ACTORS, NEWS_PLACES)


def news_rows(nlp, text: str) -> set[tuple]:
    return rows(RuleExtractor.default().extract(news_analysis(nlp, text)))


def news_types(nlp, text: str) -> set[tuple]:
    return {m[:3] for m in news_rows(nlp, text)}
