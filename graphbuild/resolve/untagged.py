"""Persons' names the NER missed or mislabelled, found by their shape in the parse.

:class:`UntaggedNames` answers one question for :class:`~graphbuild.resolve.actors.ArticleActors`: where, around a
title or a proper noun, is the name of a person the entity recogniser did not tag as one? Four shapes:

* a name in apposition to a person's title, hung on the title (:meth:`UntaggedNames.apposed`: "China's envoy to
  the UN, Liu/O Jieyi/O");
* a name after a title's whole phrase, hung on the last noun of its PP (:meth:`UntaggedNames.pp_apposed`: "The
  British ambassador to the UN, Matthew Rycroft, said");
* a listed given name with one or two more proper nouns (:meth:`UntaggedNames.given_named`: "Alexei/O
  Navalny/O");
* a "place" entity opened by a listed given name (:meth:`UntaggedNames.given_named_place`: "Maggie
  Feldman/LOC").

What the article said earlier stays with ``ArticleActors``; this module knows only the document, the gazetteer
and the language's rules (through :class:`~graphbuild.resolve.names.NameWords`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import np_span, pp_parts
from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.resolve.gender import first_names
from graphbuild.resolve.names import PERSON_LABELS, PLACE_LABELS, NameWords

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass
class UntaggedNames:
    """Name shapes in the parse of one document at a time, for one language and label scheme."""

    names: NameWords

    def pp_apposed(self, head: Token) -> Span | None:
        """For a person's title, the name after its whole phrase that the parser hung on the last noun of the
        title's prepositional phrase: "The British ambassador to the UN, Matthew Rycroft, said" (tagged or not)."""
        names, scheme = self.names, self.names.scheme
        if not names.person_title(head):
            return None
        doc = head.doc
        for child in head.children:
            parts = pp_parts(child, scheme) if child.i > head.i else None
            for apposed in parts[1].children if parts else []:
                if role(apposed.dep_, scheme) is not Role.APPOS or apposed.i <= parts[1].i or \
                        doc[apposed.i - 1].text != ",":
                    continue
                ent = names.ent(apposed)
                if ent is not None and ent.label_ in PERSON_LABELS:
                    return ent
                name = self.given_named(apposed, np_span(apposed, scheme)) if ent is None else None
                if name is not None:
                    return name
        return None

    def apposed(self, head: Token) -> Span | None:
        """Two or three untagged proper nouns ending in ``head`` and hung on it, each a plain name word: the name
        the NER missed in apposition to a person's title (unlike :meth:`given_named`, no given name needed)."""
        doc = head.doc
        start = head.i
        while start > 0 and doc[start - 1].head.i == head.i and role(doc[start - 1].dep_, self.names.scheme) in (
                Role.NAME, Role.COMPOUND):
            start -= 1
        words = doc[start:head.i + 1]
        if not 2 <= len(words) <= 3 or any(t.pos_ != "PROPN" or t.ent_type_ or not self.names.plain_word(t)
                                           for t in words):
            return None
        return words

    def given_named(self, head: Token, span: Span) -> Span | None:
        """A listed given name and at most two more capitalised proper nouns ending in ``head`` (or hung on it as
        the name's later words) that the NER left untagged ("Alexei/O Navalny/O"): none a place, organisation,
        title, demonym or time the gazetteer, the NER or the grammar knows ("Virginia Beach" is tagged a place, "Paul
        Street" ends in a ``non_person_heads`` word)."""
        names = self.names
        rules = rules_for(names.lang)
        if head.lower_ in rules.word_set("non_person_heads") or head.lower_ in rules.word_set("temporal_nouns"):
            return None
        doc = head.doc
        given = first_names()
        end = head.i + 1
        while end < len(doc) and doc[end].head.i == head.i and role(doc[end].dep_, names.scheme) is Role.NAME and \
                end - head.i < 3:
            end += 1  # UD hangs a name's later words on its first: "Tim/nsubj Phillips/flat"
        for start in range(max(span.start, head.i - 2), head.i + (1 if end > head.i + 1 else 0)):
            words = doc[start:end]
            if words[0].text.casefold() in given and all(
                    t.pos_ == "PROPN" and t.ent_type_ in ("", "PER", "PERSON") and names.plain_word(t) and
                    not names.gazetteer.demonym(t.text, names.lang) for t in words):
                return words
        return None

    def given_named_organisation(self, ent: Span) -> bool:
        """An organisation entity that is a person's name: two or three capitalised words after an honorific ("Dr
        Christos Christou/ORG", ``pure_honorifics``, ``academic_titles``) or opened by a listed given name, none a
        state, organisation, title, institution or company word (not "Ernst & Young", "Goldman Sachs Group")."""
        rules = rules_for(self.names.lang)
        honorifics = rules.word_set("pure_honorifics") | rules.word_set("academic_titles")
        words = [t for t in ent if not t.is_punct]
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        titled = before is not None and before.lower_.rstrip(".") in honorifics
        if words and words[0].lower_.rstrip(".") in honorifics:
            words, titled = words[1:], True
        stop = rules.word_set("non_person_heads") | rules.word_set("company_heads")
        given = bool(words) and words[0].text.casefold() in first_names()
        return ent.label_ == "ORG" and 2 <= len(words) <= 3 and (titled or given) and \
            self._name_shaped(ent, words, lambda t: t.lower_ not in stop)

    def given_named_place(self, ent: Span) -> bool:
        """A place entity of capitalised words opened by a listed given name, none of them a place or a title the
        gazetteer knows and not ending in a place word ("Maggie Feldman/LOC", not "Victoria Station")."""
        gazetteer, lang = self.names.gazetteer, self.names.lang
        words = [t for t in ent if not t.is_punct]
        return ent.label_ in PLACE_LABELS and len(words) >= 2 and words[0].text.casefold() in first_names() and \
            self._name_shaped(ent, words, lambda t: not gazetteer.seat(t.text, lang))

    def _name_shaped(self, ent: Span, words: list[Token], word_ok: Callable[[Token], bool]) -> bool:
        """The words of ``ent`` are capitalised, none a title, state or organisation the gazetteer knows, nor what
        ``word_ok`` rules out, and the entity as a whole is neither a known state or organisation nor a place's
        name: a person's name the NER gave another label."""
        names = self.names
        gazetteer, lang = names.gazetteer, names.lang
        return all(t.text[:1].isupper() and not names.is_title(t) and not gazetteer.state_or_org(t.text, lang) and
                   word_ok(t) for t in words) and \
            names.place_name(ent.root) is None and not gazetteer.state_or_org(ent.text, lang)
