"""Parsing speed of the bundled pipelines on real news, one core, numpy against thinc's BLIS.

    python benchmarks/pipeline_speed.py [--articles 150] [--batch-size 16] [--lang de --lang en]

For each language and matrix backend (see graphbuild/nlp/blas.py) a fresh process limited to one thread loads the
bundled pipeline, parses the first ``--articles`` articles of ../shared/news with ``nlp.pipe`` in batches of
``--batch-size`` articles (16, as ``graphbuild ingest``; news articles are long, and batches of 64 are slower:
their arrays cost more in page faults than the bigger matrix products save) and reports words/second, best of
three passes. Prints both rates, their ratio and the ratio to the 5,000 words/s target,
all measured in this one run. Accuracy is not affected: both backends give the same annotations (tested).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

NEWS = {"de": "10kgnad_de/dev.jsonl", "en": "allsides_abp_en/dev.jsonl"}
TARGET = 5_000

CHILD = """
import json, sys, time
from graphbuild.nlp.blas import use_backend
from graphbuild.nlp.pipelines import bundled_path
import spacy
lang, backend, news, limit, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
texts = [json.loads(line)["text"] for line in open(news, encoding="utf-8")][:limit]
words = sum(len(t.split()) for t in texts)
nlp = spacy.load(bundled_path(lang))
use_backend(nlp, backend)
list(nlp.pipe(texts[:5]))
best = 0.0
for _ in range(3):
    start = time.perf_counter()
    list(nlp.pipe(texts, batch_size=size))
    best = max(best, words / (time.perf_counter() - start))
print(json.dumps({"words": words, "wps": best}))
"""


def measure(lang: str, backend: str, news: Path, articles: int, batch_size: int) -> dict[str, float]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    result = subprocess.run([sys.executable, "-c", CHILD, lang, backend, str(news), str(articles), str(batch_size)],
                            env=env,
                            check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--batch-size", type=int, default=16, help="articles per nlp.pipe batch (default 16)")
    parser.add_argument("--lang", action="append", choices=sorted(NEWS), help="repeatable (default: both)")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    for lang in args.lang or sorted(NEWS):
        news = args.shared / "news" / NEWS[lang]
        if not news.exists():
            sys.exit(f"{news} not found: pass --shared PATH to the shared data folder")
        rates = {backend: measure(lang, backend, news, args.articles, args.batch_size) for backend in ("numpy", "blis")}
        numpy_wps, blis_wps = rates["numpy"]["wps"], rates["blis"]["wps"]
        print(f"{lang}: {args.articles} articles, {rates['numpy']['words']:.0f} words, batches of {args.batch_size}, one thread: "
              f"numpy {numpy_wps:,.0f} words/s, blis {blis_wps:,.0f} words/s; numpy/blis = {numpy_wps / blis_wps:.2f}; "
              f"numpy/target({TARGET:,}) = {numpy_wps / TARGET:.2f}")


if __name__ == "__main__":
    main()
