"""The vocabulary of graphbuild's API: articles in, actors, topics and statements out.

Everything here is a plain dataclass with no NLP or storage dependency, so readers, extractors, stores and
exporters can share it. Ids are stable: derived from content, so re-running an ingest yields the same ids.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "state", "government", "organisation", "group"]
ACTOR_KINDS: tuple[str, ...] = ("person", "state", "government", "organisation", "group")


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of ``parts`` (joined with a separator that cannot occur in them)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


def slug(text: str) -> str:
    """ASCII-folded lowercase slug: ``"Peña Nieto"`` → ``"pena-nieto"``, ``"Außenminister"`` → ``"aussenminister"``."""
    text = text.replace("ß", "ss").replace("ẞ", "SS").replace("’", "'").replace("‘", "'")  # O’Rourke = O'Rourke
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


@dataclass
class Article:
    """One news article to ingest. ``origin`` says where it came from (``file:line``) for error messages."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = ""

    @property
    def content_hash(self) -> str:
        return stable_hash(self.title or "", self.text, self.date or "", self.lang or "", length=20)


@dataclass
class Actor:
    """A node for someone who acts or speaks: a person, state, government, organisation or group.

    ``id`` is canonical across articles and languages: ISO-3 for states (``MEX``), ``GOV:MEX`` for a state's
    government, the organisation code for organisations (``UNO``), ``PER:<name-slug>`` (+ ``@ISO3`` when the
    country is known) for persons, ``GRP:<ISO3>:<sector>`` for groups.
    """

    id: str
    name: str
    kind: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    qid: str | None = None
    cameo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


@dataclass
class Topic:
    """A non-actor target such as "US deportation policy": a normalised head phrase, optionally owned by an actor."""

    id: str
    name: str
    lang: str
    country: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Predicate:
    """What was said or done, typed on CAMEO and PLOVER with a Goldstein cooperation–conflict score."""

    lemma: str
    cameo: str | None = None
    plover: str | None = None
    mode: str | None = None
    score: float | None = None
    relation: str = "STATES"
    known: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Statement:
    """One actor–predicate–target statement with full provenance.

    Character offsets are into the article text (after noise removal, which keeps offsets of kept lines
    unchanged — see :mod:`graphbuild.read.noise`). ``target_id`` points at an :class:`Actor` or a :class:`Topic`
    (or is ``None`` for statements without a target).
    """

    id: str
    article_id: str
    sentence_index: int
    char_start: int
    char_end: int
    sentence: str
    source_id: str
    predicate: Predicate
    target_id: str | None = None
    target_kind: Literal["actor", "topic"] | None = None
    polarity: Literal["positive", "negative"] = "positive"
    modality: str = "asserted"
    quote: str | None = None
    cue: str | None = None
    date: str | None = None
    lang: str = ""
    confidence: float = 0.5
    source_text: str = ""
    target_text: str = ""
    extractor: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class QuoteRecord:
    """A quotation found in an article: its span, speaker mention and cue (character offsets into the text)."""

    start: int
    end: int
    kind: str  # direct | indirect
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_id: str | None = None
    how: str = ""
    confidence: float = 0.0
    #: the other words of a cue written apart from its verb ("wie … mitteilte", "hatte … gesagt", "gab … bekannt")
    cue_parts: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class ArticleResult:
    """Everything extracted from one article, ready to be written to a store in one transaction."""

    article: Article
    actors: list[Actor]
    topics: list[Topic]
    statements: list[Statement]
    sentences: int = 0
    mentions: int = 0
    quotes: list[QuoteRecord] = field(default_factory=list)
