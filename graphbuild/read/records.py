"""Turn one raw record (a dict from JSONL/JSON/CSV, or a text file) into an :class:`Article`."""

from __future__ import annotations

from typing import Any

from graphbuild.errors import InputError
from graphbuild.models import Article, stable_hash
from graphbuild.read.langdetect import SUPPORTED, detect
from graphbuild.read.noise import blank_noise

KNOWN_FIELDS = ("id", "title", "text", "date", "source", "url", "lang")
#: invisible characters publishers put inside words (soft hyphens: "Nix\u00adon"; zero-width spaces, word joiners,
#: byte-order marks), which split names and words for the tokenizer; dropped from the text analysed and stored
INVISIBLE = str.maketrans("", "", "\u00ad\u200b\u2060\ufeff\x00")


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def to_article(record: dict[str, Any], origin: str, *, lang: str | None) -> Article:
    """Validate ``record`` and build the Article; raises :class:`InputError` naming ``origin`` when it cannot.

    ``lang`` forces the language (``--lang de``); otherwise a valid ``lang`` field is used, else detection.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("I010", f"{origin}: no 'text' field (or it is not a string); every article needs its text.")
    if not text.strip():
        raise InputError("I011", f"{origin}: empty text; nothing to analyse, skipped.")
    text = text.replace("\r\n", "\n").translate(INVISIBLE)
    text, _ = blank_noise(text)
    if not text.strip():
        raise InputError("I011", f"{origin}: the text consists of page noise only; skipped.")
    given_lang = _str_or_none(record.get("lang"))
    chosen = lang or (given_lang.lower()[:2] if given_lang else None) or detect(text)
    if chosen is None:
        raise InputError(
            "I012",
            f"{origin}: could not detect the language (graphbuild reads {', '.join(SUPPORTED)}); "
            "pass --lang de or --lang en to force it.",
        )
    if chosen not in SUPPORTED:
        raise InputError(
            "I013", f"{origin}: unsupported language '{chosen}' (supported: {', '.join(SUPPORTED)}); skipped."
        )
    title = _str_or_none(record.get("title"))
    title = title.translate(INVISIBLE) if title else title
    article_id = _str_or_none(record.get("id")) or stable_hash(title or "", text, length=16)
    meta = {k: v for k, v in record.items() if k not in KNOWN_FIELDS and v is not None}
    return Article(
        id=article_id,
        text=text,
        title=title,
        date=_str_or_none(record.get("date")),
        source=_str_or_none(record.get("source")),
        url=_str_or_none(record.get("url")),
        lang=chosen,
        meta=meta,
        origin=origin,
    )
