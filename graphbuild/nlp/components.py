"""spaCy components graphbuild adds to every pipeline (bundled or official).

``graphbuild_line_breaks`` runs before the parser and starts a new sentence after a paragraph break or after
a line that ends a sentence, so headlines and datelines inside scraped text never merge into the next sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: text that ends a sentence (also used to tell whether a parser "sentence" really ended)
SENTENCE_END = re.compile(r"[.!?:;\"“”»«')\]]\s*$")


@Language.component("graphbuild_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Mark hard sentence starts after blank lines and after lines ending in sentence punctuation."""
    last_real = -1
    newlines = 0
    for i, token in enumerate(doc):
        if token.is_space:
            newlines += token.text.count("\n")
            continue
        if last_real >= 0:
            newlines += doc[last_real].whitespace_.count("\n")
            if newlines >= 2 or (newlines == 1 and SENTENCE_END.search(doc[last_real].text)):
                token.is_sent_start = True
        last_real = i
        newlines = 0
    return doc


def add_graphbuild_components(nlp: Language) -> None:
    """Insert graphbuild's components into a loaded pipeline (idempotent)."""
    if "graphbuild_line_breaks" in nlp.pipe_names:
        return
    for anchor in ("parser", "senter"):
        if anchor in nlp.pipe_names:
            nlp.add_pipe("graphbuild_line_breaks", before=anchor)
            return
    nlp.add_pipe("graphbuild_line_breaks", first=True)
