"""Hypothesis strategies for the inputs analysts really collect: broken, mis-encoded, empty,
huge-lined, wrongly typed. A generated folder mixes good articles (which must all be stored)
with bad files and bad JSON Lines records (which must each be skipped with a reason).

Used by the fuzz tests (bounded) and by bench/fuzz.py (10,000 inputs)."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

# sentences of invented news, so that a good article is one the pipeline can analyse
_SENTENCES = [
    "Officials in the capital said talks on the border dispute would resume on Monday.",
    "The minister met her counterpart in Geneva to discuss grain exports.",
    "Protesters gathered outside parliament on Friday, police said.",
    "The government announced new sanctions on three shipping firms.",
    "Rebels attacked an army post near the northern border overnight.",
]
_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@dataclass
class Folder:
    """What a generated folder holds: file name -> bytes, and the ids of its good records."""

    files: dict[str, bytes] = field(default_factory=dict)
    good_ids: set[str] = field(default_factory=set)

    def write(self, root: Path) -> None:
        for name, data in self.files.items():
            (root / name).write_bytes(data)


@st.composite
def good_text(draw) -> str:
    picked = draw(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=4))
    return " ".join(picked) + " " + draw(st.sampled_from(["", "It was the third such meeting."]))


def _bad_record(draw) -> str:
    """One JSON Lines line that is no article: each kind of mistake in turn."""
    kind = draw(st.sampled_from(["broken", "text-int", "text-list", "no-text", "empty-text",
                                 "array", "number", "nul", "only-html-script"]))
    if kind == "broken":
        return '{"id": "x", "text": "cut off'
    if kind == "text-int":
        return json.dumps({"id": draw(_WORDS), "text": 5})
    if kind == "text-list":
        return json.dumps({"id": "l", "text": ["a", "b"]})
    if kind == "no-text":
        return json.dumps({"id": "n", "title": "A title only"})
    if kind == "empty-text":
        return json.dumps({"id": "e", "text": "   "})
    if kind == "array":
        return "[1, 2, 3]"
    if kind == "number":
        return "42"
    if kind == "nul":
        return '{"id": "z", "text": "\x00\x00"}'
    return json.dumps({"id": "s", "html": "<html><script>var a = 1;</script></html>"})


@st.composite
def jsonl_file(draw, prefix: str) -> tuple[bytes, set[str]]:
    """JSON Lines mixing good records (unique ids, odd metadata allowed) with bad lines."""
    lines, good = [], set()
    for n in range(draw(st.integers(0, 6))):
        if draw(st.booleans()):
            doc = f"{prefix}-{n}"
            record = {"id": doc, "text": draw(good_text())}
            # metadata of every kind: wrong, missing, far in the past or the future
            record |= draw(st.fixed_dictionaries({}, optional={
                "published": st.sampled_from(["yesterday", "1900-01-01", "2100-12-31", "", 7,
                                              "2024-02-30", None, "2024-05-06"]),
                "title": st.one_of(st.none(), st.integers(), _WORDS),
                "url": st.sampled_from(["not a url", "https://example.org/a", 3]),
                "outlet": st.one_of(st.none(), _WORDS)}))
            lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
            good.add(doc)
        else:
            lines.append(_bad_record(draw))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines).encode("utf-8"), good


@st.composite
def bad_bytes(draw) -> bytes:
    """Content that is no article: binary, empty, blank, NUL bytes, bad UTF-8, scripts only,
    deep or unclosed HTML, one very long line."""
    kind = draw(st.sampled_from(["binary", "empty", "blank", "nul", "bad-utf8", "script-only",
                                 "deep-html", "unclosed-html", "long-line", "latin1", "utf16"]))
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=300))
    if kind == "empty":
        return b""
    if kind == "blank":
        return b" \n\t\n  \r\n"
    if kind == "nul":
        return b"\x00" * draw(st.integers(1, 50))
    if kind == "bad-utf8":
        return b"Talks resumed \xff\xfe\xfa on Monday \xc3("
    if kind == "script-only":
        return b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>"
    if kind == "deep-html":
        depth = draw(st.integers(100, 3000))
        return (b"<div>" * depth) + b"Talks resumed." + (b"</div>" * depth)
    if kind == "unclosed-html":
        return b"<html><body><p>Talks resumed on Monday<div><p><table><tr><td>"
    if kind == "long-line":
        return b"word " * draw(st.integers(1000, 200_000))
    if kind == "latin1":
        return draw(good_text()).replace("minister", "ministère").encode("latin-1", "replace")
    return draw(good_text()).encode("utf-16")


@st.composite
def folders(draw) -> Folder:
    """A folder of 1-6 files: good and bad, plain or gzip (whole or truncated)."""
    folder = Folder()
    for n in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["jsonl", "txt", "html", "bad"]))
        if kind == "jsonl":
            data, good = draw(jsonl_file(f"f{n}"))
            folder.good_ids |= good
            name = f"f{n}.jsonl"
        elif kind == "txt":
            data, name = draw(good_text()).encode("utf-8"), f"f{n}.txt"
            folder.good_ids.add(f"f{n}")
        elif kind == "html":
            body = draw(good_text())
            data = f"<html><head><title>T{n}</title></head><body><p>{body}</p></body></html>".encode()
            name = f"f{n}.html"
            folder.good_ids.add(f"f{n}")
        else:
            data, name = draw(bad_bytes()), f"f{n}.{draw(st.sampled_from(['txt', 'html', 'jsonl']))}"
        if draw(st.integers(0, 4)) == 0:  # some files gzip-compressed, some of those cut short
            data = gzip.compress(data)
            if kind == "bad" and draw(st.booleans()):
                data = data[: max(2, len(data) // 2)]
            name += ".gz"
        folder.files[name] = data
    return folder
