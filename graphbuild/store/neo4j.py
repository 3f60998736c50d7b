"""The Neo4j store: batched, idempotent writes through the official driver.

Uniqueness constraints on ``id`` for every label are created first. Writes are ``UNWIND $rows … MERGE``
statements — nodes, then relationships — inside one managed write transaction per batch (the driver retries
transient errors), always with the database named and only parameters in the query text. Relationship types of
the typed edges (``CRITICISES`` …) cannot be parameters, so rows are grouped by type and the type, checked
against ``[A-Z_]+``, is written into the query. Node ids are the same as in the embedded store, so loading the
same articles twice changes nothing.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.errors import Neo4jError
from graphbuild.models import Actor, ArticleResult
from graphbuild.store.base import DeleteOutcome, GraphStore, WriteOutcome
from graphbuild.store.graphmodel import (
    ARTICLE_PREFIX,
    STATEMENT_PREFIX,
    actor_attrs,
    article_attrs,
    statement_attrs,
    statement_row,
    topic_attrs,
)

if TYPE_CHECKING:
    from neo4j import Driver, ManagedTransaction

    from graphbuild.config import Neo4jSettings

LABELS = ("Actor", "Topic", "Article", "Statement")
_REL_TYPE = re.compile(r"^[A-Z][A-Z0-9_]{0,60}$")
STATIC_TYPES = ("STATED", "TARGETS", "REPORTED_IN", "MENTIONS", "BELONGS_TO")
#: second label per actor kind, so Neo4j Browser styles (queries/graphbuild.grass) can colour actors by kind
KIND_LABELS = {"person": "Person", "state": "State", "government": "Government", "organisation": "Organisation",
               "group": "Group"}
CHUNK = 2000


def _list(value: Any) -> list[str]:
    return [v for v in str(value or "").split("; ") if v]


def _actor_props(attrs: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in attrs.items() if k != "label"}
    props["roles"] = _list(attrs.get("roles"))
    props["aliases"] = _list(attrs.get("aliases"))
    return {k: (None if v == "" else v) for k, v in props.items()}


def _props(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if v == "" else v) for k, v in attrs.items() if k != "label"}


def rel_type(name: str) -> str:
    if not _REL_TYPE.match(name):
        raise Neo4jError("N030", f"'{name}' is not a valid relationship type; relation labels must match [A-Z_]+.")
    return name


class Rows:
    """Node and relationship rows of a batch, ready for ``UNWIND``."""

    def __init__(self) -> None:
        self.articles: list[dict[str, Any]] = []
        self.actors: list[dict[str, Any]] = []
        self.topics: list[dict[str, Any]] = []
        self.statements: list[dict[str, Any]] = []
        self.mentions: list[dict[str, str]] = []

    def add_result(self, result: ArticleResult) -> None:
        art = result.article
        self.articles.append({"id": art.id, "props": _props(article_attrs(art, result.sentences))})
        for actor in result.actors:
            self.actors.append({"id": actor.id, "props": _actor_props(actor_attrs(actor))})
            self.mentions.append({"article": art.id, "actor": actor.id})
        for topic in result.topics:
            self.topics.append({"id": topic.id, "props": _props(topic_attrs(topic))})
        for s in result.statements:
            self.statements.append({"id": s.id, "props": _props(statement_attrs(s))})

    def __len__(self) -> int:
        return len(self.statements) + len(self.articles)

    def only(self, article_ids: set[str]) -> Rows:
        """The rows of the given articles (actors and topics are kept: they are merged, not duplicated)."""
        out = Rows()
        out.articles = [a for a in self.articles if a["id"] in article_ids]
        out.statements = [s for s in self.statements if s["props"]["article_id"] in article_ids]
        out.mentions = [m for m in self.mentions if m["article"] in article_ids]
        out.actors, out.topics = self.actors, self.topics
        return out


class Neo4jStore(GraphStore):
    name = "neo4j"

    def __init__(self, driver: Driver, database: str = "neo4j") -> None:
        self.driver = driver
        self.database = database
        self._constraints_done = False

    @classmethod
    def from_settings(cls, settings: Neo4jSettings | None = None) -> Neo4jStore:
        """Connect with ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE`` (see graphbuild.config)."""
        from graphbuild.config import neo4j_settings

        settings = settings or neo4j_settings()
        return cls.connect(settings.uri, settings.user, settings.password, settings.database)

    @classmethod
    def connect(cls, uri: str, user: str, password: str, database: str = "neo4j") -> Neo4jStore:
        """A store on the Neo4j at ``uri``; clear errors when it is unreachable or refuses the login."""
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, ServiceUnavailable

        driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
        try:
            driver.verify_connectivity()
        except AuthError as exc:
            driver.close()
            raise Neo4jError("N040", f"Neo4j at {uri} refused user '{user}': check NEO4J_USER and "
                                     f"NEO4J_PASSWORD ({exc.message}).") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            driver.close()
            raise Neo4jError("N041", f"Neo4j is not reachable at {uri} ({exc}). Start the local server with "
                                     "`graphbuild neo4j start` or set NEO4J_URI to a running Neo4j.") from None
        return cls(driver, database)

    # --- plumbing ------------------------------------------------------------------------------------------

    def run(self, query: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[dict[str, Any]]:
        """Run one auto-retried managed query and return its records as dicts."""
        from neo4j import RoutingControl
        from neo4j.exceptions import Neo4jError as DriverError
        from neo4j.exceptions import ServiceUnavailable

        try:
            records, _, _ = self.driver.execute_query(
                query, params or {}, database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ)
        except ServiceUnavailable as exc:
            raise Neo4jError("N042", f"Lost the connection to Neo4j ({exc}); is the server still running?") from None
        except DriverError as exc:
            raise Neo4jError("N043", f"Neo4j rejected a query: {exc.message} ({exc.code}).") from None
        return [r.data() for r in records]

    def _write_tx(self, work: Callable[[ManagedTransaction], Any]) -> Any:
        from neo4j.exceptions import ServiceUnavailable, SessionExpired

        for attempt in range(3):
            try:
                with self.driver.session(database=self.database) as session:
                    return session.execute_write(work)
            except (ServiceUnavailable, SessionExpired) as exc:
                if attempt == 2:
                    raise Neo4jError("N044", f"Neo4j write failed after retries: {exc}") from None
                time.sleep(1 + attempt)
        return None

    def ensure_constraints(self) -> None:
        if self._constraints_done:
            return
        for label in LABELS:
            self.run(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
                     write=True)
        self.run("CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.article_id)", write=True)
        self.run("CREATE CONSTRAINT merge_source IF NOT EXISTS FOR (m:Merge) REQUIRE m.source IS UNIQUE", write=True)
        self._constraints_done = True

    # --- writing -------------------------------------------------------------------------------------------

    def content_hash(self, article_id: str) -> str | None:
        rows = self.run("MATCH (a:Article {id: $id}) RETURN a.content_hash AS h", {"id": article_id})
        return rows[0]["h"] if rows else None

    def write(self, result: ArticleResult) -> WriteOutcome:
        return self.write_many([result])[0]

    def write_many(self, results: Iterable[ArticleResult]) -> list[WriteOutcome]:
        results = list(results)
        if not results:
            return []
        self.ensure_constraints()
        stored = {r["id"]: r["h"] for r in self.run(
            "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.content_hash AS h",
            {"ids": [r.article.id for r in results]})}
        outcomes: list[WriteOutcome] = []
        rows = Rows()
        for result in results:
            old = stored.get(result.article.id)
            if old == result.article.content_hash:
                outcomes.append("unchanged")
                continue
            if old is not None:
                self.delete_article(result.article.id)
            rows.add_result(result)
            outcomes.append("replaced" if old is not None else "added")
        if len(rows):
            self.write_rows(rows)
        return outcomes

    def write_rows(self, rows: Rows) -> None:
        """Write a batch of *new* articles in one managed transaction: nodes, then relationships, article last.

        Callers guarantee the batch's articles are not stored yet (``write_many`` and ``load`` check content hashes
        and delete replaced articles first), so statements and their relationships are CREATEd — MERGE would have
        to scan the relationships of busy nodes such as states — while shared nodes (actors, topics) are MERGEd.
        """
        actors = _dedupe_actors(rows.actors)

        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for actor in actors:
            by_kind[KIND_LABELS.get(actor["props"].get("kind") or "", "")].append(actor)
        # one pass per (target label, relation type): node, STATED, REPORTED_IN, TARGETS and the typed edge at once
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in rows.statements:
            props = row["props"]
            if props.get("target_id"):
                label = "Topic" if props.get("target_kind") == "topic" else "Actor"
                groups[(label, rel_type(props["relation"]))].append(row)
            else:
                groups[("", "")].append(row)

        def work(tx: ManagedTransaction) -> None:
            for label, group in by_kind.items():
                extra = f" SET a:{label}" if label else ""
                for chunk in _chunks(group):
                    tx.run("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) "
                           "ON CREATE SET a += row.props "
                           "ON MATCH SET a.country = coalesce(a.country, row.props.country), "
                           "a.roles = coalesce(a.roles, []) + [r IN row.props.roles WHERE NOT r IN coalesce(a.roles, [])]"
                           + extra, rows=chunk)
            for chunk in _chunks(list({t["id"]: t for t in rows.topics}.values())):
                tx.run("UNWIND $rows AS row MERGE (t:Topic {id: row.id}) SET t += row.props", rows=chunk)
            for chunk in _chunks([{"id": a["id"]} for a in rows.articles]):
                tx.run("UNWIND $rows AS row MERGE (:Article {id: row.id})", rows=chunk)
            for (label, rtype), group in groups.items():
                query = ("UNWIND $rows AS row "
                         "MATCH (src:Actor {id: row.props.source_id}) MATCH (art:Article {id: row.props.article_id}) ")
                if label:
                    query += f"MATCH (t:{label} {{id: row.props.target_id}}) "
                query += ("CREATE (s:Statement {id: row.id}) SET s += row.props "
                          "CREATE (src)-[:STATED]->(s) CREATE (s)-[:REPORTED_IN]->(art)")
                if label:
                    query += (f" CREATE (s)-[:TARGETS]->(t) CREATE (src)-[r:{rtype} {{statement_id: row.id}}]->(t) "
                              "SET r.cameo = row.props.cameo, r.score = row.props.score, "
                              "r.polarity = row.props.polarity, r.modality = row.props.modality, r.date = row.props.date, "
                              "r.confidence = row.props.confidence")
                for chunk in _chunks(group):
                    tx.run(query, rows=chunk)
            for chunk in _chunks(rows.mentions):
                tx.run("UNWIND $rows AS row MATCH (art:Article {id: row.article}) MATCH (a:Actor {id: row.actor}) "
                       "MERGE (art)-[:MENTIONS]->(a)", rows=chunk)
            owned = [t for t in rows.topics if t["props"].get("actor_id")]
            for chunk in _chunks(owned):
                tx.run("UNWIND $rows AS row MATCH (t:Topic {id: row.id}) MATCH (a:Actor {id: row.props.actor_id}) "
                       "MERGE (t)-[:BELONGS_TO]->(a)", rows=chunk)
            for chunk in _chunks(rows.articles):  # last: an article counts as stored only when complete
                tx.run("UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a += row.props", rows=chunk)

        self._write_tx(work)

    def _new_only(self, rows: Rows) -> Rows:
        """The part of a batch not stored yet: unchanged articles are dropped, changed ones deleted first."""
        stored = {r["id"]: r["h"] for r in self.run(
            "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.content_hash AS h",
            {"ids": [a["id"] for a in rows.articles]})}
        keep: set[str] = set()
        for article in rows.articles:
            old = stored.get(article["id"])
            if old == article["props"].get("content_hash"):
                continue
            if old is not None:
                self.delete_article(article["id"])
            keep.add(article["id"])
        return rows.only(keep)

    # --- deleting and merging ------------------------------------------------------------------------------

    def delete_article(self, article_id: str) -> DeleteOutcome:
        def work(tx: ManagedTransaction) -> DeleteOutcome:
            found = tx.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n", id=article_id).single()["n"]
            if not found:
                return DeleteOutcome(0, 0, 0, found=False)
            touched = tx.run(
                "MATCH (art:Article {id: $id}) "
                "OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(art) "
                "OPTIONAL MATCH (src:Actor)-[:STATED]->(s) OPTIONAL MATCH (s)-[:TARGETS]->(t) "
                "OPTIONAL MATCH (art)-[:MENTIONS]->(m:Actor) "
                "RETURN collect(DISTINCT src.id) + collect(DISTINCT t.id) + collect(DISTINCT m.id) AS ids, "
                "collect(DISTINCT s.id) AS statements", id=article_id).single()
            statements = touched["statements"]
            ids = sorted(set(touched["ids"]))
            tx.run("UNWIND $ids AS sid MATCH (s:Statement {id: sid}) MATCH (src:Actor {id: s.source_id})-[r]->() "
                   "WHERE r.statement_id = sid DELETE r", ids=statements)
            tx.run("UNWIND $ids AS sid MATCH (s:Statement {id: sid}) DETACH DELETE s", ids=statements)
            tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", id=article_id)
            topics = tx.run("UNWIND $ids AS tid MATCH (t:Topic {id: tid}) WHERE NOT ()-[:TARGETS]->(t) "
                            "DETACH DELETE t RETURN count(*) AS n", ids=ids).single()["n"]
            actors = tx.run("UNWIND $ids AS aid MATCH (a:Actor {id: aid}) "
                            "WHERE NOT (a)-[:STATED]->() AND NOT ()-[:TARGETS]->(a) AND NOT ()-[:MENTIONS]->(a) "
                            "DETACH DELETE a RETURN count(*) AS n", ids=ids).single()["n"]
            return DeleteOutcome(len(statements), actors, topics, found=True)

        return self._write_tx(work)

    def merge_actors(self, source_id: str, target_id: str) -> int:
        self.ensure_constraints()

        def work(tx: ManagedTransaction) -> int:
            tx.run("MERGE (m:Merge {source: $s}) SET m.target = $t", s=source_id, t=target_id)
            src = tx.run("MATCH (a:Actor {id: $s}) RETURN properties(a) AS p", s=source_id).single()
            if src is None:
                return 0
            tx.run("MERGE (t:Actor {id: $t}) ON CREATE SET t += $p, t.id = $t", t=target_id, p=src["p"])
            rels = tx.run("MATCH (a:Actor {id: $s})-[r]-(x) RETURN type(r) AS type, startNode(r) = a AS out, "
                          "elementId(r) AS rid", s=source_id).data()
            for rel in rels:
                rtype = rel_type(rel["type"])
                pattern = f"(t)-[n:{rtype}]->(x)" if rel["out"] else f"(x)-[n:{rtype}]->(t)"
                tx.run(f"MATCH (a:Actor {{id: $s}})-[r]-(x) WHERE elementId(r) = $rid MATCH (t:Actor {{id: $t}}) "
                       f"CREATE {pattern} SET n = properties(r) DELETE r", s=source_id, t=target_id, rid=rel["rid"])
            tx.run("MATCH (s:Statement {source_id: $s}) SET s.source_id = $t", s=source_id, t=target_id)
            tx.run("MATCH (s:Statement {target_id: $s}) SET s.target_id = $t", s=source_id, t=target_id)
            tx.run("MATCH (p:Topic {actor_id: $s}) SET p.actor_id = $t", s=source_id, t=target_id)
            tx.run("MATCH (a:Actor {id: $s}), (t:Actor {id: $t}) "
                   "SET t.aliases = coalesce(t.aliases, []) + [x IN [a.name] + coalesce(a.aliases, []) "
                   "WHERE x IS NOT NULL AND x <> t.name AND NOT x IN coalesce(t.aliases, [])], "
                   "t.country = coalesce(t.country, a.country) DETACH DELETE a", s=source_id, t=target_id)
            return len(rels)

        return self._write_tx(work)

    def merges(self) -> dict[str, str]:
        return {r["s"]: r["t"] for r in self.run("MATCH (m:Merge) RETURN m.source AS s, m.target AS t")}

    # --- reading -------------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {}
        for label, key in (("Article", "articles"), ("Actor", "actors"), ("Topic", "topics"),
                           ("Statement", "statements")):
            out[key] = self.run(f"MATCH (n:{label}) RETURN count(n) AS n")[0]["n"]
        return out

    def actors(self) -> Iterator[Actor]:
        for r in self.run("MATCH (a:Actor) RETURN properties(a) AS p ORDER BY a.id"):
            p = r["p"]
            yield Actor(id=p["id"], name=p.get("name") or p["id"], kind=p.get("kind") or "organisation",
                        country=p.get("country"), roles=list(p.get("roles") or []), sector=p.get("sector"),
                        aliases=list(p.get("aliases") or []), qid=p.get("qid"), cameo=p.get("cameo"))

    def statement_rows(self) -> Iterator[dict[str, Any]]:
        records = self.run(
            "MATCH (s:Statement) OPTIONAL MATCH (src:Actor {id: s.source_id}) OPTIONAL MATCH (s)-[:TARGETS]->(t) "
            "RETURN properties(s) AS s, properties(src) AS src, properties(t) AS t "
            "ORDER BY s.article_id, s.char_start, s.id")
        for r in records:
            s = {k: ("" if v is None else v) for k, v in r["s"].items()}
            src = _flat(r["src"])
            tgt = _flat(r["t"])
            yield statement_row(s, src, tgt, s.get("target_kind") or None)

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        prefix = {"Article": ARTICLE_PREFIX, "Statement": STATEMENT_PREFIX}
        node_ids: dict[str, str] = {}
        for r in self.run("MATCH (n) WHERE n:Actor OR n:Topic OR n:Article OR n:Statement "
                          "RETURN elementId(n) AS eid, [x IN labels(n) WHERE x IN $labels][0] AS label, "
                          "properties(n) AS p", {"labels": list(LABELS)}):
            p = _flat(r["p"]) or {}
            node = prefix.get(r["label"], "") + str(p.pop("id"))
            node_ids[r["eid"]] = node
            g.add_node(node, label=r["label"], **p)
        for r in self.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, "
                          "properties(r) AS p"):
            if r["a"] not in node_ids or r["b"] not in node_ids:
                continue
            p = r["p"]
            key = f"{r['type']}:{p['statement_id']}" if "statement_id" in p else r["type"]
            g.add_edge(node_ids[r["a"]], node_ids[r["b"]], key=key, type=r["type"],
                       **{k: ("" if v is None else v) for k, v in p.items()})
        return g

    def load(self, rows: Iterable[Rows], *, progress: Callable[[int], None] | None = None) -> int:
        """Write pre-built row batches (``graphbuild load``); returns statements written."""
        self.ensure_constraints()
        n = 0
        for batch in rows:
            fresh = self._new_only(batch)
            if fresh.articles:
                self.write_rows(fresh)
            n += len(fresh.statements)
            if progress:
                progress(len(batch.statements))
        return n

    def close(self) -> None:
        self.driver.close()


def _flat(props: dict[str, Any] | None) -> dict[str, Any] | None:
    """Neo4j properties in the embedded store's shape (lists joined, nulls as empty strings)."""
    if props is None:
        return None
    return {k: ("; ".join(v) if isinstance(v, list) else ("" if v is None else v)) for k, v in props.items()}


def _dedupe_actors(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per actor id, roles united (a batch repeats the actors every article mentions)."""
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        seen = out.get(row["id"])
        if seen is None:
            out[row["id"]] = {"id": row["id"], "props": dict(row["props"], roles=list(row["props"].get("roles") or []))}
            continue
        props = seen["props"]
        props["country"] = props.get("country") or row["props"].get("country")
        props["roles"] += [r for r in row["props"].get("roles") or [] if r not in props["roles"]]
    return list(out.values())


def _chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
