"""Canonical ids across articles: dictionary aliases, merges, and bare surnames of persons already stored."""

from __future__ import annotations

import pytest

from graphbuild.models import Actor
from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.identity import DictionaryEntry, IdentityIndex
from tests.conftest import make_doc


def stored(*names: str, country: str | None = None) -> IdentityIndex:
    index = IdentityIndex()
    for name in names:
        index.add_stored(Actor(id="PER:" + name.lower().replace(" ", "-"), name=name, kind="person", country=country))
    return index


def test_a_bare_surname_is_the_one_stored_person_of_that_surname():
    index = stored("Jesse Richman", "Sadiq Khan")
    assert index.person_id("Richman") == "PER:jesse-richman"
    assert index.person_id("Jesse Richman") == "PER:jesse-richman"
    assert index.person_id("Dowd") == "PER:dowd"


def test_a_surname_two_stored_persons_share_is_neither():
    assert stored("Ann Romney", "Mitt Romney").person_id("Romney") == "PER:romney"


def test_the_caller_may_refuse_the_stored_person():
    index = stored("Sadiq Khan")
    assert index.person_id("Khan", stored_surname=lambda person: person.name != "Sadiq Khan") == "PER:khan"
    assert index.person_id("Khan", stored_surname=lambda full: True) == "PER:sadiq-khan"


def test_dictionary_aliases_and_merges_come_first():
    index = stored("Sadiq Khan")
    index.add_entry(DictionaryEntry(id="Q7", name="Sadiq Aman Khan", aliases=["Khan"]))
    index.merges["PER:s-khan"] = "Q7"
    assert index.person_id("Khan") == "Q7"
    assert index.person_id("S Khan") == "Q7"


def T(word, head, dep, pos, ent="O"):
    return (word, head, dep, pos, word, "", "", ent)


@pytest.mark.parametrize(("honorific", "stored_name", "expected"), [
    # "Captain Khan" in one article is not the Sadiq Khan stored from another: Imran Khan and others share it
    ("Captain", "Sadiq Khan", "PER:khan"),
    # ... but a well-known person stored is the one a bare surname of that person means
    ("Senator", "Hillary Clinton", "PER:hillary-clinton"),
    # a surname no well-known person has is the one stored person's
    ("Professor", "Jesse Richman", "PER:jesse-richman"),
    ("Mr", "Jesse Richman", "PER:jesse-richman"),
    # ... but not when an honorific gives the other gender: "Lady Hale" is not the Brian Hale of another article
    ("Lady", "Brian Hale", "PER:hale"),
    ("Mrs", "Jesse Richman", "PER:richman"),
])
def test_a_bare_surname_in_a_later_article(honorific, stored_name, expected):
    surname = stored_name.split()[-1]
    doc = make_doc("en", [T(honorific, 1, "compound", "PROPN"), T(surname, 2, "nsubj", "PROPN", "B-PER"),
                          T("spoke", 2, "ROOT", "VERB")], ents=["O", "B-PER", "O"])
    actors = ArticleActors(lang="en", scheme="ud", identity=stored(stored_name))
    assert actors.resolve(doc[1], as_subject=True).actor.id == expected


@pytest.mark.parametrize(("country_word", "expected"), [
    ("American", "PER:jesse-richman"),
    # a person of another country is someone else of the name
    ("French", "PER:richman"),
])
def test_a_bare_surname_of_another_country_is_not_the_stored_person(country_word, expected):
    doc = make_doc("en", [T(country_word, 2, "amod", "ADJ"), T("professor", 2, "compound", "NOUN"),
                          T("Richman", 3, "nsubj", "PROPN", "B-PER"), T("spoke", 3, "ROOT", "VERB")],
                   ents=["O", "O", "B-PER", "O"])
    actors = ArticleActors(lang="en", scheme="ud", identity=stored("Jesse Richman", country="USA"))
    assert actors.resolve(doc[2], as_subject=True).actor.id == expected
