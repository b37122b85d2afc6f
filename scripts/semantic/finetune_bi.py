"""Fine-tune all-MiniLM-L6-v2 as a bi-encoder on FIT_FILES (11 TRAIN files).
Early stopping + threshold on VAL_FILES (3 TRAIN files). TEST scored only once, at the end.
Loss: CoSENT over pair cosines (same=1 / different=0) + MultipleNegativesRanking on same pairs,
where candidates are all b-sides in the batch (so b-sides of 'different' pairs act as hard negatives)."""
import json, os, sys, time, random, copy
import numpy as np, torch
from common import *

MODE = sys.argv[1] if len(sys.argv) > 1 else "cosent+mnrl"
EPOCHS = int(os.environ.get("EPOCHS", 4)); BS = 32; LR = 2e-5; SEED = int(os.environ.get("SEED", 0))
SAVE = os.environ.get("SAVE", OUT + "/finetuned")
random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)

fit = [r for f in FIT_FILES for r in load(path_of(f))]
val = {f: load(path_of(f)) for f in VAL_FILES}
print("fit pairs", len(fit), "val pairs", sum(len(v) for v in val.values()), flush=True)
tok = tokenizer(); model = load_bert()
opt = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
steps_per_epoch = (len(fit) + BS - 1) // BS; total = steps_per_epoch * EPOCHS; warm = int(0.1 * total)
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.0, (total - s) / max(1, total - warm)) if s >= warm else (s + 1) / max(1, warm))

def val_eval():
    L, S = [], []
    for f, rows in val.items():
        L += [r[1] for r in rows]; S += cos_scores(model, tok, rows).tolist()
    y = np.array([is_same(l) for l in L]); return auc(y, np.array(S)), L, S

def loss_fn(ea, eb, y, ta, tb):
    cos = (ea * eb).sum(-1)
    loss = 0.0
    if "cosent" in MODE:
        d = 20.0 * (cos[None, :] - cos[:, None])  # d[i,j] = cos_j - cos_i ; penalise when y_i > y_j
        m = (y[:, None] > y[None, :])
        d = d[m]
        loss = loss + torch.logsumexp(torch.cat([torch.zeros(1), d]), 0)
    if "mse" in MODE:
        loss = loss + ((cos - y) ** 2).mean()
    if "mnrl" in MODE:
        pos = torch.nonzero(y > 0.5).flatten()
        if len(pos) > 1:
            sim = 20.0 * ea[pos] @ eb.T  # anchors: a of same pairs; candidates: every b in batch
            mask = torch.zeros_like(sim, dtype=torch.bool)
            for r, i in enumerate(pos.tolist()):
                for j in range(len(tb)):
                    if j != i and (tb[j] == tb[i] or ta[j] == ta[i] and y[j] > 0.5):
                        mask[r, j] = True
            sim = sim.masked_fill(mask, -1e4)
            l1 = torch.nn.functional.cross_entropy(sim, pos)
            sim2 = 20.0 * eb[pos] @ ea.T  # symmetric: b -> a
            mask2 = torch.zeros_like(sim2, dtype=torch.bool)
            for r, i in enumerate(pos.tolist()):
                for j in range(len(ta)):
                    if j != i and (ta[j] == ta[i] or tb[j] == tb[i] and y[j] > 0.5):
                        mask2[r, j] = True
            l2 = torch.nn.functional.cross_entropy(sim2.masked_fill(mask2, -1e4), pos)
            loss = loss + 0.5 * (l1 + l2)
    return loss

a0, _, _ = val_eval(); print("epoch 0 val AUC %.4f" % a0, flush=True)
best = (a0, 0, copy.deepcopy(model.state_dict())); hist = [(0, a0)]
t0 = time.time(); step = 0
for ep in range(1, EPOCHS + 1):
    order = np.random.permutation(len(fit)); model.train(); tl = 0
    for bi in range(steps_per_epoch):
        batch = [fit[k] for k in order[bi * BS:(bi + 1) * BS]]
        ta, tb = [], []
        for r in batch:
            a, b = (r[2], r[3]) if random.random() < 0.5 else (r[3], r[2])
            ta.append(a); tb.append(b)
        y = torch.tensor([1.0 if is_same(r[1]) else 0.0 for r in batch])
        e = embed(model, tok, ta + tb)
        loss = loss_fn(e[:len(ta)], e[len(ta):], y, ta, tb)
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0); opt.step(); sched.step()
        tl += loss.item(); step += 1
    a, _, _ = val_eval(); hist.append((ep, a))
    print("epoch %d loss %.4f val AUC %.4f  elapsed %.0fs" % (ep, tl / steps_per_epoch, a, time.time() - t0), flush=True)
    if a > best[0]:
        best = (a, ep, copy.deepcopy(model.state_dict()))
train_time = time.time() - t0
model.load_state_dict(best[2])
print("best epoch %d val AUC %.4f train_time %.0fs" % (best[1], best[0], train_time), flush=True)
_, Lv, Sv = val_eval(); th = pick_thresholds(Lv, Sv)
print("VAL thresholds", th, "VAL@p90", fmt(metrics(Lv, Sv, th["p90"])), flush=True)
os.makedirs(SAVE, exist_ok=True); model.save_pretrained(SAVE); tok.save_pretrained(SAVE)
import shutil
for fn in ["1_Pooling", "modules.json", "sentence_bert_config.json", "config_sentence_transformers.json"]:
    src = os.path.join(MINILM, fn); dst = os.path.join(SAVE, fn)
    if os.path.isdir(src): shutil.copytree(src, dst, dirs_exist_ok=True)
    elif os.path.exists(src): shutil.copy(src, dst)
# score all files
scores = {}
for f in TRAIN_FILES: scores[f] = cos_scores(model, tok, load(path_of(f))).tolist()
for f, p in test_files(): scores[f] = cos_scores(model, tok, load(p)).tolist()
json.dump({"mode": MODE, "seed": SEED, "best_epoch": best[1], "val_auc": best[0], "hist": hist, "thresholds": th,
           "train_time_s": train_time, "scores": scores}, open(SAVE + "/run.json", "w"))
print("done", flush=True)
