"""Run the extractor over gold data and aggregate the scores (what ``graphbuild eval`` prints)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from graphbuild.evaluate import events as ev
from graphbuild.evaluate import plover as pl
from graphbuild.evaluate import quotes as qu
from graphbuild.evaluate.metrics import PRF
from graphbuild.models import Actor, Article

Progress = Callable[[int], None]


def _pipe(lang: str, model: str | None, texts: list[str]):
    from graphbuild.nlp.pipelines import load

    nlp = load(lang, model)
    return nlp, nlp.pipe(texts, batch_size=64)


def run_events(gold: Path, *, actors: Path | None = None, model: str | None = None, lang: str = "en",
               limit: int | None = None, progress: Progress | None = None) -> dict[str, Any]:
    from graphbuild.extract.article import extract_article
    from graphbuild.extract.schemes import scheme_of
    from graphbuild.resolve.dictionary import (
        CodedPhrase,
        load_coded_phrases,
        load_dictionary,
        petrarch_entries,
    )
    from graphbuild.resolve.identity import IdentityIndex

    sentences = list(ev.read_gold(gold))[:limit]
    identity = load_dictionary(actors) if actors else IdentityIndex()
    phrases: dict[str, CodedPhrase] = {}
    if actors is not None and actors.suffix.lower() in (".json", ".txt", ".pac"):
        coded = load_coded_phrases(actors)
        for entry, phrase in zip(petrarch_entries(coded), coded, strict=True):
            phrases[entry.id] = phrase

    def code_of(actor: Actor, date: str | None) -> str | None:
        phrase = phrases.get(actor.id)
        if phrase is not None:
            return phrase.code_on(date)
        return ev.gazetteer_code(actor, date)

    totals = {level: PRF() for level in ev.LEVELS}
    suites: dict[str, dict[str, Any]] = {}
    nlp, docs = _pipe(lang, model, [s.text for s in sentences])
    scheme = scheme_of(nlp)
    for i, (doc, sent) in enumerate(zip(docs, sentences, strict=True)):
        article = Article(id=sent.id, text=sent.text, lang=lang, date=sent.date)
        result = extract_article(doc, article, identity=identity, scheme=scheme)
        scores = ev.score_sentence(ev.predicted_events(result, code_of, sent.date), sent)
        for level, prf in scores.items():
            totals[level].add(prf)
        if sent.suite:
            suite = suites.setdefault(sent.suite, {"sentences": 0, "root": PRF()})
            suite["sentences"] += 1
            suite["root"].add(scores["root"])
        if progress:
            progress(i + 1)
    out: dict[str, Any] = {"sentences": len(sentences), **{level: totals[level].as_dict() for level in ev.LEVELS}}
    if suites:  # root level per validation suite (``set``): the synthetic dictionary tests differ from news
        out["suites"] = {name: {"sentences": v["sentences"], "root": v["root"].as_dict()}
                         for name, v in sorted(suites.items())}
    return out


def run_plover(gold: Path, *, model: str | None = None, lang: str = "en", limit: int | None = None,
               current_types: bool = True, progress: Progress | None = None) -> dict[str, Any]:
    from graphbuild.extract.article import extract_article
    from graphbuild.extract.schemes import scheme_of

    sentences = list(pl.read_gold(gold, current_types=current_types))[:limit]
    totals = {level: PRF() for level in pl.LEVELS}
    nlp, docs = _pipe(lang, model, [s.text for s in sentences])
    scheme = scheme_of(nlp)
    for i, (doc, sent) in enumerate(zip(docs, sentences, strict=True)):
        result = extract_article(doc, Article(id=sent.id, text=sent.text, lang=lang, date=sent.date), scheme=scheme)
        for level, prf in pl.score_sentence(pl.predicted(result), sent).items():
            totals[level].add(prf)
        if progress:
            progress(i + 1)
    return {"sentences": len(sentences), **{level: totals[level].as_dict() for level in pl.LEVELS},
            "gold_types": "plover-2021" if current_types else "as-written"}


def run_quotes(articles: Path, gold: Path, *, model: str | None = None, lang: str = "de", limit: int | None = None,
               progress: Progress | None = None) -> dict[str, Any]:
    from graphbuild.extract.article import extract_article
    from graphbuild.extract.schemes import scheme_of
    from graphbuild.read.noise import blank_noise

    gold_articles = qu.read_gold(articles, gold)[:limit]
    totals = {part: PRF() for part in qu.PARTS}
    texts = [blank_noise(g.text)[0] for g in gold_articles]
    nlp, docs = _pipe(lang, model, texts)
    scheme = scheme_of(nlp)
    for i, (doc, g) in enumerate(zip(docs, gold_articles, strict=True)):
        result = extract_article(doc, Article(id=g.id, text=doc.text, lang=lang, date=g.date), scheme=scheme)
        for part, prf in qu.score_article(result.quotes, g).items():
            totals[part].add(prf)
        if progress:
            progress(i + 1)
    return {"articles": len(gold_articles), **{part: totals[part].as_dict() for part in qu.PARTS}}
