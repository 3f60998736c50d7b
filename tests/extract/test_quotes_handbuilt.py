"""Quotation attribution on hand-built parses: cue verbs, patterns, quote marks, pronoun speakers, indirect speech."""

from __future__ import annotations

import pytest

from graphbuild.extract.article import extract_article
from graphbuild.extract.quotemarks import find_quotes
from graphbuild.models import Article
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag="", morph=""):
    return (word, head, dep, pos, lemma or word, tag, morph, ent)


def quotes_of(lang, rows):
    doc = make_doc(lang, [r[:7] for r in rows], ents=[r[7] for r in rows])
    result = extract_article(doc, Article(id="q", text=doc.text, lang=lang))
    out = []
    for q in result.quotes:
        speaker = doc.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None
        cue = doc.text[q.cue_start:q.cue_end] if q.cue_start is not None else None
        out.append((q.kind, doc.text[q.start:q.end], speaker, cue, q.speaker_id))
    return out, result


@pytest.mark.parametrize(("text", "quotes"), [
    ("„Wir warten“, sagte er.", ["Wir warten"]),
    ('"We will wait," she said.', ["We will wait,"]),
    ("«Nous attendons», sagte er.", ["Nous attendons"]),
    ("»Wir warten«, sagte er.", ["Wir warten"]),
    ("Er sprach von ‚harten Zeiten‘ und ging.", ["harten Zeiten"]),
    ("“We wait,” he said, “and we see.”", ["We wait,", "and we see."]),
    ("Kein Schluss „hier", []),
])
def test_quote_marks_in_german_and_english_styles(text, quotes):
    assert [q.text for q in find_quotes(text)] == quotes


@pytest.mark.parametrize(("lang", "text", "title"), [
    ("en", "He told “Face the Nation” on Sunday.", True),  # a show: small words inside a capitalised title
    ("en", "He read “La Jornada” on Sunday.", True),
    ("en", "He said “the Nation” on Sunday.", False),  # a small word first: words, not a title
    ("en", "He said “Face the nation” on Sunday.", False),
    ("en", "He said “Face the” on Sunday.", False),  # ... or last
    # German capitalises every noun: "„Totengräber der Demokratie“" is as often speech as a name
    ("de", "Sie seien „Totengräber der Demokratie“, sagte er.", False),
    ("de", "Er las „La Jornada“ am Sonntag.", True),
])
def test_short_capitalised_quotes_with_small_words_inside_are_titles(lang, text, title):
    from graphbuild.extract.language import rules_for
    from graphbuild.extract.quotemarks import looks_like_title

    quote, = find_quotes(text)
    assert looks_like_title(quote, rules_for(lang).word_set("title_minor_words")) is title


#: "Präsident Peña Nieto kam . „Wir warten“ , sagte er" — a quote before its cue, with a pronoun speaker
PENA_NIETO_WAITS = [
    T("Präsident", 3, "nsubj", "NOUN"), T("Peña", 0, "appos", "PROPN", ent="B-PER"),
    T("Nieto", 1, "flat", "PROPN", ent="I-PER"), T("kam", 3, "ROOT", "VERB", "kommen"), T(".", 3, "punct", "PUNCT"),
    T("„", 7, "punct", "PUNCT"), T("Wir", 7, "nsubj", "PRON", "wir"), T("warten", 10, "ccomp", "VERB", "warten"),
    T("“", 7, "punct", "PUNCT"), T(",", 10, "punct", "PUNCT"), T("sagte", 10, "ROOT", "VERB", "sagen"),
    T("er", 10, "nsubj", "PRON", "er"),
]


def test_cue_after_the_quote_with_pronoun_speaker_across_sentences():
    # "Präsident Peña Nieto kam . „Wir warten“ , sagte er ."
    quotes, result = quotes_of("de", PENA_NIETO_WAITS + [T(".", 10, "punct", "PUNCT")])
    direct = [q for q in quotes if q[0] == "direct"]
    assert direct == [("direct", "Wir warten", "er", "sagte", "PER:enrique-pena-nieto")]
    (statement,) = [s for s in result.statements if s.quote == "Wir warten"]
    assert statement.source_id == "PER:enrique-pena-nieto" and statement.cue == "sagte"


def test_two_quotes_around_one_cue_are_one_statement_with_both_quotes():
    # "Präsident Peña Nieto kam . „Wir warten“ , sagte er , „und wir sehen .“"
    rows = PENA_NIETO_WAITS + [
        T(",", 10, "punct", "PUNCT"), T("„", 16, "punct", "PUNCT"),
        T("und", 16, "cc", "CCONJ"), T("wir", 16, "nsubj", "PRON"), T("sehen", 10, "conj", "VERB", "sehen"),
        T(".", 16, "punct", "PUNCT"), T("“", 16, "punct", "PUNCT"),
    ]
    quotes, result = quotes_of("de", rows)
    assert [(q[1], q[2], q[3]) for q in quotes if q[0] == "direct"] == [
        ("Wir warten", "er", "sagte"), ("und wir sehen.", "er", "sagte")]  # both quotes stay quotes
    spoken = [s for s in result.statements if s.quote]
    assert [(s.source_id, s.cue, s.quote) for s in spoken] == [
        ("PER:enrique-pena-nieto", "sagte", "Wir warten … und wir sehen.")]  # one speech act, one statement
    starts = sorted(q.start for q in result.quotes if q.kind == "direct")
    ends = sorted(q.end for q in result.quotes if q.kind == "direct")
    assert spoken[0].char_start <= starts[0] and spoken[0].char_end >= ends[-1]  # its span covers both


@pytest.mark.parametrize(("rows", "speaker", "cue"), [
    # "Laut Außenminister Videgaray sind die Gespräche gescheitert ."
    ([T("Laut", 2, "case", "ADP", "laut"), T("Außenminister", 2, "nmod", "NOUN"),
      T("Videgaray", 6, "obl", "PROPN", ent="B-PER"), T("sind", 6, "aux", "AUX", "sein"), T("die", 5, "det", "DET"),
      T("Gespräche", 6, "nsubj", "NOUN", "Gespräch"), T("gescheitert", 6, "ROOT", "VERB", "scheitern"),
      T(".", 6, "punct", "PUNCT")], "Außenminister Videgaray", "Laut"),
    # "Dem Minister zufolge sind die Gespräche gescheitert ."
    ([T("Dem", 1, "det", "DET"), T("Minister", 6, "obl", "NOUN"), T("zufolge", 1, "case", "ADP", "zufolge"),
      T("sind", 6, "aux", "AUX", "sein"), T("die", 5, "det", "DET"), T("Gespräche", 6, "nsubj", "NOUN", "Gespräch"),
      T("gescheitert", 6, "ROOT", "VERB", "scheitern"), T(".", 6, "punct", "PUNCT")], "Dem Minister", "zufolge"),
])
def test_laut_and_zufolge_attribute_the_rest_of_the_sentence(rows, speaker, cue):
    quotes, result = quotes_of("de", rows)
    assert [(q[2], q[3]) for q in quotes] == [(speaker, cue)]
    assert "Gespräche gescheitert" in quotes[0][1]
    # the marker's own lexicon row (a preposition) types the statement: a known public statement
    typed = [(s.predicate.lemma, s.predicate.cameo, s.predicate.known) for s in result.statements
             if s.extractor.startswith("quote")]
    # a statement needs a resolved speaker: Videgaray is one, "Dem Minister" alone is nobody in particular
    assert typed == ([(cue.lower(), "010", True)] if "Videgaray" in speaker else [])


def test_indirect_speech_with_dass_and_konjunktiv():
    # "Videgaray sagte , dass Mexiko die Zölle ablehne ."
    rows = [
        T("Videgaray", 1, "nsubj", "PROPN", ent="B-PER"), T("sagte", 1, "ROOT", "VERB", "sagen"),
        T(",", 7, "punct", "PUNCT"), T("dass", 7, "mark", "SCONJ"), T("Mexiko", 7, "nsubj", "PROPN", ent="B-LOC"),
        T("die", 6, "det", "DET"), T("Zölle", 7, "obj", "NOUN", "Zoll"),
        T("ablehne", 1, "ccomp", "VERB", "ablehnen", tag="VVFIN", morph="Mood=Sub"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, result = quotes_of("de", rows)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == [
        ("indirect", "dass Mexiko die Zölle ablehne", "Videgaray", "sagte")]
    rejects = [s for s in result.statements if s.predicate.relation == "REJECTS"]
    assert [(s.source_id, s.modality) for s in rejects] == [("MEX", "reported")]


def test_english_told_and_according_to():
    # "Freeland told reporters that Canada would retaliate ."
    rows = [
        T("Freeland", 1, "nsubj", "PROPN", ent="B-PERSON"), T("told", 1, "ROOT", "VERB", "tell"),
        T("reporters", 1, "dobj", "NOUN", "reporter"), T("that", 6, "mark", "SCONJ"),
        T("Canada", 6, "nsubj", "PROPN", ent="B-GPE"), T("would", 6, "aux", "AUX", "would"),
        T("retaliate", 1, "ccomp", "VERB", "retaliate"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("en", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("indirect", "Freeland", "told")]
    # "According to the ministry , the talks failed yesterday ."
    rows = [
        T("According", 7, "prep", "VERB", "accord"), T("to", 0, "prep", "ADP"), T("the", 3, "det", "DET"),
        T("ministry", 1, "pobj", "NOUN"), T(",", 7, "punct", "PUNCT"), T("the", 6, "det", "DET"),
        T("talks", 7, "nsubj", "NOUN", "talk"), T("failed", 7, "ROOT", "VERB", "fail"),
        T("yesterday", 7, "npadvmod", "NOUN"), T(".", 7, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("en", rows)
    assert [(q[2], q[3]) for q in quotes] == [("the ministry", "According")]


def test_name_and_colon_before_a_quote_is_the_speaker_not_a_verb_of_the_sentence_before():
    # "Die Polizei ermittelte. BKA-Präsident Ziercke: „Wir handeln.“"
    rows = [
        T("Die", 1, "det", "DET", "der"), T("Polizei", 2, "nsubj", "NOUN"), T("ermittelte", 2, "ROOT", "VERB",
                                                                              "ermitteln"),
        T(".", 2, "punct", "PUNCT"),
        T("BKA-Präsident", 9, "dep", "NOUN"), T("Ziercke", 4, "flat", "PROPN", ent="B-PER"),
        T(":", 9, "punct", "PUNCT"), T("„", 9, "punct", "PUNCT"), T("Wir", 9, "nsubj", "PRON", "wir"),
        T("handeln", 9, "ROOT", "VERB", "handeln"), T(".", 9, "punct", "PUNCT"), T("“", 9, "punct", "PUNCT"),
    ]
    quotes, result = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Wir handeln." and "Ziercke" in direct[2] and direct[3] is None
    # no cue verb: the statement is plain speech in the article's language ("sagen", not "say")
    (said,) = [s for s in result.statements if s.extractor.startswith("quote")]
    assert (said.predicate.lemma, said.predicate.cameo, said.predicate.known) == ("sagen", "010", True)


def test_so_x_with_a_colon_before_the_quote():
    # "Das habe Methode, so Elshorst weiter: „Das ist üblich.“"
    rows = [
        T("Das", 1, "nsubj", "PRON", "der"), T("habe", 1, "ROOT", "AUX", "haben", morph="Mood=Sub"),
        T("Methode", 1, "obj", "NOUN"), T(",", 1, "punct", "PUNCT"), T("so", 5, "advmod", "ADV"),
        T("Elshorst", 1, "parataxis", "PROPN", ent="B-PER"), T("weiter", 5, "advmod", "ADV"),
        T(":", 1, "punct", "PUNCT"), T("„", 11, "punct", "PUNCT"), T("Das", 11, "nsubj", "PRON", "der"),
        T("ist", 11, "cop", "AUX", "sein"), T("üblich", 11, "ROOT", "ADJ"), T(".", 11, "punct", "PUNCT"),
        T("“", 11, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Das ist üblich." and "Elshorst" in direct[2] and direct[3] == "so"


def test_source_before_zufolge_ends_at_the_marker_even_when_the_parser_hung_the_clause_on_it():
    # "Sie entstammen Zeitungsberichten zufolge pakistanischen Einwandererfamilien." (a real bundled parse)
    rows = [
        T("Sie", 1, "nsubj", "PRON", "sie"), T("entstammen", 1, "ROOT", "VERB", "entstammen"),
        T("Zeitungsberichten", 1, "obj", "NOUN", "Zeitungsbericht"), T("zufolge", 5, "case", "ADP"),
        T("pakistanischen", 5, "amod", "ADJ", "pakistanisch"), T("Einwandererfamilien", 2, "nmod", "NOUN"),
        T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("indirect", "Zeitungsberichten", "zufolge")]


def test_a_named_source_before_zufolge_is_the_speaker_whatever_the_parser_hung_on_it():
    # "Der Weltbank zufolge hat der Gazastreifen die höchste Quote ." (a real bundled parse: the rest of the
    # sentence hangs on "Weltbank", the Gaza Strip as its nmod)
    rows = [
        T("Der", 1, "det", "DET", "der"), T("Weltbank", 1, "ROOT", "PROPN", ent="B-ORG"),
        T("zufolge", 1, "case", "ADP"), T("hat", 1, "advmod", "AUX", "haben"), T("der", 5, "det", "DET"),
        T("Gazastreifen", 1, "nmod", "NOUN", ent="B-LOC"), T("die", 8, "det", "DET", "der"),
        T("höchste", 8, "amod", "ADJ"), T("Quote", 5, "appos", "NOUN"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[2], q[3], q[4]) for q in quotes] == [("Der Weltbank", "zufolge", "WORLDBANK")]


def test_subjunctive_auxiliary_stands_for_the_reported_clause():
    # "Zeitungen berichteten, es sei gegen den Arzt ermittelt worden." (a real bundled parse: the clause is `dep`)
    rows = [
        T("Zeitungen", 1, "obj", "NOUN", "Zeitung"), T("berichteten", 1, "ROOT", "VERB", "berichten"),
        T(",", 8, "punct", "PUNCT"), T("es", 8, "nsubj:pass", "PRON", "es"),
        T("sei", 8, "aux", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T("gegen", 7, "case", "ADP"),
        T("den", 7, "det", "DET", "der"), T("Arzt", 8, "obl", "NOUN"), T("ermittelt", 1, "dep", "VERB", "ermitteln"),
        T("worden", 8, "aux:pass", "AUX", "werden"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[3]) for q in quotes] == [("indirect", "es sei gegen den Arzt ermittelt worden",
                                                     "berichteten")]


FERNSEHSENDER = [  # "Der Fernsehsender berichtete von der Bergung von 56 Leichen."
    T("Der", 1, "det", "DET", "der"), T("Fernsehsender", 2, "nsubj", "NOUN"), T("berichtete", 2, "ROOT", "VERB",
                                                                                 "berichten"),
    T("von", 5, "case", "ADP"), T("der", 5, "det", "DET"), T("Bergung", 2, "obl", "NOUN"), T("von", 8, "case", "ADP"),
    T("56", 8, "nummod", "NUM"), T("Leichen", 5, "nmod", "NOUN", "Leiche"), T(".", 2, "punct", "PUNCT"),
]
EXPERTEN = [  # "Umweltexperten sehen darin eine Gefahr."
    T("Umweltexperten", 1, "nsubj", "NOUN", "Umweltexperte"), T("sehen", 1, "ROOT", "VERB", "sehen"),
    T("darin", 1, "advmod", "ADV"), T("eine", 4, "det", "DET", "ein"), T("Gefahr", 1, "obj", "NOUN"),
    T(".", 1, "punct", "PUNCT"),
]
PRONOUN = [  # "Außerdem forderte er ein Lösegeld."
    T("Außerdem", 1, "advmod", "ADV"), T("forderte", 1, "ROOT", "VERB", "fordern"), T("er", 1, "nsubj", "PRON"),
    T("ein", 4, "det", "DET"), T("Lösegeld", 1, "obj", "NOUN"), T(".", 1, "punct", "PUNCT"),
]


@pytest.mark.parametrize(("rows", "speaker"), [(FERNSEHSENDER, "Der Fernsehsender"), (EXPERTEN, "Umweltexperten"),
                                               (PRONOUN, "er")], ids=["source-noun", "compound-and-view", "pronoun"])
def test_reported_speech_act_of_a_source_that_is_no_resolved_actor(rows, speaker):
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("reported", speaker, None)]


@pytest.mark.parametrize("rows", [
    # "Airbus sah sich in der Lage." — reflexive: not a view
    [T("Airbus", 1, "nsubj", "PROPN", ent="B-ORG"), T("sah", 1, "ROOT", "VERB", "sehen"),
     T("sich", 1, "obj", "PRON", "sich"), T("in", 5, "case", "ADP"), T("der", 5, "det", "DET"),
     T("Lage", 1, "obl", "NOUN"), T(".", 1, "punct", "PUNCT")],
    # "Die Bahn fährt von Berlin nach Hamburg." — not a speech verb
    [T("Die", 1, "det", "DET"), T("Bahn", 2, "nsubj", "NOUN"), T("fährt", 2, "ROOT", "VERB", "fahren"),
     T("von", 4, "case", "ADP"), T("Berlin", 2, "obl", "PROPN", ent="B-LOC"), T("nach", 6, "case", "ADP"),
     T("Hamburg", 2, "obl", "PROPN", ent="B-LOC"), T(".", 2, "punct", "PUNCT")],
    # "Am Freitag fand die Obduktion im Institut statt." — stattfinden, not the cue "finden"
    [T("Am", 1, "case", "ADP"), T("Freitag", 2, "obl", "PROPN"), T("fand", 2, "ROOT", "VERB", "finden"),
     T("die", 4, "det", "DET"), T("Obduktion", 2, "nsubj", "NOUN"), T("im", 6, "case", "ADP"),
     T("Institut", 2, "obl", "NOUN"), T("statt", 2, "compound:prt", "ADP", tag="PTKVZ"), T(".", 2, "punct", "PUNCT")],
], ids=["reflexive-sehen", "no-speech-verb", "particle-verb"])
def test_no_reported_speech_without_a_speech_act(rows):
    quotes, _ = quotes_of("de", rows)
    assert quotes == []


def test_object_pronoun_next_to_the_cue_is_not_the_speaker():
    # "„Er ist hart“, so charakterisierte ihn der Funktionär."
    rows = [
        T("„", 2, "punct", "PUNCT"), T("Er", 2, "nsubj", "PRON", "er"), T("ist", 2, "ROOT", "AUX", "sein"),
        T("hart", 2, "advmod", "ADJ"), T("“", 2, "punct", "PUNCT"), T(",", 7, "punct", "PUNCT"),
        T("so", 7, "advmod", "ADV"), T("charakterisierte", 7, "ROOT", "VERB", "charakterisieren"),
        T("ihn", 7, "nsubj", "PRON", "er"), T("der", 10, "det", "DET"), T("Funktionär", 7, "obj", "NOUN"),
        T(".", 7, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == [("direct", "der Funktionär")]


def test_heisst_es_in_a_document_names_the_document():
    # "In der Erklärung heißt es: „Wir bleiben.“"
    rows = [
        T("In", 2, "case", "ADP", "in"), T("der", 2, "det", "DET"), T("Erklärung", 3, "obl", "NOUN"),
        T("heißt", 3, "ROOT", "VERB", "heißen"), T("es", 3, "nsubj", "PRON", "es"), T(":", 3, "punct", "PUNCT"),
        T("„", 8, "punct", "PUNCT"), T("Wir", 8, "nsubj", "PRON", "wir"), T("bleiben", 3, "parataxis", "VERB"),
        T(".", 8, "punct", "PUNCT"), T("“", 8, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == [("direct", "der Erklärung")]


def test_second_coordinated_cue_verb_takes_the_first_verbs_subject():
    # "Die Firma bestätigte das nicht und nannte es „reine Spekulation“."
    rows = [
        T("Die", 1, "det", "DET"), T("Firma", 2, "nsubj", "NOUN"), T("bestätigte", 2, "ROOT", "VERB", "bestätigen"),
        T("das", 2, "obj", "PRON"), T("nicht", 2, "advmod", "PART"), T("und", 6, "cc", "CCONJ"),
        T("nannte", 2, "conj", "VERB", "nennen"), T("es", 6, "obj", "PRON", "es"), T("„", 10, "punct", "PUNCT"),
        T("reine", 10, "amod", "ADJ"), T("Spekulation", 6, "obj", "NOUN"), T("“", 10, "punct", "PUNCT"),
        T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2]) for q in quotes] == [("direct", "reine Spekulation", "Die Firma")]


def test_sentence_split_after_a_closing_quote_is_repaired_and_so_x_attributes_it():
    # "„Nach sieben langen Jahren“ | , so die Agentur, habe man ein Mittel gefunden." — split at the comma
    rows = [
        T("„", 4, "punct", "PUNCT"), T("Nach", 4, "case", "ADP"), T("sieben", 4, "nummod", "NUM"),
        T("langen", 4, "amod", "ADJ"), T("Jahren", 4, "ROOT", "NOUN", "Jahr"), T("“", 4, "punct", "PUNCT"),
        T(",", 14, "punct", "PUNCT"), T("so", 9, "advmod", "ADV"), T("die", 9, "det", "DET"),
        T("Agentur", 14, "parataxis", "NOUN"), T(",", 14, "punct", "PUNCT"),
        T("habe", 14, "aux", "AUX", "haben", morph="Mood=Sub|VerbForm=Fin"), T("man", 14, "nsubj", "PRON", "man"),
        T("Mittel", 14, "obj", "NOUN"), T("gefunden", 14, "ROOT", "VERB", "finden"), T(".", 14, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2]) for q in quotes if q[0] == "direct"] == [("direct", "Nach sieben langen Jahren",
                                                                         "die Agentur")]


def test_lower_case_sentence_after_an_unfinished_one_continues_it():
    # "Der Ankläger Mussawi | sagte, dass Hussein nicht kommen werde." — the parser cut before the verb
    rows = [
        T("Der", 1, "det", "DET"), T("Ankläger", 2, "compound", "NOUN"), T("Mussawi", 2, "ROOT", "PROPN",
                                                                            ent="B-PER"),
        T("sagte", 3, "ROOT", "VERB", "sagen"), T(",", 9, "punct", "PUNCT"), T("dass", 9, "mark", "SCONJ"),
        T("Hussein", 9, "nsubj", "PROPN", ent="B-PER"), T("nicht", 9, "advmod", "PART"),
        T("kommen", 9, "xcomp", "VERB"), T("werde", 3, "ccomp", "AUX", "werden", morph="Mood=Sub|VerbForm=Fin"),
        T(".", 3, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("indirect", "Der Ankläger Mussawi", "sagte")]


@pytest.mark.parametrize(("rows", "speaker", "text"), [
    # "Der Mann habe oft gewartet, so Celebi, die auch angab, dass er drohte." — a relative clause after X
    ([T("Der", 1, "det", "DET"), T("Mann", 4, "nsubj", "NOUN"), T("habe", 4, "aux", "AUX", "haben"),
      T("oft", 4, "advmod", "ADV"), T("gewartet", 4, "ROOT", "VERB", "warten"), T(",", 7, "punct", "PUNCT"),
      T("so", 7, "advmod", "ADV"), T("Celebi", 4, "parataxis", "PROPN", ent="B-PER"), T(",", 11, "punct", "PUNCT"),
      T("die", 11, "nsubj", "PRON"), T("auch", 11, "advmod", "ADV"), T("angab", 7, "acl", "VERB", "angeben"),
      T(",", 15, "punct", "PUNCT"), T("dass", 15, "mark", "SCONJ"), T("er", 15, "nsubj", "PRON"),
      T("drohte", 11, "ccomp", "VERB", "drohen"), T(".", 4, "punct", "PUNCT")],
     "Celebi", "Der Mann habe oft gewartet"),
    # "Demnach hat der Sohn Selbstmord begangen."
    ([T("Demnach", 5, "advmod", "ADV"), T("hat", 5, "aux", "AUX", "haben"), T("der", 3, "det", "DET"),
      T("Sohn", 5, "nsubj", "NOUN"), T("Selbstmord", 5, "obj", "NOUN"), T("begangen", 5, "ROOT", "VERB", "begehen"),
      T(".", 5, "punct", "PUNCT")],
     "Demnach", "hat der Sohn Selbstmord begangen"),
    # "Er teilt den Verdacht der Kritiker, wonach die Wahl politisch sei."
    ([T("Er", 1, "nsubj", "PRON"), T("teilt", 1, "ROOT", "VERB", "teilen"), T("den", 3, "det", "DET"),
      T("Verdacht", 1, "obj", "NOUN"), T("der", 5, "det", "DET"), T("Kritiker", 3, "nmod", "NOUN"),
      T(",", 11, "punct", "PUNCT"), T("wonach", 11, "advmod", "ADV"), T("die", 9, "det", "DET"),
      T("Wahl", 11, "nsubj", "NOUN"), T("politisch", 11, "advmod", "ADJ"),
      T("sei", 3, "acl", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T(".", 1, "punct", "PUNCT")],
     "den Verdacht der Kritiker", "die Wahl politisch sei"),
    # "Das Beben soll nach ersten Meldungen Schäden verursacht haben."
    ([T("Das", 1, "det", "DET"), T("Beben", 7, "nsubj", "NOUN"), T("soll", 7, "aux", "AUX", "sollen"),
      T("nach", 5, "case", "ADP"), T("ersten", 5, "amod", "ADJ"), T("Meldungen", 7, "obl", "NOUN", "Meldung"),
      T("Schäden", 7, "obj", "NOUN", "Schaden"), T("verursacht", 7, "ROOT", "VERB", "verursachen"),
      T("haben", 7, "aux", "AUX", "haben"), T(".", 7, "punct", "PUNCT")],
     "ersten Meldungen", None),
    # "Ursache war nach Polizeiangaben zu geringer Abstand." — the parser hung the subject on the source
    ([T("Ursache", 1, "nsubj", "NOUN"), T("war", 1, "ROOT", "AUX", "sein"), T("nach", 3, "case", "ADP"),
      T("Polizeiangaben", 1, "obl", "NOUN", "Polizeiangabe"), T("zu", 6, "case", "ADP"),
      T("geringer", 6, "amod", "ADJ", "gering"), T("Abstand", 3, "nmod", "NOUN"), T(".", 1, "punct", "PUNCT")],
     "Polizeiangaben", "Ursache war nach Polizeiangaben zu geringer Abstand"),
], ids=["so-x-with-relative-clause", "demnach", "wonach", "nach-meldungen", "source-swallowing-the-subject"])
def test_marker_attributions(rows, speaker, text):
    quotes, _ = quotes_of("de", rows)
    assert quotes and quotes[0][2] == speaker
    if text is not None:
        assert quotes[0][1] == text


def test_separated_particle_with_an_odd_label_and_a_fronted_phrase_taken_for_the_subject():
    # "Am Samstag gab die Agentur bekannt, dass die Tests beendet seien." — "Samstag" parsed as subject, "bekannt"
    # (PTKVZ) attached as `mark`
    rows = [
        T("Am", 1, "case", "ADP"), T("Samstag", 2, "nsubj", "NOUN"), T("gab", 2, "ROOT", "VERB", "geben"),
        T("die", 4, "det", "DET"), T("Agentur", 2, "obj", "NOUN"), T("bekannt", 2, "mark", "ADV", tag="PTKVZ"),
        T(",", 12, "punct", "PUNCT"), T("dass", 12, "mark", "SCONJ"), T("die", 9, "det", "DET"),
        T("Tests", 11, "nsubj:pass", "NOUN", "Test"), T("beendet", 11, "ROOT", "VERB", "beenden"),
        T("seien", 2, "ccomp", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("indirect", "die Agentur", "gab")]


@pytest.mark.parametrize(("rows", "expected"), [
    # "Die mexikanische Regierung will die Steuern senken." — an institution's declared intention is reported
    ([T("Die", 2, "det", "DET"), T("mexikanische", 2, "amod", "ADJ", "mexikanisch"),
      T("Regierung", 6, "nsubj", "NOUN"), T("will", 6, "aux", "AUX", "wollen"), T("die", 5, "det", "DET"),
      T("Steuern", 6, "obj", "NOUN", "Steuer"), T("senken", 6, "ROOT", "VERB"), T(".", 6, "punct", "PUNCT")],
     [("reported", "Die mexikanische Regierung")]),
    # "Der Mann wollte nach Hause gehen." — a person's wish in a narrative is not
    ([T("Der", 1, "det", "DET"), T("Mann", 5, "nsubj", "NOUN"), T("wollte", 5, "aux", "AUX", "wollen"),
      T("nach", 4, "case", "ADP"), T("Hause", 5, "obl", "NOUN", "Haus"), T("gehen", 5, "ROOT", "VERB"),
      T(".", 5, "punct", "PUNCT")], []),
], ids=["institution", "narrative"])
def test_declared_intentions_of_institutions_are_reported(rows, expected):
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == expected


def test_quoted_phrase_without_speech_verb_belongs_to_an_institution_subject():
    # "Die mexikanische Regierung beobachtet eine wachsende „Kluft zwischen Arm und Reich“."
    rows = [
        T("Die", 2, "det", "DET"), T("mexikanische", 2, "amod", "ADJ", "mexikanisch"),
        T("Regierung", 3, "nsubj", "NOUN"), T("beobachtet", 3, "ROOT", "VERB", "beobachten"),
        T("eine", 7, "det", "DET"), T("wachsende", 7, "amod", "ADJ", "wachsend"), T("„", 7, "punct", "PUNCT"),
        T("Kluft", 3, "obj", "NOUN"), T("zwischen", 9, "case", "ADP"), T("Arm", 7, "nmod", "NOUN"),
        T("und", 11, "cc", "CCONJ"), T("Reich", 9, "conj", "NOUN"), T("“", 7, "punct", "PUNCT"),
        T(".", 3, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2]) for q in quotes] == [("direct", "Kluft zwischen Arm und Reich",
                                                     "Die mexikanische Regierung")]


def test_closing_so_x_beats_a_speech_verb_elsewhere_in_the_sentence():
    # "„Der Bär ist ein Problem“, so Schnappauf, der dem Minister zustimmte."
    rows = [
        T("„", 4, "punct", "PUNCT"), T("Der", 2, "det", "DET"), T("Bär", 3, "nsubj", "NOUN"),
        T("ist", 4, "cop", "AUX", "sein"), T("Problem", 4, "ROOT", "NOUN"), T("“", 4, "punct", "PUNCT"),
        T(",", 8, "punct", "PUNCT"), T("so", 8, "advmod", "ADV"), T("Schnappauf", 4, "parataxis", "PROPN", ent="B-PER"),
        T(",", 13, "punct", "PUNCT"), T("der", 13, "nsubj", "PRON"), T("dem", 12, "det", "DET"),
        T("Minister", 13, "iobj", "NOUN"), T("zustimmte", 8, "acl", "VERB", "zustimmen"), T(".", 4, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes if q[0] == "direct"] == [("direct", "Schnappauf", "so")]


def test_so_x_in_the_middle_of_the_reported_sentence():
    # "Dennoch, so Nacke, habe Mindermann versagt."
    rows = [
        T("Dennoch", 6, "advmod", "ADV"), T(",", 3, "punct", "PUNCT"), T("so", 3, "advmod", "ADV"),
        T("Nacke", 6, "parataxis", "PROPN", ent="B-PER"), T(",", 3, "punct", "PUNCT"),
        T("habe", 6, "aux", "AUX", "haben", morph="Mood=Sub|VerbForm=Fin"),
        T("versagt", 6, "ROOT", "VERB", "versagen"), T("Mindermann", 6, "nsubj", "PROPN", ent="B-PER"),
        T(".", 6, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes] == [("indirect", "Nacke", "so")]
    assert "Dennoch" in quotes[0][1] and "Mindermann" in quotes[0][1]


@pytest.mark.parametrize(("verb", "lemma", "speaks"), [
    ("schätzen", "schätzen", True),    # a cue verb: the researchers estimate
    ("definieren", "definieren", False),  # "so definieren sie": thus, no source
])
def test_so_with_a_cue_verb_inserted_in_the_reported_sentence(verb, lemma, speaks):
    # "In zehn Jahren , so VERB die Forscher , soll die Forschung enden ."
    rows = [
        T("In", 2, "case", "ADP"), T("zehn", 2, "nummod", "NUM"), T("Jahren", 13, "obl", "NOUN", "Jahr"),
        T(",", 4, "punct", "PUNCT"), T("so", 4, "advmod", "ADV"), T(verb, 13, "parataxis", "VERB", lemma),
        T("die", 7, "det", "DET", "der"), T("Forscher", 5, "nsubj", "NOUN"), T(",", 5, "punct", "PUNCT"),
        T("soll", 13, "aux", "AUX", "sollen"), T("die", 11, "det", "DET", "der"),
        T("Forschung", 13, "nsubj", "NOUN"), T("bald", 13, "advmod", "ADV"), T("enden", 13, "ROOT", "VERB"),
        T(".", 13, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    found = [(q[2], q[3]) for q in quotes if q[2] == "die Forscher"]
    assert found == ([("die Forscher", verb)] if speaks else [])
    if speaks:
        assert "In zehn Jahren" in quotes[0][1] and "enden" in quotes[0][1]


def test_predicative_als_phrase_is_not_the_speaker():
    # "Als Grund gab die Schule an, die Partei habe getäuscht."
    rows = [
        T("Als", 1, "case", "ADP", "als"), T("Grund", 2, "nsubj", "NOUN"), T("gab", 2, "ROOT", "VERB", "geben"),
        T("die", 4, "det", "DET"), T("Schule", 2, "obj", "NOUN"), T("an", 2, "compound:prt", "ADP", tag="PTKVZ"),
        T(",", 10, "punct", "PUNCT"), T("die", 8, "det", "DET"), T("Partei", 10, "nsubj", "NOUN"),
        T("habe", 10, "aux", "AUX", "haben", morph="Mood=Sub|VerbForm=Fin"),
        T("getäuscht", 2, "ccomp", "VERB", "täuschen"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == [("indirect", "die Schule")]


def test_known_name_read_as_a_prepositional_phrase_still_speaks():
    # "Von der Leyen betonte, es seien „viele Frauen“." — "Von" parsed as a preposition
    rows = [
        T("Von", 2, "case", "ADP", "von"), T("der", 2, "det", "DET"), T("Leyen", 3, "obl", "NOUN"),
        T("betonte", 3, "ROOT", "VERB", "betonen"), T(",", 10, "punct", "PUNCT"), T("es", 10, "expl", "PRON"),
        T("seien", 10, "cop", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T("„", 10, "punct", "PUNCT"),
        T("viele", 10, "det", "DET"), T("Frauen", 3, "ccomp", "NOUN", "Frau"), T("“", 10, "punct", "PUNCT"),
        T(".", 3, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    speakers = {q[2] for q in quotes}
    assert speakers and all(s is not None and "Leyen" in s for s in speakers)


@pytest.mark.parametrize("rows", [
    # "Der Premier würdigte die Verdienste des Bischofs." — an act of praise, not reported content
    [T("Der", 1, "det", "DET"), T("Premier", 2, "nsubj", "NOUN"), T("würdigte", 2, "ROOT", "VERB", "würdigen"),
     T("die", 4, "det", "DET"), T("Verdienste", 2, "obj", "NOUN", "Verdienst"), T("des", 6, "det", "DET"),
     T("Bischofs", 4, "nmod", "NOUN", "Bischof"), T(".", 2, "punct", "PUNCT")],
    # "Die Ministerin äußerte sich nicht zu dem Vorfall." — reflexive äußern without content
    [T("Die", 1, "det", "DET"), T("Ministerin", 2, "nsubj", "NOUN"), T("äußerte", 2, "ROOT", "VERB", "äußern"),
     T("sich", 2, "obj", "PRON", "sich"), T("nicht", 2, "advmod", "PART"), T("zu", 7, "case", "ADP"),
     T("dem", 7, "det", "DET"), T("Vorfall", 2, "obl", "NOUN"), T(".", 2, "punct", "PUNCT")],
    # "Viele Städte waren betroffen, so auch Düsseldorf und Köln." — "so auch" lists, it does not attribute
    [T("Viele", 1, "det", "DET"), T("Städte", 3, "nsubj", "NOUN", "Stadt"), T("waren", 3, "cop", "AUX", "sein"),
     T("betroffen", 3, "ROOT", "ADJ"), T(",", 7, "punct", "PUNCT"), T("so", 7, "advmod", "ADV"),
     T("auch", 7, "advmod", "ADV"), T("Düsseldorf", 3, "parataxis", "PROPN", ent="B-LOC"),
     T("und", 9, "cc", "CCONJ"), T("Köln", 7, "conj", "PROPN", ent="B-LOC"), T(".", 3, "punct", "PUNCT")],
    # "Der Kurs befasste sich gemäß dem Motto mit Vororten." — "gemäß" as "in accordance with"
    [T("Der", 1, "det", "DET"), T("Kurs", 2, "nsubj", "NOUN"), T("befasste", 2, "ROOT", "VERB", "befassen"),
     T("sich", 2, "obj", "PRON"), T("gemäß", 6, "case", "ADP"), T("dem", 6, "det", "DET"),
     T("Motto", 2, "obl", "NOUN"), T("mit", 8, "case", "ADP"), T("Vororten", 2, "obl", "NOUN", "Vorort"),
     T(".", 2, "punct", "PUNCT")],
], ids=["act", "reflexive-without-content", "so-auch", "gemaess-in-accordance"])
def test_no_attribution_without_speech_or_source(rows):
    # speech acts without content, and phrases that look like attribution markers but are not
    quotes, _ = quotes_of("de", rows)
    assert quotes == []


def test_first_person_outside_quote_marks_is_no_indirect_speaker():
    # "Ich glaube, die Künstler wollen gut aussehen." (an interview transcript without quote marks)
    rows = [
        T("Ich", 1, "nsubj", "PRON", "ich"), T("glaube", 1, "ROOT", "VERB", "glauben"), T(",", 7, "punct", "PUNCT"),
        T("die", 4, "det", "DET"), T("Künstler", 7, "nsubj", "NOUN"), T("wollen", 7, "aux", "AUX", "wollen"),
        T("gut", 7, "advmod", "ADJ"), T("aussehen", 1, "ccomp", "VERB"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [q for q in quotes if q[0] == "indirect"] == []


def test_quote_after_a_naming_noun_is_a_name_not_speech():
    # "Die Regierung stellte das Gesetz „Zur Bekämpfung des Terrors im Inland“ vor, sagte er."
    rows = [
        T("Die", 1, "det", "DET"), T("Regierung", 2, "nsubj", "NOUN"), T("stellte", 2, "ROOT", "VERB", "stellen"),
        T("das", 4, "det", "DET"), T("Gesetz", 2, "obj", "NOUN"), T("„", 6, "punct", "PUNCT"),
        T("Zur", 7, "case", "ADP", "zu"), T("Bekämpfung", 4, "nmod", "NOUN"), T("des", 9, "det", "DET"),
        T("Terrors", 7, "nmod", "NOUN", "Terror"), T("im", 11, "case", "ADP"), T("Inland", 9, "nmod", "NOUN"),
        T("“", 7, "punct", "PUNCT"), T("vor", 2, "compound:prt", "ADP", tag="PTKVZ"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [q for q in quotes if q[0] == "direct"] == []


@pytest.mark.parametrize(("verb", "lemma", "continued"), [("sei", "sein", True), ("sollte", "sollen", False)])
def test_only_reporting_subjunctives_continue_a_quote(verb, lemma, continued):
    # "Der Minister sagte, er komme. Der Plan {sei|sollte} teuer." — Konjunktiv I goes on reporting, "sollte" narrates
    rows = [
        T("Der", 1, "det", "DET"), T("Minister", 2, "nsubj", "NOUN"), T("sagte", 2, "ROOT", "VERB", "sagen"),
        T(",", 5, "punct", "PUNCT"), T("er", 5, "nsubj", "PRON"),
        T("komme", 2, "ccomp", "VERB", "kommen", morph="Mood=Sub|VerbForm=Fin"), T(".", 2, "punct", "PUNCT"),
        T("Der", 8, "det", "DET"), T("Plan", 10, "nsubj", "NOUN"),
        T(verb, 10, "cop", "AUX", lemma, morph="Mood=Sub|VerbForm=Fin"), T("teuer", 10, "ROOT", "ADJ"),
        T(".", 10, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert any(q[0] == "free-indirect" for q in quotes) is continued


def test_wie_parsed_as_adverb_and_particle_written_apart_still_attribute_the_host_clause():
    # "Wie das Präsidium bekannt gab, wird es mehr Kontrollen geben." — "Wie" advmod, "bekannt" ADJD advmod
    rows = [
        T("Wie", 4, "advmod", "ADV", "wie", tag="PWAV"), T("das", 2, "det", "DET"), T("Präsidium", 4, "nsubj", "NOUN"),
        T("bekannt", 4, "advmod", "ADJ", tag="ADJD"), T("gab", 11, "advcl", "VERB", "geben"),
        T(",", 4, "punct", "PUNCT"), T("wird", 11, "aux", "AUX", "werden"), T("es", 11, "expl", "PRON"),
        T("mehr", 10, "det", "DET"), T("Kontrollen", 11, "obj", "NOUN", "Kontrolle"),
        T("geben", 11, "ROOT", "VERB", "geben"), T(".", 11, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == [
        ("indirect", "wird es mehr Kontrollen geben", "das Präsidium", "gab")]


def test_long_name_label_with_apposition_before_a_colon_is_the_speaker():
    # "Die Aktion findet statt. Die Vorsitzende des Berliner Verfassungsschutzes, Claudia Schmid: „Ziel ist Werbung.“"
    rows = [
        T("Die", 1, "det", "DET"), T("Aktion", 2, "nsubj", "NOUN"), T("findet", 2, "ROOT", "VERB", "finden"),
        T("statt", 2, "compound:prt", "ADP", tag="PTKVZ"), T(".", 2, "punct", "PUNCT"),
        T("Die", 6, "det", "DET"), T("Vorsitzende", 17, "dep", "NOUN"), T("des", 9, "det", "DET"),
        T("Berliner", 9, "amod", "ADJ"), T("Verfassungsschutzes", 6, "nmod", "NOUN"), T(",", 11, "punct", "PUNCT"),
        T("Claudia", 6, "appos", "PROPN", ent="B-PER"), T("Schmid", 11, "flat", "PROPN", ent="I-PER"),
        T(":", 17, "punct", "PUNCT"), T("„", 17, "punct", "PUNCT"), T("Ziel", 17, "nsubj", "NOUN"),
        T("ist", 17, "cop", "AUX", "sein"), T("Werbung", 17, "ROOT", "NOUN"), T(".", 17, "punct", "PUNCT"),
        T("“", 17, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Ziel ist Werbung." and "Schmid" in direct[2] and direct[3] is None


@pytest.mark.parametrize(("rows", "speaker", "text"), [
    # "Die Familie kehrte zur Version zurück, wonach die Maus schuld sei." — after a verb particle: "wonach" is the
    # source
    ([T("Die", 1, "det", "DET"), T("Familie", 2, "nsubj", "NOUN"), T("kehrte", 2, "ROOT", "VERB", "kehren"),
      T("zur", 4, "case", "ADP"), T("Version", 2, "obl", "NOUN"), T("zurück", 2, "compound:prt", "ADP", tag="PTKVZ"),
      T(",", 11, "punct", "PUNCT"), T("wonach", 11, "advmod", "ADV"), T("die", 9, "det", "DET"),
      T("Maus", 11, "nsubj", "NOUN"), T("schuld", 11, "advmod", "ADJ"),
      T("sei", 2, "advcl", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T(".", 2, "punct", "PUNCT")],
     "wonach", "die Maus schuld sei"),
    # "Das Institut bestätigte die Befunde des Amtes, wonach Rinder erkrankt sind." — the clause hung on the verb,
    # the noun phrase before the comma is still the source
    ([T("Das", 1, "det", "DET"), T("Institut", 2, "nsubj", "NOUN"), T("bestätigte", 2, "ROOT", "VERB", "bestätigen"),
      T("die", 4, "det", "DET"), T("Befunde", 2, "obj", "NOUN", "Befund"), T("des", 6, "det", "DET"),
      T("Amtes", 4, "nmod", "NOUN", "Amt"), T(",", 10, "punct", "PUNCT"), T("wonach", 10, "advmod", "ADV"),
      T("Rinder", 10, "nsubj", "NOUN", "Rind"), T("erkrankt", 2, "advcl", "VERB", "erkranken"),
      T("sind", 10, "aux", "AUX", "sein"), T(".", 2, "punct", "PUNCT")],
     "die Befunde des Amtes", "Rinder erkrankt sind"),
    # "Die Trümmer verteilten sich gemäß einem Augenzeugen weit." — "gemäß" tagged as an adjective
    ([T("Die", 1, "det", "DET"), T("Trümmer", 2, "nsubj", "NOUN"), T("verteilten", 2, "ROOT", "VERB", "verteilen"),
      T("sich", 2, "obj", "PRON"), T("gemäß", 2, "advmod", "ADJ", tag="ADJD"), T("einem", 6, "det", "DET"),
      T("Augenzeugen", 4, "obl:arg", "NOUN", "Augenzeuge"), T("weit", 2, "advmod", "ADJ"),
      T(".", 2, "punct", "PUNCT")],
     "einem Augenzeugen", None),
    # "Nach Angaben der Polizei kamen sie spät an." — the parser hung the clause on "Angaben"
    ([T("Nach", 1, "case", "ADP"), T("Angaben", 1, "ROOT", "NOUN", "Angabe"), T("der", 3, "det", "DET"),
      T("Polizei", 1, "nmod", "NOUN"), T("kamen", 1, "acl", "VERB", "kommen"), T("sie", 4, "nsubj", "PRON"),
      T("spät", 4, "advmod", "ADJ"), T("an", 4, "compound:prt", "ADP", tag="PTKVZ"), T(".", 1, "punct", "PUNCT")],
     "Angaben der Polizei", "kamen sie spät an"),
    # "Er war nach eigenem Bekunden eingeweiht." — a noun of saying from data (marker_nouns)
    ([T("Er", 5, "nsubj:pass", "PRON"), T("war", 5, "aux", "AUX", "sein"), T("nach", 4, "case", "ADP"),
      T("eigenem", 4, "amod", "ADJ", "eigen"), T("Bekunden", 5, "obl", "NOUN"),
      T("eingeweiht", 5, "ROOT", "VERB", "einweihen"), T(".", 5, "punct", "PUNCT")],
     "eigenem Bekunden", None),
], ids=["wonach-after-a-verb", "wonach-hung-on-the-verb", "gemaess-as-adjective", "nach-angaben-clause-inside",
        "nach-eigenem-bekunden"])
def test_more_marker_attributions(rows, speaker, text):
    quotes, _ = quotes_of("de", rows)
    assert quotes and quotes[0][2] == speaker
    if text is not None:
        assert quotes[0][1] == text


@pytest.mark.parametrize(("rows", "expected"), [
    # "Die Bundeswehr hat entschieden, das Lager aufzugeben." — an announced decision is reported like speech
    ([T("Die", 1, "det", "DET"), T("Bundeswehr", 3, "nsubj", "NOUN"), T("hat", 3, "aux", "AUX", "haben"),
      T("entschieden", 3, "ROOT", "VERB", "entscheiden"), T(",", 7, "punct", "PUNCT"), T("das", 6, "det", "DET"),
      T("Lager", 7, "obj", "NOUN"), T("aufzugeben", 3, "xcomp", "VERB", "aufgeben", tag="VVIZU"),
      T(".", 3, "punct", "PUNCT")],
     ("indirect", "Die Bundeswehr", "entschieden")),
    # "Künast sagte, es müsse Schluss sein." — the name tagged as an adverb, the complement as a conjunct
    ([T("Künast", 1, "advmod", "ADV", ent="B-LOC"), T("sagte", 1, "ROOT", "VERB", "sagen"),
      T(",", 6, "punct", "PUNCT"), T("es", 6, "nsubj", "PRON"),
      T("müsse", 6, "aux", "AUX", "müssen", morph="Mood=Sub|VerbForm=Fin"), T("Schluss", 6, "nsubj", "NOUN"),
      T("sein", 1, "ccomp", "AUX", "sein"), T(".", 1, "punct", "PUNCT")],
     ("indirect", "Künast", "sagte")),
    # "In Deutschland habe Sarkozy bessere Chancen, sagte Mélenchon." — the report hung on the cue verb, its noun
    # taken for a second subject
    ([T("In", 1, "case", "ADP"), T("Deutschland", 7, "obl", "PROPN", ent="B-LOC"), T("habe", 7, "aux", "AUX", "haben"),
      T("Sarkozy", 5, "nsubj", "PROPN", ent="B-PER"), T("bessere", 5, "amod", "ADJ"),
      T("Chancen", 7, "nsubj", "NOUN", "Chance"), T(",", 7, "punct", "PUNCT"), T("sagte", 7, "ROOT", "VERB", "sagen"),
      T("Mélenchon", 7, "nsubj", "PROPN", ent="B-PER"), T(".", 7, "punct", "PUNCT")],
     ("indirect", "Mélenchon", "sagte")),
    # "Man hat nur ein Leben, sagt Mohammed." — the report's own subject hung on the cue verb as its first subject
    ([T("Man", 6, "nsubj", "PRON", "man"), T("hat", 6, "aux", "AUX", "haben"), T("nur", 4, "advmod", "ADV"),
      T("ein", 4, "det", "DET"), T("Leben", 6, "obl", "NOUN"), T(",", 4, "punct", "PUNCT"),
      T("sagt", 6, "ROOT", "VERB", "sagen"), T("Mohammed", 6, "nsubj", "PROPN", ent="B-PER"),
      T(".", 6, "punct", "PUNCT")],
     ("indirect", "Mohammed", "sagt")),
], ids=["entscheiden-zu", "name-tagged-adverb", "inverted-sagte-x", "inverted-with-the-reports-subject"])
def test_reported_clauses_with_parser_slips(rows, expected):
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes][:1] == [expected]


def test_fronted_object_taken_for_the_subject_gives_way_to_the_name_after_the_verb():
    # "Den Namen gab das ZDF bekannt: „Geheimnisse eines Papstes“." — "Namen" parsed as subject, "ZDF" as object
    rows = [
        T("Den", 1, "det", "DET"), T("Namen", 2, "nsubj", "NOUN", "Name"), T("gab", 2, "ROOT", "VERB", "geben"),
        T("das", 4, "det", "DET"), T("ZDF", 2, "obj", "PROPN", ent="B-ORG"),
        T("bekannt", 2, "compound:prt", "ADJ", tag="PTKVZ"), T(":", 2, "punct", "PUNCT"), T("„", 8, "punct", "PUNCT"),
        T("Geheimnisse", 2, "appos", "NOUN", "Geheimnis"), T("eines", 10, "det", "DET"),
        T("Papstes", 8, "nmod", "NOUN", "Papst"), T("“", 8, "punct", "PUNCT"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Geheimnisse eines Papstes" and direct[2] == "das ZDF" and direct[3] == "gab"


def test_an_english_subject_noun_that_is_no_actor_leaves_the_object_unspoken():
    # "Romney spoke . A woman asked him to explain his plan ." — English has no fronted object: "him" (Romney)
    # was asked, he did not ask
    rows = [
        T("Romney", 1, "nsubj", "PROPN", ent="B-PER"), T("spoke", 1, "ROOT", "VERB", "speak"), T(".", 1, "punct", "PUNCT"),
        T("A", 4, "det", "DET", "a"), T("woman", 5, "nsubj", "NOUN"), T("asked", 5, "ROOT", "VERB", "ask"),
        T("him", 5, "iobj", "PRON", "he"), T("to", 8, "mark", "PART"), T("explain", 5, "xcomp", "VERB"),
        T("his", 10, "nmod:poss", "PRON", "he"), T("plan", 8, "obj", "NOUN"), T(".", 5, "punct", "PUNCT"),
    ]
    quotes, result = quotes_of("en", rows)
    assert [q for q in quotes if q[2] == "him"] == []
    assert [s for s in result.statements if s.predicate.lemma == "ask"] == []


def test_a_person_named_only_inside_a_quote_is_no_antecedent_of_the_pronoun_speaker():
    # "Klobuchar spoke today . “ Jane Doe and I agree on this , ” she said ." — "she" is Klobuchar, who speaks of
    # Jane (nearer, and the only one whose given name says she is a woman)
    rows = [
        T("Klobuchar", 1, "nsubj", "PROPN", ent="B-PER"), T("spoke", 1, "ROOT", "VERB", "speak"),
        T("today", 1, "obl:tmod", "NOUN"), T(".", 1, "punct", "PUNCT"), T("“", 9, "punct", "PUNCT"),
        T("Jane", 6, "compound", "PROPN", ent="B-PER"), T("Doe", 9, "nsubj", "PROPN", ent="I-PER"),
        T("and", 8, "cc", "CCONJ"), T("I", 6, "conj", "PRON", "I"), T("agree", 15, "ccomp", "VERB"),
        T("on", 11, "case", "ADP"), T("this", 9, "obl", "PRON"), T(",", 9, "punct", "PUNCT"),
        T("”", 9, "punct", "PUNCT"), T("she", 15, "nsubj", "PRON", "she"), T("said", 15, "ROOT", "VERB", "say"),
        T(".", 15, "punct", "PUNCT"),
    ]
    quotes, result = quotes_of("en", rows)
    names = {a.id: a.name for a in result.actors}
    # (the gazetteer may know her full name)
    assert [(q[0], (names.get(q[4]) or "").split()[-1]) for q in quotes if q[2] == "she"] == [("direct", "Klobuchar")]


def test_demonstrative_object_of_a_speech_verb_reports_the_sentence_before():
    # "Trapattoni wird neuer Trainer beim VfB. Dies gab die Vereinsführung heute bekannt."
    rows = [
        T("Trapattoni", 3, "nsubj", "PROPN", ent="B-PER"), T("wird", 3, "cop", "AUX", "werden"),
        T("neuer", 3, "amod", "ADJ", "neu"), T("Trainer", 3, "ROOT", "NOUN"), T("beim", 5, "case", "ADP"),
        T("VfB", 3, "nmod", "PROPN", ent="B-ORG"), T(".", 3, "punct", "PUNCT"),
        T("Dies", 8, "obj", "PRON", "dies"), T("gab", 8, "ROOT", "VERB", "geben"), T("die", 10, "det", "DET"),
        T("Vereinsführung", 8, "nsubj", "NOUN"), T("heute", 8, "advmod", "ADV"),
        T("bekannt", 8, "compound:prt", "ADJ", tag="PTKVZ"), T(".", 8, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == [
        ("indirect", "Trapattoni wird neuer Trainer beim VfB", "die Vereinsführung", "gab")]


@pytest.mark.parametrize(("verb", "lemma", "reported"), [("schlossen", "schließen", True),
                                                         ("besuchten", "besuchen", False)])
def test_verbs_that_report_only_with_a_clausal_complement(verb, lemma, reported):
    # "Die Forscher schlossen, dass die Art ausgestorben sei." — "schließen" reports with a dass-clause
    rows = [
        T("Die", 1, "det", "DET"), T("Forscher", 2, "nsubj", "NOUN"), T(verb, 2, "ROOT", "VERB", lemma),
        T(",", 8, "punct", "PUNCT"), T("dass", 8, "mark", "SCONJ"), T("die", 6, "det", "DET"),
        T("Art", 8, "nsubj", "NOUN"), T("ausgestorben", 8, "advmod", "ADJ"),
        T("sei", 2, "ccomp", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == ([("indirect", "Die Forscher")] if reported else [])


def test_speaker_parsed_as_object_right_after_the_auxiliary():
    # "Gestern hat Staatssekretär Matthias Berninger gefordert, die Tankstellen zu zwingen." — subject parsed as obj
    rows = [
        T("Gestern", 5, "advmod", "ADV"), T("hat", 5, "aux", "AUX", "haben"), T("Staatssekretär", 5, "obj", "NOUN"),
        T("Matthias", 2, "appos", "PROPN", ent="B-PER"), T("Berninger", 3, "flat", "PROPN", ent="I-PER"),
        T("gefordert", 5, "ROOT", "VERB", "fordern"), T(",", 10, "punct", "PUNCT"), T("die", 8, "det", "DET"),
        T("Tankstellen", 10, "obj", "NOUN", "Tankstelle"), T("zu", 10, "mark", "PART", tag="PTKZU"),
        T("zwingen", 5, "xcomp", "VERB", "zwingen", tag="VVINF"), T(".", 5, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert quotes and quotes[0][0] == "indirect" and "Staatssekretär" in quotes[0][2]


def test_copula_with_a_noun_of_opinion_reports_its_clause():
    # "Metzges ist der Meinung, dass die Klage nichts verzögern dürfe."
    rows = [
        T("Metzges", 3, "nsubj", "PROPN", ent="B-PER"), T("ist", 3, "cop", "AUX", "sein"), T("der", 3, "det", "DET"),
        T("Meinung", 3, "ROOT", "NOUN"), T(",", 10, "punct", "PUNCT"), T("dass", 10, "mark", "SCONJ"),
        T("die", 7, "det", "DET"), T("Klage", 10, "nsubj", "NOUN"), T("nichts", 10, "obj", "PRON"),
        T("verzögern", 10, "xcomp", "VERB", "verzögern"),
        T("dürfe", 3, "acl", "AUX", "dürfen", morph="Mood=Sub|VerbForm=Fin"), T(".", 3, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes] == [
        ("indirect", "dass die Klage nichts verzögern dürfe", "Metzges", "ist der Meinung")]


@pytest.mark.parametrize(("between", "expected"), [
    ([], [("indirect", "dass die Reform gelingen werde", "Ramelow", "zeigte sich optimistisch")]),
    # "… optimistisch über die Nachricht, dass …": the clause is the news, not his view
    ([("über", 6, "case", "ADP"), ("die", 6, "det", "DET"), ("Nachricht", 3, "obl", "NOUN")], []),
])
def test_a_reflexive_verb_of_showing_with_an_adjective_of_stance_reports_its_clause(between, expected):
    # "Ramelow zeigte sich optimistisch, dass die Reform gelingen werde."
    n = len(between)
    rows = [T("Ramelow", 1, "nsubj", "PROPN", ent="B-PER"), T("zeigte", 1, "ROOT", "VERB", "zeigen"),
            T("sich", 1, "obj", "PRON", "sich"), T("optimistisch", 1, "advmod", "ADJ", "optimistisch")]
    rows += [T(w, h, d, p) for w, h, d, p in between]
    rows += [T(",", 8 + n, "punct", "PUNCT"), T("dass", 8 + n, "mark", "SCONJ"), T("die", 7 + n, "det", "DET"),
             T("Reform", 8 + n, "nsubj", "NOUN"), T("gelingen", 3, "ccomp", "VERB", "gelingen"),
             T("werde", 8 + n, "aux", "AUX", "werden", morph="Mood=Sub|VerbForm=Fin"), T(".", 1, "punct", "PUNCT")]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[1], q[2], q[3]) for q in quotes if q[3] and "zeigte" in q[3]] == expected


def test_expletive_heisst_es_bei_names_the_source():
    # "Bei der Agentur hieß es, dass es zwei Detonationen gegeben habe."
    rows = [
        T("Bei", 2, "case", "ADP"), T("der", 2, "det", "DET"), T("Agentur", 3, "obl", "NOUN"),
        T("hieß", 3, "ROOT", "VERB", "heißen"), T("es", 3, "expl", "PRON"), T(",", 10, "punct", "PUNCT"),
        T("dass", 10, "mark", "SCONJ"), T("es", 10, "expl", "PRON"), T("zwei", 9, "nummod", "NUM"),
        T("Detonationen", 10, "obj", "NOUN", "Detonation"), T("gegeben", 3, "ccomp", "VERB", "geben"),
        T("habe", 10, "aux", "AUX", "haben", morph="Mood=Sub|VerbForm=Fin"), T(".", 3, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2], q[3]) for q in quotes][:1] == [("indirect", "der Agentur", "hieß")]


def test_active_zitieren_gives_the_quoted_object_as_speaker():
    # "„Wir handeln“, zitiert der Focus den Verwalter West."
    rows = [
        T("„", 2, "punct", "PUNCT"), T("Wir", 2, "nsubj", "PRON", "wir"), T("handeln", 5, "ccomp", "VERB"),
        T("“", 2, "punct", "PUNCT"), T(",", 5, "punct", "PUNCT"), T("zitiert", 5, "ROOT", "VERB", "zitieren"),
        T("der", 7, "det", "DET"), T("Focus", 5, "nsubj", "PROPN"), T("den", 9, "det", "DET"),
        T("Verwalter", 5, "obj", "NOUN"), T("West", 9, "appos", "PROPN", ent="B-PER"), T(".", 5, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Wir handeln" and "Verwalter" in direct[2] and direct[3] == "zitiert"


def test_title_with_a_name_in_apposition_reports_without_being_a_known_actor():
    # "Die SPD-Landtagsabgeordnete und Initiatorin Swantje Hartmann gab ihren Rücktritt bekannt."
    rows = [
        T("Die", 1, "det", "DET"), T("SPD-Landtagsabgeordnete", 6, "nsubj", "NOUN"), T("und", 3, "cc", "CCONJ"),
        T("Initiatorin", 1, "conj", "NOUN"), T("Swantje", 3, "appos", "PROPN", ent="B-PER"),
        T("Hartmann", 4, "flat", "PROPN", ent="I-PER"), T("gab", 6, "ROOT", "VERB", "geben"),
        T("ihren", 8, "det", "DET"), T("Rücktritt", 6, "obj", "NOUN"),
        T("bekannt", 6, "compound:prt", "ADJ", tag="PTKVZ"), T(".", 6, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[3]) for q in quotes] == [("reported", None)] and quotes[0][2].startswith("Die SPD-")


@pytest.mark.parametrize(("rows", "speaker"), [
    # "Man sei dankbar – so Canny – und suche Investoren." — "so X" between dashes
    ([T("Man", 2, "nsubj", "PRON", "man"), T("sei", 2, "cop", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"),
      T("dankbar", 2, "ROOT", "ADJ"), T("–", 4, "punct", "PUNCT"), T("so", 4, "advmod", "ADV"),
      T("Canny", 2, "parataxis", "PROPN", ent="B-PER"), T("–", 4, "punct", "PUNCT"), T("und", 8, "cc", "CCONJ"),
      T("suche", 2, "conj", "VERB", "suchen", morph="Mood=Sub|VerbForm=Fin"), T("Investoren", 8, "obj", "NOUN"),
      T(".", 2, "punct", "PUNCT")], "Canny"),
    # "Für den Theologen Küng sei der Rücktritt verständlich." — "für X" with Konjunktiv I
    ([T("Für", 3, "case", "ADP"), T("den", 2, "det", "DET"), T("Theologen", 3, "nmod", "NOUN", "Theologe"),
      T("Küng", 7, "obl", "PROPN", ent="B-PER"), T("sei", 7, "cop", "AUX", "sein", morph="Mood=Sub|VerbForm=Fin"),
      T("der", 6, "det", "DET"), T("Rücktritt", 7, "nsubj", "NOUN"), T("verständlich", 7, "ROOT", "ADJ"),
      T(".", 7, "punct", "PUNCT")], "den Theologen Küng"),
], ids=["so-x-between-dashes", "fuer-x-subjunctive"])
def test_source_phrases_inside_the_reported_sentence(rows, speaker):
    quotes, _ = quotes_of("de", rows)
    assert [q[2] for q in quotes] == [speaker]




def test_quote_after_a_naming_noun_and_colon_is_a_name():
    # "Die Firma (Motto: „Entsorgung ist Vertrauenssache“) wurde angezeigt, sagte die Polizei."
    rows = [
        T("Die", 1, "det", "DET"), T("Firma", 13, "nsubj:pass", "NOUN"), T("(", 3, "punct", "PUNCT"),
        T("Motto", 1, "appos", "NOUN"), T(":", 3, "punct", "PUNCT"), T("„", 8, "punct", "PUNCT"),
        T("Entsorgung", 8, "nsubj", "NOUN"), T("ist", 8, "cop", "AUX", "sein"), T("Vertrauenssache", 3, "appos", "NOUN"),
        T("“", 8, "punct", "PUNCT"), T(")", 3, "punct", "PUNCT"), T("wurde", 13, "aux:pass", "AUX", "werden"),
        T("heute", 13, "advmod", "ADV"), T("angezeigt", 13, "ROOT", "VERB", "anzeigen"), T(".", 13, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [q for q in quotes if q[0] == "direct"] == []


def test_passive_zitieren_with_an_agent_gives_the_quoted_subject():
    # "Er habe gezahlt, wie Hoyzer von Spiegel-Online zitiert wird."
    rows = [
        T("Er", 2, "nsubj", "PRON"), T("habe", 2, "aux", "AUX", "haben", morph="Mood=Sub|VerbForm=Fin"),
        T("gezahlt", 2, "ROOT", "VERB", "zahlen"), T(",", 8, "punct", "PUNCT"), T("wie", 8, "mark", "SCONJ"),
        T("Hoyzer", 8, "nsubj:pass", "PROPN", ent="B-PER"), T("von", 7, "case", "ADP"),
        T("Spiegel-Online", 8, "obl:agent", "PROPN", ent="B-ORG"), T("zitiert", 2, "advcl", "VERB", "zitieren"),
        T("wird", 8, "aux:pass", "AUX", "werden"), T(".", 2, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert [(q[0], q[2]) for q in quotes] == [("indirect", "Hoyzer")]


def test_opinion_coordinated_with_a_first_verb_takes_its_subject():
    # "McNamara lachte und ist der Meinung, dass es nicht umgesetzt werde."
    rows = [
        T("McNamara", 1, "nsubj", "PROPN", ent="B-PER"), T("lachte", 1, "ROOT", "VERB", "lachen"),
        T("und", 5, "cc", "CCONJ"), T("ist", 5, "cop", "AUX", "sein"), T("der", 5, "det", "DET"),
        T("Meinung", 1, "conj", "NOUN"), T(",", 10, "punct", "PUNCT"), T("dass", 10, "mark", "SCONJ"),
        T("es", 10, "nsubj:pass", "PRON"), T("nicht", 10, "advmod", "PART"), T("umgesetzt", 5, "acl", "VERB", "umsetzen"),
        T("werde", 10, "aux:pass", "AUX", "werden", morph="Mood=Sub|VerbForm=Fin"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert ("indirect", "McNamara", "ist der Meinung") in [(q[0], q[2], q[3]) for q in quotes]


def test_english_object_after_the_verb_stays_the_object_when_the_subject_is_missing():
    # "Yesterday urged Mexico to act on tariffs." — a fragment without subject: Mexico is the one urged, no speaker
    rows = [
        T("Yesterday", 1, "npadvmod", "NOUN", "yesterday"), T("urged", 1, "ROOT", "VERB", "urge"),
        T("Mexico", 1, "dobj", "PROPN", ent="B-GPE"), T("to", 4, "aux", "PART"), T("act", 1, "xcomp", "VERB"),
        T("on", 4, "prep", "ADP"), T("tariffs", 5, "pobj", "NOUN", "tariff"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("en", rows)
    assert all(q[2] != "Mexico" for q in quotes)


def test_speech_verb_beats_a_nearer_subordinate_verb_before_the_colon():
    # "Sie warnte, wenn die Hilfe stocke: „Der Monsun kommt.“"
    rows = [
        T("Sie", 1, "nsubj", "PRON", "sie"), T("warnte", 1, "ROOT", "VERB", "warnen"), T(",", 6, "punct", "PUNCT"),
        T("wenn", 6, "mark", "SCONJ"), T("die", 5, "det", "DET"), T("Hilfe", 6, "nsubj", "NOUN"),
        T("stocke", 1, "advcl", "VERB", "stocken", morph="Mood=Sub|VerbForm=Fin"), T(":", 1, "punct", "PUNCT"),
        T("„", 11, "punct", "PUNCT"), T("Der", 10, "det", "DET"), T("Monsun", 11, "nsubj", "NOUN"),
        T("kommt", 1, "parataxis", "VERB", "kommen"), T(".", 11, "punct", "PUNCT"), T("“", 11, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    (direct,) = [q for q in quotes if q[0] == "direct"]
    assert direct[1] == "Der Monsun kommt." and direct[2] == "Sie" and direct[3] == "warnte"


def test_a_trailing_reporting_frame_is_not_what_the_first_verb_reports():
    # "Japan welcomed the talks , the agency said ." with *said* hung on *welcomed*: Japan welcomed the talks (a
    # clause statement), it did not "welcome" the agency's saying so
    doc = make_doc("en", [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"), ("welcomed", 1, "ROOT", "VERB", "welcome", "VBD"),
        ("the", 3, "det", "DET", "the", "DT"), ("talks", 1, "obj", "NOUN", "talk", "NNS"),
        (",", 7, "punct", "PUNCT", ",", ","), ("the", 6, "det", "DET", "the", "DT"),
        ("agency", 7, "nsubj", "NOUN", "agency", "NN"), ("said", 1, "ccomp", "VERB", "say", "VBD"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE"] + ["O"] * 8)
    result = extract_article(doc, Article(id="t", text=doc.text, lang="en"))
    welcomes = [s for s in result.statements if s.predicate.lemma == "welcome"]
    assert [s.extractor for s in welcomes] == ["clause"]
    assert not any(q.kind == "indirect" and q.start >= doc[5].idx for q in result.quotes)


def test_a_quoted_phrase_before_an_infinitive_cue_is_the_controllers_not_the_objects():
    # 'Obama began urging Americans to “settle down” about his plan to accept refugees .' — 'accept' is a cue verb
    # but an infinitive without a speaker of its own: the refugees after it do not speak; Obama, who began urging,
    # does
    rows = [
        T("Obama", 1, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("began", 1, "ROOT", "VERB", "begin", tag="VBD"),
        T("urging", 1, "xcomp", "VERB", "urge", tag="VBG"), T("Americans", 2, "obj", "PROPN", "American", tag="NNPS"),
        T("to", 7, "mark", "PART", tag="TO"), T("“", 7, "punct", "PUNCT", tag="``"),
        T("settle", 2, "xcomp", "VERB", tag="VB"), T("down", 6, "compound:prt", "ADP", tag="RP"),
        T("”", 6, "punct", "PUNCT", tag="''"), T("about", 11, "case", "ADP", tag="IN"),
        T("his", 11, "nmod:poss", "PRON", tag="PRP$"), T("plan", 6, "obl", "NOUN", tag="NN"),
        T("to", 13, "mark", "PART", tag="TO"), T("accept", 11, "acl", "VERB", tag="VB"),
        T("refugees", 13, "obj", "NOUN", "refugee", tag="NNS"), T(".", 1, "punct", "PUNCT", tag="."),
    ]
    quotes, _ = quotes_of("en", rows)
    assert [(q[1], q[2]) for q in quotes if q[0] == "direct"] == [("settle down", "Obama")]


def test_a_quotation_the_parser_hung_on_the_source_is_no_part_of_it():
    # "Die Themen sind nach Angaben des Leiters „die Moderne“ ." with the quote an apposition of "Leiters"
    rows = [
        T("Die", 1, "det", "DET", "der"), T("Themen", 1, "ROOT", "NOUN", "Thema"), T("sind", 1, "cop", "AUX", "sein"),
        T("nach", 4, "case", "ADP"), T("Angaben", 1, "obl", "NOUN", "Angabe"), T("des", 6, "det", "DET", "der"),
        T("Leiters", 4, "nmod", "NOUN", "Leiter"), T("„", 9, "punct", "PUNCT"), T("die", 9, "det", "DET", "der"),
        T("Moderne", 6, "appos", "NOUN"), T("“", 9, "punct", "PUNCT"), T(".", 1, "punct", "PUNCT"),
    ]
    quotes, _ = quotes_of("de", rows)
    assert {(q[0], q[1], q[2]) for q in quotes} == {
        ("indirect", "Die Themen sind nach Angaben des Leiters „die Moderne", "Angaben des Leiters"),
        ("direct", "die Moderne", "Angaben des Leiters"),
    }


def _said_that(aux, aux_lemma, verb, verb_lemma):
    # "Videgaray <aux> <verb> , dass Mexiko die Zölle ablehne ."
    return [
        T("Videgaray", 2, "nsubj", "PROPN", ent="B-PER"), T(aux, 2, "aux", "AUX", aux_lemma, tag="VAFIN"),
        T(verb, 2, "ROOT", "VERB", verb_lemma, tag="VVPP"), T(",", 8, "punct", "PUNCT"), T("dass", 8, "mark", "SCONJ"),
        T("Mexiko", 8, "nsubj", "PROPN", ent="B-LOC"), T("die", 7, "det", "DET"), T("Zölle", 8, "obj", "NOUN", "Zoll"),
        T("ablehne", 2, "ccomp", "VERB", "ablehnen", tag="VVFIN", morph="Mood=Sub"), T(".", 2, "punct", "PUNCT"),
    ]


WIE_BEKANNT_GAB = [  # "Wie das Präsidium bekannt gab, wird es mehr Kontrollen geben."
    T("Wie", 4, "advmod", "ADV", "wie", tag="PWAV"), T("das", 2, "det", "DET"), T("Präsidium", 4, "nsubj", "NOUN"),
    T("bekannt", 4, "advmod", "ADJ", tag="ADJD"), T("gab", 11, "advcl", "VERB", "geben"),
    T(",", 4, "punct", "PUNCT"), T("wird", 11, "aux", "AUX", "werden"), T("es", 11, "expl", "PRON"),
    T("mehr", 10, "det", "DET"), T("Kontrollen", 11, "obj", "NOUN", "Kontrolle"),
    T("geben", 11, "ROOT", "VERB", "geben"), T(".", 11, "punct", "PUNCT"),
]


@pytest.mark.parametrize(("rows", "cue", "parts"), [
    (_said_that("hatte", "haben", "gesagt", "sagen"), "gesagt", ["hatte"]),
    (_said_that("kann", "können", "sagen", "sagen"), "sagen", []),  # a modal is no part of the cue
    (WIE_BEKANNT_GAB, "gab", ["Wie", "bekannt"]),
], ids=["auxiliary", "modal", "wie-and-particle"])
def test_the_words_of_a_cue_written_apart_from_its_verb(rows, cue, parts):
    quotes, result = quotes_of("de", rows)
    assert [q[3] for q in quotes] == [cue]
    (record,) = result.quotes
    assert [result.article.text[b:e] for b, e in record.cue_parts] == parts


@pytest.mark.parametrize(("verb", "lemma", "target"), [
    ("begrüßte", "begrüßen", "TOPIC:de:plan"),  # an act beyond speaking keeps what it acts on, as a topic
    ("sagte", "sagen", None),                   # plain speech takes no topic from its clause
])
def test_a_quote_statement_takes_its_cue_clauses_target_when_the_quote_names_none(verb, lemma, target):
    # "Merkel <verb> den Plan : „ Das hilft uns . “" (a bundled parse: the quote is parataxis of the cue verb)
    rows = [
        T("Merkel", 1, "nsubj", "PROPN", ent="B-PER"), T(verb, 1, "ROOT", "VERB", lemma),
        T("den", 3, "det", "DET", "der"), T("Plan", 1, "obj", "NOUN"), T(":", 7, "punct", "PUNCT"),
        T("„", 7, "punct", "PUNCT"), T("Das", 7, "nsubj", "PRON", "der"), T("hilft", 1, "parataxis", "VERB", "helfen"),
        T("uns", 7, "obj", "PRON", "wir"), T(".", 7, "punct", "PUNCT"), T("“", 7, "punct", "PUNCT"),
    ]
    _, result = quotes_of("de", rows)
    (statement,) = [s for s in result.statements if s.extractor.startswith("quote")]
    assert (statement.source_id, statement.target_id) == ("PER:angela-merkel", target)


@pytest.mark.parametrize(("noun", "cameo"), [("Plan", "052"), ("Führung", "010")])
def test_a_quote_statement_is_typed_by_its_cue_verb_with_the_clauses_object(noun, cameo):
    # "Merkel verteidigte den <noun> : „ Das hilft uns . “" — defending a lead is sport, not a verbal defence
    rows = [
        T("Merkel", 1, "nsubj", "PROPN", ent="B-PER"), T("verteidigte", 1, "ROOT", "VERB", "verteidigen"),
        T("den", 3, "det", "DET", "der"), T(noun, 1, "obj", "NOUN"), T(":", 7, "punct", "PUNCT"),
        T("„", 7, "punct", "PUNCT"), T("Das", 7, "nsubj", "PRON", "der"), T("hilft", 1, "parataxis", "VERB", "helfen"),
        T("uns", 7, "obj", "PRON", "wir"), T(".", 7, "punct", "PUNCT"), T("“", 7, "punct", "PUNCT"),
    ]
    _, result = quotes_of("de", rows)
    (statement,) = [s for s in result.statements if s.extractor.startswith("quote")]
    assert statement.predicate.cameo == cameo


def interview_rows(labels):
    """ "Alois Stöger spricht . <L1>: Was tun Sie ? <L2>: Ich kritisiere Russland . <L3>: Warum ? <L4>: Es droht ." """
    rows = [T("Alois", 2, "nsubj", "PROPN", ent="B-PER"), T("Stöger", 0, "flat", "PROPN", ent="I-PER"),
            T("spricht", 2, "ROOT", "VERB", "sprechen"), T(".", 2, "punct", "PUNCT")]
    turns = [
        [("Was", "obj", "PRON", "was"), ("tun", "ROOT", "VERB", "tun"), ("Sie", "nsubj", "PRON", "Sie"), ("?", "punct", "PUNCT", "?")],
        [("Ich", "nsubj", "PRON", "ich"), ("kritisiere", "ROOT", "VERB", "kritisieren"),
         ("Russland", "obj", "PROPN", "Russland"), (".", "punct", "PUNCT", ".")],
        [("Warum", "ROOT", "ADV", "warum"), ("?", "punct", "PUNCT", "?")],
        [("Es", "nsubj", "PRON", "es"), ("droht", "ROOT", "VERB", "drohen"), (".", "punct", "PUNCT", ".")],
    ]
    for label, words in zip(labels, turns, strict=True):
        start = len(rows)
        rows += [T(label, start, "ROOT", "PROPN" if label != "STANDARD" else "NOUN"), T(":", start, "punct", "PUNCT")]
        root = start + 2 + next(k for k, w in enumerate(words) if w[1] == "ROOT")
        for word, dep, pos, lemma in words:
            ent = "B-LOC" if word == "Russland" else "O"
            rows.append(T(word, root if dep != "ROOT" else len(rows), dep, pos, lemma, ent=ent))
    return rows


@pytest.mark.parametrize(("labels", "expected"), [
    (["STANDARD", "Stöger", "STANDARD", "Stöger"], {("PER:alois-stoger", "kritisieren", "RUS")}),
    # a label that names no person the article knows attributes nothing: "Ich" stays nobody
    (["STANDARD", "Antwort", "STANDARD", "Antwort"], set()),
])
def test_an_interview_answer_is_the_interviewees_quote(labels, expected):
    quotes, result = quotes_of("de", interview_rows(labels))
    found = {(s.source_id, s.predicate.lemma, s.target_id) for s in result.statements if s.target_id == "RUS"}
    assert found == expected
    if expected:
        assert ("direct", "Ich kritisiere Russland.", "Stöger") in {q[:3] for q in quotes}
