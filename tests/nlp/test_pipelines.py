"""Pipeline selection, the bundled pipelines themselves, and their model cards."""

from __future__ import annotations

import json
import sys
import textwrap

import pytest

from graphbuild.errors import ModelError
from graphbuild.nlp import pipelines
from graphbuild.nlp.pipelines import bundled_path, choose, load
from tests.conftest import shared_path


def _install_package(root, name: str, lang: str) -> None:
    """A real (tiny) spaCy pipeline package importable as ``name``, the way official models are installed."""
    import spacy

    pkg = root / name
    pkg.mkdir()
    nlp = spacy.blank(lang)
    nlp.meta["name"] = name.split("_", 1)[1]
    nlp.to_disk(pkg / "data")
    (pkg / "__init__.py").write_text(textwrap.dedent("""
        from pathlib import Path
        import spacy

        def load(**overrides):
            return spacy.load(Path(__file__).parent / "data", **overrides)
    """), encoding="utf-8")
    # pip's record of the install: spaCy only treats a name as a package when its distribution metadata exists
    dist = root / f"{name}-0.0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.0.0\n", encoding="utf-8")


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_MODEL_DE", raising=False)
    monkeypatch.delenv("GRAPHBUILD_MODEL_EN", raising=False)
    pipelines._load.cache_clear()
    yield
    pipelines._load.cache_clear()
    for name in [m for m in sys.modules if m.startswith(("de_core_news_", "en_core_web_"))]:
        del sys.modules[name]


def test_bundled_pipelines_are_shipped_with_model_cards():
    for lang in ("de", "en"):
        path = bundled_path(lang)
        assert (path / "meta.json").exists(), f"bundled {lang} pipeline missing at {path}"
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        assert meta["lang"] == lang and "ner" in meta["pipeline"] and "parser" in meta["pipeline"]
        assert (path / "MODEL_CARD.md").exists()
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6
        assert size <= 26, f"{lang} pipeline is {size:.1f} MB, above the ~25 MB budget"


def test_selection_order_explicit_then_official_then_bundled(tmp_path, monkeypatch, fresh):
    assert choose("de").origin == "bundled"
    _install_package(tmp_path, "de_core_news_sm", "de")
    _install_package(tmp_path, "de_core_news_md", "de")
    monkeypatch.syspath_prepend(str(tmp_path))
    choice = choose("de")
    assert (choice.origin, choice.name) == ("official", "de_core_news_md"), "md is preferred over sm"
    assert choose("en").origin == "bundled", "an official German pipeline does not affect English"
    explicit = choose("de", str(bundled_path("de")))
    assert explicit.origin == "explicit" and explicit.name == "de_graphbuild_sm"
    monkeypatch.setenv("GRAPHBUILD_MODEL_DE", "de_core_news_sm")
    assert choose("de").name == "de_core_news_sm"
    nlp = load("de")
    assert "graphbuild_line_breaks" in nlp.pipe_names


def test_unknown_model_and_language_are_actionable_errors(fresh):
    with pytest.raises(ModelError, match="M002.*neither a folder nor an installed pipeline"):
        choose("de", "no_such_pipeline_xyz")
    with pytest.raises(ModelError, match="M001"):
        choose("fr")


@pytest.mark.parametrize(
    ("lang", "text", "verb", "subject", "obj"),
    [
        ("de", "Der mexikanische Außenminister kritisierte die neue Politik der Regierung.", "kritisierte",
         "Außenminister", "Politik"),
        ("en", "The foreign minister criticized the new policy of the government.", "criticized", "minister",
         "policy"),
    ],
)
def test_bundled_pipeline_parses_a_news_sentence_into_subject_and_object(lang, text, verb, subject, obj, fresh):
    nlp = load(lang, str(bundled_path(lang)))
    doc = nlp(text)
    by_text = {t.text: t for t in doc}
    assert by_text[verb].dep_ == "ROOT"
    assert by_text[subject].head.text == verb and by_text[subject].dep_ == "nsubj"
    assert by_text[obj].head.text == verb and by_text[obj].dep_ in ("obj", "dobj")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_model_card_matches_a_reevaluation_on_its_slice(lang, tmp_path):
    corpora = shared_path("corpora")
    from graphbuild.nlp.training.card import evaluate
    from graphbuild.nlp.training.corpora import RECIPES, build_docbin

    recipe = RECIPES[lang]
    build_docbin(corpora, recipe.ud_heldout, "ud", tmp_path / "ud_heldout.spacy", lang)
    build_docbin(corpora, recipe.ner_heldout, "ner", tmp_path / "ner_heldout.spacy", lang)
    meta = json.loads((bundled_path(lang) / "meta.json").read_text(encoding="utf-8"))
    recorded = meta["graphbuild"]["slice_scores"]
    fresh_scores = evaluate(bundled_path(lang), tmp_path, slice_only=True)
    for key in ("dep_las", "dep_uas", "pos_acc", "ents_f"):
        assert fresh_scores[key] == pytest.approx(recorded[key], abs=0.002), key
    assert meta["performance"]["dep_las"] > 0.5 and meta["performance"]["ents_f"] > 0.4


@pytest.mark.parametrize("lang", ["de", "en"])
def test_model_card_states_each_target_and_what_blocks_an_unmet_one(lang):
    from graphbuild.nlp.training.card import TARGET_NAMES, target_rows
    from graphbuild.nlp.training.corpora import RECIPES

    recipe = RECIPES[lang]
    path = bundled_path(lang)
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    perf = {**meta["performance"], "words_per_second": meta["graphbuild"]["words_per_second"]}
    card = (path / "MODEL_CARD.md").read_text(encoding="utf-8")
    rows = target_rows(recipe, perf)
    assert {k for k, *_ in rows} == {"dep_las", "ents_f", "words_per_second"}
    for key, value, goal, met in rows:
        shown = f"{value:,.0f}" if key == "words_per_second" else f"{100 * value:.1f}"
        assert f"| {TARGET_NAMES[key]} | {shown} |" in card, f"{key} row of {lang} card out of date"
        if not met:
            reason = recipe.blocked.get(key, "")
            assert "Closes it:" in reason and reason in card, f"{lang} {key} misses its target without a reason"
            assert "LEARNING_CURVE" not in reason
