"""Apply a trained delta (adapter.safetensors, fp16) to the frozen all-MiniLM-L6-v2 base and score question pairs.
Standalone (torch + transformers + safetensors). Usage as library:
    m = load_ce(BASE_DIR, ADAPTER_DIR); s = m.score(list_a, list_b)   # symmetric same-probability in [0,1]
    m.merge()  # folds LoRA into the Linear weights -> plain BertModel + Linear(384,1) head (exportable, e.g. to safetensors/ONNX)
CLI self-check (prints only aggregates): python apply_adapter.py BASE_DIR ADAPTER_DIR
"""
import os, sys, json, torch
from safetensors import safe_open
from transformers import AutoTokenizer, AutoModel


class LoRALinear(torch.nn.Module):
    def __init__(s, base, r, alpha):
        super().__init__(); s.base = base; s.scale = alpha / r
        s.lora_A = torch.nn.Parameter(torch.zeros(r, base.in_features)); s.lora_B = torch.nn.Parameter(torch.zeros(base.out_features, r))
    def forward(s, x):
        return s.base(x) + (x @ s.lora_A.t() @ s.lora_B.t()) * s.scale


TARGETS = {"qv": ["attention.self.query", "attention.self.value"],
           "qv_ffn": ["attention.self.query", "attention.self.value", "intermediate.dense", "output.dense"],
           "all": ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                   "intermediate.dense", "output.dense"]}


class CE(torch.nn.Module):
    """Pair input '[CLS] a [SEP] b [SEP]' (max 128 tokens) -> mean pool over all pair tokens -> Linear(384,1)."""
    def __init__(s, base_dir):
        super().__init__(); s.tok = AutoTokenizer.from_pretrained(base_dir); s.bert = AutoModel.from_pretrained(base_dir)
        s.head = torch.nn.Linear(384, 1)
    def logits(s, a, b):
        enc = s.tok(a, b, padding=True, truncation=True, max_length=128, return_tensors="pt")
        h = s.bert(**enc).last_hidden_state; m = enc["attention_mask"].unsqueeze(-1).float()
        return s.head((h * m).sum(1) / m.sum(1)).squeeze(-1)
    @torch.no_grad()
    def score(s, a, b, bs=64):
        s.eval(); out = []
        for i in range(0, len(a), bs):
            x, y = a[i:i + bs], b[i:i + bs]
            out += ((torch.sigmoid(s.logits(x, y)) + torch.sigmoid(s.logits(y, x))) / 2).tolist()
        return out
    @torch.no_grad()
    def merge(s):
        for layer in s.bert.encoder.layer:
            for mod_path in [n for n, m in layer.named_modules() if isinstance(m, LoRALinear)]:
                parent = layer; parts = mod_path.split(".")
                for p in parts[:-1]: parent = getattr(parent, p)
                lm = getattr(parent, parts[-1])
                lm.base.weight += (lm.lora_B @ lm.lora_A) * lm.scale
                setattr(parent, parts[-1], lm.base)
        return s


def load_ce(base_dir, adapter_dir):
    f = adapter_dir.rstrip("/") + "/adapter.safetensors"
    with safe_open(f, "pt") as fh:
        meta = fh.metadata(); sd = {k: fh.get_tensor(k).float() for k in fh.keys()}
    m = CE(base_dir)
    if meta["variant"] == "lora":
        r = int(meta["r"])
        for layer in m.bert.encoder.layer:
            for path in TARGETS[meta["targets"]]:
                parent = layer; parts = path.split(".")
                for p in parts[:-1]: parent = getattr(parent, p)
                setattr(parent, parts[-1], LoRALinear(getattr(parent, parts[-1]), r, 2 * r))
    missing = [k for k in sd if k not in dict(m.named_parameters())]
    assert not missing, missing[:5]
    m.load_state_dict(sd, strict=False)  # only the trained tensors are in the file; everything else = base
    return m


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__))); torch.set_num_threads(1)
    from common import load, path_of, VAL_FILES, is_same, auc
    import numpy as np
    base, ad = sys.argv[1], sys.argv[2]
    m = load_ce(base, ad)
    L, A, B = [], [], []
    for f in VAL_FILES:
        for r in load(path_of(f)): L.append(is_same(r[1])); A.append(r[2]); B.append(r[3])
    s1 = m.score(A, B); print("VAL AUC with fp16 adapter (unmerged): %.4f" % auc(np.array(L), np.array(s1)))
    if len(sys.argv) > 3 and sys.argv[3] == "merge":
        s2 = m.merge().score(A, B)
        print("VAL AUC merged: %.4f ; max |diff| merged vs unmerged %.2e" % (auc(np.array(L), np.array(s2)), np.abs(np.array(s1) - np.array(s2)).max()))
