"""End to end in a real headless Chromium: Neo4j Browser against the test server shows graphbuild's graph.

Uses Debian's chromium and playwright-core (tests/browser, installed with `npm install` there; .ci/run does it).
Saves artifacts/neo4j_browser.png for humans to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from urllib.parse import urlparse

import pytest

from tests.conftest import REPO
from tests.store.conftest import result

BROWSER_DIR = REPO / "tests" / "browser"
REQUIRE = os.environ.get("GRAPHBUILD_REQUIRE_BROWSER") == "1"


def _need(condition: bool, reason: str) -> None:
    if not condition:
        if REQUIRE:
            pytest.fail(reason + " (GRAPHBUILD_REQUIRE_BROWSER=1 forbids skipping)")
        pytest.skip(reason)


def test_neo4j_browser_shows_the_criticism_graph(neo4j_server, tmp_path):
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    _need(chromium is not None, "Debian's chromium is not installed (apt-get install chromium)")
    _need(shutil.which("node") is not None, "Node.js is not installed")
    _need((BROWSER_DIR / "node_modules" / "playwright-core").is_dir(),
          "playwright-core is not installed: run `npm install` in tests/browser")
    _need(bool(neo4j_server.browser), "the test Neo4j has no Browser URL (set GRAPHBUILD_TEST_NEO4J_BROWSER)")
    from graphbuild.store.neo4j import Neo4jStore

    store = Neo4jStore.connect(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    store.run("MATCH (n) DETACH DELETE n", write=True)
    store.write(result("browser-1"))
    store.close()

    artifacts = REPO / "artifacts"
    artifacts.mkdir(exist_ok=True)
    screenshot = artifacts / "neo4j_browser.png"
    bolt = urlparse(neo4j_server.uri)
    query = "MATCH p = (:Actor)-[:CRITICISES|WARNS]->() RETURN p"
    proc = subprocess.run(  # noqa: PLW1510 - the exit code is asserted with the output below
        ["node", str(BROWSER_DIR / "neo4j_browser.mjs"), neo4j_server.browser, f"{bolt.hostname}:{bolt.port}",
         neo4j_server.user, neo4j_server.password, query, str(screenshot), str(REPO / "queries" / "graphbuild.grass")],
        capture_output=True, text=True, timeout=240, cwd=BROWSER_DIR, env={**os.environ, "CHROMIUM": chromium or ""},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["error"] is None, report["error"]
    assert report["connected"]
    captions = " ".join(" ".join(c.split()) for c in report["captions"])  # long captions wrap over lines
    for expected in ("Mexiko", "Vereinigte Staaten", "Donald Trump", "Zölle", "CRITICISES", "WARNS"):
        assert expected in captions, f"{expected!r} not shown; captions: {report['captions']}"
    assert screenshot.stat().st_size > 10_000
