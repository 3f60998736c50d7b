"""Statements from clauses: source actor – typed predicate – target actor or topic.

Rules, written against grammatical roles (see :mod:`graphbuild.extract.clauses`):

* source = active subject, or the agent of a passive ("von"/"by"), with control and coordination
  (:mod:`graphbuild.extract.sources`);
* target = the prepositional object the lexicon row asks for ("warnen vor"), else the direct object, an indirect
  object or a PP with a target preposition ("gegen Trump"), else the first other party named in the rest of the
  clause for a typed act (:mod:`graphbuild.extract.targets`);
* type from the lexicon (verb + particle + preposition + light-verb object), negation from "nicht"/"kein"/"not",
  modality from modals, future, control verbs and Konjunktiv I (this module);
* inside a direct quote, the speaker's own country, government or "ich"/"wir" is the speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from graphbuild.extract.clauses import (
    Clause,
    expand_conj,
    infinitive_complements,
    is_infinitive,
    is_negation,
    np_span,
    pp_parts,
)
from graphbuild.extract.language import LanguageRules, rules_for
from graphbuild.extract.lexicon import (
    GENERIC_CAMEO,
    VERBAL_ATTACK_CODE,
    LexEntry,
    Lexicon,
)
from graphbuild.extract.schemes import Role, role
from graphbuild.extract.sources import SourceRules
from graphbuild.extract.targets import Target, TargetRules, measured_noun
from graphbuild.models import Actor, Predicate, Statement, Topic, stable_hash
from graphbuild.resolve.actors import Resolution

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: CAMEO codes whose compound subjects act on each other when no target is named ("Tillerson und Videgaray trafen
#: sich", "Gondor and Osgiliath renewed ties", "The Philippines and France agree that …")
SYMMETRIC_PREFIXES = ("030", "031", "040", "041", "044", "045", "046", "050", "06", "057")
#: of those, the ones whose compound subjects also act on each other when they act on a topic ("Jordan and Britain
#: agreed to hold exercises", "signed a treaty", "held talks on trade") — not "supported the decision"
SYMMETRIC_ON_TOPIC_PREFIXES = ("030", "031", "040", "046", "057", "06")
#: the most coordinated subjects that agree, cooperate or sign with each other; a longer list acts alongside each
#: other (a meeting, MEETING_PREFIX, of any number stays mutual)
MUTUAL_MAX = 3
MEETING_PREFIX = "04"
#: CAMEO "make an appeal or request": what wishing that another act is ("wants Iran to stop")
APPEAL_CODE = "020"

@dataclass
class SentenceContext:
    """What the statement rules know about the sentence and article around a clause."""

    article_id: str
    date: str | None
    lang: str
    index: int
    sent: Span
    speaker_at: Callable[[int], Resolution | None]
    topics: dict[str, Topic] = field(default_factory=dict)
    inherited: dict[int, tuple[list[Token], str | None, bool]] = field(default_factory=dict)
    suppressed: set[int] = field(default_factory=set)
    #: threatening verbs (``threat_verbs``) → the CAMEO code of the act their infinitive names
    threatened: dict[int, str] = field(default_factory=dict)
    #: verbs of wishing with an object before their infinitive ("wants Iran to stop"): an appeal to the object
    appeals: set[int] = field(default_factory=set)


class StatementBuilder(SourceRules, TargetRules):
    """Statements from the clauses of one article, sentence by sentence (see the module docstring)."""

    # --- planning across the clauses of a sentence ----------------------------------------------------------

    def plan(self, clauses: list[Clause], ctx: SentenceContext) -> None:
        """Record subject inheritance (control, coordination) and suppress embedded clauses of known verbs."""
        by_verb = {c.verb.i: c for c in clauses}
        for clause in clauses:
            control = next((self.control[lem] for lem in clause.lemmas if lem in self.control), None)
            if control is not None and control.get("objectless") and (clause.objects or clause.iobjects):
                control = None  # "stop the carnage", "stop MPs scrutinising": stopping someone, no stopped act
            if control is None and clause.lemma in self.rules.word_set("helping_verbs") and not (
                    clause.objects or clause.iobjects):
                control = {"modality": "asserted"}  # "helped depose the leader": the help is the deposing
            wished = self._wished(clause) if control is not None and control.get("with_object") == "appeal" else []
            if wished:  # "the US wants Iran to stop": an appeal to Iran, no act or intent of anyone's
                ctx.appeals.add(clause.verb.i)
                ctx.suppressed.update(x.i for x in wished)
            for x in infinitive_complements(clause, self.rules) if not wished else []:
                embedded = by_verb.get(x.i)
                if embedded is None:
                    continue
                if control is not None:
                    modality = control.get("negated") if clause.negated and control.get("negated") else control.get(
                        "modality")
                    negated = clause.negated and not control.get("negated")
                    if control.get("negates"):  # "failed to reach an agreement": the act did not happen
                        negated = not clause.negated
                    ctx.inherited[x.i] = (clause.subjects or clause.agents, modality, negated)
                    ctx.suppressed.add(clause.verb.i)
                else:
                    entry = self._entry(clause)
                    if entry is not None:
                        ctx.suppressed.add(x.i)
                        act = self._entry(embedded)
                        if act is not None and not self.rules.word_set("threat_verbs").isdisjoint(clause.lemmas):
                            ctx.threatened.setdefault(clause.verb.i, act.cameo)
            if self._holds_intent(clause, by_verb):
                ctx.suppressed.add(clause.verb.i)
            for other in clauses:
                if other is clause or other.subjects or other.agents:
                    continue
                if role(other.verb.dep_, self.scheme) is Role.CONJ and other.verb.head.i in (clause.verb.i, *[
                        t.i for t in clause.chain]):
                    shared = self._shared_chain(clause, other)
                    if shared is not None:  # "did not attack or threaten", "cannot vote for or sign"
                        ctx.inherited.setdefault(other.verb.i, (clause.subjects, self._modality(clause),
                                                                clause.negated and shared))
                    ctx.inherited.setdefault(other.verb.i, (clause.subjects, None, False))

    def _wished(self, clause: Clause) -> list[Token]:
        """The infinitives a verb of wishing wants its object to do ("wants Iran to stop", "wanted Trump/obj to
        win/acl"): after an object after the verb; hung on the object only when it names an actor or a pronoun
        ("wants a deal to end the war" completes the noun)."""
        objects = [o for o in clause.objects if o.i > clause.verb.i]
        wished = [x for x in infinitive_complements(clause, self.rules) if is_infinitive(x, self.scheme, self.rules)
                  and any(o.i < x.i for o in objects)]
        return wished + [c for o in objects for c in o.children if role(c.dep_, self.scheme) is Role.ACL and
                         c.i > o.i and is_infinitive(c, self.scheme, self.rules) and (
                             o.pos_ in {"PROPN", "PRON"} or self.actors.resolve(o) is not None)]

    def _partnerless_meeting(self, clause: Clause, entry: LexEntry) -> bool:
        """A verb that is a meeting only with a partner (``partner_verbs``: German "treffen") used without one: no
        object, no reflexive ("trafen sich") and no partner PP ("traf mit … zusammen"). Alone it hits or scores."""
        if clause.lemma not in self.rules.word_set("partner_verbs") or not entry.cameo.startswith(MEETING_PREFIX):
            return False
        # (a time or count the parser left without preposition is no partner: "traf nach 120 Minuten", "58 Mal"; nor
        # is a thing: "trifft aus 25 Metern mit einem herrlichen Schuss")
        return not (any(not self._time(o) for o in clause.objects) or clause.iobjects or clause.reflexive or
                    any(p in self.partner_preps and (n.pos_ == "PROPN" or self.actors.resolve(n) is not None)
                        for p, n in clause.preps))

    def _guestless_hosting(self, clause: Clause, entry: LexEntry, targets: list[Target]) -> bool:
        """A verb that hosts a visit only with an actor as guest (``guest_verbs``: receive, empfangen) whose object
        (or the row's preposition's noun) names none ("received food aid", "received backlash"). Rows for a
        particular object keep theirs."""
        if clause.lemma not in self.rules.word_set("guest_verbs") or not entry.cameo.startswith(MEETING_PREFIX) or \
                entry.obj:
            return False
        partners = {t.i for o in clause.objects for t in expand_conj(o, self.scheme)} if not entry.prep else {
            t.i for p, n in clause.preps if p == entry.prep for t in expand_conj(n, self.scheme)}
        return bool(partners) and not any(t.token.i in partners and t.names_actor for t in targets)

    def _shared_chain(self, clause: Clause, other: Clause) -> bool | None:
        """Whether ``other``, a verb coordinated after ``clause``'s, stands under the same auxiliary or modal: it has
        none of its own and the same form as the first verb (a bare infinitive after "did not attack or", a
        participle after "has not visited or"). None when not; else whether it shares the negation too, which a
        contrasting conjunction ends ("would not attack but negotiate": negotiating is still conditional)."""
        if not clause.chain or other.chain or other.verb.tag_ != clause.verb.tag_ or other.verb.i < clause.verb.i:
            return None
        contrast = self.rules.word_set("contrast_conjunctions")
        between = other.verb.doc[clause.verb.i + 1:other.verb.i]
        return not any(role(t.dep_, self.scheme) is Role.CC and t.lower_ in contrast for t in between)

    # --- one clause ----------------------------------------------------------------------------------------

    def _fronted_control_noun(self, clause: Clause) -> Token | None:
        """A noun of the control table the parser made the object of the zu-/to-infinitive that completes it
        ("Russland hat keine Absicht, die Ukraine anzugreifen"): before the verb, a comma between them. It is no
        target; it gives the act its modality."""
        if not is_infinitive(clause.verb, self.scheme, self.rules):
            return None
        doc = clause.verb.doc
        return next((o for o in clause.objects if o.i < clause.verb.i and o.lemma_.lower() in self.control and any(
            doc[i].text == "," for i in range(o.i + 1, clause.verb.i))), None)

    def _holds_intent(self, clause: Clause, by_verb: dict[int, Clause]) -> bool:
        """"Russia has no intention to attack", "hegt die Absicht, … zu": a verb no row types whose object is a noun
        of the control table completed by an infinitive clause. That clause is the statement (with the noun's
        modality); the verb's own one, with the noun as its topic, says nothing more."""
        return any(obj.lemma_.lower() in self.control and any(
            c.i in by_verb and c.i > obj.i and is_infinitive(c, self.scheme, self.rules) for c in obj.children)
            for obj in clause.objects) and self._entry(clause) is None  # (the lexicon lookup last: every clause)

    def _entry(self, clause: Clause) -> LexEntry | None:
        from graphbuild.extract.lemmas import dictionary_lemma

        # (not a time: "leave political issues for another time" is no "leave for" a destination)
        temporal = self.rules.word_set("temporal_nouns")
        preps = [(p, form) for p, n in clause.preps if n.lower_ not in temporal
                 for form in (n.lemma_, n.text, dictionary_lemma(n.text, self.lang))]
        # a relative clause is about the noun it modifies: its relative pronoun, or the object it lacks when it has
        # a subject of its own, is that noun ("all the attention that ISIL has received": row object attention)
        verb = clause.verb
        antecedent = verb.head if role(verb.dep_, self.scheme) is Role.ACL and verb.head.pos_ == "NOUN" and \
            verb.head.i < verb.i else None
        objs = [form for o in clause.objects for form in self._object_forms(
            antecedent if antecedent is not None and self._relative_pronoun(o) else o)]
        # an infinitive complement completes the verb as an object does: "declined to comment" (row object comment)
        objs += [c.lemma_.lower() for c in clause.verb.children if role(c.dep_, self.scheme) is Role.XCOMP and
                 c.i > clause.verb.i and is_infinitive(c, self.scheme, self.rules)]
        # an amount of money ("received $35,000") and a gerund ("contributed reporting"), which are no objects of
        # the clause's, and a reflexive under the language's ``reflexive_object`` ("bietet sich an" = lends
        # itself, "die sich retten konnten" = escaped)
        objs += [c.text if c.is_currency else c.lemma_.lower() for c in clause.verb.children if role(
            c.dep_, self.scheme) is Role.OBJ and (c.is_currency or c.pos_ == "VERB" and c.i > clause.verb.i)]
        if clause.reflexive and (reflexive := self.rules.extra.get("reflexive_object")):
            objs.append(str(reflexive))
        if not objs and antecedent is not None and any(not self._relative_pronoun(t) for t in clause.subjects):
            objs = self._object_forms(antecedent)
        entry = self.lexicon.match(clause.lemmas, preps=preps, objects=objs)
        return carried_event(clause, entry, self.lexicon, self.rules) or entry

    def _object_forms(self, obj: Token, *, compounds: bool = True) -> list[str]:
        return object_forms(obj, self.lang, self.scheme, compounds=compounds)

    def _own_object(self, entry: LexEntry | None, obj: Token) -> bool:
        """The light verb's own object, part of the predicate ("Kritik üben", "held talks"). An object typed only
        by a noun compounded before it stays a target ("suspended aid deliveries in Baghdad")."""
        return entry is not None and bool(entry.obj) and entry.obj in self._object_forms(obj, compounds=False)

    def from_clause(self, clause: Clause, ctx: SentenceContext) -> Iterator[Statement]:
        if clause.verb.i in ctx.suppressed:
            return
        if self.lexicon.match((clause.verb.lower_,), pos="adp") is not None:
            return  # "according to friends" parsed as a verb: a source marker (quotes), no act of the main subject
        subjects = clause.agents if clause.passive and clause.agents else clause.subjects
        modality = self._modality(clause)
        negated = clause.negated
        noun = self._fronted_control_noun(clause)
        if noun is not None:  # "hat keine Absicht, die Ukraine anzugreifen" parsed with the noun as the object
            clause = replace(clause, objects=[o for o in clause.objects if o.i != noun.i])
            control = self.control[noun.lemma_.lower()]
            modality = str(control.get("modality") or modality) if modality == "asserted" else modality
            negated = negated != bool(control.get("negates"))
        if not subjects and not clause.passive and (speaker := self._inverted_speaker(clause)):
            subjects = [speaker]  # "…, or clerical rule, writes Mr. Mamouri." parsed with Mamouri as object
            clause = replace(clause, objects=[])
        if not subjects and clause.verb.i in ctx.inherited:
            subjects, inherited_modality, inherited_neg = ctx.inherited[clause.verb.i]
            modality = inherited_modality or modality
            negated = negated or inherited_neg
        if not subjects and not clause.passive:
            subjects = self._ancestor_subjects(clause)
            negated = negated or self._negated_above(clause, subjects)
            modality, negated = self._adjective_control(clause, modality, negated)
        if clause.passive and not clause.agents:
            return  # "Einwanderer werden abgeschoben": nobody named as actor
        entry = self._entry(clause)
        if entry is None and clause.lemma in self.rules.word_set("no_act_verbs"):
            return  # "There are 2,000 American troops in Syria": what is, not what the troops do
        if entry is not None and self._partnerless_meeting(clause, entry):
            entry = None  # "Ibrahimovic hat achtmal getroffen": he scored, he met nobody
        sources = self._sources(subjects, clause, ctx)
        if not sources and clause.verb.i in ctx.inherited and subjects is not ctx.inherited[clause.verb.i][0]:
            # a controlled infinitive whose own "subject" is a parser error: the controller acts
            subjects, inherited_modality, inherited_neg = ctx.inherited[clause.verb.i]
            modality = inherited_modality or modality
            negated = negated or inherited_neg
            sources = self._sources(subjects, clause, ctx)
        if not sources and not clause.passive and all(t.i > clause.verb.i and t.pos_ != "PRON" for t in subjects):
            named = self._mistagged_name_subject(clause)
            if named:
                # "Doskozil/ADV lobt die offene Art von Mikl-Leitner" with the object parsed as the subject: after
                # the verb, what the parser took for the subject is the object
                clause.objects += [t for t in subjects if t not in clause.objects]
                entry = self._entry(clause)
                sources = self._sources(named, clause, ctx)
        if not sources:
            return
        received = [] if negated or clause.passive else list(self._received(clause, ctx, sources, modality))
        if received:  # "Trump faced criticism from fellow Republicans": the Republicans criticise Trump
            yield from received
            return
        targets = self._targets(clause, entry, ctx)
        if entry is not None and self._guestless_hosting(clause, entry, targets):
            entry = None  # "received food aid", "received backlash": no guest received
        if entry is not None and self._may_infer_target(entry) and not any(t.names_actor for t in targets) and not (
                len(sources) > 1 and self._shared_event(clause)):  # "India and China fought a war": each other
            inferred = self._inferred_target(clause, sources)
            targets = [inferred] if inferred is not None else targets
        predicate = self.lexicon.predicate(clause.lemma if entry is None else entry.key, entry, negated=negated)
        if clause.verb.i in ctx.appeals:
            predicate = self.lexicon.recoded(predicate, APPEAL_CODE)
        if entry is not None and self._verbal_attack(clause, entry, sources, targets):
            predicate = self.lexicon.recoded(predicate, VERBAL_ATTACK_CODE)
        reported = reported_modality(clause, self.rules, self.scheme, targets[0].token) if (
            targets and targets[0].actor is not None and entry is not None and not negated and (
                entry.cue or entry.cameo.startswith("01"))) else None
        if reported in self.lexicon.reported:
            # "Russia said Sudan must return the helicopter": a demand on the reported clause's subject
            predicate = self.lexicon.recoded(predicate, self.lexicon.reported[reported])
        threatened = ctx.threatened.get(clause.verb.i)
        if not negated and threatened is not None:
            # "threatened to break off relations" = threaten to break off relations (1313); to do anything else: 130
            predicate = self.lexicon.threat_to(predicate, threatened)
        elif not negated and entry is not None:
            # "will withdraw its force unless …" = threaten to; "vowed to retaliate" = threaten military force
            conditional = self._conditioned(clause)
            if conditional or modality in self.rules.word_set("threat_modalities"):
                predicate = self.lexicon.as_threat(predicate, conditional=conditional)
        if not negated and entry is not None and modality in self.rules.word_set("intent_modalities"):
            # "is ready to send aid" = express intent to provide aid, "will visit" = express intent to meet
            predicate = self.lexicon.as_intent(predicate, future=modality == "future")
        # a negation the ontology absorbs ("nicht akzeptieren" = reject) leaves a positive statement of the new type
        polarity = "negative" if negated and not (entry is not None and entry.negated_cameo) else "positive"
        # the act itself decides, not its negated or announced code ("failed to reach an agreement" = each
        # rejects the other, "will meet" = each intends to meet the other)
        act = entry.cameo if entry is not None else predicate.cameo
        # the verb's own row counts too: agreeing is mutual whatever is agreed to ("agreed to a ceasefire" = 0356)
        acts = [c for c in (act, self._plain_code(entry)) if c]
        symmetric = any(c.startswith(SYMMETRIC_PREFIXES) for c in acts)
        own_objects_only = entry is not None and bool(entry.obj) and all(
            self._own_object(entry, o) for o in clause.objects)
        on_topic = bool(targets) and any(c.startswith(SYMMETRIC_ON_TOPIC_PREFIXES) for c in acts)
        several = len(sources) > 1 and not any(t.actor is not None for t in targets)
        shared = several and self._shared_event(clause)
        if shared:  # "Gondor and Osgiliath postponed their meeting": each postpones it with the other
            targets = []
        # a list of more than MUTUAL_MAX parties that agrees, cooperates or signs ("five Arab nations -- Bahrain,
        # Jordan, … -- agreed to participate") does so alongside each other, with whoever asked; a meeting stays mutual
        crowd = len(sources) > MUTUAL_MAX and not any(c.startswith(MEETING_PREFIX) for c in acts)
        if shared or symmetric and several and not crowd and (
                on_topic or (not targets and (clause.reflexive or not clause.objects or own_objects_only))):
            # "Tillerson und Videgaray haben sich getroffen": each meets the other; "Jordan and Britain agreed to
            # hold exercises": each agrees with the other, and both agree on the topic
            for a in sources:
                for b in sources:
                    if a.actor.id != b.actor.id and not _own_side(a.actor, b.actor):
                        yield self._statement(clause, ctx, a, Target(b.actor, None, clause.verb, b.confidence,
                                                                     b.span.text), predicate, polarity, modality)
            if not targets:
                return
        for source in sources:
            if not targets:
                yield self._statement(clause, ctx, source, None, predicate, polarity, modality)
            for target in targets:
                if target.actor is not None and target.actor.id == source.actor.id:
                    continue
                if self._place(target) and (not predicate.known or predicate.cameo == GENERIC_CAMEO or
                                            target.actor.id == (source.actor.country or source.actor.id)):
                    # a city or region stands for its state only as the other party of a typed act ("Putin
                    # arrived in Hamburg"); "Sanders returned to Vermont", "said … in Iowa" keep the place a topic
                    target = self._topic_target(target.token, ctx)
                    if target is None:
                        yield self._statement(clause, ctx, source, None, predicate, polarity, modality)
                        continue
                yield self._statement(clause, ctx, source, target, predicate, polarity, modality)

    def _verbal_attack(self, clause: Clause, entry: LexEntry, sources: list[Resolution],
                       targets: list[Target]) -> bool:
        """An attack made of words: "Trump attacked Biden", "attacked his critics" (a person or party attacking a person or
        what people say and do, ``verbal_attack_topics``) or "launched an
        excoriating attack on Cummings", "attackierte den Minister scharf" (a modifier that says so). The attack
        words and the modifiers are grammar data (``verbal_attack_words``, ``verbal_attack_modifiers``)."""
        words = self.rules.word_set("verbal_attack_words")
        if entry.key.lower() not in words and (entry.obj or "").lower() not in words:
            return False
        modifiers = self.rules.word_set("verbal_attack_modifiers")
        heads = [clause.verb] + [o for o in clause.objects if o.lemma_.lower() in words]
        if any(c.lower_ in modifiers or c.lemma_.lower() in modifiers for h in heads for c in h.children):
            return True
        return self._parties_of_words(sources, targets)

    def _parties_of_words(self, sources: Sequence[Resolution | Target], targets: Sequence[Resolution | Target]) -> bool:
        """Whoever attacks makes words (:meth:`_wordy`), and is named attacking persons or what people say and do
        (``verbal_attack_topics``: "attacked his critics / her record")."""
        if not targets or not all(s.actor is not None and self._wordy(s.actor) for s in sources):
            return False
        talked_about = self.rules.word_set("verbal_attack_topics")
        return all(t.actor.kind == "person" if t.actor is not None else isinstance(t, Target) and (
            t.token.lemma_.lower() in talked_about or t.token.lower_ in talked_about) for t in targets)

    def _wordy(self, actor: Actor) -> bool:
        """An actor whose attacks are words: a person, or a party ("Republicans who have attacked him")."""
        entry = self.actors.gazetteer.entry(actor.id)
        return actor.kind == "person" or actor.sector == "PTY" or entry is not None and entry.sector == "PTY"

    def verbal_attack_noun(self, noun: Token, sources: Sequence[Resolution | Target],
                           targets: Sequence[Resolution | Target]) -> bool:
        """An attack noun made of words: "faced an impassioned attack from MP Dhesi" (a modifier that says so), or
        a person's attack on a person ("Trump's attack on Biden")."""
        words = self.rules.word_set("verbal_attack_words")
        if not {noun.lemma_, noun.lemma_.lower(), noun.text} & words:
            return False
        modifiers = self.rules.word_set("verbal_attack_modifiers")
        if any({c.lower_, c.lemma_, c.lemma_.lower()} & modifiers for c in noun.children):
            return True
        return bool(sources) and self._parties_of_words(sources, targets)

    def _plain_code(self, entry: LexEntry | None) -> str | None:
        """The CAMEO code of ``entry``'s verb on its own (the row without preposition or object), if it has one."""
        if entry is None or not (entry.prep or entry.obj):
            return None
        return next((r.cameo for r in self.lexicon.entries.get((entry.key, entry.pos), [])
                     if not r.prep and not r.obj), None)

    def _shared_event(self, clause: Clause) -> bool:
        """The object is an encounter its coordinated subjects share ("postponed their meeting", "ended their
        talks"): a meeting, talks, ties or agreement noun owned by a plural possessive, or a war they fought
        (``mutual_conflict_nouns``: "India and China fought a brief war")."""
        owners = self.rules.word_set("reciprocal_possessives")
        mutual = self.rules.word_set("mutual_conflict_nouns")
        opponent = self.rules.word_set("place_event_target_preps")  # "fought a war against the rebels": not
        for obj in clause.objects:
            if (obj.lemma_.lower() in mutual or obj.lower_ in mutual) and not any(
                    p in opponent for p, _ in clause.preps) and not self.has_target_phrase(obj):
                return True
            if not any(role(c.dep_, self.scheme) is Role.POSS and c.lower_ in owners for c in obj.children):
                continue
            rows = self.lexicon.entries.get((obj.lemma_.lower(), "noun"), [])
            if any(r.cameo.startswith(SYMMETRIC_PREFIXES) and not r.prep for r in rows):
                return True
        return False

    def _conditioned(self, clause: Clause) -> bool:
        """The act is held over someone: a condition clause ("unless Chad holds elections") or adverb ("sonst")."""
        words = self.rules.word_set("threat_conditions")
        for child in clause.verb.children:
            if child.lower_ in words and role(child.dep_, self.scheme) not in (Role.SUBJ, Role.MARK):
                return True  # (a "unless" marking the verb's own clause makes it the condition, not the threat)
            if role(child.dep_, self.scheme) is Role.ADVCL and any(
                    g.lower_ in words and g.i < child.i for g in child.children):
                return True
        return False

    def _reported(self, clause: Clause) -> bool:
        """Whether ``clause`` is what a reporting verb reports ("said [they would meet]", also without "that" and
        parsed as parataxis: "said on Wednesday [they would meet]")."""
        verb = clause.verb
        return role(verb.dep_, self.scheme) in (Role.CCOMP, Role.PARATAXIS) and self.lexicon.is_cue(
            self.rules.lemma_candidates(verb.head, None))

    def _reporter(self, clause: Clause) -> Resolution | None:
        """"Iraq said it would allow …": the state or organisation that reports this clause, for its "it" or
        "they" subject (persons are found by the pronoun rules)."""
        verb = clause.verb
        if not self._reported(clause):
            return None
        subject = next((c for c in verb.head.children if role(c.dep_, self.scheme) is Role.SUBJ), None)
        found = self.actors.resolve(subject, as_subject=True) if subject is not None else None
        return found if found is not None and found.actor.kind != "person" else None

    def _time(self, noun: Token) -> bool:
        """A time, never a target: "Thursday", "Juni", and a part of one ("trat Ende Juni zurück", "the end of
        June": ``period_nouns`` with a ``temporal_nouns`` word below)."""
        temporal = self.rules.word_set("temporal_nouns")
        return noun.lower_ in temporal or noun.lower_ in self.rules.word_set("period_nouns") and any(
            c.lower_ in temporal or any(g.lower_ in temporal for g in c.children) for c in noun.children)

    def _setting(self, prep: str, noun: Token) -> bool:
        """Where something was said or done rather than whom or what it was about, for a preposition no lexicon row
        asks for: "auf" with a dative (``dative_place_preps``: "präsentiert auf seinem Blog"), a channel
        (``channel_names``: "auf Twitter verkündete", "took to Twitter"), a rank or share (``rank_nouns``: "folgt
        auf Platz fünf", "fell to 16 percent")."""
        return prep in self.rules.word_set("dative_place_preps") and "Dat" in noun.morph.get("Case") or \
            noun.lower_ in self.rules.word_set("channel_names") or noun.lower_ in self.rules.word_set("rank_nouns")

    def _adjective_control(self, clause: Clause, modality: str, negated: bool) -> tuple[str, bool]:
        """"France is ready to contribute troops", "ist bereit, … zu vermitteln": a control adjective (no clause
        of its own) gives the infinitive its modality; "is not ready to" negates it."""
        head = clause.verb.head
        dep = role(clause.verb.dep_, self.scheme)
        # also a noun the infinitive completes: "Russia's refusal to free the pastor" (not freed), "Obama's plan to
        # visit" (intended), "Bush's decision to invade Iraq" (decided)
        # (German pipelines hang a noun's zu-infinitive as xcomp: "keine Pläne, … zu schicken")
        controlling = head.pos_ == "ADJ" and dep is Role.XCOMP or head.pos_ == "NOUN" and dep in (Role.ACL, Role.XCOMP)
        control = self.control.get(head.lemma_.lower()) if head.i != clause.verb.i and controlling else None
        if control is None:
            return modality, negated
        # "not ready to", and for a noun "no plans to", "keine Absicht, … anzugreifen"
        negators = self.rules.negations | (self.rules.negative_determiners if head.pos_ == "NOUN" else frozenset())
        head_negated = any(c.lower_ in negators for c in head.children)
        if head_negated and control.get("negated"):
            return str(control["negated"]), negated
        if control.get("negates"):  # "refusal to free", "failure to agree": the act did not happen
            negated = not negated
        return str(control.get("modality") or modality), negated != head_negated

    def _received(self, clause: Clause, ctx: SentenceContext, receivers: list[Resolution],
                  modality: str) -> Iterator[Statement]:
        """An act the subject receives from others ("faced criticism from Western powers", "drew condemnation from
        rights groups", "erntete Kritik von der Opposition", "stieß auf Widerstand aus Berlin"): a verb of
        ``receiving_verbs`` whose object (or prepositional noun; "come under", "stoßen auf": that preposition's) has
        a noun row and names its authors in one of the ``origin_preps``. Each author does the act to each receiver."""
        verbs = self.rules.word_set("receiving_verbs")
        # an entry with a preposition takes the act in that phrase only ("came under pressure", "stieß auf Kritik")
        wanted = {words[1] for words in map(str.split, verbs) if len(words) == 2 and words[0] in clause.lemmas}
        if not wanted and not any(lemma in verbs for lemma in clause.lemmas):
            return
        origins = self.rules.word_set("origin_preps")
        nouns = [n for p, n in clause.preps if p in wanted] if wanted else clause.objects + [n for _, n in clause.preps]
        for noun in nouns:
            row = self.lexicon.match(object_forms(noun, self.lang, self.scheme), pos="noun")
            if row is None or row.cameo.startswith("01"):
                continue
            authors = [t for t in self._partners(noun, 1, origins) if t.actor is not None]
            if not authors:
                continue
            predicate = self.lexicon.predicate(row.key, replace(row, pos="verb", cue=False))
            if self.verbal_attack_noun(noun, authors, receivers):  # "faced an impassioned attack from …"
                predicate = self.lexicon.recoded(predicate, VERBAL_ATTACK_CODE)
            for author in authors:
                source = Resolution(author.actor, "received", np_span(author.token, self.scheme), author.confidence)
                for receiver in receivers:
                    if receiver.actor.id != author.actor.id:
                        target = Target(receiver.actor, None, receiver.span.root, receiver.confidence,
                                        receiver.span.text)
                        yield self._statement(clause, ctx, source, target, predicate, "positive", modality)
            return

    def _negated_above(self, clause: Clause, subjects: list[Token]) -> bool:
        """A verb between the clause and the subject it takes from above, through objects, open complements and
        infinitives on nouns, is negated ("is not considering using warplanes to strike": no strike), also through
        coordinated nouns ("using warplanes or drones to strike"). Not a verb of the control table, whose negation
        means something of its own ("did not hesitate to", "failed to")."""
        if not subjects:
            return False
        top = subjects[0].head
        node = clause.verb
        while node.head.i != node.i and node.i != top.i:
            if role(node.dep_, self.scheme) not in (Role.XCOMP, Role.OBJ, Role.ACL) and not (
                    role(node.dep_, self.scheme) is Role.CONJ and node.pos_ in {"NOUN", "PROPN"}):
                return False  # a verb conjunct or an adverbial has its own polarity ("cannot lose … and still pass")
            node = node.head
            if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() not in self.control and any(
                    is_negation(c, self.rules) for c in node.children):
                return True
        return False

    def _modality(self, clause: Clause) -> str:
        scope = self._content_scope(clause)
        if scope is not None:
            return scope
        for modal in clause.modals:
            if modal in self.rules.modality:
                found = self.rules.modality[modal]
                if found == "conditional" and self._reported(clause):
                    return "future"  # "said they would meet": the future of the reported time
                return found
        if self.lang == "de" and clause.subjunctive:
            return "reported"
        marks = self.rules.word_set("condition_marks")
        if any(role(c.dep_, self.scheme) is Role.MARK and c.lower_ in marks for c in clause.verb.children):
            return "conditional"  # "if Iran attacks Israel, …", "falls Russland angreift": nothing happened yet
        return "asserted"

    def _content_scope(self, clause: Clause) -> str | None:
        """``denied`` for the content of a denial ("Putin denied that Russia attacked Ukraine", "rejected claims that
        …", "bestritt, dass …"; ``denial_verbs``), ``unconfirmed`` for the content of a negated statement or of a
        noun nobody has ("did not say that …", "have not seen signs that …", "there is no evidence that …", "es gibt
        keine Beweise, dass …"): the act did not happen as far as the sentence says. The content clause is the
        complement of the verb, or a clause opened by ``content_marks`` on one of its nouns."""
        verb = clause.verb
        r, head = role(verb.dep_, self.scheme), verb.head
        if head.i == verb.i:
            return None
        if r is Role.CCOMP and head.pos_ in ("VERB", "AUX"):
            governor = head
        elif r in (Role.ACL, Role.CCOMP) and head.pos_ == "NOUN" and any(
                # a conjunction ("dass"), or "that" after a noun whose "that" opens its content (``content_nouns``:
                # "no evidence that/obl:unmarked Russia attacked"), not a relative pronoun ("the sanctions that Russia
                # imposed", "reject the weaponization that/mark Iran may be seeking")
                c.i < verb.i and c.lower_ in self.rules.word_set("content_marks") and role(c.dep_, self.scheme) not in (
                    Role.SUBJ, Role.OBJ, Role.PASS_SUBJ, Role.IOBJ) and (
                    c.lower_ not in self.rules.word_set("relative_pronouns") or
                    head.lemma_.lower() in self.rules.word_set("content_nouns"))
                for c in verb.children):
            if any(c.lower_ in self.rules.negative_determiners for c in head.children):
                # "no evidence that …" (but "there is no question/doubt that …" affirms it: ``certainty_nouns``)
                return None if head.lemma_.lower() in self.rules.word_set("certainty_nouns") else "unconfirmed"
            governor = head.head
            if governor.i == head.i or governor.pos_ not in ("VERB", "AUX") or role(head.dep_, self.scheme) not in (
                    Role.SUBJ, Role.OBJ, Role.PASS_SUBJ):
                return None  # (not a noun in a PP of a negated clause: "despite assurances that …, has not …")
        else:
            return None
        particle = next((c.lower_ for c in governor.children if role(c.dep_, self.scheme) is Role.PRT), None)
        if set(self.rules.lemma_candidates(governor, particle)) & self.rules.word_set("denial_verbs"):
            return "denied"
        opened = any(role(c.dep_, self.scheme) is Role.MARK and c.i < verb.i for c in verb.children)
        if (opened or governor.i != head.i) and any(is_negation(c, self.rules) for c in governor.children):
            # (a complement opened by "that", "dass", "ob"; not "schreitet nicht die Reihen ab, er schlendert")
            return "unconfirmed"
        return None

    # --- assembling ----------------------------------------------------------------------------------------

    def _statement(self, clause: Clause, ctx: SentenceContext, source: Resolution, target: Target | None,
                   predicate: Predicate, polarity: str, modality: str) -> Statement:
        spans = [(clause.start, clause.end), (source.span.start_char, source.span.end_char)]
        if target is not None:
            tspan = np_span(target.token, self.scheme)
            spans.append((tspan.start_char, tspan.end_char))
        start = max(min(s for s, _ in spans), ctx.sent.start_char)
        end = min(max(e for _, e in spans), ctx.sent.end_char)
        confidence = source.confidence * (target.confidence if target else 0.9) * (1.0 if predicate.known else 0.6)
        sid = stable_hash(ctx.article_id, ctx.index, clause.verb.idx, source.actor.id, target.id if target else "")
        return Statement(
            id=sid, article_id=ctx.article_id, sentence_index=ctx.index, char_start=start, char_end=end,
            sentence=ctx.sent.text.strip(), source_id=source.actor.id, predicate=predicate,
            target_id=target.id if target else None,
            target_kind=("actor" if target.actor is not None else "topic") if target else None,
            polarity=polarity,
            modality=modality, date=ctx.date, lang=self.lang, confidence=round(confidence, 3),
            source_text=source.span.text, target_text=target.text if target else "", extractor="clause",
        )


def object_forms(obj: Token, lang: str, scheme: str, *, compounds: bool = True) -> list[str]:
    """What a direct object matches a lexicon row's object by: its lemma and forms, in German also the last part of
    a compound noun ("Militärhilfe leisten" = Hilfe leisten) and, with ``compounds``, a noun compounded before it
    ("launched a mediation effort" = launch mediation)."""
    from graphbuild.extract.lemmas import dictionary_lemma

    forms = [obj.lemma_, obj.text, dictionary_lemma(obj.text, lang)]
    if lang == "de":
        # not the tail of a noun made from a particle verb: "Fußabdruck" is an Abdruck, no Druck (pressure);
        # "Terroranschlag" is an Anschlag, no Schlag
        particles = rules_for(lang).word_set("separable_particles")
        forms += [f[k:] for f in forms[:3] for k in range(3, len(f) - 4)
                  if not any(f[:k].lower().endswith(p) for p in particles)]
    if compounds:
        forms += [f for c in obj.children if c.pos_ == "NOUN" and c.i < obj.i and
                  role(c.dep_, scheme) is Role.COMPOUND for f in (c.lemma_, c.text)]
    measured = measured_noun(obj, lang, scheme)
    if measured is not None:
        forms += object_forms(measured, lang, scheme, compounds=compounds)
    return [f.lower() for f in forms]


def carried_event(clause: Clause, entry: LexEntry | None, lexicon: Lexicon, rules: LanguageRules) -> LexEntry | None:
    """The event a carrier verb's object names ("reiterated its demand that …", "bekräftigte seine Forderung"): the
    verb only carries it, so the object's noun row types the statement and the object is no target; a
    ``meeting_carrier_verbs`` verb carries meetings only ("had talks with Abe", not "has tariffs"). ``None`` when
    the verb is no carrier, its own row names an object, or no object names an event it carries."""
    carrier = clause.lemma in rules.word_set("event_carrier_verbs")
    if (entry is not None and entry.obj) or not (carrier or clause.lemma in rules.word_set("meeting_carrier_verbs")):
        return None
    for obj in clause.objects:
        # the noun's own prepositions pick its row ("reiterated his call for a border wall" is an appeal, 020, not a
        # phone call)
        preps = [(parts[0], parts[1].lemma_) for c in obj.children if (parts := pp_parts(c, clause.scheme))]
        noun = lexicon.match(object_forms(obj, rules.lang, clause.scheme, compounds=False), pos="noun", preps=preps)
        if noun is not None and not noun.cameo.startswith("01") and (carrier or noun.cameo.startswith("04")):
            return replace(noun, key=clause.lemma, obj=obj.lemma_.lower(), prep="", pos="verb", cue=False)
    return None


def reported_modality(clause: Clause, rules: LanguageRules, scheme: str, subject: Token) -> str | None:
    """The modality of the clause ``clause`` reports whose subject is ``subject`` ("said Sudan must return …" →
    obligated for Sudan), if it has one."""
    for comp in clause.ccomps:
        children = list(comp.children)
        subjects = {t.i for c in children if role(c.dep_, scheme) is Role.SUBJ for t in expand_conj(c, scheme)}
        if subject.i not in subjects:
            continue
        for child in children:
            lemma = child.lemma_.lower()
            if role(child.dep_, scheme) is Role.AUX and lemma in rules.modality:
                return rules.modality[lemma]
    return None


def _own_side(a: Actor, b: Actor) -> bool:
    """One of two compound subjects is the other's state or an institution of it ("Putin and his government
    promised …", "Russia and the Kremlin"): they act together, not on each other. Two persons of one state do meet,
    and two institutions of one state ("the White House and Congress agreed") deal with each other."""
    def belongs(x: Actor, y: Actor) -> bool:  # y is x's state or one of its institutions
        return y.kind != "person" and bool(y.country) and y.country == x.country and x.kind in ("person", "state")

    return belongs(a, b) or belongs(b, a)
