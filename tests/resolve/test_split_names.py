"""Person entities the NER split after a given name, joined before names are resolved."""

from __future__ import annotations

import pytest

from graphbuild.resolve.split_names import join_split_names
from tests.conftest import make_doc


def doc_with(words, ents):
    rows = [(w, 0, "ROOT" if i == 0 else "dep", "PROPN", w, "NNP", "") for i, w in enumerate(words)]
    return make_doc("en", rows, ents=ents)


@pytest.mark.parametrize(("words", "ents", "expected", "joined"), [
    (["John", "Dowd", "said"], ["B-PER", "B-PER", "O"], ["John Dowd"], 1),
    (["Ben", "Ray", "Luján", "said"], ["B-PER", "B-PER", "I-PER", "O"], ["Ben Ray Luján"], 1),
    # not after a word that is no listed given name, nor across a comma, nor with another label
    (["Trump", "Obama", "said"], ["B-PER", "B-PER", "O"], ["Trump", "Obama"], 0),
    (["John", ",", "Dowd"], ["B-PER", "O", "B-PER"], ["John", "Dowd"], 0),
    (["John", "Pentagon"], ["B-PER", "B-ORG"], ["John", "Pentagon"], 0),
])
def test_a_given_name_entity_joins_the_person_entity_right_after_it(words, ents, expected, joined):
    doc = doc_with(words, ents)
    assert join_split_names(doc) == joined
    assert [e.text for e in doc.ents] == expected
