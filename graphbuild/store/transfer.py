"""Stream the embedded store into row batches for Neo4j (``graphbuild load``)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from graphbuild.store.neo4j import Rows, _actor_props, _props
from graphbuild.store.sqlite import SqliteStore


def rows_from_sqlite(store: SqliteStore, *, batch_size: int = 200) -> Iterator[Rows]:
    """Batches of ``batch_size`` articles with their statements, actors, topics and mentions."""
    db = store._db
    article_ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    for i in range(0, len(article_ids), batch_size):
        ids = article_ids[i:i + batch_size]
        marks = ",".join("?" * len(ids))
        rows = Rows()
        for article_id, attrs in db.execute(f"SELECT id, attrs FROM articles WHERE id IN ({marks})", ids):
            rows.articles.append({"id": article_id, "props": _props(json.loads(attrs))})
        actor_ids: set[str] = set()
        topic_ids: set[str] = set()
        for sid, attrs in db.execute(f"SELECT id, attrs FROM statements WHERE article_id IN ({marks})", ids):
            props = json.loads(attrs)
            rows.statements.append({"id": sid, "props": _props(props)})
            actor_ids.add(props["source_id"])
            if props.get("target_id"):
                (topic_ids if props.get("target_kind") == "topic" else actor_ids).add(props["target_id"])
        for article_id, actor_id in db.execute(
                f"SELECT article_id, actor_id FROM mentions WHERE article_id IN ({marks})", ids):
            rows.mentions.append({"article": article_id, "actor": actor_id})
            actor_ids.add(actor_id)
        for topic_id in topic_ids:
            row = db.execute("SELECT attrs FROM topics WHERE id=?", (topic_id,)).fetchone()
            if row:
                props = json.loads(row[0])
                rows.topics.append({"id": topic_id, "props": _props(props)})
                if props.get("actor_id"):
                    actor_ids.add(props["actor_id"])
        for actor_id in actor_ids:
            row = db.execute("SELECT attrs FROM actors WHERE id=?", (actor_id,)).fetchone()
            if row:
                rows.actors.append({"id": actor_id, "props": _actor_props(json.loads(row[0]))})
        yield rows
