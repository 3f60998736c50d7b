"""Persons' names the NER missed, found by their shape in hand-built parses (:mod:`graphbuild.resolve.untagged`)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import load_gazetteer
from graphbuild.resolve.names import NameWords
from graphbuild.resolve.untagged import UntaggedNames
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag=""):
    return (word, head, dep, pos, lemma or word, tag, ent)


def doc_and_untagged(lang, rows):
    doc = make_doc(lang, [r[:6] for r in rows], ents=[r[6] for r in rows])
    return doc, UntaggedNames(NameWords(lang, "ud", load_gazetteer()))


def rycroft(tagged):
    """"The British ambassador to the UN , Matthew Rycroft , said ." with the name hung on "UN"."""
    first, last = ("B-PERSON", "I-PERSON") if tagged else ("O", "O")
    return [
        T("The", 2, "det", "DET"), T("British", 2, "amod", "ADJ", ent="B-NORP"),
        T("ambassador", 10, "nsubj", "NOUN", tag="NN"), T("to", 5, "case", "ADP"), T("the", 5, "det", "DET"),
        T("UN", 2, "nmod", "PROPN", ent="B-ORG", tag="NNP"), T(",", 7, "punct", "PUNCT"),
        T("Matthew", 5, "appos", "PROPN", ent=first, tag="NNP"), T("Rycroft", 7, "flat", "PROPN", ent=last),
        T(",", 7, "punct", "PUNCT"), T("said", 10, "ROOT", "VERB"), T(".", 10, "punct", "PUNCT"),
    ]


@pytest.mark.parametrize("tagged", [True, False], ids=["tagged", "untagged"])
def test_a_name_hung_on_the_titles_pp_is_found_from_the_title(tagged):
    doc, untagged = doc_and_untagged("en", rycroft(tagged))
    found = untagged.pp_apposed(doc[2])
    assert found is not None and found.text == "Matthew Rycroft"
    assert untagged.pp_apposed(doc[5]) is None  # "UN" is no person's title


@pytest.mark.parametrize(("words", "expected"), [
    (("Liu", "Jieyi"), "Liu Jieyi"),  # two plain proper nouns
    (("Liu",), None),  # one word is no full name
])
def test_an_untagged_name_in_apposition_is_two_or_three_plain_proper_nouns(words, expected):
    # "China 's envoy , Liu Jieyi , spoke ." with the name untagged and hung on its last word
    head = 3 + len(words)
    rows = [T("China", 2, "nmod:poss", "PROPN", ent="B-GPE"), T("'s", 0, "case", "PART"),
            T("envoy", head + 2, "nsubj", "NOUN", tag="NN"), T(",", head, "punct", "PUNCT")]
    rows += [T(w, head, "compound", "PROPN", tag="NNP") for w in words[:-1]]
    rows += [T(words[-1], 2, "appos", "PROPN", tag="NNP"), T(",", head, "punct", "PUNCT"),
             T("spoke", head + 2, "ROOT", "VERB"), T(".", head + 2, "punct", "PUNCT")]
    doc, untagged = doc_and_untagged("en", rows)
    found = untagged.apposed(doc[head])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(("first", "second", "expected"), [
    # "Alexei Navalny spoke ." with the name untagged and, as the parser may, headed by its last word
    ("Alexei", "Navalny", "Alexei Navalny"),  # a listed given name opens it
    ("Virginia", "Navalny", "Virginia Navalny"),
    ("Paul", "Street", None),  # headed by a non_person_heads word
    ("Protest", "Navalny", None),  # no given name
])
def test_an_untagged_name_needs_a_listed_given_name(first, second, expected):
    doc, untagged = doc_and_untagged("en", [
        T(first, 1, "compound", "PROPN", tag="NNP"), T(second, 2, "nsubj", "PROPN", tag="NNP"),
        T("spoke", 2, "ROOT", "VERB"),
    ])
    found = untagged.given_named(doc[1], doc[0:2])
    assert (found.text if found is not None else None) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (("Maggie", "Feldman"), True),
    (("Victoria", "Station"), False),  # a place word ends it
    (("Feldman", "Maggie"), False),  # no given name first
])
def test_a_place_entity_opened_by_a_given_name_may_be_a_person(words, expected):
    doc, untagged = doc_and_untagged("en", [
        T(words[0], 2, "nsubj", "PROPN", ent="B-GPE", tag="NNP"), T(words[1], 0, "flat", "PROPN", ent="I-GPE",
                                                                    tag="NNP"),
        T("spoke", 2, "ROOT", "VERB"),
    ])
    (ent,) = doc.ents
    assert untagged.given_named_place(ent) is expected


@pytest.mark.parametrize(("words", "ents", "expected"), [
    (("Dr", "Christos", "Christou"), ("O", "B-ORG", "I-ORG"), True),  # an academic title before it
    (("Dr", "Christos", "Christou"), ("B-ORG", "I-ORG", "I-ORG"), True),  # … or inside it
    (("Maggie", "Feldman"), ("B-ORG", "I-ORG"), True),  # a listed given name opens it
    (("General", "Motors"), ("B-ORG", "I-ORG"), False),  # neither
    (("Goldman", "Sachs", "Group"), ("B-ORG", "I-ORG", "I-ORG"), False),
])
def test_an_organisation_entity_may_be_a_persons_name(words, ents, expected):
    n = len(words)
    rows = [T(w, n - 1, "compound" if i < n - 1 else "nsubj", "PROPN", ent=e, tag="NNP")
            for i, (w, e) in enumerate(zip(words, ents, strict=True))]
    rows[-1] = T(words[-1], n, "nsubj", "PROPN", ent=ents[-1], tag="NNP")
    doc, untagged = doc_and_untagged("en", [*rows, T("spoke", n, "ROOT", "VERB")])
    (ent,) = [e for e in doc.ents if e.label_ == "ORG"]
    assert untagged.given_named_organisation(ent) is expected
