"""The rule ids behind a mention are shown (--explain), exported and stored."""

from __future__ import annotations

import io
import json

from store_support import article, full_mention, mention

from dossier.export import write_mentions
from dossier.render import mention_table
from dossier.store import Database


def test_explain_shows_the_rules():
    table = mention_table([full_mention(), mention()], explain=True)
    assert "    rules: trigger.verb, actor.nsubj, recipient.dobj, status.claim" in table
    assert "    rules: -" in table  # a mention stored before rule ids
    assert "rules:" not in mention_table([full_mention()])


def test_export_and_store_keep_the_rules(tmp_path):
    out = io.StringIO()
    write_mentions([full_mention()], "jsonl", out)
    assert json.loads(out.getvalue())["rules"] == list(full_mention().rules)
    with Database.open(str(tmp_path / "r.db")) as db:
        db.add_article(article(), [full_mention()])
        (stored,) = db.mentions()
    assert stored.rules == full_mention().rules
