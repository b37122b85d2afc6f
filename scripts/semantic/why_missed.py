"""Why the semantic stage's rule misses same pairs in a corpus (docs/clustering.md, "Paraphrases
in a corpus"): runs sim_corpus.py's online rule (nearest 1, mean over 8, T) on FILES (default
VAL) and counts each missed same pair by cause - the later wording followed its lexical
cluster, its nearest earlier wording lies in another cluster, or the mean over the partner's
cluster is under T. SHOW=1 prints the pairs, for files read only (never the TEST files).

    ADAPTER=target/semantic/lora/neg1e3 python scripts/semantic/why_missed.py
"""
import os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# sim_corpus.py's definitions, without its grid
exec(compile(open(os.path.join(HERE, "sim_corpus.py")).read().split("t0 = time.time()")[0], "sim_corpus", "exec"))
FILES = os.environ.get("FILES", ",".join(VAL_FILES)).split(",")
T = float(os.environ.get("T", 0.5))
SHOW = os.environ.get("SHOW") == "1"
assert not (SHOW and set(FILES) & set(TEST_FILES)), "the TEST files stay unread: counts only"


def online_recorded(s, k=1, M=8):
    follow, members, out, rec = {}, collections.defaultdict(list), {}, {}
    for n, i in enumerate(s.first):
        lc = s.lexc[i]
        if lc in follow:
            c = follow[lc]; rec[i] = ("followed", None, None)
        else:
            c = lc; rec[i] = ("first", None, None)
            if n > 0:
                earlier = np.array(s.first[:n])
                near = earlier[np.argsort(-s.sim[i, earlier], kind="stable")[:k]]
                for cand in dict.fromkeys(out[int(j)] for j in near):
                    mm = members[cand][:M]
                    s.score_pairs([(i, m) for m in mm])
                    mean = float(np.mean([s.scores[s.key(i, m)] for m in mm]))
                    rec[i] = ("judged", cand, mean)
                    if mean >= T: c = cand
            follow[lc] = c
        out[i] = c; members[c].append(i)
    return out, rec, members


causes = collections.Counter()
for f in FILES:
    s = Corpus(f)
    out, rec, members = online_recorded(s)
    pos = {i: n for n, i in enumerate(s.first)}
    for ln, lab, a, b in s.rows:
        i, j = s.idx[a], s.idx[b]
        if not is_same(lab) or out[i] == out[j]:
            continue
        s.score_pairs([(i, j)])
        late, early = (i, j) if pos[i] > pos[j] else (j, i)
        kind, cand, mean = rec[late]
        why = {"followed": "later wording followed its lexical cluster", "first": "later wording first met"}.get(kind) \
            or ("nearest earlier wording in another cluster" if cand != out[early] else "mean over the partner's cluster under T")
        causes[(lab, "pair score >= 0.5" if s.scores[s.key(i, j)] >= 0.5 else "pair score < 0.5", why)] += 1
        if SHOW:
            print(f, ln, why, "mean", mean, "\n  later:", s.texts[late], "\n  earlier:", s.texts[early])
for k, v in sorted(causes.items()):
    print(v, *k, sep="\t")
print(sum(causes.values()), "missed same pairs")
