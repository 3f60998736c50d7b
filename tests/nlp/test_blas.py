"""The matrix backend a loaded pipeline multiplies with: numpy by default, BLIS on request, same annotations."""

from __future__ import annotations

import pytest

from graphbuild.errors import ModelError
from graphbuild.nlp import blas, pipelines
from graphbuild.nlp.pipelines import bundled_path

SENTENCES = {
    "en": ["Mexico's foreign minister Luis Videgaray criticised the US deportation policy on Thursday.",
           "Secretary of State Rex Tillerson met Videgaray in Mexico City."],
    "de": ["Der mexikanische Außenminister Luis Videgaray kritisierte die US-Abschiebepolitik scharf.",
           "Mexiko warnte die USA am Donnerstag vor Strafzöllen."],
}


def _cpu_ops(nlp):
    from thinc.api import Model

    return [node.ops for _, proc in nlp.pipeline if isinstance(getattr(proc, "model", None), Model)
            for node in proc.model.walk()]


def _annotations(nlp, texts):
    return [[(t.tag_, str(t.morph), t.lemma_, t.head.i, t.dep_, t.ent_iob_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts)]


@pytest.mark.parametrize("value, expected", [(None, "numpy"), ("", "numpy"), ("blis", "blis"), (" NumPy ", "numpy")])
def test_backend_reads_the_environment(value, expected, monkeypatch):
    if value is None:
        monkeypatch.delenv(blas.ENV, raising=False)
    else:
        monkeypatch.setenv(blas.ENV, value)
    assert blas.backend() == expected


def test_an_unknown_backend_is_an_actionable_error(monkeypatch):
    monkeypatch.setenv(blas.ENV, "mkl")
    with pytest.raises(ModelError) as err:
        blas.backend()
    assert err.value.code == "M006" and "GRAPHBUILD_BLAS" in str(err.value) and "numpy, blis" in str(err.value)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_numpy_and_blis_give_the_same_annotations(lang):
    import spacy

    with_blis, with_numpy = spacy.load(bundled_path(lang)), spacy.load(bundled_path(lang))
    assert blas.use_backend(with_blis, "blis") == "blis"
    assert blas.use_backend(with_numpy, "numpy") == "numpy"
    assert all(ops.use_blis for ops in _cpu_ops(with_blis))
    assert not any(ops.use_blis for ops in _cpu_ops(with_numpy))
    assert _annotations(with_numpy, SENTENCES[lang]) == _annotations(with_blis, SENTENCES[lang])


def test_pipelines_load_with_the_configured_backend(monkeypatch):
    monkeypatch.delenv("GRAPHBUILD_MODEL_EN", raising=False)
    pipelines._load.cache_clear()
    try:
        monkeypatch.delenv(blas.ENV, raising=False)
        assert not any(ops.use_blis for ops in _cpu_ops(pipelines.load("en")))
        pipelines._load.cache_clear()
        monkeypatch.setenv(blas.ENV, "blis")
        assert all(ops.use_blis for ops in _cpu_ops(pipelines.load("en")))
    finally:
        pipelines._load.cache_clear()


def test_a_pipeline_without_trainable_models_is_left_alone():
    import spacy

    assert blas.use_backend(spacy.blank("en"), "numpy") is None
