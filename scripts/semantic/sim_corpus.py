"""A trained cross-encoder on top of the clusterer, in a corpus: each pair file's distinct
questions are one corpus, clustered by the clusterer (`examples/corpus_clusters.rs`), then
candidate pairs (each question's k nearest by the base model's embeddings) scored by the
cross-encoder and merged by a rule. Pooled P / recall over VAL and TEST. Prints counts only.

    cargo run --release --example corpus_clusters > target/semantic/corpus_clusters.tsv
    ADAPTER=target/semantic/lora/NAME python scripts/semantic/sim_corpus.py

Rules: "components" merges the clusters of every candidate pair scoring >= T (chains);
"average" is average linkage: candidate pairs in descending score, two clusters merged when
the mean score over their first M members' cross pairs is >= T (scored on demand).
"""
import csv, json, os, sys, time, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from common import *
from apply_adapter import load_ce

ADAPTER = os.environ["ADAPTER"]
KMAX = int(os.environ.get("KMAX", 5))
CACHE = os.path.join(ADAPTER, "sim_cache")
os.makedirs(CACHE, exist_ok=True)

lex = collections.defaultdict(dict)
for r in csv.DictReader(open(os.path.join(OUT, "corpus_clusters.tsv")), delimiter="\t"):
    lex[r["file"].removesuffix(".tsv")][int(r["line"])] = (r["label"], r["cluster_a"], r["cluster_b"])

ce = load_ce(MINILM, ADAPTER)
# EMBEDDER: the model whose nearest wordings are the candidates (default: the base, as the stage)
bert = load_bert(os.environ.get("EMBEDDER", MINILM)); tok = tokenizer()


class Corpus:
    def __init__(s, name):
        s.name = name; s.rows = load(path_of(name))
        s.texts = sorted({r[2] for r in s.rows} | {r[3] for r in s.rows})
        s.idx = {t: i for i, t in enumerate(s.texts)}
        s.lexc = {}
        for ln, lab, a, b in s.rows:
            l = lex[name][ln]; assert l[0] == lab
            s.lexc[s.idx[a]] = l[1]; s.lexc[s.idx[b]] = l[2]
        # order of first appearance, as an ingest meets them
        s.first = []
        seen = set()
        for r in s.rows:
            for t in (r[2], r[3]):
                if t not in seen: seen.add(t); s.first.append(s.idx[t])
        cf = os.path.join(CACHE, name + ".json")
        s.scores = {}
        if os.path.exists(cf):
            s.scores = {tuple(map(int, k.split(","))): v for k, v in json.load(open(cf)).items()}
        E = encode(bert, tok, s.texts)
        sim = E @ E.T; np.fill_diagonal(sim, -2)
        s.nn = np.argsort(-sim, axis=1, kind="stable")[:, :KMAX]
        s.sim = sim
        s.score_pairs([(i, int(j)) for i in range(len(s.texts)) for j in s.nn[i]])

    def key(s, i, j): return (i, j) if i < j else (j, i)

    def score_pairs(s, pairs):
        todo = sorted({s.key(i, j) for i, j in pairs if i != j} - set(s.scores))
        if todo:
            sc = ce.score([s.texts[i] for i, _ in todo], [s.texts[j] for _, j in todo])
            s.scores.update(zip(todo, sc))
            json.dump({"%d,%d" % k: v for k, v in s.scores.items()}, open(os.path.join(CACHE, s.name + ".json"), "w"))

    def cluster(s, k, T, rule, M=8):
        parent = {}
        members = collections.defaultdict(list)
        for i in s.first: members[s.lexc[i]].append(i)
        cl = {i: s.lexc[i] for i in s.first}
        def find(x):
            while parent.get(x, x) != x: x = parent[x]
            return x
        cand = sorted({s.key(i, int(j)) for i in range(len(s.texts)) for j in s.nn[i][:k]},
                      key=lambda p: (-s.scores[p], p))
        for i, j in cand:
            if s.scores[(i, j)] < T: break
            X, Y = find(cl[i]), find(cl[j])
            if X == Y: continue
            if rule == "average":
                mx, my = members[X][:M], members[Y][:M]
                s.score_pairs([(a, b) for a in mx for b in my])
                mean = np.mean([s.scores[s.key(a, b)] for a in mx for b in my if a != b])
                if mean < T: continue
            elif rule == "complete":
                mx, my = members[X][:M], members[Y][:M]
                s.score_pairs([(a, b) for a in mx for b in my])
                if min(s.scores[s.key(a, b)] for a in mx for b in my if a != b) < T: continue
            root, other = (X, Y) if s.first.index(members[X][0]) < s.first.index(members[Y][0]) else (Y, X)
            parent[other] = root; members[root] += members[other]; del members[other]
        return {i: find(cl[i]) for i in s.first}

    def online(s, k, T, M=8, agg="mean", shortlist=0):
        s.asked = 0
        """As an ingest would: questions in order of appearance; one that the clusterer put
        in a new cluster meets its k nearest earlier questions, and joins the cluster (of
        theirs) whose first M members it scores highest on average, when that is >= T."""
        pos = {i: n for n, i in enumerate(s.first)}
        follow, members, out = {}, collections.defaultdict(list), {}
        for n, i in enumerate(s.first):
            lc = s.lexc[i]
            if lc in follow:
                c = follow[lc]
            else:
                c = lc
                if n > 0:
                    earlier = np.array(s.first[:n])
                    if shortlist:
                        # retrieve and rerank: the `shortlist` nearest earlier wordings by the
                        # base embedding, ordered by the judge's score with this one; the
                        # clusters of the k best scoring >= T are the candidates
                        near = earlier[np.argsort(-s.sim[i, earlier], kind="stable")[:shortlist]]
                        s.asked += len(near)
                        s.score_pairs([(i, int(j)) for j in near])
                        ranked = sorted((int(j) for j in near), key=lambda j: (-s.scores[s.key(i, j)], pos[j]))
                        ranked = [j for j in ranked if s.scores[s.key(i, j)] >= T]
                        near = list({out[j]: j for j in reversed(ranked)}.values())  # best wording per cluster
                        near = sorted(near, key=ranked.index)[:k]
                    else:
                        near = earlier[np.argsort(-s.sim[i, earlier], kind="stable")[:k]]
                    best = None
                    for cand in dict.fromkeys(out[int(j)] for j in near):
                        mm = members[cand][:M]
                        s.asked += len(mm)
                        s.score_pairs([(i, m) for m in mm])
                        sc = sorted((s.scores[s.key(i, m)] for m in mm), reverse=True)
                        # mean over the first M members; max (chains); top2: the mean of the two best; median
                        mean = {"mean": lambda: float(np.mean(sc)), "max": lambda: float(sc[0]),
                                "top2": lambda: float(np.mean(sc[:2])), "median": lambda: float(np.median(sc))}[agg]()
                        if mean >= T and (best is None or mean > best[0]):
                            best = (mean, cand)
                    if best:
                        c = best[1]
                follow[lc] = c
            out[i] = c; members[c].append(i)
        return out

    def said(s, k, T, rule):
        s.asked = 0
        if rule.startswith("online"):
            # online[M][:agg][@S], e.g. online4, online8:top2, online8:mean@10 (rerank a shortlist of 10)
            spec, _, agg = rule[6:].partition(":")
            agg, _, sl = (agg or "mean").partition("@")
            c = s.online(k, T, M=int(spec or 8), agg=agg, shortlist=int(sl or 0))
        else:
            c = s.cluster(k, T, rule)
        return [(r[1], c[s.idx[r[2]]] == c[s.idx[r[3]]]) for r in s.rows]


def measure(out):
    labels = np.array([l for l, _ in out]); pred = np.array([p for _, p in out])
    y = np.array([is_same(l) for l in labels]); rw = labels == "same-reworded"; pp = labels == "same-paraphrase"
    tp = (pred & y).sum()
    return (tp / max(pred.sum(), 1), (pred & rw).sum() / rw.sum(), (pred & pp).sum() / pp.sum(), tp / y.sum(), int((pred & ~y).sum()))


t0 = time.time()
GROUPS = os.environ.get("SIM_GROUPS", "VAL,TEST").split(",")
if GROUPS == ["VAL"]: TEST_FILES = VAL_FILES  # VAL only: TEST columns repeat VAL
corpora = {f: Corpus(f) for f in dict.fromkeys(VAL_FILES + TEST_FILES)}
print("embedded and scored candidates in %.0fs; candidate scores %d" % (time.time() - t0, sum(len(c.scores) for c in corpora.values())), flush=True)
lexonly = {g: measure([x for f in fs for x in corpora[f].said(1, 2.0, "components")]) for g, fs in [("VAL", VAL_FILES), ("TEST", TEST_FILES)]}
print("clusterer alone  VAL P %.3f rew %.3f para %.3f same %.3f fp %d | TEST P %.3f rew %.3f para %.3f same %.3f fp %d" % (lexonly["VAL"] + lexonly["TEST"]))
for rule in os.environ.get("RULES", "online,average,components").split(","):
    for k in [int(x) for x in os.environ.get("KS", "1,2,3,5").split(",")]:
        if k > KMAX: continue
        for T in [float(x) for x in os.environ.get("TS", "0.5,0.7,0.8,0.9,0.95,0.98").split(",")]:
            res = {g: measure([x for f in fs for x in corpora[f].said(k, T, rule)]) for g, fs in [("VAL", VAL_FILES), ("TEST", TEST_FILES)]}
            asked = sum(getattr(corpora[f], "asked", 0) for f in TEST_FILES)
            print("asked %6d " % asked, end="")
            print("%-10s k=%d T=%.2f  VAL P %.3f rew %.3f para %.3f same %.3f fp %3d | TEST P %.3f rew %.3f para %.3f same %.3f fp %3d" % ((rule, k, T) + res["VAL"] + res["TEST"]), flush=True)
