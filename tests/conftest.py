"""Shared fixtures: hand-built parses (model-independent), shared-data locations, pipeline availability."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", REPO.parent / "shared"))
IN_CI = os.environ.get("CI") == "true" or os.environ.get("GRAPHBUILD_CI") == "1"


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test with a reason when it is absent (fails in CI, where it must exist)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing in CI; ../shared must be present there")
        pytest.skip(f"{path} not available (../shared is only present on development machines and in CI)")
    return path


def make_doc(lang: str, rows: Sequence[tuple], *, ents: Sequence[str] | None = None, text_spaces: bool = True,
             spaces: Sequence[bool] | None = None):
    """Build a parsed Doc by hand, like spaCy's own parser tests.

    ``rows`` are ``(word, head_index, dep, pos, lemma[, tag[, morph]])`` with absolute head indices (a root
    points at itself). ``ents`` are IOB tags (``B-PER``, ``I-PER``, ``O``) per token. ``spaces`` overrides the
    whitespace after each token (default: a space, none before punctuation).
    """
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank(lang)
    words = [r[0] for r in rows]
    given = spaces
    spaces = [True] * len(words)
    for i, w in enumerate(words[1:], start=1):
        if w in {",", ".", ":", ";", "!", "?", "“", "”", "\""} and text_spaces:
            spaces[i - 1] = False
        if words[i - 1] in {"„", "“"} and words[i - 1] != w:
            spaces[i - 1] = False
    spaces[-1] = False
    if given is not None:
        spaces = list(given)
    heads = [r[1] for r in rows]
    for i in range(len(rows)):  # a cycle would make spaCy's subtree walks loop for ever
        j, steps = i, 0
        while heads[j] != j:
            j, steps = heads[j], steps + 1
            if steps > len(rows):
                raise ValueError(f"hand-built parse has a head cycle through token {i} ({words[i]!r})")
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces,
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
        morphs=[r[6] if len(r) > 6 else "" for r in rows], ents=list(ents) if ents else None,
    )
    return doc


@pytest.fixture
def doc_builder():
    return make_doc


# --- a real Neo4j for the store behaviour suite, query tests and the browser test -------------------------------

REQUIRE_NEO4J = os.environ.get("GRAPHBUILD_REQUIRE_NEO4J") == "1"
TEST_PASSWORD = "graphbuild-test"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Neo4jHandle:
    """Where the test Neo4j listens and how to log in."""

    def __init__(self, uri: str, user: str, password: str, browser: str | None) -> None:
        self.uri, self.user, self.password, self.browser = uri, user, password, browser


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real Neo4j: the one CI started (``GRAPHBUILD_TEST_NEO4J_URI``), else a throwaway local server.

    Skips with a reason without Java/Maven on a user machine; fails instead when ``GRAPHBUILD_REQUIRE_NEO4J=1``
    (CI). The database is wiped by the tests, so never point ``GRAPHBUILD_TEST_NEO4J_URI`` at data you keep.
    """
    import shutil

    uri = os.environ.get("GRAPHBUILD_TEST_NEO4J_URI")
    if uri:
        yield Neo4jHandle(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""),
                          os.environ.get("GRAPHBUILD_TEST_NEO4J_BROWSER"))
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        message = f"Neo4j tests need {' and '.join(missing)} (a local Neo4j 5.26 is built from Maven Central)"
        if REQUIRE_NEO4J:
            pytest.fail(message + "; GRAPHBUILD_REQUIRE_NEO4J=1 forbids skipping")
        pytest.skip(message)
    from graphbuild.errors import Neo4jError
    from graphbuild.store import neo4j_server as server

    data = tmp_path_factory.mktemp("neo4j")
    try:
        info = server.start(data, bolt_port=_free_port(), http_port=_free_port(), password=TEST_PASSWORD, wait=240)
    except Neo4jError as err:
        if REQUIRE_NEO4J:
            pytest.fail(f"could not start Neo4j: {err}")
        pytest.skip(f"could not start a local Neo4j: {err}")
    try:
        yield Neo4jHandle(info.bolt_uri, info.user, TEST_PASSWORD, info.browser_url)
    finally:
        server.stop(data)


@pytest.fixture
def neo4j_store(neo4j_server):
    """An empty Neo4jStore on the test server (wiped before each test)."""
    from graphbuild.store.neo4j import Neo4jStore

    store = Neo4jStore.connect(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    store.run("MATCH (n) DETACH DELETE n", write=True)
    try:
        yield store
    finally:
        store.close()
