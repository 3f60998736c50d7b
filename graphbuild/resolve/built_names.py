"""Organisations whose names are built on a place name: a club or company that a place's name opens ("Austria
Wien", "Paris Saint Germain"), that is all place names ("Bayern München"), or that a brand word puts before a state's
name ("Air France", "Telekom Austria").

Lookups for :class:`~graphbuild.resolve.actors.ArticleActors`: each returns the organisation (an actor of the
place's state) and the words that name it, or ``None``; the caller registers it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.models import Actor
from graphbuild.resolve.names import clean_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.resolve.actors import ArticleActors


def built_on_place(actors: ArticleActors, head: Token, code: str) -> tuple[Actor, Span] | None:
    """A club's or company's name whose first word is a place ("Austria Wien", "Wiener Austria"): the name
    words the place heads are capitalised proper nouns and no title, the last of them another place or a word
    the dictionary does not know ("Brasiliens Teamkicker" is a player; in "Paris Saint Germain" only "Saint" is
    a known word), while the whole is no place the gazetteer knows ("Buenos Aires", "Mexico City", "Kurdistan
    Region" stay places). An organisation of the place's state."""
    from graphbuild.extract.lemmas import known_word

    gazetteer, lang = actors.gazetteer, actors.lang
    words: list[Token] = []
    frontier = [head]
    while frontier:  # "Paris Saint Germain" with Germain hung on Saint: the whole chain of name words
        found = [c for t in frontier for c in t.children if role(c.dep_, actors.scheme) is Role.NAME and c.i > head.i]
        words += found
        frontier = found
    if not words:
        return None
    words.sort(key=lambda w: w.i)
    doc = head.doc
    name = doc[head.i:words[-1].i + 1]
    if len(name) != len(words) + 1 or gazetteer.state_or_org(name.text, lang) or gazetteer.seat(name.text, lang):
        return None
    proper = rules_for(lang).word_set("proper_noun_tags")

    def own_word(w: Token) -> bool:  # another place, or no word of the language
        return bool(gazetteer.state_or_org(w.text, lang) or gazetteer.seat(w.text, lang)) or not known_word(w.text, lang)

    if not all(w.text[:1].isupper() and (w.tag_ in proper if proper else w.pos_ == "PROPN") and
               not actors.names.is_title(w) for w in words) or not own_word(words[-1]):
        return None
    return _organisation_of(actors, name, code), name


def all_places(actors: ArticleActors, name: Span) -> tuple[Actor, Span] | None:
    """A name of two or more words that are each a place the gazetteer knows, which the NER took for a person's
    ("Bayern/PER München/PER"): a club of the first place's state, no one's given name and surname."""
    gazetteer, lang = actors.gazetteer, actors.lang
    words = [t for t in name if not t.is_punct]
    codes = [gazetteer.state_or_org(t.text, lang) or gazetteer.seat(t.text, lang) or gazetteer.place(t.text, lang)
             for t in words]
    if len(words) < 2 or not all(codes) or gazetteer.place(name.text, lang) or gazetteer.seat(name.text, lang):
        return None
    return _organisation_of(actors, name, str(codes[0])), name


def branded(actors: ArticleActors, head: Token, code: str) -> tuple[Actor, Span] | None:
    """A company named by a brand word before a state's name (``brand_words``: "Air France", "Telekom Austria",
    "Team USA"): an organisation of that state, not the state."""
    doc = head.doc
    if head.i == 0:
        return None
    brand = doc[head.i - 1]
    if not brand.text[:1].isupper() or brand.lower_ not in rules_for(actors.lang).word_set("brand_words") or not (
            brand.head.i == head.i or brand.ent_iob_ != "O" and head.ent_iob_ == "I"):
        return None
    name = doc[brand.i:head.i + 1]
    return _organisation_of(actors, name, code), name


def _organisation_of(actors: ArticleActors, name: Span, code: str) -> Actor:
    """The organisation ``name`` names, of the state ``code`` is or lies in."""
    entry = actors.gazetteer.entry(code)
    country = code if entry is None or entry.kind == "state" else entry.country or None
    text = clean_name(name.text, actors.lang)
    return Actor(id=actors.identity.organisation_id(text), name=text, kind="organisation", country=country)
