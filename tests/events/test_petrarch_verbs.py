"""The verb lexicon derived from PETRARCH2's CAMEO dictionary: how it is read, and that the
hand-written triggers always win over it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

from dossier.events.lexicon import load_lexicon, with_derived_verbs

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "dossier" / "events" / "data"


def _script():
    spec = importlib.util.spec_from_file_location("petrarch_verbs", ROOT / "scripts" / "petrarch_verbs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = """\
####### VERB PATTERNS #######

---  SEIZE_LAND   [---]  ---
OCCUPY [192]
OVERRUN
- * (INTO)                                            [192]         # OVERRUN

---  SCOLD   [111]  ---
+TELL_OFF {+TELLS_OFF +TOLD_OFF }
SCOLD  # a comment
RE_SCOLD
KILLED_AND
- * SANCTIONS                                         [163]         # SCOLD
- * DOWN                                              [173]         # SCOLD

######## TRANSFORMATIONS ##########
"""

CAMEO = {"192": ["COERCE", "occupy"], "111": ["ACCUSE", "disapprove"], "173": ["COERCE", "arrest"],
         "163": ["SANCTION", "embargo"]}


def test_script_keeps_plain_verbs_and_particle_patterns_only():
    script = _script()
    verbs = script.derive(script.parse_blocks(SAMPLE), CAMEO, {})
    assert verbs["occupy"]["type"] == "COERCE" and verbs["occupy"]["cameo"] == "192"
    assert "overrun" not in verbs  # a block without a code gives its bare verbs none
    assert verbs["overrun into"]["recipient"][0] == "into"
    assert verbs["scold"]["cameo"] == "111" and verbs["tell off"]["type"] == "ACCUSE"
    assert verbs["scold down"]["cameo"] == "173"
    assert not any(k.startswith(("re", "killed")) for k in verbs)
    assert not any("sanctions" in k for k in verbs)  # object patterns are left to people


def test_stoplist_drops_codes_blocks_and_lemmas():
    script = _script()
    blocks = script.parse_blocks(SAMPLE)
    assert "occupy" not in script.derive(blocks, CAMEO, {"codes": ["192"]})
    assert "scold" not in script.derive(blocks, CAMEO, {"blocks": ["SCOLD"]})
    kept = script.derive(blocks, CAMEO, {"lemmas": ["scold"]})
    assert "scold" not in kept and "scold down" not in kept and "tell off" in kept


def test_hand_entries_own_their_head_lemma():
    hand = {"verbs": {"give": {"type": "AID"}, "meet|demand": {"type": "CONCEDE"}}}
    derived = {"verbs": {"give up": {"type": "CONCEDE"}, "meet": {"type": "CONSULT"},
                         "scold": {"type": "ACCUSE"}}}
    merged = with_derived_verbs(hand, derived)["verbs"]
    assert set(merged) == {"give", "meet|demand", "scold"}
    assert merged["give"] == {"type": "AID"}


def test_shipped_derived_file_records_its_provenance_and_loads():
    derived = yaml.safe_load((DATA / "petrarch_verbs.yaml").read_text(encoding="utf-8"))
    provenance = derived["provenance"]
    assert len(provenance["sha256"]) == 64 and "MIT" in provenance["licence"]
    assert provenance["entries"] == len(derived["verbs"])
    hand = yaml.safe_load((DATA / "triggers.yaml").read_text(encoding="utf-8"))["verbs"]
    lexicon = load_lexicon()
    for key, spec in hand.items():  # every hand rule is still there, unchanged in type
        head = key.split("|")[0].split()[0]
        assert any(r.key == key and r.type == spec["type"] for r in lexicon.verbs[head])
    assert "sentence" in lexicon.verbs and lexicon.verbs["sentence"][0].type == "COERCE"
