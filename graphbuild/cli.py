"""The ``graphbuild`` command line: thin typer commands; heavy libraries are imported inside each command."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from graphbuild.config import default_db
from graphbuild.errors import GraphbuildError

if TYPE_CHECKING:
    from rich.console import Console

    from graphbuild.store.base import GraphStore

app = typer.Typer(
    name="graphbuild",
    help="Build a diplomatic-relations knowledge graph from news: who said or did what to whom.\n\n"
    "Typical use: graphbuild ingest articles/ → graphbuild stats → graphbuild export --format graphml -o g.graphml",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)

EXIT_SKIPPED = 3


class StoreKind(str, Enum):
    embedded = "embedded"
    neo4j = "neo4j"


class LangChoice(str, Enum):
    auto = "auto"
    de = "de"
    en = "en"


class ExportFormat(str, Enum):
    graphml = "graphml"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[
    Path, typer.Option("--db", envvar="GRAPHBUILD_DB", help="Embedded store file (SQLite).", show_default=True)
]
StoreOption = Annotated[
    StoreKind, typer.Option("--store", help="Where the graph lives: the embedded file or Neo4j (NEO4J_URI …).")
]


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _fail(err: GraphbuildError) -> None:
    _console(stderr=True).print(f"[bold red]error[/] {err}")
    raise typer.Exit(err.exit_code)


def open_store(kind: StoreKind, db: Path) -> GraphStore:
    if kind is StoreKind.neo4j:
        from graphbuild.store.neo4j import Neo4jStore

        return Neo4jStore.from_settings()
    from graphbuild.store.sqlite import SqliteStore

    return SqliteStore(db)


# --- ingest ------------------------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .jsonl .json .csv), folders, globs, or - for stdin.")],
    db: DbOption = Path(default_db()),
    lang: Annotated[LangChoice, typer.Option(help="Language of the articles; auto detects per article.")] = (
        LangChoice.auto),
    model: Annotated[Optional[str], typer.Option(
        help="spaCy pipeline name or path (overrides the installed official or bundled pipeline).")] = None,
    store: StoreOption = StoreKind.embedded,
    actors: Annotated[Optional[Path], typer.Option(
        "--actors", help="Actor dictionary (graphbuild YAML/CSV or PETRARCH format).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch and store transaction.")] = 16,
) -> None:
    """Read articles, extract actors and statements, and add them to the graph.

    Re-running on the same articles changes nothing; bad records are reported with file and line and skipped.
    Exit code 0 = all read, 3 = some records were skipped, 1/2 = nothing could be done.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from graphbuild.ingest import ingest as run_ingest
    from graphbuild.read.batch import estimate_total

    console = _console()
    try:
        identity = None
        if actors is not None:
            from graphbuild.resolve.dictionary import load_dictionary

            identity = load_dictionary(actors)
        total = estimate_total(paths)
        target = open_store(store, db)
        with target, Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                              MofNCompleteColumn(), TimeElapsedColumn(), console=_console(stderr=True),
                              transient=False, disable=not sys.stderr.isatty()) as bar:
            task = bar.add_task("ingesting", total=total)
            summary = run_ingest(paths, target, lang=None if lang is LangChoice.auto else lang.value, model=model,
                                 batch_size=batch_size, identity=identity,
                                 progress=lambda article, result: bar.advance(task))
            counts = target.counts()
    except GraphbuildError as err:
        _fail(err)
        return
    console.print(
        f"[bold]{summary.read}[/] articles read: {summary.added} added, {summary.replaced} replaced, "
        f"{summary.unchanged} unchanged; {summary.sentences} sentences, {summary.statements} statements, "
        f"{len(summary.actors)} actors in statements."
    )
    if summary.pipelines:
        console.print("pipelines: " + ", ".join(f"{k}={v}" for k, v in sorted(summary.pipelines.items())))
    console.print(f"store {target.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if summary.skipped:
        err_console = _console(stderr=True)
        err_console.print(f"[yellow]{summary.skipped} skipped[/] "
                          f"({', '.join(f'{c}×{n}' for c, n in summary.skipped_by_code.most_common())}):")
        for line in summary.problems[:50]:
            err_console.print(f"  {line}", markup=False)
        if len(summary.problems) > 50:
            err_console.print(f"  … and {summary.skipped - 50} more")
        raise typer.Exit(EXIT_SKIPPED)


# --- export / stats -----------------------------------------------------------------------------------------


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="graphml (Gephi, yEd), jsonl or csv.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")],
    db: DbOption = Path(default_db()),
    store: StoreOption = StoreKind.embedded,
) -> None:
    """Export the graph (GraphML) or its statements (JSON Lines, CSV)."""
    try:
        source = open_store(store, db) if store is StoreKind.neo4j or db.exists() else None
        if source is None:
            raise StoreMissing(db)
        with source:
            n = _export(source, format, output)
    except GraphbuildError as err:
        _fail(err)
        return
    _console(stderr=True).print(f"wrote {n} {'nodes' if format is ExportFormat.graphml else 'statements'} to {output}")


class StoreMissing(GraphbuildError):
    def __init__(self, db: Path) -> None:
        super().__init__("S005", f"No graphbuild store at {db}; run `graphbuild ingest FILES --db {db}` first.")


def _export(source: GraphStore, format: ExportFormat, output: Path) -> int:
    from graphbuild.export.graphml import write_graphml
    from graphbuild.export.tabular import write_csv, write_jsonl

    if format is ExportFormat.graphml:
        graph = source.graph()
        write_graphml(graph, sys.stdout.buffer if str(output) == "-" else output)
        return graph.number_of_nodes()
    if str(output) == "-":
        return (write_jsonl if format is ExportFormat.jsonl else write_csv)(source.statement_rows(), sys.stdout)
    with output.open("w", encoding="utf-8", newline="") as fh:
        return (write_jsonl if format is ExportFormat.jsonl else write_csv)(source.statement_rows(), fh)


@app.command()
def stats(db: DbOption = Path(default_db()), store: StoreOption = StoreKind.embedded) -> None:
    """Counts of articles, actors, topics and statements, and the most frequent relations."""
    from collections import Counter

    from rich.table import Table

    try:
        if store is StoreKind.embedded and not db.exists():
            raise StoreMissing(db)
        with open_store(store, db) as source:
            counts = source.counts()
            relations: Counter[str] = Counter()
            sources: Counter[str] = Counter()
            for row in source.statement_rows():
                relations[row["predicate"]["relation"]] += 1
                sources[row["source"]["name"] or row["source"]["id"]] += 1
    except GraphbuildError as err:
        _fail(err)
        return
    console = _console()
    table = Table(title=f"graphbuild store ({store.value})")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in counts.items():
        table.add_row(key, str(value))
    console.print(table)
    if relations:
        console.print("relations: " + ", ".join(f"{k} {v}" for k, v in relations.most_common(10)))
        console.print("most active sources: " + ", ".join(f"{k} {v}" for k, v in sources.most_common(10)))


@app.command()
def doctor() -> None:
    """Check Python, the spaCy pipelines per language, the embedded store and Neo4j reachability."""
    from graphbuild.doctor import run_doctor

    raise typer.Exit(run_doctor(_console(), db=Path(default_db())))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
