"""Nominal events: "nach dem abgesagten Treffen der Präsidenten Trump und Peña Nieto", "Trumps Drohung gegen
Mexiko", "criticism of the US by Mexico".

An event noun from the lexicon (pos ``noun``) that is not itself a clause argument carries a statement when it
names its participants: the possessor, genitive or "von"/"by" phrase is the source, a PP with a target
preposition ("an", "gegen", "mit", "of", "against", "with") the target. Symmetric events (meetings, talks,
agreements) between two named participants give one statement each way. A cancelling modifier ("abgesagt",
"cancelled") makes the statement negative with modality ``cancelled``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import modifier_start, pp_parts
from graphbuild.extract.lexicon import VERBAL_ATTACK_CODE
from graphbuild.extract.schemes import Role, role
from graphbuild.models import Statement, stable_hash
from graphbuild.resolve.actors import Resolution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.extract.statements import SentenceContext, StatementBuilder

_ARGUMENT_ROLES = {Role.SUBJ, Role.OBJ, Role.PASS_SUBJ, Role.IOBJ}
_SYMMETRIC = ("040", "041", "044", "045", "046", "06", "057")
#: assault, fight and mass violence: a person compounded before the noun is whom or what it hit, not who did it
_VIOLENT = ("18", "19", "20")
#: make a visit: a state compounded before the noun is where the visitor goes ("his Mexico trip")
_VISIT = "042"
_DASHES = frozenset({"—", "–", "--", "-"})


def _participants(noun: Token, builder: StatementBuilder, own_preps: frozenset[str] | set[str] = frozenset(),
                  ) -> tuple[list[Resolution], list[Resolution]]:
    """(sources, targets) named around an event noun; ``own_preps`` are the prepositions the noun's lexicon rows
    name for its target ("Besuch in Vietnam", "visit to China": the host)."""
    scheme = builder.scheme
    sources: list[Resolution] = []
    targets: list[Resolution] = []
    for child in noun.children:
        r = role(child.dep_, scheme)
        parts = pp_parts(child, scheme)
        if parts is not None:
            prep, head = parts
            bucket = sources if prep in builder.rules.agent_preps else (
                targets if prep in builder.target_preps or prep in own_preps else None)
            if bucket is None or bucket is sources and _where(head, builder):
                continue  # "die Anschläge von Brüssel und Paris": where, not by whom
        elif r is Role.APPOS and (child.pos_ != "PROPN" or _after_dash(child)):
            # "die Kapitulation, der Rücktransport nach Athen": the event named again, nobody doing it; "against the
            # deal — Chuck Schumer and Robert Menendez —": an aside naming who was against it
            continue
        elif r in (Role.NMOD, Role.POSS, Role.APPOS, Role.NAME) or (
                child.pos_ == "PROPN" and child.i < noun.i and r not in (Role.SUBJ, Role.PASS_SUBJ)
                and not _where(child, builder)
                and not _in_place_name(child, builder)):
            # not the subject of a copular noun ("if the Republicans were in charge" is no charge they brought), nor
            # a city before the noun ("the Paris attacks" happened there; France did not attack)
            if r is Role.NMOD and _after_phrase(child, noun, scheme):
                continue  # "vor dem Besuch von Obama in Vietnam der Priester …": no genitive follows a PP
            head = child
            bucket = targets if builder.patient_genitive(child, noun) else sources  # "die Freilassung des Priesters"
        elif r is Role.AMOD and child.i < noun.i and (state := builder.actors.adjective_actor(child, 0.7)):
            sources.append(state)  # "Palestinian riots against …", "die russische Kritik an …": who acts
            continue
        else:
            continue
        for conj in _with_conjuncts(head, builder):
            found = builder.actors.resolve(conj)
            if found is not None and found.how == "place" and bucket is sources:
                continue  # "der Vorschlag, Klosterneuburg zum 24. Bezirk … zu machen": a town proposes nothing
            if found is None:
                # "der Präsidenten Trump und Peña Nieto": the names hang below a title noun; "criticism of Russia's
                # role in Syria": the owner, not the setting in a PP
                for grandchild in conj.children:
                    if grandchild.ent_type_ and grandchild.pos_ == "PROPN" and pp_parts(grandchild, scheme) is None:
                        inner = builder.actors.resolve(grandchild)
                        if inner is not None:
                            bucket.append(inner)
                continue
            bucket.append(found)
    return _unique(sources), _unique(targets)


def _after_dash(token: Token) -> bool:
    """The phrase ``token`` heads is set off by a dash before it."""
    start = min(t.i for t in token.subtree if not t.is_punct)
    return start > 0 and token.doc[start - 1].text in _DASHES


def _after_phrase(child: Token, noun: Token, scheme: str) -> bool:
    """A genitive hung on ``noun`` after one of its PPs: a genitive attribute follows its noun directly, so
    this is a parser error ("vor dem Besuch von Präsident Obama in Vietnam der katholische Priester … entlassen")."""
    return child.i > noun.i and any(k.i < child.i and k.i > noun.i and pp_parts(k, scheme) is not None
                                    for k in noun.children)


def _modifier(res: Resolution, noun: Token, builder: StatementBuilder) -> bool:
    """A participant written before the event noun as a compound or an adjective ("the Iraq war", "a NATO summit",
    "the Syrian civil war"), not as a possessor ("Iran's attack") or in a phrase after it."""
    root = res.span.root
    return root.i < noun.i and (res.how == "adjective" or role(root.dep_, builder.scheme) in (
        Role.COMPOUND, Role.AMOD, Role.NAME))


def _roles_of_modifiers(noun: Token, cameo: str, sources: list[Resolution], targets: list[Resolution],
                        builder: StatementBuilder, own_preps: frozenset[str] | set[str],
                        ) -> tuple[list[Resolution], list[Resolution], list[Resolution]]:
    """(sources, targets, parties) once the participants compounded before the noun have their right role.

    - An investigation's state modifier is what is investigated: "the Russia investigation" is nobody
      investigating Russia, "Mueller's Russia investigation" is Mueller investigating it; "the Reuters
      investigation" is Reuters investigating.
    - A visit's state modifier is where the visitor goes: "his Mexico trip" is his visit to Mexico.
    - A war's or conflict's modifier is where it is fought ("the Iraq war", "the Syrian civil war"), unless the noun
      names what is fought ("the U.S. war on terror"); two or more are the parties ("the Iran-Iraq war"), returned
      as ``parties``.
    - A meeting, summit or deal with one participant, and that one compounded before it ("a NATO summit", "the
      Iran nuclear deal"), names its host or topic, not a party acting with nobody.
    """
    modifiers = [r for r in sources if _modifier(r, noun, builder)]
    if not modifiers:
        return sources, targets, []
    others = [r for r in sources if r not in modifiers]
    if cameo.startswith(("09", _VISIT)):
        states = [r for r in modifiers if r.actor.kind == "state"]
        return [r for r in sources if r not in states], targets or states, []
    if _place_event_noun(noun, builder) and not targets and \
            not builder.has_target_phrase(noun, own_preps):
        if len(modifiers) > 1 and not others:
            return modifiers, [], modifiers
        return others, targets, []
    if cameo.startswith(_SYMMETRIC) and not others and not targets and len(modifiers) == 1:
        return [], targets, []
    return sources, targets, []


def _where(token: Token, builder: StatementBuilder) -> bool:
    """A capital, city or region: where an event happened ("the Paris attacks", "the Boston bombing")."""
    gazetteer = builder.actors.gazetteer
    # with the name words before it: "New York City", "Santa Barbara"
    start = modifier_start(token, builder.scheme, (Role.COMPOUND, Role.NAME))
    texts = {token.text, token.doc[start:token.i + 1].text}
    return any(gazetteer.capital(text, builder.lang) or gazetteer.place(text, builder.lang) for text in texts)


def _place_event_noun(noun: Token, builder: StatementBuilder) -> bool:
    """``noun`` names an event by where it happens (``place_event_nouns``: "war", "conflict")."""
    place_nouns = builder.rules.word_set("place_event_nouns")
    return noun.lemma_.lower() in place_nouns or noun.lower_ in place_nouns


def _place_compound(res: Resolution, noun: Token, builder: StatementBuilder) -> bool:
    """``res`` is a state written out in full ("Libya", not "U.S.") and compounded before ``noun``."""
    root = res.span.root
    return res.actor.kind == "state" and root.i < noun.i and role(root.dep_, builder.scheme) is Role.COMPOUND and \
        not root.text.replace(".", "").isupper()


def _in_place_name(token: Token, builder: StatementBuilder) -> bool:
    """``token`` is a word before the last of a place name ("Trump" of "the Trump Tower meeting")."""
    name = builder.actors.names.place_name(token)
    return name is not None and token.i < name.end - 1


def _subject_of_nothing(noun: Token, builder: StatementBuilder) -> bool:
    """An event noun that is the subject of a verb the lexicon does not type ("Palestinian riots … are continuing",
    "New US sanctions against Russia took effect"): the noun is the event."""
    if role(noun.dep_, builder.scheme) not in (Role.SUBJ, Role.PASS_SUBJ):
        return False
    verb = noun.head
    lemmas = builder.rules.lemma_candidates(verb, None)
    return builder.lexicon.match(lemmas) is None


def _with_conjuncts(head: Token, builder: StatementBuilder) -> list[Token]:
    from graphbuild.extract.clauses import expand_conj

    out = list(expand_conj(head, builder.scheme))
    for token in list(out):
        for child in token.children:  # names in apposition/flat below a title: "Präsidenten Trump und Peña Nieto"
            if role(child.dep_, builder.scheme) in (Role.APPOS, Role.NAME, Role.NMOD) and child.pos_ == "PROPN" and \
                    pp_parts(child, builder.scheme) is None:  # (not a PP: "Russia's role in Syria" is Russia's)
                out.extend(expand_conj(child, builder.scheme))
            elif _hyphen_partner(child, token, builder):  # "the US-China trade war", "the Iran-Iraq war"
                out.append(child)
    return sorted(set(out), key=lambda t: t.i)


def _hyphen_partner(child: Token, token: Token, builder: StatementBuilder) -> bool:
    """``child`` is a proper noun joined to ``token`` by a hyphen right before it ("US" of "US-China")."""
    doc = token.doc
    return child.pos_ == "PROPN" and role(child.dep_, builder.scheme) is Role.COMPOUND and \
        child.i + 2 == token.i and doc[child.i + 1].text in ("-", "–")


def _unique(items: list[Resolution]) -> list[Resolution]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item.actor.id not in seen:
            seen.add(item.actor.id)
            out.append(item)
    return out


def nominal_statements(sent: Span, index: int, ctx: SentenceContext, builder: StatementBuilder) -> Iterator[Statement]:
    lexicon = builder.lexicon
    cancelled = builder.rules.word_set("cancelled")
    for noun in sent:
        if noun.pos_ != "NOUN" or (role(noun.dep_, builder.scheme) in _ARGUMENT_ROLES and not _subject_of_nothing(
                noun, builder)):
            continue
        if role(noun.dep_, builder.scheme) is Role.COMPOUND and noun.head.i > noun.i:
            continue  # "German assault troops", "attack helicopters", "war crimes": it names a kind of the next noun
        entry = builder.noun_row(noun)
        if entry is None:
            continue
        own_preps = lexicon.preps_for(entry.key, pos="noun")
        sources, targets = _participants(noun, builder, own_preps)
        if entry.cameo.startswith("01"):  # "nach palästinensischen Angaben" names a source, not a statement
            sources = [r for r in sources if r.how != "adjective"]
        if entry.cameo.startswith(_VIOLENT):
            # "the Hebdo attacks", "the Romney attack line", "the September 11 attacks Vice President Dick Cheney":
            # a person compounded before a violent noun is its victim or name, never its attacker
            sources = [r for r in sources if not (r.actor.kind == "person" and r.span.root.i < noun.i and
                                                  role(r.span.root.dep_, builder.scheme) is Role.COMPOUND)]
            if not builder.has_target_phrase(noun, own_preps) and not _place_event_noun(noun, builder):
                # "the Libya terror attack", "the Syria strikes": a state's full name compounded before a violent
                # noun with no target phrase is where it happened (but "U.S. airstrikes" are American; wars: see
                # _roles_of_modifiers)
                sources = [r for r in sources if not _place_compound(r, noun, builder)]
        sources, targets, places = _roles_of_modifiers(noun, entry.cameo, sources, targets, builder, own_preps)
        if not sources:
            continue
        is_cancelled = any(c.lemma_.lower() in cancelled or c.lower_ in cancelled for c in noun.children)
        predicate = lexicon.predicate(entry.key, entry)
        if builder.verbal_attack_noun(noun, sources, targets):
            predicate = lexicon.recoded(predicate, VERBAL_ATTACK_CODE)
        polarity = "negative" if is_cancelled else "positive"
        modality = "cancelled" if is_cancelled else "asserted"
        pairs: list[tuple[Resolution, Resolution | None]] = []
        if places:  # "the Iran-Iraq war", "the US-China trade war": the parties named before the noun fight each other
            pairs = [(a, b) for a in places for b in places if a.actor.id != b.actor.id]
        elif not targets and len(sources) > 1 and entry.cameo.startswith(_SYMMETRIC):
            pairs = [(a, b) for a in sources for b in sources if a.actor.id != b.actor.id]
        else:  # never an actor acting on itself ("des Widerstandes gegen Machthaber Assad" found Assad twice)
            pairs = [(s, t) for s in sources for t in (targets or [None]) if t is None or t.actor.id != s.actor.id]
        for source, target in pairs:
            spans = [(noun.idx, noun.idx + len(noun)), (source.span.start_char, source.span.end_char)]
            if target is not None:
                spans.append((target.span.start_char, target.span.end_char))
            yield Statement(
                id=stable_hash(ctx.article_id, index, "nominal", noun.idx, source.actor.id,
                               target.actor.id if target else ""),
                article_id=ctx.article_id, sentence_index=index, char_start=min(s for s, _ in spans),
                char_end=max(e for _, e in spans), sentence=sent.text.strip(), source_id=source.actor.id,
                predicate=predicate, target_id=target.actor.id if target else None,
                target_kind="actor" if target else None, polarity=polarity, modality=modality, date=ctx.date,
                lang=builder.lang, confidence=round(0.7 * source.confidence, 3), source_text=source.span.text,
                target_text=target.span.text if target else "", extractor="nominal",
            )
