"""The storage interface every graph store implements, and the records it hands back.

Three implementations share one behaviour test suite: :class:`~graphbuild.store.memory.MemoryStore` (a
``networkx.MultiDiGraph`` in memory — the twin the others are checked against), the embedded default
:class:`~graphbuild.store.sqlite.SqliteStore` (persistent, incremental, crash-safe) and
:class:`~graphbuild.store.neo4j.Neo4jStore`.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Self

from graphbuild.models import Actor, ArticleResult

if TYPE_CHECKING:
    import networkx as nx

WriteOutcome = Literal["added", "unchanged", "replaced"]
COUNT_KEYS = ("articles", "actors", "topics", "statements")


@dataclass
class DeleteOutcome:
    statements: int
    actors: int
    topics: int
    found: bool


class GraphStore(abc.ABC):
    """A place to write extraction results to and read the graph back from."""

    name: str = "store"

    @abc.abstractmethod
    def write(self, result: ArticleResult) -> WriteOutcome:
        """Write one article's results. Same id and content as stored → ``unchanged`` and nothing is touched;
        same id with other content → its old statements are replaced."""

    def write_many(self, results: Iterable[ArticleResult]) -> list[WriteOutcome]:
        """Write several results; stores override this to use one transaction/batch."""
        return [self.write(r) for r in results]

    @abc.abstractmethod
    def content_hash(self, article_id: str) -> str | None:
        """The content hash of a stored article, or ``None`` when it is not stored."""

    @abc.abstractmethod
    def delete_article(self, article_id: str) -> DeleteOutcome:
        """Remove an article, its statements and the actors/topics left without any statement or mention."""

    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Numbers of articles, actors, topics and statements (keys in :data:`COUNT_KEYS`)."""

    @abc.abstractmethod
    def actors(self) -> Iterator[Actor]:
        """All actors."""

    @abc.abstractmethod
    def statement_rows(self) -> Iterator[dict[str, Any]]:
        """Statements joined with their source and target, in the JSONL export shape (see export.jsonl)."""

    @abc.abstractmethod
    def merge_actors(self, source_id: str, target_id: str) -> int:
        """Fold actor ``source_id`` into ``target_id`` (statements, mentions, aliases); returns rows moved."""

    @abc.abstractmethod
    def merges(self) -> dict[str, str]:
        """Remembered merges (source id → target id), applied to later ingests."""

    @abc.abstractmethod
    def graph(self) -> nx.MultiDiGraph:
        """The whole graph as a ``networkx.MultiDiGraph`` (see :mod:`graphbuild.store.graphmodel`)."""

    def close(self) -> None:
        """Release resources."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
