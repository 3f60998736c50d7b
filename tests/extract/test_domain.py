"""Sports reports (:mod:`graphbuild.extract.domain`): which articles are, and which of their statements keep a type."""

from __future__ import annotations

import pytest

from graphbuild.extract.article import extract_article
from graphbuild.extract.domain import political, sports_article, sports_words_in
from graphbuild.models import Actor, Article
from graphbuild.nlp.pipelines import bundled_path, load
from graphbuild.resolve.gazetteer import load_gazetteer
from tests.conftest import make_doc


def words(lang: str, text: str):
    return make_doc(lang, [(w, i, "dep" if i else "ROOT", "X", w) for i, w in enumerate(text.split())])


@pytest.mark.parametrize(("lang", "text", "found"), [
    # a hyphenated compound counts by its parts
    ("de", "Bundesliga-Spitzenreiter Bayern gewann das Hinspiel", {"bundesliga", "spitzenreiter", "hinspiel"}),
    ("de", "Die Regierung gewann die Wahl", set()),
    ("en", "The coach said the season was over for the quarterback", {"coach", "season", "quarterback"}),
])
def test_sports_words_are_counted_once_each(lang, text, found):
    assert sports_words_in(words(lang, text), lang) == found


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Bundesliga-Spitzenreiter Bayern gewann das Hinspiel", True),
    # two different words are not enough, nor is one word repeated
    ("de", "Der Trainer lobte den Trainer und die Bundesliga", False),
    ("en", "The coach praised the league , the stadium and the tournament", True),
    # English political news speaks of seasons, leagues and coaches: three words are not enough
    ("en", "The coach praised the league and the tournament", False),
])
def test_an_article_with_enough_different_sports_words_is_a_sports_report(lang, text, expected):
    assert sports_article(words(lang, text), lang) is expected


@pytest.mark.parametrize(("actor", "expected"), [
    (Actor(id="DEU", name="Germany", kind="state", country="DEU"), True),
    (Actor(id="AUTGOV", name="Government of Austria", kind="government", country="AUT"), True),
    (Actor(id="DEUAFD", name="AfD", kind="organisation", country="DEU"), True),  # a party the gazetteer lists
    (Actor(id="PER:x", name="X", kind="person", sector="LEG"), True),  # an office holder
    (Actor(id="PER:y", name="Y", kind="person", roles=["party leader"]), True),  # a person with a role
    (Actor(id="PER:angela-merkel", name="Angela Merkel", kind="person", qid="Q567"), True),  # a listed person
    (Actor(id="ORG:1-fc-koln", name="1. FC Köln", kind="organisation", country="DEU"), False),  # a club
    (Actor(id="PER:maria-scharapowa", name="Maria Scharapowa", kind="person", country="RUS"), False),  # a player
])
def test_political_actors(actor, expected):
    assert political(actor.id, {actor.id: actor}, load_gazetteer()) is expected


def test_an_actor_only_the_gazetteer_knows_is_political_by_its_entry():
    assert political("NATO", {}, load_gazetteer()) is True
    assert political("ORG:unknown", {}, load_gazetteer()) is False
    assert political(None, {}, load_gazetteer()) is False


def statements(lang: str, text: str) -> dict[str, tuple[str | None, str | None]]:
    nlp = load(lang, str(bundled_path(lang)))
    result = extract_article(extract := nlp(text), Article(id="s", text=text, lang=lang, date="2016-04-02"))
    assert extract.text == text
    names = {a.id: a.name for a in result.actors}
    return {names[s.source_id]: (s.predicate.lemma, s.predicate.plover) for s in result.statements}


SPORTS = ("Bayern München hat in der Bundesliga fünf Zähler Vorsprung. Der Spitzenreiter gewann das Hinspiel. ")


@pytest.mark.parametrize(("text", "source", "plover"), [
    # a club hosting its rival in a sports report: a match, no visit
    (SPORTS + "Der 1. FC Köln empfängt am Samstag Borussia Dortmund.", "1. FC Köln", None),
    # the same sentence outside a sports report keeps its type
    ("Der 1. FC Köln empfängt am Samstag Borussia Dortmund.", "1. FC Köln", "CONSULT"),
    # a politician in a sports report still acts politically
    (SPORTS + "Angela Merkel kritisierte den Verband scharf.", "Angela Merkel", "ACCUSE"),
])
def test_in_a_sports_report_only_statements_with_a_political_actor_keep_their_type(text, source, plover):
    found = statements("de", text)
    assert source in found
    assert (found[source][1] or None) == plover


def test_a_club_travelling_to_a_state_in_a_sports_report_is_no_visit():
    # the state travelled to is political, but only where the club goes: the traveller decides
    found = statements("de", SPORTS + "Benfica Lissabon reiste am Dienstag nach Russland.")
    assert found["Benfica Lissabon"][0] == "reisen" and not found["Benfica Lissabon"][1]
