"""Usage: python finetune_ce.py   (env: see common.py; SEED, EPOCHS)

Cross-encoder: MiniLM-L6 (all-MiniLM-L6-v2 weights) + linear head on [CLS] of the pair, BCE with same=1.
Trained on FIT_FILES, both orders as augmentation; early stop on VAL_FILES AUC; threshold on VAL.
Score = mean of sigmoid over both orders (symmetric)."""
import json, os, sys, time, random, copy
import numpy as np, torch
from common import *

EPOCHS = int(os.environ.get("EPOCHS", 4)); BS = 32; LR = 3e-5; SEED = int(os.environ.get("SEED", 0))
SAVE = os.environ.get("SAVE", OUT + "/cross_encoder")
random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)
fit = [r for f in FIT_FILES for r in load(path_of(f))]
val = {f: load(path_of(f)) for f in VAL_FILES}
tok = tokenizer()

class CE(torch.nn.Module):
    def __init__(s):
        super().__init__(); s.bert = load_bert(); s.drop = torch.nn.Dropout(0.1); s.head = torch.nn.Linear(384, 1)
    def forward(s, a, b):
        enc = tok(a, b, padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = s.bert(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1)  # mean pool over pair tokens (pretrained for mean pooling)
        return s.head(s.drop(pooled)).squeeze(-1)

model = CE()
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
spe = (len(fit) + BS - 1) // BS; total = spe * EPOCHS; warm = int(0.1 * total)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: (s + 1) / warm if s < warm else max(0.0, (total - s) / (total - warm)))

@torch.no_grad()
def score(rows, bs=64):
    model.eval(); out = []
    for i in range(0, len(rows), bs):
        ch = rows[i:i + bs]; a = [r[2] for r in ch]; b = [r[3] for r in ch]
        out += ((torch.sigmoid(model(a, b)) + torch.sigmoid(model(b, a))) / 2).tolist()
    return out

def val_eval():
    L, S = [], []
    for f, rows in val.items(): L += [r[1] for r in rows]; S += score(rows)
    return auc(np.array([is_same(l) for l in L]), np.array(S)), L, S

best = (-1, 0, None); hist = []; t0 = time.time()
for ep in range(1, EPOCHS + 1):
    order = np.random.permutation(len(fit)); model.train(); tl = 0
    for bi in range(spe):
        batch = [fit[k] for k in order[bi * BS:(bi + 1) * BS]]
        a, b = [], []
        for r in batch:
            if random.random() < 0.5: a.append(r[2]); b.append(r[3])
            else: a.append(r[3]); b.append(r[2])
        y = torch.tensor([1.0 if is_same(r[1]) else 0.0 for r in batch])
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model(a, b), y)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
        tl += loss.item()
    av, _, _ = val_eval(); hist.append((ep, av))
    print("epoch %d loss %.4f val AUC %.4f elapsed %.0fs" % (ep, tl / spe, av, time.time() - t0), flush=True)
    if av > best[0]: best = (av, ep, copy.deepcopy(model.state_dict()))
train_time = time.time() - t0
model.load_state_dict(best[2])
_, Lv, Sv = val_eval(); th = pick_thresholds(Lv, Sv)
print("best epoch %d val AUC %.4f train_time %.0fs VAL thr %s VAL@p90 %s" % (best[1], best[0], train_time, th, fmt(metrics(Lv, Sv, th["p90"]))), flush=True)
os.makedirs(SAVE, exist_ok=True); torch.save(model.state_dict(), SAVE + "/ce_state.pt")
scores = {}
for f in TRAIN_FILES: scores[f] = score(load(path_of(f)))
for f, p in test_files(): scores[f] = score(load(p))
json.dump({"best_epoch": best[1], "val_auc": best[0], "hist": hist, "thresholds": th, "train_time_s": train_time, "scores": scores},
          open(SAVE + "/run.json", "w"))
# Per-pair scores, no text: line number in the source file, label, score.
os.makedirs(OUT + "/scores", exist_ok=True)
for f, p in [(f, path_of(f)) for f in TRAIN_FILES] + test_files():
    with open(OUT + "/scores/%s.tsv" % f, "w") as fh:
        fh.write("line_number\tlabel\tcross_encoder\n")
        for r, x in zip(load(p), scores[f]):
            fh.write("%d\t%s\t%.6f\n" % (r[0], r[1], x))
print("done", flush=True)
