"""Per-article language detection for the languages graphbuild has pipelines for.

A stop-word vote is enough to tell German from English news reliably and costs microseconds; anything that
votes for neither is reported as unsupported rather than guessed.
"""

from __future__ import annotations

import re

#: High-frequency function words per language. Keyed by language code; add a language by adding a set.
STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des", "mit", "sich", "auf", "für", "von", "zu", "im", "auch", "es", "an", "als", "wie", "aus", "bei", "nach", "wird", "werden", "sind", "hat", "haben", "wurde", "wurden", "dass", "noch", "über", "nur", "oder", "aber", "vor", "zur", "zum", "sie", "er", "wir", "ihr", "ihre", "sein", "seine", "man", "kann", "sei", "hatte", "diese", "dieser", "dieses", "bis", "beim", "unter", "gegen", "um"]
    ),
    "en": frozenset(
        ["the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "for", "on", "with", "as", "was", "were", "be", "by", "at", "from", "this", "have", "has", "had", "are", "or", "but", "which", "their", "they", "he", "she", "we", "his", "her", "will", "would", "said", "been", "its", "than", "who", "about", "into", "after", "there", "more", "also", "when", "what", "can", "could", "should"]
    ),
}

SUPPORTED = tuple(STOPWORDS)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect(text: str, *, sample_chars: int = 5000) -> str | None:
    """Return the language code of ``text`` or ``None`` when no supported language clearly wins."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if not words:
        return None
    votes = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    best = max(votes, key=lambda k: votes[k])
    ranked = sorted(votes.values(), reverse=True)
    runner_up = ranked[1] if len(ranked) > 1 else 0
    # Short headlines have few function words: two hits and a clear lead suffice; longer texts need 5 % of words.
    needed = 2 if len(words) < 40 else max(2, int(0.05 * len(words)))
    if votes[best] >= needed and votes[best] >= 2 * runner_up:
        return best
    return None
