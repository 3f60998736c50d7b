"""Pronoun antecedents (:mod:`graphbuild.resolve.pronouns`) on hand-built parses, through the article pass that
registers mentions first, as the extractor runs it."""

from __future__ import annotations

import pytest

from graphbuild.extract.article import extract_article
from graphbuild.models import Article
from graphbuild.resolve.pronouns import _window_start
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma, tag="", morph="", ent="O"):
    return (word, head, dep, pos, lemma, tag, morph, ent)


def run(lang, rows):
    doc = make_doc(lang, [r[:7] for r in rows], ents=[r[7] for r in rows])
    return extract_article(doc, Article(id="t", text=doc.text, lang=lang, date="2017-02-23"))


def test_the_sentence_before_is_found_past_paragraph_breaks():
    # "Obama spoke . \n\n He left ." — the blank line is a sentence of the parser's own
    doc = make_doc("en", [("Obama", 1, "nsubj", "PROPN", "Obama"), ("spoke", 1, "ROOT", "VERB", "speak"),
                          (".", 1, "punct", "PUNCT", "."), ("\n\n", 3, "ROOT", "SPACE", "\n\n"),
                          ("He", 5, "nsubj", "PRON", "he"), ("left", 5, "ROOT", "VERB", "leave"),
                          (".", 5, "punct", "PUNCT", ".")])
    assert _window_start(doc[4].sent) == 0


def test_a_plural_pronoun_stands_for_no_person():
    # "Obama criticized Cuba . They praised Mexico ." — "they" is not Obama
    result = run("en", [
        T("Obama", 1, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"), T("criticized", 1, "ROOT", "VERB", "criticize"),
        T("Cuba", 1, "obj", "PROPN", "Cuba", "NNP", ent="B-LOC"), T(".", 1, "punct", "PUNCT", "."),
        T("They", 5, "nsubj", "PRON", "they", "PRP"), T("praised", 5, "ROOT", "VERB", "praise"),
        T("Mexico", 5, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"), T(".", 5, "punct", "PUNCT", "."),
    ])
    assert {s.target_id for s in result.statements} == {"CUB"}


def test_a_pronoun_opening_a_paragraph_looks_past_the_break_to_the_subject_of_the_paragraph_before():
    # "Ms Pendergast criticized plans by Elizabeth Warren . \n\n She praised Mexico ." — the parser makes the paragraph
    # break a sentence of its own; the subject before it beats the nearer woman in the by-phrase
    result = run("en", [
        T("Ms", 1, "compound", "PROPN", "Ms", "NNP"), T("Pendergast", 2, "nsubj", "PROPN", "Pendergast", "NNP", ent="B-PER"),
        T("criticized", 2, "ROOT", "VERB", "criticize", "VBD"), T("plans", 2, "obj", "NOUN", "plan", "NNS"),
        T("by", 6, "case", "ADP", "by", "IN"), T("Elizabeth", 6, "compound", "PROPN", "Elizabeth", "NNP", ent="B-PER"),
        T("Warren", 3, "nmod", "PROPN", "Warren", "NNP", ent="I-PER"), T(".", 2, "punct", "PUNCT", ".", "."),
        T("\n\n", 8, "ROOT", "SPACE", "\n\n", "_SP"),
        T("She", 10, "nsubj", "PRON", "she", "PRP"), T("praised", 10, "ROOT", "VERB", "praise", "VBD"),
        T("Mexico", 10, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"), T(".", 10, "punct", "PUNCT", ".", "."),
    ])
    names = {a.id: a.name for a in result.actors}
    assert {names[s.source_id] for s in result.statements if s.target_id == "MEX"} == {"Pendergast"}


def test_a_pronoun_the_subject_of_a_governing_speech_verb_binds_is_that_subject():
    # "Obama criticized Cuba . While Putin said he would meet Mexico , Obama left ." — "he" is Putin, whose saying
    # it depends on, not the main-clause subject of the sentence before
    result = run("en", [
        T("Obama", 1, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"), T("criticized", 1, "ROOT", "VERB", "criticize", "VBD"),
        T("Cuba", 1, "obj", "PROPN", "Cuba", "NNP", ent="B-LOC"), T(".", 1, "punct", "PUNCT", ".", "."),
        T("While", 6, "mark", "SCONJ", "while", "IN"), T("Putin", 6, "nsubj", "PROPN", "Putin", "NNP", ent="B-PER"),
        T("said", 14, "advcl", "VERB", "say", "VBD"), T("he", 9, "nsubj", "PRON", "he", "PRP"),
        T("would", 9, "aux", "AUX", "would", "MD"), T("meet", 6, "ccomp", "VERB", "meet", "VB"),
        T("Mexico", 9, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"), T(",", 14, "punct", "PUNCT", ",", ","),
        T("Obama", 14, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"), T("then", 14, "advmod", "ADV", "then", "RB"),
        T("left", 14, "ROOT", "VERB", "leave", "VBD"), T(".", 14, "punct", "PUNCT", ".", "."),
    ])
    names = {a.id: a.name for a in result.actors}
    assert {names[s.source_id] for s in result.statements if s.target_id == "MEX"} == {"Vladimir Putin"}


def test_a_pronoun_subject_after_a_fronted_clause_is_that_clauses_subject():
    # "Although Obama criticized Putin , he praised Mexico ." — not the nearer object
    result = run("en", [
        T("Although", 2, "mark", "SCONJ", "although", "IN"), T("Obama", 2, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"),
        T("criticized", 6, "advcl", "VERB", "criticize", "VBD"), T("Putin", 2, "obj", "PROPN", "Putin", "NNP", ent="B-PER"),
        T(",", 6, "punct", "PUNCT", ",", ","), T("he", 6, "nsubj", "PRON", "he", "PRP"),
        T("praised", 6, "ROOT", "VERB", "praise", "VBD"), T("Mexico", 6, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"),
        T(".", 6, "punct", "PUNCT", ".", "."),
    ])
    names = {a.id: a.name for a in result.actors}
    assert {names[s.source_id] for s in result.statements if s.target_id == "MEX"} == {"Barack Obama"}


def _his_government_rows(owner_first, owner_last, possessive, institution, lang="en"):
    # "<Owner> said <possessive> <institution> rejected the plan ." with a German or English lemma for the verbs
    say, reject = ("say", "reject") if lang == "en" else ("sagen", "ablehnen")
    return [
        T(owner_first, 1, "compound", "PROPN", owner_first, "NNP", ent="B-PER"),
        T(owner_last, 2, "nsubj", "PROPN", owner_last, "NNP", ent="I-PER"),
        T("said", 2, "ROOT", "VERB", say, "VBD"),
        T(possessive, 4, "nmod:poss", "PRON", possessive, "PRP$", "Poss=Yes"),
        T(institution, 5, "nsubj", "NOUN", institution, "NN"),
        T("rejected", 2, "ccomp", "VERB", reject, "VBD"),
        T("the", 7, "det", "DET", "the", "DT"), T("plan", 5, "obj", "NOUN", "plan", "NN"),
        T(".", 2, "punct", "PUNCT", ".", "."),
    ]


@pytest.mark.parametrize(("first", "last", "possessive", "institution", "expected"), [
    ("Vladimir", "Putin", "his", "government", "RUSGOV"),   # the owner's state's government
    ("Theresa", "May", "her", "government", "GBRGOV"),
    ("Vladimir", "Putin", "her", "government", None),        # the gender does not fit: nobody's
    ("Vladimir", "Putin", "its", "government", None),        # "its" names no person, and no state is named
    ("Vladimir", "Putin", "his", "coalition", None),         # a coalition is one of parties, not the state's
])
def test_a_possessive_before_an_institution_gives_it_the_owners_state(first, last, possessive, institution,
                                                                     expected):
    result = run("en", _his_government_rows(first, last, possessive, institution))
    rejecters = {s.source_id for s in result.statements if s.predicate.cameo.startswith("12")}
    assert rejecters == ({expected} if expected else set())


def test_a_possessive_owner_must_be_named_earlier_in_the_same_sentence():
    # "Putin spoke . His government rejected the plan ." — across sentences "his" is too often another person's
    rows = [T("Putin", 1, "nsubj", "PROPN", "Putin", "NNP", ent="B-PER"), T("spoke", 1, "ROOT", "VERB", "speak", "VBD"),
            T(".", 1, "punct", "PUNCT", ".", "."),
            T("His", 4, "nmod:poss", "PRON", "his", "PRP$", "Poss=Yes"), T("government", 5, "nsubj", "NOUN", "government"),
            T("rejected", 5, "ROOT", "VERB", "reject", "VBD"), T("the", 7, "det", "DET", "the"),
            T("plan", 5, "obj", "NOUN", "plan"), T(".", 5, "punct", "PUNCT", ".", ".")]
    result = run("en", rows)
    assert not [s for s in result.statements if s.predicate.cameo.startswith("12")]


def test_a_possessive_pronoun_does_not_make_an_event_nouns_owner():
    # "Putin criticized Obama before his murder ." — "his" before an event noun names the victim as often as the
    # agent: no nominal event is read off it
    result = run("en", [
        T("Putin", 1, "nsubj", "PROPN", "Putin", "NNP", ent="B-PER"), T("criticized", 1, "ROOT", "VERB", "criticize"),
        T("Obama", 1, "obj", "PROPN", "Obama", "NNP", ent="B-PER"), T("before", 5, "case", "ADP", "before", "IN"),
        T("his", 5, "nmod:poss", "PRON", "his", "PRP$", "Poss=Yes"), T("murder", 1, "obl", "NOUN", "murder", "NN"),
        T(".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert {s.predicate.lemma for s in result.statements} == {"criticize"}


@pytest.mark.parametrize(("owner", "ent", "expected"), [("Turkey", "B-LOC", "TURGOV"), ("Apple", "B-ORG", None)])
def test_its_before_an_institution_is_the_state_named_before_it(owner, ent, expected):
    # "<Owner> said its government rejected the plan ." — "its" stands for a state named before it, not a company
    rows = [
        T(owner, 1, "nsubj", "PROPN", owner, "NNP", ent=ent), T("said", 1, "ROOT", "VERB", "say", "VBD"),
        T("its", 3, "nmod:poss", "PRON", "its", "PRP$", "Poss=Yes"), T("government", 4, "nsubj", "NOUN", "government"),
        T("rejected", 1, "ccomp", "VERB", "reject", "VBD"), T("the", 6, "det", "DET", "the", "DT"),
        T("plan", 4, "obj", "NOUN", "plan", "NN"), T(".", 1, "punct", "PUNCT", ".", "."),
    ]
    result = run("en", rows)
    rejecters = {s.source_id for s in result.statements if s.predicate.cameo.startswith("12")}
    assert rejecters == ({expected} if expected else set())


def test_a_pronoun_under_a_relative_clause_binds_to_the_person_the_clause_is_about():
    # "Steny Hoyer spoke . Obama left , said Hoyer , who added that he praised Mexico ." — "he" is Hoyer, the
    # antecedent of "who", not the subject of the sentence; the NER took this Hoyer for an organisation, and he is
    # resolved only after the clause that holds "he"
    result = run("en", [
        T("Steny", 1, "compound", "PROPN", "Steny", "NNP", ent="B-PER"),
        T("Hoyer", 2, "nsubj", "PROPN", "Hoyer", "NNP", ent="I-PER"), T("spoke", 2, "ROOT", "VERB", "speak"),
        T(".", 2, "punct", "PUNCT", "."),
        T("Obama", 5, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"), T("left", 5, "ROOT", "VERB", "leave", "VBD"),
        T(",", 7, "punct", "PUNCT", ","), T("said", 5, "parataxis", "VERB", "say", "VBD"),
        T("Hoyer", 7, "obj", "PROPN", "Hoyer", "NNP", ent="B-ORG"), T(",", 11, "punct", "PUNCT", ","),
        T("who", 11, "nsubj", "PRON", "who", "WP"), T("added", 8, "acl:relcl", "VERB", "add", "VBD"),
        T("that", 14, "mark", "SCONJ", "that", "IN"), T("he", 14, "nsubj", "PRON", "he", "PRP"),
        T("praised", 11, "ccomp", "VERB", "praise", "VBD"), T("Mexico", 14, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"),
        T(".", 5, "punct", "PUNCT", "."),
    ])
    names = {a.id: a.name for a in result.actors}
    assert {names[s.source_id] for s in result.statements if s.target_id == "MEX"} == {"Steny Hoyer"}


@pytest.mark.parametrize(("pronoun", "expected"), [
    # "Rex Tillerson spoke . Robert Gates , who recommended him to Mexico , left ." — the object pronoun is not the
    # subject of its own verb: Tillerson
    ("him", "PER:rex-tillerson"),
])
def test_an_object_pronoun_is_not_its_own_verbs_subject(pronoun, expected):
    result = run("en", [
        T("Rex", 1, "compound", "PROPN", "Rex", "NNP", ent="B-PER"),
        T("Tillerson", 2, "nsubj", "PROPN", "Tillerson", "NNP", ent="I-PER"), T("spoke", 2, "ROOT", "VERB", "speak"),
        T(".", 2, "punct", "PUNCT", "."),
        T("Robert", 5, "compound", "PROPN", "Robert", "NNP", ent="B-PER"),
        T("Gates", 13, "nsubj", "PROPN", "Gates", "NNP", ent="I-PER"), T(",", 8, "punct", "PUNCT", ","),
        T("who", 8, "nsubj", "PRON", "who", "WP"), T("recommended", 5, "acl:relcl", "VERB", "recommend", "VBD"),
        T(pronoun, 8, "obj", "PRON", pronoun, "PRP"), T("to", 11, "case", "ADP", "to", "IN"),
        T("Mexico", 8, "obl", "PROPN", "Mexico", "NNP", ent="B-LOC"), T(",", 8, "punct", "PUNCT", ","),
        T("left", 13, "ROOT", "VERB", "leave", "VBD"), T(".", 13, "punct", "PUNCT", "."),
    ])
    assert ("PER:robert-gates", expected) in {(s.source_id, s.target_id) for s in result.statements}


@pytest.mark.parametrize(("relative", "sources"), [
    # "Obama spoke . A man who said he attacked Mexico left ." — "he" is the unnamed man, not Obama
    ("who", set()),
    # "which" stands for no person: the pronoun looks further, as before
    ("which", {"PER:barack-obama"}),
])
def test_a_pronoun_bound_through_who_to_an_unnamed_person_is_nobody(relative, sources):
    result = run("en", [
        T("Obama", 1, "nsubj", "PROPN", "Obama", "NNP", ent="B-PER"), T("spoke", 1, "ROOT", "VERB", "speak"),
        T(".", 1, "punct", "PUNCT", "."),
        T("A", 4, "det", "DET", "a", "DT"), T("man", 10, "nsubj", "NOUN", "man", "NN"),
        T(relative, 6, "nsubj", "PRON", relative, "WP"), T("said", 4, "acl:relcl", "VERB", "say", "VBD"),
        T("he", 8, "nsubj", "PRON", "he", "PRP"), T("attacked", 6, "ccomp", "VERB", "attack", "VBD"),
        T("Mexico", 8, "obj", "PROPN", "Mexico", "NNP", ent="B-LOC"), T("left", 10, "ROOT", "VERB", "leave", "VBD"),
        T(".", 10, "punct", "PUNCT", "."),
    ])
    assert {s.source_id for s in result.statements if s.target_id == "MEX"} == sources
