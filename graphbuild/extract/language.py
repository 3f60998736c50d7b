"""Per-language closed-class knowledge (auxiliaries, negation, pronouns …) loaded from ``data/grammar/<lang>.yaml``.

Also the verb-lemma candidates for lexicon lookup: a compact pipeline's lemmatizer is not always right about
German separable and ``zu``-infix verbs ("kleinzureden" → "kleinreden", "baute … auf" → "aufbauen"), so rules
look a predicate up under several candidate lemmas, best first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from graphbuild import plainyaml
from graphbuild.errors import ConfigError
from graphbuild.resources import data_path

if TYPE_CHECKING:
    from pathlib import Path

    from spacy.tokens import Token

_DE_PARTICLES = ["zurück", "zusammen", "entgegen", "gegenüber", "weiter", "wieder", "hinaus", "heraus", "voran", "vorbei", "fest", "frei", "hoch", "klein", "los", "fort", "statt", "teil", "dar", "ab", "an", "auf", "aus", "bei", "ein", "her", "hin", "mit", "nach", "vor", "weg", "zu", "durch", "um", "über", "unter"]
_DE_ZU_INFIX = re.compile(rf"^({'|'.join(_DE_PARTICLES)})zu(\w{{3,}})$")
_DE_FINITE = re.compile(r"(?:test|tet|ten|te|est|et|st|t|e|en|n)$")


@dataclass(frozen=True)
class LanguageRules:
    lang: str
    auxiliaries: frozenset[str]
    passive_auxiliaries: frozenset[str]
    modals: frozenset[str]
    modality: dict[str, str]
    participle_tags: frozenset[str]
    reflexives: frozenset[str]
    negations: frozenset[str]
    negative_determiners: frozenset[str]
    negative_pronouns: frozenset[str]
    agent_preps: frozenset[str]
    infinitive_markers: frozenset[str]
    zu_infix: bool
    pronominal_adverbs: dict[str, str]
    personal_pronouns: dict[str, dict[str, Any]]
    possessive_pronouns: dict[str, str]
    epithets: frozenset[str]
    articles: frozenset[str]
    extra: dict[str, Any] = field(default_factory=dict)

    def word_set(self, key: str) -> frozenset[str]:
        """An optional word or tag list of the grammar file (``honorifics``, ``target_preps`` …) as a set, built
        once per language and key: callers on hot paths (every mention, every clause) ask for it repeatedly."""
        return _word_set(self.lang, key)

    def pronoun_person(self, word: str) -> int | None:
        """Grammatical person (1, 2, 3) of a personal pronoun ("ich" → 1, "sie" → 3), ``None`` for other words."""
        info = self.personal_pronouns.get(word.lower())
        return info.get("person") if info else None

    def is_full_verb_tag(self, tag: str) -> bool:
        """Fine-grained tag of a full (lexical) verb: STTS ``VV*`` (German), PTB ``VB*`` (English)."""
        prefixes = self.extra.get("full_verb_tags", []) or []
        return any(tag.startswith(p) for p in prefixes)

    def is_zu_form(self, word: str) -> bool:
        """German infinitive with infixed "zu" ("einzufordern", "aufzunehmen")."""
        return self.zu_infix and bool(_DE_ZU_INFIX.match(word))

    def lemma_candidates(self, verb: Token, particle: str | None) -> tuple[str, ...]:
        """Candidate lemmas for a verb (particle joined first), best first, without duplicates."""
        from graphbuild.extract.lemmas import dictionary_lemma

        lemma = verb.lemma_.lower() or verb.lower_
        lower = verb.lower_
        bases = [dictionary_lemma(verb.text, self.lang).lower(), lemma]
        if self.lang == "de":
            match = _DE_ZU_INFIX.match(lower)
            if match:
                bases.insert(0, match.group(1) + match.group(2))
            if not lemma.endswith("n"):
                bases.append(_DE_FINITE.sub("", lower) + "en")
            bases.append(_DE_FINITE.sub("", lower) + "en")
        bases.append(lower)
        out: list[str] = []
        if particle:
            joiner = "" if self.lang == "de" else " "
            out.extend(particle + joiner + b if self.lang == "de" else b + joiner + particle for b in bases)
        if not particle or particle.lower() not in self.word_set("separable_particles"):
            out.extend(bases)  # "fand … statt" is stattfinden, never finden; an odd "particle" keeps the bare verb
        seen: set[str] = set()
        return tuple(x for x in out if x and not (x in seen or seen.add(x)))


def _check_word_lists(raw: dict[str, Any], path: Path) -> None:
    for key, value in raw.items():
        if isinstance(value, list) and any(not isinstance(x, str) for x in value):
            bad = next(x for x in value if not isinstance(x, str))
            raise ConfigError("C011", f"{path}: the list '{key}' has {bad!r}, not a word; quote it (\"{bad}\").")


@cache
def _word_set(lang: str, key: str) -> frozenset[str]:
    return frozenset(rules_for(lang).extra.get(key, []) or [])


@lru_cache(maxsize=8)
def rules_for(lang: str) -> LanguageRules:
    """The grammar rules for ``lang`` (``data/grammar/<lang>.yaml``)."""
    path = data_path("grammar", f"{lang}.yaml")
    if not path.exists():
        raise ConfigError("C010", f"No grammar rules for language '{lang}' ({path} is missing).")
    raw: dict[str, Any] = plainyaml.load(path.read_text(encoding="utf-8"))
    _check_word_lists(raw, path)
    sets = ("auxiliaries", "passive_auxiliaries", "modals", "participle_tags", "reflexives", "negations",
            "negative_determiners", "negative_pronouns", "agent_preps", "infinitive_markers", "epithets", "articles")
    kwargs: dict[str, Any] = {name: frozenset(str(x).lower() if name != "participle_tags" else str(x)
                                              for x in raw.get(name) or []) for name in sets}
    return LanguageRules(
        lang=lang,
        modality={str(k): str(v) for k, v in (raw.get("modality") or {}).items()},
        zu_infix=bool(raw.get("zu_infix")),
        pronominal_adverbs={str(k): str(v) for k, v in (raw.get("pronominal_adverbs") or {}).items()},
        personal_pronouns={str(k): dict(v) for k, v in (raw.get("personal_pronouns") or {}).items()},
        possessive_pronouns={str(k): str(v) for k, v in (raw.get("possessive_pronouns") or {}).items()},
        extra={k: v for k, v in raw.items() if k not in sets},
        **kwargs,
    )
