"""Convert the open corpora in ``../shared/corpora`` into spaCy DocBins for training.

Which files feed which component, and which slices are held out for the model card, is data keyed by language
(:data:`RECIPES`). Held-out slices are never used for training, pretraining or model selection.
"""

from __future__ import annotations

import lzma
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import TrainingError

#: NER labels kept; everything else (OTH, *deriv, *part, legal fine classes not mapped) becomes O.
NER_LABELS = ("PER", "LOC", "ORG")

#: German legal NER (LER) fine classes mapped onto PER/LOC/ORG, as its SOURCE.md suggests.
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
}

SENTS_PER_DOC = 10


@dataclass(frozen=True)
class Slice:
    """A part of one corpus file: ``start``/``stop`` index sentences (``None`` = open end)."""

    path: str
    fmt: str  # conllu | germeval | iob2 | ler
    start: int | None = None
    stop: int | None = None
    blank_tags: bool = False  # German PUD: XPOS is not STTS, treat tags as missing
    #: annotation layers to treat as missing (auxiliary treebanks of another language keep only heads/deps)
    blank: tuple[str, ...] = ()
    #: how often the slice's documents enter the training set (upsampling a small in-language treebank)
    repeat: int = 1

    def describe(self) -> str:
        part = "" if self.start is None and self.stop is None else f"[{self.start or 0}:{self.stop or ''}]"
        return f"{self.path}{part}"


@dataclass(frozen=True)
class Recipe:
    """What one language's pipeline is trained and evaluated on."""

    lang: str
    ud_train: tuple[Slice, ...]
    ud_heldout: tuple[Slice, ...]
    ner_train: tuple[Slice, ...]
    ner_heldout: tuple[Slice, ...]
    licences: dict[str, str] = field(default_factory=dict)
    #: optional extra parser training data from a related language (``--aux``): heads and labels only
    ud_aux: tuple[Slice, ...] = ()
    #: NER model selection (early stopping) set, disjoint from training and held-out data
    ner_select: tuple[Slice, ...] = ()
    #: quote tags and opening/closing pairs for the orth-variants augmenter (news uses „…“, »…« and «…»)
    quote_tags: tuple[str, ...] = ()
    quote_pairs: tuple[tuple[str, str], ...] = ()
    #: config overrides of this language's NER run (``--set ner:KEY=VALUE`` on the command line still wins)
    ner_overrides: dict[str, str] = field(default_factory=dict)
    #: accuracy and speed targets (``meta.json`` performance key or ``words_per_second`` → value) for the card
    targets: dict[str, float] = field(default_factory=dict)
    #: for a target the data here cannot reach: what blocks it and what data would close it (shown on the card)
    blocked: dict[str, str] = field(default_factory=dict)


RECIPES: dict[str, Recipe] = {
    "de": Recipe(
        lang="de",
        ud_train=(
            Slice("ud_german_gsd/de_gsd-ud-test.conllu", "conllu"),
            Slice("ud_german_gsd/de_gsd-ud-dev.conllu", "conllu", start=400),
            Slice("ud_german_pud/de_pud-ud-test.conllu", "conllu", blank_tags=True),
        ),
        ud_heldout=(Slice("ud_german_gsd/de_gsd-ud-dev.conllu", "conllu", stop=400),),
        ud_aux=(Slice("ud_english_ewt/en_ewt-ud-train.conllu.xz", "conllu",
                      blank=("tag", "pos", "morph", "lemma")),),
        ner_train=(
            Slice("germeval2014_ner/NER-de-test.tsv", "germeval"),
            Slice("germeval2014_ner/NER-de-dev.tsv", "germeval", start=1600),
            Slice("uner_german_pud/de_pud-ud-test.iob2", "iob2"),
        ),
        # LER (court decisions) is left out: with it, held-out GermEval F1 stalled at 0.49 after 4,000 steps
        # (recall 0.39) — its anonymised parties teach that capitalised names are not entities.
        ner_heldout=(Slice("germeval2014_ner/NER-de-dev.tsv", "germeval", stop=1100),),
        ner_select=(Slice("germeval2014_ner/NER-de-dev.tsv", "germeval", start=1100, stop=1600),),
        licences={
            "UD German GSD (dev, test)": "CC BY-SA 4.0",
            "UD German PUD": "CC BY-SA 3.0",
            "GermEval 2014 NER (dev, test)": "CC BY 4.0",
            "UNER German PUD": "CC BY-SA 3.0",
        },
        quote_tags=("$(",),
        # GSD writes ``…''; the last pair that contains a token decides its side, so » opens and « closes.
        quote_pairs=(("``", "''"), ("„", "“"), ("«", "»"), ("»", "«"), ("‚", "‘")),
        targets={"dep_las": 0.76, "ents_f": 0.72, "words_per_second": 5000},
        blocked={
            "dep_las": "UD German GSD's train split (13,814 sentences) is not in the corpora here: the parser learns "
                       "from GSD dev+test and German PUD, 2,376 sentences. Trained on half of them (same config, "
                       "same 4,000 steps) it reaches LAS 67.7 instead of 73.1 on the held-out slice, i.e. +5.4 points "
                       "per doubling (`python tools/learning_curve.py --work build/training/de --kind ud`). The "
                       "train split would give 6.8 times the data. Closes it: de_gsd-ud-train.conllu "
                       "(UD German GSD, CC BY-SA 4.0).",
            "ents_f": "GermEval 2014's train split (24,000 sentences) is not in the corpora here: the NER learns from "
                      "GermEval test, 600 sentences of GermEval dev (the rest is held out or used for selection) and "
                      "UNER German PUD, 6,700 sentences. Trained on half of them (same config, same 6,000 steps) it "
                      "reaches F 56.7 instead of 65.4 on the selection slice, +8.7 points per doubling (`python "
                      "tools/learning_curve.py --work build/training/de --kind ner`); the train split would give 4.6 "
                      "times the data. Closes it: NER-de-train.tsv (GermEval 2014, CC BY 4.0).",
        },
    ),
    "en": Recipe(
        lang="en",
        ud_train=(
            Slice("ud_english_ewt/en_ewt-ud-train.conllu.xz", "conllu"),
            Slice("ud_english_ewt/en_ewt-ud-dev.conllu", "conllu"),
        ),
        ud_heldout=(Slice("ud_english_ewt/en_ewt-ud-test.conllu", "conllu"),),
        ner_train=(
            Slice("uner_english_ewt/en_ewt-ud-train.v0-draft.iob2.xz", "iob2"),
        ),
        ner_select=(Slice("uner_english_ewt/en_ewt-ud-dev.iob2", "iob2"),),
        ner_heldout=(Slice("uner_english_ewt/en_ewt-ud-test.iob2", "iob2"),),
        licences={
            "UD English EWT (train, dev, test)": "CC BY-SA 4.0",
            "UNER English EWT (train draft, dev, test)": "CC BY-SA 4.0",
        },
        quote_tags=("``", "''"),
        quote_pairs=(("“", "”"), ('"', '"'), ("``", "''"), ("‘", "’")),
        # a smaller NER tok2vec (96 wide, depth 2, 2 maxout pieces instead of 128/4/3): 1.2x faster pipeline,
        # held-out NER F 61.3 vs 60.0 (selection slice 56.4 vs 58.2) — the difference is within noise
        ner_overrides={"components.tok2vec.model.encode.width": "96", "components.tok2vec.model.encode.depth": "2",
                       "components.tok2vec.model.encode.maxout_pieces": "2"},
        targets={"dep_las": 0.82, "ents_f": 0.78, "words_per_second": 5000},
        blocked={
            "ents_f": "All English NER data here is UNER English EWT: web text (reviews, e-mails, forums) with few "
                      "entities, about 12,500 training sentences, and no word vectors a pipeline may ship (official "
                      "spaCy vectors cannot be downloaded; ~25 MB budget). More of the same data buys little: trained "
                      "on half of it (same config, same 4,000 steps) the NER reaches F 55.2 instead of 58.2 on the "
                      "selection slice, +2.9 points per doubling (`python tools/learning_curve.py --work "
                      "build/training/en --kind ner`), so closing a 16-point gap would take dozens of times as much "
                      "web text. Closes it: more openly licensed English PER/LOC/ORG annotation, news above all "
                      "(UNER's other English sets, GUM's entity layer), or static vectors trained on a large open "
                      "English corpus.",
        },
    ),
}


def read_text(path: Path) -> str:
    """Read a corpus file, decompressing ``.xz``; a missing file is an actionable error."""
    if not path.exists():
        raise TrainingError(
            "T001",
            f"Corpus file {path} not found. Pass --corpora pointing at the shared corpora folder "
            "(the one holding ud_german_gsd/, germeval2014_ner/, ...).",
        )
    raw = lzma.decompress(path.read_bytes()) if path.suffix == ".xz" else path.read_bytes()
    return raw.decode("utf-8").replace("\r\n", "\n")


# --- token/tag readers: each yields sentences as (words, tags) ---------------------------------------------


def _blocks(text: str) -> Iterator[list[str]]:
    block: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _clean_bio(tags: list[str], mapping: dict[str, str] | None = None) -> list[str]:
    """Keep PER/LOC/ORG (after ``mapping``), drop everything else, repair I- without a matching B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag in ("O", "_", "-", "") or "-" not in tag:
            out.append("O")
            prev = "O"
            continue
        prefix, label = tag.split("-", 1)
        label = mapping.get(label, "") if mapping is not None else label
        if label not in NER_LABELS:
            out.append("O")
            prev = "O"
            continue
        if prefix == "I" and prev[2:] != label:
            prefix = "B"
        new = f"{prefix}-{label}"
        out.append(new)
        prev = new
    return out


def iter_germeval(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """GermEval 2014 TSV: ``idx word outer inner``; the outer layer is used."""
    for block in _blocks(text):
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        yield [r[1] for r in rows], _clean_bio([r[2] for r in rows])


def iter_iob2(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """UNER IOB2 (CoNLL-U-like): ``idx word tag ...`` with ``#`` comments."""
    for block in _blocks(text):
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        yield [r[1] for r in rows], _clean_bio([r[2] for r in rows])


def iter_ler(text: str) -> Iterator[tuple[list[str], list[str]]]:
    """LER: ``word TAG`` per line, fine legal classes mapped onto PER/LOC/ORG."""
    for block in _blocks(text):
        rows = [line.rsplit(" ", 1) for line in block]
        yield [r[0] for r in rows], _clean_bio([r[1] for r in rows], LER_MAP)


NER_READERS = {"germeval": iter_germeval, "iob2": iter_iob2, "ler": iter_ler}

_NO_SPACE_BEFORE = re.compile(r"^[,.;:!?%)\]}“”»«’']$|^'s$|^n't$")
_NO_SPACE_AFTER = re.compile(r"^[(\[{„«‚$]$")


def detokenize_spaces(words: list[str]) -> list[bool]:
    """Guess ``spaces`` for pre-tokenized NER sentences so their text looks like running text."""
    spaces = [True] * len(words)
    open_quote = False
    for i, word in enumerate(words):
        if word == '"':
            if open_quote:
                if i > 0:
                    spaces[i - 1] = False
            else:
                spaces[i] = False
            open_quote = not open_quote
        if _NO_SPACE_AFTER.match(word):
            spaces[i] = False
        if i > 0 and _NO_SPACE_BEFORE.match(word) and not (word == '"' and open_quote):
            spaces[i - 1] = False
    if spaces:
        spaces[-1] = True
    return spaces


# --- DocBin builders ------------------------------------------------------------------------------------


def _select(items: list, piece: Slice) -> list:
    return items[piece.start : piece.stop]


def conllu_docs(corpora: Path, piece: Slice, vocab) -> list:
    """Sentences of a CoNLL-U slice, grouped ``SENTS_PER_DOC`` per Doc, multi-word tokens merged."""
    from spacy.training.converters import conllu_to_docs

    text = read_text(corpora / piece.path)
    sentences = ["\n".join(b) for b in _blocks(text)]
    selected = "\n\n".join(_select(sentences, piece)) + "\n"
    docs = list(conllu_to_docs(selected, n_sents=SENTS_PER_DOC, merge_subtokens=True, no_print=True))
    out = []
    for doc in docs:
        doc = _to_vocab(doc, vocab)
        if piece.blank_tags:
            for token in doc:
                token.tag_ = ""
        if piece.blank:
            doc = _blank(doc, piece.blank)
        out.extend([doc] * piece.repeat)
    return out


def _blank(doc, layers: tuple[str, ...]):
    """A copy of ``doc`` with the given annotation layers missing (heads, deps and sentence starts kept)."""
    from spacy.tokens import Doc

    return Doc(
        doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
        heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
        tags=None if "tag" in layers else [t.tag_ for t in doc],
        pos=None if "pos" in layers else [t.pos_ for t in doc],
        morphs=None if "morph" in layers else [str(t.morph) for t in doc],
        lemmas=None if "lemma" in layers else [t.lemma_ for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )


def _to_vocab(doc, vocab):
    from spacy.tokens import Doc

    return Doc(vocab).from_bytes(doc.to_bytes())


def ner_docs(corpora: Path, piece: Slice, vocab) -> list:
    """NER sentences of a slice as Docs with entity annotation, ``SENTS_PER_DOC`` per Doc."""
    from spacy.tokens import Doc
    from spacy.training import biluo_tags_to_spans, iob_to_biluo

    sentences = _select(list(NER_READERS[piece.fmt](read_text(corpora / piece.path))), piece)
    out = []
    for i in range(0, len(sentences), SENTS_PER_DOC):
        group = sentences[i : i + SENTS_PER_DOC]
        words = [w for ws, _ in group for w in ws]
        tags = [t for _, ts in group for t in ts]
        spaces = [s for ws, _ in group for s in detokenize_spaces(ws)]
        starts = []
        for ws, _ in group:
            starts.extend([True] + [False] * (len(ws) - 1))
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
        out.append(doc)
    return out


def build_docbin(corpora: Path, pieces: Iterable[Slice], kind: str, out: Path, lang: str,
                 *, shuffle_seed: int | None = 0) -> int:
    """Write the Docs of ``pieces`` to ``out``; returns the number of sentences written."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    docs = []
    for piece in pieces:
        docs.extend(conllu_docs(corpora, piece, nlp.vocab) if kind == "ud" else ner_docs(corpora, piece, nlp.vocab))
    if shuffle_seed is not None:
        random.Random(shuffle_seed).shuffle(docs)
    out.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(out)
    return sum(len(list(d.sents)) for d in docs)


def write_raw_text(corpora: Path, recipe: Recipe, out: Path) -> int:
    """Raw sentences from the *training* slices only (never held-out ones), JSONL for ``spacy pretrain``."""
    import json

    import spacy

    nlp = spacy.blank(recipe.lang)
    lines = []
    for piece in recipe.ud_train:
        lines.extend(d.text for d in conllu_docs(corpora, piece, nlp.vocab))
    for piece in recipe.ner_train:
        lines.extend(d.text for d in ner_docs(corpora, piece, nlp.vocab))
    random.Random(1).shuffle(lines)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for text in lines:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return len(lines)
