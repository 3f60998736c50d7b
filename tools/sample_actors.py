"""Draw a random sample of actors from ingested news for manual precision judgement (issue: actor quality).

    python tools/sample_actors.py --shared ../shared --articles 150 --sample 50 --seed 1

Ingests the first ``--articles`` articles of each news file (German and English) into a temporary embedded
store, draws ``--sample`` actors at random (fixed seed), and prints each with kind, country, roles and up to two
sentences it occurs in, so a person can mark it correct (right entity, kind and country) or not.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from pathlib import Path

FILES = ("news/10kgnad_de/dev.jsonl", "news/allsides_abp_en/dev.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from graphbuild.ingest import ingest
    from graphbuild.store.sqlite import SqliteStore

    tmp = Path(tempfile.mkdtemp(prefix="graphbuild-actors-"))
    batch = tmp / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for name in FILES:
            with (args.shared / name).open(encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    if i >= args.articles:
                        break
                    out.write(line)
    with SqliteStore(tmp / "g.db") as store:
        ingest([str(batch)], store)
        actors = sorted(store.actors(), key=lambda a: a.id)
        rows = list(store.statement_rows())
    random.Random(args.seed).shuffle(actors)
    print(f"{len(actors)} actors from {2 * args.articles} articles; sample of {args.sample} (seed {args.seed})\n")
    for n, actor in enumerate(actors[:args.sample], start=1):
        contexts = [r["text"] for r in rows if r["source"]["id"] == actor.id or (r["target"] or {}).get("id") == actor.id]
        print(json.dumps({"n": n, "id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
                          "roles": actor.roles}, ensure_ascii=False))
        for text in contexts[:2]:
            print("    ·", text[:220].replace("\n", " "))
        if not contexts:
            print("    · (mentioned only; no statement)")


if __name__ == "__main__":
    main()
