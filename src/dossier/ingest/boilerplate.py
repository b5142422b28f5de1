"""What news pages wrap around an article, recognised line by line.

The rules are generic: short lines made of boilerplate vocabulary (subscription and donation
prompts, sign-up boxes, share buttons, "Related Posts"), counters, link-only lines, embedded
social-media posts, photo credits, bylines and reporting credits. A line longer than a short
sentence is never treated as boilerplate by vocabulary alone: article prose may say "subscribe".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

# Longest line (in words) that vocabulary alone may mark as boilerplate.
MAX_PROMPT_WORDS = 20
# Lines at the top where a repeated line is a repeated headline or byline.
_HEAD_LINES = 8

_WORDS = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class Line:
    """One paragraph line of the raw text, with the blank-line block it sat in."""

    text: str
    block: int

    @cached_property
    def words(self) -> int:
        return len(_WORDS.findall(self.text))


# Whole lines (case-folded, trimmed of punctuation and symbols) that are page furniture.
_FURNITURE = frozenset("""
ad|advert|advertisement|advertising|sponsored|sponsored content|paid content|promoted
share|shares|total|share this|share this article|share this story|share article|share on facebook
share on twitter|share via email|share on whatsapp|share on linkedin|copy link|link copied
tweet|email|e mail|print|comment|comments|comment on this article|view comments|leave a comment
facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok
related|related posts|related articles|related stories|related content|related news|related topics
read more|read next|read also|also read|see also|more|more stories|more news|more from|more on this
more on this story|recommended|recommended for you|recommended stories|you may also like
you might also like|you may be interested in|most read|most popular|trending|trending now|popular
top stories|latest|latest news|editor s picks|editors picks|don t miss|follow us|follow
follow on google news|menu|search|home|skip to content|skip to main content|close|back to top
scroll to top|listen|listen to this article|audio|play|video|videos|watch|watch now|loading
continue reading|story continues below|article continues below|scroll to continue
continue reading below advertisement|click to expand|expand|topics|tags|filed under|categories
photo|photos|image|images|gallery|photo gallery|caption|image caption
donate|subscribe|subscribe now|sign up|sign in|log in|login|logout|log out|register
join now|get the app|download the app|newsletter|newsletters|our newsletter
untitled required|previous|next|previous article|next article|submit|send|go
""".replace("\n", "|").strip("|").split("|"))

# Prompts in a short line: sign-up boxes, newsletters, paywalls, copyright, cookie banners.
_PROMPT = re.compile(
    r"\(required\)|\b(?:newsletters?|sign(?:ing)?[ -]?up\b|"
    r"daily (?:e-?mail|briefing|digest)|in your inbox|to your inbox|unlock (?:the|this|our)|"
    r"support (?:our|independent|quality) (?:journalism|reporting)|become a (?:member|supporter)|"
    r"already (?:a subscriber|have an account|registered)|create (?:an|a free) account|log ?in to|"
    r"click here|tap here|follow us on|download (?:our|the) app|all rights reserved|"
    r"privacy policy|terms of (?:use|service)|min(?:ute)?s? read|"
    r"view this post on instagram|a post shared by|breaking news alerts|"
    r"our standards|trust principles|is loading|enable javascript|this content is not available|"
    r"opens in new window|share (?:on|via|this)|story continues|enter your e-?mail|e-?mail address|"
    r"thank you for (?:signing up|subscribing)|like us on)",
    re.IGNORECASE)
# Words that make a prompt only in a line that is not a sentence of prose, or that opens with them
# ("Subscribe today", "Donate"): prose may say "refused to subscribe to the treaty".
_WEAK_PROMPT = re.compile(
    r"\b(?:subscri(?:be|bers?|ption)|donat(?:e|ion)s?|for free|free trial|cookies?|"
    r"register|log ?in|get the latest)\b", re.IGNORECASE)

# Counters: "7", "1.2K", "12 shares", "0 Comments", "Total 7 Shares".
_COUNTER = re.compile(
    r"^(?:total\s*)?[\d.,]+\s*[kKmM]?(?:\s*(?:shares?|comments?|likes?|views?|reactions?|votes?))?$"
    r"|^(?:shares?|comments?|likes?|views?)\s*[:\s]\s*[\d.,]+[kKmM]?$", re.IGNORECASE)
_URL = r"(?:https?://|www\.)\S+"
_LINK_ONLY = re.compile(rf"^(?:{_URL}\s*)+$", re.IGNORECASE)
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
# An embedded post: shortened links that only appear in embeds, and the "— Name (@handle) date" tail.
_EMBED_LINK = re.compile(r"\b(?:https?://)?(?:t\.co/|pic\.twitter\.com/|bit\.ly/|instagr\.am/)\S*",
                         re.IGNORECASE)
_INLINE_TWEET_TAIL = re.compile(
    r"\s[—–-]{1,2}\s*[^()\n]{0,60}\(@\w{1,30}\)\s*(?:\w+\.? \d{1,2},? \d{4})?(?=\s|$)")
# A post's text is short: a longer line holding embed links is a paragraph with an embed run in.
_MAX_EMBED_WORDS = 70
_SPACES = re.compile(r"[ \t]{2,}")
_TWEET_TAIL = re.compile(
    r"(?:^|\s)[—–-]{1,2}\s*[^()\n]{0,60}\(@\w{1,30}\)\s*(?:\w+\.? \d{1,2},? \d{4})?\s*$")
# Credits of photographs, inline and as whole or trailing parts of a caption line.
_AGENCIES = (r"AFP|Reuters|REUTERS|AP|EPA|EPA-EFE|Getty Images|Getty|Shutterstock|Alamy|"
             r"Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Bloomberg|PA|PA Media|dpa|ANSA|UPI|NurPhoto|"
             r"SOPA Images|Associated Press|Agence France-Presse")
_INLINE_CREDIT = re.compile(
    r"\s*[(\[](?:(?:file\s+)?(?:photo|image|picture|photograph|video|credit)s?"
    r"(?:\s*(?::|/|by\b|courtesy\b|credit\b)[^)\]]{0,100})?"
    rf"|(?:{_AGENCIES})(?:\s*/\s*[^)\]]{{0,60}}|\s+(?:photo|file|via [^)\]]{{0,40}})))[)\]]",
    re.IGNORECASE)
_CAPTION_TAIL = re.compile(
    r"(?:©|\(c\)\s|\b(?:photo(?:graph)?|picture|image|credit)s?\s*(?::|by)\s|\bimage source,)"
    r"[^.!?]{0,100}$"
    rf"|(?:/|\bvia\s+)\s*(?:{_AGENCIES})\s*(?:/\s*[\w.' -]{{0,40}})?$"
    r"|(?-i:\b[A-Z]{2,}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})$", re.IGNORECASE)
_CAPTION_TAIL_CHARS = 160  # a credit is short: only a line's end is searched
_CREDIT_ONLY = re.compile(
    rf"^(?:(?:photo(?:graph)?|picture|image|credit|source|image source|file photo)s?\s*[:,]?\s*)?"
    rf"(?:©\s*)?(?:[\w.' -]{{0,40}}/)?(?:{_AGENCIES})(?:\s*(?:/|via)\s*[\w.' -]{{0,40}})?"
    rf"(?:\s+(?:photo|file))?$", re.IGNORECASE)
_CAPTION_LABEL = re.compile(r"^(?:image caption|caption|photo|image)\s*[:,]", re.IGNORECASE)
# Reporting credits that close wire stories, and bylines.
_CREDITS = re.compile(
    r"^\(?(?:additional |with additional )?(?:reporting|writing|editing|edited|compiled|"
    r"contributing|research|produced|written|translated) by\b", re.IGNORECASE)
_TRAILING_CREDITS = re.compile(
    r"\s*\((?:additional )?(?:reporting|writing|editing|compiled) by [^)]{0,300}\)\s*$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?i:by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|da|van|von|bin|al|el|la|,))*"
    r"(?:\s*[,|/–—-]\s*[\w.'’ &-]{0,60})?$")
_AGENCY_ONLY = re.compile(rf"^(?:{_AGENCIES}|IRNA|Interfax|Yonhap|Kyodo|EFE|Staff|Staff writer|"
                          rf"Reuters Staff|AFP/File|Wire services|News desk|Agencies)$", re.IGNORECASE)
# Prefixed teasers to other stories: "READ MORE: …", "Also read: …", "Related: …".
_TEASER = re.compile(r"^(?:read more|read also|also read|see also|related|more|watch|listen|"
                     r"recommended|must read|don'?t miss|click here)\s*[:|>»-]", re.IGNORECASE)
# Headings that open a list of links to other stories; the list runs to the next prose.
_LINK_LIST_HEADING = re.compile(
    r"^(?:related(?: posts| articles| stories| content| news| coverage| reading)?|read more|read next|"
    r"more (?:stories|news|from|on this(?: story)?|to read)|you may also like|you might also like|"
    r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed)|trending(?: now)?|"
    r"top stories|editor'?s picks|latest(?: news| stories)?|what to read next)\b[\W]*$", re.IGNORECASE)


def fold(text: str) -> str:
    """A line's comparison key: case-folded words, punctuation and spacing ignored."""
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def strip_inline(text: str) -> str:
    """Remove inline credits from a line: "(Photo: AFP)", "(Reporting by …)"; in a long line
    (an embed run into a paragraph), the embed's links and "— Name (@handle) date" tail."""
    text = _INLINE_CREDIT.sub("", text)
    text = _TRAILING_CREDITS.sub("", text)
    if len(_WORDS.findall(text)) > _MAX_EMBED_WORDS:
        text = _EMBED_LINK.sub("", text)
        text = _INLINE_TWEET_TAIL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def boilerplate_reason(text: str) -> str | None:
    """Why a line, on its own, is not article text (a short label), or None if it may be."""
    words = len(_WORDS.findall(text))
    if not words or _SYMBOLS_ONLY.match(text):
        return "symbols"
    if _LINK_ONLY.match(text):
        return "link"
    if _COUNTER.match(text.strip()):
        return "counter"
    if words <= _MAX_EMBED_WORDS and (_EMBED_LINK.search(text) or _TWEET_TAIL.search(text)):
        return "embed"
    if _CREDITS.match(text):
        return "credits"
    if words > MAX_PROMPT_WORDS * 2:
        return None
    if _CAPTION_LABEL.match(text) or _CREDIT_ONLY.match(text.strip()):
        return "photo credit"
    if words > MAX_PROMPT_WORDS:
        return None
    if fold(text) in _FURNITURE:
        return "furniture"
    if _AGENCY_ONLY.match(text.strip()):
        return "byline"
    if _BYLINE.match(text.strip()) and words <= 12 and not text.rstrip().endswith("."):
        return "byline"
    if _TEASER.match(text):
        return "teaser"
    if _PROMPT.search(text):
        return "prompt"
    weak = _WEAK_PROMPT.search(text)
    if weak and (weak.start() == 0 or not (words >= 12 and ends_sentence(text))):
        return "prompt"
    return None


def is_caption(text: str) -> bool:
    """A caption line: it ends with a photo credit ("… © Name/AFP/Getty Images")."""
    return bool(_CAPTION_TAIL.search(text.rstrip(" .")[-_CAPTION_TAIL_CHARS:]))


def is_link_list_heading(text: str) -> bool:
    return bool(_LINK_LIST_HEADING.match(text.strip()))


def ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][\"”’')\]]*$|[\"”’]$", text.rstrip()))


def is_prose(line: Line) -> bool:
    """A line that reads as running text rather than a label or a headline."""
    return line.words >= 12 and ends_sentence(line.text)


def remove_boilerplate(lines: list[Line]) -> list[Line]:
    """Drop boilerplate lines, using their neighbours where one line alone cannot tell:
    a caption's title line, a list of links under a "Related" heading, repeated lines."""
    kept: list[Line] = []
    seen: set[str] = set()
    in_link_list = False
    for line in lines:
        if _EMBED_LINK.search(line.text) and boilerplate_reason(line.text) == "embed":
            continue  # before strip_inline, which would take the embed's own marks off
        text = strip_inline(line.text)
        if not text:
            continue
        line = Line(text, line.block)
        if in_link_list:
            if is_prose(line):
                in_link_list = False
            else:
                continue
        if is_link_list_heading(text):
            in_link_list = True
            continue
        if boilerplate_reason(text):
            continue
        if is_caption(text) and line.words <= 60:
            # The caption's own title, a short unpunctuated line just above it, goes too.
            if kept and kept[-1].block == line.block and not ends_sentence(kept[-1].text) \
                    and kept[-1].words <= MAX_PROMPT_WORDS:
                kept.pop()
            continue
        key = fold(text)
        if (kept and fold(kept[-1].text) == key) or (key in seen and len(kept) < _HEAD_LINES):
            continue  # a headline or byline printed twice; further down, repeats may be content
        seen.add(key)
        kept.append(line)
    return kept
