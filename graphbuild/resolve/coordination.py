"""Coordinated actor phrases whose parts share a modifier.

Event coders give every member of a coordination its own event; the parser hangs a shared modifier on one
conjunct only. Two cases:

- a role noun without a country of its own borrows the first conjunct's: "Danish media and government" →
  media of Denmark, government of Denmark; "die mexikanische Regierung und Opposition";
- a country modifier that is itself coordinated gives one collective per country: "lawmakers in Arnor and
  Gondor" → the legislatures of both; "Russian and Chinese diplomats" → both governments.

Named persons and states are never spread: only collectives built from a role noun and a country are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.clauses import expand_conj, np_span, pp_parts
from graphbuild.extract.schemes import Role, role
from graphbuild.resolve.actors import ArticleActors, Resolution

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how :class:`ArticleActors` found a collective made of a role noun and a country
COLLECTIVE_HOWS = frozenset({"official", "sector", "government", "institution"})
_MODIFIER_ROLES = (Role.NMOD, Role.OBL, Role.AMOD, Role.COMPOUND)


def spread(actors: ArticleActors, group: list[tuple[Token, Resolution | None]]) -> list[tuple[Token, Resolution]]:
    """The resolutions of coordinated heads (``None`` where a head resolved to nothing), with the members a
    shared modifier adds, each with the head it stands at; in order, without repeated actors."""
    out: list[tuple[Token, Resolution]] = []
    borrowed: list[str] = []  # the countries of the first collective, for bare role nouns after it
    for head, found in group:
        if found is None or borrowed and found.actor.id in actors.homeless:
            # "Danish media and government": the government without a country of its own is the Danish one
            head_role = actors.role_of(head) if borrowed else None
            made_any = False
            for country in borrowed if head_role else []:
                made = actors.role_collective(country, head_role)
                if made is not None:
                    span = np_span(head, actors.scheme)
                    out.append((head, Resolution(made[0], "coordinated", span, made[2] * 0.9)))
                    made_any = True
            if found is None or made_any:
                continue
        out.append((head, found))
        if found.how not in COLLECTIVE_HOWS or not found.actor.country:
            continue
        countries = [found.actor.country, *coordinated_countries(actors, head)]
        borrowed = borrowed or list(dict.fromkeys(countries))
        head_role = actors.role_of(head)
        for country in countries[1:] if head_role else []:
            made = actors.role_collective(country, head_role)
            if made is not None:
                out.append((head, Resolution(made[0], "coordinated", found.span, made[2] * 0.9)))
    seen: set[str] = set()
    return [(t, r) for t, r in out if not (r.actor.id in seen or seen.add(r.actor.id))]


def coordinated_countries(actors: ArticleActors, head: Token) -> list[str]:
    """Countries named by a coordinated modifier of ``head`` ("in Arnor and Gondor", "Russian and Chinese"),
    or nothing when the modifier names one country only."""
    for child in head.children:
        if role(child.dep_, actors.scheme) not in _MODIFIER_ROLES:
            continue
        parts = pp_parts(child, actors.scheme)
        noun = parts[1] if parts else child
        members = expand_conj(noun, actors.scheme)
        if len(members) < 2:
            continue
        codes = [_country(actors, t) for t in members]
        if all(codes):
            return list(dict.fromkeys(c for c in codes if c))
    # "Russian and Chinese diplomats" parsed as two modifiers of the noun, the "and" hung on the second
    named = [(t, c) for t in head.children if t.i < head.i and role(t.dep_, actors.scheme) in (Role.AMOD, Role.COMPOUND)
             and (c := _country(actors, t))]
    joined = any(role(c.dep_, actors.scheme) is Role.CC for modifier, _ in named[1:] for c in modifier.children)
    if len(named) > 1 and joined:
        return list(dict.fromkeys(c for _, c in named))
    return []


def _country(actors: ArticleActors, token: Token) -> str | None:
    if token.pos_ == "ADJ":
        return actors.gazetteer.adjective(token.text, actors.lang)
    return actors.named_code(np_span(token, actors.scheme).text) or actors.named_code(token.text) or \
        actors.gazetteer.adjective(token.text, actors.lang)  # "Turkish/PROPN and Greek sides"
