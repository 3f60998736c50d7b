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


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Iowa", "en", "USA"), ("München", "de", "DEU"), ("Munich", "en", "DEU"), ("Kärnten", "de", "AUT"),
    ("Zurich", "en", "CHE"),  # the folded spelling too
    ("Gaza", "en", "PSE"),
    ("Tel Aviv", "de", "ISR"),  # a dateline the NER took for a person ("Tel Aviv – Forscher …")
    ("D.C.", "en", "USA"),  # "Washington, D.C., is not a state": no organisation
    ("iowa", "en", None),  # written as a name only
    ("Georgia", "en", None),  # the state of that name, never the US state
    ("Wien", "de", None),  # a capital stands for its government: not a mere place
])
def test_places_are_regions_and_cities_that_lie_in_a_state(text, lang, expected):
    assert load_gazetteer().place(text, lang) == expected


def test_a_place_never_stands_for_a_government():
    g = load_gazetteer()
    assert g.place("Hamburg", "de") == "DEU" and g.seat("Hamburg", "de") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("UN", "UNO"), ("U.N.", "UNO"), ("Uno", "UNO"), ("Un", None),  # Kim Jong Un's "Un" is not the UN
    ("EU", "EU"), ("Eu", None), ("Iran", "IRN"), ("IRAN", "IRN"), ("Nato", "NATO"),
])
def test_short_names_match_only_as_written_or_in_capitals(text, expected):
    g = load_gazetteer()
    assert (g.state_or_org(text, "en") or g.state_or_org(text, "de")) == expected


@pytest.mark.parametrize(("name", "country", "role"), [
    ("Bernie Sanders", "USA", "senator"),        # persons the 300 dev articles named most without a country
    ("William Barr", "USA", "attorney general"),
    ("Bill Barr", "USA", "attorney general"),    # an alias
    ("Johanna Mikl-Leitner", "AUT", "interior minister"),
    ("Walid Moallem", "SYR", "foreign minister"),  # another transliteration
])
def test_well_known_persons_have_their_country_and_main_role(name, country, role):
    found = load_gazetteer().person(name)
    assert found is not None and (found.country, found.roles[0]) == (country, role)


@pytest.mark.parametrize(("title", "role"), [
    ("Director of National Intelligence", "intelligence chief"),  # a four-word title, not "director" alone
    ("director", "director"),
])
def test_titles_name_their_role(title, role):
    found = load_gazetteer().role(title, "en")
    assert found is not None and found.role == role


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Saudi Arabien", "de", "SAU"), ("Saudi-Arabien", "de", "SAU"), ("Saudi Arabien", "en", None),
    ("Costa Rica", "de", "CRI"),  # a name written with a space is found as written
])
def test_a_german_hyphenated_name_is_found_written_without_its_hyphen(text, lang, expected):
    assert load_gazetteer().state_or_org(text, lang) == expected
