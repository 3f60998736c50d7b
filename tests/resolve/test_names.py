"""Name questions on hand-built parses: which entities are names, where a name the NER cut short ends."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import load_gazetteer
from graphbuild.resolve.names import NameWords, clean_name, join_hyphenated, name_like
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag=""):
    return (word, head, dep, pos, lemma or word, tag, ent)


def doc_and_names(lang, rows):
    doc = make_doc(lang, [r[:6] for r in rows], ents=[r[6] for r in rows])
    return doc, NameWords(lang, "ud", load_gazetteer())


@pytest.mark.parametrize(("lang", "rows", "start", "end", "expected"), [
    # the NER stopped after the given name
    ("en", [T("Chrystia", 2, "nsubj", "PROPN", ent="B-PERSON"), T("Freeland", 0, "flat", "PROPN"),
            T("spoke", 2, "ROOT", "VERB")], 0, 1, "Chrystia Freeland"),
    # a surname that is also a city, hung on the given name by the parser: "George/PER Washington/LOC"
    ("en", [T("George", 2, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
            T("Washington", 0, "flat", "PROPN", ent="B-GPE", tag="NNP"), T("led", 2, "ROOT", "VERB")],
     0, 1, "George Washington"),
    # … but not a state: "George" + "Israel" is no name
    ("en", [T("George", 2, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
            T("Israel", 0, "flat", "PROPN", ent="B-GPE", tag="NNP"), T("led", 2, "ROOT", "VERB")],
     0, 1, "George"),
    # … or inside the particles: "Alexander Van" + "der Bellen"
    ("de", [T("Alexander", 4, "nsubj", "PROPN", ent="B-PER"), T("Van", 0, "flat", "PROPN", ent="I-PER"),
            T("der", 0, "flat", "DET"), T("Bellen", 0, "flat", "PROPN"), T("sprach", 4, "ROOT", "VERB")],
     0, 2, "Alexander Van der Bellen"),
    # but not over "von der" and an institution: "Andreas Vana von der ORF-Unterhaltung"
    ("de", [T("Andreas", 5, "nsubj", "PROPN", ent="B-PER"), T("Vana", 0, "flat", "PROPN", ent="I-PER"),
            T("von", 4, "case", "ADP"), T("der", 4, "det", "DET"), T("Uni", 0, "nmod", "PROPN"),
            T("sprach", 5, "ROOT", "VERB")], 0, 2, "Andreas Vana"),
    # … or a common noun the parser hangs on the verb: "Cheikhou Dieng von Beginn an"
    ("de", [T("Cheikhou", 1, "compound", "PROPN", ent="B-PER", tag="NE"),
            T("Dieng", 5, "nsubj", "PROPN", ent="I-PER", tag="NE"), T("von", 3, "case", "ADP", tag="APPR"),
            T("Beginn", 5, "obl", "NOUN", tag="NN"), T("an", 5, "mark", "PART"), T("einlaufen", 5, "ROOT", "VERB")],
     0, 2, "Cheikhou Dieng"),
    # a given name the NER left out before the surname
    ("en", [T("Hillary", 1, "compound", "PROPN"), T("Clinton", 2, "nsubj", "PROPN", ent="B-PERSON"),
            T("spoke", 2, "ROOT", "VERB")], 1, 2, "Hillary Clinton"),
    # an unlisted given name between a title and the surname the NER tagged
    ("en", [T("Sen.", 2, "compound", "PROPN"), T("Rand", 2, "compound", "PROPN"),
            T("Paul", 3, "nsubj", "PROPN", ent="B-PERSON"), T("spoke", 3, "ROOT", "VERB")], 2, 3, "Rand Paul"),
    # but never the title itself
    ("en", [T("Republican", 1, "compound", "PROPN"), T("Representative", 3, "compound", "PROPN"),
            T("Kevin", 3, "compound", "PROPN", ent="B-PERSON"), T("Brady", 4, "nsubj", "PROPN", ent="I-PERSON"),
            T("spoke", 4, "ROOT", "VERB")], 2, 4, "Kevin Brady"),
    # a surname with an apostrophe the tagger garbled: "Bill/PER O’Reilly/PUNCT"
    ("en", [T("Bill", 2, "iobj", "PROPN", ent="B-PERSON", tag="NNP"), T("O’Reilly", 2, "punct", "PUNCT", tag="RB"),
            T("told", 2, "ROOT", "VERB")], 0, 1, "Bill O’Reilly"),
    # a capital after a name is no part of it
    ("en", [T("Tillerson", 2, "nsubj", "PROPN", ent="B-PERSON"), T("Washington", 0, "flat", "PROPN"),
            T("spoke", 2, "ROOT", "VERB")], 0, 1, "Tillerson"),
])
def test_grow_name_takes_in_the_name_words_the_ner_left_out(lang, rows, start, end, expected):
    doc, names = doc_and_names(lang, rows)
    assert names.grow_name(doc[start:end]).text == expected


@pytest.mark.parametrize(("lang", "rows", "start", "end", "expected"), [
    ("en", [T("Ugandan", 1, "amod", "ADJ", ent="B-PERSON"), T("rebels", 2, "nsubj", "NOUN"),
            T("fled", 2, "ROOT", "VERB")], 0, 1, True),
    ("en", [T("Prime", 1, "compound", "PROPN", ent="B-PERSON"), T("Minister", 2, "nsubj", "PROPN"),
            T("spoke", 2, "ROOT", "VERB")], 0, 1, True),
    ("en", [T("Prime", 1, "compound", "PROPN"), T("Minister", 2, "compound", "PROPN"),
            T("May", 3, "nsubj", "PROPN", ent="B-PERSON"), T("spoke", 3, "ROOT", "VERB")], 2, 3, False),
])
def test_an_entity_of_nationality_and_title_words_names_nobody(lang, rows, start, end, expected):
    doc, names = doc_and_names(lang, rows)
    assert names.no_name(doc[start:end]) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (("GOP", "Congressman"), True),  # a party and a title
    (("GOP", "Rep."), True),  # a party and an honorific ("GOP Rep./PER Scott Tipton")
    (("Justice",), False),  # an honorific alone may grow into the name the NER cut off ("Justice Antonin Scalia")
    (("GOP",), False),  # the party alone: not a person entity this check decides
    (("Mexico", "Smith"), False),  # a state and a name: no title
])
def test_a_party_and_a_title_name_nobody(words, expected):
    rows = [T(w, 0, "ROOT" if i == 0 else "flat", "PROPN", ent="B-PERSON" if i == 0 else "I-PERSON")
            for i, w in enumerate(words)]
    doc, names = doc_and_names("en", rows)
    assert names.no_name(doc[0:len(doc)]) is expected


@pytest.mark.parametrize(("rows", "k", "expected"), [
    ([T("Charles", 0, "ROOT", "PROPN"), T("de", 0, "flat", "ADP"), T("Gaulle", 0, "flat", "PROPN")], 1, True),
    ([T("Alexander", 0, "ROOT", "PROPN"), T("Van", 0, "flat", "PROPN"), T("der", 0, "flat", "DET"),
      T("Bellen", 0, "flat", "PROPN")], 2, True),
    # an article is a particle only after another one: "Christoph Leitl den Ball" is no name
    ([T("Christoph", 0, "ROOT", "PROPN"), T("Leitl", 0, "flat", "PROPN"), T("den", 0, "flat", "DET"),
      T("Ball", 0, "flat", "NOUN")], 2, False),
    # a particle ends no name
    ([T("Johnson", 0, "ROOT", "PROPN"), T("von", 0, "flat", "ADP")], 1, False),
])
def test_name_particles(rows, k, expected):
    doc, names = doc_and_names("de", rows)
    assert names.name_particle(doc[0:len(doc)], k) is expected


@pytest.mark.parametrize(("rows", "expected"), [
    # a title before a listed given name and a surname goes
    ([T("Finanzreferentin", 0, "ROOT", "NOUN", tag="NN"), T("Gabriele", 0, "flat", "PROPN", tag="NE"),
      T("Schaunig", 0, "flat", "PROPN", tag="NE")], "Gabriele Schaunig"),
    # ... also after a genitive name the NER took in
    ([T("Merkels", 0, "ROOT", "PROPN", tag="NE"), T("Sprecher", 0, "flat", "NOUN", tag="NN"),
      T("Steffen", 0, "flat", "PROPN", tag="NE"), T("Seibert", 0, "flat", "PROPN", tag="NE")], "Steffen Seibert"),
    # a leading common noun before a particle is a role, not a name
    ([T("Turniersieger", 0, "ROOT", "NOUN", tag="NN"), T("von", 0, "case", "ADP", tag="APPR"),
      T("Buenos", 0, "flat", "PROPN", tag="NE"), T("Aires", 0, "flat", "PROPN", tag="NE")], None),
    # a common noun after the name stays: the tagger also calls surnames common nouns
    ([T("Christian", 0, "ROOT", "PROPN", tag="NE"), T("Drosten", 0, "flat", "NOUN", tag="NN")], "Christian Drosten"),
    # a word the lexicon knows before two proper nouns, the given name unlisted ("Gaby", "Jürg")
    ([T("Finanzreferentin", 0, "ROOT", "NOUN", tag="NN"), T("Gaby", 0, "flat", "PROPN", tag="NE"),
      T("Schaunig", 0, "flat", "PROPN", tag="NE")], "Gaby Schaunig"),
    ([T("Fotograf", 0, "ROOT", "NOUN", tag="NN"), T("Jürg", 0, "flat", "PROPN", tag="NE"),
      T("Christandl", 0, "flat", "PROPN", tag="NE")], "Jürg Christandl"),
    # ... not an unknown word: it may be the name's first word
    ([T("Schaunig", 0, "ROOT", "NOUN", tag="NN"), T("Gaby", 0, "flat", "PROPN", tag="NE"),
      T("Maier", 0, "flat", "PROPN", tag="NE")], "Schaunig Gaby Maier"),
])
def test_without_common_nouns(rows, expected):
    doc, names = doc_and_names("de", rows)
    found = names.without_common_nouns(doc[0:len(doc)])
    assert (found.text if found is not None else None) == expected


def test_the_words_after_a_title_stop_at_a_weekday_unless_asked_not_to():
    rows = [T("president", 0, "ROOT", "NOUN"), T("Smith", 0, "appos", "PROPN"), T("Wednesday", 0, "npadvmod", "PROPN")]
    doc, names = doc_and_names("en", rows)
    assert names.name_after(doc[0]).text == "Smith"
    assert names.name_after(doc[0], stop_times=False).text == "Smith Wednesday"


def test_place_words_are_the_words_after_a_place_preposition_or_under_a_place_noun():
    rows = [T("Klein", 1, "nsubj", "PROPN"), T("lives", 1, "ROOT", "VERB"), T("in", 3, "case", "ADP"),
            T("Burlington", 1, "obl", "PROPN"), T("near", 6, "case", "ADP"), T("the", 6, "det", "DET"),
            T("town", 1, "obl", "NOUN"), T("of", 8, "case", "ADP"), T("Gorazde", 6, "nmod", "PROPN")]
    doc, names = doc_and_names("en", rows)
    assert names.place_words(doc) == frozenset({"Burlington", "Gorazde"})


@pytest.mark.parametrize(("text", "expected"), [
    ("Freeland", True), ("O’Rourke", True), ("deGravelles", True), ("Kramp-Karrenbauer", True),
    ("freeland", False), ("G20", False),
])
def test_name_like(text, expected):
    assert name_like(text) is expected


def test_join_hyphenated_grows_a_name_over_hyphens_written_without_spaces():
    doc = make_doc("en", [("Adel", 0, "ROOT", "PROPN", "Adel"), ("al", 0, "flat", "PROPN", "al"),
                          ("-", 0, "punct", "PUNCT", "-"), ("Jubeir", 0, "flat", "PROPN", "Jubeir")],
                   spaces=[True, False, False, False])
    assert join_hyphenated(doc[0:1]).text == "Adel al-Jubeir"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Trump's", "Trump"), ("de", "Trumps", "Trumps"), ("en", " „Tillerson, ", "Tillerson"),
])
def test_clean_name(lang, text, expected):
    assert clean_name(text, lang) == expected


@pytest.mark.parametrize(("words", "expected"), [
    (("Guter", "Widerstand"), True), (("Dunkle", "Materie"), True), (("Eigener", "Browser", "Edge"), True),
    (("Sibylle", "Günter"), False), (("Gaby", "Schaunig"), False),  # given names are their own lemma
    (("Ernst", "Strasser"), False),  # a listed given name that is also an adjective
    (("Guter",), False),  # one word: not_a_name decides
])
def test_a_german_name_opened_by_an_inflected_adjective_is_none(words, expected):
    rows = [T(w, 0, "ROOT" if i == 0 else "flat", "PROPN", tag="NE") for i, w in enumerate(words)]
    doc, names = doc_and_names("de", rows)
    assert names.adjective_first(doc[0:len(doc)]) is expected


@pytest.mark.parametrize(("words", "expected"), [
    (("Höchstens", "Satellitentelefone"), True), (("Neun", "Tore"), True),  # an adverb, a numeral
    (("Rosa", "Luxemburg"), False), (("Frank", "Stronach"), False),  # listed given names
    (("Kurz", "Regierung"), False),  # the surname of a well-known person
    (("Guter", "Widerstand"), False),  # inflected: adjective_first decides
    (("Höchstens",), False),  # one word: not_a_name decides
])
def test_a_german_name_opened_by_an_uninflected_lowercase_word_is_none(words, expected):
    rows = [T(w, 0, "ROOT" if i == 0 else "flat", "PROPN", tag="NE") for i, w in enumerate(words)]
    doc, names = doc_and_names("de", rows)
    assert names.lowercase_word_first(doc[0:len(doc)]) is expected


def test_the_name_in_the_of_phrase_of_a_places_people_is_a_place_and_an_apposition_to_people_is_not():
    # "The people of Virginia love influential people , Sen. Gillibrand ."
    rows = [T("The", 1, "det", "DET"), T("people", 4, "nsubj", "NOUN"), T("of", 3, "case", "ADP"),
            T("Virginia", 1, "nmod", "PROPN"), T("love", 4, "ROOT", "VERB"), T("influential", 6, "amod", "ADJ"),
            T("people", 4, "obj", "NOUN"), T(",", 9, "punct", "PUNCT"), T("Sen.", 9, "compound", "PROPN"),
            T("Gillibrand", 6, "appos", "PROPN"), T(".", 4, "punct", "PUNCT")]
    doc, names = doc_and_names("en", rows)
    assert names.place_words(doc) == frozenset({"Virginia"})


@pytest.mark.parametrize(("text", "expected"), [
    ("VIOLENCE ERUPTS", True), ("TTIP", True),  # headline capitals
    ("JOHN SMITH", False),  # a byline: a listed given name opens it
    ("Violence", False), ("UN", False),  # not in capitals; too short to be anything but an acronym
])
def test_a_name_in_capitals_from_a_headline_is_none(text, expected):
    _, names = doc_and_names("en", [T("x", 0, "ROOT", "X")])
    assert names.shouted(text) is expected


def test_join_hyphenated_takes_in_the_rest_of_an_entity_begun_after_the_hyphen():
    # "Jean/B-PER -/O Claude/B-LOC Juncker/I-LOC": the NER split the name at the hyphen
    doc = make_doc("en", [("Jean", 0, "ROOT", "PROPN", "Jean"), ("-", 2, "punct", "PUNCT", "-"),
                          ("Claude", 0, "flat", "PROPN", "Claude"), ("Juncker", 2, "flat", "PROPN", "Juncker"),
                          ("spoke", 4, "ROOT", "VERB", "speak")],
                   ents=["B-PER", "O", "B-LOC", "I-LOC", "O"], spaces=[False, False, True, True, False])
    assert join_hyphenated(doc[0:1]).text == "Jean-Claude Juncker"


@pytest.mark.parametrize(("words", "k", "expected"), [
    (["Kim", "Jong", "-", "un", "met"], 2, "Kim Jong-un"),   # a Korean given name's lower-case last syllable
    (["Moon", "Jae", "-", "in", "met"], 2, "Moon Jae-in"),
    (["the", "Kim", "-", "led", "regime"], 2, "Kim"),        # one word before the hyphen: no name of two parts
    (["Donald", "Trump", "-", "era", "rules"], 2, "Donald Trump"),  # no short name part before the hyphen
])
def test_join_hyphenated_takes_a_short_lower_case_syllable_after_a_two_part_name(words, k, expected):
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[w not in {"-"} and (i + 1 >= len(words) or words[i + 1] != "-") for i, w in enumerate(words)])
    start = 1 if words[0] == "the" else 0
    assert join_hyphenated(doc[start:k]).text == expected


def _headline(words):
    """A one-sentence doc of ``words``: the first the subject, the rest hung on the second (the verb)."""
    rows = [T(w, 1, "nsubj" if i == 0 else ("ROOT" if i == 1 else "dep"), "PROPN")
            for i, w in enumerate(words)]
    return doc_and_names("en", rows)


@pytest.mark.parametrize(("words", "index", "expected"), [
    # a dictionary word capitalised by a title-case headline is no name
    (["Proposal", "Included", "Common", "Sense", "Exemptions", "For", "Family", "Members"], 0, True),
    # ... unless a well-known person has it as a surname, or it is a given name
    (["Rice", "Says", "Administration", "Supports", "Stronger", "Sanctions"], 0, False),
    (["Chuck", "Rejects", "Latest", "Proposal", "From", "Senate", "Leaders"], 0, False),
    # an ordinary sentence is no headline
    (["Proposal", "included", "common", "sense", "exemptions", "for", "family", "members"], 0, False),
])
def test_headline_words(words, index, expected):
    doc, names = _headline(words)
    assert names.headline_word(doc[index]) is expected


def test_german_has_no_title_case_headlines():
    rows = [T(w, 1, "nsubj" if i == 0 else ("ROOT" if i == 1 else "dep"), "NOUN")
            for i, w in enumerate(["Vorschlag", "Enthielt", "Ausnahmen", "Für", "Familien", "Mitglieder"])]
    doc, names = doc_and_names("de", rows)
    assert names.headline_word(doc[0]) is False


@pytest.mark.parametrize(("word", "expected"), [
    ("CNN", True), ("JFS", True), ("KG", True),  # organisations' short names the NER took for persons
    ("MBS", False),  # listed as Mohammed bin Salman's
    ("TRUMP", False),  # a well-known surname in capitals
    ("Trump", False), ("USAREUR", False),  # not all capitals; longer than an initialism
])
def test_an_initialism_no_person_is_known_by_is_no_name(word, expected):
    doc, names = doc_and_names("en", [T(word, 1, "nsubj", "PROPN", ent="B-PERSON"), T("said", 1, "ROOT", "VERB")])
    (ent,) = doc.ents
    assert names.initialism(ent) is expected


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    # "an amended Withdrawal Agreement Bill/PER": a given name alone after a capitalised common noun is a bill
    ("en", [T("Withdrawal", 2, "compound", "PROPN", tag="NNP"), T("Agreement", 2, "compound", "NOUN", tag="NN"),
            T("Bill", 3, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"), T("passed", 3, "ROOT", "VERB")], True),
    # after a title it is a person ("Senator Bill")
    ("en", [T("Senator", 1, "compound", "NOUN", tag="NN"), T("Bill", 2, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
            T("spoke", 2, "ROOT", "VERB")], False),
    # a given name before a surname is a person's whatever the noun before it ("Majority Whip Kevin McCarthy")
    ("en", [T("Whip", 1, "compound", "NOUN", tag="NN"), T("Kevin", 3, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
            T("McCarthy", 1, "flat", "PROPN", tag="NNP"), T("spoke", 3, "ROOT", "VERB")], False),
    # German capitalises every noun: "seiner Frau Maria" is his wife
    ("de", [T("Frau", 1, "nmod", "NOUN", tag="NN"), T("Maria", 1, "ROOT", "PROPN", ent="B-PER", tag="NE")], False),
], ids=["bill", "title", "before-surname", "german-noun"])
def test_a_given_name_alone_after_a_capitalised_noun(lang, rows, expected):
    doc, names = doc_and_names(lang, rows)
    name = next(i for i, r in enumerate(rows) if r[6].startswith("B-"))
    assert names.thing_named(doc[name:name + 1]) is expected
