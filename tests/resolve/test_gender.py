"""Gender evidence for pronoun resolution, on hand-built parses (no statistical model involved)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.gender import assign_genders, first_names, given_gender
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag="", morph=""):
    return (word, head, dep, pos, lemma or word, tag, morph, ent)


def article(lang, rows):
    """Register the names of a hand-built article as extract_article does, then assign genders."""
    doc = make_doc(lang, [r[:7] for r in rows], ents=[r[7] for r in rows])
    actors = ArticleActors(lang=lang, scheme="ud")
    for ent in doc.ents:
        actors.resolve(ent.root)
    for token in doc:
        if token.dep_ == "nsubj" and token.pos_ != "PRON":
            actors.resolve(token, as_subject=True)
    assign_genders(list(doc.sents), actors)
    return doc, actors


def genders(actors):
    return {r.actor.name: r.gender for r in actors.people.records}


def pronoun_target(doc, actors, word):
    token = next(t for t in doc if t.text == word)
    found = actors.resolve(token, as_subject=True)
    return found.actor.name if found else None


@pytest.mark.parametrize(("first", "second", "pronoun", "expected", "target"), [
    # "Mr Hartley spoke . Mrs Kennedy laughed . He left ." — he is not the woman named last
    (("Mr", "Hartley"), ("Mrs", "Kennedy"), "He", {"Hartley": "masc", "Kennedy": "fem"}, "Hartley"),
    # "Hillary Clinton spoke . Boris Johnson laughed . She left ."
    (("Hillary", "Clinton"), ("Boris", "Johnson"), "She", {"Hillary Clinton": "fem", "Boris Johnson": "masc"},
     "Hillary Clinton"),
    # "Tamika Mallory spoke . Derek Scissors laughed . She left ." — names of the news sample, added this stop
    (("Tamika", "Mallory"), ("Derek", "Scissors"), "She", {"Tamika Mallory": "fem", "Derek Scissors": "masc"},
     "Tamika Mallory"),
], ids=["honorific", "given-name", "given-name-news"])
def test_an_honorific_or_an_unambiguous_given_name_tells_he_from_she(first, second, pronoun, expected, target):
    def person(words, at):  # an honorific stays outside the name entity, a given name is its first word
        honorific = words[0] in ("Mr", "Mrs")
        return [T(words[0], at + 1, "compound", "PROPN", ent="O" if honorific else "B-PER"),
                T(words[1], at + 2, "nsubj", "PROPN", ent="B-PER" if honorific else "I-PER")]

    doc, actors = article("en", [
        *person(first, 0), T("spoke", 2, "ROOT", "VERB", "speak"), T(".", 2, "punct", "PUNCT"),
        *person(second, 4), T("laughed", 6, "ROOT", "VERB", "laugh"), T(".", 6, "punct", "PUNCT"),
        T(pronoun, 9, "nsubj", "PRON", pronoun.lower()), T("left", 9, "ROOT", "VERB", "leave"),
        T(".", 9, "punct", "PUNCT"),
    ])
    assert genders(actors) == expected
    assert pronoun_target(doc, actors, pronoun) == target


def test_a_possessive_bound_by_the_only_subject_gives_its_gender():
    # "Ramos praised her team . Weber praised his staff . She left ." — neither surname is in the name table
    doc, actors = article("en", [
        T("Ramos", 1, "nsubj", "PROPN", ent="B-PER"), T("praised", 1, "ROOT", "VERB", "praise"),
        T("her", 3, "nmod:poss", "PRON", "she"), T("team", 1, "obj", "NOUN"), T(".", 1, "punct", "PUNCT"),
        T("Weber", 6, "nsubj", "PROPN", ent="B-PER"), T("praised", 6, "ROOT", "VERB", "praise"),
        T("his", 8, "nmod:poss", "PRON", "he"), T("staff", 6, "obj", "NOUN"), T(".", 6, "punct", "PUNCT"),
        T("She", 11, "nsubj", "PRON", "she"), T("left", 11, "ROOT", "VERB", "leave"), T(".", 11, "punct", "PUNCT"),
    ])
    assert genders(actors) == {"Ramos": "fem", "Weber": "masc"}
    assert pronoun_target(doc, actors, "She") == "Ramos"


@pytest.mark.parametrize("rows", [
    # "Ramos praised her ." — an object pronoun is never its own clause's subject
    [T("Ramos", 1, "nsubj", "PROPN", ent="B-PER"), T("praised", 1, "ROOT", "VERB", "praise"),
     T("her", 1, "obj", "PRON", "she"), T(".", 1, "punct", "PUNCT")],
    # 'Ramos said : " He lied . "' — a quoted pronoun is someone the speaker talks about
    [T("Ramos", 1, "nsubj", "PROPN", ent="B-PER"), T("said", 1, "ROOT", "VERB", "say"),
     T(":", 1, "punct", "PUNCT"), T("“", 5, "punct", "PUNCT"), T("He", 5, "nsubj", "PRON", "he"),
     T("lied", 1, "ccomp", "VERB", "lie"), T(".", 5, "punct", "PUNCT"), T("”", 5, "punct", "PUNCT")],
    # "Ramos and Weber said that she lied ." — two persons before the pronoun
    [T("Ramos", 3, "nsubj", "PROPN", ent="B-PER"), T("and", 2, "cc", "CCONJ"),
     T("Weber", 0, "conj", "PROPN", ent="B-PER"), T("said", 3, "ROOT", "VERB", "say"),
     T("that", 6, "mark", "SCONJ"), T("she", 6, "nsubj", "PRON", "she"), T("lied", 3, "ccomp", "VERB", "lie"),
     T(".", 3, "punct", "PUNCT")],
    # "Ramos' s campaign said that he lied ." — Ramos is no subject
    [T("Ramos", 2, "nmod:poss", "PROPN", ent="B-PER"), T("'s", 0, "case", "PART"),
     T("campaign", 3, "nsubj", "NOUN"), T("said", 3, "ROOT", "VERB", "say"), T("that", 6, "mark", "SCONJ"),
     T("he", 6, "nsubj", "PRON", "he"), T("lied", 3, "ccomp", "VERB", "lie"), T(".", 3, "punct", "PUNCT")],
], ids=["object-pronoun", "quoted", "two-persons", "not-a-subject"])
def test_pronouns_that_give_no_evidence(rows):
    _, actors = article("en", rows)
    assert "Ramos" in genders(actors)
    assert genders(actors)["Ramos"] is None


def test_the_german_verb_sein_is_no_possessive():
    # "Müller will Präsident sein ." — "sein" (to be) is no "sein" (his)
    _, actors = article("de", [
        T("Müller", 2, "nsubj", "PROPN", ent="B-PER"), T("will", 2, "aux", "AUX", "wollen"),
        T("Präsident", 2, "ROOT", "NOUN"), T("sein", 2, "cop", "AUX", "sein", tag="VAINF"), T(".", 2, "punct", "PUNCT"),
    ])
    assert genders(actors) == {"Müller": None}


@pytest.mark.parametrize(("word", "index", "expected"), [
    ("Sie", 0, "Angela Merkel"),  # "Sie sagte …": sentence-initial, she
    ("Sie", 1, None),  # "Wie stehen Sie dazu ?": the polite "you"
])
def test_the_capitalised_polite_sie_inside_a_sentence_is_nobody(word, index, expected):
    before = [T("Angela", 2, "nsubj", "PROPN", ent="B-PER"), T("Merkel", 0, "flat", "PROPN", ent="I-PER"),
              T("kam", 2, "ROOT", "VERB", "kommen"), T(".", 2, "punct", "PUNCT")]
    if index == 0:
        rows = [T("Sie", 5, "nsubj", "PRON", "sie"), T("sagte", 5, "ROOT", "VERB", "sagen",
                                                         morph="Number=Sing|Person=3|VerbForm=Fin"),
                T(".", 5, "punct", "PUNCT")]
    else:
        rows = [T("Wie", 5, "advmod", "ADV"), T("stehen", 5, "ROOT", "VERB", "stehen"),
                T("Sie", 5, "nsubj", "PRON", "sie"), T("dazu", 5, "advmod", "ADV"), T("?", 5, "punct", "PUNCT")]
    doc, actors = article("de", before + rows)
    assert pronoun_target(doc, actors, word) == expected


def test_the_given_name_table_leaves_ambiguous_names_out():
    names = first_names()
    assert names["hillary"] == "fem" and names["boris"] == "masc"
    assert not {"jo", "kim", "alex", "sam", "andrea", "jean", "nicola", "simone", "hilary", "chris", "lindsey",
                "pat", "taylor", "lee", "dominique", "alexis"} & names.keys()


def test_a_surname_that_is_a_title_gives_no_gender():
    # "Charlotte King spoke ." — the given name says woman; the surname "King" is no honorific
    _, actors = article("en", [
        T("Charlotte", 1, "compound", "PROPN", ent="B-PER"), T("King", 2, "nsubj", "PROPN", ent="I-PER"),
        T("spoke", 2, "ROOT", "VERB", "speak"), T(".", 2, "punct", "PUNCT"),
    ])
    assert genders(actors) == {"Charlotte King": "fem"}


@pytest.mark.parametrize(("tokens", "expected"), [
    (("Donald", "Trump"), "masc"),
    (("Angela", "Merkel"), "fem"),
    (("Trump",), None),  # a surname alone says nothing
])
def test_given_gender(tokens, expected):
    assert given_gender(tokens) == expected
