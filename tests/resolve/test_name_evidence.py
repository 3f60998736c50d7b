"""Evidence around names (:mod:`graphbuild.resolve.name_evidence`), asked directly; the behaviour through
:class:`ArticleActors` is tested in test_actors.py and test_identity.py."""

from __future__ import annotations

import pytest

from graphbuild.models import Actor
from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.name_evidence import same_bearer, topical_before
from tests.conftest import make_doc


@pytest.mark.parametrize(("words", "expected"), [
    (["Russia", "specialists", "praised", "him"], True),   # by the plural's lemma
    (["Iran", "expert", "Cliff", "Kupchan"], True),
    (["Russia", "praised", "the", "experts"], False),      # not right before
])
def test_a_state_right_before_a_topical_role_noun_is_its_field(words, expected):
    lemmas = {"specialists": "specialist", "experts": "expert"}
    doc = make_doc("en", [(w, 0, "dep" if i else "ROOT", "X", lemmas.get(w, w)) for i, w in enumerate(words)])
    assert topical_before(ArticleActors(lang="en", scheme="ud"), doc[0]) is expected


@pytest.mark.parametrize(("country", "said", "given", "expected"), [
    (None, None, False, True),      # nothing contradicts the stored Brian Hale
    ("GBR", None, False, False),    # another country
    (None, "fem", False, False),    # "Lady Hale": the other gender
    (None, "masc", False, True),
    (None, None, True, False),      # a bare given name is nobody's surname
])
def test_a_bare_surname_is_the_stored_bearer_unless_the_article_contradicts_them(country, said, given, expected):
    stored = Actor(id="PER:brian-hale", name="Brian Hale", kind="person", country="USA")
    assert same_bearer(ArticleActors(lang="en", scheme="ud"), "Hale", stored, country, given, said) is expected
