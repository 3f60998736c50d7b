"""Ingest: read article batches, parse them with spaCy in batches, extract, and write to a store.

Streaming all the way: articles are read lazily, buffered per language up to ``batch_size``, parsed with
``nlp.pipe``, extracted and written as one store transaction per batch; only counters and the first
``MAX_PROBLEMS`` problems are kept, so memory stays flat however long the batch is. Articles whose id and
content are already stored are skipped before any NLP (re-running an ingest is cheap and changes nothing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.errors import GraphbuildError, InputError
from graphbuild.models import Article, ArticleResult
from graphbuild.read import read_articles
from graphbuild.resolve.identity import IdentityIndex

if TYPE_CHECKING:
    from graphbuild.store.base import GraphStore

MAX_PROBLEMS = 1000


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    sentences: int = 0
    statements: int = 0
    actors: set[str] = field(default_factory=set)
    skipped: int = 0
    skipped_by_code: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    pipelines: dict[str, str] = field(default_factory=dict)

    def problem(self, err: GraphbuildError) -> None:
        self.skipped += 1
        self.skipped_by_code[err.code] += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(str(err))


def build_identity(store: GraphStore, dictionary: IdentityIndex | None = None) -> IdentityIndex:
    """Identity index from a user dictionary, the store's remembered merges and its known persons."""
    identity = dictionary or IdentityIndex()
    identity.merges.update(store.merges())
    for actor in store.actors():
        identity.add_stored(actor)
    return identity


def ingest(
    paths: Iterable[str],
    store: GraphStore,
    *,
    lang: str | None = None,
    model: str | None = None,
    batch_size: int = 16,
    identity: IdentityIndex | None = None,
    progress: Callable[[Article, ArticleResult | None], None] | None = None,
) -> IngestSummary:
    """Ingest the articles behind ``paths`` into ``store`` and report what happened."""
    from graphbuild.extract.article import extract_article
    from graphbuild.extract.schemes import scheme_of
    from graphbuild.nlp.pipelines import choose, load

    summary = IngestSummary()
    identity = build_identity(store, identity)
    buffers: dict[str, list[Article]] = {}

    def flush(language: str) -> None:
        batch = buffers.pop(language, [])
        todo = [a for a in batch if store.content_hash(a.id) != a.content_hash]
        pending = {id(a) for a in todo}
        for article in batch:
            if id(article) not in pending:
                summary.unchanged += 1
                if progress:
                    progress(article, None)
        if not todo:
            return
        choice = choose(language, model)
        summary.pipelines[language] = f"{choice.name} ({choice.origin})"
        nlp = load(language, model)
        scheme = scheme_of(nlp)
        results: list[ArticleResult] = []
        for doc, article in zip(nlp.pipe((a.text for a in todo), batch_size=batch_size), todo, strict=True):
            try:
                result = extract_article(doc, article, identity=identity, scheme=scheme)
            except GraphbuildError as err:
                summary.problem(InputError(err.code, f"{article.origin}: {err.message}"))
                continue
            results.append(result)
        for result, outcome in zip(results, store.write_many(results), strict=True):
            if outcome == "unchanged":
                summary.unchanged += 1
            else:
                summary.added += outcome == "added"
                summary.replaced += outcome == "replaced"
                summary.sentences += result.sentences
                summary.statements += len(result.statements)
                summary.actors.update(s.source_id for s in result.statements)
                summary.actors.update(s.target_id for s in result.statements if s.target_kind == "actor")
                for actor in result.actors:
                    if actor.kind == "person":
                        identity.add_stored(actor)
            if progress:
                progress(result.article, result)

    for article in read_articles(paths, lang=lang, on_error=summary.problem):
        summary.read += 1
        language = article.lang or "de"
        buffers.setdefault(language, []).append(article)
        if len(buffers[language]) >= batch_size:
            flush(language)
    for language in list(buffers):
        flush(language)
    return summary
