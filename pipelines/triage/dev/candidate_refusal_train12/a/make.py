#!/usr/bin/env python3
"""Build data/offtopic_train12a.jsonl from the hand-written per-language lists (rows_<lang>.py).

kind codes: a/b/c -> out_of_scope (a: settled own health + unrelated ask,
b: everyday ask with no health content, c: non-clinical ask to the hospital);
mix/plain/urg -> none (mix: chatty/mixed shape with a real concern,
plain: plain health concern, urg: urgent in everyday words).
"""

import collections
import importlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "rtrain12a"
MODULES = [
    "rows_es",
    "rows_pt",
    "rows_fr",
    "rows_it",
    "rows_de",
    "rows_pl",
    "rows_ro",
    "rows_ru",
    "rows_uk",
    "rows_tr",
]
KIND2LABEL = {
    "a": "out_of_scope",
    "b": "out_of_scope",
    "c": "out_of_scope",
    "mix": "none",
    "plain": "none",
    "urg": "none",
}
LANGS = {"es", "pt", "fr", "it", "de", "pl", "ro", "ru", "uk", "tr"}
TERSE_OK = set()  # messages allowed under 3 words (none at present)
# stems that must not appear: pregnancy (any language) and injection-like wording
BANNED = re.compile(
    r"embaraz|grávida|gravida|gestante|enceinte|grossesse|incinta|gravidanza|"
    r"schwanger|ciąż|ciaz|însărcinat|insarcinat|беремен|вагітн|hamile|"
    r"ignore|ignora|instruc|system prompt",
    re.I,
)


def main():
    rows, errors = [], []
    seen_msg, seen_open = set(), set()
    kinds = collections.Counter()
    for modname in MODULES:
        mod = importlib.import_module(modname)
        lang = mod.LANG
        if lang not in LANGS:
            errors.append(f"{modname}: bad lang {lang}")
        for i, (kind, msg) in enumerate(mod.ROWS):
            where = f"{modname}[{i}]"
            if kind not in KIND2LABEL:
                errors.append(f"{where}: bad kind {kind}")
                continue
            msg = msg.strip()
            if not msg:
                errors.append(f"{where}: empty")
                continue
            if len(msg.split()) < 3 and msg not in TERSE_OK:
                errors.append(f"{where}: under 3 words: {msg!r}")
            if msg in seen_msg:
                errors.append(f"{where}: duplicate message")
            seen_msg.add(msg)
            opening = (lang, " ".join(re.findall(r"\w+", msg.lower())[:3]))
            if opening in seen_open:
                errors.append(f"{where}: repeated opening {opening}")
            seen_open.add(opening)
            if BANNED.search(msg):
                errors.append(f"{where}: banned wording: {BANNED.search(msg).group(0)}")
            label = KIND2LABEL[kind]
            kinds[(lang, kind)] += 1
            rows.append({"message": msg, "label": label, "lang": lang})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    out = os.path.join(HERE, "..", "..", "..", "data", "offtopic_train12a.jsonl")
    fd, tmp = tempfile.mkstemp(dir=HERE, prefix=".rows.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        for n, r in enumerate(rows, 1):
            rec = {"id": f"{PREFIX}-{n:04d}", **r}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, out)

    by_label = collections.Counter(r["label"] for r in rows)
    print(f"wrote {out}: {len(rows)} rows")
    print("per label:", dict(by_label))
    print(
        f"{'lang':5} {'oos':>4} {'none':>4} | {'a':>2} {'b':>2} {'c':>2} | {'mix':>3} {'plain':>5} {'urg':>3}"
    )
    for modname in MODULES:
        lang = importlib.import_module(modname).LANG
        k = {x: kinds[(lang, x)] for x in KIND2LABEL}
        print(
            f"{lang:5} {k['a'] + k['b'] + k['c']:4} {k['mix'] + k['plain'] + k['urg']:4} | "
            f"{k['a']:2} {k['b']:2} {k['c']:2} | {k['mix']:3} {k['plain']:5} {k['urg']:3}"
        )
    tot = collections.Counter()
    for (lang, kind), c in kinds.items():
        tot[kind] += c
    print("per sub-kind:", dict(tot))


if __name__ == "__main__":
    main()
