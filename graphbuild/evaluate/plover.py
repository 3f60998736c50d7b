"""``graphbuild eval plover``: score event typing on PLOVER gold records (real news sentences, real states).

Gold: JSON Lines records with ``text``, ``date`` and ``expected`` = ``[{source: [{code}], target: [{code}], event}]``
(``../shared/eval/plover_gsr_cameo.jsonl``, built from the CAMEO manual's examples). Sources and targets are lists:
each source–target pair is one event; without targets, several sources act on each other ("Israel and the
Palestinians reached a consensus") and a single source acts on nobody (target ``---``).

Predictions use graphbuild's own gazetteer (no dictionary): a statement with a typed predicate gives
``(source country, target country or ---, PLOVER type)``; a predicate with an actor target gives no second,
targetless triple for its topic target (the topic is the event's detail). Levels: ``event`` (PLOVER type only),
``actors`` (both countries), ``triple`` (both countries and the type). The gold's pre-2021 type names (DEMAND,
DISAPPROVE, INVESTIGATE, FIGHT) are scored as the 2021 types graphbuild uses unless ``current_types`` is off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import EvaluationError
from graphbuild.evaluate.gold import jsonl_records, modern_code
from graphbuild.evaluate.metrics import PRF, multiset_match
from graphbuild.models import Actor, ArticleResult

LEVELS = ("triple", "event", "actors")
#: event types of the PLOVER drafts the CAMEO-manual gold was written in, renamed as PLOVER's 2021 CAMEO table
#: (``../shared/eval/cameo2plover.json``, the table graphbuild types with) files their CAMEO codes: 10 → REQUEST,
#: 11 → ACCUSE (mode disapprove), 09 → ACCUSE (mode investigate), 19 → ASSAULT (context military)
LEGACY_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NOBODY = "---"
Triple = tuple[str, str, str]  # source country, target country, PLOVER type


@dataclass
class PloverSentence:
    id: str
    text: str
    date: str | None
    events: list[Triple] = field(default_factory=list)


def _codes(items: list[dict]) -> list[str]:
    codes = (str(i.get("code") or "")[:3].upper() for i in items if i.get("code"))
    return [modern_code(c) for c in codes]


def _triples(item: dict, current_types: bool) -> list[Triple]:
    event = str(item.get("event") or "").upper()
    if current_types:
        event = LEGACY_TYPES.get(event, event)
    sources = _codes(item.get("source") or [])
    targets = _codes(item.get("target") or [])
    if not event or not sources:
        return []
    if targets:
        return [(s, t, event) for s in sources for t in targets if s != t]
    if len(sources) > 1:
        return [(s, t, event) for s in sources for t in sources if s != t]
    return [(sources[0], NOBODY, event)]


def read_gold(path: Path, *, current_types: bool = True) -> Iterator[PloverSentence]:
    """Gold sentences; with ``current_types`` the older type names are renamed (see ``LEGACY_TYPES``)."""
    for number, rec in jsonl_records(path, "gold file"):
        if "text" not in rec or not isinstance(rec.get("expected"), list):
            raise EvaluationError("E003", f"{path}:{number}: record needs 'text' and an 'expected' list.")
        events = [t for item in rec["expected"] for t in _triples(item, current_types)]
        yield PloverSentence(str(rec.get("id") or number), rec["text"], rec.get("date"), events)


#: CAMEO prefixes of actors that belong to no state: international governmental, non-governmental and militarized
INTERNATIONAL = ("IGO", "NGO", "IMG")


def _code(actor: Actor | None) -> str | None:
    """The 3-letter code the gold uses: the state for states and their sectors, ``IGO``/``NGO``/``IMG`` for
    international organisations and militarized groups (graphbuild's CAMEO code for them starts with it)."""
    if actor is None:
        return None
    if actor.cameo and actor.cameo.startswith(INTERNATIONAL):
        return actor.cameo[:3]
    if actor.country:
        # a person of an international organisation ("UN Secretary-General Kofi Annan", country UNO) is coded by it
        from graphbuild.resolve.gazetteer import load_gazetteer

        entry = load_gazetteer().entry(actor.country)
        if entry is not None and entry.kind == "organisation" and entry.cameo.startswith(INTERNATIONAL):
            return entry.cameo[:3]
        return actor.country[:3]
    # the gazetteer's organisations without a country are international ones ("APEC", "NATO")
    return "IGO" if actor.kind == "organisation" and actor.cameo else None


def predicted(result: ArticleResult) -> list[Triple]:
    """One triple per statement with a PLOVER-typed predicate and a source with a country or IGO code."""
    actors = {a.id: a for a in result.actors}
    topics = {t.id: t for t in result.topics}
    out: list[Triple] = []
    keys: list[tuple[int, str]] = []
    for s in result.statements:
        source = _code(actors.get(s.source_id))
        if not s.predicate.known or not s.predicate.plover or source is None or s.polarity == "negative":
            continue  # "did not clash" is no clash (a negation the ontology types, "did not accept", is positive)
        target: str | None = None
        if s.target_kind == "actor":
            target = _code(actors.get(s.target_id or ""))
        elif s.target_kind == "topic" and s.target_id in topics:
            topic = topics[s.target_id]
            target = _code(actors.get(topic.actor_id or "")) or topic.country
        if not target or target == source:
            target = NOBODY
        out.append((source, target, s.predicate.plover.upper()))
        keys.append((s.sentence_index, s.predicate.lemma))
    # one event per predicate and dyad: "Jordan and Britain agreed to undertake joint exercises" is Jordan → Britain
    # and Britain → Jordan with the exercises as detail, not also Jordan → nobody
    dyadic = {(key, triple[0], triple[2]) for key, triple in zip(keys, out) if triple[1] != NOBODY}
    return [triple for key, triple in zip(keys, out)
            if triple[1] != NOBODY or (key, triple[0], triple[2]) not in dyadic]


def level_key(triple: Triple, level: str) -> tuple[str, ...]:
    source, target, event = triple
    if level == "event":
        return (event,)
    if level == "actors":
        return source, target
    return triple


def score_sentence(pred: list[Triple], gold: PloverSentence) -> dict[str, PRF]:
    return {level: multiset_match([level_key(t, level) for t in set(pred)],
                                  [level_key(t, level) for t in gold.events]) for level in LEVELS}
