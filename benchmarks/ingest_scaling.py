"""Ingest throughput and memory as the batch grows (10 → 100,000 articles).

    python benchmarks/ingest_scaling.py [--max 100000] [--lang de]

Builds one JSONL batch of short articles from sentences of ../shared/news (cycled; every article gets its own id
and a counter so nothing is deduplicated), ingests it into a fresh embedded store, and records the process's
resident memory when 10, 100, 1,000, 10,000 and 100,000 articles are done. Prints articles/second, words/second
and the memory ratio RSS(last)/RSS(1,000), measured in this one run (target: flat, ratio close to 1).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from pathlib import Path

NEWS = {"de": "10kgnad_de/dev.jsonl", "en": "allsides_abp_en/dev.jsonl"}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def sentences(shared: Path, lang: str) -> list[str]:
    out = []
    for line in (shared / "news" / NEWS[lang]).read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        out.extend(s for s in re.split(r"(?<=[.!?])\s+", text) if 8 <= len(s.split()) <= 40)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max", type=int, default=100_000)
    parser.add_argument("--lang", default="de", choices=sorted(NEWS))
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    pool = sentences(args.shared, args.lang)
    tmp = Path(tempfile.mkdtemp(prefix="graphbuild-bench-"))
    batch = tmp / "batch.jsonl"
    words = 0
    with batch.open("w", encoding="utf-8") as fh:
        for i in range(args.max):
            text = f"{pool[i % len(pool)]} ({i})"
            words += len(text.split())
            fh.write(json.dumps({"id": f"b{i}", "text": text, "lang": args.lang}, ensure_ascii=False) + "\n")

    from graphbuild.ingest import ingest
    from graphbuild.store.sqlite import SqliteStore

    checkpoints = {n for n in (10, 100, 1_000, 10_000, 100_000) if n <= args.max}
    seen = 0
    marks: list[tuple[int, float, float]] = []
    start = time.perf_counter()

    def progress(article, result) -> None:
        nonlocal seen
        seen += 1
        if seen in checkpoints:
            marks.append((seen, time.perf_counter() - start, rss_mb()))

    with SqliteStore(tmp / "g.db") as store:
        summary = ingest([str(batch)], store, progress=progress, batch_size=64)
    elapsed = time.perf_counter() - start
    print(f"{summary.read} articles, {words} words in {elapsed:.0f} s: {summary.read / elapsed:.1f} articles/s, "
          f"{words / elapsed:.0f} words/s, {summary.statements} statements")
    for n, t, mb in marks:
        print(f"  after {n:>7} articles: {t:8.1f} s, RSS {mb:7.1f} MB")
    base = next((mb for n, _, mb in marks if n == 1_000), marks[0][2] if marks else 0)
    if marks and base:
        print(f"memory ratio RSS({marks[-1][0]})/RSS(1000) = {marks[-1][2] / base:.2f} (flat = 1.0)")


if __name__ == "__main__":
    main()
