"""Article-level decisions of :mod:`graphbuild.extract.article` that need no parse."""

from __future__ import annotations

from collections import Counter

import pytest

from graphbuild.extract.article import home_country


@pytest.mark.parametrize(("mentions", "expected"), [
    ({"USA": 3}, "USA"),
    ({"USA": 6, "IRN": 3}, "USA"),  # twice as often as any other
    ({"USA": 5, "IRN": 3}, None),  # no clear lead
    ({"USA": 2}, None),  # too few mentions to say
    ({}, None),
])
def test_the_home_country_is_the_one_the_article_clearly_names_most(mentions, expected):
    assert home_country(Counter(mentions)) == expected
