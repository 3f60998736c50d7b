"""Choose and load the spaCy pipeline for a language.

Order: an explicit ``--model NAME_OR_PATH`` wins; otherwise the best installed official pipeline for the
language; otherwise the pipeline bundled with graphbuild (trained by :mod:`graphbuild.nlp.train`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from graphbuild.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

MODELS_DIR = Path(__file__).resolve().parent / "models"

#: Official pipelines in order of preference, per language.
OFFICIAL: dict[str, tuple[str, ...]] = {
    "de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
    "en": ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm"),
}
BUNDLED: dict[str, str] = {"de": "de_graphbuild_sm", "en": "en_graphbuild_sm"}


@dataclass(frozen=True)
class PipelineChoice:
    """Which pipeline a language uses and why."""

    lang: str
    name: str
    location: str
    origin: Literal["explicit", "official", "bundled"]


def _installed(package: str) -> bool:
    """True when ``package`` is installed as a distribution, the same test ``spacy.load`` applies."""
    import importlib.metadata

    try:
        importlib.metadata.distribution(package)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def bundled_path(lang: str) -> Path:
    return MODELS_DIR / BUNDLED[lang]


def choose(lang: str, model: str | None = None) -> PipelineChoice:
    """Decide which pipeline to use for ``lang`` without loading it."""
    if lang not in BUNDLED:
        raise ModelError("M001", f"No pipeline for language '{lang}'; graphbuild supports {', '.join(BUNDLED)}.")
    explicit = model or os.environ.get(f"GRAPHBUILD_MODEL_{lang.upper()}")
    if explicit:
        path = Path(explicit)
        if path.exists():
            return PipelineChoice(lang, path.name, str(path.resolve()), "explicit")
        if _installed(explicit):
            return PipelineChoice(lang, explicit, explicit, "explicit")
        raise ModelError(
            "M002",
            f"--model {explicit}: neither a folder nor an installed pipeline package. "
            f"Give a path to a spaCy pipeline folder or install the package (pip install {explicit}).",
        )
    for name in OFFICIAL[lang]:
        if _installed(name):
            return PipelineChoice(lang, name, name, "official")
    path = bundled_path(lang)
    if (path / "meta.json").exists():
        return PipelineChoice(lang, BUNDLED[lang], str(path), "bundled")
    raise ModelError(
        "M003",
        f"No spaCy pipeline for '{lang}': no official one is installed and the bundled {BUNDLED[lang]} is missing "
        f"from {path}. Train it with `python -m graphbuild.nlp.train --corpora ../shared/corpora --lang {lang}` "
        "or pass --model PATH.",
    )


def choose_for(lang: str, models: dict[str, str] | None) -> PipelineChoice:
    """``choose`` with a per-language model mapping (a single ``--model`` applies to every language given)."""
    return choose(lang, (models or {}).get(lang))


@lru_cache(maxsize=8)
def _load(location: str, lang: str) -> Language:
    import spacy

    from graphbuild.nlp import blas, components

    backend = blas.backend()
    try:
        nlp = spacy.load(location, exclude=["senter"] if location in OFFICIAL[lang] else [])
    except (OSError, ValueError) as exc:
        raise ModelError("M004", f"Could not load the spaCy pipeline {location}: {exc}") from exc
    if nlp.lang != lang:
        raise ModelError("M005", f"The pipeline {location} is for '{nlp.lang}', not '{lang}'.")
    blas.use_backend(nlp, backend)
    components.add_graphbuild_components(nlp)
    return nlp


def load(lang: str, model: str | None = None) -> Language:
    """Load (once per process) the chosen pipeline for ``lang`` with graphbuild's components added."""
    choice = choose(lang, model)
    return _load(choice.location, lang)
