"""Dictionary lemmas (simplemma) as a second opinion next to the pipeline's lemmatizer.

A compact trained lemmatizer gets German right about nine times in ten (lemma accuracy in the model card);
simplemma's lexicon is right more often for verbs and nouns in news ("baute" → "bauen", "Zöllen" → "Zoll",
"einzufordern" → "einfordern"). Rules look predicates up under both.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "en")


@lru_cache(maxsize=200_000)
def dictionary_lemma(word: str, lang: str) -> str:
    """simplemma's lemma for ``word`` (the word itself when simplemma does not know it)."""
    if lang not in SUPPORTED or not word:
        return word
    import simplemma

    return simplemma.lemmatize(word, lang=lang)


@lru_cache(maxsize=200_000)
def known_word(word: str, lang: str) -> bool:
    """Whether simplemma's lexicon lists ``word`` (common words, and also many frequent names)."""
    if lang not in SUPPORTED or not word:
        return False
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def in_or_compound_of(word: str, nouns: frozenset[str] | set[str], min_end: int) -> bool:
    """``word`` is one of ``nouns`` or a German compound ending in one at least ``min_end`` letters long
    ("Polizeiangaben" ← "angaben", "Umweltschutzorganisation" ← "organisation")."""
    return word in nouns or any(word.endswith(n) and len(n) >= min_end for n in nouns)


@lru_cache(maxsize=50_000)
def known_compound_end(word: str, lang: str, min_end: int = 5, min_length: int = 12) -> bool:
    """A German-style compound of at least ``min_length`` letters whose last part of at least ``min_end`` letters
    the lexicon knows ("Vollformatkamera" ← "Kamera"; a surname such as "Christandl" ← "Standl" is too short); the
    whole word counts too."""
    if known_word(word, lang):
        return True
    return len(word) >= min_length and "-" not in word and any(
        known_word(word[i:].capitalize(), lang) for i in range(4, len(word) - min_end + 1))
