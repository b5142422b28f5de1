"""``KnowledgeBase.aliases_at`` (indexed by folded form) finds what a scan of every alias finds."""

from dossier.kb import KnowledgeBase, fold


def _scan(kb: KnowledgeBase, folded: str, start: int) -> list:
    every = [a for bucket in kb._aliases.values() for a in bucket]
    return sorted((a for a in every if a.folded and folded.startswith(a.folded, start)),
                  key=lambda a: -len(a.folded))


def test_aliases_at_matches_a_scan_of_every_alias():
    kb = KnowledgeBase.from_files()
    text = fold("The US and the UK said Iran, Russia and the United Nations met in Washington. US")
    for start in range(len(text) + 1):
        assert kb.aliases_at(text, start) == _scan(kb, text, start), text[start:start + 20]
    assert kb.aliases_at(text, text.index("united nations"))  # the scan is not vacuous
