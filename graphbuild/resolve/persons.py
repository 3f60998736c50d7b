"""The persons one article has named so far, and where: the memory behind a bare surname, a bare first name, a
title alone and a pronoun finding the person the article introduced earlier.

:class:`ArticlePersons` only remembers and looks up; deciding that a phrase names a person is
:class:`graphbuild.resolve.actors.ArticleActors`, and which person a pronoun means is
:mod:`graphbuild.resolve.pronouns`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from graphbuild.extract.language import rules_for
from graphbuild.models import Actor
from graphbuild.resolve.gender import given_gender
from graphbuild.resolve.names import clean_name


@dataclass
class PersonRecord:
    """One person of the article: the actor, the words of the full name, the grammatical gender the article gives
    (``None`` while unknown) and the character offset of the latest mention."""

    actor: Actor
    tokens: tuple[str, ...]
    gender: str | None
    last_seen: int


@dataclass
class ArticlePersons:
    lang: str
    #: the persons in the order the article introduced them
    records: list[PersonRecord] = field(default_factory=list)
    #: character offset of every person mention resolved so far → the person's actor id
    mentions: dict[int, str] = field(default_factory=dict)

    def add(self, actor: Actor, gender: str | None) -> PersonRecord:
        record = PersonRecord(actor=actor, tokens=tuple(actor.name.split()), gender=gender, last_seen=-1)
        self.records.append(record)
        return record

    def named(self, name: str) -> PersonRecord | None:
        """The person introduced earlier under exactly this full name (case aside)."""
        key = name.casefold()
        return next((r for r in self.records if " ".join(r.tokens).casefold() == key), None)

    def touch(self, actor: Actor, offset: int) -> None:
        """Note a mention of ``actor`` at character ``offset``."""
        self.mentions.setdefault(offset, actor.id)
        for record in self.records:
            if record.actor.id == actor.id:
                record.last_seen = max(record.last_seen, offset)

    def by_surname(self, word: str, gender: str | None = None) -> PersonRecord | None:
        """The earlier person whose surname ``word`` is; with the ``gender`` an honorific gives ("Mrs Trump"), not one
        known to be of the other ("Donald Trump")."""
        key = clean_name(word, self.lang).casefold()
        hits = [p for p in self.records if p.tokens and p.tokens[-1].casefold() == key]
        if not hits and key.endswith("s"):
            hits = [p for p in self.records if p.tokens and p.tokens[-1].casefold() == key[:-1]]
        if not hits:  # "Assad" after "Bashar al-Assad": the surname without its article (``surname_articles``)
            articles = rules_for(self.lang).word_set("surname_articles")
            hits = [p for p in self.records if p.tokens and "-" in p.tokens[-1] and
                    p.tokens[-1].casefold().split("-", 1)[0] in articles and
                    p.tokens[-1].casefold().split("-", 1)[1] == key]
        if gender is not None:
            hits = [p for p in hits if (p.gender or given_gender(p.tokens)) in (None, gender)]
        if not hits:
            return None
        if len(hits) == 1:
            return hits[0]
        # "Romney" after "Mitt Romney" (named again and again) and one "Ann Romney": the full name that the article
        # mentions most; then the one with an office ("Secretary of State Mike Pompeo and his wife, Susan Pompeo");
        # then the one named first, whom the story is about
        mentions = Counter(self.mentions.values())
        order = {id(p): n for n, p in enumerate(self.records)}
        return max(hits, key=lambda p: (len(p.tokens), mentions[p.actor.id], bool(p.actor.roles), -order[id(p)]))

    def by_first_name(self, word: str) -> PersonRecord | None:
        """"Chuck" after "Chuck Hagel" in the same article: a bare first name that exactly one earlier person has."""
        key = clean_name(word, self.lang).casefold()
        hits = [p for p in self.records if len(p.tokens) >= 2 and p.tokens[0].casefold() == key]
        if len(hits) > 1 and all(re.search(r"-[a-z]", " ".join(p.tokens[1:])) for p in hits):
            # "Kim" in an article on Kim Jong-un that also names Kim Il-sung: a Korean family name written first
            # (the given names hyphenated), shared; the one the article names far more often, else nobody (two
            # Chucks stay nobody)
            mentions = Counter(self.mentions.values())
            ranked = sorted(hits, key=lambda p: -mentions[p.actor.id])
            return ranked[0] if mentions[ranked[0].actor.id] >= 2 * max(1, mentions[ranked[1].actor.id]) else None
        return hits[0] if len(hits) == 1 else None

    def recent(self, before: int) -> list[PersonRecord]:
        """Persons by their latest mention before character ``before``, most recent first."""
        records = {r.actor.id: r for r in self.records}
        seen: list[PersonRecord] = []
        for offset in sorted((o for o in self.mentions if o < before), reverse=True):
            record = records.get(self.mentions[offset])
            if record is not None and record not in seen:
                seen.append(record)
        return seen

    def by_role(self, role_label: str, country: str | None, before: int) -> PersonRecord | None:
        """The most recently named person holding ``role_label`` (of ``country``, when given) before ``before``."""
        return next((p for p in self.recent(before) if role_label in p.actor.roles and (
            country is None or p.actor.country == country)), None)
