"""Runs of spaces inside a line: the components see them collapsed, the document keeps the original text."""

from __future__ import annotations

import pytest
import spacy

from graphbuild.nlp.components import add_graphbuild_components
from graphbuild.nlp.pipelines import load
from graphbuild.nlp.spacing import INNER_RUN, restore

RUNS = [
    ("de", "Die Opposition  lehnte den  Plan ab. Fotograf Laurent  Mekul sagte\tdas."),
    ("de", "Verkehrsminister Alois Stöger (SPÖ)  ersehnte den Taktverkehr.\n\nDer  Rest folgt."),
    ("en", "The opposition  rejected the  plan.   Minister Mike  Pence\tsaid so."),
]


@pytest.mark.parametrize(("text", "collapsed"), [
    ("a  b", "a b"), ("a\tb", "a b"), ("a \t b", "a b"), ("a b", "a b"),
    ("a\n\n  b", "a\n\n  b"),  # line breaks and indentation stay: the line-break component reads them
    ("  a", "  a"), ("a  \nb", "a  \nb"),
])
def test_only_runs_inside_a_line_are_collapsed(text, collapsed):
    assert INNER_RUN.sub(" ", text) == collapsed


@pytest.mark.parametrize(("lang", "text"), RUNS)
def test_the_document_keeps_the_original_text_and_its_whitespace_tokens(lang, text):
    nlp = spacy.blank(lang)
    add_graphbuild_components(nlp)
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc] == [t.text for t in spacy.blank(lang)(text)]  # spaCy's own tokenization
    assert all(t.pos_ == "SPACE" for t in doc if t.is_space and "\n" not in t.text)


@pytest.mark.parametrize(("lang", "text"), RUNS)
def test_the_bundled_pipelines_parse_a_text_with_runs_as_the_text_without(lang, text):
    nlp = load(lang)
    with_runs, without = nlp(text), nlp(INNER_RUN.sub(" ", text))
    words = [t for t in with_runs if not (t.is_space and "\n" not in t.text)]
    assert [t.text for t in words] == [t.text for t in without]
    position = {t.i: n for n, t in enumerate(words)}
    assert [(t.tag_, t.dep_, position[t.head.i], t.ent_iob_, t.ent_type_) for t in words] == \
        [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in without]
    assert len(list(with_runs.sents)) == len(list(without.sents))


def test_a_run_inside_a_name_stays_inside_the_entity():
    nlp = load("de")
    doc = nlp("Gestern sagte der Fotograf Laurent  Mekul in Wien etwas.")
    names = [e.text for e in doc.ents if e.label_ == "PER"]
    plain = [e.text for e in nlp("Gestern sagte der Fotograf Laurent Mekul in Wien etwas.").ents if e.label_ == "PER"]
    assert [n.replace("  ", " ") for n in names] == plain


def test_a_run_is_a_whitespace_token_hung_on_the_word_before_it():
    nlp = load("de")
    doc = nlp("Die Opposition  lehnte den Plan ab.")
    run = doc[2]
    assert run.text == " " and run.pos_ == "SPACE" and run.dep_ == "dep" and run.head.i == 1
    assert len(list(doc.sents)) == 1


def test_texts_that_do_not_align_keep_the_collapsed_document():
    nlp = spacy.blank("de")
    doc = nlp("Die Opposition lehnte ab.")
    assert restore(doc, "Ganz  anderer Text.") is doc
