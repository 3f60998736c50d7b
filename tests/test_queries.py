"""Every question in queries/ runs against a real Neo4j with its documented example parameters."""

from __future__ import annotations

import copy

import pytest

from graphbuild import queries as q
from graphbuild.errors import QueryError
from graphbuild.models import Predicate, Statement, Topic
from tests.store.conftest import result

QUERY_NAMES = [item.name for item in q.all_queries()]


def test_there_are_at_least_ten_documented_questions():
    items = q.all_queries()
    assert len(items) >= 10
    for item in items:
        assert item.title and item.description, item.name
        assert set(item.params) == set(item.example), f"{item.name}: every parameter needs an example value"


def test_binding_reports_missing_and_unknown_parameters():
    item = q.find("who_acted_on")
    with pytest.raises(QueryError, match="Q005.*relation"):
        q.bind(item, {"actor": "MEX"})
    with pytest.raises(QueryError, match="Q006"):
        q.bind(item, {"actor": "MEX", "relation": "X", "bogus": "1"})
    assert q.bind(q.find("hostile_dyads"), {"min": "2"}) == {"min": 2}


@pytest.fixture(scope="module")
def loaded(neo4j_server):
    """A small graph: Mexico criticises the USA and a US topic, Trump warns against tariffs."""
    from graphbuild.store.neo4j import Neo4jStore

    store = Neo4jStore.connect(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    store.run("MATCH (n) DETACH DELETE n", write=True)
    first = result("q1")
    second = copy.deepcopy(result("q2", text="Mexiko lehnt die US-Abschiebepolitik ab."))
    policy = Topic(id="TOPIC:de:us-abschiebepolitik", name="US-Abschiebepolitik", lang="de", country="USA",
                   actor_id="USA")
    second.topics.append(policy)
    second.statements.append(Statement(
        id="q2-s9", article_id="q2", sentence_index=0, char_start=0, char_end=40,
        sentence="Mexiko lehnt die US-Abschiebepolitik ab.", source_id="MEX",
        predicate=Predicate(lemma="ablehnen", cameo="120", plover="REJECT", score=-4.0, relation="REJECTS"),
        target_id=policy.id, target_kind="topic", date="2017-03-01", lang="de", confidence=0.8))
    store.write_many([first, second])
    yield store
    store.close()


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_query_runs_with_its_example_parameters(loaded, name):
    item = q.find(name)
    rows = loaded.run(item.cypher, q.bind(item, dict(item.example)))
    assert rows, f"{name} returned no rows on the test graph"


def test_query_answers_are_right(loaded):
    def run(name, **params):
        item = q.find(name)
        return loaded.run(item.cypher, q.bind(item, {k: str(v) for k, v in params.items()}))

    assert [r["source_id"] for r in run("who_acted_on", actor="USA", relation="CRITICISES")] == ["MEX"]
    assert {r["topic"] for r in run("actor_topics", actor="Mexiko")} == {"US-Abschiebepolitik"}
    timeline = run("dyad_timeline", a="MEX", b="USA")
    assert [(r["month"], r["statements"]) for r in timeline] == [("2017-02", 2), ("2017-03", 1)]
    assert run("hostile_dyads", min=1)[0]["mean_score"] < 0
    assert {r["id"] for r in run("actors_of_country", country="USA")} == {"USA", "PER:donald-trump"}
    assert {r["article_id"] for r in run("edge_articles", source="MEX", target="USA")} == {"q1", "q2"}
    assert run("shortest_path", a="MEX", b="USA")[0]["hops"] == 1
    assert len(run("statements_in_range", **{"from": "2017-03-01", "to": "2017-03-31"})) == 1
