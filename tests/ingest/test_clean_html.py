"""Cleaning of HTML pages (trafilatura, then the text rules), on hand-written pages."""

from __future__ import annotations

from datetime import date

from dossier.ingest import clean_html

LEAD = ("SOLVIK, June 3 (Reuters) - The ferry company serving the islands of Solvik cancelled all "
        "crossings on Saturday after a strike by deckhands over pay, stranding hundreds of visitors.")
SECOND = ("Union leaders said the walkout would continue until the company returned to talks, while "
          "the regional transport minister urged both sides to accept mediation.")
THIRD = ("Hotels on the main island offered reduced rates to stranded guests, and a fishing "
         "cooperative began carrying a few passengers on its own boats.")


def _page(extra_body: str = "", title: str = "Solvik ferries halted by deckhand strike") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Island Gazette</title><meta property="og:title" content="{title}">
<meta property="og:site_name" content="Island Gazette">
<meta name="date" content="2023-06-03"></head><body>
<header><a href="/">Home</a><a href="/donate">Donate</a></header>
<main><article><h1>{title}</h1><p>{LEAD}</p>
<figure><img src="a.jpg"><figcaption>Ferries in port. (Photo: AFP)</figcaption></figure>
<p>{SECOND}</p><p>{THIRD}</p>{extra_body}</article>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>I was stuck on the pier all afternoon and nobody told us anything at all, terrible.</p></div>
</section></main><footer><p>Subscribe to our newsletter</p></footer></body></html>"""


def test_clean_html_title_date_outlet_and_body():
    cleaned = clean_html(_page())
    assert cleaned.title == "Solvik ferries halted by deckhand strike"
    assert cleaned.published == date(2023, 6, 3)
    assert cleaned.outlet == "Island Gazette"
    assert cleaned.dateline == "SOLVIK"
    assert cleaned.body.startswith("The ferry company serving")
    assert SECOND in cleaned.body and THIRD in cleaned.body


def test_clean_html_leaves_out_comments_and_page_furniture():
    body = clean_html(_page()).body
    assert "pier all afternoon" not in body
    assert "newsletter" not in body and "Donate" not in body


def test_clean_html_applies_text_rules_to_extracted_text():
    body = clean_html(_page("<p>Share this article</p><p>Related Posts</p>")).body
    assert "Share this article" not in body and "Related Posts" not in body


def test_clean_html_given_title_wins():
    assert clean_html(_page(), title="Strike stops ferries").title == "Strike stops ferries"


def test_clean_html_page_without_article_gives_empty_body():
    assert clean_html("<html><body><nav><a href='/'>Home</a></nav></body></html>").body == ""


def test_clean_html_broken_markup_does_not_raise():
    assert clean_html("<<<>>>\x00<p").body == ""
