"""Orientation adjectives ("pro-Russian", "anti-American") name no country, on hand-built parses."""

from __future__ import annotations

import pytest

from graphbuild.extract.article import extract_article
from graphbuild.extract.orientation import merge_orientation_adjectives
from graphbuild.models import Article
from tests.conftest import make_doc


def _doc(prefix: str, adjective: str, noun: str, *, glued: bool = True):
    # "PREFIX-ADJECTIVE NOUN attacked Ukraine ." as the English tokenizer splits it
    rows = [
        (prefix, 3, "compound", "NOUN", prefix.lower(), "NN"), ("-", 3, "punct", "PUNCT", "-", "HYPH"),
        (adjective, 3, "amod", "ADJ", adjective, "JJ"), (noun, 4, "nsubj", "NOUN", noun, "NNS"),
        ("attacked", 4, "ROOT", "VERB", "attack", "VBD"), ("Ukraine", 4, "obj", "PROPN", "Ukraine", "NNP"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    spaces = [not glued, not glued, True, True, True, False, False]
    return make_doc("en", rows, ents=["O", "O", "O", "O", "O", "B-LOC", "O"], spaces=spaces)


@pytest.mark.parametrize(("prefix", "adjective", "noun"), [
    ("Pro", "Russian", "separatists"), ("Anti", "American", "protesters"), ("pro", "Iranian", "militias")])
def test_an_orientation_adjective_gives_its_noun_no_country(prefix, adjective, noun):
    doc = _doc(prefix, adjective, noun)
    result = extract_article(doc, Article(id="t", text=doc.text, lang="en", date="2017-02-23"))
    countries = {a.country for a in result.actors if any(s.source_id == a.id for s in result.statements)}
    assert countries <= {None}, countries


def test_only_a_glued_prefix_is_merged_into_one_adjective():
    glued = _doc("Pro", "Russian", "separatists")
    assert merge_orientation_adjectives(glued, "en") == 1
    assert [t.text for t in glued][:2] == ["Pro-Russian", "separatists"] and glued[0].pos_ == "ADJ"
    spaced = _doc("Pro", "Russian", "separatists", glued=False)  # "Pro - Russian": a dash between words
    assert merge_orientation_adjectives(spaced, "en") == 0 and len(spaced) == 7
