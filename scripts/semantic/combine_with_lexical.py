"""The clusterer's pair decisions combined with the cross-encoder's scores, pooled over the
files held out of training (VAL) and the files kept unread (TEST). Prints counts only.

    cargo run --release --example pair_decisions > target/semantic/decisions.tsv
    python scripts/semantic/combine_with_lexical.py

Rules: the cross-encoder alone (score >= T); the clusterer OR the cross-encoder (>= T); and
the clusterer's merges kept only when the cross-encoder gives them at least LO, OR the
cross-encoder >= T. Pairwise: every labelled pair is scored directly, as in the clusterer's
pairwise mode; a corpus needs candidate pairs first (docs/clustering.md).
"""
import csv, os
from splits import OUT, VAL_FILES, TEST_FILES

decisions = {}
for r in csv.DictReader(open(os.path.join(OUT, "decisions.tsv")), delimiter="\t"):
    decisions[(r["file"].removesuffix(".tsv"), int(r["line"]))] = r


def rows(files):
    out = []
    for f in files:
        for r in csv.DictReader(open(os.path.join(OUT, "scores", f + ".tsv")), delimiter="\t"):
            d = decisions[(f, int(r["line_number"]))]
            assert d["label"] == r["label"], (f, r["line_number"])
            out.append((r["label"], d["same"] == "1", float(r["cross_encoder"])))
    return out


def measure(pairs, rule):
    tp = fp = reworded = paraphrase = reworded_hit = paraphrase_hit = 0
    for label, lexical, ce in pairs:
        same = rule(lexical, ce)
        if label == "different":
            fp += same
            continue
        tp += same
        if label == "same-reworded":
            reworded += 1
            reworded_hit += same
        else:
            paraphrase += 1
            paraphrase_hit += same
    return "P %.3f  rewordings %.3f  paraphrases %.3f  all same %.3f  false merges %d" % (
        tp / max(tp + fp, 1), reworded_hit / reworded, paraphrase_hit / paraphrase,
        tp / (reworded + paraphrase), fp)


val, test = rows(VAL_FILES), rows(TEST_FILES)
rules = [("clusterer alone", lambda l, c: l)]
rules += [("ce >= %.2f" % t, lambda l, c, t=t: c >= t) for t in (0.5, 0.8, 0.9, 0.95)]
rules += [("clusterer or ce >= %.2f" % t, lambda l, c, t=t: l or c >= t) for t in (0.8, 0.9, 0.95)]
rules += [("(clusterer and ce >= %.2f) or ce >= %.2f" % (lo, t), lambda l, c, lo=lo, t=t: (l and c >= lo) or c >= t)
          for lo in (0.05, 0.1) for t in (0.9, 0.95)]
for name, rule in rules:
    print("%-40s VAL  %s" % (name, measure(val, rule)))
    print("%-40s TEST %s" % ("", measure(test, rule)))
