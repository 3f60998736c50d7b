"""Grammatical gender of the persons an article names, so that "he" never resolves to a woman and "she" to a man.

Evidence, strongest first:

1. a gendered honorific right before the name: "Mr Hammond", "Mrs. Clinton", "Frau Merkel" (``gendered_honorifics``
   in ``data/grammar/<lang>.yaml``);
2. a given name that is unambiguously a woman's or a man's (``data/gazetteer/first_names.tsv``: "Hillary", "Elke");
3. a gendered pronoun the person binds in the same sentence, when the person is the only one named before it and is
   the subject of a verb the pronoun depends on: "Jo Swinson gloated about … her ranks", "Trump told CBS that he …",
   "Swinson looked delighted as she sat …". "Trump praised Merkel for her …" gives no evidence (two persons), nor do
   "Clinton's campaign said he …" (Clinton is no subject) and "Bill Clinton proposed to her" (an object pronoun).

Contradicting evidence of the same strength leaves the gender open; a person with no evidence stays open too, and an
open gender is compatible with every pronoun (see :meth:`ArticleActors._pronoun`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.resources import data_path

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.resolve.actors import ArticleActors

_SUBJECT = {Role.SUBJ}
_PRONOUN_ROLES = {Role.SUBJ, Role.PASS_SUBJ, Role.POSS}
_QUOTE_OR_COLON = frozenset({'"', "'", "“", "”", "„", "«", "»", "‘", "’", "‚", "‹", "›", ":", "``", "''"})


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name (case-folded) → ``masc``/``fem``."""
    path = data_path("gazetteer", "first_names.tsv")
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(("#", "name\t")):
            continue
        name, _, gender = line.partition("\t")
        out[name.strip().casefold()] = gender.strip()
    return out


def given_gender(tokens: tuple[str, ...]) -> str | None:
    """The gender the given name of a full name says ("Donald Trump": masc), if it is listed."""
    return first_names().get(tokens[0].casefold()) if len(tokens) > 1 else None


def pronoun_gender(token: Token, lang: str) -> str | None:
    """``masc``/``fem`` for a third-person singular personal or possessive pronoun, else ``None``. The German
    "sie"/"ihr" (also plural and formal) and anything tagged plural give nothing."""
    if token.pos_ not in ("PRON", "DET"):
        return None  # German "sein" is also the verb "to be"
    rules = rules_for(lang)
    word = token.lower_
    info = rules.personal_pronouns.get(word)
    gender = None
    if info is not None and info.get("person") == 3 and info.get("number") == "sing":
        gender = info.get("gender")
    elif info is None:
        gender = rules.possessive_pronouns.get(word)
    if gender not in ("masc", "fem") or "Plur" in token.morph.get("Number"):
        return None
    if word in rules.word_set("ambiguous_gender_pronouns"):
        return None
    return gender


def gendered_honorific(token: Token, lang: str) -> str | None:
    """``masc``/``fem`` when ``token`` is an honorific that says a person's name follows ("Mr", "Mrs.", "Frau";
    ``gendered_honorifics`` in the grammar), else ``None``."""
    honorifics: dict[str, str] = rules_for(lang).extra.get("gendered_honorifics") or {}
    return honorifics.get(token.lower_.rstrip("."))


def honorific_gender(head: Token, lang: str) -> str | None:
    """The gender an honorific inside or right before the name headed by ``head`` gives ("Mr Hammond")."""
    doc = head.doc
    i = head.i - 1  # not the head itself: "Charlotte King" is no king
    while i >= head.sent.start and i > head.i - 5:
        gender = gendered_honorific(doc[i], lang)
        if gender:
            return gender
        if doc[i].pos_ != "PROPN":
            return None
        i -= 1
    return None


def _binds(mention: Token, pronoun: Token, scheme: str) -> bool:
    """The mention is the subject of a verb the pronoun depends on (directly or through a complement clause), and
    the pronoun is a subject or a possessive: an object pronoun is never its own clause's subject ("Bill Clinton
    proposed to her", "Sanders attacked her")."""
    if role(mention.dep_, scheme) not in _SUBJECT:
        return False
    if role(pronoun.dep_, scheme) not in _PRONOUN_ROLES and pronoun.pos_ != "DET":
        return False
    if any(t.text in _QUOTE_OR_COLON for t in pronoun.doc[mention.i + 1:pronoun.i]):
        return False  # 'May told MPs: "Some years ago, he was …"': a quoted pronoun is someone the speaker talks about
    verb = mention.head
    return verb in pronoun.ancestors


def assign_genders(sents: list[Span], actors: ArticleActors) -> None:
    """Give every person of ``actors`` without a gender the one the article's evidence supports."""
    lang, scheme = actors.lang, actors.scheme
    strong: dict[str, set[str]] = defaultdict(set)
    bound: dict[str, set[str]] = defaultdict(set)
    mentions = actors.people.mentions  # character offset of a mention's head → person id
    for sent in sents:
        seen: dict[str, Token] = {}
        for token in sent:
            person = mentions.get(token.idx)
            if person is not None:
                gender = honorific_gender(token, lang)
                if gender:
                    strong[person].add(gender)
                seen.setdefault(person, token)
                continue
            gender = pronoun_gender(token, lang)
            if gender and len(seen) == 1:
                (person_id, mention), = seen.items()
                if _binds(mention, token, scheme):
                    bound[person_id].add(gender)
    for record in actors.people.records:
        if record.gender is not None:
            continue
        given = given_gender(record.tokens)
        for found in (strong.get(record.actor.id), {given} if given else None, bound.get(record.actor.id)):
            if found:
                record.gender = next(iter(found)) if len(found) == 1 else None
                break
