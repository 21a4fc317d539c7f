#!/usr/bin/env python3
"""Write Tests/Fixtures/numerals/cn2an_oracle.tsv: `number<TAB>chinese`, rendered by cn2an.

Test oracle only (pip install cn2an); renpa never depends on it at runtime. Deterministic:
a fixed RNG seed and fixed ranges, so re-running reproduces the committed file byte for byte.
cn2an writes 二 everywhere; for integers we also emit the 两 variant where Chinese uses it
(两 before 百/千/万/亿 and a leading 两万/两亿), keeping the same number.
"""
import os
import random
import re

import cn2an

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "Tests", "Fixtures", "numerals", "cn2an_oracle.tsv")


def liang_variant(cn):
    # 二百 → 两百, 二千 → 两千, 二万 → 两万, 二亿 → 两亿 — but not 十二万 (which stays 十二万).
    return re.sub(r"(?<![十零])二(?=[百千万亿])", "两", cn)


def main():
    rng = random.Random(20231016)
    ints = set()
    ints.update(range(0, 121))
    ints.update(range(1000, 1011))
    ints.update(range(10000, 10011))
    ints.update(range(100000, 100011))
    ints.update([10 ** k for k in range(0, 13)])
    ints.update([2 * 10 ** k for k in range(0, 13)])
    # zero gaps: one or two nonzero digits at random positions
    for _ in range(600):
        n = 10 ** rng.randint(2, 12)
        a = rng.randint(1, 9) * 10 ** rng.randint(0, 12)
        b = rng.randint(1, 9) * 10 ** rng.randint(0, 12)
        ints.add(min(n + a + b, 10 ** 12))
    for lo, hi, k in [(0, 999, 300), (1000, 99999, 500), (10 ** 5, 10 ** 8, 500),
                      (10 ** 8, 10 ** 12, 500)]:
        for _ in range(k):
            ints.add(rng.randint(lo, hi))
    rows = []
    for n in sorted(ints):
        cn = cn2an.an2cn(n, "low")
        rows.append((str(n), cn))
        lv = liang_variant(cn)
        if lv != cn:
            rows.append((str(n), lv))
    # a few financial (uppercase) renderings
    for n in sorted(rng.sample(sorted(ints), 100)):
        rows.append((str(n), cn2an.an2cn(n, "up")))
    # decimals: up to 4 fractional digits, integer parts of all sizes
    decs = set()
    for _ in range(500):
        ip = rng.choice([0, rng.randint(1, 9), rng.randint(10, 99), rng.randint(100, 99999),
                         rng.randint(10 ** 5, 10 ** 9)])
        places = rng.randint(1, 4)
        frac = rng.randint(1, 10 ** places - 1)
        s = f"{ip}.{frac:0{places}d}".rstrip("0")
        if s.endswith("."):
            continue
        decs.add(s)
    for s in sorted(decs, key=lambda x: (float(x), x)):
        rows.append((s, cn2an.an2cn(s, "low")))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, cn in rows:
            f.write(f"{n}\t{cn}\n")
    print(f"wrote {len(rows)} rows to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
