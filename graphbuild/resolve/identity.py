"""Canonical actor ids across articles and languages.

States are ISO-3 codes, organisations their gazetteer code (or ``ORG:<slug>``), collectives CAMEO-style
``<ISO3><SECTOR>`` (``MEXGOV``), persons ``PER:<slug of the full name>`` — the same in German and English
articles, since names are written alike. An :class:`IdentityIndex` also applies what users said: actor
dictionaries (aliases, QIDs, countries, roles) and merges (``graphbuild actors merge A B``), and knows the persons
already in the store so a bare surname in a later article lands on the full-name node when that is unambiguous.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.models import Actor, slug

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class DictionaryEntry:
    """One user dictionary actor (see :mod:`graphbuild.resolve.dictionary`)."""

    id: str
    name: str
    kind: str = "person"
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    qid: str | None = None
    cameo: str | None = None
    aliases: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None

    def to_actor(self) -> Actor:
        """The graph actor this entry stands for, with the dictionary's facts."""
        return Actor(id=self.id, name=self.name, kind=self.kind, country=self.country, roles=list(self.roles),
                     qid=self.qid, cameo=self.cameo)


@dataclass
class IdentityIndex:
    """Maps names and ids onto canonical ids; empty by default (no dictionary, no merges, empty store)."""

    merges: dict[str, str] = field(default_factory=dict)
    entries: dict[str, DictionaryEntry] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    stored: dict[str, Actor] = field(default_factory=dict)
    _surnames: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add_entry(self, entry: DictionaryEntry) -> None:
        self.entries[entry.id] = entry
        for alias in [entry.name, *entry.aliases]:
            self.aliases.setdefault(alias.casefold(), entry.id)

    def valid_on(self, date: str | None) -> IdentityIndex:
        """This index without the dictionary entries (and their aliases) that do not apply on ``date``."""
        if not date or not any(e.date_from or e.date_to for e in self.entries.values()):
            return self
        day = date[:10]
        keep = {k: e for k, e in self.entries.items()
                if (e.date_from is None or day >= e.date_from[:10]) and (e.date_to is None or day <= e.date_to[:10])}
        view = IdentityIndex(merges=self.merges, entries=keep, stored=self.stored)
        view.aliases = {a: i for a, i in self.aliases.items() if i in keep}
        view._surnames = self._surnames
        return view

    def add_stored(self, actor: Actor) -> None:
        self.stored[actor.id] = actor
        if actor.kind == "person":
            parts = actor.name.split()
            if len(parts) > 1:
                self._surnames[parts[-1].casefold()].add(actor.id)

    def resolve_id(self, actor_id: str) -> str:
        seen = set()
        while actor_id in self.merges and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merges[actor_id]
        return actor_id

    def person_id(self, name: str, country: str | None = None, *,
                  stored_surname: Callable[[Actor], bool] | None = None) -> str:
        """The id of the person ``name``: a dictionary alias, else the one stored person whose surname a bare surname
        is (when ``stored_surname``, given the stored person, allows it), else ``PER:<slug>``."""
        alias = self.aliases.get(name.casefold())
        if alias:
            return self.resolve_id(alias)
        parts = name.split()
        if len(parts) == 1:
            ids = self._surnames.get(parts[0].casefold(), set())
            if len(ids) == 1 and (stored_surname is None or stored_surname(self.stored[next(iter(ids))])):
                return self.resolve_id(next(iter(ids)))
        return self.resolve_id(f"PER:{slug(name)}")

    def organisation_id(self, name: str) -> str:
        alias = self.aliases.get(name.casefold())
        return self.resolve_id(alias) if alias else self.resolve_id(f"ORG:{slug(name)}")

    def known(self, actor_id: str) -> Actor | None:
        return self.stored.get(self.resolve_id(actor_id))

    def canonical(self, actor: Actor) -> Actor:
        """Apply merges and dictionary facts to ``actor`` (in place where it keeps its id)."""
        target = self.resolve_id(actor.id)
        if target != actor.id:
            stored = self.stored.get(target) or self.entries.get(target)
            actor.aliases = sorted({*actor.aliases, actor.name})
            actor.id = target
            if stored is not None:
                actor.name = stored.name
                actor.kind = stored.kind
                actor.country = actor.country or stored.country
        entry = self.entries.get(actor.id)
        if entry is not None:
            actor.name = entry.name
            actor.kind = entry.kind or actor.kind
            actor.country = entry.country or actor.country
            actor.qid = entry.qid or actor.qid
            actor.cameo = entry.cameo or actor.cameo
            for r in entry.roles:
                if r not in actor.roles:
                    actor.roles.append(r)
        return actor
