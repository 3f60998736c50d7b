"""tools/learning_curve.py: the log reader and the subsampler it measures the data-blocked targets with."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "learning_curve.py"


@pytest.fixture(scope="module")
def curve():
    spec = importlib.util.spec_from_file_location("learning_curve", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LOG = """\x1b[38;5;4mℹ Pipeline: ['tok2vec', 'ner']\x1b[0m
E    #       LOSS TOK2VEC  LOSS NER  ENTS_F  ENTS_P  ENTS_R  SCORE 
---  ------  ------------  --------  ------  ------  ------  ------
  0       0          0.00     87.57    0.00    0.00    0.00    0.00
  0     500       2058.24   8096.08   47.12   66.14   36.60    0.47
  1    1000       5843.50   6906.25   57.14   68.07   49.24    0.57
\x1b[38;5;2m✔ Saved pipeline to output directory\x1b[0m
"""


def test_scores_reads_the_column_by_its_multi_word_header(curve, tmp_path):
    log = tmp_path / "train.log"
    log.write_text(LOG, encoding="utf-8")
    assert curve.scores(log, "ENTS_F") == {0: 0.0, 500: 47.12, 1000: 57.14}
    assert curve.scores(log, "ENTS_R") == {0: 0.0, 500: 36.6, 1000: 49.24}


def test_subsample_keeps_every_other_document_spread_over_the_file(curve, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    bin_ = DocBin()
    for i in range(10):
        bin_.add(nlp(f"document number {i}"))
    bin_.to_disk(tmp_path / "all.spacy")
    kept, total = curve.subsample(tmp_path / "all.spacy", tmp_path / "half.spacy", 0.5)
    docs = [d.text for d in DocBin().from_disk(tmp_path / "half.spacy").get_docs(nlp.vocab)]
    assert (kept, total) == (5, 10)
    assert docs == [f"document number {i}" for i in (0, 2, 4, 6, 8)]
