"""Clause analysis on hand-built parses in the three label schemes (no statistical model involved)."""

from __future__ import annotations

import pytest

from graphbuild.extract.clauses import clauses, marks_possessor, np_span
from graphbuild.extract.schemes import Role, detect_scheme, role
from tests.conftest import make_doc

# "Mexiko warnt vor Zöllen und Importquoten" — UD (bundled pipelines)
WARN_UD = [
    ("Mexiko", 1, "nsubj", "PROPN", "Mexiko"),
    ("warnt", 1, "ROOT", "VERB", "warnen"),
    ("vor", 3, "case", "ADP", "vor"),
    ("Zöllen", 1, "obl", "NOUN", "Zoll", "NN", "Case=Dat|Number=Plur"),
    ("und", 5, "cc", "CCONJ", "und"),
    ("Importquoten", 3, "conj", "NOUN", "Importquote", "NN", "Case=Dat|Number=Plur"),
]
# the same sentence as an official German pipeline parses it (TIGER: the preposition heads the PP)
WARN_TIGER = [
    ("Mexiko", 1, "sb", "PROPN", "Mexiko"),
    ("warnt", 1, "ROOT", "VERB", "warnen"),
    ("vor", 1, "op", "ADP", "vor"),
    ("Zöllen", 2, "nk", "NOUN", "Zoll", "NN", "Case=Dat|Number=Plur"),
    ("und", 3, "cd", "CCONJ", "und"),
    ("Importquoten", 4, "cj", "NOUN", "Importquote", "NN", "Case=Dat|Number=Plur"),
]
# "Mexico warns against tariffs and quotas" — ClearNLP (official English)
WARN_CLEAR = [
    ("Mexico", 1, "nsubj", "PROPN", "Mexico"),
    ("warns", 1, "ROOT", "VERB", "warn"),
    ("against", 1, "prep", "ADP", "against"),
    ("tariffs", 2, "pobj", "NOUN", "tariff"),
    ("and", 3, "cc", "CCONJ", "and"),
    ("quotas", 3, "conj", "NOUN", "quota"),
]


@pytest.mark.parametrize(
    ("lang", "rows", "scheme", "prep"),
    [("de", WARN_UD, "ud", "vor"), ("de", WARN_TIGER, "tiger", "vor"), ("en", WARN_CLEAR, "clearnlp", "against")],
)
def test_subject_and_coordinated_prepositional_objects_in_every_scheme(lang, rows, scheme, prep):
    doc = make_doc(lang, rows)
    assert detect_scheme({t.dep_ for t in doc}) == scheme
    (clause,) = list(clauses(doc[:], scheme, lang))
    assert [t.text for t in clause.subjects] == [rows[0][0]]
    assert [(p, n.text) for p, n in clause.preps] == [(prep, rows[3][0]), (prep, rows[5][0])]
    assert not clause.negated and not clause.passive


def test_tiger_verb_chain_collects_subject_from_the_finite_auxiliary():
    # "Mexiko wird keine Zumutungen akzeptieren" — TIGER: "wird" heads, "akzeptieren" hangs below it as oc
    doc = make_doc("de", [
        ("Mexiko", 1, "sb", "PROPN", "Mexiko"),
        ("wird", 1, "ROOT", "AUX", "werden", "VAFIN"),
        ("keine", 3, "nk", "DET", "kein", "PIAT"),
        ("Zumutungen", 4, "oa", "NOUN", "Zumutung", "NN"),
        ("akzeptieren", 1, "oc", "VERB", "akzeptieren", "VVINF"),
    ])
    (clause,) = list(clauses(doc[:], "tiger", "de"))
    assert clause.verb.text == "akzeptieren"
    assert [t.text for t in clause.subjects] == ["Mexiko"]
    assert [t.text for t in clause.objects] == ["Zumutungen"]
    assert clause.negated, "kein on the object negates the clause"
    assert clause.modals == ["werden"] and [t.text for t in clause.chain] == ["wird"], "future auxiliary"


def test_ud_separable_particle_and_zu_infix_lemma_candidates():
    # "Videgaray baute eine Drohkulisse auf"
    doc = make_doc("de", [
        ("Videgaray", 1, "nsubj", "PROPN", "Videgaray"),
        ("baute", 1, "ROOT", "VERB", "bauen", "VVFIN"),
        ("eine", 3, "det", "DET", "ein"),
        ("Drohkulisse", 1, "obj", "NOUN", "Drohkulisse"),
        ("auf", 1, "compound:prt", "ADP", "auf", "PTKVZ"),
    ])
    (clause,) = list(clauses(doc[:], "ud", "de"))
    assert clause.particle == "auf"
    assert clause.lemma == "aufbauen"
    # a zu-infix verb the lemmatizer left alone still finds its lexicon lemma
    doc2 = make_doc("de", [("einzufordern", 0, "ROOT", "VERB", "einzufordern", "VVIZU")])
    (clause2,) = list(clauses(doc2[:], "ud", "de"))
    assert "einfordern" in clause2.lemmas[:2]


@pytest.mark.parametrize(("particle", "tag", "bare_offered"), [("statt", "PTKVZ", False), ("heute", "ADV", True)])
def test_separable_particle_rules_out_the_bare_verb(particle, tag, bare_offered):
    # "Das Treffen fand statt" is stattfinden, never finden; a word the parser wrongly labelled as a particle
    # ("fand heute") keeps the bare verb as a candidate
    doc = make_doc("de", [
        ("Das", 1, "det", "DET", "der"), ("Treffen", 2, "nsubj", "NOUN", "Treffen"),
        ("fand", 2, "ROOT", "VERB", "finden", "VVFIN"), (particle, 2, "compound:prt", "ADP", particle, tag),
    ])
    (clause,) = list(clauses(doc[:], "ud", "de"))
    assert clause.lemma == particle + "finden"
    assert ("finden" in clause.lemmas) is bare_offered


@pytest.mark.parametrize(("words", "lemma"), [(("bekannt", "gab"), "bekanntgeben"), (("schnell", "gab"), "geben")])
def test_particle_written_apart_before_a_final_verb(words, lemma):
    # "wie die Polizei bekannt gab" — the particle as an adverb right before the verb at the end of the clause
    doc = make_doc("de", [
        ("wie", 4, "mark", "SCONJ", "wie"), ("die", 2, "det", "DET", "der"), ("Polizei", 4, "nsubj", "NOUN", "Polizei"),
        (words[0], 4, "advmod", "ADJ", words[0], "ADJD"), (words[1], 4, "ROOT", "VERB", "geben", "VVFIN"),
    ])
    (clause,) = list(clauses(doc[:], "ud", "de"))
    assert clause.lemma == lemma


@pytest.mark.parametrize(("gender", "expected"), [("Neut", "Nominierungskomitee"), ("Fem", "vorgeschlagen")])
def test_a_relative_clause_hung_on_a_verb_stands_for_the_agreeing_noun_before_its_comma(gender, expected):
    # "vom Nominierungskomitee vorgeschlagen , das von SPÖ besetzt wurde" with the relative clause hung on the verb:
    # "das" is the committee; a pronoun that does not agree with it stays with the parser's head
    doc = make_doc("de", [
        ("vom", 1, "case", "ADP", "von", "APPR_ART"),
        ("Nominierungskomitee", 2, "obl", "NOUN", "Nominierungskomitee", "NN", "Gender=Neut|Number=Sing"),
        ("vorgeschlagen", 2, "ROOT", "VERB", "vorschlagen", "VVPP"), (",", 8, "punct", "PUNCT", ",", "$,"),
        ("das", 8, "nsubj:pass", "PRON", "der", "PRELS", f"Gender={gender}|Number=Sing"),
        ("von", 6, "case", "ADP", "von", "APPR"), ("SPÖ", 8, "obl:agent", "PROPN", "SPÖ", "NE"),
        ("wurde", 8, "aux:pass", "AUX", "werden", "VAFIN"), ("besetzt", 2, "acl:relcl", "VERB", "besetzen", "VVPP"),
    ])
    clause = next(c for c in clauses(doc[:], "ud", "de") if c.verb.text == "besetzt")
    assert [t.text for t in clause.objects] == [expected]


@pytest.mark.parametrize(("prep", "agents"), [("von", ["Strache"]), ("bei", [])])
def test_a_pp_labelled_agent_is_an_agent_only_with_an_agent_preposition(prep, agents):
    # "Das Begehren wurde von/bei Strache abgelehnt ." with the PP labelled obl:agent either way
    doc = make_doc("de", [
        ("Das", 1, "det", "DET", "der", "ART"), ("Begehren", 5, "nsubj:pass", "NOUN", "Begehren", "NN"),
        ("wurde", 5, "aux:pass", "AUX", "werden", "VAFIN"), (prep, 4, "case", "ADP", prep, "APPR"),
        ("Strache", 5, "obl:agent", "PROPN", "Strache", "NE"), ("abgelehnt", 5, "ROOT", "VERB", "ablehnen", "VVPP"),
        (".", 5, "punct", "PUNCT", ".", "$."),
    ])
    (clause,) = list(clauses(doc[:], "ud", "de"))
    assert [t.text for t in clause.agents] == agents
    assert [(p, n.text) for p, n in clause.preps] == ([] if agents else [("bei", "Strache")])


@pytest.mark.parametrize(("after", "particle"), [((".",), "on"), (("the", "issue", "."), None)])
def test_an_english_adverb_particle_at_the_end_of_a_clause_is_the_verbs(after, particle):
    # "Sanders pressed on ." (going on, no demand) — not "Sanders pressed on the issue ."
    rows = [("Sanders", 1, "nsubj", "PROPN", "Sanders"), ("pressed", 1, "ROOT", "VERB", "press", "VBD"),
            ("on", 1, "advmod", "ADP", "on", "RB")]
    if len(after) > 1:
        rows[2] = ("on", 4, "case", "ADP", "on", "IN")
        rows += [("the", 4, "det", "DET", "the"), ("issue", 1, "obl", "NOUN", "issue")]
    rows += [(".", 1, "punct", "PUNCT", ".")]
    (clause,) = list(clauses(make_doc("en", rows)[:], "ud", "en"))
    assert clause.particle == particle


@pytest.mark.parametrize(
    ("rows", "scheme", "lang"),
    [
        ([("Trump", 1, "nsubj", "PROPN", "Trump"), ("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not"),
          ("criticize", 3, "ROOT", "VERB", "criticize"), ("Mexico", 3, "dobj", "PROPN", "Mexico")], "clearnlp", "en"),
        ([("Trump", 1, "nsubj", "PROPN", "Trump"), ("kritisierte", 1, "ROOT", "VERB", "kritisieren"),
          ("Mexiko", 1, "obj", "PROPN", "Mexiko"), ("nicht", 1, "advmod", "PART", "nicht")], "ud", "de"),
        ([("Trump", 1, "sb", "PROPN", "Trump"), ("kritisierte", 1, "ROOT", "VERB", "kritisieren"),
          ("Mexiko", 1, "oa", "PROPN", "Mexiko"), ("nicht", 1, "ng", "PART", "nicht")], "tiger", "de"),
    ],
)
def test_negation_in_every_scheme(rows, scheme, lang):
    doc = make_doc(lang, rows)
    (clause,) = list(clauses(doc[:], scheme, lang))
    assert clause.negated


@pytest.mark.parametrize(
    ("rows", "scheme", "lang", "agent"),
    [
        # "Mexiko wurde von Trump kritisiert" (UD: obl:agent or obl with "von" in a passive)
        ([("Mexiko", 4, "nsubj:pass", "PROPN", "Mexiko"), ("wurde", 4, "aux:pass", "AUX", "werden"),
          ("von", 3, "case", "ADP", "von"), ("Trump", 4, "obl", "PROPN", "Trump"),
          ("kritisiert", 4, "ROOT", "VERB", "kritisieren", "VVPP")], "ud", "de", "Trump"),
        ([("Mexico", 2, "nsubjpass", "PROPN", "Mexico"), ("was", 2, "auxpass", "AUX", "be"),
          ("criticized", 2, "ROOT", "VERB", "criticize", "VBN"), ("by", 2, "agent", "ADP", "by"),
          ("Trump", 3, "pobj", "PROPN", "Trump")], "clearnlp", "en", "Trump"),
    ],
)
def test_passive_agent_becomes_the_agent(rows, scheme, lang, agent):
    doc = make_doc(lang, rows)
    (clause,) = list(clauses(doc[:], scheme, lang))
    assert clause.passive
    assert [t.text for t in clause.agents] == [agent]
    assert [t.text for t in clause.objects] == [rows[0][0]]


def test_np_span_drops_relative_clause_and_keeps_modifiers():
    # "der mexikanische Außenminister Luis Videgaray, der ... sagte"
    doc = make_doc("de", [
        ("der", 2, "det", "DET", "der"),
        ("mexikanische", 2, "amod", "ADJ", "mexikanisch"),
        ("Außenminister", 2, "ROOT", "NOUN", "Außenminister"),
        ("Luis", 2, "appos", "PROPN", "Luis"),
        ("Videgaray", 3, "flat", "PROPN", "Videgaray"),
        (",", 7, "punct", "PUNCT", ","),
        ("der", 7, "nsubj", "PRON", "der"),
        ("sagte", 2, "acl", "VERB", "sagen"),
    ])
    span = np_span(doc[2], "ud")
    assert span.text == "der mexikanische Außenminister"
    assert role("acl", "ud") is Role.ACL


@pytest.mark.parametrize(("cop", "predicate", "expected"), [
    ("were", "Paul", "chairman Paul Manafort"),      # a predicate noun: its subject is no part of it
    ("were", "chairman", "chairman Paul Manafort"),  # also when the parser made the title the predicate
    (None, "Paul", "advisers with Russians chairman Paul Manafort"),  # without a copula the parser's phrase stands
])
def test_np_span_of_a_predicate_noun_leaves_out_its_subject_and_copula(cop, predicate, expected):
    # "advisers with Russians were chairman Paul Manafort" with "Paul" the root
    rows = [("advisers", "P", "nsubj", "NOUN", "adviser"), ("with", 2, "case", "ADP", "with"),
            ("Russians", 0, "nmod", "PROPN", "Russian")]
    if cop:
        rows.append((cop, "P", "cop", "AUX", "be"))
    n = len(rows)
    rows += [("chairman", n + 1, "nmod:desc", "NOUN", "chairman"), ("Paul", n + 1, "ROOT", "PROPN", "Paul"),
             ("Manafort", n + 1, "flat", "PROPN", "Manafort")]
    at = n + 1 if predicate == "Paul" else n
    doc = make_doc("en", [(w, (at if h == "P" else h), d, p, lem) for w, h, d, p, lem in rows])
    assert np_span(doc[n + 1], "ud").text == expected


@pytest.mark.parametrize(("last", "lemma"), [("bekannt", "bekanntgeben"), ("gern", "geben")])
def test_particle_tagged_as_adjective_at_the_end_of_a_verb_second_clause(last, lemma):
    # "Klinsmann gab die Entscheidung bekannt ." — "bekannt" tagged ADJD and attached as xcomp
    doc = make_doc("de", [
        ("Klinsmann", 1, "nsubj", "PROPN", "Klinsmann"), ("gab", 1, "ROOT", "VERB", "geben", "VVFIN"),
        ("die", 3, "det", "DET", "der"), ("Entscheidung", 1, "obj", "NOUN", "Entscheidung"),
        (last, 1, "xcomp", "ADJ", last, "ADJD"), (".", 1, "punct", "PUNCT", "."),
    ])
    (clause,) = list(clauses(doc[:], "ud", "de"))
    assert clause.lemma == lemma


def test_a_negation_labelled_as_auxiliary_still_negates():
    # "Russia did n't clash with Ukraine ." — the bundled English parser labels "n't" aux
    doc = make_doc("en", [
        ("Russia", 3, "nsubj", "PROPN", "Russia"), ("did", 3, "aux", "AUX", "do"), ("n't", 3, "aux", "AUX", "not"),
        ("clash", 3, "ROOT", "VERB", "clash"), ("with", 5, "case", "ADP", "with"),
        ("Ukraine", 3, "obl", "PROPN", "Ukraine"), (".", 3, "punct", "PUNCT", "."),
    ])
    (clause,) = clauses(doc[:], "ud", "en")
    assert clause.negated and [t.text for t in clause.chain] == ["did"]


def test_a_negation_hung_on_the_auxiliary_negates_the_clause():
    # "The US does not , and never will , accept it ." — the parser hangs "not" on "does", "never" on "will"
    doc = make_doc("en", [
        ("The", 1, "det", "DET", "the"), ("US", 9, "nsubj", "PROPN", "US"), ("does", 9, "aux", "AUX", "do"),
        ("not", 2, "advmod", "PART", "not"), (",", 6, "punct", "PUNCT", ","), ("and", 7, "cc", "CCONJ", "and"),
        ("never", 7, "advmod", "ADV", "never"), ("will", 9, "aux", "AUX", "will"), (",", 7, "punct", "PUNCT", ","),
        ("accept", 9, "ROOT", "VERB", "accept"), ("it", 9, "obj", "PRON", "it"), (".", 9, "punct", "PUNCT", "."),
    ])
    (clause,) = clauses(doc[:], "ud", "en")
    assert clause.negated


@pytest.mark.parametrize(("lang", "words", "negated"), [
    ("en", ["not", "only"], False),  # "Merkel not only criticized Russia": she did criticize
    ("en", ["not", "just"], False),
    ("en", ["not", "really"], True),
    ("de", ["nicht", "nur"], False),  # "Merkel kritisierte nicht nur Russland"
    ("de", ["nicht", "direkt"], True),
])
def test_a_negation_that_focuses_negates_nothing(lang, words, negated):
    # "Merkel <neg> <particle> criticized Russia ." — both words hung on the verb
    doc = make_doc(lang, [
        ("Merkel", 3, "nsubj", "PROPN", "Merkel"), (words[0], 3, "advmod", "PART", words[0]),
        (words[1], 3, "advmod", "ADV", words[1]), ("criticized", 3, "ROOT", "VERB", "criticize"),
        ("Russia", 3, "obj", "PROPN", "Russia"), (".", 3, "punct", "PUNCT", "."),
    ])
    (clause,) = clauses(doc[:], "ud", lang)
    assert clause.negated is negated


@pytest.mark.parametrize(("lang", "words"), [("de", ["oder", "eben", "nicht"]), ("en", ["or", "not"])])
def test_a_negation_offered_as_the_alternative_negates_nothing(lang, words):
    # "ob Naderer Mayr stützt oder eben nicht ?" — the negation hung on the verb after "oder (eben)"
    rows = [("Naderer", 1, "nsubj", "PROPN", "Naderer"), ("stützt", 1, "ROOT", "VERB", "stützen"),
            ("Mayr", 1, "obj", "PROPN", "Mayr")]
    rows += [(w, 1, "cc" if k == 0 else "advmod", "CCONJ" if k == 0 else "PART", w) for k, w in enumerate(words)]
    doc = make_doc(lang, rows + [("?", 1, "punct", "PUNCT", "?")])
    (clause,) = clauses(doc[:], "ud", lang)
    assert not clause.negated


def test_a_verb_with_its_own_subject_parsed_as_modifier_takes_the_noun_as_object():
    # "Macron praised Germany ." with *praised* an amod of the root *Germany* (bundled English parser)
    doc = make_doc("en", [
        ("Macron", 1, "nsubj", "PROPN", "Macron", "NNP"), ("praised", 2, "amod", "VERB", "praise", "VBN"),
        ("Germany", 2, "ROOT", "PROPN", "Germany", "NNP"), (".", 2, "punct", "PUNCT", ".", "."),
    ])
    (clause,) = clauses(doc[:], "ud", "en")
    assert [t.text for t in clause.subjects] == ["Macron"] and [t.text for t in clause.objects] == ["Germany"]


# "Ethiopia has not broken relations with Libya ." with *has* the root, *relations* its object and *broken* an
# amod of relations (bundled English parser); the ClearNLP form of the same misparse
PERFECT_AS_POSSESSION = {
    "ud": [("Ethiopia", 1, "nsubj", "PROPN", "Ethiopia", "NNP"), ("has", 1, "ROOT", "VERB", "have", "VBZ"),
           ("not", 1, "advmod", "PART", "not", "RB"), ("broken", 4, "amod", "VERB", "break", "VBN"),
           ("relations", 1, "obj", "NOUN", "relation", "NNS"), ("with", 6, "case", "ADP", "with", "IN"),
           ("Libya", 4, "nmod", "PROPN", "Libya", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")],
    "clearnlp": [("Ethiopia", 1, "nsubj", "PROPN", "Ethiopia", "NNP"), ("has", 1, "ROOT", "VERB", "have", "VBZ"),
                 ("not", 1, "neg", "PART", "not", "RB"), ("broken", 4, "amod", "VERB", "break", "VBN"),
                 ("relations", 1, "dobj", "NOUN", "relation", "NNS"), ("with", 4, "prep", "ADP", "with", "IN"),
                 ("Libya", 5, "pobj", "PROPN", "Libya", "NNP"), (".", 1, "punct", "PUNCT", ".", ".")],
}


@pytest.mark.parametrize("scheme", ["ud", "clearnlp"])
def test_a_perfect_parsed_as_possession_is_the_participle_s_clause(scheme):
    doc = make_doc("en", PERFECT_AS_POSSESSION[scheme])
    (clause,) = clauses(doc[:], scheme, "en")
    assert clause.lemma == "break" and clause.negated
    assert [t.text for t in clause.subjects] == ["Ethiopia"] and [t.text for t in clause.objects] == ["relations"]
    assert [t.text for t in clause.chain] == ["has"]


@pytest.mark.parametrize("words", [("a", "DET", "det"), ("40", "NUM", "nummod")])
def test_possession_with_a_determiner_or_number_before_the_participle_stays_possession(words):
    # "Canada has a regulated sector ." / "Bush has 40 paid staff ."
    word, pos, dep = words
    doc = make_doc("en", [
        ("Canada", 1, "nsubj", "PROPN", "Canada", "NNP"), ("has", 1, "ROOT", "VERB", "have", "VBZ"),
        (word, 4, dep, pos, word.lower(), "DT" if pos == "DET" else "CD"),
        ("regulated", 4, "amod", "VERB", "regulate", "VBN"), ("sector", 1, "obj", "NOUN", "sector", "NN"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    found = {c.lemma: c for c in clauses(doc[:], "ud", "en")}
    assert "have" in found and [t.text for t in found["have"].objects] == ["sector"]
    assert not found.get("regulate") or not found["regulate"].subjects


@pytest.mark.parametrize("prep, lifted", [("to", True), ("of", False)])
def test_a_pp_hung_on_a_time_belongs_to_the_verb(prep, lifted):
    # "Mitterand gave a welcome on Thursday to Klerk ." with *to Klerk* an nmod of Thursday (bundled English parser);
    # "… on the Thursday of Klerk" keeps the time's own complement
    doc = make_doc("en", [
        ("Mitterand", 1, "nsubj", "PROPN", "Mitterand", "NNP"), ("gave", 1, "ROOT", "VERB", "give", "VBD"),
        ("a", 3, "det", "DET", "a", "DT"), ("welcome", 1, "obj", "NOUN", "welcome", "NN"),
        ("on", 5, "case", "ADP", "on", "IN"), ("Thursday", 1, "obl", "PROPN", "Thursday", "NNP"),
        (prep, 7, "case", "ADP", prep, "IN"), ("Klerk", 5, "nmod", "PROPN", "Klerk", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (clause,) = clauses(doc[:], "ud", "en")
    preps = [(p, n.text) for p, n in clause.preps]
    assert ("on", "Thursday") in preps
    assert ((prep, "Klerk") in preps) is lifted


@pytest.mark.parametrize("end, subject", [("Mugabe", ["Robert"]), (".", [])])
def test_a_subject_cut_off_by_a_sentence_split_is_the_verb_s(end, subject):
    # "Robert Mugabe | today accused Washington ." parsed as two sentences (the bundled English parser); after a
    # finished sentence ("Robert Mugabe . | today accused …") nothing is joined
    rows = [("Robert", 0, "ROOT", "PROPN", "Robert", "NNP"), (end, 0, "flat" if end != "." else "punct",
                                                               "PROPN" if end != "." else "PUNCT", end, "NNP"),
            ("today", 3, "obl:unmarked", "NOUN", "today", "NN"), ("accused", 3, "ROOT", "VERB", "accuse", "VBD"),
            ("Washington", 3, "obj", "PROPN", "Washington", "NNP"), (".", 3, "punct", "PUNCT", ".", ".")]
    doc = make_doc("en", rows)
    found = [c for c in clauses(doc[:], "ud", "en") if c.lemma == "accuse"]
    assert [t.text for t in found[0].subjects] == subject


@pytest.mark.parametrize("lang, rows", [
    # "Tillerson war zurückhaltender ." with the predicate adjective tagged VERB (bundled German tagger)
    ("de", [("Tillerson", 2, "nsubj", "PROPN", "Tillerson", "NE"), ("war", 2, "cop", "AUX", "sein", "VAFIN"),
            ("zurückhaltender", 2, "ROOT", "VERB", "zurückhaltend", "NN"), (".", 2, "punct", "PUNCT", ".", "$.")]),
    ("en", [("Tillerson", 2, "nsubj", "PROPN", "Tillerson", "NNP"), ("was", 2, "cop", "AUX", "be", "VBD"),
            ("reserved", 2, "ROOT", "VERB", "reserve", "JJ"), (".", 2, "punct", "PUNCT", ".", ".")]),
])
def test_a_copula_s_predicate_tagged_as_verb_heads_no_clause(lang, rows):
    assert list(clauses(make_doc(lang, rows)[:], "ud", lang)) == []


def test_a_verb_tag_keeps_a_verb_whose_auxiliary_the_parser_called_a_copula():
    # "ISIS is preparing operations ." with *is* labelled cop: still the verb prepare
    doc = make_doc("en", [("ISIS", 2, "nsubj", "PROPN", "ISIS", "NNP"), ("is", 2, "cop", "AUX", "be", "VBZ"),
                          ("preparing", 2, "ROOT", "VERB", "prepare", "VBG"),
                          ("operations", 2, "obj", "NOUN", "operation", "NNS"), (".", 2, "punct", "PUNCT", ".", ".")])
    assert [c.lemma for c in clauses(doc[:], "ud", "en")] == ["prepare"]


# "Russia condemned and then rejected the strikes" (UD)
SHARED_EN = [
    ("Russia", 1, "nsubj", "PROPN", "Russia"), ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
    ("and", 4, "cc", "CCONJ", "and"), ("then", 4, "advmod", "ADV", "then"),
    ("rejected", 1, "conj", "VERB", "reject", "VBD"), ("the", 6, "det", "DET", "the"),
    ("strikes", 4, "obj", "NOUN", "strike", "NNS"),
]
# "Mexiko kritisierte und verurteilte die Politik" (UD, verb second)
SHARED_DE_V2 = [
    ("Mexiko", 1, "nsubj", "PROPN", "Mexiko"), ("kritisierte", 1, "ROOT", "VERB", "kritisieren", "VVFIN"),
    ("und", 3, "cc", "CCONJ", "und"), ("verurteilte", 1, "conj", "VERB", "verurteilen", "VVFIN"),
    ("die", 5, "det", "DET", "der"), ("Politik", 3, "obj", "NOUN", "Politik", "NN"),
]
# the same sentence as an official German pipeline parses it (TIGER: "und" heads the second verb)
SHARED_DE_TIGER = [
    ("Mexiko", 1, "sb", "PROPN", "Mexiko"), ("kritisierte", 1, "ROOT", "VERB", "kritisieren", "VVFIN"),
    ("und", 1, "cd", "CCONJ", "und"), ("verurteilte", 2, "cj", "VERB", "verurteilen", "VVFIN"),
    ("die", 5, "nk", "DET", "der"), ("Politik", 3, "oa", "NOUN", "Politik", "NN"),
]
# "weil Mexiko die Politik kritisierte und verurteilte" (UD, verb final: the earlier verb's object)
SHARED_DE_FINAL = [
    ("weil", 4, "mark", "SCONJ", "weil"), ("Mexiko", 4, "nsubj", "PROPN", "Mexiko"),
    ("die", 3, "det", "DET", "der"), ("Politik", 4, "obj", "NOUN", "Politik", "NN"),
    ("kritisierte", 4, "ROOT", "VERB", "kritisieren", "VVFIN"), ("und", 6, "cc", "CCONJ", "und"),
    ("verurteilte", 4, "conj", "VERB", "verurteilen", "VVFIN"),
]


@pytest.mark.parametrize(("lang", "rows", "scheme"), [
    ("en", SHARED_EN, "ud"), ("de", SHARED_DE_V2, "ud"), ("de", SHARED_DE_TIGER, "tiger"),
    ("de", SHARED_DE_FINAL, "ud"),
])
def test_coordinated_verbs_share_a_direct_object(lang, rows, scheme):
    doc = make_doc(lang, rows)
    found = {c.verb.text: [t.text for t in c.objects] for c in clauses(doc[:], scheme, lang)}
    obj = next(r[0] for r in rows if r[2] in ("obj", "oa"))
    assert len(found) == 2 and all(objs == [obj] for objs in found.values()), found


@pytest.mark.parametrize("rows", [
    # "Merkel arrived in Paris and met Macron": the first verb has a phrase of its own
    [("Merkel", 1, "nsubj", "PROPN", "Merkel"), ("arrived", 1, "ROOT", "VERB", "arrive", "VBD"),
     ("in", 3, "case", "ADP", "in"), ("Paris", 1, "obl", "PROPN", "Paris"), ("and", 5, "cc", "CCONJ", "and"),
     ("met", 1, "conj", "VERB", "meet", "VBD"), ("Macron", 5, "obj", "PROPN", "Macron")],
    # "he acted wrongly or abused his office": the adverb is the first verb's
    [("he", 1, "nsubj", "PRON", "he"), ("acted", 1, "ROOT", "VERB", "act", "VBD"),
     ("wrongly", 1, "advmod", "ADV", "wrongly"), ("or", 4, "cc", "CCONJ", "or"),
     ("abused", 1, "conj", "VERB", "abuse", "VBD"), ("his", 6, "nmod:poss", "PRON", "his"),
     ("office", 4, "obj", "NOUN", "office", "NN")],
    # "Amazon will nicht hintanstehen und stellt eine Serie ins Netz": two verb forms, two clauses
    [("Amazon", 3, "nsubj", "PROPN", "Amazon"), ("will", 3, "aux", "AUX", "wollen", "VMFIN"),
     ("nicht", 3, "advmod", "PART", "nicht"), ("hintanstehen", 3, "ROOT", "VERB", "hintanstehen", "VVINF"),
     ("und", 5, "cc", "CCONJ", "und"), ("stellt", 3, "conj", "VERB", "stellen", "VVFIN"),
     ("eine", 7, "det", "DET", "ein"), ("Serie", 5, "obj", "NOUN", "Serie", "NN")],
    # "the AP reported, citing state TV": a comma is no coordination
    [("AP", 1, "nsubj", "PROPN", "AP"), ("reported", 1, "ROOT", "VERB", "report", "VBD"),
     (",", 3, "punct", "PUNCT", ","), ("citing", 1, "conj", "VERB", "cite", "VBD"),
     ("TV", 3, "obj", "NOUN", "TV", "NN")],
], ids=["own-phrase", "own-adverb", "other-form", "comma"])
def test_a_verb_with_words_of_its_own_or_another_form_shares_no_object(rows):
    lang = "de" if rows[0][0] == "Amazon" else "en"
    doc = make_doc(lang, rows)
    first = next(c for c in clauses(doc[:], "ud", lang) if c.verb.i == next(
        i for i, r in enumerate(rows) if r[2] == "ROOT"))
    assert first.objects == []


@pytest.mark.parametrize(("rows", "index", "expected"), [
    # "the president 's decision": the clitic after the noun
    ([("the", 1, "det", "DET", "the"), ("president", 3, "nmod", "NOUN", "president"),
      ("'s", 1, "case", "PART", "'s"), ("decision", 3, "ROOT", "NOUN", "decision")], 1, True),
    # "his decision": a possessive relation
    ([("his", 1, "nmod:poss", "PRON", "his"), ("decision", 1, "ROOT", "NOUN", "decision")], 0, True),
    # "Syria 's information minister" with the clitic hung on "minister": no possessor
    ([("Syria", 3, "nmod", "PROPN", "Syria"), ("'s", 3, "nmod:poss", "PART", "'s"),
      ("information", 3, "compound", "NOUN", "information"), ("minister", 3, "ROOT", "NOUN", "minister")], 3, False),
])
def test_marks_possessor(rows, index, expected):
    doc = make_doc("en", rows)
    assert marks_possessor(doc[index], "ud") is expected


@pytest.mark.parametrize(("spaces", "negated"), [
    # "Parliament blocked a no-deal divorce": the hyphenated "no" is part of a compound modifier
    ([True, True, True, False, False, True, False, False], False),
    # "Parliament blocked no - deal …" written apart: the determiner negates
    ([True, True, True, True, True, True, False, False], True),
])
def test_a_negative_determiner_hyphenated_into_a_compound_negates_nothing(spaces, negated):
    doc = make_doc("en", [
        ("Parliament", 1, "nsubj", "PROPN", "Parliament"), ("blocked", 1, "ROOT", "VERB", "block"),
        ("a", 6, "det", "DET", "a"), ("no", 5, "det", "DET", "no"), ("-", 3, "punct", "PUNCT", "-"),
        ("deal", 6, "compound", "NOUN", "deal"), ("divorce", 1, "obj", "NOUN", "divorce"),
        (".", 1, "punct", "PUNCT", "."),
    ], spaces=spaces)
    (clause,) = list(clauses(doc[:], "ud", "en"))
    assert clause.negated is negated


@pytest.mark.parametrize(("article_dep", "expected"), [("nsubj", ["begnadigt"]), ("det", ["verurteilten", "begnadigt"])])
def test_a_verb_with_a_bare_article_after_its_auxiliary_is_a_broken_participle_phrase(article_dep, expected):
    # "Der König hat den verurteilten Schweizer begnadigt ." parsed with "verurteilten" as a finite root whose subject
    # is the article "den"; with the article on its noun ("det"), the same tokens give both clauses
    doc = make_doc("de", [
        ("Der", 1, "det", "DET", "der", "ART"),
        ("König", 4, "nsubj", "NOUN", "König", "NN"),
        ("hat", 4, "aux", "AUX", "haben", "VAFIN"),
        ("den", 4 if article_dep == "nsubj" else 5, article_dep, "DET", "der", "ART"),
        ("verurteilten", 4, "ROOT", "VERB", "verurteilen", "VVFIN"),
        ("Schweizer", 4, "obj", "PROPN", "Schweizer", "NE"),
        ("begnadigt", 4, "conj", "VERB", "begnadigen", "VVPP"),
        (".", 4, "punct", "PUNCT", ".", "$."),
    ])
    assert [c.verb.text for c in clauses(doc[:], "ud", "de")] == expected


@pytest.mark.parametrize(("rows", "verb"), [
    # "Das sagte der Minister ." with "Das" tagged DET/PDS: a demonstrative pronoun, the clause stays
    ([("Das", 1, "nsubj", "DET", "der", "PDS"), ("sagte", 1, "ROOT", "VERB", "sagen", "VVFIN"),
      ("der", 3, "det", "DET", "der", "ART"), ("Minister", 1, "nsubj", "NOUN", "Minister", "NN"),
      (".", 1, "punct", "PUNCT", ".", "$.")], "sagte"),
    # "Den Effekt bezifferte Enders ." with "Den" hung on the verb and no auxiliary before it: still a clause
    ([("Den", 2, "obj", "DET", "der", "ART"), ("Effekt", 2, "obj", "NOUN", "Effekt", "NN"),
      ("bezifferte", 2, "ROOT", "VERB", "beziffern", "VVFIN"), ("Enders", 2, "nsubj", "PROPN", "Enders", "NE"),
      (".", 2, "punct", "PUNCT", ".", "$.")], "bezifferte"),
], ids=["demonstrative", "fronted-article-without-auxiliary"])
def test_an_article_like_argument_that_marks_no_broken_phrase_leaves_the_verb_a_clause(rows, verb):
    assert [c.verb.text for c in clauses(make_doc("de", rows)[:], "ud", "de")] == [verb]
