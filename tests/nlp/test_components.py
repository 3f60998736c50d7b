"""graphbuild's own pipeline components, on blank pipelines (tokenizer only), so no trained model is involved."""

import pytest
import spacy

from graphbuild.nlp.components import add_graphbuild_components


def sentence_starts(lang: str, text: str) -> list[str]:
    nlp = spacy.blank(lang)
    add_graphbuild_components(nlp)
    return [t.text for t in nlp(text) if t.is_sent_start]


@pytest.mark.parametrize(("lang", "text", "starts"), [
    # a dateline after a teaser sentence, with several places: both sides are sentence starts
    ("de", "Gewerkschaft lanciert Rechner. Wien/Graz – Schirnhofer hat die Pleite erwischt.", ["Wien", "Schirnhofer"]),
    ("en", "WASHINGTON (Reuters) - Top U.S. Republicans said on Sunday they would act.", ["Top"]),
    ("en", "ANNAPOLIS, Md. (Reuters) - A man shot five people.", ["A"]),
    ("en", "Al ASAD AIR BASE, Iraq (Reuters) - President Donald Trump visited troops.", ["President"]),
])
def test_a_dateline_before_a_dash_is_set_apart(lang, text, starts):
    found = sentence_starts(lang, text)
    assert all(word in found for word in starts), found


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("de", "Franzosen verteidigen 2:1-Führung – Kritische Stimmen zu Schiedsrichtern.", "Kritische"),  # a verb
    ("en", "Treasury Secretary Steve Mnuchin - the first of the delegation - arrived.", "the"),  # lower case after
    ("de", "Die Regierung – Kanzler und Minister – hat entschieden.", "Kanzler"),  # a function word
    ("en", "He spoke. Feldman-Piltch said the idea came.", "Piltch"),  # a hyphen inside a word is no dash
])
def test_a_dash_after_words_that_are_no_dateline_starts_nothing(lang, text, word):
    assert word not in sentence_starts(lang, text)


@pytest.mark.parametrize(("text", "start", "expected"), [
    ("(CNN) High-level advisers were in constant communication, officials tell CNN.", "High", True),
    ("(AP Photo) The president spoke.", "The", True),
    ("(in brief) The president spoke.", "The", False),  # no agency: a lower-case word inside
    ("The president (CNN) Spoke.", "Spoke", False),  # not the article's opening
])
def test_a_bracketed_agency_opening_the_article_is_set_apart(text, start, expected):
    assert (start in sentence_starts("en", text)) is expected


def test_a_dash_far_into_the_article_is_no_dateline():
    text = "Er ging. " * 60 + "Wien – Die Regierung tagte."
    assert "Die" not in sentence_starts("de", text)


@pytest.mark.parametrize(("text", "starts"), [
    # four labels: an interview, each label and each turn starts a sentence
    (("STANDARD: Aber sobald es geht, üben viele Druck aus. Stöger: Dann sollen sie es. STANDARD: Warum? "
      "Stöger: Darum."), ["Aber", "Stöger", "Dann", "Warum", "Darum"]),
])
def test_the_speaker_labels_of_an_interview_are_set_apart(text, starts):
    found = sentence_starts("de", text)
    assert all(word in found for word in starts), found


def test_a_colon_or_two_after_capitalised_words_is_no_interview():
    # "Zum Vergleich: Die …" once, or twice, is a colon in running text
    found = sentence_starts("de", "Ein Beispiel: Die Regierung tagte. Erstes Plasma: Das Experiment lief gut.")
    assert "Die" not in found and "Das" not in found


def test_no_sentence_starts_inside_a_hyphenated_word():
    nlp = spacy.blank("en")
    add_graphbuild_components(nlp)
    doc = nlp("Mr. Feldman-Piltch said the idea came.")
    assert [(t.text, t.is_sent_start) for t in doc[1:4]] == [("Feldman", None), ("-", False), ("Piltch", False)]
