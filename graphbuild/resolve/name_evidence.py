"""What the words around a name say about who it is: evidence for :class:`~graphbuild.resolve.actors.ArticleActors`.

* a state right before a topical role noun is the field of experts, not their country ("Russia specialists");
* a place entity no one knows as a place, after a person's title, is the person's name ("ÖVP-Kandidat Khol/LOC"),
  unless it is the genitive of a name the article uses ("der behandelnde Arzt Lahms");
* another capitalised word before the surname of a person named before names a relative ("Sascha Pinczowski" after
  "Alexander Pinczowski");
* a bare surname is another article's stored bearer unless this article contradicts them ("Lady Hale" is not
  Brian P. Hale).

Each function reads the article's state (persons named so far, gazetteer, language rules) and registers nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import PROPER_NOUN_TAGS
from graphbuild.resolve.gender import gendered_honorific, given_gender
from graphbuild.resolve.names import PLACE_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.models import Actor
    from graphbuild.resolve.actors import ArticleActors


def topical_before(actors: ArticleActors, token: Token) -> bool:
    """``token`` comes right before a ``topical_role_nouns`` word ("Russia specialists", "Iran expert"), whose
    field it names."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    after = doc[token.i + 1]
    topical = rules_for(actors.lang).word_set("topical_role_nouns")
    return after.lower_ in topical or after.lemma_.lower() in topical


def unknown_place(actors: ArticleActors, ent: Span) -> bool:
    """A place entity of proper nouns that neither the gazetteer nor the article's other place phrases ("in
    Khol") know as a place: after a person's title, the person's name. Not the genitive of a name the article
    uses ("der behandelnde Arzt Lahms" is Lahm's doctor)."""
    places = actors.names.place_words(ent.doc)
    texts = [*(t.text for t in ent), ent.text]
    genitive = len(ent) == 1 and ent.text.endswith("s") and (actors.people.by_surname(ent.text[:-1]) is not None or
                                                             any(t.text == ent.text[:-1] for t in ent.doc))
    return ent.label_ in PLACE_LABELS and all(t.pos_ == "PROPN" for t in ent) and not genitive and not any(
        actors.gazetteer.state_or_org(x, actors.lang) or actors.gazetteer.seat(x, actors.lang) or
        actors.gazetteer.place(x, actors.lang) or x in places for x in texts)


def relative_named(actors: ArticleActors, head: Token, span: Span, known: tuple[str, ...]) -> Span | None:
    """An untagged surname of a person named before, after a capitalised word of the phrase that is no part of
    that person's name and could be a given name: another bearer of the surname ("Sascha/ADJ Pinczowski" after
    "Alexander Pinczowski")."""
    if head.i == 0 or len(known) < 2:
        return None
    before = head.doc[head.i - 1]
    proper = before.tag_ in PROPER_NOUN_TAGS or before.pos_ == "PROPN"
    if before.i < span.start or before.head.i != head.i or not before.text[:1].isupper() or \
            before.text in known or not proper or not actors.names.plain_word(before) or \
            actors.names.titled(before) or gendered_honorific(before, actors.lang) is not None or \
            actors.gazetteer.demonym(before.text, actors.lang) or actors.names.headline_word(before) or \
            before.lower_ in rules_for(actors.lang).word_set("temporal_nouns"):
        return None  # (nor a month: "In August Cohen pleaded guilty")
    return head.doc[before.i:head.i + 1]


def same_bearer(actors: ArticleActors, surname: str, stored: Actor, country: str | None, given: bool,
                said: str | None) -> bool:
    """A bare ``surname`` is the one stored person who bears it (another article's) unless it is a given name,
    the stored person is not the well-known bearer of a well-known surname ("Captain Khan" is not the Sadiq Khan
    of another article), or what this article says contradicts them: another country, or an honorific of the
    other gender ("Lady Hale" is not Brian P. Hale)."""
    if given or actors.gazetteer.famous_surname(surname) and actors.gazetteer.person(stored.name) is None:
        return False
    if country and stored.country and country != stored.country:
        return False
    return said is None or given_gender(tuple(stored.name.split())) in (None, said)
