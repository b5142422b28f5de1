"""read_inputs: files, directories, gzip, JSON Lines, stdin, names, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

import dossier.ingest
from dossier.ingest import read_inputs
from dossier.model import Article, Skipped

PROSE = ("The harbour authority of Qelmar reopened the eastern pier on Friday after engineers "
         "repaired the storm damage, the port's director told reporters.")
PROSE_2 = ("Fishing crews had been unable to land their catch for nine days, and several boats "
           "moved to the neighbouring town of Vessa in the meantime.")
STORY = f"Eastern pier reopens in Qelmar\n\n{PROSE}\n\n{PROSE_2}\n"
PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Eastern pier reopens in Qelmar | Coast Courier</title>
<meta property="og:title" content="Eastern pier reopens in Qelmar">
<meta property="article:published_time" content="2023-05-06T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Eastern pier reopens in Qelmar</h1>
<p>{PROSE}</p><p>{PROSE_2}</p>
<p>The director said a second pier would be inspected next week, and that repairs there could take
until the end of the summer if the weather stayed rough along the coast.</p>
</article>
<footer><p>Sign up for our newsletter</p><p>© 2023 Coast Courier. All rights reserved.</p></footer>
</body></html>"""


def _items(paths, **kwargs) -> list[Article | Skipped]:
    return list(read_inputs([str(p) for p in paths], **kwargs))


def _articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _skipped(items) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


def test_ingest_public_api_is_pinned():
    assert sorted(dossier.ingest.__all__) == ["Cleaned", "PassedOver", "Record", "clean_html", "clean_record",
                                              "clean_text", "read_inputs", "read_records"]


def test_read_inputs_text_file(tmp_path):
    path = tmp_path / "pier.txt"
    path.write_text(STORY, encoding="utf-8")
    [article] = _items([path])
    assert article.doc == "pier"
    assert article.title == "Eastern pier reopens in Qelmar"
    assert article.body == f"{PROSE}\n\n{PROSE_2}"
    assert article.origin == str(path)


def test_read_inputs_html_file_uses_page_metadata(tmp_path):
    path = tmp_path / "pier.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = _items([path])
    assert article.title == "Eastern pier reopens in Qelmar"
    assert article.published == date(2023, 5, 6)
    assert PROSE in article.body and PROSE_2 in article.body
    assert "newsletter" not in article.body and "Subscribe" not in article.body
    assert not article.body.startswith("Eastern pier")


@pytest.mark.parametrize("name, content", [
    ("pier.txt.gz", STORY),
    ("pier.html.gz", PAGE),
    ("pier.htm.gz", PAGE),
])
def test_read_inputs_gzip(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(gzip.compress(content.encode("utf-8")))
    [article] = _items([path])
    assert article.doc == "pier"
    assert PROSE in article.body


def test_read_inputs_jsonl_gzip(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"id": "j1", "text": PROSE}) + "\n").encode()))
    [article] = _items([path])
    assert (article.doc, article.body, article.origin) == ("j1", PROSE, f"{path}:1")


def test_read_inputs_jsonl_metadata_wins_over_detected(tmp_path):
    record = {"id": "q-7", "text": f"Published: 1 June 2020\nQELMAR, June 1 (Reuters) - {PROSE}",
              "title": "Pier reopens", "published": "2023-05-06", "url": "https://example.org/p",
              "outlet": "Coast Courier"}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = _items([path])
    assert article.doc == "q-7"
    assert article.title == "Pier reopens"
    assert article.published == date(2023, 5, 6)
    assert article.dateline == "QELMAR"
    assert (article.url, article.outlet) == ("https://example.org/p", "Coast Courier")
    assert article.body == PROSE


@pytest.mark.parametrize("published, expected", [
    ("2023-05-06", date(2023, 5, 6)),
    ("2023-05-06T23:10:00", date(2023, 5, 6)),
    ("2023-05-06T23:10:00Z", date(2023, 5, 6)),
    ("2023-05-06T23:10:00-05:00", date(2023, 5, 6)),
    ("May 6, 2023", date(2023, 5, 6)),
    ("not a date", None),
])
def test_read_inputs_jsonl_published_date_part(tmp_path, published, expected):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": PROSE, "published": published}) + "\n")
    [article] = _items([path])
    assert article.published == expected


def test_read_inputs_jsonl_html_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "h1", "html": PAGE}) + "\n", encoding="utf-8")
    [article] = _items([path])
    assert article.title == "Eastern pier reopens in Qelmar" and PROSE in article.body


def test_read_inputs_jsonl_bad_lines_skipped_others_kept(tmp_path):
    lines = [json.dumps({"id": "ok1", "text": PROSE}), "{not json", json.dumps({"id": "nt"}),
             json.dumps({"id": "blank", "text": "   "}), "[1, 2]", "",
             json.dumps({"id": "ok2", "text": PROSE_2})]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items([path])
    assert [a.doc for a in _articles(items)] == ["ok1", "ok2"]
    skipped = {s.origin: s.reason for s in _skipped(items)}
    assert set(skipped) == {f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"}
    assert "JSON" in skipped[f"{path}:2"]
    assert "text" in skipped[f"{path}:3"]


def test_read_inputs_directory_recursive_sorted_with_name_collision(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "b.txt").write_text(PROSE_2)
    (root / "story.txt").write_text(PROSE)
    (root / "sub" / "story.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    (root / ".cache" / "hidden.txt").write_text(PROSE)
    items = _items([root])
    assert [a.doc for a in _articles(items)] == ["b", "story", "sub/story"]
    assert [a.origin for a in items] == [str(root / "b.txt"), str(root / "story.txt"),
                                         str(root / "sub" / "story.html.gz")]


def test_read_inputs_same_file_twice_keeps_its_name(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(PROSE)
    assert [a.doc for a in _articles(_items([path, path]))] == ["story", "story"]


def test_read_inputs_collision_between_given_files(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(PROSE)
    docs = [a.doc for a in _articles(_items([tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"]))]
    assert docs[0] == "story" and docs[1] != "story" and docs[1].endswith("b/story")


def test_read_inputs_stdin_text():
    [article] = list(read_inputs(["-"], stdin=io.StringIO(STORY)))
    assert (article.doc, article.title, article.origin) == ("stdin", "Eastern pier reopens in Qelmar",
                                                            "<stdin>")


def test_read_inputs_stdin_jsonl():
    feed = "\n".join(json.dumps({"id": f"s{i}", "text": t}) for i, t in enumerate([PROSE, PROSE_2]))
    items = list(read_inputs(["-"], stdin=io.StringIO(feed)))
    assert [(a.doc, a.origin) for a in items] == [("s0", "<stdin>:1"), ("s1", "<stdin>:2")]


def test_read_inputs_stdin_binary_stream_with_gzip():
    class Stream(io.StringIO):
        buffer = io.BytesIO(gzip.compress(STORY.encode()))

    [article] = list(read_inputs(["-"], stdin=Stream()))
    assert article.body == f"{PROSE}\n\n{PROSE_2}"


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    ("latin.txt", "Caf\u00e9 owners met the mayor.".encode("cp1252"), "UTF-8"),
    ("broken.txt.gz", b"\x1f\x8b\x08\x00garbage", "gzip"),
    ("notgzip.html.gz", b"<html>plain</html>", "gzip"),
    ("chrome.txt", b"DONATE\nSUBSCRIBE\nShare this article\n", "no article text"),
    ("nothing.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
])
def test_read_inputs_bad_file_skipped_with_reason(tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(PROSE)
    items = _items([path, good])
    [skipped] = _skipped(items)
    assert skipped.origin == str(path)
    assert reason.lower() in skipped.reason.lower()
    assert [a.doc for a in _articles(items)] == ["good"]  # the batch goes on


def test_read_inputs_missing_path_skipped(tmp_path):
    [skipped] = _items([tmp_path / "nowhere.txt"])
    assert skipped == Skipped(str(tmp_path / "nowhere.txt"), "no such file or directory")


def test_read_inputs_unreadable_file_skipped(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(PROSE)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    [skipped] = _items([path])
    assert "Permission denied" in skipped.reason


def test_read_inputs_unknown_extension_sniffed(tmp_path):
    (tmp_path / "feed.dat").write_text(json.dumps({"id": "x1", "text": PROSE}) + "\n")
    (tmp_path / "page.xyz").write_text(PAGE)
    (tmp_path / "README").write_text(PROSE)
    items = _items([tmp_path / "feed.dat", tmp_path / "page.xyz", tmp_path / "README"])
    assert [a.doc for a in _articles(items)] == ["x1", "page", "README"]
    assert _articles(items)[1].title == "Eastern pier reopens in Qelmar"


def test_read_inputs_utf8_bom_and_utf16(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + PROSE.encode())
    (tmp_path / "wide.txt").write_bytes(PROSE.encode("utf-16"))
    assert [a.body for a in _articles(_items([tmp_path / "bom.txt", tmp_path / "wide.txt"]))] == [PROSE] * 2


def test_read_inputs_empty_directory_skipped(tmp_path):
    (tmp_path / "none").mkdir()
    [skipped] = _items([tmp_path / "none"])
    assert "no files" in skipped.reason


def test_read_inputs_unlistable_subdirectory_skipped_rest_read(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text(PROSE)
    real_walk = os.walk

    def walk(top, onerror=None):  # as os.walk does when it may not list "locked"
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        for folder, subfolders, names in real_walk(top):
            subfolders[:] = [d for d in subfolders if d != "locked"]
            yield folder, subfolders, names

    monkeypatch.setattr(os, "walk", walk)
    items = _items([tmp_path])
    assert [a.doc for a in _articles(items)] == ["ok"]
    assert [s.origin for s in _skipped(items)] == [str(tmp_path / "locked")]
    assert "Permission denied" in _skipped(items)[0].reason


def test_read_inputs_jsonl_keeps_line_separator_inside_strings(tmp_path):
    text = f"{PROSE}\u2028{PROSE_2}"
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    [article] = _items([path])
    assert article.doc == "u" and PROSE_2 in article.body
