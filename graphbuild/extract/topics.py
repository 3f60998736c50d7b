"""Non-actor targets as :class:`Topic` nodes with a normalised head phrase.

"vor Zöllen oder Importquoten" → "Zölle oder Importquoten"; "die US-Abschiebepolitik" → "US-Abschiebepolitik"
owned by USA. Coordinated nouns stay one topic (they are one thing talked about); determiners and possessives
are dropped; a German dative plural head is put back into the nominative plural; a country named by a prefix,
adjective or genitive inside the phrase links the topic to that actor. The id is built from lemmas, so
"Zöllen" and "Zölle" are the same topic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.clauses import (
    hyphen_joined,
    marks_possessor,
    noun_conjuncts,
    np_span,
)
from graphbuild.extract.language import rules_for
from graphbuild.models import Actor, Topic, slug
from graphbuild.resolve.actors import ArticleActors

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DROP_POS = {"DET", "PRON", "PUNCT", "SPACE", "CCONJ"}
_MAX_WORDS = 8


_DATIVE_PREPS = {"vor", "mit", "von", "nach", "zu", "aus", "bei", "seit", "gegenüber", "zum", "zur", "beim", "vom"}


def _nominative(token: Token, lang: str) -> str:
    """German dative plural → nominative plural ("Zöllen" → "Zölle", "Ländern" → "Länder"; "Quoten" stays)."""
    from graphbuild.extract.lemmas import dictionary_lemma

    text = token.text
    if lang != "de" or token.pos_ not in {"NOUN", "PROPN"} or not text.endswith("n"):
        return text
    lemma = dictionary_lemma(text, lang)
    if text in (lemma, lemma + "n", lemma + "en") or text.endswith("innen"):
        return text
    dative = "Dat" in token.morph.get("Case") or any(
        c.lower_ in _DATIVE_PREPS for c in token.children) or token.head.lower_ in _DATIVE_PREPS
    return text[:-1] if dative else text


def _strong_adjective(token: Token, head: Token, lang: str) -> str:
    """Without its article a German adjective takes the strong ending: "(den) jüngsten Maßnahmen" → "jüngste",
    "(der) neuen Politik" → "neue" (plural and feminine heads; other genders are left as written)."""
    text = token.text
    if lang != "de" or token.pos_ != "ADJ" or not text.endswith("en") or token.i > head.i:
        return text
    plural = "Plur" in head.morph.get("Number")
    feminine = "Fem" in head.morph.get("Gender") and "Sing" in head.morph.get("Number")
    return text[:-1] if plural or feminine else text


def topic_for(head: Token, actors: ArticleActors) -> Topic | None:
    """The topic for the noun phrase headed by ``head`` (with its coordinated nouns), or ``None`` for junk."""
    scheme, lang = actors.scheme, actors.lang
    rules = rules_for(lang)
    heads = noun_conjuncts(head, scheme, rules)
    parts: list[str] = []
    keys: list[str] = []
    country: str | None = None
    owner: str | None = None
    words = 0
    for i, h in enumerate(heads):
        span = np_span(h, scheme)
        kept = [t for t in span if not t.is_punct and not t.is_space]
        while kept and (kept[0].pos_ in _DROP_POS or kept[0].lower_ in rules.articles) and not hyphen_joined(kept[0]):
            kept = kept[1:]  # leading determiners and possessives only ("der jüngsten Maßnahmen"; not "no-deal")
        kept = [t for t in kept if t.pos_ not in {"ADV"} or t.i > h.i]
        if not kept:
            continue
        full = kept
        if len(kept) > _MAX_WORDS:
            # "a six-month extension of the mandate for the peacekeeping force in Lebanon": the name keeps the head
            # and its first prepositional phrase; the country is still looked for in the whole phrase
            preps = [t for t in kept if t.i > h.i and t.pos_ == "ADP"]
            cut = preps[1].i if len(preps) > 1 else kept[min(_MAX_WORDS, len(kept)) - 1].i + 1
            kept = [t for t in kept if t.i < cut][:_MAX_WORDS]
        if i > 0:
            cc = next((t for t in head.doc[heads[i - 1].i:h.i] if t.pos_ == "CCONJ"), None)
            parts.append(cc.text if cc is not None else ",")
        for k, t in enumerate(kept):
            text = _nominative(t, lang) if t.i == h.i else _strong_adjective(t, h, lang)
            if k and hyphen_joined(kept[k - 1]) and kept[k - 1].i + 2 == t.i:
                parts[-1] += t.doc[t.i - 1].text + text  # as written: "no-deal Brexit", "anti-tank missiles"
            else:
                parts.append(text)
        keys.extend(_key(t, lang) for t in kept)
        words += len(kept)
        for t in full:
            c, _, _ = actors.gazetteer.split_compound(t.text, lang)
            c = c or actors.gazetteer.adjective(t.text, lang)
            if c is None and t.i != h.i and t.pos_ == "PROPN":
                # "aid deliveries in Baghdad": a capital places the topic in its state
                name = _proper_name(t).text
                c = actors.named_code(name) or actors.gazetteer.capital(name, lang)
            if c and country is None:
                country = c
    if not parts or words > _MAX_WORDS * max(1, len(heads)):
        return None
    name = " ".join(parts).replace(" ,", ",")
    if len(name) < 3 or not any(ch.isalpha() for ch in name):
        return None
    if country is not None:
        entry = actors.gazetteer.entry(country)
        listed = actors.identity.entries.get(country)
        owner = country
        country = entry.country or country if entry else (listed.country or None if listed else country)
    elif (named := _named_actor(heads, actors)) is not None:
        owner, country = named.id, named.country
    return Topic(id=f"TOPIC:{lang}:{slug(' '.join(keys))}", name=name, lang=lang, country=country, actor_id=owner)


def _named_actor(heads: list[Token], actors: ArticleActors) -> Actor | None:
    """The first actor a name inside the phrase stands for ("the closure of guest houses in Michel Delving",
    "President Reagan's statement", "the curfew on Palestinians"), or its possessor's title does ("the president's
    decision"), as event coders take the first actor of the object phrase."""
    scheme = actors.scheme
    for h in heads:
        for t in np_span(h, scheme):
            if t.i == h.i or t.pos_ != "PROPN" and not t.ent_type_ and not _possessor(t, h, scheme):
                continue
            res = actors.resolve(t)
            if res is not None:
                return res.actor
    return None


def _possessor(token: Token, head: Token, scheme: str) -> bool:
    """``token`` is the possessor of ``head`` ("the president's decision", "seine Entscheidung" aside)."""
    return token.head.i == head.i and token.pos_ == "NOUN" and marks_possessor(token, scheme)


def _proper_name(token: Token) -> Span:
    """The run of proper nouns ``token`` belongs to ("Dol Amroth", "Minas Tirith"); a clitic the tagger called a
    proper noun ("Turkey 's efforts") is not part of the name."""
    doc = token.doc

    def name_word(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.text[:1].isalnum()

    start, end = token.i, token.i + 1
    while start > token.sent.start and name_word(doc[start - 1]):
        start -= 1
    while end < token.sent.end and name_word(doc[end]):
        end += 1
    return doc[start:end]


def _key(token: Token, lang: str) -> str:
    from graphbuild.extract.lemmas import dictionary_lemma

    return dictionary_lemma(token.text, lang).lower()


def infer_owner(topic: Topic, source_country: str | None, salience: dict[str, int], lang: str,
                co_sources: frozenset[str] = frozenset()) -> Topic | None:
    """The article-scoped topic "jüngste Maßnahmen (of the USA)" for an ownerless policy phrase criticised or
    rejected by an actor of another country: the owner is the country the article names most often besides the
    source's own and those of its co-sources ("Russian and Chinese diplomats criticised the sanctions": neither
    Russia's nor China's). Policy nouns are data (``policy_nouns`` in ``data/grammar/<lang>.yaml``)."""
    from graphbuild.extract.lemmas import dictionary_lemma

    if topic.country or not source_country:
        return None
    nouns = rules_for(lang).word_set("policy_nouns")
    words = topic.name.split()
    if not words or dictionary_lemma(words[-1], lang).lower() not in nouns:
        return None
    others = [(n, c) for c, n in salience.items() if c != source_country and c not in co_sources]
    if not others:
        return None
    owner = max(others)[1]
    return Topic(id=f"{topic.id}@{owner}", name=topic.name, lang=topic.lang, country=owner, actor_id=owner)
