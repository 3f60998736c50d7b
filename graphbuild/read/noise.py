"""Drop obvious page noise ("weitere Videos", "Read more") before NLP, keeping character offsets stable.

Noise lines are blanked (replaced by spaces of the same length) rather than removed, so offsets of every kept
character stay those of the original text — quotation gold and user tools can point into either.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from graphbuild.resources import data_path


@lru_cache(maxsize=1)
def noise_patterns() -> tuple[re.Pattern[str], ...]:
    """Whole-line regular expressions from ``data/noise.txt`` (one per line, ``#`` comments)."""
    path: Path = data_path("noise.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(
        re.compile(rf"^\s*(?:{line.strip()})\s*$", re.IGNORECASE)
        for line in lines
        if line.strip() and not line.lstrip().startswith("#")
    )


def blank_noise(text: str) -> tuple[str, int]:
    """Return ``text`` with noise lines blanked, and how many lines were blanked."""
    patterns = noise_patterns()
    out: list[str] = []
    blanked = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip() and any(p.match(body) for p in patterns):
            out.append(" " * len(body) + line[len(body):])
            blanked += 1
        else:
            out.append(line)
    return "".join(out), blanked
