"""Settings read from the environment, with the defaults the CLI documents.

``GRAPHBUILD_DB`` (embedded store path, default ``./graphbuild.db``), ``NEO4J_URI`` (default
``bolt://127.0.0.1:7687``), ``NEO4J_USER`` (``neo4j``), ``NEO4J_PASSWORD`` (``graphbuild-dev`` for the local
server that ``graphbuild neo4j start`` runs), ``NEO4J_DATABASE`` (``neo4j``), ``GRAPHBUILD_NEO4J_DATA``
(``./.neo4j``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_DB = "graphbuild.db"
DEFAULT_NEO4J_PASSWORD = "graphbuild-dev"


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    user: str
    password: str
    database: str


def neo4j_settings() -> Neo4jSettings:
    return Neo4jSettings(
        uri=os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=os.environ.get("NEO4J_PASSWORD", DEFAULT_NEO4J_PASSWORD),
        database=os.environ.get("NEO4J_DATABASE", "neo4j"),
    )


def default_db() -> str:
    return os.environ.get("GRAPHBUILD_DB", DEFAULT_DB)


def neo4j_data_dir() -> str:
    return os.environ.get("GRAPHBUILD_NEO4J_DATA", ".neo4j")
