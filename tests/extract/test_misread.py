"""Present-tense verbs the tagger read as plural nouns (:mod:`graphbuild.extract.misread`), on hand-built parses and
through the bundled English pipeline."""

from __future__ import annotations

import pytest

from graphbuild.extract.article import extract_article
from graphbuild.extract.misread import repair_misread_verbs
from graphbuild.models import Article
from graphbuild.nlp.pipelines import bundled_path, load
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma, tag=""):
    return (word, head, dep, pos, lemma, tag)


# "Trump strikes a deal with Congress." as the bundled English pipeline parses it: "Trump/NN strikes/NNS"
STRIKES = [T("Trump", 1, "compound", "NOUN", "trump", "NN"), T("strikes", 1, "ROOT", "NOUN", "strike", "NNS"),
           T("a", 3, "det", "DET", "a", "DT"), T("deal", 1, "obj", "NOUN", "deal", "NN"),
           T("with", 5, "case", "ADP", "with", "IN"), T("Congress", 3, "nmod", "PROPN", "Congress", "NNP"),
           T(".", 1, "punct", "PUNCT", ".", ".")]
# "Berlin alone tries to dictate policy." with the infinitive hung on the "noun" as a clause modifier
TRIES = [T("Berlin", 2, "nsubj", "PROPN", "Berlin", "NNP"), T("alone", 2, "amod", "ADJ", "alone", "JJ"),
         T("tries", 2, "ROOT", "NOUN", "try", "NNS"), T("to", 4, "mark", "PART", "to", "TO"),
         T("dictate", 2, "acl", "VERB", "dictate", "VB"), T("policy", 4, "obj", "NOUN", "policy", "NN"),
         T(".", 2, "punct", "PUNCT", ".", ".")]


def test_a_name_and_a_plural_noun_with_an_object_are_subject_and_verb():
    doc = make_doc("en", STRIKES)
    assert repair_misread_verbs(doc, "en", "ud") == 1
    assert (doc[1].pos_, doc[1].tag_, doc[1].lemma_, doc[0].dep_) == ("VERB", "VBZ", "strike", "nsubj")
    result = extract_article(doc, Article(id="t", text=doc.text, lang="en", date="2019-02-15"))
    assert {(s.source_id, s.predicate.lemma) for s in result.statements} == {("PER:donald-trump", "strike")}


def test_an_infinitive_on_the_misread_verb_becomes_its_open_complement():
    doc = make_doc("en", TRIES)
    assert repair_misread_verbs(doc, "en", "ud") == 1
    assert doc[4].dep_ == "xcomp" and doc[0].dep_ == "nsubj"
    result = extract_article(doc, Article(id="t", text=doc.text, lang="en"))
    assert [(s.source_id, s.predicate.lemma, s.modality) for s in result.statements] == [
        ("DEUGOV", "dictate", "attempted")]


@pytest.mark.parametrize(("rows", "why"), [
    ([T("The", 2, "det", "DET", "the", "DT")] + [r[:1] + (r[1] + 1,) + r[2:] for r in STRIKES],
     "a determiner makes it a noun phrase: 'The Trump strikes …'"),
    ([r if r[0] != "deal" else T("deal", 1, "nmod", "NOUN", "deal", "NN") for r in STRIKES],
     "nothing after it that only a verb takes"),
    ([r if r[0] != "Trump" else T("trump", 1, "compound", "NOUN", "trump", "NN") for r in STRIKES],
     "no capitalised name before it"),
    ([r if r[0] != "strikes" else T("horses", 1, "ROOT", "NOUN", "horse", "NNS") for r in STRIKES],
     "the lexicon knows no such verb"),
], ids=["determiner", "no-object", "lower-case", "unknown-verb"])
def test_a_plural_noun_stays_a_noun(rows, why):
    doc = make_doc("en", rows)
    assert repair_misread_verbs(doc, "en", "ud") == 0, why
    assert all(t.pos_ != "VERB" for t in doc)


def test_german_has_no_misread_verb_tags():
    doc = make_doc("de", [T("Trump", 1, "compound", "PROPN", "Trump", "NE"),
                          T("Zölle", 1, "ROOT", "NOUN", "Zoll", "NN"), T("Mexiko", 1, "obj", "PROPN", "Mexiko", "NE")])
    assert repair_misread_verbs(doc, "de", "ud") == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump declares a national emergency.", ("PER:donald-trump", "declare")),
    ("Trump plans to meet Merkel.", ("PER:donald-trump", "meet")),
])
def test_headline_sentences_through_the_bundled_pipeline(text, expected):
    doc = load("en", str(bundled_path("en")))(text)
    result = extract_article(doc, Article(id="t", text=text, lang="en", date="2019-02-15"))
    assert expected in {(s.source_id, s.predicate.lemma) for s in result.statements}
