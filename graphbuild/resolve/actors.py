"""Mention → actor inside one article: names, titles, countries, governments, groups, pronouns and epithets.

:class:`ArticleActors` is created per article. Given the syntactic head of a noun phrase it decides which actor
the phrase denotes, using NER spans, the gazetteer (names, adjectives, demonyms, compound prefixes, capitals
and seats), role titles, and what the article said earlier (surname → full name, title alone → the person
introduced with it, pronoun → nearest compatible person). Limits: pronouns resolve to persons only, by
recency and grammatical gender; plural pronouns resolve only inside quotes (to the speaker's country).
Whether a word or an entity is a name at all, and where a name ends, is :mod:`graphbuild.resolve.names`; names
the NER missed, found by their shape in the parse, are :mod:`graphbuild.resolve.untagged`; whose an actor is when
only the words around it say (a party in brackets, a named owner) is :mod:`graphbuild.resolve.affiliation`; the
persons named so far, looked up by surname, first name, recency and role, are :mod:`graphbuild.resolve.persons`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import (
    HYPHENS,
    POSSESSIVE_CLITICS,
    marks_possessor,
    np_span,
    pp_parts,
)
from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.models import Actor, Topic, slug
from graphbuild.resolve.affiliation import (
    kind_named_organisation,
    owner_country,
    party_country,
    possessor,
    where_state,
)
from graphbuild.resolve.built_names import all_places, branded, built_on_place
from graphbuild.resolve.gazetteer import Gazetteer, RoleEntry, load_gazetteer
from graphbuild.resolve.gender import gendered_honorific, given_gender
from graphbuild.resolve.identity import IdentityIndex
from graphbuild.resolve.name_evidence import (
    relative_named,
    same_bearer,
    topical_before,
    unknown_place,
)
from graphbuild.resolve.names import (
    COMMON_NOUN_TAGS,
    NOT_NAME_POS,
    PERSON_LABELS,
    PLACE_LABELS,
    NameWords,
    clean_name,
    join_hyphenated,
    nominative,
)
from graphbuild.resolve.persons import ArticlePersons
from graphbuild.resolve.pronouns import antecedent
from graphbuild.resolve.untagged import UntaggedNames

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ORG_LABELS = {"ORG"}
SECTOR_KIND = {"GOV": "government"}
#: English names of CAMEO sector codes, for collective actors ("Government of Mexico", "Police of Russia")
SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "LEG": "legislature", "JUD": "judiciary",
    "OPP": "opposition", "REB": "rebels", "CVL": "civilians", "REF": "refugees", "MED": "media", "BUS": "business",
    "EDU": "education", "NGO": "civil society", "ELI": "elites", "LAB": "labour", "REL": "religious groups",
    "HLH": "health sector", "SPY": "intelligence services", "IGO": "international bodies", "AGR": "agriculture",
    "CRM": "criminals", "UAF": "armed groups", "ORG": "organisations",
}


#: how far back (characters) "der Spanier" may find the Spanish person it names
NATIONAL_REACH = 500
#: id prefix of the placeholders for institutions named without a country (never stored)
HOMELESS_PREFIX = "HOME:"
#: the sectors of such institutions: a state's government, legislature, courts and police ("die Regierung", "das
#: Parlament", "der Verfassungsgerichtshof", "Police said"), not its military, parties or people, whom news names
#: just as often abroad
HOMELESS_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP"})
#: sectors of institutions a person's possessive names as those of the person's state ("Assad's troops")
OWNED_SECTORS = HOMELESS_SECTORS | {"MIL"}
#: … but not these, which name a party to a conflict, an office or any committee as often ("both sides", "ran for
#: the presidency", "her exploratory committee"), nor a regime, which news never calls its own government ("It was
#: violated by the regime" in a US paper's Syria report)
HOMELESS_SKIPPED_ROLES = frozenset({"side", "presidential office", "committee", "regime"})


@dataclass
class Resolution:
    """An actor for a phrase, and how it was found (``how``: name, surname, title, pronoun, state, …)."""

    actor: Actor
    how: str
    span: Span
    confidence: float = 0.9


@dataclass
class ArticleActors:
    lang: str
    scheme: str
    gazetteer: Gazetteer = field(default_factory=load_gazetteer)
    identity: IdentityIndex = field(default_factory=IdentityIndex)
    #: the article's date (ISO); dictionary entries valid only in other periods are ignored
    date: str | None = None
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: int = 0
    #: character offsets of the person mentions that are a main clause's subject (preferred antecedents of pronouns)
    subject_mentions: set[int] = field(default_factory=set)
    #: how often each country was named (through any of its actors), for salience
    country_mentions: Counter[str] = field(default_factory=Counter)
    #: (start, end) character offsets of the article's quotations of several words; persons named only inside them
    #: are no antecedents of pronouns outside all of them
    quoted: list[tuple[int, int]] = field(default_factory=list)
    _counted: set[int] = field(default_factory=set)
    #: what the words of a document are as names (titles, where a name ends), see :mod:`graphbuild.resolve.names`
    names: NameWords = field(init=False)
    #: persons' names the NER missed, by their shape in the parse, see :mod:`graphbuild.resolve.untagged`
    untagged: UntaggedNames = field(init=False)
    #: the persons named so far and where, see :mod:`graphbuild.resolve.persons`
    people: ArticlePersons = field(init=False)
    #: institutions named without a country ("die Regierung"), by placeholder id: settled when the article is read
    homeless: dict[str, RoleEntry] = field(default_factory=dict)
    #: the topic each such phrase is when its institution stays without a country, by the phrase's text
    homeless_topics: dict[str, Topic | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.identity = self.identity.valid_on(self.date)
        self.names = NameWords(self.lang, self.scheme, self.gazetteer)
        self.untagged = UntaggedNames(self.names)
        self.people = ArticlePersons(self.lang)

    # --- public --------------------------------------------------------------------------------------------

    def resolve(self, head: Token, *, as_subject: bool = False) -> Resolution | None:
        """The actor denoted by the noun phrase headed by ``head``, or ``None`` when it is not an actor."""
        span = np_span(head, self.scheme)
        found = self._resolve(head, span, as_subject=as_subject)
        if found is not None:
            self.mentions += 1
            found.actor = self._register(found.actor)
            if found.actor.country and head.idx not in self._counted:
                self._counted.add(head.idx)
                self.country_mentions[found.actor.country] += 1
            if found.actor.kind == "person":
                self.people.touch(found.actor, head.idx)
                if self._main_subject(head):
                    self.subject_mentions.add(head.idx)
        return found

    def _main_subject(self, head: Token) -> bool:
        """``head`` is the subject of the sentence's main clause, or a name in apposition to it ("Sein Gegenüber
        Tillerson war zurückhaltender"); not the subject of a subordinate clause ("… Trump had made")."""
        while role(head.dep_, self.scheme) in (Role.APPOS, Role.NAME, Role.COMPOUND) and head.head.i != head.i:
            head = head.head
        verb = head.head
        return role(head.dep_, self.scheme) is Role.SUBJ and (verb.i == head.sent.root.i or role(
            verb.dep_, self.scheme) is Role.CONJ and verb.head.i == head.sent.root.i)

    def may_name_person(self, ent: Span) -> bool:
        """An entity to register as a person before attribution: a person entity, a one-word place entity that is a
        well-known person's surname and no modifier of a noun ("Obama/LOC, as he often has during his presidency,
        used …", not "the Obama/LOC administration"), or a place entity a listed given name opens ("Maggie
        Feldman/LOC"); whether it is one is for :meth:`resolve` to say."""
        return ent.label_ in PERSON_LABELS or ent.label_ in PLACE_LABELS and len(ent) == 1 and \
            self.gazetteer.person_by_surname(ent.text) is not None and \
            role(ent.root.dep_, self.scheme) not in (Role.COMPOUND, Role.AMOD) or \
            self.untagged.given_named_place(ent)  # not "the Obama administration"; "Maggie Feldman/LOC"

    def named_code(self, text: str) -> str | None:
        """The id of the state or organisation a proper name stands for: the user's dictionary first, then the
        gazetteer ("Bree" with a dictionary that lists it, "Mexiko", "die USA"). Registers nothing."""
        listed = self.identity.aliases.get(text.casefold())
        entry = self.identity.entries.get(listed) if listed else None
        if entry is not None and entry.kind != "person":
            return entry.id
        return self.gazetteer.state_or_org(text, self.lang)

    def country_actor(self, code: str) -> Actor:
        listed = self.identity.entries.get(code)
        if listed is not None and code not in self.actors:  # a dictionary actor owning a topic
            return self._register(listed.to_actor())
        entry = self.gazetteer.entry(code)
        name = entry.name("en") if entry else code
        kind = entry.kind if entry else "state"
        return self._register(Actor(id=code, name=name, kind=kind, country=code if kind == "state" else (
            entry.country or None if entry else None), cameo=entry.cameo if entry else code,
            sector=entry.sector or None if entry else None))

    def adjective_actor(self, token: Token, confidence: float) -> Resolution | None:
        """The state a nationality adjective names ("Iraqi towns", "die russische Kritik"), or ``None``."""
        code = self.gazetteer.adjective(token.text, self.lang)
        if code is None:
            return None
        return Resolution(self.country_actor(code), "adjective", token.doc[token.i:token.i + 1], confidence)

    def collective(self, code: str, sector: str, kind: str, label: str) -> Actor:
        """A state's government or another collective (``MEXGOV``, ``MEXCVL``), named in English so German and
        English articles share one node ("Government of Mexico", "Civilians of Mexico")."""
        entry = self.gazetteer.entry(code)
        country_name = entry.name("en") if entry else code
        what = SECTOR_NAMES.get(sector, label)
        name = f"{what[:1].upper()}{what[1:]} of {_with_article(country_name)}"
        if entry is not None:
            country = code if entry.kind == "state" else (entry.country or None)
        else:  # a state only the user's dictionary knows ("Arnor")
            listed = self.identity.entries.get(code)
            country = (listed.country or (code if listed.kind == "state" else None)) if listed else None
        return self._register(Actor(id=f"{code}{sector}", name=name, kind=kind, country=country, sector=sector,
                                    cameo=f"{entry.cameo if entry else code}{sector}"))

    # --- resolution steps ----------------------------------------------------------------------------------

    def _resolve(self, head: Token, span: Span, *, as_subject: bool) -> Resolution | None:
        rules = rules_for(self.lang)
        lower = head.lower_
        if head.pos_ == "PRON" or lower in rules.personal_pronouns:
            return self._pronoun(head, span)
        listed = self._dictionary(head, span)
        if listed is not None:
            return listed
        code = self._state_name(head, span)
        if code is not None and topical_before(self, head):
            return None  # "praised by Russia/agent specialists/VERB": the parser cut the phrase; the state is their field
        if code is not None and (club := built_on_place(self, head, code) or branded(self, head, code)) is not None:
            return Resolution(club[0], "organisation", club[1], 0.7)
        if code is None:
            person = self._person(head, span)
            if person is not None:
                return person
        if code:
            seat = self.gazetteer.seat(span.text, self.lang) or self.gazetteer.seat(head.text, self.lang)
            entry = self.gazetteer.entry(code)
            if seat == code and as_subject and entry and entry.kind == "state":
                return Resolution(self.collective(code, "GOV", "government", "government"), "capital", span, 0.8)
            return Resolution(self.country_actor(code), "state", span)
        seat = self.gazetteer.seat(span.text, self.lang) or self._seat_head(head)
        if seat and (club := built_on_place(self, head, seat)) is not None:
            return Resolution(club[0], "organisation", club[1], 0.7)
        if seat:
            entry = self.gazetteer.entry(seat)
            if entry and entry.kind != "state":
                return Resolution(self.country_actor(seat), "seat", span, 0.8)
            capital = self.gazetteer.capital(span.text, self.lang) or self.gazetteer.capital(head.text, self.lang)
            if capital and not as_subject:  # "reisten nach Washington": the place, i.e. the state
                return Resolution(self.country_actor(seat), "capital", span, 0.7)
            return Resolution(self.collective(seat, "GOV", "government", "government"), "seat", span, 0.8)
        place = self.gazetteer.place(span.text, self.lang) or self.gazetteer.place(head.text, self.lang)
        if place and not as_subject and head.pos_ == "PROPN":
            return Resolution(self.country_actor(place), "place", span, 0.6)  # "reiste nach München": Germany
        titled = self._titled_noun(head, span)
        if titled is not None:
            return titled
        demonym = self.gazetteer.demonym(head.text, self.lang)
        if demonym:
            number = self._demonym_number(head)
            if number == "indefinite":
                return None  # "ein Brasilianer wurde verhaftet", "a young Frenchwoman": someone unnamed
            if number == "one":
                return self._national(head, span, demonym)
            return Resolution(self.collective(demonym, "CVL", "group", head.text), "demonym", span, 0.7)
        acronym = self._acronym(head)
        if acronym is not None and (code := self.named_code(acronym.text)) is not None:
            # "The International Labor Office (ILO)": the bracketed short name is the one the gazetteer knows
            return Resolution(self.country_actor(code), "acronym", span, 0.85)
        found = self._organisation(head, span)
        if found is None and (code := kind_named_organisation(self, head)) is not None:
            found = Resolution(self.country_actor(code), "organisation", span, 0.8)  # "the NATO alliance"
        return found or self._part_of(head, span, as_subject=as_subject)

    def _demonym_number(self, head: Token) -> str:
        """Whether a demonym names the people ("people"), one person named before ("one": "der Spanier wehrte sich",
        "the Spaniard", "die Französin") or someone unnamed ("indefinite": "ein Brasilianer", "a young
        Frenchwoman"). One person by a singular form (``singular_demonym_suffixes``), fine tag (``singular_noun_tags``)
        or determiner (``singular_determiners``, ``indefinite_determiners``; German "der" only on a subject, as it is
        also the genitive plural: "die Siege der Spanier"); never for words alike in both numbers
        (``number_invariant_suffixes``: "the Chinese")."""
        rules = rules_for(self.lang)
        lower = head.lower_
        if lower.endswith(tuple(rules.word_set("number_invariant_suffixes"))):
            return "people"  # "the Chinese/NNP", "a war Americans never asked for" with "a" hung on "Americans"
        subject = role(head.dep_, self.scheme) is Role.SUBJ
        singular = any(lower.endswith(x) and len(lower) > len(x) + 3 for x in rules.word_set(
            "singular_demonym_suffixes")) or head.tag_ in rules.word_set("singular_noun_tags")
        if self._indefinite(head):
            return "indefinite"
        for child in head.children:
            if role(child.dep_, self.scheme) is not Role.DET:
                continue
            if child.lower_ in rules.word_set("singular_determiners") and (
                    child.lower_ not in rules.word_set("genitive_plural_determiners") or subject):
                singular = True
        return "one" if singular else "people"

    def _national(self, head: Token, span: Span, country: str) -> Resolution | None:
        """One person named by nationality ("Nadal … wehrte sich der Spanier"): the person the article mentioned last
        whose country is that one or not known (it is then), if that was at most ``NATIONAL_REACH`` characters
        before; else nobody (an unnamed individual is no node of the graph). On 300 news articles the right
        antecedents stood 24–419 characters back, the wrong ones (an unnamed activist after Renzi) 596 and more."""
        person = next((p for p in self.people.recent(head.idx) if p.actor.country in (country, None)), None)
        if person is None or head.idx - max(o for o, a in self.people.mentions.items() if a == person.actor.id and
                                            o < head.idx) > NATIONAL_REACH:
            return None
        person.actor.country = country
        return Resolution(person.actor, "demonym", span, 0.7)

    def _part_of(self, head: Token, span: Span, *, as_subject: bool) -> Resolution | None:
        """A part of an organisation or state that stands for it (``part_nouns``: "Hamas's armed wing", "the UNITA
        militarist wing", "der bewaffnete Arm der Hamas"): the owner, named before the noun or after it in a
        genitive or ``part_owner_preps`` phrase. A person's "wing" or "arm" is no actor."""
        rules = rules_for(self.lang)
        if head.lower_ not in rules.word_set("part_nouns"):
            return None
        owner_preps = rules.word_set("part_owner_preps")
        for child in head.children:
            if child.pos_ not in {"PROPN", "NOUN"} or role(child.dep_, self.scheme) not in (
                    Role.POSS, Role.COMPOUND, Role.NMOD):
                continue
            cases = [c.lower_ for c in child.children if role(c.dep_, self.scheme) is Role.CASE]
            if role(child.dep_, self.scheme) is Role.NMOD and cases and not set(cases) & owner_preps:
                continue  # "the wing in Gaza", "der Arm mit …": no owner
            owner = self._resolve(child, np_span(child, self.scheme), as_subject=as_subject)
            if owner is not None and owner.actor.kind != "person":
                return Resolution(owner.actor, "part", span, owner.confidence * 0.9)
        return None

    def _seat_head(self, head: Token) -> str | None:
        """The state whose seat the phrase's head names, unless a proper noun before it makes the head part of
        another name and the seat's name is also a common word ("The Alpha Male" is no Malé)."""
        seat = self.gazetteer.seat(head.text, self.lang)
        proper = rules_for(self.lang).word_set("proper_noun_tags")
        if seat is None or not any((c.pos_ == "PROPN" or c.tag_ in proper) and c.i < head.i and role(c.dep_, self.scheme) in (
                Role.COMPOUND, Role.NAME, Role.AMOD) for c in head.children):
            return seat
        from graphbuild.extract.lemmas import known_word

        return None if known_word(head.text.lower(), self.lang) else seat

    @staticmethod
    def _acronym(head: Token) -> Token | None:
        """A short name in brackets right after the phrase, parsed as its apposition ("… Office (ILO)")."""
        for child in head.children:
            if child.dep_ == "appos" and child.i > head.i and child.text.isupper() and 2 <= len(child.text) <= 8 \
                    and child.doc[child.i - 1].text == "(":
                return child
        return None

    def _dictionary(self, head: Token, span: Span) -> Resolution | None:
        """An actor from the user's dictionary named by the phrase, its NER span or its head word."""
        if not self.identity.aliases:
            return None
        ent = self.names.ent(head)
        bare = span[1:].text if len(span) > 1 and span[0].pos_ == "DET" and span[0].i < head.i else ""
        for text in dict.fromkeys(t for t in (span.text, bare, ent.text if ent is not None else "", head.text) if t):
            actor_id = self.identity.aliases.get(text.casefold())
            if actor_id is None:
                continue
            entry = self.identity.entries.get(actor_id)
            if entry is None:
                continue
            return Resolution(entry.to_actor(), "dictionary", span, 0.95)
        return None

    def _state_name(self, head: Token, span: Span) -> str | None:
        """A gazetteer name for the whole phrase, the head's NER span or the head word itself."""
        candidates = [span.text]
        if span.end > head.i + 1:  # "The European Community on Monday": the name ends at its head
            start = span.start + (1 if span[0].pos_ == "DET" and span.start < head.i else 0)
            candidates.append(head.doc[start:head.i + 1].text)
        if head.ent_type_:
            ent = self.names.ent(head)
            if ent is not None:
                candidates.append(ent.text)
        candidates.append(head.text)
        for text in candidates:
            if not any(ch.isupper() for ch in text.split(" ", 1)[-1]):
                continue  # "the left wants …" is no name (not "The Left", Germany's Die Linke)
            code = self.gazetteer.state_or_org(text, self.lang)
            if code and text == head.text and len(candidates) > 1 and self._other_party(head, code):
                continue
            if code:
                return code
        return self._region_of(head.text)

    def _region_of(self, word: str) -> str | None:
        """The state a German compound of a compass prefix and the state's name names a region of ("Ostukraine",
        "Nordirak", "Südsyrien"; ``region_prefixes``), as "eastern Ukraine" is Ukraine; a state named so on its own
        ("Nordkorea", "Südafrika") is the gazetteer's."""
        lowered = word.casefold()
        for prefix in sorted(rules_for(self.lang).word_set("region_prefixes"), key=len, reverse=True):
            rest = word[len(prefix):]
            if lowered.startswith(prefix) and len(rest) >= 3 and rest[:1].isalpha():
                code = self.gazetteer.state_or_org(rest[:1].upper() + rest[1:], self.lang)
                entry = self.gazetteer.entry(code) if code else None
                if entry is not None and entry.kind == "state":
                    return code
        return None

    def _other_party(self, head: Token, code: str) -> bool:
        """A party's short name as the head of a longer name ("Liberal Democrats", "Sweden Democrats", "Christian
        Democrats" are not the US Democratic Party); an institution before it is fine ("Senate Democrats")."""
        entry = self.gazetteer.entry(code)
        if entry is None or entry.sector != "PTY":
            return False
        proper = rules_for(self.lang).word_set("proper_noun_tags")
        return any(c.i < head.i and (c.pos_ == "PROPN" or c.tag_ in proper) and not self.names.is_title(c) and
                   entry.country not in (self.gazetteer.state_or_org(c.text, self.lang),
                                         self.gazetteer.adjective(c.text, self.lang))
                   for c in head.children)  # not "U.S. Republicans", "Top Republicans"

    def _modifiers(self, tokens: Span | list[Token], head: Token, skip: range = range(0)) -> tuple[
            str | None, RoleEntry | None, bool]:
        """Country, role and "former" flag from the words of a phrase (titles, adjectives, prefixes, genitives).

        Tokens whose index is in ``skip`` (the person's name itself) are ignored.
        """
        country: str | None = None
        found_role: RoleEntry | None = None
        former = False
        # "the British ambassador to the UN": the UN receives him, he is British
        hosted = {t.i for c in self._pps(head, "host_preps") for t in c.subtree}
        # "eine Koalition mit der FPÖ": the other party of an institution (not "vehicles with Iraqi soldiers")
        partnered = {t.i for c in self._pps(head, "partner_preps") for t in c.subtree} \
            if self.role_of(head) is not None else set()
        described = self._described(head)
        words = sorted({t.i: t for t in tokens if not t.is_punct and not t.is_space and t.i not in skip and
                        t.i not in hosted and t.i not in partnered and t.i not in described}.values(),
                       key=lambda t: t.i)
        # multi-word titles first ("Secretary of State", "foreign minister"), longest match
        for n in (4, 3, 2):
            for i in range(len(words) - n + 1):
                if found_role is None:
                    hit = self.gazetteer.role(" ".join(w.text for w in words[i:i + n]), self.lang)
                    if hit is not None:
                        found_role = hit
                if country is None and n <= 3 and all(w.i != head.i for w in words[i:i + n]):
                    # multi-word places and seats before the head ("White House security officials")
                    country = self._place_code(" ".join(w.text for w in words[i:i + n]))
        backers = rules_for(self.lang).word_set("backer_words")
        for tok in words:
            doc = tok.doc
            if tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "‑") and doc[tok.i + 2].lower_ in backers:
                continue  # "Iranian-backed rebels in Yemen" split by the tokenizer: Iran backs them
            if tok.pos_ == "PROPN" and topical_before(self, tok):
                continue  # "Iran expert Cliff Kupchan": what he knows, not where he is from
            if tok.ent_type_ in PERSON_LABELS and tok.i != head.i and tok.pos_ == "PROPN" and \
                    self.gazetteer.state_or_org(tok.text, self.lang) is None and not self.names.in_no_name(tok):
                continue
            c, r, f = self.gazetteer.split_compound(tok.text, self.lang)
            if r is None and tok.i == head.i:
                r = self.role_of(tok)
            if r is not None and found_role is None:
                found_role = r
            former = former or f or self.gazetteer.is_former_marker(tok.text, self.lang)
            if c and country is None:
                country = c
                continue
            if country is None and tok.pos_ in {"ADJ", "PROPN", "NOUN", "X", "ADV"}:
                # a capitalised PROPN is a name ("Mexikaner" …), unless capitalised only as the first word
                # … or a modifier right on the head ("18 Rwandan/NNP rebels")
                adj = self.gazetteer.adjective(tok.text, self.lang) if tok.pos_ != "PROPN" or tok.text.islower() \
                    or tok.is_sent_start or (tok.head.i == head.i and tok.i < head.i and role(
                        tok.dep_, self.scheme) in (Role.COMPOUND, Role.AMOD)) else None
                if adj:
                    country = adj
                    continue
            if country is None and tok.i != head.i and tok.pos_ in {"PROPN", "NOUN", "ADJ"} and r is None:
                code = self._place_code(tok.text) or self.gazetteer.prefix(tok.text, self.lang)
                if code:
                    country = code
        for child in head.children:  # "Regierung in Washington", "Sprecher des Weißen Hauses", "soldiers from Gondor"
            if country is not None:
                break
            if role(child.dep_, self.scheme) in (Role.NMOD, Role.OBL, Role.APPOS, Role.POSS) and \
                    child.i not in hosted and child.i not in partnered:
                if head.ent_type_ in PERSON_LABELS and child in self._settings(head):
                    continue
                parts = pp_parts(child, self.scheme)
                noun = parts[1] if parts else child
                sub = np_span(noun, self.scheme)
                country = self._place_code(sub.text) or self._place_code(noun.text)
        entry = self.gazetteer.entry(country) if country else None
        if entry is not None and entry.kind == "organisation" and entry.country:
            country = entry.country  # "FPÖ-Chef Strache": a national party places its people in its state
        elif entry is not None and entry.kind == "organisation" and found_role is not None and not hosted and \
                found_role.role in rules_for(self.lang).word_set("posted_to_org_roles"):
            country = None  # "UN ambassador Susan Rice": a state's envoy to the UN (not "the EU ambassador to Japan")
        return country, found_role, former

    def _described(self, head: Token) -> set[int]:
        """Words before a person's name under a common noun that is no title and has words of its own ("helping
        Saudi Arabia defeat/NOUN Saddam Hussein" parsed as one name phrase): they name something else, not where
        the person is from."""
        if head.ent_type_ not in PERSON_LABELS:
            return set()
        out: set[int] = set()
        for child in head.children:
            if child.i < head.i and child.pos_ == "NOUN" and any(g.i < child.i for g in child.children) and \
                    self.role_of(child) is None:
                out.update(t.i for t in child.subtree)
        return out

    def _settings(self, head: Token) -> list[Token]:
        """The PPs of place on a person's name ("met Erdogan in Sochi"): where the person is, not where from (the
        police in Moscow are Russian, Erdogan is not)."""
        return self._pps(head, "setting_preps")

    def _pps(self, head: Token, preps: str) -> list[Token]:
        """The PPs on ``head`` whose preposition is one of the language's word set ``preps``."""
        words = rules_for(self.lang).word_set(preps)
        return [c for c in head.children if (parts := pp_parts(c, self.scheme)) is not None and parts[0] in words]

    def _place_code(self, text: str) -> str | None:
        """Country code for a state/organisation name (also genitive/possessive) or a capital/seat."""
        text = text[:-2] if text.endswith(("'s", "’s")) else text
        if not any(ch.isupper() for ch in text):
            return None  # "the island's next president" is Cuba's, not Iceland's (German "Island")
        listed = self.identity.aliases.get(text.casefold())
        if listed is not None:
            entry = self.identity.entries.get(listed)
            if entry is not None and entry.kind == "state":
                return entry.country or entry.id
        return self.gazetteer.state_or_org(text, self.lang) or self.gazetteer.seat(text, self.lang) or \
            self.gazetteer.place(text, self.lang)

    def _person_ent(self, head: Token, span: Span) -> Span | None:
        """The PER entity a phrase names: the head's own, one inside the phrase, one right after a title head
        ("US-Außenminister Rex Tillerson", "Präsidenten Trump"), or one attached to the head as apposition."""
        doc = head.doc
        own = self.names.ent(head)
        if own is not None and own.label_ in PERSON_LABELS:
            return own
        if own is not None and own.label_ in PLACE_LABELS and len(own) == 1 and (
                self._speaks(head) or self.gazetteer.person_by_surname(head.text) is not None) and not (
                self.gazetteer.state_or_org(head.text, self.lang) or self.gazetteer.seat(head.text, self.lang) or
                self.gazetteer.place(head.text, self.lang) or head.text in self.names.place_words(doc) or
                self.people.by_surname(head.text)):
            # "Klobuchar/LOC said she thinks …", "Obama/LOC, as he often has, used …": a word that speaks or a
            # well-known person's surname, that neither the gazetteer nor the article ("in Boston") uses as a place,
            # is a person (a surname of the article's is one already)
            return own
        if own is not None and (self.untagged.given_named_place(own) or self.untagged.given_named_organisation(own)):
            return own  # "Maggie Feldman/LOC", "Dr Christos Christou/ORG": a listed given name opens it
        not_owner = rules_for(self.lang).word_set("not_owner_nouns")
        inside = [e for e in self.names.entities(doc)[0] if e.label_ in PERSON_LABELS and e.start >= span.start and
                  e.end <= span.end
                  and (self.names.is_title(head) or not self._through_pp(e.root, head) or
                       # "Secretary of State John F. Kerry" parsed as "Secretary of [State … Kerry]"
                       head.i < e.start and self.gazetteer.role(doc[head.i:e.start].text, self.lang) is not None)
                  # "Karlov's body", "Mubarak's wife": someone's kin, body or name is not that someone
                  and not (e.end <= head.i and head.lemma_.lower() in not_owner)
                  # "Assad's troops", "Putin's government": the institution of the owner's state, not its owner
                  and not (e.end <= head.i and self._owner_state(head) is not None)
                  # "das Außenministerium, einst unter/ADP Michael Spindelegger": a person after a preposition
                  # (other than an owner's: "the administration of George W. Bush") is not the one the phrase
                  # names, whatever the parser hung the name on
                  and not (e.start > span.start and self._non_owner_prep(doc[e.start - 1]))]
        if inside:
            return min(inside, key=lambda e: abs(e.start - head.i))
        titled = self.names.person_title(head) or self.names.is_title(head) and self._place_or_person(
            doc[head.i + 1]) if head.i + 1 < len(doc) else False
        if head.pos_ in {"NOUN", "PROPN"} and titled:  # "Minister X", "die Regierung Renzi"
            nxt = self.names.ent(doc[head.i + 1])
            if nxt is not None and nxt.start == head.i + 1 and (
                    nxt.label_ in PERSON_LABELS or self.untagged.given_named_place(nxt) or
                    self.untagged.given_named_organisation(nxt) or unknown_place(self, nxt)):
                # (also "AfD-Chefin Frauke Petry/ORG": a listed given name opens it; "ÖVP-Kandidat Khol/LOC": no
                # place anyone knows)
                return nxt
            # NER missed the name: capitalised proper nouns right after the title ("Wirtschaftsminister Ildefonso
            # Guajardo") that are not a place or organisation the gazetteer or NER knows
            name = self.names.name_after(head, stop_ents=("LOC", "GPE", "ORG"), stop_times=False)
            if name is not None:
                return name
        clauses_between = [c.i for c in head.children if role(c.dep_, self.scheme) is Role.ACL and c.i > head.i]
        for child in head.children:
            if role(child.dep_, self.scheme) in (Role.APPOS, Role.NAME, Role.NMOD) and child.i > head.i and (
                    self.names.is_title(head) or pp_parts(child, self.scheme) is None) and not any(
                    i < child.i for i in clauses_between):
                # not past a clause on the head ("Muslim hackers angered by cartoons of the Prophet Mohammed have
                # defaced …" with "Mohammed" hung on "hackers"): an apposition follows its noun
                ent = self.names.ent(child)
                if ent is not None and ent.label_ in PERSON_LABELS and not (
                        ent.start > 0 and self._non_owner_prep(doc[ent.start - 1])):
                    return ent  # (not "das Außenministerium, einst unter/ADP Michael Spindelegger")
                if ent is None and (tail := self._tagged_tail(child)) is not None:
                    return tail
                if ent is None and role(child.dep_, self.scheme) is Role.APPOS and self.names.person_title(head):
                    name = self.untagged.apposed(child)
                    if name is not None:
                        return name  # "China's envoy to the UN, Liu Jieyi," with the name untagged
        return self.untagged.pp_apposed(head) or self.names.name_after_title(span) or self._listed_untagged(head)

    def _owner_state(self, head: Token) -> str | None:
        """The state of the owner of ``head``, an institution or armed force a person may own ("Assad's troops",
        "Putin's government"), as :func:`owner_country` tells it; ``None`` for other heads or owners of no known
        state."""
        found = self.role_of(head)
        if found is None or found.kind == "person" or found.sector not in OWNED_SECTORS or not any(
                possessor(self, c) and c.i < head.i for c in head.children):
            return None
        return owner_country(self, head)

    def _non_owner_prep(self, token: Token) -> bool:
        """``token`` is a preposition that does not name an owner (``part_owner_preps``: "of", "von")."""
        return token.pos_ == "ADP" and token.lower_ not in rules_for(self.lang).word_set("part_owner_preps")

    def _tagged_tail(self, token: Token) -> Span | None:
        """A proper noun the NER left out of the person entity that is the rest of its name ("Der Franzose
        Brahim/O A./PER"): the name from ``token`` to the entity's end. A listed given name or a word the language
        does not know; not a title, honorific or kin word ("seiner Frau/PROPN Maria/PER")."""
        from graphbuild.extract.lemmas import known_word

        if token.pos_ != "PROPN" or token.ent_iob_ != "O" or token.i + 1 >= len(token.doc) or \
                self.names.is_title(token) or gendered_honorific(token, self.lang) or \
                known_word(token.text, self.lang) and given_gender((token.text, token.doc[token.i + 1].text)) is None:
            return None
        nxt = token.doc[token.i + 1]
        ent = self.names.ent(nxt)
        if ent is None or ent.start != nxt.i or ent.label_ not in PERSON_LABELS or nxt.head.i != token.i or role(
                nxt.dep_, self.scheme) is not Role.NAME:
            return None
        return token.doc[token.i:ent.end]

    def _listed_untagged(self, head: Token) -> Span | None:
        """A listed person's name of two or more proper nouns the NER missed, the head with the words hung on it as
        parts of its name ("De/PROPN Blasio/flat criticized"): the gazetteer knows the whole."""
        if head.pos_ != "PROPN":
            return None
        parts = [c for c in head.children if c.i > head.i and role(c.dep_, self.scheme) in (Role.NAME, Role.COMPOUND)]
        end = max((c.i for c in parts), default=head.i) + 1
        start = min([head.i, *(c.i for c in head.children if c.i < head.i and role(c.dep_, self.scheme) in (
            Role.NAME, Role.COMPOUND) and c.pos_ == "PROPN")])
        if end - start < 2:
            return None
        name = head.doc[start:end]
        return name if self.gazetteer.person(name.text) is not None else None

    def _speaks(self, head: Token) -> bool:
        """``head`` is the subject of a verb that reports speech ("said", "sagte"; ``cue`` in the lexicon)."""
        from graphbuild.extract.lexicon import lexicon_for

        verb = head.head
        if role(head.dep_, self.scheme) is not Role.SUBJ or verb.i == head.i or verb.pos_ != "VERB":
            return False
        return lexicon_for(self.lang).is_cue(rules_for(self.lang).lemma_candidates(verb, None))

    def _through_pp(self, token: Token, head: Token) -> bool:
        """Whether ``token`` hangs below ``head`` through a prepositional phrase: "the resumption of ties with
        Mordor" names Mordor without being Mordor."""
        current = token
        while current.i != head.i and current.head.i != current.i:
            if pp_parts(current, self.scheme) is not None:
                return True
            current = current.head
        return False

    def _person(self, head: Token, span: Span) -> Resolution | None:
        doc = head.doc
        if head.pos_ == "PROPN" and self.names.thing_named(doc[head.i:head.i + 1]) and \
                self.untagged.pp_apposed(head) is None:  # (but "The President of the European Council, Donald Tusk,")
            return None  # "the Bill", "the Brotherhood", "Democrats", "Brexit": no person, whoever was named so before
        name_span = self._person_ent(head, span)
        if name_span is not None and self._initialism_organisation(head):
            return None  # "CNN/PER reported": an organisation's short name (see _organisation)
        if name_span is not None and (self.names.no_name(name_span) or self.names.thing_named(name_span)):
            name_span = None  # "Ugandan/PER rebels", "Kyrgyz Prime/PER Minister …", "the Bill", "Democrats": NER errors
        if name_span is not None and (club := all_places(self, name_span)) is not None:
            return Resolution(club[0], "organisation", club[1], 0.7)  # "Bayern/PER München/PER"
        if name_span is None and head.pos_ == "PROPN" and not self.gazetteer.state_or_org(head.text, self.lang):
            said = gendered_honorific(doc[head.i - 1], self.lang) if head.i else None
            known = self.people.by_surname(head.text, said)
            if known is not None and (relative := relative_named(self, head, span, known.tokens)) is not None:
                known, name_span = None, relative  # "Sascha Pinczowski" after "Alexander Pinczowski": his sister
            if known is not None:  # "US-Heimatschutzminister Kelly": the title still tells country and role
                country, found_role, former = self._modifiers(self.names.context(doc[head.i:head.i + 1]) + list(span),
                                                              head, range(head.i, head.i + 1))
                self._enrich(known.actor, country, found_role if found_role and found_role.kind == "person"
                             else None, former)
                return Resolution(known.actor, "surname", span, 0.85)
        if name_span is None and head.pos_ == "PROPN" and not self.gazetteer.state_or_org(head.text, self.lang):
            # a name right after a role title ("Heimatschutzminister Kelly") even when NER missed it
            start = head.i
            while start - 1 >= 0 and doc[start - 1].pos_ == "PROPN" and not self.names.titled(doc[start - 1]) and \
                    gendered_honorific(doc[start - 1], self.lang) is None:
                start -= 1
            before = doc[start - 1] if start - 1 >= 0 else None
            if before is not None and (self.names.titled(before) and before.pos_ in {"NOUN", "PROPN"} or
                                       gendered_honorific(before, self.lang) is not None):
                # also after "Mrs."/"Ms."/"Frau" ("Ms. Hicks", which the NER took for an organisation) and "Rep."
                end = head.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].head.i in range(start, end) and \
                        not self.names.is_title(doc[end]) and \
                        self.gazetteer.state_or_org(doc[end].text, self.lang) is None:
                    end += 1  # the rest of the name ("Chrystia" → "Chrystia Freeland")
                name_span = doc[start:end]
        # the head alone, or after its titles ("President Trump/NN", which the role alone would give to the last
        # president the article named)
        head_only = len(span) == 1 or all(t.i == head.i or t.i < head.i and (
            self.names.is_title(t) or gendered_honorific(t, self.lang) is not None) for t in span)
        if name_span is None and head_only and head.pos_ in {"NOUN", "ADV", "ADJ", "X"} and \
                head.text[:1].isupper() and not head.text.isupper():
            # the surname of a person the article named in full, tagged as something else this time ("Doskozil/ADV
            # lobt …", "lehnt Kucharowits/ADJD es ab"): the exact word, no genitive or case folding
            known = self.people.by_surname(head.text)
            if known is not None and len(known.tokens) >= 2 and known.tokens[-1] == head.text:
                return Resolution(known.actor, "surname", span, 0.75)
        known_alias = False
        if name_span is None and head_only and head.text[:1].isupper() and head.pos_ in {
                "NOUN", "PROPN", "X"} and self.gazetteer.person(head.text) is not None:
            # a well-known name the tagger and NER both missed ("protested against Trump" with Trump as NN)
            name_span, known_alias = doc[head.i:head.i + 1], True
        if name_span is None and head.pos_ == "PROPN" and head.i > span.start and \
                self.gazetteer.state_or_org(head.text, self.lang) is None:
            # a well-known full name the NER called something else ("then US President Barack/ADJ Obama/LOC")
            name_span = next((doc[i:head.i + 1] for i in range(max(span.start, head.i - 3), head.i)
                              if self.gazetteer.person(doc[i:head.i + 1].text) is not None), None)
        if name_span is None and head.pos_ == "PROPN" and (head.i > span.start or any(
                c.i == head.i + 1 and role(c.dep_, self.scheme) is Role.NAME for c in head.children)):
            name_span = self.untagged.given_named(head, span)  # "Alexei Navalny", "Tim/nsubj Phillips/flat" untagged
        if name_span is None or self.names.thing_named(name_span):
            return None
        if len(name_span) == 1 and self.names.headline_word(name_span[0]) and \
                self.people.by_surname(name_span.text) is None:
            return None  # "Obama Administration Proposal Included …" (but "Warren Rejects …" is hers)
        non_person = rules_for(self.lang).word_set("non_person_heads")
        if len(name_span) > 1 and name_span[-1].lower_ in non_person:
            return None  # "Tahrir Square", "Brexit Party": a place, an institution or a party, not a person
        honorifics = rules_for(self.lang).word_set("honorifics") | rules_for(self.lang).word_set("non_person_names")
        institutions = rules_for(self.lang).word_set("non_person_heads")
        def titled(k: int) -> bool:
            return name_span[k].lower_ in honorifics or self.names.is_title(name_span[k])

        while len(name_span) > 1 and (titled(0) or name_span[0].lower_ in institutions or
                                      name_span[0].lower_.endswith("s") and name_span[0].lower_[:-1] in honorifics or
                                      len(name_span) > 2 and titled(1) and (
                                          name_span[0].is_lower and not self.names.name_particle(name_span, 0) or
                                          self.gazetteer.state_or_org(name_span[0].text, self.lang))):
            # "Mr Trump", "Democrat Hillary Clinton", "Präsident Putin", "Brexit Farage", "Department William Krampf",
            # "Justices Neil Gorsuch" (a plural title before one of the names it covers); a lower-case word or a
            # party before a title ("freshman Rep. Mia Love", "GOP Rep. Scott Tipton")
            name_span = name_span[1:]
            if len(name_span) == 1 and self.names.is_title(name_span[0]):
                return None  # "Department Inspector": an institution and a title, nobody's name
        name_span = join_hyphenated(name_span)  # "Adel al" + "-Jubeir", "Abdel" + "-Fattah"
        name_span = self.names.grow_name(name_span)  # NER stopped after the first name: "Chrystia" + "Freeland"
        while len(name_span) > 1 and titled(0):
            name_span = name_span[1:]  # "Justice/PER" grown into "Justice Antonin Scalia"
        longer = next((doc[name_span.start:name_span.end + k] for k in (3, 2, 1) if name_span.end + k <= len(doc) and
                       all(t.is_alpha or t.text in HYPHENS for t in doc[name_span.end:name_span.end + k]) and
                       doc[name_span.end + k - 1].is_alpha and
                       self.gazetteer.person(doc[name_span.start:name_span.end + k].text) is not None), None)
        if longer is not None:
            name_span = longer  # a well-known name the NER cut: "Kim Jong/PER Un/ORG", "Kim Il/PER -sung"
        listed = self.gazetteer.person(name_span.text) is not None  # "Alexander Van der Bellen" as written
        cut = None if listed else next((k for k, t in enumerate(name_span) if k > 0 and t.text.islower() and
                                        name_span.doc[t.i - 1].whitespace_ and
                                        (not self.names.name_particle(name_span, k) or
                                         self._two_persons(name_span[k - 1].text, name_span[-1].text))),
                                       None)
        if cut is not None:  # an entity run on into the sentence: "Assad given Moscow", "Assad and Islamic" (not
            # "al-Asir", "deGravelles"); a full name after a one-word modifier is the name ("Amazon mogul Jeff Bezos")
            tail = name_span[cut + 1:]
            name_span = tail if cut == 1 and len(tail) >= 2 and all(t.text[:1].isupper() for t in tail) else \
                name_span[:cut]
        trailers = rules_for(self.lang).word_set("name_trailers")
        trailers = trailers | rules_for(self.lang).word_set("pure_honorifics")  # not "King": also a surname
        while len(name_span) > 1 and (name_span[-1].lower_.rstrip(".") in trailers or (
                name_span[-1].pos_ in NOT_NAME_POS and not name_span[-1].text[:1].isupper() and
                doc[name_span[-1].i - 1].text not in HYPHENS)):  # not the "-sung" of "Kim Il-sung"
            name_span = name_span[:-1]  # captions and lists: "Anna Turley MP", "Johnson of", "Assad claiming"
        if rules_for(self.lang).extra.get("capitalised_nouns") and not listed:
            trimmed = self.names.without_common_nouns(name_span)
            if trimmed is None:
                return None  # "Turniersieger von Buenos Aires", "Mitgründer von Runtastic": a role, not a name
            name_span = trimmed
        alone = (trailers | honorifics) - rules_for(self.lang).word_set("honorific_surnames")
        if len(name_span) == 1 and (name_span[0].lower_.rstrip(".") in alone or name_span[0].lower_ in alone):
            return None  # "MP", "Mr.", "Justice" alone: a title the NER took for a name ("King" may be Charlotte King)
        name = clean_name(name_span.text, self.lang)
        if not name or not name[:1].isupper() or self.gazetteer.state_or_org(name, self.lang) or \
                self.names.shouted(name) or any(ch.isdigit() for ch in name):
            return None  # (no person's name has a digit: "Metal Gear Solid 5")
        non_person = rules_for(self.lang).word_set("non_person_heads")
        if len(name.split()) > 1 and name.split()[-1].casefold() in non_person:
            return None  # "Tahrir Square", "Radial Games": a place or an institution the NER took for a person
        if self.names.adjective_first(name_span) or self.names.lowercase_word_first(name_span):
            return None  # "Dunkle Materie", "Höchstens Satellitentelefone": a phrase opened by an adjective or adverb
        if self.names.possessed_thing(name_span):
            return None  # "Christandls Anwältin", "Kaltenbrunners Fluchtroute": a named person's thing or kin
        if len(name_span) == 1 and name_span[0].tag_ in COMMON_NOUN_TAGS and not known_alias and \
                self.gazetteer.person(name_span.text) is None:
            return None  # a single common noun ("Grenzstädte") the NER took for a name (not "President Trump/NN")
        if (len(name.split()) == 1 and self.gazetteer.seat(name, self.lang)) or self.gazetteer.place(name, self.lang):
            return None  # "Washington", "Iowa", "Linz" tagged as a person: the place reading wins in news
        owned = name_span.end < len(doc) and doc[name_span.end].lower_ in POSSESSIVE_CLITICS
        # what follows "Robert Mueller's" is his: a state there is its topic ("Robert Mueller's Russia Report"), only
        # an organisation is his own ("Osama bin Laden's al-Qaeda terror network")
        # nor is where the person is (:meth:`_settings`)
        where = {t.i for c in self._settings(head) for t in c.subtree}
        context = self.names.context(name_span) + [t for t in span if not (name_span.start <= t.i < name_span.end) and
                                                   not (owned and t.i >= name_span.end) and t.i not in where]
        country, found_role, former = self._modifiers(context, head, range(name_span.start, name_span.end))
        if country is None:  # "Joe Manchin (D-W.Va.)", "Theresia Babler (SPÖ)": the party in brackets after the name
            country = party_country(self, name_span)
        if owned and country is None:
            country = next((code for e in doc.ents if span.start <= e.start and e.end <= span.end and
                            e.start > name_span.end and (code := self._place_code(e.text)) and
                            (entry := self.gazetteer.entry(code)) is not None and entry.kind != "state"), None)
        if found_role is not None and (found_role.kind != "person" or self._principal(name_span, head)):
            found_role = None  # "A spokesman for Mr Khan": the title is the spokesman's, not Khan's
        tokens = tuple(name.split())
        royal = False
        said: str | None = None
        if len(tokens) == 1:
            before = doc[name_span.start - 1] if name_span.start > 0 else None
            said = gendered_honorific(before, self.lang) if before is not None else None
            # "King Abdullah": a given name after a monarch's title, no one's surname ("Abdullah Abdullah")
            royal = before is not None and before.lower_ in rules_for(self.lang).word_set("given_name_titles")
            if royal:  # a royal named before by such a title ("King Abdullah II", "Crown Prince Mohammed bin Salman")
                known = self.people.by_first_name(tokens[0])
                known = known if known is not None and set(known.actor.roles) & self._royal_roles() else None
            else:
                known = self.people.by_surname(tokens[0], said) or self.people.by_first_name(tokens[0])
            if known is not None:
                actor = known.actor
                self._enrich(actor, country, found_role, former)
                return Resolution(actor, "surname", span, 0.85)
            well_known = self.gazetteer.person_by_surname(tokens[0], self.date) if before is not None and \
                before.lower_.rstrip(".") in rules_for(self.lang).word_set("pure_honorifics") else None
            if well_known is not None and said is not None and given_gender(tuple(well_known.name.split())) not in (
                    None, said):
                well_known = None
            listed = self.gazetteer.person(name) if said is not None else None
            other_listed = listed is not None and given_gender(tuple(listed.name.split())) not in (None, said)
            if said is not None and well_known is None and not royal and (
                    self.people.by_surname(tokens[0]) is not None or other_listed):
                # "Mrs Trump" in an article about Donald Trump: someone else of the name, named as the paper does
                name = f"{before.text} {name}"
            if royal and (crowned := self.gazetteer.person(f"{before.text} {name}")) is not None:
                name = crowned.name  # "King Salman" as the gazetteer lists him: Salman bin Abdulaziz Al Saud
            elif well_known is not None:
                name = well_known.name  # "Mrs May" in 2019: Theresa May ("King Abdullah" is a given name: no guess)
            elif not known_alias and (self.names.not_a_name(name_span[0]) or self._surname_pair(name)):
                return None
            if country is None and not royal:  # "Clinton" alone: Bill or Hillary, either way a US politician
                country = self.gazetteer.surname_country(tokens[0])
        actor = self._person_actor(nominative(name, doc, name_span, self.lang), country, found_role, former,
                                   given=royal, said=said)
        return Resolution(actor, "name", doc[min(span.start, name_span.start):max(span.end, name_span.end)], 0.9)

    def _royal_roles(self) -> set[str]:
        """The role labels of the language's ``given_name_titles`` ("king", "crown prince", "pope", …)."""
        titles = rules_for(self.lang).word_set("given_name_titles")
        return {found.role for title in titles if (found := self.gazetteer.role(title, self.lang)) is not None}

    def _principal(self, name: Span, head: Token) -> bool:
        """The name hangs on the title ``head`` through one of the language's ``principal_preps``: it names the one
        the title holder works for ("a spokesman for Mr Khan", "ein Sprecher für Minister Kickl")."""
        preps = rules_for(self.lang).word_set("principal_preps")
        token = name.root
        while token.i != head.i and token.head.i != token.i:
            if token.pos_ == "ADP" and token.lower_ in preps or any(  # the PP's head (TIGER, ClearNLP) or its case (UD)
                    role(c.dep_, self.scheme) is Role.CASE and c.lower_ in preps for c in token.children):
                return True
            token = token.head
        return False

    def _surname_pair(self, name: str) -> bool:
        """Two names joined by a hyphen, each a well-known person's surname or the surname or family name (first, in
        Korean) of a person the article named ("the Trump-Kim meeting"): a pairing, not a double-barrelled name
        ("Kramp-Karrenbauer")."""
        parts = name.split("-")
        return len(parts) == 2 and all(part and (self.gazetteer.person_by_surname(part) is not None or
                                                 self.people.by_surname(part) is not None or
                                                 self.people.by_first_name(part) is not None) for part in parts)

    def _two_persons(self, before: str, after: str) -> bool:
        """The words around a particle are the surnames of two persons of the article: "Gudenus von Christandl"
        (sued by him) is Johann Gudenus and Jürg Christandl, not one noble name."""
        first, second = self.people.by_surname(before), self.people.by_surname(after)
        return first is not None and second is not None and first is not second

    def _titled_noun(self, head: Token, span: Span) -> Resolution | None:
        """Phrases headed by a title or institution noun: "der Außenminister", "die mexikanische Regierung"."""
        country, found_role, former = self._modifiers(span, head)
        prefix, head_role, _ = self.gazetteer.split_compound(head.text, self.lang)
        if head_role is None and found_role is not None:
            # a title in the phrase names what the head is ("members of parliament", "U.S. Border Patrol officials"),
            # not the title of its owner or of a phrase it only mentions ("the president's willingness", "the strike
            # …, despite strong opposition from many countries")
            found_role = self._modifiers(self._member_words(head, span), head)[1]
        head_role = head_role or found_role
        if found_role is not None and len(found_role.title.split()) > 1 and \
                found_role.title.split()[-1].casefold() == head.lower_:
            head_role = found_role  # "the largest legal opposition party": the longer title ending in the head
        if head_role is None:
            if head.lower_ in rules_for(self.lang).epithets:
                return self._epithet(head, span, country)
            return None
        if head_role.kind == "person":
            name = self.names.name_after(head)
            if name is not None:  # "US Commerce Secretary Wilbur Ross" where NER missed the name
                whole = head.doc[span.start:max(span.end, name.end)]
                known = self.people.by_surname(name.text) if len(name) == 1 else None
                if known is not None:  # "die Abgeordneten Schaunig" after "Gaby Schaunig": the person named before
                    if not _plural_noun(head):
                        self._enrich(known.actor, country, head_role, former)
                    return Resolution(known.actor, "surname", whole, 0.8)
                actor = self._person_actor(clean_name(name.text, self.lang), country, head_role, former)
                return Resolution(actor, "name", whole, 0.8)
            # "other presidential candidates", "die Minister": several people, not the one met before; "a
            # candidate", "ein Minister": someone unnamed
            match = None if _plural_noun(head) or self._office(head) or self._indefinite(head) else \
                self.people.by_role(head_role.role, country, head.idx)
            if match is not None:
                return Resolution(match.actor, "title", span, 0.7)
            if self._party_epithet(head, head_role) and (epithet := self._epithet(head, span, country)) is not None:
                return epithet  # "Heiko Maas … erklärte der SPD-Politiker": the politician named last
        elif (name := self.names.name_after(head)) is not None and not self.names.is_title(head.doc[name.end - 1]) and \
                not any(self._place_or_person(t) for t in name):
            # "die Gewerkschaft GPA-djp", "die Nachrichtenagentur PTI": the institution's own name (not "die
            # Regierung Renzi", "die Universität Wien")
            org = clean_name(name.text, self.lang)
            code = self.gazetteer.state_or_org(org, self.lang)
            actor = self.country_actor(code) if code else Actor(
                id=self.identity.organisation_id(org), name=org, kind="organisation", country=country)
            return Resolution(actor, "organisation", head.doc[span.start:max(span.end, name.end)], 0.75)
        institution = head_role.kind != "person" and head_role.sector in HOMELESS_SECTORS
        if country is None and institution:
            # "the Obama administration", "Modi's government", "Yemen, where the government is battling …"
            country = owner_country(self, head) or where_state(self, head)
        elif country is None:
            country = self._owner_state(head)  # "Assad's troops"
        if country is None:
            # "die Regierung", "the Senate": an institution of the country the article turns out to be about, decided
            # once it is read (:func:`graphbuild.extract.article._home_institutions`); a person's title is not, nor
            # is one with an owner ("seine Regierung", "his government": whose, the article need not say) or a
            # counted one ("hire 5,000 more police")
            if institution and _named_owner(head.text, self.lang):  # "die DFB-Führung": the DFB's leadership
                org = clean_name(head.text.partition("-")[0], self.lang)
                actor = Actor(id=self.identity.organisation_id(org), name=org, kind="organisation")
                return Resolution(actor, "organisation", span, 0.6)
            if not institution or head_role.role in HOMELESS_SKIPPED_ROLES or self._indefinite(head) or \
                    any(possessor(self, c) or c.pos_ == "NUM" for c in head.children):
                return None  # … nor an indefinite one ("gegen eine Koalition mit der FPÖ", "a government")
            ent = self.names.ent(head)
            if ent is not None and ent.label_ in ORG_LABELS:
                return None  # "the Supreme Court/ORG": an organisation first
            own = self.role_of(head)  # the head itself is the institution ("die Regierung"), not "a Senate seat"
            return self._homeless(head_role, head, span) if own is not None and own.role == head_role.role else None
        if head_role.kind == "person" and prefix and (entry := self.gazetteer.entry(prefix)) is not None and \
                entry.kind == "organisation":
            # "die AfD-Chefin", "ein SPD-Politiker": an unnamed officer of a party or organisation speaks for it, not
            # for the government of its country
            return Resolution(self.country_actor(prefix), "official", span, 0.6)
        found = self.role_collective(country, head_role)
        return Resolution(found[0], found[1], span, found[2]) if found is not None else None

    def _member_words(self, head: Token, span: Span) -> list[Token]:
        """The words of ``span`` without the head's possessor and without phrases the head only mentions (after one of
        the language's ``non_member_preps``)."""
        outside = rules_for(self.lang).word_set("non_member_preps")
        dropped: set[int] = set()
        for child in head.children:
            parts = pp_parts(child, self.scheme)
            if marks_possessor(child, self.scheme) or parts is not None and parts[0] in outside:
                dropped.update(t.i for t in child.subtree)
        return [t for t in span if t.i not in dropped]

    def _indefinite(self, head: Token) -> bool:
        """``head`` has an indefinite article ("a candidate", "ein Minister")."""
        indefinite = rules_for(self.lang).word_set("indefinite_determiners")
        return any(role(c.dep_, self.scheme) is Role.DET and c.lower_ in indefinite for c in head.children)

    def _office(self, head: Token) -> bool:
        """A lower-case title without determiner, possessive or modifier names the office, not its holder ("ran for
        president", "was elected governor"), where the language marks its holders (``bare_title_is_office``)."""
        if not rules_for(self.lang).extra.get("bare_title_is_office") or not head.text.islower():
            return False
        doc = head.doc
        before = doc[head.i - 1] if head.i > 0 else None
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if before is not None and before.pos_ in {"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM"} or \
                after is not None and after.lower_ in POSSESSIVE_CLITICS:
            return False  # "the president's visit" (however the parser hung "the")
        return not any(role(c.dep_, self.scheme) in (Role.DET, Role.POSS, Role.AMOD, Role.COMPOUND, Role.NMOD)
                       for c in head.children)

    def _place_or_person(self, word: Token) -> bool:
        """A word that names a seat of government, a capital or a person the article or the gazetteer knows."""
        text = word.text
        return bool(self.gazetteer.seat(text, self.lang) or self.people.by_surname(text) or
                    self.gazetteer.person_by_surname(text) or self.gazetteer.person(text))

    def _homeless(self, head_role: RoleEntry, head: Token, span: Span) -> Resolution:
        """A placeholder for an institution named without a country, one per role and article; the topic the phrase
        would be without it is kept for the case that the article's country stays unclear."""
        from graphbuild.extract.topics import topic_for

        actor_id = f"{HOMELESS_PREFIX}{slug(head_role.role)}"
        self.homeless[actor_id] = head_role
        if span.text not in self.homeless_topics:
            self.homeless_topics[span.text] = topic_for(head, self)
        # registered by :meth:`resolve` like any actor (one per id), removed when the article is read
        return Resolution(Actor(id=actor_id, name=head_role.role, kind="organisation"), "institution", span, 0.6)

    def role_collective(self, country: str, head_role: RoleEntry) -> tuple[Actor, str, float] | None:
        """The collective a role noun of ``country`` stands for, with how it was found and a confidence."""
        entry = self.gazetteer.entry(country)
        if entry is not None and entry.kind == "organisation" and (head_role.sector == "GOV" or
                                                                   head_role.kind == "government"):
            # "EU leaders", "the United Nations' special representative": an organisation's officials speak for
            # it (it has no government of its own)
            return self.country_actor(country), "official", 0.6
        if head_role.kind == "person":
            if head_role.sector == "GOV":
                # an unnamed official speaks for the government ("ein Sprecher des Außenministeriums")
                return self.collective(country, "GOV", "government", head_role.role), "official", 0.6
            if head_role.sector:
                # unnamed members of a sector of a country ("lawmakers in Mexico", "a Mexican cleric"): the
                # country's sector group, as event coders code them (MEXLEG, MEXREL)
                return self.collective(country, head_role.sector, "group", head_role.role), "sector", 0.6
            return None
        kind = head_role.kind if head_role.kind in ("government", "organisation", "group") else "organisation"
        sector = head_role.sector or ("GOV" if kind == "government" else "")
        if kind == "government" or sector == "GOV":
            return self.collective(country, "GOV", "government", head_role.role), "government", 0.85
        return self.collective(country, sector or "ORG", kind, head_role.role), "institution", 0.8

    def role_of(self, head: Token) -> RoleEntry | None:
        """The role title a head word is, alone or inside a German compound."""
        found = self.gazetteer.split_compound(head.text, self.lang)[1]
        if found is None and head.lemma_ and head.lemma_.casefold() != head.text.casefold():
            # an inflected form the title list lacks ("Gondor's polices", "den Ministern")
            found = self.gazetteer.role(head.lemma_, self.lang)
        return found

    def _party_epithet(self, head: Token, head_role: RoleEntry) -> bool:
        """"der SPD-Politiker": a definite compound of a name and an epithet title (``epithets``) that stands for the
        person named before, as the bare epithet does ("der Politiker"); not "Ex-Politiker", "die SPD-Politiker"."""
        rules = rules_for(self.lang)
        title = head_role.title.casefold()
        if title not in rules.epithets or head.lower_ == title or not head.lower_.endswith(title) or \
                _plural_noun(head) or "Plur" in head.morph.get("Number"):
            return False  # (the head itself is the compound: "SPD-Politiker", not "the parity between … leader")
        dets = [c.lower_ for c in head.children if role(c.dep_, self.scheme) is Role.DET and c.lower_ in rules.articles
                and c.lower_ not in rules.word_set("indefinite_determiners")]
        return bool(dets) and (dets[0] in rules.word_set("singular_determiners") or "Sing" in head.morph.get("Number"))

    def _epithet(self, head: Token, span: Span, country: str | None) -> Resolution | None:
        """"sein Gegenüber", "der Amtskollege": the most recent person of another (or the given) country."""
        recent = self.people.recent(head.idx)
        if not recent:
            return None
        if country:
            match = next((p for p in recent if p.actor.country == country), None)
        else:
            last_country = recent[0].actor.country
            match = next((p for p in recent[1:] if p.actor.country != last_country), None)
        return Resolution(match.actor, "epithet", span, 0.6) if match else None

    def _pronoun(self, head: Token, span: Span) -> Resolution | None:
        record = antecedent(self, head)
        return Resolution(record.actor, "pronoun", span, 0.7) if record is not None else None

    def _organisation(self, head: Token, span: Span) -> Resolution | None:
        ent = self.names.ent(head)
        company = ent is not None and ent.label_ in PERSON_LABELS and len(ent) > 1 and \
            ent[-1].lower_ in rules_for(self.lang).word_set("company_heads") or \
            self._initialism_organisation(head)  # "JBC Energy/PER", "CNN/PER"
        if ent is None and head.pos_ == "PROPN" and not any(
                role(c.dep_, self.scheme) in (Role.COMPOUND, Role.NAME) for c in head.children):
            # "JFS remains …" untagged after "JFS/PER represents …" made it an organisation: the same one
            known = next((a for a in self.actors.values() if a.kind == "organisation" and a.name == head.text), None)
            if known is not None:
                return Resolution(known, "organisation", span, 0.7)
        if ent is None or ent.label_ not in ORG_LABELS and not company or len(ent.text) < 2 or ent.text.islower():
            return None
        if len(ent) == 1 and ent[0].pos_ == "NOUN" and not any(ch.isupper() for ch in ent.text[1:]):
            return None  # a common noun ("Grenzstädte") the NER took for an organisation
        words = [t for t in ent if t.is_alpha]
        if words and all(self.names.headline_word(t) for t in words) and \
                words[-1].lower_ not in rules_for(self.lang).word_set("non_person_heads") and \
                self.gazetteer.role(words[-1].text, self.lang) is None:
            return None  # "National Polls Show" in a title-case headline (not "Supreme Court", "Science Department")
        code = self.gazetteer.state_or_org(ent.text, self.lang)
        if code:
            return Resolution(self.country_actor(code), "organisation", span)
        if len(ent) == 1 and (known := self.people.by_surname(ent.text)) is not None and \
                known.tokens[-1] == clean_name(ent.text, self.lang):
            return Resolution(known.actor, "surname", span, 0.75)  # "Klobuchar/ORG" after "Klobuchar said"
        if self.names.place_name(head) is not None:
            return None  # "Trump Tower", "Tahrir Square": a place the NER took for an organisation
        for k in range(min(4, len(ent) - 1), 1, -1):
            # "Director of National Intelligence James R. Clapper" with "National … Clapper" one organisation: the
            # well-known person its last words name
            tail = ent[len(ent) - k:]
            if tail[0].pos_ == "PROPN" and self.gazetteer.person(tail.text) is not None:
                return Resolution(self._person_actor(clean_name(tail.text, self.lang), None, None, False), "name",
                                  span, 0.75)
        found = self.gazetteer.role(clean_name(ent.text, self.lang), self.lang)
        if found is not None and found.kind == "person":
            return None  # "National Security Adviser/ORG": a person's title, nobody named
        country, _, _ = self._modifiers(span, head)
        name = clean_name(ent.text, self.lang)
        actor = Actor(id=self.identity.organisation_id(name), name=name, kind="organisation", country=country)
        return Resolution(actor, "organisation", span, 0.7)

    def _initialism_organisation(self, head: Token) -> bool:
        """``head`` is an initialism the NER took for a person, or for a place that speaks ("CNN/LOC reported"),
        that no person of the article is known by: an organisation's short name (:meth:`NameWords.initialism`)."""
        ent = self.names.ent(head)
        return ent is not None and ent.root.i == head.i and (
            ent.label_ in PERSON_LABELS or ent.label_ in PLACE_LABELS and self._speaks(head)) and \
            self.names.initialism(ent) and self.people.by_surname(head.text) is None

    # --- registry ------------------------------------------------------------------------------------------

    def _person_actor(self, name: str, country: str | None, found_role: RoleEntry | None, former: bool,
                      given: bool = False, said: str | None = None) -> Actor:
        """The person ``name`` (``given``: a bare given name, no stored person's surname; ``said``: the gender an
        honorific gives), registered."""
        known_person = self.gazetteer.person(name)
        if known_person is not None and (country is None or not known_person.country or
                                         country == known_person.country):
            name = known_person.name  # "Trump" → "Donald Trump": one node however the article names him
        record = self.people.named(name)
        if record is not None:
            self._enrich(record.actor, country, found_role, former)
            return record.actor
        actor = Actor(id=self.identity.person_id(name, country, stored_surname=lambda stored: same_bearer(
            self, name, stored, country, given, said)), name=name, kind="person", country=country)
        known = self.identity.known(actor.id)
        if known is not None:
            actor.country = actor.country or known.country
            actor.roles = list(known.roles)
            actor.qid = known.qid
        self._enrich(actor, country, found_role, former)  # what the article says comes first
        if known_person is not None and known_person.name == name:
            actor.country = actor.country or known_person.country or None
            actor.qid = actor.qid or known_person.qid or None
            if known_person.in_office(self.date):
                actor.roles.extend(r for r in known_person.roles if r not in actor.roles)
        gender = "fem" if found_role and found_role.title.endswith("in") and self.lang == "de" else None
        self.people.add(actor, gender)
        return actor

    def _enrich(self, actor: Actor, country: str | None, found_role: RoleEntry | None, former: bool) -> None:
        if country and not actor.country:
            actor.country = country
        if found_role is not None:
            label = f"former {found_role.role}" if former else found_role.role
            if label not in actor.roles:
                actor.roles.append(label)
            if found_role.sector and not actor.sector:
                actor.sector = found_role.sector

    def _register(self, actor: Actor) -> Actor:
        actor = self.identity.canonical(actor)
        existing = self.actors.get(actor.id)
        if existing is None:
            self.actors[actor.id] = actor
            return actor
        if existing is not actor:
            existing.country = existing.country or actor.country
            for r in actor.roles:
                if r not in existing.roles:
                    existing.roles.append(r)
        return existing


_THE_PREFIXES = ("United ", "Republic", "Democratic ", "Central African", "Czech Republic", "Dominican Republic",
                 "Holy See", "European ", "State of ")
_THE_SUFFIXES = ("Islands", "Emirates", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros")


def _named_owner(word: str, lang: str) -> bool:
    """A hyphenated compound whose first part is a name the gazetteer does not know (an initialism or a word the
    dictionary lacks): the leadership or board of that organisation ("DFB-Führung", "Fifa-Spitze"), no state's
    institution."""
    from graphbuild.extract.lemmas import known_word

    first, _, rest = word.partition("-")
    return bool(rest) and first[:1].isupper() and (any(ch.isupper() for ch in first[1:]) or
                                                  not known_word(first, lang))


def _plural_noun(head: Token) -> bool:
    """A plural noun by its morphology or its fine tag ("candidates/NNS")."""
    return "Plur" in head.morph.get("Number") or head.tag_ in {"NNS", "NNPS"}


def _with_article(name: str) -> str:
    """"United States" → "the United States" inside "Government of …"."""
    return f"the {name}" if name.startswith(_THE_PREFIXES) or name.endswith(_THE_SUFFIXES) else name


def person_slug(name: str) -> str:
    return slug(name)
