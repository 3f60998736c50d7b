"""Evaluate an assembled pipeline on held-out data and write its model card (``meta.json`` + ``MODEL_CARD.md``).

Accuracy comes from slices never used for training or model selection (see ``corpora.RECIPES``). A fixed small
slice is scored too and recorded, so a test can re-evaluate it and check the card still describes the model.
Speed is words per second of ``nlp.pipe`` in a fresh process limited to one thread, best of three passes, with
matrix products through numpy as graphbuild loads pipelines (:mod:`graphbuild.nlp.blas`); thinc's default BLIS is
measured too, for comparison.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from graphbuild.nlp.training.corpora import Recipe

UD_KEYS = ("tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f")
NER_KEYS = ("ents_p", "ents_r", "ents_f")
SLICE_DOCS = {"ud": 10, "ner": 20}


def _examples(nlp, path: Path, limit: int | None = None) -> list:
    from spacy.tokens import DocBin
    from spacy.training import Example

    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    if limit is not None:
        docs = docs[:limit]
    return [Example(nlp.make_doc(d.text), d) for d in docs]


def evaluate(model: Path | str, corpus: Path, *, slice_only: bool = False) -> dict[str, Any]:
    """Held-out scores of ``model`` (rounded to 4 digits); ``slice_only`` scores the fixed small slice."""
    import spacy

    from graphbuild.nlp.blas import use_backend

    nlp = spacy.load(model)
    use_backend(nlp, "numpy")
    out: dict[str, Any] = {}
    ud = nlp.evaluate(_examples(nlp, corpus / "ud_heldout.spacy", SLICE_DOCS["ud"] if slice_only else None))
    ner = nlp.evaluate(_examples(nlp, corpus / "ner_heldout.spacy", SLICE_DOCS["ner"] if slice_only else None))
    for key in UD_KEYS:
        if ud.get(key) is not None:
            out[key] = round(float(ud[key]), 4)
    for key in NER_KEYS:
        out[key] = round(float(ner.get(key) or 0.0), 4)
    out["ents_per_type"] = {label: {k: round(float(v), 4) for k, v in scores.items()}
                            for label, scores in sorted((ner.get("ents_per_type") or {}).items())}
    return out


def words_per_second(model: Path | str, corpus: Path, backend: str = "numpy") -> float:
    """Best of three ``nlp.pipe`` passes over the held-out texts, one process, one thread, matrix products through
    ``backend`` (see :mod:`graphbuild.nlp.blas`)."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    code = (
        "import sys, time, spacy\n"
        "from spacy.tokens import DocBin\n"
        "from graphbuild.nlp.blas import use_backend\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "use_backend(nlp, sys.argv[3])\n"
        "texts = [d.text for name in ('ud_heldout', 'ner_heldout') for d in "
        "DocBin().from_disk(f'{sys.argv[2]}/{name}.spacy').get_docs(nlp.vocab)]\n"
        "words = sum(len(t.split()) for t in texts)\n"
        "list(nlp.pipe(texts[:20], batch_size=64))\n"
        "best = 0.0\n"
        "for _ in range(3):\n"
        "    t = time.perf_counter(); list(nlp.pipe(texts, batch_size=64)); d = time.perf_counter() - t\n"
        "    best = max(best, words / d)\n"
        "print(best)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(model), str(corpus), backend], env=env, check=True,
                            capture_output=True, text=True)
    return round(float(result.stdout.strip().splitlines()[-1]))


def _size_mb(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 1)


def write_card(out: Path, recipe: Recipe, corpus: Path, *, pretrained: bool = True) -> dict[str, Any]:
    """Evaluate ``out`` and write ``meta.json`` performance and ``MODEL_CARD.md``; returns the numbers.

    ``pretrained`` says whether the UD tok2vec was initialised from ``spacy pretrain`` (it goes into the
    card's reproduce line)."""
    perf = evaluate(out, corpus)
    perf["slice"] = evaluate(out, corpus, slice_only=True)
    perf["words_per_second"] = words_per_second(out, corpus)
    perf["words_per_second_blis"] = words_per_second(out, corpus, "blis")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["performance"] = {k: v for k, v in perf.items() if k not in ("slice", "words_per_second", "words_per_second_blis")}
    meta.setdefault("graphbuild", {}).update(
        heldout={
            "ud": [p.describe() for p in recipe.ud_heldout],
            "ner": [p.describe() for p in recipe.ner_heldout],
            "slice_docs": SLICE_DOCS,
        },
        slice_scores=perf["slice"],
        words_per_second=perf["words_per_second"],
        words_per_second_blis=perf["words_per_second_blis"],
        speed_setup="nlp.pipe(batch_size=64), 1 process, OMP/OPENBLAS threads=1, best of 3, held-out texts, "
                    "matrix products through numpy (graphbuild's default, see graphbuild/nlp/blas.py)",
        size_mb=_size_mb(out),
        pretrained_tok2vec=pretrained,
        ner_tok2vec=ner_tok2vec(out),
    )
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(_card_text(meta, recipe, perf), encoding="utf-8")
    return perf


def ner_tok2vec(model: Path) -> dict[str, int]:
    """Width, depth and maxout pieces of the NER's own tok2vec encoder, from the pipeline's config."""
    from spacy import util

    encode = util.load_config(model / "config.cfg", interpolate=True)["components"]["ner"]["model"]["tok2vec"].get(
        "encode", {})
    return {k: int(encode[k]) for k in ("width", "depth", "maxout_pieces") if k in encode}


def _dims(dims: dict[str, int] | None) -> str:
    if not dims:
        return ""
    return f" (width {dims.get('width')}, depth {dims.get('depth')}, {dims.get('maxout_pieces')} maxout pieces)"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


TARGET_NAMES = {"dep_las": "LAS", "ents_f": "NER F", "words_per_second": "words/s"}


def target_rows(recipe: Recipe, perf: dict[str, Any]) -> list[tuple[str, float, float, bool]]:
    """(metric, measured, target, met) for each of the recipe's targets."""
    return [(key, float(perf.get(key) or 0.0), goal, float(perf.get(key) or 0.0) >= goal)
            for key, goal in recipe.targets.items()]


def _targets(recipe: Recipe, perf: dict[str, Any]) -> list[str]:
    rows = target_rows(recipe, perf)
    if not rows:
        return []

    def show(key: str, value: float) -> str:
        return f"{value:,.0f}" if key == "words_per_second" else _pct(value)

    lines = ["## Targets", "", "| metric | held-out | target | met |", "|---|---|---|---|"]
    lines += [f"| {TARGET_NAMES.get(k, k)} | {show(k, v)} | {show(k, g)} | {'yes' if ok else 'no'} |"
              for k, v, g, ok in rows]
    lines.append("")
    for key, _, _, ok in rows:
        if not ok:
            lines += [f"**{TARGET_NAMES.get(key, key)} is out of reach with the data available.** "
                      + recipe.blocked.get(key, "What blocks it is not recorded."), ""]
    return lines


def rewrite_card(out: Path, recipe: Recipe) -> None:
    """Write ``MODEL_CARD.md`` again from the numbers already in ``meta.json`` (no re-evaluation)."""
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    extra = meta.get("graphbuild", {})
    perf = {**meta.get("performance", {}), "words_per_second": extra.get("words_per_second", 0),
            "words_per_second_blis": extra.get("words_per_second_blis", 0)}
    (out / "MODEL_CARD.md").write_text(_card_text(meta, recipe, perf), encoding="utf-8")


def _card_text(meta: dict[str, Any], recipe: Recipe, perf: dict[str, Any]) -> str:
    lines = [
        f"# {meta['lang']}_{meta['name']} {meta['version']}",
        "",
        meta.get("description", ""),
        "",
        f"Components: {', '.join(meta.get('pipeline', []))}. Labels: Universal Dependencies (dependency, POS, "
        "morphology); NER PER/LOC/ORG. spaCy " + str(meta.get("spacy_version", "")) + ".",
        "",
        "## Training data and licences",
        "",
        *[f"- {name}: {lic}" for name, lic in recipe.licences.items()],
        "",
        "Training slices: UD " + ", ".join(p.describe() for p in recipe.ud_train) + "; NER "
        + ", ".join(p.describe() for p in recipe.ner_train) + ".",
        "",
        "How: the UD components share one CNN tok2vec (width 128, depth 4" + (
            ", pretrained with spaCy's character objective on the raw text of the training slices"
            if meta.get("graphbuild", {}).get("pretrained_tok2vec") else "") + ") and are trained for a fixed "
        "number of steps (the last model is shipped: no selection on held-out data). The NER has its own tok2vec"
        + _dims(meta.get("graphbuild", {}).get("ner_tok2vec")) + "; its best checkpoint is chosen on a separate "
        "selection slice ("
        + (", ".join(p.describe() for p in recipe.ner_select) or "none") + "). An entity ruler built from "
        "graphbuild's gazetteer (states and capitals as LOC, international organisations as ORG) runs after the "
        "NER and only fills gaps.",
        "",
        "## Accuracy on held-out data (never used for training or model selection)",
        "",
        "UD held-out: " + ", ".join(p.describe() for p in recipe.ud_heldout) + "; NER held-out: "
        + ", ".join(p.describe() for p in recipe.ner_heldout) + ".",
        "",
        "| TAG | POS | MORPH | LEMMA | UAS | LAS | SENT F | NER P | NER R | NER F |",
        "|---|---|---|---|---|---|---|---|---|---|",
        "| " + " | ".join(_pct(perf.get(k)) for k in (*UD_KEYS, *NER_KEYS)) + " |",
        "",
        "NER per label (P / R / F):",
        "",
        *[f"- {label}: {_pct(s.get('p'))} / {_pct(s.get('r'))} / {_pct(s.get('f'))}"
          for label, s in perf.get("ents_per_type", {}).items()],
        "",
        (f"Speed: {perf['words_per_second']:,} words/s ({meta['graphbuild']['speed_setup']}); "
         f"{perf['words_per_second_blis']:,} words/s with thinc's default BLIS (`GRAPHBUILD_BLAS=blis`)."),
        f"Size on disk: {meta['graphbuild']['size_mb']} MB.",
        "",
        *_targets(recipe, perf),
        "Reproduce: `python -m graphbuild.nlp.train --corpora ../shared/corpora --lang " + recipe.lang
        + ("" if meta["graphbuild"].get("pretrained_tok2vec", True) else " --no-pretrain") + "` "
        "(configs of the runs are in `training/`).",
        "",
    ]
    return "\n".join(lines)
