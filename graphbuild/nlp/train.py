"""Train, evaluate and assemble graphbuild's bundled spaCy pipeline for one language.

    python -m graphbuild.nlp.train --corpora ../shared/corpora --lang de

Stages (all by default, or pick with ``--stage``): ``convert`` the corpora to DocBins, ``pretrain`` the tok2vec
on the raw text of the training slices (character objective), train the ``ud`` pipeline (tagger, morphologizer,
trainable lemmatizer, parser) and the ``ner`` pipeline, ``assemble`` them into one pipeline (the NER keeps its own
tok2vec), and ``card`` — evaluate on held-out slices and write ``meta.json`` performance + ``MODEL_CARD.md``
(with each accuracy/speed target and, for one the data here cannot reach, what blocks it). ``card-text`` alone
rewrites ``MODEL_CARD.md`` from the numbers already in ``meta.json``, without re-evaluating.
Intermediate files go to ``--work`` (default ``build/training/<lang>``) and are never committed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from graphbuild.errors import TrainingError
from graphbuild.nlp.training.corpora import (
    RECIPES,
    Recipe,
    build_docbin,
    write_raw_text,
)

CONFIG_DIR = Path(__file__).parent / "training" / "configs"
MODELS_DIR = Path(__file__).parent / "models"
STAGES = ("convert", "pretrain", "ud", "ner", "assemble", "card", "card-text")


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    return env


def _run(cmd: list[str], *, minutes: float | None, log: Path) -> bool:
    """Run a spaCy CLI step, logging to ``log``; stop it after ``minutes``. True if it finished by itself."""
    _log(f"$ {' '.join(cmd)}  (log: {log})")
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT, env=_env())
        try:
            rc = proc.wait(timeout=minutes * 60 if minutes else None)
        except subprocess.TimeoutExpired:
            _log(f"time cap of {minutes} min reached; stopping pid {proc.pid}")
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=120)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            return False
    if rc != 0:
        raise TrainingError("T002", f"Step failed with exit code {rc}: {' '.join(cmd)}. See {log}.")
    return True


def filled_config(kind: str, recipe: Recipe, overrides: dict[str, str], out: Path) -> Path:
    """Write the concrete config for one training run (language, augmenter variants, overrides)."""
    from spacy import util

    cfg = util.load_config(CONFIG_DIR / f"{kind}.cfg", interpolate=False)
    cfg["nlp"]["lang"] = recipe.lang
    variants = cfg["corpora"]["train"]["augmenter"]["orth_variants"]
    variants["paired"] = [{"tags": list(recipe.quote_tags), "variants": [list(p) for p in recipe.quote_pairs]}] if kind == "ud" else []
    if kind == "ner":
        # NER docs carry no tags, so quote variants cannot be keyed on them; lower-casing still applies.
        cfg["corpora"]["train"]["augmenter"]["orth_level"] = 0.0
    for key, value in overrides.items():
        section = cfg
        *path, leaf = key.split(".")
        for part in path:
            section = section[part]
        section[leaf] = json.loads(value) if value[:1] in "[{0123456789-tfn" else value
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out)
    return out


def _overrides(pairs: list[str], prefix: str) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        scope, _, key = key.partition(":")
        if not key:
            scope, key = "", scope
        if scope in ("", prefix):
            out[key] = value
    return out


def latest_pretrained(work: Path) -> Path | None:
    bins = sorted((work / "pretrain").glob("model*.bin"), key=lambda p: p.stat().st_mtime)
    return bins[-1] if bins else None


def trained_model(out: Path, order: tuple[str, ...] = ("model-last", "model-best")) -> Path:
    """The model to ship: model-last (fixed steps, no selection on held-out data) unless a separate selection set
    picked model-best."""
    for name in order:
        if (out / name / "meta.json").exists():
            return out / name
    raise TrainingError("T003", f"No trained model in {out}; run the ud/ner stage first (see its log).")


def run(args: argparse.Namespace) -> None:
    recipe = RECIPES[args.lang]
    corpora: Path = args.corpora
    work: Path = args.work or Path("build/training") / args.lang
    corpus = work / "corpus"
    stages = args.stage or list(STAGES)
    if not args.pretrain and "pretrain" in stages and not args.stage:
        stages.remove("pretrain")
    py = sys.executable

    if "convert" in stages:
        ud_train = recipe.ud_train + (recipe.ud_aux if args.aux else ())
        if args.aux and args.repeat > 1:
            from dataclasses import replace

            ud_train = tuple(replace(p, repeat=args.repeat) for p in recipe.ud_train) + recipe.ud_aux
        for kind, name, pieces in (
            ("ud", "ud_train", ud_train), ("ud", "ud_heldout", recipe.ud_heldout),
            ("ner", "ner_train", recipe.ner_train), ("ner", "ner_heldout", recipe.ner_heldout),
            ("ner", "ner_select", recipe.ner_select),
        ):
            if not pieces:
                continue
            n = build_docbin(corpora, pieces, kind, corpus / f"{name}.spacy", recipe.lang)
            _log(f"{name}: {n} sentences from {', '.join(p.describe() for p in pieces)}")
        n = write_raw_text(corpora, recipe, corpus / "raw.jsonl")
        _log(f"raw text for pretraining: {n} documents (training slices only)")

    paths = ["--paths.train", str(corpus / "ud_train.spacy"), "--paths.dev", str(corpus / "ud_heldout.spacy")]
    init = latest_pretrained(work) if args.pretrain else None

    if "pretrain" in stages:
        cfg = filled_config("ud", recipe, _overrides(args.set, "ud"), work / "configs" / "pretrain.cfg")
        shutil.rmtree(work / "pretrain", ignore_errors=True)
        _run([py, "-m", "spacy", "pretrain", str(cfg), str(work / "pretrain"),
              "--paths.raw_text", str(corpus / "raw.jsonl"), *paths],
             minutes=args.minutes_pretrain, log=work / "logs" / "pretrain.log")
        init = latest_pretrained(work)

    for kind in ("ud", "ner"):
        if kind not in stages:
            continue
        overrides = {**(recipe.ner_overrides if kind == "ner" else {}), **_overrides(args.set, kind)}
        cfg = filled_config(kind, recipe, overrides, work / "configs" / f"{kind}.cfg")
        ner_dev = corpus / ("ner_select.spacy" if recipe.ner_select else "ner_heldout.spacy")
        data = paths if kind == "ud" else ["--paths.train", str(corpus / "ner_train.spacy"), "--paths.dev", str(ner_dev)]
        extra = ["--paths.init_tok2vec", str(init)] if init else []
        shutil.rmtree(work / kind, ignore_errors=True)
        _run([py, "-m", "spacy", "train", str(cfg), "--output", str(work / kind), *data, *extra],
             minutes=args.minutes_ud if kind == "ud" else args.minutes_ner, log=work / "logs" / f"{kind}.log")

    out = args.out or MODELS_DIR / f"{recipe.lang}_graphbuild_sm"
    if "assemble" in stages:
        from graphbuild.nlp.training.assemble import assemble

        ner_choice = ("model-best", "model-last") if recipe.ner_select else ("model-last", "model-best")
        assemble(trained_model(work / "ud"), trained_model(work / "ner", ner_choice), out, recipe,
                 pretrained=init, config_dir=work / "configs")
        _log(f"assembled pipeline written to {out}")
    if "card" in stages:
        from graphbuild.nlp.training.card import write_card

        perf = write_card(out, recipe, corpus, pretrained=args.pretrain)
        _log(f"model card written: {json.dumps(perf)}")
    if "card-text" in stages and "card" not in stages:
        from graphbuild.nlp.training.card import rewrite_card

        rewrite_card(out, recipe)
        _log(f"MODEL_CARD.md rewritten from {out / 'meta.json'}")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m graphbuild.nlp.train", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpora", type=Path, default=Path("../shared/corpora"),
                   help="folder with the open corpora (default ../shared/corpora)")
    p.add_argument("--lang", choices=sorted(RECIPES), required=True)
    p.add_argument("--work", type=Path, help="intermediate files (default build/training/LANG)")
    p.add_argument("--out", type=Path, help="where the assembled pipeline goes (default the bundled model folder)")
    p.add_argument("--stage", action="append", choices=STAGES, help="run only these stages (repeatable)")
    p.add_argument("--pretrain", action=argparse.BooleanOptionalAction, default=True,
                   help="pretrain the tok2vec on the raw training text first (default on)")
    p.add_argument("--aux", action=argparse.BooleanOptionalAction, default=False,
                   help="add the recipe's auxiliary treebank of a related language to the parser data (heads and "
                        "labels only; German: English EWT)")
    p.add_argument("--repeat", type=int, default=1,
                   help="with --aux: how often the in-language UD training slices are repeated (upsampling)")
    p.add_argument("--set", action="append", default=[], metavar="[ud:|ner:]KEY=VALUE",
                   help="config override, e.g. ud:training.max_steps=12000 or components.tok2vec.model.encode.width=96")
    p.add_argument("--minutes-pretrain", type=float, default=40.0,
                   help="time cap of the pretraining run (default 40)")
    p.add_argument("--minutes-ud", type=float, default=240.0,
                   help="safety cap of the UD run; training stops at training.max_steps (8,000, about 100 minutes "
                        "on one core) well before it (default 240)")
    p.add_argument("--minutes-ner", type=float, default=60.0, help="time cap of the NER run (default 60)")
    return p


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        run(args)
    except TrainingError as exc:
        print(exc, file=sys.stderr)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
