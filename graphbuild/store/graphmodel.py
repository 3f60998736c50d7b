"""The graph model, shared by every store and exporter.

Nodes (attribute ``label``): ``Actor`` (id = canonical actor id), ``Topic`` (``TOPIC:<lang>:<slug>``),
``Article`` (``ART:<article id>``), ``Statement`` (``STM:<statement id>``). Edges (attribute ``type``)::

    (Actor)-[:STATED]->(Statement)-[:TARGETS]->(Actor|Topic)
    (Statement)-[:REPORTED_IN]->(Article)-[:MENTIONS]->(Actor)
    (Topic)-[:BELONGS_TO]->(Actor)
    (Actor)-[:CRITICISES|MEETS|WARNS|…  {statement_id, cameo, score, date}]->(Actor|Topic)

All attribute values are scalars (lists are joined with "; "), so the graph can be written to GraphML as is.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from graphbuild.models import Actor, Article, Statement, Topic

if TYPE_CHECKING:
    import networkx as nx

ARTICLE_PREFIX = "ART:"
STATEMENT_PREFIX = "STM:"


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def actor_attrs(actor: Actor) -> dict[str, Any]:
    return {"label": "Actor", "name": actor.name, "kind": actor.kind, "country": _scalar(actor.country),
            "roles": _scalar(actor.roles), "sector": _scalar(actor.sector), "aliases": _scalar(actor.aliases),
            "qid": _scalar(actor.qid), "cameo": _scalar(actor.cameo)}


def topic_attrs(topic: Topic) -> dict[str, Any]:
    return {"label": "Topic", "name": topic.name, "lang": topic.lang, "country": _scalar(topic.country),
            "actor_id": _scalar(topic.actor_id)}


def article_attrs(article: Article, sentences: int = 0) -> dict[str, Any]:
    return {"label": "Article", "name": article.title or article.id, "article_id": article.id,
            "title": _scalar(article.title), "date": _scalar(article.date), "source": _scalar(article.source),
            "url": _scalar(article.url), "lang": _scalar(article.lang), "sentences": sentences,
            "content_hash": article.content_hash}


def statement_attrs(s: Statement) -> dict[str, Any]:
    p = s.predicate
    return {
        "label": "Statement", "name": f"{p.relation.lower()}: {p.lemma}", "statement_id": s.id,
        "article_id": s.article_id, "sentence_index": s.sentence_index, "char_start": s.char_start,
        "char_end": s.char_end, "sentence": s.sentence, "quote": _scalar(s.quote), "cue": _scalar(s.cue),
        "date": _scalar(s.date), "lang": s.lang, "confidence": s.confidence, "lemma": p.lemma,
        "cameo": _scalar(p.cameo), "plover": _scalar(p.plover), "mode": _scalar(p.mode),
        "score": p.score if p.score is not None else 0.0, "relation": p.relation, "known": p.known,
        "polarity": s.polarity, "modality": s.modality, "source_id": s.source_id,
        "target_id": _scalar(s.target_id), "target_kind": _scalar(s.target_kind),
        "source_text": s.source_text, "target_text": s.target_text, "extractor": s.extractor,
    }


def add_article(graph: nx.MultiDiGraph, article: Article, sentences: int, actors: list[Actor], topics: list[Topic],
                statements: list[Statement]) -> None:
    """Add one article's nodes and edges to ``graph`` (actors are merged attribute-wise when present)."""
    art = ARTICLE_PREFIX + article.id
    graph.add_node(art, **article_attrs(article, sentences))
    for actor in actors:
        if actor.id in graph:
            node = graph.nodes[actor.id]
            node["country"] = node.get("country") or _scalar(actor.country)
            roles = [r for r in str(node.get("roles", "")).split("; ") if r]
            node["roles"] = _scalar(roles + [r for r in actor.roles if r not in roles])
        else:
            graph.add_node(actor.id, **actor_attrs(actor))
        graph.add_edge(art, actor.id, key="MENTIONS", type="MENTIONS")
    for topic in topics:
        graph.add_node(topic.id, **topic_attrs(topic))
        if topic.actor_id and topic.actor_id in graph:
            graph.add_edge(topic.id, topic.actor_id, key="BELONGS_TO", type="BELONGS_TO")
    for s in statements:
        attrs = statement_attrs(s)
        graph.add_node(STATEMENT_PREFIX + s.id, **attrs)
        add_statement_edges(graph, attrs)


def statement_row(s: dict[str, Any], source: dict[str, Any] | None, target: dict[str, Any] | None,
                  target_kind: str | None) -> dict[str, Any]:
    """The JSONL export shape of one statement (``s`` = statement attrs, ``source``/``target`` = node attrs)."""
    source = source or {}
    row = {
        "id": s["statement_id"], "article_id": s["article_id"], "sentence": s["sentence_index"],
        "char_start": s["char_start"], "char_end": s["char_end"], "text": s["sentence"],
        "date": s.get("date") or None, "lang": s["lang"],
        "source": {"id": s["source_id"], "name": source.get("name"), "kind": source.get("kind"),
                   "country": source.get("country") or None,
                   "role": (str(source.get("roles") or "").split("; ")[0] or None)},
        "predicate": {"lemma": s["lemma"], "plover": s.get("plover") or None, "cameo": s.get("cameo") or None,
                      "score": s.get("score"), "mode": s.get("mode") or None, "relation": s.get("relation"),
                      "known": bool(s.get("known"))},
        "target": None,
        "polarity": s["polarity"], "modality": s["modality"], "quote": s.get("quote") or None,
        "cue": s.get("cue") or None, "confidence": s["confidence"], "source_text": s.get("source_text", ""),
        "target_text": s.get("target_text", ""), "extractor": s.get("extractor", ""),
    }
    if s.get("target_id"):
        target = target or {}
        row["target"] = {"id": s["target_id"], "name": target.get("name"),
                         "kind": target.get("kind") or ("topic" if target_kind == "topic" else None),
                         "country": target.get("country") or None, "type": target_kind}
    return row


def add_statement_edges(graph: nx.MultiDiGraph, attrs: dict[str, Any]) -> None:
    """Edges of one statement node given its attributes (used when rebuilding a graph from stored rows)."""
    sid = STATEMENT_PREFIX + attrs["statement_id"]
    graph.add_edge(attrs["source_id"], sid, key="STATED", type="STATED")
    graph.add_edge(sid, ARTICLE_PREFIX + attrs["article_id"], key="REPORTED_IN", type="REPORTED_IN")
    if attrs.get("target_id"):
        graph.add_edge(sid, attrs["target_id"], key="TARGETS", type="TARGETS")
        graph.add_edge(attrs["source_id"], attrs["target_id"], key=f"{attrs['relation']}:{attrs['statement_id']}",
                       type=attrs["relation"], statement_id=attrs["statement_id"], cameo=attrs.get("cameo", ""),
                       score=attrs.get("score") or 0.0, polarity=attrs["polarity"],
                       modality=attrs.get("modality") or "asserted", date=attrs.get("date", ""),
                       confidence=attrs["confidence"])
