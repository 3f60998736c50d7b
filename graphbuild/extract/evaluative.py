"""Type a quote by its content when its cue verb is neutral: praise (051) or criticism (111).

Word stems per language and polarity are data (``data/lexicon/evaluative.tsv``). The balance must be clear
(two more words of one polarity than of the other), so ordinary statements stay plain statements.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from graphbuild.resources import data_path

PRAISE, CRITICISE = "051", "111"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _stems() -> dict[tuple[str, str], tuple[str, ...]]:
    with data_path("lexicon", "evaluative.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader((line for line in fh if line.strip() and not line.startswith("#")),
                                   delimiter="\t"))
    out: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        out.setdefault((row["lang"], row["polarity"]), []).append(row["stem"].lower())
    return {k: tuple(v) for k, v in out.items()}


def balance(text: str, lang: str) -> int:
    """Positive minus negative evaluative words in ``text``."""
    words = [w.lower() for w in _WORD.findall(text)]
    joined = " ".join(words)
    score = 0
    for polarity, sign in (("positive", 1), ("negative", -1)):
        for stem in _stems().get((lang, polarity), ()):
            if " " in stem:
                score += sign * joined.count(stem)
            else:
                score += sign * sum(1 for w in words if w.startswith(stem))
    return score


def content_code(text: str, lang: str) -> str | None:
    """CAMEO code the content of a quote stands for, or ``None`` when it is not clearly evaluative."""
    score = balance(text, lang)
    if score >= 2:
        return PRAISE
    if score <= -2:
        return CRITICISE
    return None
