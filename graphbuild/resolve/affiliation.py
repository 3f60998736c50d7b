"""Whose an actor is, when the text says it only around the name: the party in brackets after a person's name,
the named owner of an institution, the organisation that names a kind noun, the state a "where" clause is about.

Lookups for :class:`~graphbuild.resolve.actors.ArticleActors`: they read the gazetteer, the article's persons and
the language's rules and return codes; they register no actor (the caller makes the one it resolves to).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.resolve.names import clean_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.resolve.actors import ArticleActors

#: what a bracket right after a name may hold to say its party ("(D-W.Va.)", "(SPÖ)")
_BRACKET = re.compile(r"\s*\(([^()]{1,30})\)")


def party_country(actors: ArticleActors, name: Span) -> str | None:
    """The country of the party named in brackets right after a person's name: a party the gazetteer lists
    ("(SPÖ)", "(CDU)", "(GOP)"), or one the language writes by the ``affiliation_pattern`` ("(D-W.Va.)",
    "(R)" for the ``affiliation_country``, USA). Other brackets ("(SV Mattersburg)", "(AP)") say nothing."""
    found = _BRACKET.match(name.doc.text[name.end_char:])
    if found is None:
        return None
    inside = found.group(1).strip()
    rules = rules_for(actors.lang)
    pattern = rules.extra.get("affiliation_pattern")
    if pattern and re.fullmatch(str(pattern), inside):
        return str(rules.extra.get("affiliation_country")) or None
    code = actors.named_code(inside)
    entry = actors.gazetteer.entry(code) if code else None
    return entry.country or None if entry is not None and entry.sector == "PTY" else None


def owner_country(actors: ArticleActors, head: Token) -> str | None:
    """The country of the named owner before ``head``, a person of the article, a well-known person or a state
    ("the Obama administration", "Modi's government", "the Assad regime"), or of the person a gendered possessive
    stands for ("his government", "seine Regierung"); looked up, not resolved: the owner is no actor of the
    statement."""
    for child in head.children:
        if child.i >= head.i or not possessor(actors, child):
            continue
        if child.pos_ in ("PRON", "DET"):
            country = _pronoun_owner_country(actors, head, child)
            if country:
                return country
            continue
        if child.pos_ != "PROPN":
            continue
        name = clean_name(child.text, actors.lang)
        # "Boris/poss Johnson/flat’s cabinet": the whole name
        whole = clean_name(" ".join(t.text for t in child.subtree if t.pos_ == "PROPN" and t.i < head.i), actors.lang)
        suffixes = rules_for(actors.lang).word_set("genitive_name_suffixes")
        # "Putins Regierung": also the name without a genitive ending
        candidates = [name] + [name[:-len(x)] for x in suffixes if name.endswith(x) and len(name) > len(x) + 2] + [
            whole, whole.rpartition(" ")[2]]
        for candidate in dict.fromkeys(candidates):  # (each once: a one-word owner is its whole name)
            country = _named_country(actors, candidate)
            if country:
                return country
    return None


def _named_country(actors: ArticleActors, name: str) -> str | None:
    """The country of a person of the article, a well-known person or a state called ``name``."""
    known = actors.people.by_surname(name)
    listed = actors.gazetteer.person(name) or actors.gazetteer.person_by_surname(name, actors.date)
    code = actors.named_code(name)
    entry = actors.gazetteer.entry(code) if code else None
    return (known.actor.country if known is not None else None) or (listed.country if listed else None) \
        or (code if entry is not None and entry.kind == "state" else None)


def possessor(actors: ArticleActors, token: Token) -> bool:
    """``token`` says whose its head is: a possessive ("his", "seine", "Syria's"), a name before it, or a name in the
    genitive right before it ("Obamas/amod Regierung")."""
    rules = rules_for(actors.lang)
    return role(token.dep_, actors.scheme) is Role.POSS or "Yes" in token.morph.get("Poss") or \
        token.tag_ in rules.word_set("possessive_tags") or \
        role(token.dep_, actors.scheme) is Role.COMPOUND and token.pos_ == "PROPN" and token.i < token.head.i or \
        token.pos_ == "PROPN" and token.i == token.head.i - 1 and len(token.text) > 3 and \
        token.text.endswith(tuple(rules.word_set("genitive_name_suffixes")) or ("\0",))


def kind_named_organisation(actors: ArticleActors, head: Token) -> str | None:
    """The code of the known organisation whose name modifies a noun for a kind of organisation
    (``organisation_kind_nouns``, also as a German compound's end): "the NATO alliance", "the Asia-Pacific Economic
    Cooperation (APEC) forum", "das Militärbündnis Nato", "die Opec-Gruppe"; not a state's ("the US agency")."""
    from graphbuild.extract.lemmas import in_or_compound_of

    kinds = rules_for(actors.lang).word_set("organisation_kind_nouns")
    word = head.text.rpartition("-")[2]
    if head.pos_ != "NOUN" or not in_or_compound_of(word.casefold(), kinds, 4):
        return None
    names = [head.text.rpartition("-")[0]] if "-" in head.text else []  # "Nato-Bündnis"
    for child in head.children:
        if role(child.dep_, actors.scheme) in (Role.COMPOUND, Role.APPOS, Role.NAME):
            names += [t.text for t in child.subtree if t.pos_ in ("PROPN", "X")]
    for name in names:
        code = actors.named_code(name) if name else None
        entry = actors.gazetteer.entry(code) if code else None
        listed = actors.identity.entries.get(code) if code else None
        kind = entry.kind if entry is not None else (listed.kind if listed is not None else None)
        if code and kind not in (None, "state", "person"):
            return code
    return None


def _pronoun_owner_country(actors: ArticleActors, head: Token, pronoun: Token) -> str | None:
    """The country of the person a gendered possessive before an institution stands for, when that person is named
    earlier in the same sentence ("Putin said his government …", "Castro committed his government to …"): a
    person's own state's institution (``person_owned_roles``: not "seiner Koalition", his party's). Further back,
    the nearest "his" is too often another person's. A neuter possessive ("its government") stands for the state
    named last before it in the sentence ("Turkey's foreign minister said its government …")."""
    from graphbuild.resolve.pronouns import antecedent

    rules = rules_for(actors.lang)
    own = actors.role_of(head)
    if own is None or own.role not in rules.word_set("person_owned_roles"):
        return None
    if rules.possessive_pronouns.get(pronoun.lower_) == "neut":
        return _state_before(actors, pronoun)
    record = antecedent(actors, pronoun, possessive=True)
    if record is None or not record.actor.country:
        return None
    start = pronoun.sent.start_char
    named = any(start <= offset < pronoun.idx and actor_id == record.actor.id
                for offset, actor_id in actors.people.mentions.items())
    return record.actor.country if named else None


def _state_before(actors: ArticleActors, pronoun: Token) -> str | None:
    """The state whose name stands nearest before ``pronoun`` in its sentence, if any."""
    for token in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
        if token.pos_ != "PROPN":
            continue
        code = actors.named_code(clean_name(token.text, actors.lang))
        entry = actors.gazetteer.entry(code) if code else None
        if entry is not None and entry.kind == "state":
            return code
    return None


def where_state(actors: ArticleActors, head: Token) -> str | None:
    """The state named right before a relative "where" whose clause ``head`` is the subject of ("back to Yemen,
    where the government is battling …"; ``place_relatives``), whatever the parser hung the clause on."""
    scheme, gazetteer, lang = actors.scheme, actors.gazetteer, actors.lang
    verb = head.head
    if role(head.dep_, scheme) is not Role.SUBJ or verb.i == head.i:
        return None
    doc = head.doc
    where = next((c for c in verb.children if c.i < head.i and c.lower_ in rules_for(lang).word_set(
        "place_relatives")), None)
    if where is None or where.i < 2 or doc[where.i - 1].text != ",":
        return None
    # the noun the relative clause hangs on ("nach Syrien gebracht, wo …"), or the word before the comma
    places = [verb.head] if role(verb.dep_, scheme) is Role.ACL else []
    for place in [*places, doc[where.i - 2]]:
        ent = actors.names.ent(place)
        for text in (ent.text if ent is not None else None, place.text):
            code = text and (gazetteer.state_or_org(text, lang) or gazetteer.seat(text, lang))
            entry = gazetteer.entry(code) if code else None
            if entry is not None and entry.kind == "state":
                return code
    return None
