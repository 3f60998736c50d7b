"""The store contract, run against every store (memory twin, embedded SQLite, real Neo4j)."""

from __future__ import annotations

import networkx as nx

from graphbuild.export.graphml import write_graphml


def test_write_counts_and_properties(store, make_result):
    assert store.write(make_result()) == "added"
    assert store.counts() == {"articles": 1, "actors": 3, "topics": 1, "statements": 2}
    rows = {r["id"]: r for r in store.statement_rows()}
    crit = rows["a1-s1"]
    assert crit["source"] == {"id": "MEX", "name": "Mexiko", "kind": "state", "country": "MEX", "role": None}
    assert crit["target"]["id"] == "USA" and crit["target"]["country"] == "USA"
    assert crit["predicate"]["cameo"] == "111" and crit["predicate"]["score"] == -2.0
    assert crit["quote"].startswith("„Das ist <inakzeptabel>")
    warn = rows["a1-s2"]
    assert warn["target"]["id"] == "TOPIC:de:zoll" and warn["target"]["name"] == "Zölle"
    assert warn["source"]["role"] == "president"
    trump = next(a for a in store.actors() if a.id == "PER:donald-trump")
    assert trump.country == "USA" and trump.roles == ["president"]


def test_reingest_is_idempotent_and_changed_content_replaces(store, make_result):
    store.write(make_result())
    before = store.counts()
    assert store.write(make_result()) == "unchanged"
    assert store.counts() == before
    changed = make_result(text="Mexiko kritisiert die USA erneut. Trump warnt vor Zöllen.", extra_statement=True)
    assert store.write(changed) == "replaced"
    assert store.counts()["statements"] == 3 and store.counts()["articles"] == 1


def test_incremental_articles_share_actor_nodes(store, make_result):
    store.write(make_result("a1"))
    store.write(make_result("a2"))
    counts = store.counts()
    assert counts == {"articles": 2, "actors": 3, "topics": 1, "statements": 4}


def test_delete_article_removes_orphans_only(store, make_result):
    store.write(make_result("a1"))
    store.write(make_result("a2"))
    outcome = store.delete_article("a1")
    assert outcome.found and outcome.statements == 2 and outcome.actors == 0
    assert store.counts() == {"articles": 1, "actors": 3, "topics": 1, "statements": 2}
    outcome = store.delete_article("a2")
    assert outcome.statements == 2 and outcome.actors == 3 and outcome.topics == 1
    assert store.counts() == {"articles": 0, "actors": 0, "topics": 0, "statements": 0}
    assert not store.delete_article("missing").found


def test_merge_actors_moves_statements_and_is_remembered(store, make_result):
    store.write(make_result())
    moved = store.merge_actors("USA", "MEX")
    assert moved >= 1
    assert store.merges() == {"USA": "MEX"}
    ids = {a.id for a in store.actors()}
    assert "USA" not in ids and "MEX" in ids
    mex = next(a for a in store.actors() if a.id == "MEX")
    assert "Vereinigte Staaten" in mex.aliases
    assert all(r["target"] is None or r["target"]["id"] != "USA" for r in store.statement_rows())


def test_graph_and_graphml_round_trip(store, make_result, tmp_path):
    store.write(make_result())
    graph = store.graph()
    labels = nx.get_node_attributes(graph, "label")
    assert sorted(set(labels.values())) == ["Actor", "Article", "Statement", "Topic"]
    typed = [(u, v, d["type"]) for u, v, d in graph.edges(data=True) if d["type"] in ("CRITICISES", "WARNS")]
    assert ("MEX", "USA", "CRITICISES") in typed and ("PER:donald-trump", "TOPIC:de:zoll", "WARNS") in typed
    # a typed edge says whether its act happened, so browsing can leave out the conditional, denied, unconfirmed
    modality = {d["type"]: d["modality"] for _, _, d in graph.edges(data=True) if d["type"] in ("CRITICISES", "WARNS")}
    assert modality == {"CRITICISES": "asserted", "WARNS": "conditional"}
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    quote = next(d["quote"] for _, d in back.nodes(data=True) if d.get("statement_id") == "a1-s1")
    assert quote == '„Das ist <inakzeptabel> & "falsch"“', "control characters are dropped, markup survives"
    assert back.nodes["MEX"]["label"] == "Mexiko" and back.nodes["MEX"]["labels"] == ":Actor"
