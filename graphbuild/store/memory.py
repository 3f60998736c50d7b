"""A graph store that is a ``networkx.MultiDiGraph`` in memory — the twin the persistent stores are tested against."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import networkx as nx

from graphbuild.models import Actor, ArticleResult
from graphbuild.store.base import DeleteOutcome, GraphStore, WriteOutcome
from graphbuild.store.graphmodel import (
    ARTICLE_PREFIX,
    STATEMENT_PREFIX,
    add_article,
    statement_row,
)


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", ""))


class MemoryStore(GraphStore):
    name = "memory"

    def __init__(self) -> None:
        self._graph = nx.MultiDiGraph()
        self._merges: dict[str, str] = {}

    def content_hash(self, article_id: str) -> str | None:
        node = self._graph.nodes.get(ARTICLE_PREFIX + article_id)
        return node.get("content_hash") if node else None

    def write(self, result: ArticleResult) -> WriteOutcome:
        article = result.article
        stored = self.content_hash(article.id)
        if stored == article.content_hash:
            return "unchanged"
        if stored is not None:
            self.delete_article(article.id)
        add_article(self._graph, article, result.sentences, result.actors, result.topics, result.statements)
        return "replaced" if stored is not None else "added"

    def delete_article(self, article_id: str) -> DeleteOutcome:
        g = self._graph
        art = ARTICLE_PREFIX + article_id
        if art not in g:
            return DeleteOutcome(0, 0, 0, found=False)
        statements = [u for u, _, k in g.in_edges(art, keys=True) if k == "REPORTED_IN"]
        touched = {art} | {v for s in statements for _, v in g.out_edges(s)} | {u for s in statements for u, _ in
                                                                                  g.in_edges(s)}
        touched |= {v for _, v in g.out_edges(art)}
        ids = {g.nodes[s]["statement_id"] for s in statements}
        for u, v, k, d in list(g.edges(keys=True, data=True)):
            if d.get("statement_id") in ids:
                g.remove_edge(u, v, key=k)
        g.remove_nodes_from(statements)
        g.remove_node(art)
        actors = topics = 0
        for node in touched - {art}:
            if node not in g:
                continue
            label = _label(g, node)
            if label == "Topic" and not any(k == "TARGETS" for *_, k in g.in_edges(node, keys=True)):
                g.remove_node(node)
                topics += 1
        for node in touched - {art}:  # actors last: an actor is kept while a statement or article refers to it
            if node in g and _label(g, node) == "Actor" and not any(
                    k in ("STATED", "TARGETS", "MENTIONS") for *_, k in
                    list(g.in_edges(node, keys=True)) + list(g.out_edges(node, keys=True))):
                g.remove_node(node)
                actors += 1
        return DeleteOutcome(len(statements), actors, topics, found=True)

    def counts(self) -> dict[str, int]:
        out = {"articles": 0, "actors": 0, "topics": 0, "statements": 0}
        key = {"Article": "articles", "Actor": "actors", "Topic": "topics", "Statement": "statements"}
        for _, label in self._graph.nodes(data="label"):
            if label in key:
                out[key[label]] += 1
        return out

    def actors(self) -> Iterator[Actor]:
        for node, d in self._graph.nodes(data=True):
            if d.get("label") == "Actor":
                yield Actor(id=node, name=d["name"], kind=d["kind"], country=d.get("country") or None,
                            roles=[r for r in str(d.get("roles", "")).split("; ") if r], sector=d.get("sector") or None,
                            aliases=[a for a in str(d.get("aliases", "")).split("; ") if a], qid=d.get("qid") or None,
                            cameo=d.get("cameo") or None)

    def statement_rows(self) -> Iterator[dict[str, Any]]:
        g = self._graph
        for _node, d in sorted(g.nodes(data=True), key=lambda x: (str(x[1].get("article_id")),
                                                                  x[1].get("char_start", 0), str(x[0]))):
            if d.get("label") != "Statement":
                continue
            target = g.nodes[d["target_id"]] if d.get("target_id") and d["target_id"] in g else None
            yield statement_row(d, g.nodes.get(d["source_id"]), target, d.get("target_kind") or None)

    def merge_actors(self, source_id: str, target_id: str) -> int:
        g = self._graph
        self._merges[source_id] = target_id
        if source_id not in g:
            return 0
        if target_id not in g:
            g.add_node(target_id, **g.nodes[source_id])
        moved = 0
        for u, v, k, d in list(g.in_edges(source_id, keys=True, data=True)):
            g.remove_edge(u, v, key=k)
            g.add_edge(u, target_id, key=k, **d)
            moved += 1
        for u, v, k, d in list(g.out_edges(source_id, keys=True, data=True)):
            g.remove_edge(u, v, key=k)
            g.add_edge(target_id, v, key=k, **d)
            moved += 1
        for _node, d in g.nodes(data=True):
            if d.get("label") == "Statement":
                if d.get("source_id") == source_id:
                    d["source_id"] = target_id
                if d.get("target_id") == source_id:
                    d["target_id"] = target_id
        src = g.nodes[source_id]
        tgt = g.nodes[target_id]
        aliases = [a for a in str(tgt.get("aliases", "")).split("; ") if a]
        for alias in [src.get("name", ""), *str(src.get("aliases", "")).split("; ")]:
            if alias and alias not in aliases and alias != tgt.get("name"):
                aliases.append(alias)
        tgt["aliases"] = "; ".join(aliases)
        tgt["country"] = tgt.get("country") or src.get("country", "")
        g.remove_node(source_id)
        return moved

    def merges(self) -> dict[str, str]:
        return dict(self._merges)

    def graph(self) -> nx.MultiDiGraph:
        return self._graph.copy()


__all__ = ["STATEMENT_PREFIX", "MemoryStore"]
