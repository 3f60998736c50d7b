"""Gazetteer names are found only where the text writes them as names."""

from __future__ import annotations

import pytest

from graphbuild.resolve.gazetteer import load_gazetteer


@pytest.mark.parametrize(("text", "expected"), [
    ("Island", "ISL"), ("island", None),  # German "Island" is Iceland; the English island is no state
    ("Malé", "MDV"), ("male", None),  # the Maldives' capital, not "a black male"
    ("Male", None),  # and not the folded spelling, a word in both languages ("einige Male", "Male voters")
    ("US", "USA"), ("us", None), ("WHO", "WHO"), ("who", None),
])
def test_names_capitals_and_prefixes_need_a_capital_letter(text, expected):
    g = load_gazetteer()
    found = g.state_or_org(text, "en") or g.seat(text, "en") or g.prefix(text, "en")
    assert (found[:3] if found else None) == (expected[:3] if expected else None)
