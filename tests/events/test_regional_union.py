"""A region's adjective on goods, markets and the like ("tariffs on European pork") is the
union the story names (the knowledge base's `union`: EUR -> EU), not the region; before a
place or people of the region ("European countries", "the European continent", "European
consumers") and in a story that never names the union it stays the region.
Real parses with hand-made actor mentions; every sentence is invented."""

from __future__ import annotations

import pytest
from events_support import hand_dyads


pytestmark = pytest.mark.slow

ACTORS = {"European Union": ("organization", "EU"), "Beijing": ("country", "CHN"),
          "China": ("country", "CHN"), "Russia": ("country", "RUS")}
UNION = "The European Union raised duties on Chinese steel on Monday. "


def dyads(nlp, text: str) -> set[tuple]:
    return hand_dyads(nlp, text, ACTORS)


@pytest.mark.parametrize("text, expected", [
    (UNION + "Beijing said it could retaliate with tariffs on European pork.",
     ("THREATEN", "CHN", "EU")),
    (UNION + "China imposed tariffs on European brandy on Thursday.", ("SANCTION", "CHN", "EU")),
    # a repeated preposition: both objects are the act's ("on X and on Y")
    (UNION + "China imposed tariffs on Australian wine and on European brandy on Thursday.",
     ("SANCTION", "CHN", "EU")),
])
def test_goods_of_the_named_union(nlp, text, expected):
    assert expected in dyads(nlp, text), dyads(nlp, text)


@pytest.mark.parametrize("text, unwanted", [
    # the union never named: the region
    ("China imposed tariffs on European brandy on Thursday.", ("SANCTION", "CHN", "EU")),
    # a place or people of the region
    (UNION + "Russia threatened the European continent with missiles on Friday.",
     ("THREATEN", "RUS", "EU")),
    (UNION + "China accused European consumers of hypocrisy on Tuesday.",
     ("ACCUSE", "CHN", "EU")),
])
def test_not_the_union(nlp, text, unwanted):
    assert unwanted not in dyads(nlp, text), dyads(nlp, text)
