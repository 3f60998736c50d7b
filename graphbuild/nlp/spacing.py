"""Runs of spaces inside a line, as scraped text has them ("Fotograf Laurent  Mekul", "(SPÖ)  ersehnte").

spaCy makes such a run a whitespace token of its own. The bundled pipelines never saw one in training: they tag it
as a word and often end the sentence there ("Die Opposition  lehnte den Plan ab." became two sentences, the first
without a verb). So the statistical components run on the text with each run collapsed to one space
(:class:`CollapsingTokenizer`, installed as the pipeline's tokenizer), and the last component carries every
annotation back onto a document of the original text (:func:`restore`), where each run is again a whitespace
token, hung on the word before it. Character offsets therefore stay those of the original text. Line breaks are
left alone: the ``graphbuild_line_breaks`` component reads them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

#: a run of spaces or tabs between two non-space characters of one line, other than a single space
INNER_RUN = re.compile(r"(?<=\S)(?: {2,}|[ \t]*\t[ \t]*)(?=\S)")
#: where :class:`CollapsingTokenizer` keeps the original text of a document it tokenized collapsed
ORIGINAL = "graphbuild_original_text"


class CollapsingTokenizer:
    """Tokenize the text with inner runs of spaces collapsed, remembering the original text on the document."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        collapsed = INNER_RUN.sub(" ", text)
        doc = self.tokenizer(collapsed)
        if collapsed != text:
            doc.user_data[ORIGINAL] = text
        return doc

    def __getattr__(self, name: str) -> object:  # the wrapped tokenizer's rules, vocab, to_disk, …
        return getattr(self.tokenizer, name)


@Language.component("graphbuild_spacing")
def restore_spacing(doc: Doc) -> Doc:
    """The annotated document over the original text, when the tokenizer collapsed runs of spaces."""
    original = doc.user_data.get(ORIGINAL)
    return doc if original is None else restore(doc, original)


def restore(doc: Doc, original: str) -> Doc:
    """A document of ``original`` with the annotations of ``doc`` (the same text with inner runs of spaces
    collapsed); each run is a whitespace token hung on the word before it. ``doc`` itself when the texts do not
    align (nothing is lost, the runs just stay collapsed in the offsets)."""
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    source: list[int | None] = []  # index in ``doc``, None for a restored run
    word_before: list[int] = []  # for each token of the result, the index in ``doc`` of the last word up to it
    at = 0
    for token in doc:
        if not original.startswith(token.text, at):
            return doc
        at += len(token.text)
        words.append(token.text)
        source.append(token.i)
        word_before.append(token.i)
        if not token.whitespace_:
            spaces.append(False)
            continue
        run = re.match(r"[ \t]+", original[at:])
        if run is None:
            return doc
        text = run.group()
        at += len(text)
        spaces.append(text[0] == " ")
        rest = text[1:] if text[0] == " " else text
        if rest:
            words.append(rest)
            spaces.append(False)
            source.append(None)
            word_before.append(token.i)
    if at != len(original):
        return doc
    new_index: dict[int, int] = {old: new for new, old in enumerate(source) if old is not None}
    tags, pos, morphs, lemmas, heads, deps, ents = [], [], [], [], [], [], []
    for new, old in enumerate(source):
        if old is not None:
            token = doc[old]
            tags.append(token.tag_)
            pos.append(token.pos_)
            morphs.append(str(token.morph))
            lemmas.append(token.lemma_)
            heads.append(new_index[token.head.i])
            deps.append(token.dep_)
            ents.append(f"{token.ent_iob_}-{token.ent_type_}" if token.ent_type_ else "O")
            continue
        before = doc[word_before[new]]  # a run always follows a word
        after = doc[before.i + 1] if before.i + 1 < len(doc) else None
        tags.append("_SP")
        pos.append("SPACE")
        morphs.append("")
        lemmas.append(words[new])
        heads.append(new - 1)
        deps.append("dep")
        inside = bool(before.ent_type_) and after is not None and after.ent_iob_ == "I" and \
            after.ent_type_ == before.ent_type_
        ents.append(f"I-{before.ent_type_}" if inside else "O")
    has_parse = doc.has_annotation("DEP")
    restored = Doc(doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas,
                   heads=heads if has_parse else None, deps=deps if has_parse else None,
                   ents=ents if doc.has_annotation("ENT_IOB") else None)
    if not has_parse:
        for new, old in enumerate(source):
            if old is not None and doc[old].is_sent_start is not None:
                restored[new].is_sent_start = doc[old].is_sent_start
    restored.user_data.update({k: v for k, v in doc.user_data.items() if k != ORIGINAL})
    return restored


def add_spacing(nlp: Language) -> None:
    """Collapse runs of spaces for the statistical components and restore them at the end (idempotent)."""
    if "graphbuild_spacing" in nlp.pipe_names:
        return
    nlp.tokenizer = CollapsingTokenizer(nlp.tokenizer)
    nlp.add_pipe("graphbuild_spacing", last=True)
