"""Assemble the separately trained UD and NER pipelines into one bundled pipeline per language."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from graphbuild.nlp.training.corpora import Recipe

PIPELINE_VERSION = "0.1.0"


def gazetteer_patterns(lang: str) -> list[dict[str, object]]:
    """Entity-ruler patterns for names the gazetteer knows: states and capitals as LOC, organisations as ORG.

    Case-sensitive (acronyms stay acronyms); adjectives and demonyms are not entities in the NER schemes used.
    """
    from graphbuild.resolve.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    patterns: dict[tuple[str, str], dict[str, object]] = {}
    for kind in ("name", "capital"):
        for other in (lang, "en" if lang != "en" else "de"):
            for text, code in gazetteer.names_of(kind, other).items():
                entry = gazetteer.entry(code)
                if entry is None or len(text) < 2 or not text[:1].isupper():
                    continue
                label = "ORG" if entry.kind == "organisation" and kind == "name" else "LOC"
                patterns.setdefault((label, text), {"label": label, "pattern": text, "id": code})
    return list(patterns.values())


def add_gazetteer_ruler(nlp, lang: str) -> None:
    """An entity ruler after the statistical NER that only fills gaps (it never overrides a predicted entity)."""
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer_ruler", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns(gazetteer_patterns(lang))


def assemble(ud_path: Path, ner_path: Path, out: Path, recipe: Recipe, *, pretrained: Path | None,
             config_dir: Path, gazetteer_ruler: bool = True) -> None:
    """Source the NER (with its own tok2vec copy) into the UD pipeline and write it to ``out``."""
    import spacy

    nlp = spacy.load(ud_path)
    ner_nlp = spacy.load(ner_path)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    if gazetteer_ruler:
        add_gazetteer_ruler(nlp, recipe.lang)
    nlp.meta.update(
        name="graphbuild_sm",
        version=PIPELINE_VERSION,
        description=(
            f"graphbuild's compact {recipe.lang} pipeline: tagger, morphologizer, trainable lemmatizer and "
            "dependency parser (UD labels) plus NER (PER/LOC/ORG), trained by `python -m graphbuild.nlp.train`."
        ),
        author="graphbuild",
        license="CC BY-SA 4.0 (inherits the share-alike terms of its training treebanks)",
        sources=[{"name": name, "license": lic} for name, lic in recipe.licences.items()],
        graphbuild={"pretrained_tok2vec": bool(pretrained), "label_scheme": "ud"},
    )
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    # Keep the exact training configs next to the model for reproducibility.
    train_cfg = out / "training"
    train_cfg.mkdir(exist_ok=True)
    for cfg in config_dir.glob("*.cfg"):
        shutil.copy(cfg, train_cfg / cfg.name)
    (train_cfg / "README.md").write_text(
        "Configs of the runs that produced this pipeline (filled in by graphbuild.nlp.train).\n"
        f"Pretrained tok2vec: {json.dumps(str(pretrained) if pretrained else None)}\n",
        encoding="utf-8",
    )
