"""The ``graphbuild`` command line: thin typer commands; heavy libraries are imported inside each command."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from graphbuild.config import DEFAULT_DB, default_db
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
    db: DbOption = Path(DEFAULT_DB),
    lang: Annotated[LangChoice, typer.Option(help="Language of the articles; auto detects per article.")] = (
        LangChoice.auto),
    model: Annotated[str | None, typer.Option(
        help="spaCy pipeline name or path (overrides the installed official or bundled pipeline).")] = None,
    store: StoreOption = StoreKind.embedded,
    actors: Annotated[Path | None, typer.Option(
        "--actors", help="Actor dictionary (graphbuild YAML/CSV or PETRARCH format).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch and store transaction.")] = 16,
) -> None:
    """Read articles, extract actors and statements, and add them to the graph.

    Re-running on the same articles changes nothing; bad records are reported with file and line and skipped.
    Exit code 0 = all read, 3 = some records were skipped, 1/2 = nothing could be done.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

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
    db: DbOption = Path(DEFAULT_DB),
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
def stats(db: DbOption = Path(DEFAULT_DB), store: StoreOption = StoreKind.embedded) -> None:
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


# --- actors -------------------------------------------------------------------------------------------------

actors_app = typer.Typer(help="List actors and merge duplicates (merges are remembered for later ingests).",
                         no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("list")
def actors_list(
    db: DbOption = Path(DEFAULT_DB),
    store: StoreOption = StoreKind.embedded,
    kind: Annotated[str | None, typer.Option(help="Only this kind: person, state, government, organisation, "
                                                    "group.")] = None,
    country: Annotated[str | None, typer.Option(help="Only actors of this ISO-3 country.")] = None,
) -> None:
    """Actors with kind, country and roles."""
    from rich.table import Table

    try:
        if store is StoreKind.embedded and not db.exists():
            raise StoreMissing(db)
        with open_store(store, db) as source:
            actors = [a for a in source.actors() if (kind is None or a.kind == kind) and
                      (country is None or a.country == country.upper())]
            merges = source.merges()
    except GraphbuildError as err:
        _fail(err)
        return
    table = Table(title=f"{len(actors)} actors")
    for column in ("id", "name", "kind", "country", "roles", "aliases"):
        table.add_column(column)
    for a in actors:
        table.add_row(a.id, a.name, a.kind, a.country or "", "; ".join(a.roles), "; ".join(a.aliases))
    console = _console()
    console.print(table)
    if merges:
        console.print("remembered merges: " + ", ".join(f"{k} → {v}" for k, v in sorted(merges.items())))


@actors_app.command("merge")
def actors_merge(
    source: Annotated[str, typer.Argument(help="Actor id to fold away, e.g. PER:tillerson.")],
    target: Annotated[str, typer.Argument(help="Actor id that remains, e.g. PER:rex-tillerson.")],
    db: DbOption = Path(DEFAULT_DB),
    store: StoreOption = StoreKind.embedded,
) -> None:
    """Merge actor SOURCE into TARGET: statements move, SOURCE's name becomes an alias, later ingests follow."""
    if source == target:
        _fail(GraphbuildError("A020", "SOURCE and TARGET are the same actor."))
    try:
        if store is StoreKind.embedded and not db.exists():
            raise StoreMissing(db)
        with open_store(store, db) as dest:
            known = {a.id for a in dest.actors()}
            if target not in known:
                raise GraphbuildError("A021", f"No actor '{target}' in the store; see `graphbuild actors list`.")
            if source not in known:
                _console(stderr=True).print(f"note: '{source}' is not in the store yet; the merge is remembered "
                                            "for later ingests.")
            moved = dest.merge_actors(source, target)
    except GraphbuildError as err:
        _fail(err)
        return
    _console().print(f"merged {source} into {target} ({moved} relationships moved); remembered for later ingests.")


# --- neo4j: server, load, delete, query -----------------------------------------------------------------------

neo4j_app = typer.Typer(help="Run a local Neo4j 5.26 (from Maven Central; needs Java 17+ and Maven).",
                        no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
DataOption = Annotated[Path, typer.Option("--data", envvar="GRAPHBUILD_NEO4J_DATA",
                                          help="Where the local server keeps its database and logs.")]


@neo4j_app.command("start")
def neo4j_start(
    data: DataOption = Path(".neo4j"),
    bolt_port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1.")] = 7687,
    http_port: Annotated[int, typer.Option(help="Neo4j Browser port on 127.0.0.1.")] = 7474,
) -> None:
    """Start the local server (auth on; password from NEO4J_PASSWORD, default graphbuild-dev)."""
    from graphbuild.store import neo4j_server

    try:
        info = neo4j_server.start(data, bolt_port=bolt_port, http_port=http_port)
    except GraphbuildError as err:
        _fail(err)
        return
    console = _console()
    console.print(f"Neo4j {'started' if info.started else 'already running'} (pid {info.pid}, data {info.data_dir})")
    console.print(f"  Bolt:    {info.bolt_uri}   (NEO4J_URI)")
    console.print(f"  Browser: {info.browser_connect_url}")
    console.print(f"  log:     {info.log_path}")


@neo4j_app.command("stop")
def neo4j_stop(data: DataOption = Path(".neo4j")) -> None:
    """Stop the local server started for this data folder."""
    from graphbuild.store import neo4j_server

    try:
        stopped = neo4j_server.stop(data)
    except GraphbuildError as err:
        _fail(err)
        return
    _console().print("Neo4j stopped" if stopped else f"no local Neo4j is running for {data}")


@neo4j_app.command("status")
def neo4j_status(data: DataOption = Path(".neo4j")) -> None:
    """Whether the local server runs, where, and on which ports (exit code 1 when it does not)."""
    from graphbuild.store import neo4j_server

    info = neo4j_server.status(data)
    if info is None:
        _console().print(f"no local Neo4j is running for {data}")
        raise typer.Exit(1)
    _console().print(f"running: pid {info.pid}, Bolt {info.bolt_uri}, Browser {info.browser_url}, data {info.data_dir}")


@app.command()
def load(
    db: DbOption = Path(DEFAULT_DB),
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per Neo4j transaction.")] = 200,
) -> None:
    """Copy the embedded store into Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Idempotent."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from graphbuild.store.neo4j import Neo4jStore
    from graphbuild.store.transfer import rows_from_sqlite

    try:
        if not db.exists():
            raise StoreMissing(db)
        from graphbuild.store.sqlite import SqliteStore

        with SqliteStore(db) as source, Neo4jStore.from_settings() as dest:
            total = source.counts()["statements"]
            with Progress(TextColumn("loading into Neo4j"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          console=_console(stderr=True), disable=not sys.stderr.isatty()) as bar:
                task = bar.add_task("load", total=total)
                n = dest.load(rows_from_sqlite(source, batch_size=batch_size),
                              progress=lambda k: bar.advance(task, k))
            for source_id, target_id in source.merges().items():
                dest.merge_actors(source_id, target_id)
            counts = dest.counts()
    except GraphbuildError as err:
        _fail(err)
        return
    _console().print(f"loaded {n} statements; Neo4j now holds " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@app.command()
def delete(
    article: Annotated[str, typer.Option("--article", help="Id of the article to remove.")],
    db: DbOption = Path(DEFAULT_DB),
    store: StoreOption = StoreKind.embedded,
) -> None:
    """Remove an article, its statements, and the actors and topics nothing else refers to."""
    try:
        if store is StoreKind.embedded and not db.exists():
            raise StoreMissing(db)
        with open_store(store, db) as dest:
            outcome = dest.delete_article(article)
    except GraphbuildError as err:
        _fail(err)
        return
    if not outcome.found:
        _console(stderr=True).print(f"[yellow]no article '{article}' in the store[/]")
        raise typer.Exit(1)
    _console().print(f"deleted article {article}: {outcome.statements} statements, {outcome.actors} orphaned actors, "
                     f"{outcome.topics} orphaned topics")


@app.command()
def query(
    name: Annotated[str | None, typer.Argument(help="Query file name without .cypher; omit to list them.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE (repeatable).")] = None,
    example: Annotated[bool, typer.Option(help="Use the example parameters written in the file.")] = False,
    format: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Run a question from queries/ against Neo4j and print the rows (``graphbuild query`` lists them)."""
    import json

    from rich.table import Table

    from graphbuild import queries as q

    try:
        if name is None:
            table = Table(title="queries/")
            for column in ("name", "title", "parameters (example)"):
                table.add_column(column)
            for item in q.all_queries():
                table.add_row(item.name, item.title, " ".join(f"{k}={v}" for k, v in item.example.items()))
            _console().print(table)
            return
        item = q.find(name)
        given = dict(item.example) if example else {}
        given.update(q.parse_params(param or []))
        params = q.bind(item, given)
        from graphbuild.store.neo4j import Neo4jStore

        with Neo4jStore.from_settings() as dest:
            rows = dest.run(item.cypher, params)
    except GraphbuildError as err:
        _fail(err)
        return
    if format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, default=str))
        return
    table = Table(title=f"{item.title} ({len(rows)} rows)")
    for column in (rows[0].keys() if rows else ["(no rows)"]):
        table.add_column(str(column))
    for row in rows:
        table.add_row(*[_cell(v) for v in row.values()])
    _console().print(table)


def _cell(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    if hasattr(value, "nodes") and hasattr(value, "relationships"):  # a Path
        return " → ".join(str(n.get("name") or n.get("id")) for n in value.nodes)
    return "" if value is None else str(value)


# --- eval ---------------------------------------------------------------------------------------------------

eval_app = typer.Typer(help="Score the extractor against gold data (events: PETRARCH format; quotes: char spans).",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


def _print_scores(title: str, scores: dict, count_key: str, output: OutputFormat) -> None:
    import json

    if output is OutputFormat.json:
        typer.echo(json.dumps(scores, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table(title=f"{title} ({scores[count_key]} {count_key})")
    for column in ("level", "precision", "recall", "F1", "predicted", "gold", "matched"):
        table.add_column(column, justify="right" if column != "level" else "left")
    for level, prf in scores.items():
        if isinstance(prf, dict) and "f1" in prf:
            table.add_row(level, f"{prf['precision']:.3f}", f"{prf['recall']:.3f}", f"{prf['f1']:.3f}",
                          str(prf["predicted"]), str(prf["gold"]), str(prf["matched"]))
    _console().print(table)
    if scores.get("gold_types"):
        _console().print(f"gold event types scored as: {scores['gold_types']}")
    if scores.get("suites"):
        by_suite = Table(title="root level by validation suite")
        by_suite.add_column("suite", no_wrap=True)
        for column in ("n", "P", "R", "F1", "pred", "gold", "hits"):
            by_suite.add_column(column, justify="right")
        for name, part in scores["suites"].items():
            prf = part["root"]
            by_suite.add_row(name, str(part[count_key]), f"{prf['precision']:.3f}", f"{prf['recall']:.3f}",
                             f"{prf['f1']:.3f}", str(prf["predicted"]), str(prf["gold"]), str(prf["matched"]))
        _console().print(by_suite)


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Option(help="PETRARCH-format JSONL (e.g. ../shared/eval/petrarch_validation.jsonl).")],
    actors: Annotated[Path | None, typer.Option(
        help="Actor dictionary supplying actor codes (PETRARCH .txt/.json or graphbuild YAML/CSV).")] = None,
    model: Annotated[str | None, typer.Option(help="English spaCy pipeline name or path.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N sentences.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="table or json (one object).")] = (
        OutputFormat.table),
) -> None:
    """Score event extraction: source/target country and event root code (root), full codes, events, actors."""
    from graphbuild.evaluate.run import run_events

    try:
        scores = run_events(gold, actors=actors, model=model, limit=limit)
    except GraphbuildError as err:
        _fail(err)
        return
    _print_scores("events", scores, "sentences", format)


@eval_app.command("plover")
def eval_plover(
    gold: Annotated[Path, typer.Option(help="PLOVER gold JSONL (e.g. ../shared/eval/plover_gsr_cameo.jsonl).")],
    model: Annotated[str | None, typer.Option(help="English spaCy pipeline name or path.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N sentences.")] = None,
    legacy_types: Annotated[bool, typer.Option(
        "--legacy-types", help="Score the gold's older PLOVER type names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) "
                               "as written instead of as the 2021 types graphbuild uses.")] = False,
    format: Annotated[OutputFormat, typer.Option("--format", help="table or json (one object).")] = (
        OutputFormat.table),
) -> None:
    """Score event typing on real news sentences with graphbuild's own gazetteer: source and target country plus
    PLOVER type (triple), the type alone (event), the countries alone (actors). The CAMEO-manual gold predates
    PLOVER 2021; its DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are scored as REQUEST, ACCUSE, ACCUSE and ASSAULT,
    as PLOVER's 2021 CAMEO table files those codes (--legacy-types scores the names as written)."""
    from graphbuild.evaluate.run import run_plover

    try:
        scores = run_plover(gold, model=model, limit=limit, current_types=not legacy_types)
    except GraphbuildError as err:
        _fail(err)
        return
    _print_scores("plover", scores, "sentences", format)


@eval_app.command("quotes")
def eval_quotes(
    articles: Annotated[Path, typer.Option(help="Articles JSONL with id and text.")],
    gold: Annotated[Path, typer.Option(help="Quotation gold JSONL (speaker/cue/quote char spans), joined on id.")],
    model: Annotated[str | None, typer.Option(help="German spaCy pipeline name or path.")] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N articles.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", help="table or json (one object).")] = (
        OutputFormat.table),
) -> None:
    """Score quotation attribution: speaker, cue and quote spans."""
    from graphbuild.evaluate.run import run_quotes

    try:
        scores = run_quotes(articles, gold, model=model, limit=limit)
    except GraphbuildError as err:
        _fail(err)
        return
    _print_scores("quotes", scores, "articles", format)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
