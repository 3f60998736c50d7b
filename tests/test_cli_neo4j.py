"""The CLI against a real Neo4j: ingest with --store neo4j, load from the embedded store, delete, export, query."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from tests.conftest import REPO

SAMPLES = REPO / "data" / "samples"


@pytest.fixture
def neo4j_env(neo4j_store, neo4j_server, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_server.user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_server.password)
    return neo4j_store


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_ingest_into_neo4j_matches_the_embedded_store(neo4j_env, tmp_path):
    db = tmp_path / "g.db"
    invoke("ingest", str(SAMPLES), "--db", str(db))
    invoke("ingest", str(SAMPLES), "--store", "neo4j")
    again = invoke("ingest", str(SAMPLES), "--store", "neo4j")
    assert "3 unchanged" in again.output
    from graphbuild.store.sqlite import SqliteStore

    with SqliteStore(db) as embedded:
        expected = embedded.counts()
        expected_rows = sorted(r["id"] for r in embedded.statement_rows())
    assert neo4j_env.counts() == expected
    assert sorted(r["id"] for r in neo4j_env.statement_rows()) == expected_rows
    out = tmp_path / "neo.graphml"
    invoke("export", "--format", "graphml", "-o", str(out), "--store", "neo4j")
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == sum(expected.values())


def test_load_from_embedded_is_idempotent_and_delete_removes_orphans(neo4j_env, tmp_path):
    db = tmp_path / "g.db"
    invoke("ingest", str(SAMPLES), "--db", str(db))
    invoke("load", "--db", str(db))
    first = neo4j_env.counts()
    invoke("load", "--db", str(db))
    assert neo4j_env.counts() == first
    invoke("delete", "--article", "sample-en-2", "--store", "neo4j")
    after = neo4j_env.counts()
    assert after["articles"] == first["articles"] - 1 and after["statements"] < first["statements"]
    rows = json.loads(invoke("query", "graph_overview", "--format", "json").stdout)
    assert {r["what"] for r in rows} >= {"Actor", "Statement", "Article"}
