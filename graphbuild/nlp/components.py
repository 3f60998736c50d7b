"""spaCy components graphbuild adds to every pipeline (bundled or official).

``graphbuild_line_breaks`` runs before the parser and starts a new sentence after a paragraph break or after
a line that ends a sentence, so headlines and datelines inside scraped text never merge into the next sentence.
It also sets a dateline before a dash apart ("Wien/Graz – Schirnhofer hat …", "WASHINGTON (Reuters) - Top U.S.
Republicans said …") and the speaker labels of a printed interview ("STANDARD: …", "Stöger: …"), which the parser
would otherwise make part of a sentence's subject. ``graphbuild_spacing`` (:mod:`graphbuild.nlp.spacing`) runs
last: the components see runs of spaces inside a line collapsed, the document keeps them.
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
    _glued_hyphens(doc)
    _dateline_breaks(doc)
    _agency_break(doc)
    _interview_breaks(doc)
    return doc


def _glued_hyphens(doc: Doc) -> None:
    """No sentence starts inside a hyphenated word ("Feldman-Piltch said …" read as "Feldman-" and "Piltch said
    …"): the hyphen and the word after it continue the word before."""
    for token in doc[1:-1]:
        if token.text in {"-", "‐", "‑"} and not token.whitespace_ and not doc[token.i - 1].whitespace_ and \
                doc[token.i + 1].is_alpha and doc[token.i - 1].is_alpha and doc[token.i + 1].is_sent_start is None:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False


#: a speaker label of a printed interview: one to three capitalised words and a colon at the start of the text, a
#: line or a sentence, before a capitalised word ("STANDARD: Vor drei Jahren …", "Stöger: Ich habe …")
INTERVIEW_LABEL = re.compile(r"(?:^|(?<=\n)|(?<=[.?!“”\"»«] ))\s*([A-ZÄÖÜ][\w'’.-]*(?: [A-ZÄÖÜ][\w'’.-]*){0,2}): "
                             r"(?=[A-ZÄÖÜ„\"»])", re.UNICODE)
#: how many labels make an article an interview
INTERVIEW_TURNS = 4


def interview_labels(text: str) -> list[re.Match[str]]:
    """The speaker labels of a printed interview in ``text`` (group 1: the label), or none when there are fewer than
    ``INTERVIEW_TURNS`` ("Zum Vergleich: Die …" once is no interview)."""
    labels = list(INTERVIEW_LABEL.finditer(text))
    return labels if len(labels) >= INTERVIEW_TURNS else []


def _interview_breaks(doc: Doc) -> None:
    """Set an interview's speaker labels apart: "STANDARD: Aber sobald …" would make the label the subject."""
    for label in interview_labels(doc.text):
        first = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        after = doc.char_span(label.end(), label.end() + 1, alignment_mode="expand")
        if first is None or after is None:
            continue
        if first.start > 0:
            doc[first.start].is_sent_start = True
        doc[after.start].is_sent_start = True


#: dashes that close a dateline
DATELINE_DASHES = frozenset({"–", "—", "-", "--"})
#: how far into an article a dateline may stand (after a headline or a teaser sentence)
DATELINE_WITHIN = 400
#: at most this many tokens of place names, commas, slashes and a bracketed agency
DATELINE_TOKENS = 10


def _dateline_breaks(doc: Doc) -> None:
    """Start new sentences around a dateline near the top of the article: capitalised place names (with commas,
    slashes, abbreviations and a bracketed agency, no function word) after the start of the text or of a sentence,
    closed by a dash and followed by a capitalised word. "Franzosen verteidigen 2:1-Führung – Kritische Stimmen"
    (lower-case verb) and "Steve Mnuchin - the first of …" (lower-case after the dash) are no datelines."""
    for dash in doc:
        if dash.idx > DATELINE_WITHIN:
            return
        if dash.text not in DATELINE_DASHES or dash.i + 1 >= len(doc) or not doc[dash.i + 1].text[:1].isupper() or \
                dash.i > 0 and not dash.whitespace_ and not doc[dash.i - 1].whitespace_:
            continue  # (a hyphen inside a word is no dash: "Feldman-Piltch")
        start = _dateline_start(doc, dash.i)
        if start is None:
            continue
        if start > 0:
            doc[start].is_sent_start = True
        doc[dash.i + 1].is_sent_start = True


#: at most this many words inside the bracketed agency that opens an article ("(CNN)", "(AP Photo)")
AGENCY_TOKENS = 3


def _agency_break(doc: Doc) -> None:
    """Start a new sentence after the bracketed news agency that opens an article without a dateline ("(CNN)
    High-level advisers …"): capitalised words only, followed by a capitalised word. Its name is no subject."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None or first.text != "(":
        return
    close = next((t for t in doc[first.i + 1:first.i + AGENCY_TOKENS + 2] if t.text == ")"), None)
    if close is None or close.i == first.i + 1 or close.i + 1 >= len(doc):
        return
    inside = doc[first.i + 1:close.i]
    after = doc[close.i + 1]
    if all(t.text[:1].isupper() for t in inside) and after.text[:1].isupper():
        after.is_sent_start = True


def _dateline_start(doc: Doc, dash: int) -> int | None:
    """Index of the first token of the dateline ending before ``dash``, or ``None`` when the words before it are
    no dateline."""
    depth = 0
    i = dash - 1
    while i >= 0 and dash - i <= DATELINE_TOKENS:
        token = doc[i]
        text = token.text
        if token.is_space:
            return None
        if text == ")":
            depth += 1
        elif text == "(":
            depth -= 1
        elif depth == 0 and not (text in {",", "/", "."} or (text[:1].isupper() and not token.is_stop)):
            return None
        before = doc[i - 1] if i > 0 else None
        if depth == 0 and text[:1].isupper() and (before is None or before.is_space or "\n" in before.whitespace_
                                                  or before.text in {".", "!", "?"}):
            return i
        i -= 1
    return None


def add_graphbuild_components(nlp: Language) -> None:
    """Insert graphbuild's components into a loaded pipeline (idempotent): the line breaks, and the runs of
    spaces the statistical components never see (:mod:`graphbuild.nlp.spacing`)."""
    from graphbuild.nlp.spacing import add_spacing

    add_spacing(nlp)
    if "graphbuild_line_breaks" in nlp.pipe_names:
        return
    for anchor in ("parser", "senter"):
        if anchor in nlp.pipe_names:
            nlp.add_pipe("graphbuild_line_breaks", before=anchor)
            return
    nlp.add_pipe("graphbuild_line_breaks", first=True)
