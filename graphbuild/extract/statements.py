"""Statements from clauses: source actor – typed predicate – target actor or topic.

Rules, written against grammatical roles (see :mod:`graphbuild.extract.clauses`):

* source = active subject, or the agent of a passive ("von"/"by"); relative pronouns stand for the noun they
  modify; a verb coordinated with an earlier verb shares its subject; a zu-/to-infinitive under a control verb
  ("hatte seine Behörden angewiesen, … abzuschieben", "wird nicht zögern, … einzufordern") takes the
  controller's subject and gets its modality from the control verb;
* target = the prepositional object the lexicon row asks for ("warnen vor"), else the direct object (the
  passive subject in a passive), else an indirect object, else a PP with a target preposition ("gegen Trump");
  a da-compound ("wehrt sich dagegen, … aufzunehmen") points to the infinitive clause's object; coordinated
  actors give one statement each, coordinated non-actors one topic; when none of these names an actor, a typed
  act (not a statement or meeting) takes the first state, organisation or group of another country named in the
  rest of its clause, as PETRARCH does ("withdraw its troops from Lebanon"), but not a place, time or capacity of
  the act itself ("protested in Paris", "resigned after his time as envoy to Syria");
* type from the lexicon (verb + particle + preposition + light-verb object), negation from "nicht"/"kein"/"not",
  modality from modals, future, control verbs and Konjunktiv I;
* inside a direct quote, the speaker's own country, government or "ich"/"wir" is the speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from graphbuild.extract.clauses import (
    Clause,
    expand_conj,
    infinitive_complements,
    is_infinitive,
    is_negation,
    noun_conjuncts,
    np_span,
    passive_verb,
    pp_parts,
)
from graphbuild.extract.language import LanguageRules, rules_for
from graphbuild.extract.lexicon import (
    GENERIC_CAMEO,
    VERBAL_ATTACK_CODE,
    LexEntry,
    Lexicon,
)
from graphbuild.extract.schemes import PREP_HEADED, Role, role
from graphbuild.extract.topics import topic_for
from graphbuild.models import Actor, Predicate, Statement, Topic, stable_hash
from graphbuild.resolve.actors import ArticleActors, Resolution
from graphbuild.resolve.coordination import spread

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


class StatementBuilder:
    def __init__(self, actors: ArticleActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.lang = actors.lang
        self.scheme = actors.scheme
        self.rules: LanguageRules = rules_for(actors.lang)
        self.control: dict[str, dict[str, Any]] = self.rules.extra.get("control", {}) or {}
        self.target_preps = self.rules.word_set("target_preps")
        self.partner_preps = self.rules.word_set("partner_preps")
        self.owner_blind_codes = tuple(self.rules.word_set("owner_blind_codes"))

    # --- planning across the clauses of a sentence ----------------------------------------------------------

    def plan(self, clauses: list[Clause], ctx: SentenceContext) -> None:
        """Record subject inheritance (control, coordination) and suppress embedded clauses of known verbs."""
        by_verb = {c.verb.i: c for c in clauses}
        for clause in clauses:
            control = next((self.control[lem] for lem in clause.lemmas if lem in self.control), None)
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
        """An attack made of words: "Trump attacked Biden", "attacked his critics" (a person attacking a person or
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
        if not targets or not all(s.actor.kind == "person" for s in sources):
            return False
        talked_about = self.rules.word_set("verbal_attack_topics")  # "attacked his critics / her record"
        return all(t.actor.kind == "person" if t.actor is not None else
                   t.token.lemma_.lower() in talked_about or t.token.lower_ in talked_about for t in targets)

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
        return bool(sources and targets) and all(r.actor is not None and r.actor.kind == "person"
                                                 for r in [*sources, *targets])

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

    def _mistagged_name_subject(self, clause: Clause) -> list[Token]:
        """A person's surname opening the sentence that the tagger took for an adverb and the parser attached as a
        modifier ("Doskozil/ADV lobt die offene Art von Mikl-Leitner"): the subject the clause lacks."""
        verb = clause.verb
        first = verb.sent[0]
        if first.i + 1 >= len(verb.doc) or verb.doc[first.i + 1].text == ":":  # "Stöger: Ich …": a speaker label
            return []
        if first.head.i != verb.i or first.pos_ not in {"ADV", "ADJ", "NOUN", "X"} or not first.text[:1].isupper() \
                or role(first.dep_, self.scheme) not in (Role.ADVMOD, Role.OBL, Role.NMOD, Role.AMOD):
            return []
        found = self.actors.resolve(first, as_subject=True)
        return [first] if found is not None and found.actor.kind == "person" else []

    def _ancestor_subjects(self, clause: Clause) -> list[Token]:
        """Subject control the parser left implicit: "Arnor is about to restore ties" — the infinitive's subject is
        the subject of the nearest word above it that has one (through xcomp/advcl/conj links)."""
        if not any(c.lower_ in self.rules.infinitive_markers for c in clause.verb.children) and not (
                self.rules.is_zu_form(clause.verb.lower_) or role(clause.verb.dep_, self.scheme) in (
                    Role.XCOMP, Role.CONJ)):
            return []
        marker = next((c for c in clause.verb.children if c.lower_ in self.rules.infinitive_markers
                       and c.i < clause.verb.i), None)
        if marker is not None and marker.i > clause.verb.sent.start:
            # "Arnor is about to restore ties, an official said" with *about* hung on *said*: the word right
            # before "to" carries the subject, whatever the parser made of the rest
            before = marker.doc[marker.i - 1]
            found = [c for c in before.children if role(c.dep_, self.scheme) is Role.SUBJ and c.i < before.i]
            if found:
                return expand_conj(found[0], self.scheme)
        if role(clause.verb.dep_, self.scheme) in (Role.ACL, Role.XCOMP) and clause.verb.head.pos_ == "NOUN":
            # "Russia's attempt to annex Crimea": the infinitive completing a noun is its possessor's act; so is an
            # of-phrase's noun for nouns of the control table ("the ability of the Brotherhood to mobilize"), not for
            # others ("crossed the floor of the chamber to defect": the chamber defects to nobody)
            # and a name compounded before a noun of the table ("rejected a US offer to host a summit")
            controlling = clause.verb.head.lemma_.lower() in self.control
            of_preps = self.rules.word_set("possessive_preps") if controlling else frozenset()
            owner = next((c for c in clause.verb.head.children if c.pos_ in {"PROPN", "NOUN"} and c.i < clause.verb.i
                          and (role(c.dep_, self.scheme) is Role.POSS or (parts := pp_parts(c, self.scheme)) is not None
                               and parts[0] in of_preps or controlling and c.pos_ == "PROPN" and role(
                                   c.dep_, self.scheme) is Role.COMPOUND and c.i < clause.verb.head.i)), None)
            if owner is not None:
                return expand_conj(owner, self.scheme)
            if clause.verb.head.text in self.rules.word_set("request_nouns"):
                return []  # "will grant the motion to dismiss": the judge grants, the one who filed it would dismiss
        current = clause.verb
        for _ in range(4):
            if current.head.i == current.i or role(current.dep_, self.scheme) is Role.AMOD:
                # (not out of a participle modifying a noun: "has a regulated and protected dairy sector")
                return []
            below, current = current, current.head
            controller = self._object_controller(current, below) or self._reason_controller(current, below)
            if controller is not None:
                return expand_conj(controller, self.scheme)
            found = [c for c in current.children if role(c.dep_, self.scheme) is Role.SUBJ]
            if found and passive_verb(current, self.scheme, self.rules):
                return []  # "wird von allen Seiten bestürmt, das Mittel zu verbieten": asked to, not banning
            if found:
                return expand_conj(found[0], self.scheme)
        return []

    def _object_controller(self, verb: Token, infinitive: Token) -> Token | None:
        """Object control: "designated Mills to assist", "sent Kerry to negotiate with Russia" — the actor object
        of a verb the control table does not list (its own rows decide: "ordered Kerry to visit" is the order)
        before the open complement ``infinitive`` does the act. Not a causative verb (``causative_verbs``), whose
        object is as often what the act is done to ("lässt die Flüchtlinge abtransportieren")."""
        if role(infinitive.dep_, self.scheme) is not Role.XCOMP or verb.pos_ != "VERB" or \
                verb.lemma_.lower() in self.control or verb.lemma_.lower() in self.rules.word_set("helping_verbs") or \
                verb.lemma_.lower() in self.rules.word_set("causative_verbs"):
            return None
        return next((o for o in verb.children if role(o.dep_, self.scheme) is Role.OBJ and o.i < infinitive.i and
                     o.pos_ in {"PROPN", "NOUN"} and self.actors.resolve(o, as_subject=True) is not None), None)

    def _reason_controller(self, verb: Token, gerund: Token) -> Token | None:
        """The object of a verb that a gerund of reason (``reason_marks``: "for") explains is the gerund's doer:
        "recognized Skutnik as a hero for jumping into the waters to help rescue the survivors" (Skutnik rescues),
        "dropped him from the league for kneeling … to protest racism" (he protests)."""
        if role(gerund.dep_, self.scheme) is not Role.ADVCL or gerund.tag_ != "VBG" or not any(
                c.lower_ in self.rules.word_set("reason_marks") and role(c.dep_, self.scheme) is Role.MARK
                for c in gerund.children):
            return None
        return next((o for o in verb.children if role(o.dep_, self.scheme) is Role.OBJ and o.i < gerund.i and
                     o.pos_ in {"PROPN", "NOUN", "PRON"}), None)

    def _inverted_speaker(self, clause: Clause) -> Token | None:
        """The speaker of a cue verb that closes its sentence after a comma, subject after it ("…, writes Mr.
        Mamouri."), which the parser made a conjunct of the verb before with the speaker as its object."""
        verb = clause.verb
        doc = verb.doc
        if role(verb.dep_, self.scheme) is not Role.CONJ or verb.i == 0 or doc[verb.i - 1].text != "," or \
                len(clause.objects) != 1 or not self.lexicon.is_cue(clause.lemmas):
            return None
        (obj,) = clause.objects
        end = max(t.i for t in obj.subtree)
        if obj.i < verb.i or obj.pos_ != "PROPN" or any(not t.is_punct for t in doc[end + 1:verb.sent.end]):
            return None
        return obj

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

    def _title_of_named(self, head: Token, subjects: list[Token]) -> bool:
        """``head`` is a person's title set off before a name that is itself a subject ("The Iraqi deputy prime
        minister, Rafi Issawi, said" parsed with two subjects): the title describes the named person."""
        doc = head.doc
        names = self.actors.names
        return names.person_title(head) and head.i + 2 < len(doc) and doc[head.i + 1].text == "," and any(
            other.i == head.i + 2 and (ent := names.ent(other)) is not None and names.title_before(ent)
            for other in subjects)

    def _sources(self, subjects: list[Token], clause: Clause, ctx: SentenceContext) -> list[Resolution]:
        pairs: list[tuple[Token, Resolution | None]] = []
        speaker = ctx.speaker_at(clause.verb.idx)
        for head in subjects:
            if self._title_of_named(head, subjects):
                continue  # "The Iraqi deputy prime minister, Rafi Issawi, said": one speaker, the named one
            if _dateline(head):
                # "Wien – Peter Hlinka kehrt … zurück" with the name hung on the dateline: the name is the subject;
                # "Jerusalem – … sind zwei Palästinenser getötet worden": the dateline is none
                head = next((c for c in head.children if c.i > head.i + 1 and c.pos_ in {"PROPN", "NOUN"}), None)
                if head is None:
                    continue
            if self._relative_pronoun(head) and role(clause.verb.dep_, self.scheme) is Role.ACL:
                head = clause.verb.head
                subject = _subject_of_predicate(head, self.scheme, self.rules)
                if subject is not None and not self._actor_noun(head):
                    head = subject  # "The Syrian regime are the only ones who have …": the regime; not "Die
                    # Hälfte davon sind Mexikaner, die …", where the predicate names the actor
            if speaker is not None and self.rules.pronoun_person(head.lower_) == 1:
                pairs.append((head, speaker))
                continue
            info = self.rules.personal_pronouns.get(head.lower_)
            if info and info.get("person") == 3 and (info.get("gender") == "neut" or info.get("number") == "plur" or
                                                      "Plur" in head.morph.get("Number")):
                reporter = self._reporter(clause)
                if reporter is not None:  # "Iraq said it would allow the inspectors to return"
                    pairs.append((head, reporter))
                    continue
            if head.lower_ in self.rules.word_set("temporal_nouns"):
                # "Pakistan today threatened …" parsed with "today" as the subject and Pakistan its compound
                head = next((c for c in head.children if c.i < head.i and c.pos_ == "PROPN"), head)
            found = self.actors.resolve(head, as_subject=True) or self._quantified(head, as_subject=True)
            if found is None:
                pairs.append((head, None))
                continue
            if speaker is not None and self._speaks_for(speaker.actor, found.actor):
                found = Resolution(speaker.actor, "speaker", found.span, speaker.confidence)
            pairs.append((head, found))
            if found.actor.kind == "person":
                pairs.extend((r.span.root, r) for r in self._coordinated_person(found))
        return [r for _, r in spread(self.actors, pairs)]

    def _coordinated_person(self, first: Resolution) -> list[Resolution]:
        """"Rex Tillerson und Heimatschutzminister John Kelly reisten": a second named person right after "und"
        belongs to the subject even when the parser attached it elsewhere."""
        doc = first.span.doc
        i = first.span.end
        if i >= len(doc) or doc[i].lower_ not in self.rules.extra.get("coordinators", ("und", "and")):
            return []
        for j in range(i + 1, min(i + 6, len(doc))):
            token = doc[j]
            if token.ent_type_ in ("PER", "PERSON") and token.ent_iob_ == "B":
                found = self.actors.resolve(token, as_subject=True)
                return [found] if found is not None and found.actor.kind == "person" else []
            if token.pos_ in {"VERB", "AUX", "PUNCT"}:
                return []
        return []

    @staticmethod
    def _speaks_for(speaker: Actor, actor: Actor) -> bool:
        return speaker.kind == "person" and speaker.country is not None and actor.kind in (
            "state", "government") and actor.country == speaker.country

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


def _subject_of_predicate(noun: Token, scheme: str, rules: LanguageRules) -> Token | None:
    """The subject of a predicate common noun that a relative clause describes ("The regime are the only ones who
    …", "North Korea is the only country that …", "Klein was among several supporters who …"; with a preposition
    only a ``membership_preps`` one): who the clause is said of. ``None`` for a name ("the winner is Ghani, who
    will run"), a noun without copula, or another preposition ("the figure is from the trough, which came …")."""
    children = list(noun.children)
    if noun.pos_ != "NOUN" or not any(role(c.dep_, scheme) is Role.COP for c in children):
        return None
    if any(role(c.dep_, scheme) is Role.CASE and c.lower_ not in rules.word_set("membership_preps") for c in children):
        return None
    return next((c for c in children if role(c.dep_, scheme) is Role.SUBJ), None)


def _dateline(token: Token) -> bool:
    """The place a news item is filed from, opening its first sentence before a dash ("Jerusalem –",
    "WASHINGTON —")."""
    doc = token.doc
    return token.i == token.sent.start and token.i + 1 < len(doc) and doc[token.i + 1].text in ("–", "—", "-") and \
        token.pos_ == "PROPN"


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


def np_text(token: Token, scheme: str) -> str:
    return np_span(token, scheme).text


def _own_side(a: Actor, b: Actor) -> bool:
    """One of two compound subjects is the other's state or an institution of it ("Putin and his government
    promised …", "Russia and the Kremlin"): they act together, not on each other. Two persons of one state do meet,
    and two institutions of one state ("the White House and Congress agreed") deal with each other."""
    def belongs(x: Actor, y: Actor) -> bool:  # y is x's state or one of its institutions
        return y.kind != "person" and bool(y.country) and y.country == x.country and x.kind in ("person", "state")

    return belongs(a, b) or belongs(b, a)
