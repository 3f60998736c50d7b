"""Learning curve of one training run: retrain on a fraction of its training data and compare the scores.

The bundled pipelines miss some accuracy targets because the corpora here lack their training splits (UD German
GSD train, GermEval 2014 train). This tool measures how much the held-out score moves when the training data we
do have is halved, with everything else (config, pretrained tok2vec, steps) unchanged — the slope per doubling
says how much more data would buy. It reuses a finished training work folder (``python -m graphbuild.nlp.train``
writes ``build/training/LANG``)::

    python tools/learning_curve.py --work build/training/de --kind ud --fraction 0.5 --max-steps 4000
    python tools/learning_curve.py --work build/training/de --kind ner --fraction 0.5 --max-steps 6000

The run goes to ``build/learning_curve/LANG-KIND-FRACTION``; the script prints the dev score per step of both runs
(the full one from the work folder's log) side by side. Nothing here is shipped or committed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

#: the score column printed for each kind: the parser's LAS, the NER's F
SCORE = {"ud": "DEP_LAS", "ner": "ENTS_F"}


def subsample(src: Path, dst: Path, fraction: float) -> tuple[int, int]:
    """Write every k-th document (spread over the whole file, so every source corpus keeps its share)."""
    from spacy.tokens import DocBin
    import spacy

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


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--work", type=Path, required=True, help="finished training work folder (build/training/LANG)")
    p.add_argument("--kind", choices=sorted(SCORE), required=True)
    p.add_argument("--fraction", type=float, default=0.5)
    p.add_argument("--max-steps", type=int, default=4000)
    p.add_argument("--report-only", action="store_true", help="only compare the logs of an earlier run")
    a = p.parse_args(argv)
    cfg = a.work / "configs" / f"{a.kind}.cfg"
    corpus = a.work / "corpus"
    if not cfg.exists() or not (corpus / f"{a.kind}_train.spacy").exists():
        sys.exit(f"{a.work} holds no finished {a.kind} run (need {cfg} and {corpus}/{a.kind}_train.spacy); "
                 f"train first: python -m graphbuild.nlp.train --lang LANG")
    out = Path("build/learning_curve") / f"{a.work.name}-{a.kind}-{a.fraction:g}"
    log = out / "train.log"
    if not a.report_only:
        kept, total = subsample(corpus / f"{a.kind}_train.spacy", out / "train.spacy", a.fraction)
        print(f"training on {kept} of {total} documents", flush=True)
        dev = corpus / ("ud_heldout.spacy" if a.kind == "ud" else
                        "ner_select.spacy" if (corpus / "ner_select.spacy").exists() else "ner_heldout.spacy")
        pre = sorted((a.work / "pretrain").glob("model*.bin"), key=lambda q: q.stat().st_mtime)
        cmd = [sys.executable, "-m", "spacy", "train", str(cfg), "--output", str(out / "model"),
               "--paths.train", str(out / "train.spacy"), "--paths.dev", str(dev),
               "--training.max_steps", str(a.max_steps)]
        if pre:
            cmd += ["--paths.init_tok2vec", str(pre[-1])]
        with log.open("w", encoding="utf-8") as fh:
            subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False)
    full = scores(a.work / "logs" / f"{a.kind}.log", SCORE[a.kind])
    part = scores(log, SCORE[a.kind])
    print(f"step  full  {a.fraction:g}x  ({SCORE[a.kind]} on the dev slice)")
    for step in sorted(set(full) & set(part)):
        print(f"{step:5d} {full[step]:5.1f} {part[step]:5.1f}")
    common = sorted(set(full) & set(part))
    if common:
        best_full = max(full[s] for s in common)
        best_part = max(part[s] for s in common)
        print(f"best up to step {common[-1]}: full {best_full:.1f}, {a.fraction:g}x {best_part:.1f}, "
              f"difference {best_full - best_part:+.1f}")


if __name__ == "__main__":
    main()
