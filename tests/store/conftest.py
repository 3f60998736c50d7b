"""One behaviour suite, three stores: the in-memory networkx twin, the embedded SQLite store and a real Neo4j."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest

from graphbuild.models import Actor, Article, ArticleResult, Predicate, Statement, Topic


def result(article_id: str = "a1", *, text: str = "Mexiko kritisiert die USA. Trump warnt vor Zöllen.",
           title: str = "Zollstreit", extra_statement: bool = False) -> ArticleResult:
    """A small hand-made extraction result (no NLP), with awkward text on purpose."""
    article = Article(id=article_id, text=text, title=title, date="2017-02-23", source="Test", lang="de")
    mex = Actor(id="MEX", name="Mexiko", kind="state", country="MEX", cameo="MEX")
    usa = Actor(id="USA", name="Vereinigte Staaten", kind="state", country="USA", cameo="USA")
    trump = Actor(id="PER:donald-trump", name="Donald Trump", kind="person", country="USA", roles=["president"])
    tariffs = Topic(id="TOPIC:de:zoll", name="Zölle", lang="de", country=None, actor_id=None)
    crit = Predicate(lemma="kritisieren", cameo="111", plover="DISAPPROVE", mode="", score=-2.0,
                     relation="CRITICISES")
    warn = Predicate(lemma="warnen", cameo="130", plover="THREATEN", mode="", score=-4.4, relation="WARNS")
    statements = [
        Statement(id=f"{article_id}-s1", article_id=article_id, sentence_index=0, char_start=0, char_end=26,
                  sentence="Mexiko kritisiert die USA.", source_id="MEX", predicate=crit, target_id="USA",
                  target_kind="actor", date="2017-02-23", lang="de", confidence=0.9,
                  quote='„Das ist <inakzeptabel> & "falsch"\x0b“', source_text="Mexiko", target_text="die USA"),
        Statement(id=f"{article_id}-s2", article_id=article_id, sentence_index=1, char_start=27, char_end=50,
                  sentence="Trump warnt vor Zöllen.", source_id="PER:donald-trump", predicate=warn,
                  target_id="TOPIC:de:zoll", target_kind="topic", date="2017-02-23", lang="de", confidence=0.8,
                  modality="conditional"),
    ]
    if extra_statement:
        statements.append(Statement(
            id=f"{article_id}-s3", article_id=article_id, sentence_index=1, char_start=27, char_end=50,
            sentence="Trump warnt vor Zöllen.", source_id="PER:donald-trump", predicate=crit, target_id="MEX",
            target_kind="actor", date="2017-02-23", lang="de", confidence=0.7))
    return ArticleResult(article=article, actors=[mex, usa, trump], topics=[tariffs], statements=statements,
                         sentences=2, mentions=3)


@pytest.fixture(params=["memory", "embedded", "neo4j"])
def store(request, tmp_path) -> Iterator:
    if request.param == "memory":
        from graphbuild.store.memory import MemoryStore

        yield MemoryStore()
    elif request.param == "embedded":
        from graphbuild.store.sqlite import SqliteStore

        s = SqliteStore(tmp_path / "g.db")
        yield s
        s.close()
    else:
        neo4j_store = request.getfixturevalue("neo4j_store")
        yield neo4j_store


@pytest.fixture
def make_result():
    return lambda *a, **k: copy.deepcopy(result(*a, **k))
