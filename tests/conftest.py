"""Shared fixtures: hand-built parses (model-independent), shared-data locations, pipeline availability."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", REPO.parent / "shared"))
IN_CI = os.environ.get("CI") == "true" or os.environ.get("GRAPHBUILD_CI") == "1"


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skips the test with a reason when it is absent (fails in CI, where it must exist)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing in CI; ../shared must be present there")
        pytest.skip(f"{path} not available (../shared is only present on development machines and in CI)")
    return path


def make_doc(lang: str, rows: Sequence[tuple], *, ents: Sequence[str] | None = None, text_spaces: bool = True):
    """Build a parsed Doc by hand, like spaCy's own parser tests.

    ``rows`` are ``(word, head_index, dep, pos, lemma[, tag[, morph]])`` with absolute head indices (a root
    points at itself). ``ents`` are IOB tags (``B-PER``, ``I-PER``, ``O``) per token.
    """
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank(lang)
    words = [r[0] for r in rows]
    spaces = [True] * len(words)
    for i, w in enumerate(words[1:], start=1):
        if w in {",", ".", ":", ";", "!", "?", "“", "”", "\""} and text_spaces:
            spaces[i - 1] = False
        if words[i - 1] in {"„", "“"} and words[i - 1] != w:
            spaces[i - 1] = False
    spaces[-1] = False
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces,
        heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
        morphs=[r[6] if len(r) > 6 else "" for r in rows], ents=list(ents) if ents else None,
    )
    return doc


@pytest.fixture
def doc_builder():
    return make_doc
