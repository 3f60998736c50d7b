"""Targets of a clause's statement: whom or what an act is done to.

The prepositional object the lexicon row asks for ("warnen vor"), else the direct object (the passive subject in a
passive), else an indirect object, else a PP with a target preposition ("gegen Trump"); a da-compound ("wehrt sich
dagegen, … aufzunehmen") points to the infinitive clause's object; coordinated actors give one target each,
coordinated non-actors one topic. When none names an actor, a typed act (not a statement or meeting)
takes the first state, organisation or group of another country named in the rest of its clause, as PETRARCH does
("withdraw its troops from Lebanon"), but not a place, time or capacity of the act itself. Also the owners, authors
and partners of event nouns, which :mod:`graphbuild.extract.nominal` shares.

:class:`TargetRules` is one half of :class:`~graphbuild.extract.statements.StatementBuilder`, which inherits it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.builder_base import BuilderBase
from graphbuild.extract.clauses import (
    Clause,
    expand_conj,
    infinitive_complements,
    noun_conjuncts,
    np_span,
    pp_parts,
)
from graphbuild.extract.language import rules_for
from graphbuild.extract.lexicon import (
    LexEntry,
)
from graphbuild.extract.schemes import PREP_HEADED, Role, role
from graphbuild.extract.topics import topic_for
from graphbuild.models import Actor, Topic
from graphbuild.resolve.actors import Resolution
from graphbuild.resolve.coordination import spread

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.statements import SentenceContext

#: CAMEO codes of acts whose other party is never read off the rest of the verb phrase: statements ("said in
#: Washington") and meetings ("met in Geneva", "held talks on Iran's programme")
NO_INFERRED_TARGET_PREFIXES = ("01", "04")


@dataclass
class Target:
    actor: Actor | None
    topic: Topic | None
    token: Token
    confidence: float
    text: str

    @property
    def names_actor(self) -> bool:
        """An actor, or a topic that belongs to one ("US deportation policy")."""
        return self.actor is not None or self.topic is not None and bool(self.topic.actor_id)

    @property
    def id(self) -> str | None:
        if self.actor is not None:
            return self.actor.id
        return self.topic.id if self.topic is not None else None


class TargetRules(BuilderBase):
    """Finding the targets of statements; mixed into :class:`~graphbuild.extract.statements.StatementBuilder`."""

    def _targets(self, clause: Clause, entry: LexEntry | None, ctx: SentenceContext) -> list[Target]:
        heads: list[Token] = []
        # a row naming preposition *and* object ("drohen mit Sanktionen") types the predicate: the PP is not the
        # target, the addressee is
        wanted = set() if entry is not None and entry.prep and entry.obj else (
            ({entry.prep} if entry.prep else self.lexicon.preps_for(entry.key)) if entry is not None else set())
        temporal = self.rules.word_set("temporal_nouns")
        if wanted:
            # "fired shells at New Zealand on Thursday": a time is never the target, whatever the preposition
            heads = [n for p, n in clause.preps if p in wanted and n.lower_ not in temporal]
            named = [h for h in heads if self._named(h)]
            if named:  # "left for Berlin for meetings with Poland": the destination, not the purpose
                heads = named
            if not heads:  # "reisten zu einer Mission nach Mexiko": the PP the verb asks for, hung elsewhere
                # (any preposition some row of the verb names: "fired shells at X on Thursday" matched "fire on")
                wanted = wanted | self.lexicon.preps_for(entry.key) if entry is not None else wanted
                sent = clause.verb.sent
                for token in sent[clause.verb.i - sent.start + 1:]:
                    if token.pos_ in {"VERB", "AUX"} and any(role(c.dep_, self.scheme) is Role.SUBJ
                                                              for c in token.children):
                        break  # the next clause begins
                    parts = pp_parts(token, self.scheme) if token.pos_ != "ADP" or PREP_HEADED[self.scheme] else None
                    if parts and parts[0] in wanted and parts[1].lower_ not in temporal:
                        heads.append(parts[1])
                # prefer a PP that names an actor ("nach Mexiko") over one that does not ("zu einer Mission")
                named = [h for h in heads if self._named(h)]
                heads = named[:1] or heads[:1]
        if heads and entry is not None and entry.prep and not entry.obj and not any(
                self.actors.resolve(h) is not None for h in heads):
            # "warnt die Ukraine vor einem Angriff": a warned/addressed actor beats what it is warned about, unless
            # that is an actor too ("warned Gondor about the Prince of Dol Amroth": the danger is the target)
            addressed = [o for o in clause.objects + clause.iobjects if self.actors.resolve(o) is not None]
            if addressed:
                heads = addressed
        if not heads and entry is not None and entry.prep and entry.obj:
            heads = list(clause.iobjects) + [o for o in clause.objects]
            if not heads:  # "called for sanctions against Russia", "appealed for peace in Syria": the party or
                # the place named inside the typing PP
                partners = [t for p, n in clause.preps if p == entry.prep
                            for t in self._partners(n) or self._partners(n, preps=self.rules.word_set("place_preps"))]
                if partners:
                    return partners
        if not heads:  # a light verb's own object ("Paroli", "Besorgnis und Irritation") is part of the predicate
            own: set[int] = set()
            if entry is not None and entry.obj:
                for o in clause.objects:
                    if self._own_object(entry, o):
                        own.update(t.i for t in expand_conj(o, self.scheme))
                own.update(t.i for o in clause.objects if o.i in own for t in expand_conj(o.head, self.scheme)
                           if role(o.dep_, self.scheme) is Role.CONJ)
            heads = [o for o in clause.objects if o.i not in own and not self._time(o)]
            if not heads and own:  # "restore ties with Gondor": the partner named inside the light verb's object
                owned = [o for o in clause.objects if o.i in own]
                # or inside what it measures ("launched a wave of attacks on Ukraine")
                owned += [m for o in owned if (m := measured_noun(o, self.lang, self.scheme)) is not None]
                # whose offer, request or mediation it is comes first ("rejected French mediation in talks with
                # Syria" rejects France), unless the verb asks for it ("demanded EU sanctions on Russia")
                partners = [t for o in owned for t in self._event_owners(o, entry)]
                if not partners:
                    partners = [t for o in owned for t in self._partners(o)]
                if not partners:  # "has imposed sanctions | on Russia" with the PP hung on the object, not the verb
                    partners = [t for o in owned for t in self._partners(
                        o, 1, self.rules.word_set("light_verb_target_preps"))]
                if not partners:  # "granted asylum to 18 Rwandan rebels", "demanded the withdrawal of Serbian forces"
                    recipients = self.rules.word_set("recipient_preps")
                    partners = [t for o in owned for t in self._partners(o, 1, recipients)]
                if not partners:  # "promised aid to the affected Syrian villages": a place a state owns, as topic
                    partners = [t for o in owned for t in self._owned_recipients(o, ctx)]
                if not partners:  # "rejected a U.S. request", "Indian proposal", "calls by Belarus's rulers"
                    partners = [t for o in owned for t in self._owners(o)]
                if not partners:  # "reimposed blockades in the West Bank", "strengthened its forces in Lebanon"
                    places = self.rules.word_set("place_preps")
                    partners = [t for o in owned for t in self._partners(o, 1, places)]
                if not partners and not clause.passive:
                    # the parser hung the author on the active verb ("rejected calls | by Belarus's rulers")
                    partners = [t for p, n in clause.preps if p in self.rules.agent_preps and n.i > max(own)
                                for t in self._authors(n)]
                if partners:
                    return partners
        if not heads and not (entry is not None and entry.cue and entry.cameo.startswith("01")):
            # the one warned or urged ("warned Brussels officials that …"), not the one told ("told the paper")
            heads = list(clause.iobjects)
        if not heads:
            preps = self.target_preps if not (entry is not None and entry.obj) else self.rules.word_set(
                "light_verb_target_preps")
            heads = [n for p, n in clause.preps if p in preps and not self._time(n) and not self._setting(p, n)]
        if not heads and entry is not None and (entry.cue or entry.cameo.startswith("01")):
            # "Arnor believes Dagolath can cope …", "Mexico said the US was wrong": event coders take the
            # complement clause's subject as the target of a statement verb
            found = [Target(r.actor, None, c, r.confidence * 0.8, r.span.text)
                     for comp in clause.ccomps for s in comp.children if role(s.dep_, self.scheme) is Role.SUBJ
                     for c in expand_conj(s, self.scheme) if (r := self.actors.resolve(c)) is not None]
            if found:
                return found
        if not heads and entry is not None:
            for x in infinitive_complements(clause, self.rules):  # "drohte, Zölle zu verhängen": about the object
                heads = [c for c in x.children if role(c.dep_, self.scheme) in (Role.OBJ, Role.IOBJ)]
                if not heads:  # "threatened to retaliate against the United States"
                    heads = [n for c in x.children if (parts := pp_parts(c, self.scheme)) and parts[0] in
                             self.target_preps for n in [parts[1]]]
                if heads and not any(self.actors.resolve(h) is not None for h in heads):
                    # "refused to deploy peacekeepers in Iraq", "threatened to ban voting in East Jerusalem": the
                    # place the act would happen in, when it names an actor
                    heads = self._named_places([x, *heads]) or heads
                if heads:
                    break
        resolved: list[Target] = []
        seen: set[str] = set()
        covered: set[int] = set()

        def add(target: Target | None) -> None:
            if target is not None and target.id not in seen:
                seen.add(target.id or "")
                resolved.append(target)

        for head in heads:
            if head.i in covered:
                continue
            if head.pos_ == "ADV":  # da-compound: look into the infinitive/dass-clause it announces
                for comp in clause.xcomps + clause.ccomps:
                    for t in comp.children:
                        if role(t.dep_, self.scheme) in (Role.OBJ, Role.IOBJ):
                            add(self._target(t, ctx))
                continue
            group = noun_conjuncts(head, self.scheme, self.rules)  # not "the measures, and the EU protested"
            covered.update(t.i for t in group)
            found = spread(self.actors, [(t, self.actors.resolve(t) or self._quantified(t)) for t in group])
            if found:
                for t, r in found:
                    add(Target(r.actor, None, t, r.confidence, r.span.text))
                continue
            # who does what the noun names ("opposed French mediation", "condemned Israel's attack on Gaza")
            owners = self._event_owners(head, entry)
            if owners:  # the event is the target, as a topic that belongs to its owner (what they did is kept), or
                # the owner itself when the topic does not say whose it is ("Josh Earnest's remarks")
                topic = self._target(head, ctx, actor_checked=True)
                owner = owners[0].actor
                add(topic if topic is not None and topic.topic is not None and topic.topic.actor_id is not None and
                    topic.topic.actor_id in (owner.id, owner.country) else owners[0])
                continue
            partners = self._partners(head) if head.pos_ == "NOUN" else []
            for partner in partners:  # "signed a trade protocol with Dagolath": the partner is the target
                add(partner)
            if not partners:
                add(self._target(head, ctx, actor_checked=True))
        if resolved and not any(t.actor is not None for t in resolved):
            # "signed a trade protocol for 1990 with Dagolath": what was signed is the topic, the other party a
            # second target
            for p, n in clause.preps:
                if p in self.partner_preps and n.lower_ not in temporal:
                    for t, r in spread(self.actors, [(c, self.actors.resolve(c)) for c in expand_conj(n, self.scheme)]):
                        add(Target(r.actor, None, t, r.confidence * 0.9, r.span.text))
        return resolved

    @staticmethod
    def _may_infer_target(entry: LexEntry) -> bool:
        """A typed act whose other party event coders read off the rest of the verb phrase; not what is said or a
        meeting ("said in Washington", "met in Geneva" name no party)."""
        return not entry.cue and not entry.cameo.startswith(NO_INFERRED_TARGET_PREFIXES)

    def _inferred_target(self, clause: Clause, sources: list[Resolution]) -> Target | None:
        """PETRARCH's rule for a typed act whose arguments name no actor: the first state, government,
        organisation or group of another country named in the rest of its own clause ("is refusing to lift the
        curfew on Palestinians", "withdraw its troops from neighbouring Lebanon", "gave the Ivory Coast aid"),
        with lower confidence; it replaces an ownerless topic ("zieht seine Truppen aus dem Irak ab": Iraq). A
        place the verb itself happens in ("protested in Paris") is no party, nor is anything in a clause of its
        own."""
        found = self._first_party(clause, sources)
        if found is None:
            return None
        return Target(found.actor, None, found.span.root, found.confidence * 0.7, found.span.text)

    def _first_party(self, clause: Clause, sources: list[Resolution]) -> Resolution | None:
        verb = clause.verb
        own = {s.actor.id for s in sources} | {s.actor.country for s in sources if s.actor.country}
        covered: set[int] = {verb.i}
        # after the verb, and before it where arguments precede the lexical verb (``arguments_before_verb``: "…,
        # die Ausgangssperre für Palästinenser aufzuheben"), not an English "According to the Russian ministry, …"
        before = bool(self.rules.extra.get("arguments_before_verb"))
        for token in sorted(verb.subtree, key=lambda t: (t.i < verb.i, t.i)):
            if token.i in covered or token.i < verb.i and not before or not self._in_own_clause(token, verb):
                continue
            if role(token.dep_, self.scheme) is Role.AMOD and (  # "slap tariffs on Chinese goods": the state
                    adjective := self.actors.adjective_actor(token, 0.7)) is not None:
                res: Resolution | None = adjective
            elif self._party_word(token) and not self._inside_other_name(token):
                res = self.actors.resolve(token)
            else:
                continue
            if res is None:
                continue
            covered.update(range(res.span.start, res.span.end))
            if res.how == "place":
                continue  # "losing big in Tuesday's New York primaries": a city or region is where, not who
            actor = res.actor
            if actor.kind == "person" or actor.id in own or (actor.country or actor.id) in own:
                continue
            if actor.kind != "state" and not actor.country:
                continue
            return res
        return None

    def _party_word(self, token: Token) -> bool:
        return token.pos_ == "PROPN" or token.ent_type_ in self.rules.word_set("party_entity_labels") or bool(
            self.actors.gazetteer.demonym(token.text, self.lang))

    def _inside_other_name(self, token: Token) -> bool:
        """A place inside a longer name that is no actor: "the Paris Agreement" (in a language that capitalises
        only names, ``capitalised_name_nouns``, a capitalised noun continues the name), "the Minsk Group"."""
        capitalised = bool(self.rules.extra.get("capitalised_name_nouns"))
        head = token
        while role(head.dep_, self.scheme) in (Role.COMPOUND, Role.NAME) and head.head.i != head.i and (
                head.head.pos_ == "PROPN" or capitalised and head.head.pos_ == "NOUN" and head.head.is_title):
            head = head.head
        return head.i != token.i and self.actors.resolve(head) is None

    def _in_own_clause(self, token: Token, verb: Token) -> bool:
        """``token`` hangs on ``verb`` through no clause of its own (a verb with a subject, a complement clause;
        a subjectless adverbial clause is the act's own: "withdraw its troops from/SCONJ neighbouring/advcl
        Lebanon"), through no place PP of the verb itself ("protested in Paris"; deeper down, "fired at
        targets in Jericho", it may), through no PP of the threat a verb of protection wards off ("protects Europe
        from Russia") and through no PP of time or capacity ("after his time as envoy to Syria"). A purpose
        infinitive is the act's own, as event coders read it: "blocked a road to show their disapproval for the
        United States' policies" targets the United States."""
        circumstances = self.rules.word_set("circumstance_preps")
        node = token
        while True:
            parts = pp_parts(node, self.scheme)
            if parts is not None and parts[0] in circumstances or node.pos_ in {"VERB", "AUX"} and any(
                    role(c.dep_, self.scheme) is Role.MARK and c.lower_ in circumstances for c in node.children):
                return False  # also a clause of time: "fought three wars since gaining independence from Britain"
            if node.head.i == verb.i:
                break
            head = node.head
            if head.i == node.i or role(node.dep_, self.scheme) is Role.CCOMP or self._has_subject(head):
                return False
            node = head
        if role(node.dep_, self.scheme) in (Role.SUBJ, Role.PASS_SUBJ, Role.AGENT, Role.CONJ, Role.CCOMP) or \
                self._has_subject(node):
            return False
        parts = pp_parts(node, self.scheme)
        if parts is not None and parts[0] in self.rules.word_set("threat_preps") and \
                verb.lemma_.lower() in self.rules.word_set("shielding_verbs"):
            return False  # "protects Europe from Putin's Russia": the threat, not the party protected
        return not (parts is not None and parts[0] in self.rules.word_set("setting_preps"))

    def _has_subject(self, token: Token) -> bool:
        """``token`` is a verb with a subject of its own: the head of another clause."""
        return token.pos_ in {"VERB", "AUX"} and any(role(c.dep_, self.scheme) in (Role.SUBJ, Role.PASS_SUBJ)
                                                     for c in token.children)

    def _named_places(self, tokens: list[Token]) -> list[Token]:
        """Nouns of place PPs (``place_preps``: "in Iraq") on ``tokens`` or one PP further down ("to ban voting in
        parts of Iraq"), that resolve to a state or its government (a place, not a person the NER saw in it)."""
        places = self.rules.word_set("place_preps")
        out: list[Token] = []
        for token in tokens:
            for child in token.children:
                parts = pp_parts(child, self.scheme)
                if parts is None:
                    continue
                if parts[0] in places:
                    candidates = [parts[1]]
                else:
                    candidates = [n for c in parts[1].children if (inner := pp_parts(c, self.scheme))
                                  and inner[0] in places for n in [inner[1]]]
                out.extend(n for n in candidates if n not in out and (r := self.actors.resolve(n)) is not None
                           and r.actor.kind in ("state", "government"))
        return out

    def _partners(self, head: Token, depth: int = 2, preps: frozenset[str] | set[str] | None = None) -> list[Target]:
        """Actors a noun phrase names as the other party ("ties with Gondor", "a resumption of ties between Gondor
        and Osgiliath", "sanctions against Russia"), through at most ``depth`` nested PPs; ``preps`` replaces
        the partner prepositions."""
        out: list[Target] = []
        wanted = self.partner_preps if preps is None else preps
        for child in head.children:
            parts = pp_parts(child, self.scheme)
            patient = preps is None and self.patient_genitive(child, head)
            if parts is None and not patient:
                continue
            prep, noun = parts or ("", child)
            if prep in wanted or patient:
                for t in expand_conj(noun, self.scheme):
                    res = self.actors.resolve(t)
                    if res is not None:
                        out.append(Target(res.actor, None, t, res.confidence * 0.9, res.span.text))
                    elif t.pos_ == "NOUN" and prep in self.rules.word_set("opponent_preps"):
                        # "airstrikes against Islamic State strongholds", "sanctions against Russian banks"
                        out.extend(self._owners(t))
            elif depth > 1 and noun.pos_ == "NOUN":
                out.extend(self._partners(noun, depth - 1, preps))
        return out

    def has_target_phrase(self, noun: Token, own_preps: frozenset[str] | set[str] = frozenset()) -> bool:
        """The noun has a PP with a target preposition (``place_event_target_preps`` or ``own_preps``), actor or
        not ("the U.S. war on terror", "a war against the rebels")."""
        preps = set(own_preps) | self.rules.word_set("place_event_target_preps")
        return any((parts := pp_parts(child, self.scheme)) is not None and parts[0] in preps
                   for child in noun.children)

    def patient_genitive(self, child: Token, noun: Token) -> bool:
        """``child`` is the genitive after an event noun whose genitive is whom the act is done to
        (``patient_genitive_nouns``: "die Freilassung des Priesters", "forderte die Freilassung des Journalisten")."""
        return noun.text in self.rules.word_set("patient_genitive_nouns") and child.i > noun.i and role(
            child.dep_, self.scheme) is Role.NMOD and pp_parts(child, self.scheme) is None

    def _quantified(self, head: Token, *, as_subject: bool = False) -> Resolution | None:
        """"Thousands of Mexicans", "a bunch of Morgul Orcs": the actor a quantifier counts."""
        if head.pos_ not in {"NUM", "NOUN"} or head.lower_ not in self.rules.word_set("quantifiers"):
            return None
        for child in head.children:
            if child.pos_ in {"NOUN", "PROPN"}:
                return self.actors.resolve(child, as_subject=as_subject)
        return None

    def _owned_recipients(self, noun: Token, ctx: SentenceContext) -> list[Target]:
        """Topics behind a recipient preposition inside a light verb's object that a state owns ("aid to the
        affected Syrian villages" → the villages, Syria's); ownerless ones ("asylum to 18 people") are none."""
        out: list[Target] = []
        for child in noun.children:
            parts = pp_parts(child, self.scheme)
            if parts is None or parts[0] not in self.rules.word_set("recipient_preps") or parts[1].pos_ != "NOUN":
                continue
            target = self._target(parts[1], ctx)
            if target is not None and target.topic is not None and target.topic.actor_id:
                out.append(target)
        return out

    def _actor_noun(self, noun: Token) -> bool:
        """A common noun that names actors by itself: a demonym ("Mexikaner") or a title ("Trainer", "minister")."""
        gazetteer = self.actors.gazetteer
        return bool(gazetteer.demonym(noun.text, self.lang) or gazetteer.split_compound(noun.text, self.lang)[1])

    def _relative_pronoun(self, token: Token) -> bool:
        """"der", "which" as relative pronouns (PRON), not an article the parser made a subject ("… in die Türkei,
        nach Deutschland und die/DET Niederlande gereist" read as a relative clause of Türkei)."""
        return token.lower_ in self.rules.word_set("relative_pronouns") and token.pos_ == "PRON"

    def _named(self, head: Token) -> bool:
        """A noun that names a state, organisation or other entity ("Mexiko", "Minas Tirith"), not a common noun."""
        return head.pos_ == "PROPN" or bool(head.ent_type_ or self.actors.gazetteer.state_or_org(head.text, self.lang))

    def _authors(self, noun: Token) -> list[Target]:
        """The actors a by-phrase names, each resolved alone ("by Belarus's rulers", "by Arnor and Gondor")."""
        return [Target(r.actor, None, t, r.confidence * 0.8, r.span.text)
                for t in expand_conj(noun, self.scheme) if (r := self.actors.resolve(t)) is not None]

    def _event_owners(self, noun: Token, entry: LexEntry | None) -> list[Target]:
        """Who does what an event noun names, when a name, possessive or country adjective before it says so:
        "is opposed to French mediation in talks with Syria" is opposed to France, "condemned Israel's attack on
        Gaza" condemns Israel. Pronouns do not count ("defended its decision"), nor do owners for a verb that asks
        for the act or only talks about it (``owner_blind_codes``: "pressed for EU sanctions on North Korea" asks it
        of North Korea, "spricht über europäische Kooperationen": the topic says more)."""
        if entry is None or entry.cameo.startswith(self.owner_blind_codes) or self.noun_row(noun) is None:
            return []
        return [t for t in self._owners(noun) if t.token.pos_ != "PRON" and t.token.i < noun.i]

    def noun_row(self, noun: Token) -> LexEntry | None:
        """The lexicon's row for an event noun ("Treffen", "attack"), or ``None`` for other words; its PPs pick rows
        that name them ("the withdrawal from the Iran deal" leaves a treaty, "calls for a ceasefire" appeal)."""
        if noun.pos_ != "NOUN":
            return None
        preps = [(parts[0], form) for c in noun.children if c.i > noun.i and (parts := pp_parts(c, self.scheme))
                 for form in (parts[1].lemma_, parts[1].text)]
        return self.lexicon.match((noun.lemma_.lower(), noun.lower_), pos="noun", preps=preps)

    def _owners(self, noun: Token) -> list[Target]:
        """The actor whose request, proposal or call a light verb's object is: its possessor, a name or country
        adjective before it ("a U.S. request", "an Indian proposal", "North Korea's demand"), or its author
        ("calls by Belarus's rulers")."""
        out: list[Target] = []
        for child in noun.children:
            r = role(child.dep_, self.scheme)
            parts = pp_parts(child, self.scheme)
            if parts is not None and (parts[0] in self.rules.agent_preps or parts[0] in self.rules.word_set(
                    "author_preps")):  # "calls by Belarus's rulers", "a fresh offer from Afghanistan"
                res = self.actors.resolve(parts[1])
            elif r is Role.POSS or (r is Role.COMPOUND and child.pos_ == "PROPN"):
                res = self.actors.resolve(child)
            elif r in (Role.AMOD, Role.COMPOUND) and child.i < noun.i and \
                    (state := self.actors.adjective_actor(child, 0.7)):  # "a Senegalese/compound peace plan"
                out.append(Target(state.actor, None, child, state.confidence, child.text))
                continue
            else:
                continue
            if res is not None:
                out.append(Target(res.actor, None, res.span.root, res.confidence * 0.9, res.span.text))
        return out

    def _target(self, head: Token, ctx: SentenceContext, *, actor_checked: bool = False) -> Target | None:
        if self.noun_row(head) is not None:
            for child in head.children:  # "condemned an attack by Osgiliath soldiers": the attackers are the target
                parts = pp_parts(child, self.scheme)
                if parts and parts[0] in self.rules.agent_preps:
                    res = self.actors.resolve(parts[1])
                    if res is not None:
                        return Target(res.actor, None, parts[1], res.confidence, res.span.text)
        if not actor_checked:
            res = self.actors.resolve(head)
            if res is not None:
                return Target(res.actor, None, head, res.confidence, res.span.text)
        return self._topic_target(head, ctx)

    def _place(self, target: Target) -> bool:
        """The target is the state of a city or region the text names ("arrived in Hamburg" = Germany)."""
        gazetteer = self.actors.gazetteer
        return target.actor is not None and target.actor.kind == "state" and bool(
            gazetteer.place(target.text, self.lang) or gazetteer.place(target.token.text, self.lang))

    def _topic_target(self, head: Token, ctx: SentenceContext) -> Target | None:
        if head.pos_ not in {"NOUN", "PROPN", "X"}:
            return None
        topic = topic_for(head, self.actors)
        if topic is None:
            return None
        topic = ctx.topics.setdefault(topic.id, topic)
        return Target(None, topic, head, 0.8, np_span(head, self.scheme).text)


def measured_noun(obj: Token, lang: str, scheme: str) -> Token | None:
    """What a quantity names: "25,000 tons of food aid" → aid, "50 Millionen Euro an Hilfe" → Hilfe. The object is
    a quantity when it is counted or one of the language's ``quantity_nouns``, and the measured noun follows it in
    one of the ``quantity_preps``."""
    rules = rules_for(lang)
    if obj.lemma_.lower() not in rules.word_set("quantity_nouns") and not any(
            c.pos_ == "NUM" and c.i < obj.i for c in obj.children):
        return None
    for child in obj.children:
        parts = pp_parts(child, scheme) if child.i > obj.i else None
        if parts is not None and parts[0] in rules.word_set("quantity_preps"):
            return parts[1]
    return None
