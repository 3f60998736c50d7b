"""Learning curve of one training run: retrain on a fraction of its training data and compare the scores.

The bundled pipelines miss some accuracy targets because the corpora here lack their training splits (UD German
GSD train, GermEval 2014 train). This tool measures how much the held-out score moves when the training data we
do have is halved, with everything else (config, pretrained tok2vec, steps) unchanged — the slope per doubling
says how much more data would buy. It reuses a finished training work folder (``python -m graphbuild.nlp.train``
writes ``build/training/LANG``)::

    python tools/learning_curve.py --work build/training/de --kind ud --max-steps 4000
    python tools/learning_curve.py --work build/training/de --kind ner --fraction 1 --fraction 0.5 --fraction 0.25 --max-steps 6000

Each fraction (default 1 and 0.5, both trained here under identical conditions) goes to
``build/learning_curve/LANG-KIND-FRACTION``; the script prints the dev score per step of all runs side by side and
the gain per doubling. Nothing here is shipped or committed.
"""

from __future__ import annotations

import argparse
import itertools
import re
import subprocess
import sys
from pathlib import Path

#: the score column printed for each kind: the parser's LAS, the NER's F
SCORE = {"ud": "DEP_LAS", "ner": "ENTS_F"}


def subsample(src: Path, dst: Path, fraction: float) -> tuple[int, int]:
    """Write every k-th document (spread over the whole file, so every source corpus keeps its share)."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("xx")
    docs = list(DocBin().from_disk(src).get_docs(nlp.vocab))
    step = 1.0 / fraction
    kept = [docs[int(i * step)] for i in range(int(len(docs) * fraction))]
    out = DocBin(store_user_data=True)
    for doc in kept:
        out.add(doc)
    dst.parent.mkdir(parents=True, exist_ok=True)
    out.to_disk(dst)
    return len(kept), len(docs)


def scores(log: Path, column: str) -> dict[int, float]:
    """Step → score from a ``spacy train`` log (the table it prints every eval_frequency steps)."""
    header: list[str] | None = None
    out: dict[int, float] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        line = re.sub(r"\x1b\[[0-9;]*m", "", line)
        if line.lstrip().startswith("E ") and " # " in line:
            header = re.split(r"\s{2,}", line.strip())  # column names hold single spaces ("LOSS TOK2VEC")
            continue
        cells = line.split()
        if header and len(cells) == len(header) and cells[0].isdigit():
            out[int(cells[header.index("#")])] = float(cells[header.index(column)])
    return out


def run_fraction(work: Path, kind: str, fraction: float, max_steps: int) -> Path:
    """Train ``kind`` on ``fraction`` of the work folder's training data; returns the run's log."""
    cfg = work / "configs" / f"{kind}.cfg"
    corpus = work / "corpus"
    out = run_dir(work, kind, fraction)
    kept, total = subsample(corpus / f"{kind}_train.spacy", out / "train.spacy", fraction)
    print(f"{kind} x{fraction:g}: training on {kept} of {total} documents", flush=True)
    dev = corpus / ("ud_heldout.spacy" if kind == "ud" else
                    "ner_select.spacy" if (corpus / "ner_select.spacy").exists() else "ner_heldout.spacy")
    pre = sorted((work / "pretrain").glob("model*.bin"), key=lambda q: q.stat().st_mtime)
    cmd = [sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(out / "model"),
           "--paths.train", str(out / "train.spacy"), "--paths.dev", str(dev),
           "--training.max_steps", str(max_steps), "--training.patience", "0"]
    if pre:
        cmd += ["--paths.init_tok2vec", str(pre[-1])]
    log = out / "train.log"
    with log.open("w", encoding="utf-8") as fh:
        subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False)
    return log


def run_dir(work: Path, kind: str, fraction: float) -> Path:
    return Path("build/learning_curve") / f"{work.name}-{kind}-{fraction:g}"


def report(work: Path, kind: str, fractions: list[float], baseline: Path | None = None) -> None:
    """Dev score per step of each fraction, and the best score each reached within the steps all of them ran."""
    runs = {f: scores(run_dir(work, kind, f) / "train.log", SCORE[kind]) for f in fractions
            if (run_dir(work, kind, f) / "train.log").exists()}
    if baseline is not None:
        runs[1.0] = scores(baseline, SCORE[kind])
        runs = dict(sorted(runs.items()))
    if not runs:
        print("no runs yet")
        return
    common = sorted(set.intersection(*(set(r) for r in runs.values())) - {0})
    print(f"{SCORE[kind]} on the dev slice; columns: fraction of the training data")
    print("step  " + "  ".join(f"{f:>5g}" for f in runs))
    for step in common:
        print(f"{step:5d} " + "  ".join(f"{runs[f][step]:5.1f}" for f in runs))
    if common:
        best = {f: max(r[s] for s in common) for f, r in runs.items()}
        print(f"best within {common[-1]} steps: " + ", ".join(f"x{f:g} {b:.1f}" for f, b in best.items()))
        ordered = sorted(best)
        for lo, hi in itertools.pairwise(ordered):
            print(f"x{lo:g} -> x{hi:g}: {best[hi] - best[lo]:+.1f} points")


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--work", type=Path, required=True, help="finished training work folder (build/training/LANG)")
    p.add_argument("--kind", choices=sorted(SCORE), required=True)
    p.add_argument("--fraction", type=float, action="append",
                   help="fraction of the training data (repeatable; default 1 and 0.5)")
    p.add_argument("--max-steps", type=int, default=4000)
    p.add_argument("--report-only", action="store_true", help="only compare the logs of earlier runs")
    p.add_argument("--baseline-log", type=Path,
                   help="use this spacy train log as the full-data run (only if it ran the same config and "
                        "pretrained tok2vec, e.g. the work folder's own logs/ud.log)")
    a = p.parse_args(argv)
    fractions = a.fraction or [1.0, 0.5]
    if not (a.work / "configs" / f"{a.kind}.cfg").exists() or not (a.work / "corpus" / f"{a.kind}_train.spacy").exists():
        sys.exit(f"{a.work} holds no finished {a.kind} run (need configs/{a.kind}.cfg and corpus/{a.kind}_train.spacy); "
                 f"train first: python -m graphbuild.nlp.train --lang LANG")
    if not a.report_only:
        for f in fractions:
            run_fraction(a.work, a.kind, f, a.max_steps)
    report(a.work, a.kind, fractions, a.baseline_log)


if __name__ == "__main__":
    main()
