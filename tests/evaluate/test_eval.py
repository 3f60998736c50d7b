"""Scoring logic on synthetic gold, and the extractor against a committed baseline on fixed gold slices."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.evaluate import events as ev
from graphbuild.evaluate import quotes as qu
from graphbuild.evaluate.metrics import multiset_match
from graphbuild.models import QuoteRecord
from tests.conftest import REPO, shared_path

BASELINE = REPO / "tests" / "baselines" / "eval.json"
#: a clear regression: F1 more than this below the committed baseline fails CI
TOLERANCE = 0.05


def test_event_levels_and_alternatives():
    gold = ev.GoldSentence("s", "text", None, [[("ARN", "GON", "064")], [("ARNGOV", "GON", "050")]])
    scores = ev.score_sentence([("ARNGOV", "GONMIL", "0641")], gold)
    assert scores["root"].tp_gold == 1, "root: countries and 2-digit root match the canonical expected"
    assert scores["actors"].tp_gold == 1 and scores["event"].tp_gold == 1
    assert scores["code"].tp_gold == 0, "full codes differ"
    assert ev.score_sentence([("ARNGOV", "GON", "050")], gold)["code"].tp_gold == 1, "alt_expected is accepted"
    none = ev.score_sentence([], ev.GoldSentence("e", "t", None, [[]]))
    assert none["root"].pred == 0 and none["root"].gold == 0


def test_compound_codes_expand_and_gold_filters(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "text": "A", "canonical": True, "expected": [{"source": "FRO/BIL", "target": "ELR", "event": "064"}]},
        {"id": "2", "text": "B", "canonical": False, "expected": []},
        {"id": "3", "text": "C", "canonical": True, "expected": [], "flags": {"gold_missing": True}},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (sentence,) = list(ev.read_gold(path))
    assert sentence.alternatives == [[("FRO", "ELR", "064"), ("BIL", "ELR", "064")]]


def test_petrarch_gold_country_codes_of_the_keds_era_are_read_as_iso(tmp_path):
    path = tmp_path / "gold.jsonl"
    row = {"id": "1", "text": "The Kuwait government restored ties with Libya.", "canonical": True,
           "expected": [{"source": "KUWGOV", "target": "LBY/ITL", "event": "064"}]}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (sentence,) = list(ev.read_gold(path))
    assert sentence.alternatives == [[("KWTGOV", "LBY", "064"), ("KWTGOV", "ITA", "064")]]


def test_multiset_matching_counts_each_gold_once():
    prf = multiset_match(["a", "a", "b"], ["a", "c"])
    assert (prf.tp_pred, prf.pred, prf.tp_gold, prf.gold) == (1, 3, 1, 2)
    assert prf.precision == pytest.approx(1 / 3) and prf.recall == pytest.approx(0.5)


def test_quote_scoring_overlap_and_half_coverage():
    gold = qu.GoldArticle("x", "t" * 200, None, speakers={(10, 20)}, cues={(21, 26)}, quotes=[[(30, 70)], [(100, 110)]])
    pred = [QuoteRecord(start=35, end=60, kind="direct", speaker_start=15, speaker_end=30, cue_start=0, cue_end=5),
            QuoteRecord(start=104, end=108, kind="direct")]
    scores = qu.score_article(pred, gold)
    assert (scores["speaker"].tp_pred, scores["speaker"].pred, scores["speaker"].tp_gold) == (1, 1, 1)
    assert (scores["cue"].tp_pred, scores["cue"].gold) == (0, 1)
    assert scores["quote"].tp_gold == 1, "25 of 40 characters covered: matched; 4 of 10: not"
    assert scores["quote"].tp_pred == 1


def test_a_cue_written_apart_is_scored_by_each_of_its_words():
    # gold cue "Wie … mitteilte" as two spans; the prediction's verb and its part "Wie" match one each
    gold = qu.GoldArticle("x", "t" * 200, None, cues={(0, 3), (30, 39)})
    pred = [QuoteRecord(start=50, end=90, kind="indirect", cue_start=30, cue_end=39, cue_parts=[(0, 3)])]
    cue = qu.score_article(pred, gold)["cue"]
    assert (cue.tp_pred, cue.pred, cue.tp_gold, cue.gold) == (2, 2, 2, 2)


def _run(*args: str) -> dict:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_event_extraction_does_not_regress_on_the_fixed_slice():
    gold = shared_path("eval", "petrarch_validation.jsonl")
    actors = shared_path("eval", "petrarch_validate_actors.json")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["events"]
    scores = _run("eval", "events", "--gold", str(gold), "--actors", str(actors), "--limit",
                  str(baseline["sentences"]), "--format", "json")
    assert {"sentences", "root", "code", "event", "actors"} <= set(scores), "the documented keys stay"
    assert {"precision", "recall", "f1"} <= set(scores["root"])
    # the per-suite breakdown adds up to the whole
    assert sum(s["sentences"] for s in scores["suites"].values()) == scores["sentences"]
    assert sum(s["root"]["matched"] for s in scores["suites"].values()) == scores["root"]["matched"]
    for level in ("root", "event", "actors"):
        assert scores[level]["f1"] >= baseline[level]["f1"] - TOLERANCE, (level, scores[level], baseline[level])


def test_quote_attribution_does_not_regress_on_the_fixed_slice():
    articles = shared_path("news", "dewikinews_quotes_de", "dev.jsonl")
    gold = shared_path("news", "dewikinews_quotes_de", "dev_gold_quotes.jsonl")
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))["quotes"]
    scores = _run("eval", "quotes", "--articles", str(articles), "--gold", str(gold), "--limit",
                  str(baseline["articles"]), "--format", "json")
    assert set(scores) == {"articles", "speaker", "cue", "quote"}
    for part in ("speaker", "cue", "quote"):
        assert scores[part]["f1"] >= baseline[part]["f1"] - TOLERANCE, (part, scores[part], baseline[part])


def test_plover_gold_pairs_and_scoring(tmp_path):
    from graphbuild.evaluate import plover as pl

    path = tmp_path / "plover.jsonl"
    rows = [
        {"id": "a", "text": "Jordan and Britain agreed.", "expected": [
            {"source": [{"code": "JOR"}, {"code": "GBR"}], "target": [], "event": "AGREE"}]},
        {"id": "b", "text": "Syria threatened Israel.", "expected": [
            {"source": [{"code": "SYRGOV"}], "target": [{"code": "ISR"}], "event": "THREATEN"}]},
        {"id": "c", "text": "Peru protested.", "expected": [{"source": [{"code": "PER"}], "target": [], "event": "PROTEST"}]},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b, c = pl.read_gold(path)
    assert sorted(a.events) == [("GBR", "JOR", "AGREE"), ("JOR", "GBR", "AGREE")], "sources without targets: mutual"
    assert b.events == [("SYR", "ISR", "THREATEN")], "codes are cut to the country"
    assert c.events == [("PER", "---", "PROTEST")]
    scores = pl.score_sentence([("SYR", "ISR", "COERCE")], b)
    assert (scores["triple"].tp_gold, scores["actors"].tp_gold, scores["event"].tp_gold) == (0, 1, 0)
    (tmp_path / "bad.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(Exception, match="bad.jsonl:1"):
        list(pl.read_gold(tmp_path / "bad.jsonl"))


def test_plover_evaluation_runs_on_the_shared_gold():
    gold = shared_path("eval", "plover_gsr_cameo.jsonl")
    scores = _run("eval", "plover", "--gold", str(gold), "--limit", "60", "--format", "json")
    assert set(scores) == {"sentences", "triple", "event", "actors", "gold_types"} and scores["sentences"] == 60
    assert scores["event"]["matched"] >= scores["triple"]["matched"] > 0
    assert scores["gold_types"] == "plover-2021"


def test_plover_gold_types_of_older_drafts_are_renamed_unless_asked(tmp_path):
    from graphbuild.evaluate import plover as pl

    path = tmp_path / "plover.jsonl"
    rows = [{"id": str(i), "text": "x", "expected": [{"source": [{"code": "POL"}], "target": [{"code": "RUS"}],
                                                      "event": old}]}
            for i, old in enumerate(["DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "THREATEN"])]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    renamed = [s.events[0][2] for s in pl.read_gold(path)]
    as_written = [s.events[0][2] for s in pl.read_gold(path, current_types=False)]
    assert renamed == ["REQUEST", "ACCUSE", "ACCUSE", "ASSAULT", "THREATEN"]
    assert as_written == ["DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "THREATEN"]


def test_plover_gold_country_codes_of_the_keds_era_are_read_as_iso(tmp_path):
    # the CAMEO-manual gold codes Italy ITL and Japan JAP; graphbuild's gazetteer gives ITA and JPN
    from graphbuild.evaluate import plover as pl

    path = tmp_path / "plover.jsonl"
    rec = {"id": "1", "text": "x", "expected": [{"source": [{"code": "ITLGOV"}], "target": [{"code": "JAP"}],
                                                 "event": "SANCTION"}, {"source": [{"code": "SRB"}],
                                                                        "event": "ASSAULT"}]}
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert next(pl.read_gold(path)).events == [("ITA", "JPN", "SANCTION"), ("SRB", "---", "ASSAULT")]


@pytest.mark.parametrize("polarity, expected", [("positive", 1), ("negative", 0)])
def test_a_negated_act_is_no_event(polarity, expected):
    # "Russia did not clash with Ukraine": no clash to score, at the PETRARCH and the PLOVER levels
    from graphbuild.evaluate import plover as pl
    from graphbuild.models import Actor, Article, ArticleResult, Predicate, Statement

    statement = Statement(id="s", article_id="a", sentence_index=0, char_start=0, char_end=10, sentence="",
                          source_id="RUS", target_id="UKR", target_kind="actor", polarity=polarity,
                          predicate=Predicate(lemma="clash", cameo="190", plover="ASSAULT"))
    result = ArticleResult(article=Article(id="a", text="", lang="en"), topics=[], statements=[statement],
                           actors=[Actor(id="RUS", name="Russia", kind="state", country="RUS", cameo="RUS"),
                                   Actor(id="UKR", name="Ukraine", kind="state", country="UKR", cameo="UKR")])
    assert len(ev.predicted_events(result, ev.gazetteer_code, None)) == expected
    assert len(pl.predicted(result)) == expected


@pytest.mark.parametrize(("sentences", "lemmas", "expected"), [
    # "Jordan and Britain agreed to joint exercises": the exercises are the detail of Jordan → Britain
    ((0, 0), ("agree", "agree"), [("JOR", "GBR", "AGREE")]),
    # another predicate or another sentence with a topic is an event of its own
    ((0, 0), ("agree", "accept"), [("JOR", "GBR", "AGREE"), ("JOR", "---", "AGREE")]),
    ((0, 1), ("agree", "agree"), [("JOR", "GBR", "AGREE"), ("JOR", "---", "AGREE")]),
])
def test_a_topic_target_of_a_predicate_with_an_actor_target_is_no_second_event(sentences, lemmas, expected):
    from graphbuild.evaluate import plover as pl
    from graphbuild.models import (
        Actor,
        Article,
        ArticleResult,
        Predicate,
        Statement,
        Topic,
    )

    def statement(k: int, target: str, kind: str) -> Statement:
        return Statement(id=f"s{k}", article_id="a", sentence_index=sentences[k], char_start=0, char_end=10,
                         sentence="", source_id="JOR", target_id=target, target_kind=kind,
                         predicate=Predicate(lemma=lemmas[k], cameo="030", plover="AGREE"))

    result = ArticleResult(
        article=Article(id="a", text="", lang="en"),
        topics=[Topic(id="T:exercises", name="joint exercises", lang="en")],
        statements=[statement(0, "GBR", "actor"), statement(1, "T:exercises", "topic")],
        actors=[Actor(id="JOR", name="Jordan", kind="state", country="JOR", cameo="JOR"),
                Actor(id="GBR", name="United Kingdom", kind="state", country="GBR", cameo="GBR")])
    assert pl.predicted(result) == expected


@pytest.mark.parametrize(("cameo", "country", "expected"), [
    ("IGOUNO", None, "IGO"), ("NGOAMN", None, "NGO"), ("IMGMOSALQ", None, "IMG"),  # international actors
    ("PSEREB", "PSE", "PSE"), ("USACOP", "USA", "USA"),  # national ones: their state
    (None, "UNO", "IGO"), (None, "MEX", "MEX"),  # persons: their organisation's or state's code
])
def test_plover_actor_codes_are_the_gold_s_three_letters(cameo, country, expected):
    from graphbuild.evaluate import plover as pl
    from graphbuild.models import Actor

    actor = Actor(id="X", name="X", kind="organisation" if cameo else "person", country=country, cameo=cameo)
    assert pl._code(actor) == expected
