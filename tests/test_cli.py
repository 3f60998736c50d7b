"""The CLI end to end on the embedded store, through typer's CliRunner and the real bundled pipelines."""

from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from tests.conftest import REPO

SAMPLES = REPO / "data" / "samples"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "g.db"
    result = invoke("ingest", str(SAMPLES), "--db", str(db))
    assert result.exit_code == 0, result.output
    return db, result


def test_ingest_reports_a_summary(ingested):
    db, result = ingested
    assert "3 articles read: 3 added" in result.output
    stats = invoke("stats", "--db", str(db))
    assert stats.exit_code == 0 and "statements" in stats.output


def test_ingest_twice_changes_nothing(ingested, tmp_path):
    db, _ = ingested
    from graphbuild.store.sqlite import SqliteStore

    with SqliteStore(db) as store:
        before = store.counts()
        rows_before = sorted(r["id"] for r in store.statement_rows())
    again = invoke("ingest", str(SAMPLES), "--db", str(db))
    assert again.exit_code == 0 and "0 added" in again.output and "3 unchanged" in again.output
    with SqliteStore(db) as store:
        assert store.counts() == before
        assert sorted(r["id"] for r in store.statement_rows()) == rows_before
    assert before["statements"] > 0


def test_exports_jsonl_csv_graphml(ingested, tmp_path):
    db, _ = ingested
    out = tmp_path / "s.jsonl"
    assert invoke("export", "--format", "jsonl", "-o", str(out), "--db", str(db)).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows, "the samples produce statements"
    required = {"id", "article_id", "sentence", "char_start", "char_end", "text", "date", "lang", "source",
                "predicate", "target", "polarity", "modality", "quote", "confidence"}
    for row in rows:
        assert required <= row.keys()
        assert {"id", "name", "kind", "country", "role"} <= row["source"].keys()
        assert {"lemma", "plover", "cameo", "score"} <= row["predicate"].keys()
        assert row["target"] is None or {"id", "name", "kind", "country"} <= row["target"].keys()
    csv_out = tmp_path / "s.csv"
    assert invoke("export", "--format", "csv", "-o", str(csv_out), "--db", str(db)).exit_code == 0
    assert len(csv_out.read_text(encoding="utf-8").splitlines()) >= len(rows) + 1
    gml = tmp_path / "g.graphml"
    assert invoke("export", "--format", "graphml", "-o", str(gml), "--db", str(db)).exit_code == 0
    graph = nx.read_graphml(gml)
    assert graph.number_of_nodes() > len(rows)


def test_bad_records_are_reported_and_good_ones_kept(tmp_path):
    batch = tmp_path / "batch.jsonl"
    good = {"id": "ok", "text": "Mexiko kritisiert die neuen Zölle der USA scharf und droht mit Gegenmaßnahmen."}
    batch.write_text(json.dumps(good) + "\n{oops\n" + json.dumps({"id": "e", "text": ""}) + "\n", encoding="utf-8")
    db = tmp_path / "g.db"
    result = runner.invoke(app, ["ingest", str(batch), str(tmp_path / "missing.txt"), "--db", str(db)])
    assert result.exit_code == 3
    assert "1 articles read: 1 added" in result.stdout
    assert f"{batch}:2" in result.stderr and f"{batch}:3" in result.stderr and "missing.txt" in result.stderr


def test_export_without_store_is_an_actionable_error(tmp_path):
    result = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(tmp_path / "x"), "--db",
                                 str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "S005" in result.stderr and "graphbuild ingest" in result.stderr


def test_actors_list_and_merge_are_remembered(ingested, tmp_path):
    db, _ = ingested
    from graphbuild.store.sqlite import SqliteStore

    copy = tmp_path / "copy.db"
    with SqliteStore(db) as store:
        ids = sorted(a.id for a in store.actors())
        store._db.execute("VACUUM INTO ?", (str(copy),))
    listing = invoke("actors", "list", "--db", str(copy))
    assert listing.exit_code == 0 and ids[0] in listing.output
    merged = invoke("actors", "merge", ids[0], ids[1], "--db", str(copy))
    assert merged.exit_code == 0, merged.output
    with SqliteStore(copy) as store:
        assert store.merges() == {ids[0]: ids[1]}
        assert ids[0] not in {a.id for a in store.actors()}
    missing = runner.invoke(app, ["actors", "merge", ids[1], "PER:nobody", "--db", str(copy)])
    assert missing.exit_code == 1 and "A021" in missing.stderr


def test_help_does_not_import_heavy_libraries():
    proc = subprocess.run([sys.executable, "-m", "graphbuild.cli", "--help"], capture_output=True, text=True,
                          check=True)
    assert "ingest" in proc.stdout
    code = "import graphbuild.cli, sys; print(any(m in sys.modules for m in ('spacy', 'neo4j', 'networkx')))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"


def test_doctor_reports_pipelines_store_and_neo4j(ingested, monkeypatch):
    db, _ = ingested
    monkeypatch.setenv("GRAPHBUILD_DB", str(db))
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens there
    monkeypatch.setenv("COLUMNS", "300")  # one table row per line
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "de_graphbuild_sm (bundled" in out and "en_graphbuild_sm (bundled" in out
    assert "articles 3" in out and "not reachable" in out
    assert "matrix backend" in out and "numpy (set GRAPHBUILD_BLAS" in out


def test_doctor_fails_on_an_unknown_matrix_backend(ingested, monkeypatch):
    db, _ = ingested
    monkeypatch.setenv("GRAPHBUILD_DB", str(db))
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")
    monkeypatch.setenv("GRAPHBUILD_BLAS", "mkl")
    monkeypatch.setenv("COLUMNS", "300")
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 1 and "M006" in result.output


def test_neo4j_status_when_nothing_runs(tmp_path):
    result = runner.invoke(app, ["neo4j", "status", "--data", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no local Neo4j is running" in result.output
