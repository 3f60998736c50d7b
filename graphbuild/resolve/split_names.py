"""Person names the NER split after the given name: "John/B-PER Dowd/B-PER", "Ben/B-PER Ray/B-PER Luján/I-PER".

A compact NER often opens a new entity after a given name, and the article then has a person "John" and a person
"Dowd" (or only the first, as the subject). :func:`join_split_names` joins a one-word person entity that is a
listed given name (``first_names.tsv``) with the person entity right after it, separated by one space, into one
entity, before any name is resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PERSON_LABELS = frozenset({"PER", "PERSON"})


def join_split_names(doc: Doc) -> int:
    """Join split person entities in ``doc`` (in place); returns how many were joined."""
    from spacy.tokens import Span

    from graphbuild.resolve.gender import first_names

    given = first_names()
    ents: list[Span] = list(doc.ents)
    out: list[Span] = []
    joined = 0
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and _split(last, ent, given):
            out[-1] = Span(doc, last.start, ent.end, label=last.label_)
            joined += 1
        else:
            out.append(ent)
    if joined:
        doc.ents = out
    return joined


def _split(first: Span, second: Span, given: dict[str, str]) -> bool:
    return first.label_ in PERSON_LABELS and second.label_ in PERSON_LABELS and second.start == first.end and \
        len(first) == 1 and first[0].text.casefold() in given and first[0].whitespace_ == " " and \
        second[0].text[:1].isupper()
