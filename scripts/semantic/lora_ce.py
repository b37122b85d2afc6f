"""Parameter-efficient cross-encoder on frozen all-MiniLM-L6-v2.
Same setup as finetune_ce.py (FIT/VAL split, random pair order per example, BS 32, 4 epochs,
linear warmup 10% + linear decay, grad clip 1.0, early stopping on VAL AUC, score = mean sigmoid over both orders).
Only difference: which parameters are trainable, and LR (frozen-base deltas need a higher LR).
Env: VARIANT=lora|last ; R (rank) ; TARGETS=qv|qv_ffn|all ; LNBIAS=0|1 ; LASTK (layers trained for VARIANT=last) ;
     LR ; HEAD_LR ; NAME (output dir name). Prints no question text; only aggregates."""
import json, os, sys, time, random, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from common import *
torch.set_num_threads(int(os.environ.get("THREADS", "1")))
from safetensors.torch import save_file

EPOCHS = int(os.environ.get("EPOCHS", 4)); BS = 32; SEED = int(os.environ.get("SEED", 0))
VARIANT = os.environ.get("VARIANT", "lora"); R = int(os.environ.get("R", 8)); TARGETS = os.environ.get("TARGETS", "qv")
LNBIAS = int(os.environ.get("LNBIAS", 0)); LASTK = int(os.environ.get("LASTK", 1))
LR = float(os.environ.get("LR", 1e-3 if VARIANT == "lora" else 1e-4)); HEAD_LR = float(os.environ.get("HEAD_LR", 1e-3))
NAME = os.environ["NAME"]; SAVE = os.path.join(OUT, "lora", NAME)
random.seed(SEED); np.random.seed(SEED); torch.manual_seed(SEED)
fit = [r for f in FIT_FILES for r in load(path_of(f))]
# NEG=R adds R random easy negatives per labelled pair (common.random_negatives); a corpus needs them.
NEG = float(os.environ.get("NEG", 0))
if NEG > 0:
    _neg, _rej = random_negatives({f: load(path_of(f)) for f in FIT_FILES}, NEG)
    print("FIT pairs %d + random negatives %d (NEG=%s); rejected %s" % (len(fit), len(_neg), NEG, _rej), flush=True)
    fit = fit + _neg
# HARD=R adds R hard negatives per labelled pair: nearest wordings by the base embedding that no
# label or the clusterer links (common.knn_negatives), the pairs a corpus puts before the judge.
HARD = float(os.environ.get("HARD", 0))
if HARD > 0:
    _hard, _rej = knn_negatives({f: load(path_of(f)) for f in FIT_FILES}, HARD, lexical=lexical_clusters())
    print("+ hard negatives %d (HARD=%s); rejected %s" % (len(_hard), HARD, _rej), flush=True)
    fit = fit + _hard
val = {f: load(path_of(f)) for f in VAL_FILES}
tok = tokenizer()


class LoRALinear(torch.nn.Module):
    def __init__(s, base, r, alpha, drop=0.05):
        super().__init__(); s.base = base; s.scale = alpha / r
        s.lora_A = torch.nn.Parameter(torch.empty(r, base.in_features)); torch.nn.init.kaiming_uniform_(s.lora_A, a=5 ** 0.5)
        s.lora_B = torch.nn.Parameter(torch.zeros(base.out_features, r)); s.drop = torch.nn.Dropout(drop)
    def forward(s, x):
        return s.base(x) + (s.drop(x) @ s.lora_A.t() @ s.lora_B.t()) * s.scale


class CE(torch.nn.Module):
    def __init__(s):
        super().__init__(); s.bert = load_bert(); s.drop = torch.nn.Dropout(0.1); s.head = torch.nn.Linear(384, 1)
    def forward(s, a, b):
        enc = tok(a, b, padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = s.bert(**enc).last_hidden_state
        m = enc["attention_mask"].unsqueeze(-1).float()
        pooled = (h * m).sum(1) / m.sum(1)
        return s.head(s.drop(pooled)).squeeze(-1)


def lora_targets(targets):
    t = {"qv": ["attention.self.query", "attention.self.value"],
         "qv_ffn": ["attention.self.query", "attention.self.value", "intermediate.dense", "output.dense"],
         "all": ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                 "intermediate.dense", "output.dense"]}[targets]
    return t


def build():
    model = CE()
    for p in model.bert.parameters(): p.requires_grad = False
    if VARIANT == "lora":
        tg = lora_targets(TARGETS)
        for li, layer in enumerate(model.bert.encoder.layer):
            for path in tg:
                # "output.dense" means the FFN output (layer.output.dense), not attention.output.dense
                parent = layer
                parts = path.split(".")
                for p in parts[:-1]: parent = getattr(parent, p)
                setattr(parent, parts[-1], LoRALinear(getattr(parent, parts[-1]), R, 2 * R))
        if LNBIAS:
            for n, p in model.bert.encoder.named_parameters():
                if n.endswith(".bias") or "LayerNorm" in n: p.requires_grad = True
    elif VARIANT == "last":
        for layer in model.bert.encoder.layer[-LASTK:]:
            for p in layer.parameters(): p.requires_grad = True
    return model


if __name__ == "__main__":
    model = build()
    trainable = {n: p for n, p in model.named_parameters() if p.requires_grad}
    n_tr = sum(p.numel() for p in trainable.values())
    n_head = sum(p.numel() for n, p in trainable.items() if n.startswith("head."))
    print("variant %s trainable params %d (head %d) fp16 bytes %d" % (NAME, n_tr, n_head, 2 * n_tr), flush=True)
    groups = [{"params": [p for n, p in trainable.items() if n.startswith("head.")], "lr": HEAD_LR},
              {"params": [p for n, p in trainable.items() if not n.startswith("head.")], "lr": LR}]
    opt = torch.optim.AdamW(groups, weight_decay=0.01)
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
            opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(list(trainable.values()), 1.0); opt.step(); sched.step()
            tl += loss.item()
        av, _, _ = val_eval(); hist.append((ep, av))
        print("epoch %d loss %.4f val AUC %.4f elapsed %.0fs" % (ep, tl / spe, av, time.time() - t0), flush=True)
        if av > best[0]: best = (av, ep, {n: p.detach().clone() for n, p in trainable.items()})
    train_time = time.time() - t0
    with torch.no_grad():
        for n, p in trainable.items(): p.copy_(best[2][n])
    os.makedirs(SAVE, exist_ok=True)
    save_file({n: p.detach().to(torch.float16).contiguous() for n, p in trainable.items()}, SAVE + "/adapter.safetensors",
              metadata={"variant": VARIANT, "r": str(R), "targets": TARGETS, "lnbias": str(LNBIAS), "lastk": str(LASTK)})
    _, Lv, Sv = val_eval()
    scores = {f: score(rows) for f, rows in val.items()}
    for f, p in test_files(): scores[f] = score(load(p))
    json.dump({"name": NAME, "env": {k: os.environ.get(k) for k in ["VARIANT", "R", "TARGETS", "LNBIAS", "LASTK", "LR", "HEAD_LR", "NEG", "HARD", "EPOCHS", "SEED"]},
               "trainable_params": n_tr, "head_params": n_head, "fp16_bytes": 2 * n_tr,
               "file_bytes": os.path.getsize(SAVE + "/adapter.safetensors"),
               "best_epoch": best[1], "val_auc": best[0], "hist": hist, "train_time_s": train_time, "scores": scores},
              open(SAVE + "/run.json", "w"))
    print("best epoch %d val AUC %.4f train_time %.0fs total %.0fs" % (best[1], best[0], train_time, time.time() - t0), flush=True)
