"""User actor dictionaries: graphbuild YAML/CSV, PETRARCH text and JSON, with actionable errors."""

from __future__ import annotations

import json

import pytest

from graphbuild.errors import ActorDictionaryError
from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.dictionary import (
    load_coded_phrases,
    load_dictionary,
    parse_dates,
    read_entries,
)
from tests.conftest import make_doc, shared_path

YAML = """
actors:
  - name: Rex Tillerson
    aliases: [Tillerson, Rex W. Tillerson]
    country: usa
    roles: [foreign minister]
    qid: Q1357
    cameo: USAGOV
    from: 2017-02-01
    to: 2018-03-31
  - name: Mercosur
    kind: organisation
    aliases: [Mercosul]
"""


def test_yaml_dictionary_supplies_ids_aliases_and_facts(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(YAML, encoding="utf-8")
    index = load_dictionary(path)
    entry = index.entries["PER:rex-tillerson"]
    assert (entry.country, entry.roles, entry.qid, entry.date_from) == ("USA", ["foreign minister"], "Q1357",
                                                                          "2017-02-01")
    assert index.aliases["tillerson"] == "PER:rex-tillerson"
    assert index.entries["ORG:mercosur"].kind == "organisation"
    # a bare alias in an article lands on the dictionary actor, with its facts
    doc = make_doc("de", [("Tillerson", 0, "ROOT", "PROPN", "Tillerson")], ents=["B-PER"])
    actor = ArticleActors(lang="de", scheme="ud", identity=index, date="2017-02-23").resolve(doc[0]).actor
    assert (actor.id, actor.country, actor.qid) == ("PER:rex-tillerson", "USA", "Q1357")
    # outside the entry's validity the dictionary does not apply (the name is still a person, without its facts)
    later = ArticleActors(lang="de", scheme="ud", identity=index, date="2019-06-01").resolve(doc[0]).actor
    assert later.qid is None


def test_csv_dictionary_and_line_numbers_in_errors(tmp_path):
    good = tmp_path / "a.csv"
    good.write_text("name,aliases,kind,country,roles\nLuis Videgaray,Videgaray|L. Videgaray,person,MEX,"
                    "foreign minister\n", encoding="utf-8")
    index = load_dictionary(good)
    assert index.entries["PER:luis-videgaray"].aliases == ["Videgaray", "L. Videgaray"]
    bad = tmp_path / "b.csv"
    bad.write_text("name,kind,country\nX,person,MEX\nY,planet,MEX\n", encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match=r"b.csv:3: kind 'planet'"):
        load_dictionary(bad)
    worse = tmp_path / "c.csv"
    worse.write_text("name,country\nZ,Mexico\n", encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="ISO-3"):
        load_dictionary(worse)
    with pytest.raises(ActorDictionaryError, match="A008"):
        load_dictionary(tmp_path / "missing.yaml")


def test_yaml_words_that_yaml_1_1_reads_as_booleans_stay_words(tmp_path):
    # Norway's ISO-2 code was read as False and the country silently dropped; now it is named in the error
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Jonas Gahr Store\n    country: NO\n", encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match="country 'NO' must be an ISO-3 code"):
        load_dictionary(path)
    path.write_text("actors:\n  - name: Yes Party\n    kind: organisation\n    aliases: [yes, on]\n",
                    encoding="utf-8")
    (entry,) = read_entries(path)
    assert entry.aliases == ["yes", "on"]


def test_petrarch_text_format_with_dated_codes(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(
        "# comment\nGOLLUM\n+SMEAGOL\n[HOB <950601]\n[HOBGOV 950601-990815]\n[HOBREB >990816]\n"
        "UNITED_STATES [USA]\n+AMERICA\nPRINCE_OF_DOL_AMROTH [---  <950630]\n[DOL]\n", encoding="utf-8")
    phrases = {p.phrase: p for p in load_coded_phrases(path)}
    gollum = phrases["GOLLUM"]
    assert gollum.synonyms == ["SMEAGOL"]
    assert [gollum.code_on(d) for d in ("1994-01-01", "1997-05-05", "2000-01-01")] == ["HOB", "HOBGOV", "HOBREB"]
    assert phrases["PRINCE OF DOL AMROTH"].code_on("2001-01-01") == "DOL"
    index = load_dictionary(path)
    assert index.aliases["america"] == "USA" and index.entries["USA"].kind == "state"
    bad = tmp_path / "bad.txt"
    bad.write_text("+ORPHAN\n", encoding="utf-8")
    with pytest.raises(ActorDictionaryError, match=r"bad.txt:1: synonym line before any actor"):
        load_coded_phrases(bad)


def test_petrarch_json_rendering_from_shared_eval():
    path = shared_path("eval", "petrarch_validate_actors.json")
    phrases = load_coded_phrases(path)
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    assert len(phrases) == len(data)
    arnor = next(p for p in phrases if p.phrase == "ARNOR")
    assert arnor.code_on(None) == "ARN"


@pytest.mark.parametrize(("spec", "expected"), [
    ("<950601", (None, "19950601")), (">990816", ("19990816", None)), ("950601-990815", ("19950601", "19990815")),
    ("19950601 - 19990815", ("19950601", "19990815")), (None, (None, None))])
def test_petrarch_date_restrictions(spec, expected):
    assert parse_dates(spec) == expected


def test_dictionary_phrase_matches_without_the_article_and_owns_topics(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - name: Prince of Dol Amroth\n    kind: organisation\n    cameo: DOL\n"
                    "  - name: Bree\n    kind: state\n    country: BRE\n", encoding="utf-8")
    index = load_dictionary(path)
    # "the Prince of Dol Amroth": the dictionary names the phrase without its article
    doc = make_doc("en", [("the", 1, "det", "DET", "the"), ("Prince", 1, "ROOT", "PROPN", "Prince"),
                          ("of", 4, "case", "ADP", "of"), ("Dol", 4, "compound", "PROPN", "Dol"),
                          ("Amroth", 1, "nmod", "PROPN", "Amroth")])
    actors = ArticleActors(lang="en", scheme="ud", identity=index)
    found = actors.resolve(doc[1])
    assert found is not None and found.actor.name == "Prince of Dol Amroth"
    assert actors.named_code("Bree") == index.aliases["bree"]
    assert actors.named_code("Mexico") == "MEX" and actors.named_code("Frodo") is None
