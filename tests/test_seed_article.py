"""The seed article (../shared/seed/article_de.txt) end to end: the acceptance examples of the product brief."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from tests.conftest import shared_path

runner = CliRunner()

PERSONS = {
    "Rex Tillerson": "USA", "John F. Kelly": "USA", "Sean Spicer": "USA", "Donald Trump": "USA",
    "Luis Videgaray": "MEX", "Enrique Peña Nieto": "MEX", "Ildefonso Guajardo": "MEX", "Alejandro Hope": "MEX",
}


@pytest.fixture(scope="module")
def statements(tmp_path_factory):
    seed = shared_path("seed", "article_de.txt")
    tmp = tmp_path_factory.mktemp("seed")
    result = runner.invoke(app, ["ingest", str(seed), "--db", str(tmp / "g.db")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = tmp / "s.jsonl"
    result = runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", str(tmp / "g.db")])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_videgaray_criticises_the_us_measures(statements):
    found = [s for s in statements if s["source"]["name"] == "Luis Videgaray" and s["target"]
             and s["predicate"]["cameo"].startswith("11") and s["target"]["country"] == "USA"]
    assert found, [(s["source"]["name"], s["predicate"]["lemma"], s["target"]) for s in statements]
    assert found[0]["quote"], "the criticism is a quote and keeps its text"


def test_every_named_person_has_the_right_country_and_one_node(statements):
    people = {}
    for s in statements:
        for side in ("source", "target"):
            actor = s[side]
            if actor and actor.get("kind") == "person":
                people.setdefault(actor["name"], set()).add((actor["id"], actor["country"]))
    for name, country in PERSONS.items():
        if name in people:
            assert people[name] == {(next(iter(people[name]))[0], country)}, (name, people[name])
    assert {"Rex Tillerson", "Luis Videgaray", "John F. Kelly", "Enrique Peña Nieto"} <= set(people)
    assert not any("Tillerson" in n and n != "Rex Tillerson" for n in people), "Tillerson is one node"
    assert set(people) <= set(PERSONS), f"persons the article does not name: {set(people) - set(PERSONS)}"


def test_mexico_warns_against_tariffs_and_the_ministers_meet(statements):
    triples = {(s["source"]["name"], s["predicate"]["cameo"], (s["target"] or {}).get("name")) for s in statements}
    assert ("Ildefonso Guajardo", "130", "Zölle oder Importquoten") in triples
    assert ("Rex Tillerson", "040", "Luis Videgaray") in triples


def test_the_cancelled_meeting_of_the_presidents_is_between_trump_and_pena_nieto(statements):
    # "Nach dem abgesagten Treffen der Präsidenten Trump und Peña Nieto Ende Januar": not "Peña Nieto Ende"
    triples = {(s["source"]["name"], s["predicate"]["cameo"], (s["target"] or {}).get("name")) for s in statements}
    assert {("Donald Trump", "040", "Enrique Peña Nieto"), ("Enrique Peña Nieto", "040", "Donald Trump")} <= triples
