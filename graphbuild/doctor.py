"""``graphbuild doctor``: what this installation can do, in one screen."""

from __future__ import annotations

import platform
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

OK, WARN, BAD = "[green]ok[/]", "[yellow]warn[/]", "[red]fail[/]"


def run_doctor(console: Console, *, db: Path) -> int:
    """Print one line per check; returns 0 when graphbuild can ingest, 1 otherwise."""
    from rich.table import Table

    from graphbuild.errors import GraphbuildError

    table = Table(title="graphbuild doctor", show_lines=False)
    table.add_column("check")
    table.add_column("status")
    table.add_column("details")
    failures = 0
    py_ok = sys.version_info >= (3, 11)
    failures += not py_ok
    table.add_row("python", OK if py_ok else BAD, f"{platform.python_version()} ({sys.executable})")
    try:
        import spacy

        table.add_row("spaCy", OK, spacy.__version__)
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        table.add_row("spaCy", BAD, str(exc))
        failures += 1
    from graphbuild.nlp.pipelines import BUNDLED, choose

    for lang in BUNDLED:
        try:
            choice = choose(lang)
            table.add_row(f"pipeline {lang}", OK, f"{choice.name} ({choice.origin}: {choice.location})")
        except GraphbuildError as err:
            table.add_row(f"pipeline {lang}", BAD, str(err))
            failures += 1
    from graphbuild.nlp import blas

    try:
        table.add_row("matrix backend", OK, f"{blas.backend()} (set {blas.ENV}=numpy|blis to change)")
    except GraphbuildError as err:
        table.add_row("matrix backend", BAD, str(err))
        failures += 1
    if db.exists():
        try:
            from graphbuild.store.sqlite import SqliteStore

            with SqliteStore(db) as store:
                counts = store.counts()
            table.add_row("embedded store", OK, f"{db}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        except GraphbuildError as err:
            table.add_row("embedded store", BAD, str(err))
            failures += 1
    else:
        table.add_row("embedded store", WARN, f"{db} does not exist yet (graphbuild ingest creates it)")
    from graphbuild.config import neo4j_settings

    settings = neo4j_settings()
    try:
        from neo4j import GraphDatabase

        with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                  connection_timeout=3) as driver:
            driver.verify_connectivity()
            info = driver.get_server_info()
        table.add_row("neo4j", OK, f"{settings.uri} ({info.agent}), database {settings.database}")
    except Exception as exc:  # noqa: BLE001 - report any driver failure as "unreachable"
        table.add_row("neo4j", WARN, f"{settings.uri} not reachable ({type(exc).__name__}); "
                      "optional — `graphbuild neo4j start` runs a local server")
    console.print(table)
    return 1 if failures else 0
