"""graphbuild — diplomatic-relations knowledge graphs from German and English news.

Who said or did what to whom: actors, typed statements (CAMEO/PLOVER) and their provenance, in an embedded
networkx/SQLite store or in Neo4j.

>>> import graphbuild
>>> g = graphbuild.open_graph("graphbuild.db")  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import networkx as nx


def open_graph(path: str = "graphbuild.db") -> nx.MultiDiGraph:
    """The graph in an embedded store as a ``networkx.MultiDiGraph`` (see :mod:`graphbuild.store.graphmodel`)."""
    from graphbuild.store.sqlite import open_graph as _open

    return _open(path)


def __getattr__(name: str) -> Any:  # lazy, so `import graphbuild` stays light
    if name == "ingest":
        from graphbuild.ingest import ingest

        return ingest
    raise AttributeError(name)


__all__ = ["__version__", "open_graph"]
