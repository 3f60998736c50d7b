"""Whose an actor is, read off the words around it (:mod:`graphbuild.resolve.affiliation`), on hand-built parses."""

from __future__ import annotations

import pytest

from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.affiliation import (
    kind_named_organisation,
    owner_country,
    party_country,
)
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag=""):
    return (word, head, dep, pos, lemma or word, tag, ent)


def doc_and_actors(lang, rows):
    doc = make_doc(lang, [r[:6] for r in rows], ents=[r[6] for r in rows])
    return doc, ArticleActors(lang=lang, scheme="ud")


@pytest.mark.parametrize(("bracket", "expected"), [
    ("D-W.Va.", "USA"), ("R", "USA"), ("SPÖ", "AUT"), ("SV Mattersburg", None), ("AP", None),
])
def test_a_party_in_brackets_after_a_name_gives_its_country(bracket, expected):
    words = bracket.split()
    rows = [T("Joe", 0, "ROOT", "PROPN", ent="B-PERSON"), T("Manchin", 0, "flat", "PROPN", ent="I-PERSON"),
            T("(", 3, "punct", "PUNCT")]
    rows += [T(w, 0 if i == 0 else 3, "appos" if i == 0 else "flat", "PROPN") for i, w in enumerate(words)]
    rows += [T(")", 3, "punct", "PUNCT")]
    doc, actors = doc_and_actors("en", rows)
    assert party_country(actors, doc[0:2]) == expected


@pytest.mark.parametrize(("owner", "expected"), [("Obama", "USA"), ("Modi", "IND"), ("Smith", None)])
def test_a_named_owner_gives_an_institution_its_country(owner, expected):
    doc, actors = doc_and_actors("en", [T("the", 2, "det", "DET"), T(owner, 2, "compound", "PROPN", tag="NNP"),
                                        T("administration", 2, "ROOT", "NOUN", tag="NN")])
    assert owner_country(actors, doc[2]) == expected
    assert not actors.actors  # looked up, not registered


@pytest.mark.parametrize(("lang", "rows", "head", "expected"), [
    ("en", [T("the", 2, "det", "DET"), T("NATO", 2, "compound", "PROPN"), T("alliance", 2, "ROOT", "NOUN")], 2,
     "NATO"),
    ("de", [T("die", 1, "det", "DET"), T("Opec-Gruppe", 1, "ROOT", "NOUN")], 1, "OPEC"),
    ("en", [T("the", 2, "det", "DET"), T("US", 2, "compound", "PROPN"), T("agency", 2, "ROOT", "NOUN")], 2, None),
])
def test_an_organisation_kind_noun_named_by_a_known_organisation(lang, rows, head, expected):
    doc, actors = doc_and_actors(lang, rows)
    assert kind_named_organisation(actors, doc[head]) == expected
