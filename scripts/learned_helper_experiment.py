"""Rebuild the "learned helper" experiment of issue 9 (item 6): does a CPU sentence classifier,
proposing PLOVER types where no rule fires, raise F1 on a development gold?

usage: python scripts/learned_helper_experiment.py --ngec GITDIR --conflibert GITDIR \
           --documents DOCS.jsonl --gold GOLD.jsonl --baseline EXPORT.jsonl \
           --scorer score_events.py [--work DIR]

Needs scikit-learn and joblib, which dossier does not depend on: install them into a scratch
environment. The training data is read from local git copies of two public repositories at the
commits named below; nothing is downloaded and no data is written into this repository (the
licences of the data are unclear: ConfliBERT's data README says it does not own the copyrights,
NGEC's synthetic stories carry no licence of their own).

* ahalterman/NGEC @ NGEC_COMMIT, setup/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip:
  4,500 synthetic stories with a PLOVER type each; the lead sentence and the headline of each
  story are labelled with its type.
* eventdata/ConfliBERT @ CONFLIBERT_COMMIT, data/IndiaPoliceEvents_sents/train.tsv (no-event
  sentences -> NONE, killing or force -> ASSAULT, arrest -> COERCE) and data/BBC_News/train.tsv
  (sentences of label-0 documents -> NONE).

The classifier is TF-IDF over words (1-2 grams) + logistic regression; its held-out split is
grouped by NGEC headline template so templated headlines do not leak between train and test.
The offline estimate runs dossier's pipeline over DOCS, takes the sentences where the rule
extractor produced nothing, gives each the classifier's best event type with its probability and
arguments from the parse (the first coded actor in the subject as actor, another coded actor in an
object or prepositional object as recipient), adds the proposals above a threshold to the baseline
export (``dossier export mentions``) and scores the union with the shared scorer.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import random
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

NGEC_COMMIT = "787a06ba8df063fec0b718a9c24b6088c938037b"
CONFLIBERT_COMMIT = "0b630014885b9597622082034cc5ab5471b57e5b"
NGEC_STORIES = "setup/train_classifiers/gpt_synthetic_events_2023-10-19_19.csv.zip"
IPE_SENTS = "data/IndiaPoliceEvents_sents/train.tsv"
BBC_DOCS = "data/BBC_News/train.tsv"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
# reporting verbs: in "X said Y attacked Z" the reported clause carries the event
SAY = {"say", "tell", "announce", "state", "add", "report", "claim", "note", "write"}
LEAD = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def git_show(gitdir: str, commit: str, path: str) -> bytes:
    """A file of a local git copy at a named commit."""
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def training_rows(ngec: str, conflibert: str, none_each: int = 3000) -> list[dict]:
    """Sentences labelled with a PLOVER type or NONE; ``src`` groups NGEC rows by template."""
    rng = random.Random(0)
    csv.field_size_limit(10**9)
    rows: list[dict] = []
    with zipfile.ZipFile(io.BytesIO(git_show(ngec, NGEC_COMMIT, NGEC_STORIES))) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        group = "ngec:" + r["title"]
        lead = LEAD.split(r["text"].strip().split("\n")[0].strip())[0]
        if len(lead.split()) >= 5:
            rows.append({"text": lead, "label": r["label"], "src": group})
        headline = r["prompt"].split("\n")[0].strip()
        if headline:
            rows.append({"text": headline, "label": r["label"], "src": group})
    quiet: list[dict] = []
    for line in git_show(conflibert, CONFLIBERT_COMMIT, IPE_SENTS).decode("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 6 or len(parts[0].split()) < 6:
            continue
        kill, arrest, any_action, fail, force = map(int, parts[1:])
        if not (kill or arrest or any_action or fail or force):
            quiet.append({"text": parts[0], "label": "NONE", "src": "ipe"})
        elif kill or (force and not arrest):
            rows.append({"text": parts[0], "label": "ASSAULT", "src": "ipe"})
        elif arrest and not force:
            rows.append({"text": parts[0], "label": "COERCE", "src": "ipe"})
    rng.shuffle(quiet)
    bbc: list[dict] = []
    for line in git_show(conflibert, CONFLIBERT_COMMIT, BBC_DOCS).decode("utf-8").splitlines():
        parts = line.rsplit("\t", 1)
        if len(parts) == 2 and parts[1] == "0":
            bbc.extend({"text": s.strip(), "label": "NONE", "src": "bbc"}
                       for s in re.split(r"\.\s+", parts[0]) if 8 <= len(s.split()) <= 50)
    rng.shuffle(bbc)
    return rows + quiet[:none_each] + bbc[:none_each]


def make_model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    return make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=40000,
                        token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b"),
        LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced"))


def train(rows: list[dict]):
    """Report the grouped held-out accuracy, then fit on everything."""
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import GroupShuffleSplit
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    groups = [r["src"] if r["src"].startswith("ngec") else f"{r['src']}{i}" for i, r in enumerate(rows)]
    tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0).split(texts, labels, groups))
    model = make_model().fit([texts[i] for i in tr], [labels[i] for i in tr])
    pred, truth = model.predict([texts[i] for i in te]), [labels[i] for i in te]
    print(f"training rows {len(rows)} {dict(Counter(labels).most_common())}")
    print(f"held-out (grouped) accuracy {accuracy_score(truth, pred):.3f} "
          f"macro F1 {f1_score(truth, pred, average='macro'):.3f} on {len(te)}")
    return make_model().fit(texts, labels)


def sentences(documents: str) -> list[dict]:
    """Per sentence: text, whether a rule fired in it, its coded actors and parse arguments."""
    from dossier.events.conventions import outside_place_names
    from dossier.events.demonyms import demonym_lookup
    from dossier.events.refs import ActorIndex
    from dossier.ingest.readers import read_inputs
    from dossier.model import Article
    from dossier.nlp.headlines import parse
    from dossier.pipeline import Pipeline

    pipe = Pipeline().load()
    lookup = demonym_lookup(pipe.kb)
    articles = [a for a in read_inputs([documents]) if isinstance(a, Article)]
    out = []
    for done in pipe.run(articles):
        if done.error:
            continue
        article = done.article
        doc, _ = next(parse(pipe.nlp, [(article.text, article)], names=pipe._names))
        analysis = pipe.analyse(article, doc)
        index = ActorIndex(doc, outside_place_names(analysis.actors, analysis.places), lookup)
        starts = [m.evidence.start for m in done.mentions if m.evidence]
        for sent in doc.sents:
            actor, recipient = _arguments(sent, index)
            out.append({"doc": article.doc, "start": sent.start_char, "text": sent.text.strip(),
                        "fired": any(sent.start_char <= s < sent.end_char for s in starts),
                        "actor": actor, "recipient": recipient, "coded": _coded(list(sent), index)})
    return out


def _coded(tokens, index) -> list[str]:
    found: list[str] = []
    for tok in tokens:
        for ref in index.at(tok) or index.modifier(tok):
            if ref.actor.country and ref.actor.country not in found:
                found.append(ref.actor.country)
    return found


def _arguments(sent, index) -> tuple[str | None, str | None]:
    pred = sent.root
    if pred.lemma_.lower() in SAY:
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), pred)
    subject = [t for c in pred.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") for t in c.subtree]
    actors = _coded(subject, index)
    if not actors and pred.dep_ == "ROOT" and pred.pos_ in ("NOUN", "PROPN"):  # headline noun phrase
        actors = _coded([t for t in pred.subtree if t.i < pred.i or t.dep_ in ("compound", "amod", "poss")], index)
    if not actors:
        return None, None
    objects = []
    for c in pred.children:
        if c.dep_ in ("dobj", "obj", "dative", "attr", "agent"):
            objects += list(c.subtree)
        elif c.dep_ == "prep":
            objects += [t for p in c.children if p.dep_ == "pobj" for t in p.subtree]
    others = [a for a in _coded(objects, index) if a != actors[0]]
    return actors[0], (others[0] if others else None)


def estimate(model, sents: list[dict], gold: list[dict], baseline: list[dict], scorer) -> None:
    """Score baseline + proposals at each threshold; say where the baseline's misses sit."""
    classes = list(model.classes_)
    probs = model.predict_proba([s["text"] for s in sents])
    probs[:, classes.index("NONE")] = -1
    for s, p in zip(sents, probs):
        s["type"], s["p"] = classes[p.argmax()], float(p.max())
    base = scorer.score(gold, baseline)
    print(f"baseline P {base['precision']:.3f} R {base['recall']:.3f} F1 {base['f1']:.3f}")

    def home(g: dict) -> dict | None:
        return next((s for s in sents if s["doc"] == g["doc"] and g["evidence"][:50] in s["text"]), None)

    misses = [(g, home(g)) for g in base["misses"]]
    where = Counter("unlocated" if s is None else "rule fired" if s["fired"] else "no rule" for _, s in misses)
    print("baseline misses by sentence:", dict(where))
    open_misses = [(g, s) for g, s in misses if s is not None and not s["fired"]]
    right_type = sum(s["type"] == g["type"] or s["type"] in g.get("type_alt", []) for g, s in open_misses)
    dyad = sum(bool(s["actor"]) and scorer._same_actor(g["actor"], s["actor"])
               and scorer._same_actor(g["recipient"], s["recipient"]) for g, s in open_misses)
    print(f"misses in no-rule sentences {len(open_misses)}: best type right {right_type}, parse dyad right {dyad}")
    for thr in THRESHOLDS:
        chosen = [s for s in sents if not s["fired"] and s["actor"] and s["p"] >= thr]
        added = [{"doc": s["doc"], "type": s["type"], "actor": s["actor"], "recipient": s["recipient"],
                  "status": "fact", "source": None, "date": None, "location": None} for s in chosen]
        r = scorer.score(gold, baseline + added)
        print(f"threshold {thr}: proposals {len(added)} -> P {r['precision']:.3f} R {r['recall']:.3f} "
              f"F1 {r['f1']:.3f} (true +{r['tp'] - base['tp']}, false +{r['fp'] - base['fp']})")


def _jsonl(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("--ngec", "--conflibert", "--documents", "--gold", "--baseline", "--scorer"):
        ap.add_argument(name, required=True)
    ap.add_argument("--work", help="where to write the trained model (outside the repository)")
    args = ap.parse_args(argv)
    try:
        import joblib
    except ImportError:
        print("needs scikit-learn and joblib (pip install scikit-learn)", file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("score_events", args.scorer)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    model = train(training_rows(args.ngec, args.conflibert))
    if args.work:
        joblib.dump(model, Path(args.work) / "model.joblib", compress=3)
    estimate(model, sentences(args.documents), _jsonl(args.gold), _jsonl(args.baseline), scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
