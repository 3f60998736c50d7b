"""Find direct-quotation spans in running text by their quote marks („…“, "…", «…», »…«, “…”, ‚…‘).

Works on characters, not tokens, so it is independent of any pipeline. A quote never crosses a blank line and
is at most ``MAX_QUOTE`` characters long; an opening mark without its closing mark is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_QUOTE = 2500

#: opening mark → accepted closing marks
PAIRS: dict[str, tuple[str, ...]] = {
    "„": ("“", "”", '"'),
    "“": ("”", "“"),
    '"': ('"',),
    "«": ("»",),
    "»": ("«",),
    "‚": ("‘", "’"),
    "‹": ("›",),
    "›": ("‹",),
}


@dataclass(frozen=True)
class QuoteSpan:
    """Character offsets of the quoted text (without the marks) and of the marks themselves."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _closing(text: str, open_at: int, closers: tuple[str, ...]) -> int:
    limit = min(len(text), open_at + MAX_QUOTE)
    i = open_at + 1
    while i < limit:
        ch = text[i]
        if ch in closers:
            return i
        if ch == "\n" and text[i + 1:i + 2] == "\n":
            return -1
        i += 1
    return -1


def find_quotes(text: str) -> list[QuoteSpan]:
    """All non-overlapping quotation spans, in order."""
    out: list[QuoteSpan] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        closers = PAIRS.get(ch)
        if closers is None or (ch == "‚" and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        if ch == '"' and i + 1 < n and text[i + 1].isspace():
            i += 1  # a straight quote followed by a space is a closing mark without an opener
            continue
        close = _closing(text, i, closers)
        if close == -1 or close == i + 1:
            i += 1
            continue
        inner = text[i + 1:close]
        if inner.strip():
            lead = len(inner) - len(inner.lstrip())
            trail = len(inner) - len(inner.rstrip())
            out.append(QuoteSpan(i + 1 + lead, close - trail, i, close + 1, inner.strip()))
        i = close + 1
    return out


def looks_like_title(quote: QuoteSpan, minor_words: frozenset[str] = frozenset()) -> bool:
    """Short capitalised quotes are names of newspapers, films, shows or operations ("„La Jornada“", "“Face the
    Nation”"), not speech: every word capitalised but the ``minor_words`` of titles inside them (articles,
    prepositions, conjunctions)."""
    words = quote.text.split()
    if not 0 < len(words) <= 4 or quote.text.endswith((".", "!", "?", ",")):
        return False
    inner = {i for i, w in enumerate(words) if 0 < i < len(words) - 1 and w in minor_words}
    return all(w[:1].isupper() or not w[:1].isalpha() or i in inner for i, w in enumerate(words))
