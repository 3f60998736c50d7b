"""Event typing: predicate lexicons (data) → CAMEO code, PLOVER type and mode, Goldstein score, relation type.

Data files (see ``data/lexicon/README.md``): ``cameo.tsv`` (every CAMEO code with PLOVER type/mode and Goldstein
score), ``predicates_<lang>.tsv`` (verbs, nouns, particle verbs, preposition and light-verb combinations),
``relations.tsv`` (the typed edge label drawn between source and target, e.g. ``CRITICISES``).
A predicate that is not in the lexicon still yields a generic statement (CAMEO 010, lower confidence).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graphbuild.errors import ConfigError
from graphbuild.models import Predicate
from graphbuild.resources import data_path

GENERIC_CAMEO = "010"
#: the ``object`` of a row that needs some direct object, whichever ("hielt den Mann fest" = detain, while
#: "hielt fest, dass …" without one states)
ANY_OBJECT = "*"
GENERIC_THREAT = "130"
#: CAMEO "criticize or denounce": what an attack made of words is
VERBAL_ATTACK_CODE = "111"


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    plover: str
    mode: str
    goldstein: float


@dataclass(frozen=True)
class LexEntry:
    """One lexicon row. ``key`` is the joined lemma ("ablehnen", "call on")."""

    key: str
    prep: str
    obj: str
    pos: str
    cameo: str
    negated_cameo: str
    cue: bool

    @property
    def specificity(self) -> float:
        """Object + prep (3) > object (2) > any object (1.5, "*") > prep (1) > plain (0)."""
        if self.obj == ANY_OBJECT:
            return 1.5
        return (2 if self.obj else 0) + (1 if self.prep else 0)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise ConfigError("C030", f"Lexicon file {path} is missing; reinstall graphbuild or restore data/lexicon.")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in r.items() if k} for r in csv.DictReader(lines, delimiter="\t")]


def _dash(value: str | None) -> str:
    return "" if value in (None, "", "-") else str(value)


class Lexicon:
    """Lookup of predicates for one language plus the shared CAMEO table."""

    def __init__(self, lang: str, directory: Path) -> None:
        self.lang = lang
        self.cameo: dict[str, CameoCode] = {}
        for row in _rows(directory / "cameo.tsv"):
            try:
                score = float(row.get("goldstein") or 0.0)
            except ValueError:
                score = 0.0
            self.cameo[row["code"]] = CameoCode(row["code"], row.get("name", ""), _dash(row.get("plover")),
                                                _dash(row.get("mode")), score)
        self.entries: dict[tuple[str, str], list[LexEntry]] = defaultdict(list)
        self.cues: set[str] = set()
        for row in _rows(directory / f"predicates_{lang}.tsv"):
            lemma, particle = row["lemma"].lower(), _dash(row.get("particle")).lower()
            if particle:
                key = particle + lemma if lang == "de" else f"{lemma} {particle}"
            else:
                key = lemma
            pos = row.get("pos", "verb") or "verb"
            entry = LexEntry(key=key, prep=_dash(row.get("prep")).lower(), obj=_dash(row.get("object")).lower(),
                             pos=pos, cameo=_dash(row.get("cameo")) or GENERIC_CAMEO,
                             negated_cameo=_dash(row.get("negated_cameo")), cue=row.get("cue", "no") == "yes")
            self.entries[(key, "noun" if pos == "noun" else ("adp" if pos == "adp" else "verb"))].append(entry)
            if entry.cue:
                self.cues.add(key)
        self.relations: dict[str, str] = {}
        for row in _rows(directory / "relations.tsv"):
            self.relations[row["key"]] = row["relation"]
        self.reported: dict[str, str] = {row["modality"]: row["cameo"] for row in _rows(directory / "reported.tsv")}
        intent_rows = _rows(directory / "intent.tsv")
        self.intents: dict[str, str] = {row["code"]: row["intent"] for row in intent_rows}
        self.future_intents = frozenset(row["code"] for row in intent_rows if row.get("future") == "yes")
        threat_rows = _rows(directory / "threat.tsv")
        self.threats: dict[str, str] = {row["code"]: row["threat"] for row in threat_rows}
        self.announced_threats = frozenset(row["code"] for row in threat_rows if row.get("announced") == "yes")

    def match(self, lemmas: Iterable[str], *, pos: str = "verb", preps: Iterable[tuple[str, str]] = (),
              objects: Iterable[str] = ()) -> LexEntry | None:
        """Best row for the first candidate lemma that has one.

        ``preps`` are (preposition, noun lemma) pairs of the clause, ``objects`` the lemmas of its direct
        objects. A row's preposition must occur; its object must be a direct object, or — on rows that also name
        a preposition — the noun of that PP ("warnen vor Gefahr"). More specific rows win (object+prep > object >
        prep > plain); among equally specific rows the stronger event (larger |Goldstein|) wins, so "Besorgnis
        und Irritation ausdrücken" is disapproval rather than a pessimistic comment.
        """
        pairs = {(p.lower(), n.lower()) for p, n in preps}
        prep_set = {p for p, _ in pairs}
        obj_set = {o.lower() for o in objects}

        def fits(r: LexEntry) -> bool:
            if r.prep and r.prep not in prep_set:
                return False
            if r.obj == ANY_OBJECT:
                return bool(obj_set)
            if r.obj:
                return (r.prep, r.obj) in pairs if r.prep else r.obj in obj_set
            return True

        for lemma in lemmas:
            rows = self.entries.get((lemma.lower(), pos))
            if not rows:
                continue
            fitting = [r for r in rows if fits(r)]
            if fitting:
                return max(fitting, key=lambda r: (r.specificity, abs(self._score(r.cameo))))
        return None

    def _score(self, code: str) -> float:
        info = self.cameo.get(code)
        return info.goldstein if info else 0.0

    def preps_for(self, key: str, pos: str = "verb") -> set[str]:
        """Prepositions some row of ``key`` asks for ("reisen" → {"nach", "zu"}, "withdraw from" by its treaty rows),
        not those of generic rows that name the PP's noun: they only say what is no event ("traf ins Tor" is a goal),
        so "haben sich in Washington getroffen" does not meet Washington."""
        return {r.prep for r in self.entries.get((key, pos), [])
                if r.prep and not (r.obj and r.cameo == GENERIC_CAMEO)}

    def is_cue(self, lemmas: Iterable[str]) -> bool:
        return any(lemma.lower() in self.cues for lemma in lemmas)

    def predicate(self, lemma: str, entry: LexEntry | None, *, negated: bool = False) -> Predicate:
        """A typed :class:`Predicate`; negation switches to the row's ``negated_cameo`` when it has one."""
        code = entry.cameo if entry else GENERIC_CAMEO
        if negated and entry and entry.negated_cameo:
            code = entry.negated_cameo
        info = self.cameo.get(code)
        return Predicate(
            lemma=lemma, cameo=code, plover=info.plover if info else None, mode=info.mode if info else None,
            score=info.goldstein if info else None, relation=self.relation(code, lemma), known=entry is not None,
        )

    def recoded(self, predicate: Predicate, code: str) -> Predicate:
        """``predicate`` typed as ``code`` with that code's edge label (a reporting verb whose reported clause makes
        it a demand, a neutral cue whose quote praises or criticises)."""
        return self._with_code(predicate, code, self.relation(code))

    def _with_code(self, predicate: Predicate, code: str, relation: str) -> Predicate:
        """A typed copy of ``predicate`` with ``code``'s PLOVER type, mode and Goldstein score; ``predicate`` itself
        when the code is not in ``cameo.tsv``."""
        info = self.cameo.get(code)
        if info is None:
            return predicate
        return Predicate(lemma=predicate.lemma, cameo=code, plover=info.plover, mode=info.mode,
                         score=info.goldstein, relation=relation, known=True)

    def as_intent(self, predicate: Predicate, *, future: bool = False) -> Predicate:
        """The announced form of a cooperative act ("is ready to send aid" → 033, "will visit" → 036;
        ``intent.tsv``); other predicates unchanged. With ``future`` (announced only by the tense) just the rows
        marked ``future`` apply. The edge label stays that of the act (the statement's modality says it is
        announced)."""
        row = _longest_prefix(predicate.cameo or "", self.intents)
        if row is None or (future and row not in self.future_intents):
            return predicate
        return self._with_code(predicate, self.intents[row], predicate.relation)

    def as_threat(self, predicate: Predicate, *, conditional: bool) -> Predicate:
        """The threat to do a harmful act (``threat.tsv``): any row when the act is made ``conditional`` ("will
        withdraw unless …" → 131), only rows marked ``announced`` otherwise ("is ready to use force" → 138); other
        predicates unchanged. The edge label becomes that of the threat."""
        row = _longest_prefix(predicate.cameo or "", self.threats)
        if row is None or not (conditional or row in self.announced_threats):
            return predicate
        return self._with_code(predicate, self.threats[row], self.relation(self.threats[row]))

    def threat_to(self, predicate: Predicate, act: str) -> Predicate:
        """A threatening verb's predicate typed as the threat to do ``act`` (a CAMEO code), by any row of
        ``threat.tsv`` ("threatened to break off relations" → 1313); the generic threat (130) for acts without one
        ("threatened to leave")."""
        row = _longest_prefix(act, self.threats)
        code = self.threats[row] if row is not None else GENERIC_THREAT
        return self._with_code(predicate, code, self.relation(code))

    def relation(self, code: str, lemma: str = "") -> str:
        """Edge label: a lemma-specific one (``lemma:de:warnen``) or that of the longest CAMEO prefix."""
        specific = self.relations.get(f"lemma:{self.lang}:{lemma}")
        if specific:
            return specific
        for n in range(len(code), 1, -1):
            label = self.relations.get(f"cameo:{code[:n]}")
            if label:
                return label
        return "STATES"


def _longest_prefix(code: str, table: dict[str, str]) -> str | None:
    """The longest prefix of a CAMEO ``code`` (at least its root) that ``table`` has a row for."""
    return next((code[:n] for n in range(len(code), 1, -1) if code[:n] in table), None)


@lru_cache(maxsize=4)
def lexicon_for(lang: str) -> Lexicon:
    return Lexicon(lang, data_path("lexicon"))
