"""CE retrain with random easy negatives (within the same FIT file, different lines, not same-connected, not identical).
Same split/hparams as finetune_ce.py, plus easy negatives (random pairs of the same file). Never prints text."""
import json, os, sys, time, random, copy, subprocess, collections
os.environ["OMP_NUM_THREADS"] = "1"
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from common import *
torch.set_num_threads(1)
def lora_running():
    r = subprocess.run(["pgrep", "-f", "lora"], capture_output=True, text=True).stdout.split()
    r = [p for p in r if int(p) != os.getpid()]
    return len(r) > 0
def set_threads():
    n = 1 if lora_running() else 2; torch.set_num_threads(n); return n
R = int(os.environ.get("R", 1)); EPOCHS = 4; BS = 32; LR = 3e-5; SEED = 0
SAVE = os.environ.get("SAVE", os.path.join(OUT, "cross_encoder_negatives"))
random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)
fitf = {f: load(path_of(f)) for f in FIT_FILES}
fit = [r for f in FIT_FILES for r in fitf[f]]
# same-connectivity over exact text, across all FIT files
par = {}
def find(x):
    par.setdefault(x, x)
    while par[x] != x: par[x] = par[par[x]]; x = par[x]
    return x
for r in fit:
    if is_same(r[1]): par[find(r[2])] = find(r[3])
rng = random.Random(1234)
neg = []; rej = collections.Counter()
for f in FIT_FILES:
    rows = fitf[f]
    for _ in range(len(rows) * R):
        while True:
            i, j = rng.sample(range(len(rows)), 2)
            a = rows[i][2 + rng.randrange(2)]; b = rows[j][2 + rng.randrange(2)]
            if a == b: rej["identical"] += 1; continue
            if find(a) == find(b): rej["same-connected"] += 1; continue
            break
        neg.append((0, "different-random", a, b))
print("FIT pairs %d (same %d) + random negatives %d (R=%d); rejected %s" % (len(fit), sum(is_same(r[1]) for r in fit), len(neg), R, dict(rej)), flush=True)
train = fit + neg
val = {f: load(path_of(f)) for f in VAL_FILES}
tok = tokenizer()
class CE(torch.nn.Module):
    def __init__(s):
        super().__init__(); s.bert = load_bert(); s.drop = torch.nn.Dropout(0.1); s.head = torch.nn.Linear(384, 1)
    def forward(s, a, b):
        enc = tok(a, b, padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = s.bert(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        return s.head(s.drop((h * m).sum(1) / m.sum(1))).squeeze(-1)
model = CE()
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
spe = (len(train) + BS - 1) // BS; total = spe * EPOCHS; warm = int(0.1 * total)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / (total - warm)))
@torch.no_grad()
def score(A, B, bs=64):
    model.eval(); out = np.zeros(len(A)); idx = np.argsort([len(a) + len(b) for a, b in zip(A, B)])
    for i in range(0, len(A), bs):
        j = idx[i:i + bs]; a = [A[t] for t in j]; b = [B[t] for t in j]
        out[j] = ((torch.sigmoid(model(a, b)) + torch.sigmoid(model(b, a))) / 2).numpy()
    return out
def srows(rows): return score([r[2] for r in rows], [r[3] for r in rows])
def val_eval():
    L, S = [], []
    for f, rows in val.items(): L += [r[1] for r in rows]; S += list(srows(rows))
    return auc(np.array([is_same(l) for l in L]), np.array(S)), L, S
best = (-1, 0, None); hist = []; t0 = time.time()
for ep in range(1, EPOCHS + 1):
    nt = set_threads()
    order = np.random.permutation(len(train)); model.train(); tl = 0
    for bi in range(spe):
        if bi % 50 == 0 and bi: nt = set_threads()
        batch = [train[k] for k in order[bi * BS:(bi + 1) * BS]]
        a, b = [], []
        for r in batch:
            if random.random() < 0.5: a.append(r[2]); b.append(r[3])
            else: a.append(r[3]); b.append(r[2])
        y = torch.tensor([1.0 if is_same(r[1]) else 0.0 for r in batch])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(a, b), y)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
        tl += loss.item()
        if bi % 100 == 0: print("  ep %d step %d/%d loss %.4f threads %d %.0fs" % (ep, bi, spe, tl / (bi + 1), nt, time.time() - t0), flush=True)
    av, _, _ = val_eval(); hist.append((ep, av))
    print("epoch %d loss %.4f val AUC %.4f elapsed %.0fs" % (ep, tl / spe, av, time.time() - t0), flush=True)
    if av > best[0]: best = (av, ep, copy.deepcopy(model.state_dict()))
train_time = time.time() - t0
model.load_state_dict(best[2]); model.eval()
torch.save(model.state_dict(), SAVE + "/ce_state.pt")
_, Lv, Sv = val_eval(); th = pick_thresholds(Lv, Sv)
print("best epoch %d val AUC %.4f train_time %.0fs VAL thr %s" % (best[1], best[0], train_time, th), flush=True)
set_threads()
scores = {}
for f in VAL_FILES: scores[f] = list(map(float, srows(load(path_of(f)))))
for f, p in test_files(): scores[f] = list(map(float, srows(load(p))))
json.dump({"R": R, "n_neg": len(neg), "best_epoch": best[1], "val_auc": best[0], "hist": hist, "thresholds": th, "train_time_s": train_time, "scores": scores},
          open(SAVE + "/run.json", "w"))
print("done", time.time() - t0, flush=True)
