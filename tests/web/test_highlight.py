"""Cutting a text where marks begin and end: every piece knows the marks over it, the text
comes back whole, and marks past the ends are cut, not lost or misplaced."""

from __future__ import annotations

from dossier.web.highlight import Mark, around, pieces

TEXT = "Troops crossed the river at dawn, officials in the capital said."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def test_pieces_rebuild_the_text_and_carry_nested_marks():
    marks = [Mark("evidence", 0, len(TEXT)), Mark("trigger", *_span("crossed"), "MOVE"),
             Mark("actor", *_span("Troops"), "Army")]
    out = pieces(TEXT, marks)
    assert "".join(p.text for p in out) == TEXT
    by_text = {p.text: p.kinds for p in out}
    assert by_text["crossed"] == ("evidence", "trigger")
    assert by_text["Troops"] == ("evidence", "actor")
    assert out[0].first and sum(p.first for p in out) == 1


def test_marks_past_the_text_are_cut_and_empty_ones_dropped():
    out = pieces(TEXT[:10], [Mark("evidence", -5, 200), Mark("time", 50, 60), Mark("place", 3, 3)])
    assert [(p.text, p.kinds) for p in out] == [(TEXT[:10], ("evidence",))]


def test_no_marks_is_one_plain_piece():
    assert [(p.text, p.kinds) for p in pieces(TEXT, [])] == [(TEXT, ())]


def test_the_window_keeps_the_paragraph_of_the_span():
    text = "First paragraph here.\n\n" + TEXT + "\n\nLast one."
    start = text.index("crossed")
    lo, hi = around(text, start, start + 7)
    assert text[lo:hi] == TEXT
