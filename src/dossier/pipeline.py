"""Orchestration: articles → spaCy → resolution → extraction. No storage here."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator

from dossier.events import Extractor, RuleExtractor
from dossier.model import Analysis, Article, Mention
from dossier.nlp import load_pipeline, parse_articles
from dossier.resolve.actors import KnowledgeBase, resolve_actors
from dossier.resolve.places import resolve_places
from dossier.resolve.time import find_times
from dossier.settings import Settings


@dataclass
class Pipeline:
    """Everything needed to turn articles into event mentions; loads models on first use."""

    settings: Settings = field(default_factory=Settings)
    extractor: Extractor | None = None

    @cached_property
    def nlp(self):
        return load_pipeline(self.settings.spacy_model)

    @cached_property
    def kb(self) -> KnowledgeBase:
        return KnowledgeBase.from_files(self.settings.kb)

    @cached_property
    def _extractor(self) -> Extractor:
        return self.extractor or RuleExtractor.default()

    def analyse(self, article: Article, doc) -> Analysis:
        """Resolve actors, time and places over an article's parse."""
        actors = tuple(resolve_actors(doc, self.kb, on=article.published))
        times = tuple(find_times(doc, article.published))
        places = tuple(resolve_places(doc, dateline=article.dateline,
                                      countries=[a.actor.country for a in actors if a.actor.country]))
        return Analysis(article=article, doc=doc, actors=actors, times=times, places=places)

    def parse(self, articles: Iterable[Article]) -> Iterator[tuple[Article, object]]:
        """Yield (article, spaCy Doc) in input order, batched (and in worker processes when
        the settings ask for more than one)."""
        return parse_articles(self.nlp, articles, batch_size=self.settings.batch_size,
                              processes=self.settings.processes)

    def extract(self, analysis: Analysis) -> list[Mention]:
        return self._extractor.extract(analysis)

    def run(self, articles: Iterable[Article]) -> Iterator[tuple[Analysis, list[Mention]]]:
        """Yield each article's analysis with its event mentions, in input order."""
        for article, doc in self.parse(articles):
            analysis = self.analyse(article, doc)
            yield analysis, self.extract(analysis)

    def process(self, article: Article) -> list[Mention]:
        """The mentions of one article."""
        return next(self.run([article]))[1]
