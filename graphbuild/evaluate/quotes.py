"""``graphbuild eval quotes``: score quotation attribution against character-span gold.

Gold: ``{"id", "quotes": [{"speaker", "cue", "quote": {"char_spans": [[b, e], ...]}}]}`` per article, joined on
``id`` with the articles file (JSON Lines with ``id`` and ``text``). A predicted speaker or cue matches when its
character span overlaps a gold span of that part; a predicted quote matches when it covers at least half of
the characters of a gold quote. Precision counts predicted spans that match some gold span, recall gold spans
matched by some prediction (identical spans are counted once per article).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import EvaluationError
from graphbuild.evaluate.gold import jsonl_records
from graphbuild.evaluate.metrics import PRF
from graphbuild.models import QuoteRecord

Span = tuple[int, int]
PARTS = ("speaker", "cue", "quote")


@dataclass
class GoldArticle:
    id: str
    text: str
    date: str | None
    speakers: set[Span] = field(default_factory=set)
    cues: set[Span] = field(default_factory=set)
    quotes: list[list[Span]] = field(default_factory=list)


def _spans(part: dict | None) -> list[Span]:
    return [(int(b), int(e)) for b, e in (part or {}).get("char_spans") or [] if e > b]


def read_gold(articles: Path, gold: Path) -> list[GoldArticle]:
    texts = {str(rec["id"]): rec for _, rec in jsonl_records(articles) if "id" in rec and "text" in rec}
    out = []
    for number, rec in jsonl_records(gold):
        key = str(rec.get("id"))
        if key not in texts:
            raise EvaluationError("E004", f"{gold}:{number}: article '{key}' is not in {articles}.")
        art = texts[key]
        g = GoldArticle(key, art["text"], art.get("date"))
        for q in rec.get("quotes") or []:
            g.speakers.update(_spans(q.get("speaker")))
            g.cues.update(_spans(q.get("cue")))
            spans = _spans(q.get("quote"))
            if spans:
                g.quotes.append(spans)
        out.append(g)
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covered(gold: list[Span], pred: list[Span]) -> float:
    total = sum(e - b for b, e in gold)
    hit = 0
    for gb, ge in gold:
        chars = set()
        for pb, pe in pred:
            chars.update(range(max(gb, pb), min(ge, pe)))
        hit += len(chars)
    return hit / total if total else 0.0


def score_article(pred: list[QuoteRecord], gold: GoldArticle) -> dict[str, PRF]:
    speakers = {(q.speaker_start, q.speaker_end) for q in pred if q.speaker_start is not None}
    # a cue written apart ("wie … mitteilte", "gab … bekannt") is scored by each of its words, as the gold spans it
    cues = {(q.cue_start, q.cue_end) for q in pred if q.cue_start is not None} | {
        part for q in pred if q.cue_start is not None for part in q.cue_parts}
    quotes = sorted({(q.start, q.end) for q in pred})
    out = {}
    for name, p_spans, g_spans in (("speaker", speakers, gold.speakers), ("cue", cues, gold.cues)):
        out[name] = PRF(
            tp_pred=sum(1 for p in p_spans if any(_overlaps(p, g) for g in g_spans)), pred=len(p_spans),
            tp_gold=sum(1 for g in g_spans if any(_overlaps(p, g) for p in p_spans)), gold=len(g_spans),
        )
    out["quote"] = PRF(
        tp_pred=sum(1 for p in quotes if any(_covered(g, [p]) >= 0.5 for g in gold.quotes)), pred=len(quotes),
        tp_gold=sum(1 for g in gold.quotes if _covered(g, quotes) >= 0.5), gold=len(gold.quotes),
    )
    return out
