"""Derive verb triggers from PETRARCH2's CAMEO verb dictionary.

usage: python scripts/petrarch_verbs.py [--source CAMEO.2.0.txt] [--out FILE] [--date YYYY-MM-DD]

Reads the verb blocks of PETRARCH2's ``CAMEO.2.0.txt`` (Open Event Data Alliance, MIT licence)
and writes ``src/dossier/events/data/petrarch_verbs.yaml``: for each verb lemma (or verb +
particle) the CAMEO code PETRARCH gives it, mapped to a PLOVER type and mode through our own
``cameo.yaml``. Kept are only

* verbs listed in a block, with their own code or the block's default code, and
* multi-word verbs and patterns made of the verb and one particle or preposition
  ("- * DOWN [173] # CLAMP" gives "clamp down"),

whose code maps to a PLOVER type. Patterns that need an object ("- * SANCTIONS") are left
out: our trigger format states those as object classes, which a person should write.
``petrarch_stoplist.yaml`` (next to the output) names the lemmas and whole blocks that are
too generic for news ("say", "go", "take"): they are dropped here, so the derived file holds
exactly what the lexicon loads. Hand-written entries in ``triggers.yaml`` always win over
this file (see ``dossier.events.lexicon``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import re
import sys
from pathlib import Path

import yaml

from dossier.events.schema import read_checked

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dossier" / "events" / "data"
DEFAULT_SOURCE = ROOT.parent / "shared" / "lexicons" / "petrarch2" / "CAMEO.2.0.txt"
SOURCE_URL = "https://github.com/openeventdata/petrarch2 (petrarch2/data/dictionaries/CAMEO.2.0.txt)"
LICENCE = "MIT (c) 2015 Open Event Data Alliance"

# words that may follow a verb as its particle or preposition in a derived key
PARTICLES = {"up", "down", "out", "off", "in", "on", "against", "with", "to", "for", "over",
             "away", "back", "into", "from", "at", "across", "through", "around"}
# prepositions that introduce the party an act is aimed at ("lobby against X")
RECIPIENT_PREPS = {"against", "with", "to", "into", "on", "from", "at", "for", "over"}
# types scored without direction: the other party may also stand after "with"
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# a derived rule is weaker evidence than a hand-written one
CONFIDENCE = 0.45

_HEADER = re.compile(r"^---\s+(?P<name>\S+)\s+\[(?P<code>[^\]]*)\]")
_VERB = re.compile(r"^(?P<plus>\+)?(?P<word>[A-Z][A-Z_\-]*)\s*(?:\{[^}]*\})?\s*(?:\[(?P<code>[^\]]*)\])?")
_PATTERN = re.compile(r"^-\s+\*\s+\(?(?P<word>[A-Z]+)\)?\s*(?:[+$]\s*)?\[(?P<code>[^\]]*)\]"
                      r"\s*(?:#\s*(?P<verb>[A-Z_]+))?")


def parse_blocks(text: str) -> list[dict]:
    """The verb blocks: ``{"name", "code", "verbs": [(word, code)], "patterns": [(verb, word, code)]}``."""
    body = text.split("####### VERB PATTERNS #######", 1)[1]
    body = body.split("######## TRANSFORMATIONS", 1)[0]
    blocks: list[dict] = []
    for raw in body.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("- ") else raw.rstrip()
        if not line.strip():
            continue
        if m := _HEADER.match(line):
            blocks.append({"name": m["name"], "code": m["code"].strip(), "verbs": [], "patterns": []})
        elif not blocks:
            continue
        elif line.startswith("- "):
            if m := _PATTERN.match(line):
                blocks[-1]["patterns"].append((m["verb"], m["word"], m["code"].strip()))
        elif m := _VERB.match(line.strip()):
            blocks[-1]["verbs"].append((m["word"], bool(m["plus"]), (m["code"] or "").strip()))
    return blocks


def verb_key(word: str, multi: bool) -> str | None:
    """Our lexicon key for a dictionary verb: "SHOOT_DOWN" -> "shoot down"; None when the
    entry is no plain verb or verb + particle (inflected forms, conjunctions, "RE_" stems)."""
    parts = [p for p in word.lower().split("_") if p]
    if not parts or not all(re.fullmatch(r"[a-z][a-z\-]*", p) for p in parts):
        return None
    if word.startswith("RE_") or word.endswith("_") and not multi:
        return None
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and parts[1] in PARTICLES:
        return " ".join(parts)
    return None


def cameo_code(code: str, cameo: dict[str, list]) -> str | None:
    """The code as our mapping knows it: the source side of "042:043", a sub-code cut to
    its three-digit family when the mapping lacks it; None for "---" and unknown codes."""
    code = code.split(":", 1)[0].strip()
    if not re.fullmatch(r"\d{3,4}", code):
        return None
    if code in cameo:
        return code
    return code[:3] if code[:3] in cameo else None


def rule_for(key: str, code: str, cameo: dict[str, list]) -> dict:
    type_, mode = cameo[code]
    recipient = ["dobj"]
    words = key.split()
    if len(words) == 2 and words[1] in RECIPIENT_PREPS:
        recipient = [words[1], "dobj"]
    if type_ in SYMMETRIC and "with" not in recipient:
        recipient.append("with")
    rule = {"type": type_}
    if mode:
        rule["mode"] = mode
    rule.update({"cameo": code, "recipient": recipient, "confidence": CONFIDENCE})
    return rule


def derive(blocks: list[dict], cameo: dict[str, list], stop: dict) -> dict[str, dict]:
    """Lexicon entries by key; a key coded differently by two blocks keeps the first code."""
    stop_lemmas = {str(x).lower() for x in stop.get("lemmas", ())}
    stop_blocks = {str(x).upper() for x in stop.get("blocks", ())}
    stop_codes = {str(x) for x in stop.get("codes", ())}
    stop_types = {str(x) for x in stop.get("types", ())}
    out: dict[str, dict] = {}

    def add(key: str | None, raw_code: str) -> None:
        code = cameo_code(raw_code, cameo)
        if key is None or code is None or key in out:
            return
        if key in stop_lemmas or key.split()[0] in stop_lemmas or code in stop_codes \
                or cameo[code][0] in stop_types:
            return
        out[key] = rule_for(key, code, cameo)

    for block in blocks:
        if block["name"].upper() in stop_blocks:
            continue
        names = set()
        for word, multi, code in block["verbs"]:
            names.add(word)
            add(verb_key(word, multi), code or block["code"])
        for verb, particle, code in block["patterns"]:
            if verb in names and particle.lower() in PARTICLES:
                base = verb_key(verb, False)
                add(f"{base} {particle.lower()}" if base else None, code)
    return dict(sorted(out.items()))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    ap.add_argument("--out", type=Path, default=DATA / "petrarch_verbs.yaml")
    ap.add_argument("--stoplist", type=Path, default=DATA / "petrarch_stoplist.yaml")
    ap.add_argument("--date", default=dt.date.today().isoformat(), help="date of derivation")
    args = ap.parse_args(argv)

    raw = args.source.read_bytes()
    cameo = {str(k): v for k, v in yaml.safe_load((DATA / "cameo.yaml").read_text()).items()}
    stop = read_checked("petrarch_stoplist.yaml", args.stoplist) if args.stoplist.exists() else {}
    blocks = parse_blocks(raw.decode("utf-8", errors="replace"))
    verbs = derive(blocks, cameo, stop or {})
    provenance = {
        "source": f"{args.source.name} from {SOURCE_URL}",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "licence": LICENCE,
        "derived": args.date,
        "script": "scripts/petrarch_verbs.py",
        "mapping": "src/dossier/events/data/cameo.yaml",
        "stoplist_sha256": hashlib.sha256(args.stoplist.read_bytes()).hexdigest()
        if args.stoplist.exists() else None,
        "blocks": len(blocks),
        "entries": len(verbs),
    }
    header = ("# Verb triggers derived from PETRARCH2's CAMEO verb dictionary by\n"
              "# scripts/petrarch_verbs.py: do not edit by hand; edit the stoplist or\n"
              "# triggers.yaml (whose entries win over these) and re-run the script.\n")
    lines = [yaml.safe_dump({"provenance": provenance}, sort_keys=False, width=200), "verbs:"]
    for key, rule in verbs.items():
        flow = yaml.safe_dump({key: rule}, sort_keys=False, default_flow_style=True, width=200)
        lines.append("  " + flow.strip()[1:-1])  # one entry a line, as in triggers.yaml
    args.out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(verbs)} entries from {len(blocks)} blocks -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
