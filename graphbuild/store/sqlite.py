"""The embedded default store: one SQLite file (``./graphbuild.db``), handed to Python users as networkx.

Persistent and incremental (each ingest adds to the file), idempotent (an article whose id and content are
stored already is skipped; changed content replaces its statements) and crash-safe: every batch of articles is
one SQLite transaction in WAL mode, so an interrupted ingest leaves exactly the batches that were committed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.errors import StoreError
from graphbuild.models import Actor, ArticleResult
from graphbuild.store.base import DeleteOutcome, GraphStore, WriteOutcome
from graphbuild.store.graphmodel import (
    ARTICLE_PREFIX,
    STATEMENT_PREFIX,
    actor_attrs,
    add_statement_edges,
    article_attrs,
    statement_attrs,
    statement_row,
    topic_attrs,
)

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, attrs TEXT NOT NULL, text TEXT NOT NULL,
    meta TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actors (id TEXT PRIMARY KEY, attrs TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS topics (id TEXT PRIMARY KEY, attrs TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS statements (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, source_id TEXT NOT NULL, target_id TEXT,
    attrs TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mentions (article_id TEXT NOT NULL, actor_id TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_id));
CREATE TABLE IF NOT EXISTS merges (source_id TEXT PRIMARY KEY, target_id TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS statements_article ON statements(article_id);
CREATE INDEX IF NOT EXISTS statements_source ON statements(source_id);
CREATE INDEX IF NOT EXISTS statements_target ON statements(target_id);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
"""


def _dump(attrs: dict[str, Any]) -> str:
    return json.dumps(attrs, ensure_ascii=False, sort_keys=True)


class SqliteStore(GraphStore):
    name = "embedded"

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError("S001", f"{self.path} is a folder; --db needs a file path such as ./graphbuild.db.")
        if self.path.parent and not self.path.parent.exists():
            raise StoreError("S002", f"The folder {self.path.parent} for --db does not exist; create it first.")
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
            version = self._db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError("S003", f"{self.path} is not a graphbuild store ({exc}); choose another --db path.") from exc
        if version is None:
            self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(version[0]) > SCHEMA_VERSION:
            raise StoreError("S004", f"{self.path} was written by a newer graphbuild (schema {version[0]}); upgrade.")

    # --- writing -------------------------------------------------------------------------------------------

    def content_hash(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT content_hash FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def write(self, result: ArticleResult) -> WriteOutcome:
        return self.write_many([result])[0]

    def write_many(self, results: Iterable[ArticleResult]) -> list[WriteOutcome]:
        outcomes: list[WriteOutcome] = []
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for result in results:
                outcomes.append(self._write_one(result))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return outcomes

    def _write_one(self, result: ArticleResult) -> WriteOutcome:
        db = self._db
        article = result.article
        stored = self.content_hash(article.id)
        if stored == article.content_hash:
            return "unchanged"
        if stored is not None:
            self._delete(article.id)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?)", (
            article.id, article.content_hash, _dump(article_attrs(article, result.sentences)), article.text,
            _dump(article.meta), now))
        for actor in result.actors:
            self._upsert_actor(actor_attrs(actor), actor.id)
            db.execute("INSERT OR IGNORE INTO mentions VALUES (?,?)", (article.id, actor.id))
        for topic in result.topics:
            db.execute("INSERT OR REPLACE INTO topics VALUES (?,?)", (topic.id, _dump(topic_attrs(topic))))
        db.executemany("INSERT OR REPLACE INTO statements VALUES (?,?,?,?,?)", [
            (s.id, s.article_id, s.source_id, s.target_id, _dump(statement_attrs(s))) for s in result.statements])
        return "replaced" if stored is not None else "added"

    def _upsert_actor(self, attrs: dict[str, Any], actor_id: str) -> None:
        row = self._db.execute("SELECT attrs FROM actors WHERE id=?", (actor_id,)).fetchone()
        if row is not None:
            old = json.loads(row[0])
            roles = [r for r in str(old.get("roles", "")).split("; ") if r]
            roles += [r for r in str(attrs.get("roles", "")).split("; ") if r and r not in roles]
            merged = {**attrs, **{k: v for k, v in old.items() if v not in ("", None)}}
            merged["roles"] = "; ".join(roles)
            attrs = merged
        self._db.execute("INSERT OR REPLACE INTO actors VALUES (?,?)", (actor_id, _dump(attrs)))

    # --- deleting and merging ------------------------------------------------------------------------------

    def delete_article(self, article_id: str) -> DeleteOutcome:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            outcome = self._delete(article_id)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return outcome

    def _delete(self, article_id: str) -> DeleteOutcome:
        db = self._db
        if self.content_hash(article_id) is None:
            return DeleteOutcome(0, 0, 0, found=False)
        touched_actors = {r[0] for r in db.execute(
            "SELECT source_id FROM statements WHERE article_id=? UNION SELECT target_id FROM statements "
            "WHERE article_id=? AND target_id IS NOT NULL UNION SELECT actor_id FROM mentions WHERE article_id=?",
            (article_id, article_id, article_id))}
        n = db.execute("DELETE FROM statements WHERE article_id=?", (article_id,)).rowcount
        db.execute("DELETE FROM mentions WHERE article_id=?", (article_id,))
        db.execute("DELETE FROM articles WHERE id=?", (article_id,))
        actors = 0
        for actor_id in touched_actors:
            used = db.execute(
                "SELECT 1 FROM statements WHERE source_id=? OR target_id=? UNION SELECT 1 FROM mentions WHERE "
                "actor_id=? LIMIT 1", (actor_id, actor_id, actor_id)).fetchone()
            if used is None:
                actors += db.execute("DELETE FROM actors WHERE id=?", (actor_id,)).rowcount
        topics = db.execute(
            "DELETE FROM topics WHERE id NOT IN (SELECT target_id FROM statements WHERE target_id IS NOT NULL)"
        ).rowcount
        return DeleteOutcome(n, actors, topics, found=True)

    def merge_actors(self, source_id: str, target_id: str) -> int:
        db = self._db
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT OR REPLACE INTO merges VALUES (?,?,?)", (source_id, target_id, now))
            src = db.execute("SELECT attrs FROM actors WHERE id=?", (source_id,)).fetchone()
            moved = 0
            if src is not None:
                src_attrs = json.loads(src[0])
                tgt = db.execute("SELECT attrs FROM actors WHERE id=?", (target_id,)).fetchone()
                tgt_attrs = json.loads(tgt[0]) if tgt else dict(src_attrs)
                aliases = [a for a in str(tgt_attrs.get("aliases", "")).split("; ") if a]
                for alias in [src_attrs.get("name", ""), *str(src_attrs.get("aliases", "")).split("; ")]:
                    if alias and alias not in aliases and alias != tgt_attrs.get("name"):
                        aliases.append(alias)
                tgt_attrs["aliases"] = "; ".join(aliases)
                tgt_attrs["country"] = tgt_attrs.get("country") or src_attrs.get("country", "")
                db.execute("INSERT OR REPLACE INTO actors VALUES (?,?)", (target_id, _dump(tgt_attrs)))
                db.execute("DELETE FROM actors WHERE id=?", (source_id,))
                for sid, attrs in list(db.execute(
                        "SELECT id, attrs FROM statements WHERE source_id=? OR target_id=?", (source_id, source_id))):
                    a = json.loads(attrs)
                    a["source_id"] = target_id if a["source_id"] == source_id else a["source_id"]
                    a["target_id"] = target_id if a.get("target_id") == source_id else a.get("target_id")
                    db.execute("UPDATE statements SET source_id=?, target_id=?, attrs=? WHERE id=?",
                               (a["source_id"], a["target_id"] or None, _dump(a), sid))
                    moved += 1
                db.execute("UPDATE OR IGNORE mentions SET actor_id=? WHERE actor_id=?", (target_id, source_id))
                db.execute("DELETE FROM mentions WHERE actor_id=?", (source_id,))
                for tid, attrs in list(db.execute("SELECT id, attrs FROM topics")):
                    a = json.loads(attrs)
                    if a.get("actor_id") == source_id:
                        a["actor_id"] = target_id
                        db.execute("UPDATE topics SET attrs=? WHERE id=?", (_dump(a), tid))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return moved

    def merges(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT source_id, target_id FROM merges").fetchall())

    # --- reading -------------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "actors", "topics", "statements"):
            out[table] = self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        return out

    def actors(self) -> Iterator[Actor]:
        for actor_id, attrs in self._db.execute("SELECT id, attrs FROM actors ORDER BY id"):
            d = json.loads(attrs)
            yield Actor(id=actor_id, name=d["name"], kind=d["kind"], country=d.get("country") or None,
                        roles=[r for r in str(d.get("roles", "")).split("; ") if r], sector=d.get("sector") or None,
                        aliases=[a for a in str(d.get("aliases", "")).split("; ") if a], qid=d.get("qid") or None,
                        cameo=d.get("cameo") or None)

    def _node_attrs(self, node_id: str | None) -> dict[str, Any] | None:
        if not node_id:
            return None
        row = self._db.execute("SELECT attrs FROM actors WHERE id=? UNION ALL SELECT attrs FROM topics WHERE id=?",
                               (node_id, node_id)).fetchone()
        return json.loads(row[0]) if row else None

    def statement_rows(self) -> Iterator[dict[str, Any]]:
        cursor = self._db.execute("SELECT attrs FROM statements ORDER BY article_id, "
                                  "json_extract(attrs, '$.char_start'), id")
        for (attrs,) in cursor:
            d = json.loads(attrs)
            yield statement_row(d, self._node_attrs(d["source_id"]), self._node_attrs(d.get("target_id")),
                                d.get("target_kind") or None)

    def article_text(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT text FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None

    def graph(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        db = self._db
        for article_id, attrs in db.execute("SELECT id, attrs FROM articles"):
            g.add_node(ARTICLE_PREFIX + article_id, **json.loads(attrs))
        for actor_id, attrs in db.execute("SELECT id, attrs FROM actors"):
            g.add_node(actor_id, **json.loads(attrs))
        for topic_id, attrs in db.execute("SELECT id, attrs FROM topics"):
            g.add_node(topic_id, **json.loads(attrs))
        for topic_id, attrs in db.execute("SELECT id, attrs FROM topics"):
            owner = json.loads(attrs).get("actor_id")
            if owner and owner in g:
                g.add_edge(topic_id, owner, key="BELONGS_TO", type="BELONGS_TO")
        for article_id, actor_id in db.execute("SELECT article_id, actor_id FROM mentions"):
            if actor_id in g:
                g.add_edge(ARTICLE_PREFIX + article_id, actor_id, key="MENTIONS", type="MENTIONS")
        for (attrs,) in db.execute("SELECT attrs FROM statements"):
            d = json.loads(attrs)
            g.add_node(STATEMENT_PREFIX + d["statement_id"], **d)
            add_statement_edges(g, d)
        return g

    def close(self) -> None:
        self._db.close()


def open_graph(path: str | Path = "graphbuild.db") -> nx.MultiDiGraph:
    """Open an embedded store and return its graph as a ``networkx.MultiDiGraph``.

    >>> import graphbuild
    >>> g = graphbuild.open_graph("graphbuild.db")            # doctest: +SKIP
    >>> [d["name"] for _, d in g.nodes(data=True) if d["label"] == "Actor"][:3]  # doctest: +SKIP
    """
    if not Path(path).exists():
        raise StoreError("S005", f"No graphbuild store at {path}; run `graphbuild ingest … --db {path}` first.")
    store = SqliteStore(path)
    try:
        return store.graph()
    finally:
        store.close()
