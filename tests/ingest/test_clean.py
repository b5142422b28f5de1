"""Cleaning of plain text: boilerplate, headline, dateline, publication date (hand-made inputs)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.ingest import Cleaned, clean_record, clean_text
from dossier.ingest.boilerplate import strip_inline
from dossier.model import Article

PROSE = ("The regional council of Varnholt approved a new water-sharing plan on Thursday after "
         "three weeks of talks with farmers from the valley.")
PROSE_2 = ("Farmers had warned that the dry season would ruin the barley harvest unless the "
           "reservoir gates were opened before the end of the month.")


def _article(*middle: str) -> str:
    return "\n".join([PROSE, *middle, PROSE_2])


@pytest.mark.parametrize("line", [
    "DONATE",
    "SUBSCRIBE",
    "Subscribe now",
    "Sign up for The Morning Dispatch",
    "Sign up to our free newsletter",
    "Get the best stories in your inbox every day.",
    "Support independent journalism",
    "Unlock the Weekly Digest for free",
    "Read the Valley Bulletin, our daily briefing, every morning.",
    "Email address (Required)",
    "Advertisement",
    "Share this article",
    "Related Posts",
    "Read more: Dam project faces new delays",
    "READ MORE | Council elections set for spring",
    "https://example.org/news/some-other-story",
    "pic.twitter.com/AbC123xyZ",
    "The valley is thirsty tonight https://t.co/Xy12AbC pic.twitter.com/Qw9Er",
    "— Mira Tolan (@miratolan) July 19, 2022",
    "(Photo: AFP)",
    "Getty Images",
    "Photo: Reuters",
    "AFP via Getty Images",
    "Image source, Getty Images",
    "By Jonas Pell and Rhea Amsel",
    "AFP",
    "Additional reporting by Tomas Weir in Varnholt",
    "Reporting by Ana Liu; Editing by Karl Brandt",
    "12 shares",
    "1.4K",
    "4 min read",
    "© 2024 The Valley Bulletin. All rights reserved.",
])
def test_clean_text_drops_boilerplate_line(line):
    cleaned = clean_text(_article(line))
    assert line not in cleaned.body
    assert PROSE in cleaned.body and PROSE_2 in cleaned.body


@pytest.mark.parametrize("line", [
    "Officials said the plan would be reviewed again next year if rainfall stays low.",
    "Critics urged residents to subscribe to the council's own flood warnings, which are free.",
    "The agency, known as AFP in the region, had reported the figure first.",
    "- The dam will release 40 percent more water.",
    "• Farmers get a second vote in April.",
])
def test_clean_text_keeps_article_line(line):
    assert line in clean_text(_article(line)).body


def test_clean_text_drops_share_counter_on_separate_lines():
    cleaned = clean_text(_article("Total", "7", "Shares"))
    lines = cleaned.body.splitlines()
    assert not {"Total", "7", "Shares"} & set(lines)


def test_clean_text_drops_related_block_until_next_prose():
    raw = "\n".join([PROSE, "Related Articles", "Floods hit farmland", "Dam talks stall again", PROSE_2])
    body = clean_text(raw).body
    assert "Floods hit farmland" not in body and "Dam talks stall again" not in body
    assert PROSE_2 in body


def test_clean_text_drops_caption_and_its_title():
    raw = "\n\n".join([PROSE, "Farmers at the reservoir gate\nA farmer checks the gauge on Monday. "
                       "© Lena Brook/AFP/Getty Images", PROSE_2])
    body = clean_text(raw).body
    assert "Farmers at the reservoir gate" not in body and "gauge" not in body
    assert PROSE_2 in body


def test_clean_text_removes_inline_photo_credit():
    body = clean_text(f"{PROSE} (Photo: Lena Brook/Reuters)\n{PROSE_2}").body
    assert "Photo" not in body and "Varnholt approved" in body


def test_clean_text_takes_first_line_headline_and_drops_its_repeat():
    headline = "Valley farmers win water deal after weeks of talks"
    cleaned = clean_text("\n\n".join([headline, headline, PROSE, PROSE_2]))
    assert cleaned.title == headline
    assert headline not in cleaned.body and cleaned.body.startswith(PROSE)


def test_clean_text_finds_headline_below_page_chrome():
    headline = "Valley Farmers Win Water Deal After Weeks of Talks With the Regional Council"
    raw = "\n".join(["DONATE", "Our morning picks", "Sign up for our newsletter", headline,
                     "Reuters", "Reuters", PROSE, PROSE_2])
    cleaned = clean_text(raw)
    assert cleaned.title == headline
    assert cleaned.body.startswith(PROSE)


@pytest.mark.parametrize("first", [
    "The council approved the plan on Thursday.",  # a sentence, not a headline
    PROSE,
])
def test_clean_text_no_title_when_text_starts_with_prose(first):
    assert clean_text(f"{first}\n{PROSE_2}").title is None


def test_clean_text_keeps_bullets_together_under_headline():
    raw = "\n".join(["Valley farmers win water deal", "- The dam opens on Monday.",
                     "- Farmers vote again in April.", PROSE])
    cleaned = clean_text(raw)
    assert cleaned.title == "Valley farmers win water deal"
    assert cleaned.body.startswith("- The dam opens on Monday.\n- Farmers vote again in April.")


def test_clean_text_given_title_wins_and_its_copy_goes():
    cleaned = clean_text(f"Water deal agreed\n{PROSE}", title="Water deal agreed")
    assert cleaned.title == "Water deal agreed" and cleaned.body == PROSE


@pytest.mark.parametrize("opening, place, published", [
    ("date 2022-07-20 Varnholt: ", "Varnholt", date(2022, 7, 20)),
    ("VARNHOLT, July 19 (Reuters) - ", "VARNHOLT", None),
    ("VARNHOLT, July 19, 2022 (Reuters) - ", "VARNHOLT", date(2022, 7, 19)),
    ("WASHINGTON (AP) — ", "WASHINGTON", None),
    ("KYIV, Ukraine — ", "KYIV, Ukraine", None),
    ("Varnholt, 19 July 2022 (IRNA) -- ", "Varnholt", date(2022, 7, 19)),
    ("NEW DELHI: ", "NEW DELHI", None),
    ("ST. LOUIS, Mo. — ", "ST. LOUIS, Mo.", None),
])
def test_clean_text_detects_dateline(opening, place, published):
    cleaned = clean_text(opening + PROSE + "\n" + PROSE_2)
    assert cleaned.dateline == place
    assert cleaned.published == published
    assert cleaned.body.startswith("The regional council")


@pytest.mark.parametrize("opening", [
    "Biden — who arrived late — said ",
    "UPDATE: ",
    "Meanwhile, in the valley, ",
])
def test_clean_text_no_false_dateline(opening):
    cleaned = clean_text(opening + PROSE)
    assert cleaned.dateline is None
    assert cleaned.body.startswith(opening.strip()[:5])


@pytest.mark.parametrize("line, expected", [
    ("Published: 12 March 2024", date(2024, 3, 12)),
    ("Updated 2024-03-12 10:04 GMT | 3 min read", date(2024, 3, 12)),
    ("Posted on March 5, 2023", date(2023, 3, 5)),
    ("Tuesday 12 March 2024 14:05 GMT", date(2024, 3, 12)),
])
def test_clean_text_reads_publication_line(line, expected):
    cleaned = clean_text("\n".join(["Valley farmers win water deal", line, PROSE]))
    assert cleaned.published == expected
    assert line not in cleaned.body


def test_clean_text_publication_line_beats_yearless_dateline():
    raw = "Published: 12 March 2024\nVARNHOLT, March 11 (Reuters) - " + PROSE
    cleaned = clean_text(raw)
    assert (cleaned.published, cleaned.dateline) == (date(2024, 3, 12), "VARNHOLT")


def test_clean_text_unwraps_hard_wrapped_paragraph():
    wrapped = ("The regional council of Varnholt approved a new water-sharing\n"
               "plan on Thursday after three weeks of talks with farmers from\n"
               "the valley, who had warned that the dry season would ruin the\n"
               "barley harvest.")
    body = clean_text(wrapped).body
    assert "water-sharing plan on Thursday" in body and "\n" not in body


def test_clean_text_paragraphs_apart_by_blank_line():
    assert clean_text(f"{PROSE}\n{PROSE_2}").body == f"{PROSE}\n\n{PROSE_2}"


def test_clean_text_normalises_invisible_characters():
    body = clean_text("The\u00a0council\u200b met\u00a0 again.\r\nIt agreed.").body
    assert body == "The council met again.\n\nIt agreed."


def test_clean_text_only_boilerplate_gives_empty_body():
    assert clean_text("DONATE\nSUBSCRIBE\nShare this article").body == ""


def test_clean_text_returns_frozen_cleaned():
    cleaned = clean_text(PROSE)
    assert isinstance(cleaned, Cleaned)
    with pytest.raises(AttributeError):
        cleaned.body = "x"  # type: ignore[misc]


def test_clean_record_prints_body_without_headline():
    article = Article(doc="d1", title="Deal agreed", body=PROSE, published=date(2024, 3, 12),
                      dateline="VARNHOLT")
    assert clean_record(article) == {"doc": "d1", "title": "Deal agreed", "published": "2024-03-12",
                                     "dateline": "VARNHOLT", "text": PROSE}


def test_clean_record_null_published():
    assert clean_record(Article(doc="d2", body=PROSE))["published"] is None


def test_clean_text_strips_embed_run_into_long_paragraph():
    paragraph = " ".join([PROSE, PROSE_2, PROSE, "Crowds cheered https://t.co/Zx81Q pic.twitter.com/Hy7Lk "
                          "— River Desk (@riverdesk) May 3, 2024", PROSE_2, PROSE])
    body = clean_text(paragraph).body
    assert "t.co" not in body and "@riverdesk" not in body
    assert "Crowds cheered" in body and body.endswith(PROSE)


def test_clean_text_dateline_only_on_the_lead_paragraph():
    raw = "\n".join(["NATO - allies and partners", PROSE, "LONDON — " + PROSE_2])
    cleaned = clean_text(raw)
    assert cleaned.dateline is None
    assert "LONDON — " in cleaned.body


@pytest.mark.parametrize("box", [
    ["Sign up for the Evening Brief", "Enter your email", "Submit"],
    ["Get our newsletter", "Email address (Required)", "Thank you for signing up!"],
])
def test_clean_text_drops_sign_up_box(box):
    body = clean_text(_article(*box)).body
    assert body == f"{PROSE}\n\n{PROSE_2}"


@pytest.mark.parametrize("line, expected", [
    ("The square (Photo: AFP) filled with people.", "The square filled with people."),
    ("The square (AFP Photo) filled with people.", "The square filled with people."),
    ("The square filled (Photo by Ana Pires/Getty Images).", "The square filled."),
    ("The square [Photo courtesy of the council] filled.", "The square filled."),
    ("He sold (video games) to the council.", "He sold (video games) to the council."),
    ("Crowds (pictured) filled the square.", "Crowds (pictured) filled the square."),
])
def test_strip_inline_removes_only_credits(line, expected):
    assert strip_inline(line) == expected


@pytest.mark.parametrize("line, place", [
    ("VARNHOLT, Norland (AP) _", "VARNHOLT, Norland"),
    ("VARNHOLT, August 7 (Xinhua) --", "VARNHOLT"),
    ("WASHINGTON —", "WASHINGTON"),
])
def test_clean_text_dateline_on_its_own_line(line, place):
    cleaned = clean_text(f"{line}\n{PROSE}")
    assert (cleaned.dateline, cleaned.title) == (place, None)
    assert cleaned.body == PROSE


@pytest.mark.parametrize("text", [
    "AVON RENT-A-CAR and TRUCK Corp. said it declared a dividend of one warrant per share.",
    "NORTH-WEST farmers met on Monday to discuss the reservoir and the harvest plan.",
])
def test_clean_text_hyphenated_capitals_are_no_dateline(text):
    cleaned = clean_text(text)
    assert cleaned.dateline is None and cleaned.body == text
