"""Orientation adjectives: "pro-Russian separatists", "anti-American protesters" are not Russia's or America's.

The English tokenizer splits "Pro-Russian" into "Pro", "-", "Russian", and every rule that reads a country
adjective before a noun then finds Russia. :func:`merge_orientation_adjectives` joins such a glued prefix,
hyphen and country adjective back into one adjective token after parsing, so the country lookups see
"Pro-Russian", which names no country. German writes them as one word ("prorussische", "antiamerikanische").
The prefixes are data (``orientation_prefixes`` in ``data/grammar/<lang>.yaml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


def merge_orientation_adjectives(doc: Doc, lang: str) -> int:
    """Merge "pro" + "-" + adjective (written without spaces) into one token; returns how many were merged."""
    from graphbuild.extract.language import rules_for

    prefixes = rules_for(lang).word_set("orientation_prefixes")
    if not prefixes:
        return 0
    spans = []
    i = 0
    while i + 2 < len(doc):
        first, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        if first.lower_ in prefixes and hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ \
                and word.text[:1].isupper() and word.is_alpha and not _crosses_entity(doc, i, i + 3):
            spans.append(doc[i:i + 3])
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                word = span[2]
                retokenizer.merge(span, attrs={"POS": "ADJ", "TAG": word.tag_ if word.pos_ == "ADJ" else "JJ",
                                               "LEMMA": span.text.lower(), "ENT_TYPE": "", "ENT_IOB": 2})
    return len(spans)


def _crosses_entity(doc: Doc, start: int, end: int) -> bool:
    """An entity that begins or ends inside ``doc[start:end]`` and reaches outside it."""
    return any(e.start < end and e.end > start and (e.start < start or e.end > end) for e in doc.ents)
