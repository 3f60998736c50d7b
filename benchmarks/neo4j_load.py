"""Neo4j load speed: batched UNWIND…MERGE (graphbuild's loader) against one MERGE transaction per statement.

    python benchmarks/neo4j_load.py [--statements 100000] [--naive 3000]

Needs a Neo4j to write to: NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD (the database is WIPED), or, without NEO4J_URI,
a throwaway local server is started (Java 17 + Maven). Prints statements/second of both ways, measured in this
one run, and their ratio (target: ≥ 20×). The naive way is timed on a sample of ``--naive`` statements because
100,000 single transactions take long; both rates come from the same synthetic data.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from graphbuild.models import Actor, Article, ArticleResult, Predicate, Statement, Topic
from graphbuild.store.neo4j import Neo4jStore, Rows

RELATIONS = [("111", "CRITICISES", -2.0), ("130", "WARNS", -4.4), ("051", "PRAISES", 3.4), ("040", "MEETS", 1.0)]


def synthetic(n_statements: int, per_article: int = 20, seed: int = 0) -> list[ArticleResult]:
    rng = random.Random(seed)
    states = [f"S{i:02d}" for i in range(60)]
    persons = [f"PER:person-{i}" for i in range(2000)]
    out = []
    for a in range(0, n_statements, per_article):
        art = Article(id=f"bench-{a // per_article}", text=f"Synthetic article {a}", title=f"T{a}",
                      date=f"2020-{1 + a % 12:02d}-01", lang="en")
        actors: dict[str, Actor] = {}
        statements = []
        topics = [Topic(id=f"TOPIC:en:topic-{a % 500}", name=f"topic {a % 500}", lang="en")]
        for k in range(per_article):
            src = rng.choice(persons)
            tgt = rng.choice(states)
            code, rel, score = rng.choice(RELATIONS)
            actors[src] = Actor(id=src, name=src[4:], kind="person", country=rng.choice(states))
            actors[tgt] = Actor(id=tgt, name=tgt, kind="state", country=tgt)
            to_topic = k % 5 == 0
            statements.append(Statement(
                id=f"{art.id}-{k}", article_id=art.id, sentence_index=k, char_start=k * 10, char_end=k * 10 + 9,
                sentence=f"Sentence {k}.", source_id=src,
                predicate=Predicate(lemma=rel.lower(), cameo=code, plover="X", score=score, relation=rel),
                target_id=topics[0].id if to_topic else tgt, target_kind="topic" if to_topic else "actor",
                date=art.date, lang="en", confidence=0.8))
        out.append(ArticleResult(article=art, actors=list(actors.values()), topics=topics, statements=statements,
                                 sentences=per_article))
    return out


NAIVE = """
MERGE (src:Actor {id: $source}) ON CREATE SET src.name = $source_name, src.kind = $source_kind
MERGE (art:Article {id: $article})
MERGE (s:Statement {id: $id}) SET s += $props
MERGE (src)-[:STATED]->(s)
MERGE (s)-[:REPORTED_IN]->(art)
WITH s, src
MERGE (t:Actor {id: $target})
MERGE (s)-[:TARGETS]->(t)
"""


def naive_load(store: Neo4jStore, results: list[ArticleResult], limit: int) -> tuple[int, float]:
    """One write transaction per statement (how a straightforward loader does it)."""
    from graphbuild.store.graphmodel import statement_attrs

    n = 0
    start = time.perf_counter()
    with store.driver.session(database=store.database) as session:
        for result in results:
            for s in result.statements:
                props = {k: v for k, v in statement_attrs(s).items() if k != "label" and v != ""}
                session.execute_write(lambda tx, s=s, props=props: tx.run(
                    NAIVE, source=s.source_id, source_name=s.source_id, source_kind="person", article=s.article_id,
                    id=s.id, props=props, target=s.target_id).consume())
                n += 1
                if n >= limit:
                    return n, time.perf_counter() - start
    return n, time.perf_counter() - start


def batches(results: list[ArticleResult], batch_articles: int = 250):
    for i in range(0, len(results), batch_articles):
        rows = Rows()
        for result in results[i:i + batch_articles]:
            rows.add_result(result)
        yield rows


def batched_load(store: Neo4jStore, results: list[ArticleResult]) -> tuple[int, float]:
    """graphbuild's loader (what `graphbuild load` runs): batched, idempotent (unchanged articles are skipped)."""
    start = time.perf_counter()
    n = store.load(batches(results))
    return n, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--naive", type=int, default=3000, help="statements for the one-transaction-each run")
    args = parser.parse_args()
    results = synthetic(args.statements)
    data_dir = None
    if not os.environ.get("NEO4J_URI"):
        from graphbuild.store import neo4j_server

        data_dir = Path(tempfile.mkdtemp(prefix="graphbuild-bench-neo4j-"))
        info = neo4j_server.start(data_dir, bolt_port=17687, http_port=17474, password="graphbuild-bench", wait=240)
        os.environ.update(NEO4J_URI=info.bolt_uri, NEO4J_PASSWORD="graphbuild-bench")
    try:
        store = Neo4jStore.from_settings()
        store.run("MATCH (n) DETACH DELETE n", write=True)
        store.ensure_constraints()
        n_naive, t_naive = naive_load(store, results, args.naive)
        store.run("MATCH (n) DETACH DELETE n", write=True)
        n_batch, t_batch = batched_load(store, results)
        counts = store.counts()
        again_n, again_t = batched_load(store, results)
        assert store.counts() == counts and again_n == 0, "re-loading must change nothing"
        store.close()
    finally:
        if data_dir is not None:
            neo4j_server.stop(data_dir)
    naive_rate, batch_rate = n_naive / t_naive, n_batch / t_batch
    print(f"one transaction per statement: {n_naive:>7} statements in {t_naive:7.1f} s = {naive_rate:9.0f} statements/s")
    print(f"batched UNWIND…MERGE:          {n_batch:>7} statements in {t_batch:7.1f} s = {batch_rate:9.0f} statements/s")
    print(f"re-load of the same batch (idempotent, nothing changes): {again_t:.1f} s")
    print(f"speed-up: {batch_rate / naive_rate:.1f}x (target >= 20x); store after load: {counts}")


if __name__ == "__main__":
    main()
