"""``graphbuild eval events``: score extracted statements against PETRARCH-format event gold.

Gold: JSON Lines records with ``text``, ``date``, ``expected`` = ``[{source, target, event, event_root}]``;
only ``canonical: true`` records are scored, records with ``flags.gold_missing`` are skipped, and a sentence
counts as matched against whichever of ``expected`` or its ``alt_expected`` alternatives fits best (the older
suites were coded in WEIS-era codes). Compound codes in alternatives (``"FRO/BIL"``) expand to every pair.

Levels (official PETRARCH scorer levels): ``root`` = source country (first three characters of the actor
code) + target country + event root code (first two digits) all match; ``code`` = full actor codes + full
event code; ``event`` = root code only; ``actors`` = both countries only.

Actor codes of predictions: with ``--actors`` the dictionary's codes (dated codes by the sentence date),
otherwise graphbuild's own gazetteer (ISO-3 states, CAMEO organisation codes, ``<ISO3><SECTOR>`` collectives).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.errors import EvaluationError
from graphbuild.evaluate.gold import jsonl_records, modern_code
from graphbuild.evaluate.metrics import PRF, multiset_match
from graphbuild.models import Actor, ArticleResult

LEVELS = ("root", "code", "event", "actors")
Event = tuple[str, str, str]  # source code, target code, event code


def level_key(event: Event, level: str) -> tuple[str, ...]:
    source, target, code = event
    if level == "root":
        return source[:3], target[:3], code[:2]
    if level == "code":
        return source, target, code
    if level == "event":
        return (code[:2],)
    return source[:3], target[:3]


@dataclass
class GoldSentence:
    id: str
    text: str
    date: str | None
    alternatives: list[list[Event]] = field(default_factory=list)
    #: the validation suite the record comes from (``set``), for the per-suite breakdown
    suite: str = ""


def _expand(item: dict[str, Any]) -> list[Event]:
    sources = [modern_code(c) for c in str(item.get("source") or "---").split("/")]
    targets = [modern_code(c) for c in str(item.get("target") or "---").split("/")]
    code = str(item.get("event") or "")
    return [(s, t, code) for s, t in itertools.product(sources, targets)]


def read_gold(path: Path) -> Iterator[GoldSentence]:
    """Canonical, scorable gold sentences; broken lines raise with their line number."""
    for number, rec in jsonl_records(path, "gold file"):
        if not rec.get("canonical", True) or (rec.get("flags") or {}).get("gold_missing"):
            continue
        if "text" not in rec or "expected" not in rec:
            raise EvaluationError("E003", f"{path}:{number}: record needs 'text' and 'expected'.")
        alternatives = [[e for item in rec["expected"] for e in _expand(item)]]
        for alt in rec.get("alt_expected") or []:
            alternatives.append([e for item in alt.get("expected") or [] for e in _expand(item)])
        yield GoldSentence(str(rec.get("id") or number), rec["text"], rec.get("date"), alternatives,
                           str(rec.get("set") or ""))


def score_sentence(pred: list[Event], gold: GoldSentence) -> dict[str, PRF]:
    """Per level, the best match over the gold alternatives (ties go to the canonical ``expected``)."""
    out: dict[str, PRF] = {}
    for level in LEVELS:
        best: PRF | None = None
        for alternative in gold.alternatives:
            prf = multiset_match([level_key(e, level) for e in pred], [level_key(e, level) for e in alternative])
            if best is None or (prf.tp_gold, -prf.gold) > (best.tp_gold, -best.gold):
                best = prf
        out[level] = best or PRF()
    return out


CodeOf = Callable[[Actor, str | None], str | None]


def gazetteer_code(actor: Actor, date: str | None) -> str | None:
    """graphbuild's own actor code: the CAMEO code it carries, else country + sector."""
    if actor.cameo:
        return actor.cameo
    if actor.country:
        return actor.country + (actor.sector or "")
    return None


def predicted_events(result: ArticleResult, code_of: CodeOf, date: str | None) -> list[Event]:
    """Events of one sentence's statements with a coded source, a coded target and a typed predicate."""
    actors = {a.id: a for a in result.actors}
    topics = {t.id: t for t in result.topics}
    out: list[Event] = []
    for s in result.statements:
        if not s.predicate.cameo or not s.target_id or not s.predicate.known or s.polarity == "negative":
            continue  # "did not clash" is no clash (a negation the ontology types, "did not accept", is positive)
        source = actors.get(s.source_id)
        src = code_of(source, date) if source else None
        if s.target_kind == "actor":
            target = actors.get(s.target_id)
            tgt = code_of(target, date) if target else None
        else:
            topic = topics.get(s.target_id)
            owner = actors.get(topic.actor_id) if topic and topic.actor_id else None
            tgt = code_of(owner, date) if owner else None
        if src and tgt and src != "---" and tgt != "---":
            out.append((src, tgt, s.predicate.cameo))
    return out
