"""Finding the article in an HTML page: a thin seam over trafilatura.

trafilatura separates main text from navigation, comments and footers and reads the page's
metadata (title, date via htmldate, site name). Comments are left out: readers' comments are
not the article. Everything else is trafilatura's defaults, which score best on the
article-extraction benchmark (see bench/html_extraction.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import trafilatura

from dossier.ingest.dates import parse_date

log = logging.getLogger(__name__)

# trafilatura logs every page it finds nothing in at WARNING; that is our Skipped's job.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)

EXTRACT_OPTIONS = {"include_comments": False, "include_tables": True, "with_metadata": True}


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    outlet: str | None = None


def extract_html(html: str | bytes, *, url: str | None = None) -> Page:
    """The main text and metadata of a page; an empty text when the page holds no article."""
    try:
        document = trafilatura.bare_extraction(html, url=url, **EXTRACT_OPTIONS)
    except Exception as exc:  # trafilatura/lxml raise many kinds of errors on broken markup
        log.debug("trafilatura failed: %s", exc)
        document = None
    if document is None:
        return Page(text="")
    return Page(text=document.text or "",
                title=(document.title or "").strip() or None,
                published=parse_date(document.date) if document.date else None,
                url=document.url or url,
                outlet=(document.sitename or "").strip() or None)
