#!/usr/bin/env bash
# Times `renpa check` on a generated corpus (a benchmark, not a test).
#
# Generates CORPUS_FILES corpus pages and DROP_FILES drop pages from the sentences of seeds/*.txt
# (each page 4–7 bylined articles of 20–40 sentences, about the size of a seed page), plants 10
# verbatim reprints and 10 edited reprints of corpus articles in the drop, builds renpa in release
# mode and times `renpa check DROP --corpus CORPUS`. Prints the time and how many planted copies
# were found.
#
#   Tests/Scripts/check-speed.sh                 # 10,000 corpus files + 100 drop files in /tmp
#   CORPUS_FILES=2000 OUT=/tmp/x Tests/Scripts/check-speed.sh
#   KEEP=1 Tests/Scripts/check-speed.sh          # keep the generated files (re-used when present)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/renpa-check-speed}
CORPUS_FILES=${CORPUS_FILES:-10000}
DROP_FILES=${DROP_FILES:-100}
JOBS=${JOBS:-$(nproc)}

swift build -c release >/dev/null
stamp="$OUT/.generated-$CORPUS_FILES-$DROP_FILES"
if [ ! -f "$stamp" ]; then
  rm -rf "$OUT"
  mkdir -p "$OUT/corpus" "$OUT/drop"
  python3 - "$OUT" "$CORPUS_FILES" "$DROP_FILES" seeds/*.txt <<'PY'
import random, re, sys, os
out, n_corpus, n_drop, seeds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
rng = random.Random(20240601)
text = "".join(re.sub(r"\s+", "", open(p, encoding="utf-8").read()) for p in seeds)
# Clauses of the seeds, recombined into new sentences, so that every generated article is new text
# written in the genre's words (as in a real corpus) rather than a copy of a seed.
clauses = sorted(set(c for c in re.split(r"[，。！？；：、]", text) if 4 <= len(c) <= 30 and all("\u4e00" <= ch <= "\u9fff" or ch in "“”《》" for ch in c)))
short = [c for c in clauses if 4 <= len(c) <= 8 and all("\u4e00" <= ch <= "\u9fff" for ch in c)]
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯俊峰林春梅海波"

def name():
    return rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2))))

def sentence():
    return "，".join(rng.choice(clauses) for _ in range(rng.randint(2, 4))) + "。"

def title():
    return rng.choice(short) + " " + rng.choice(short)

def article():
    body = [sentence() for _ in range(rng.randint(20, 40))]
    return {"title": title(), "byline": "本报记者 " + name(), "body": body}

def render(articles):
    lines = []
    for a in articles:
        lines += [a["title"], "", a["byline"], ""]
        for k in range(0, len(a["body"]), 4):
            lines += ["".join(a["body"][k:k + 4]), ""]
        lines.append("")
    return "\n".join(lines)

corpus = []
for i in range(n_corpus):
    arts = [article() for _ in range(rng.randint(4, 7))]
    corpus.append(arts)
    sub = "%s/corpus/%03d" % (out, i // 1000)
    os.makedirs(sub, exist_ok=True)
    with open("%s/%05d.txt" % (sub, i), "w", encoding="utf-8") as f:
        f.write(render(arts))
for i in range(n_drop):
    arts = [article() for _ in range(rng.randint(4, 7))]
    if i < 20:
        src = rng.choice(rng.choice(corpus))
        copy = {"title": src["title"], "byline": src["byline"], "body": list(src["body"])}
        if i >= 10:  # an edited reprint: one sentence in 25 replaced
            for k in range(0, len(copy["body"]), 25):
                copy["body"][k] = sentence()
        arts[rng.randrange(len(arts))] = copy
    with open("%s/drop/new-%03d.txt" % (out, i), "w", encoding="utf-8") as f:
        f.write(render(arts))
PY
  touch "$stamp"
fi
du -sh "$OUT/corpus" "$OUT/drop" | sed 's/^/size: /'
status=0
TIMEFORMAT="%R s wall, %U s user, %S s system"
{ time .build/release/renpa check "$OUT/drop" --corpus "$OUT/corpus" --jobs "$JOBS" > "$OUT/report.txt" 2>/dev/null; } 2> "$OUT/time.txt" || status=$?
echo "renpa check: $DROP_FILES drop files against $CORPUS_FILES corpus files, $JOBS jobs: $(cat "$OUT/time.txt") (exit $status)"
tail -n 1 "$OUT/report.txt"
echo "planted: 10 exact, 10 edited; found: $(grep -c 'duplicate/exact' "$OUT/report.txt" || true) exact, $(grep -c 'duplicate/near' "$OUT/report.txt" || true) near"
if [ -z "${KEEP:-}" ]; then rm -rf "$OUT"; fi
