"""Sources of a clause's statement: who acts.

The active subject, or the agent of a passive ("von"/"by"); a relative pronoun stands for the noun it modifies; a
verb coordinated with an earlier verb shares its subject; a zu-/to-infinitive under a control verb ("hatte seine
Behörden angewiesen, … abzuschieben") takes the controller's subject (the plan in
:class:`~graphbuild.extract.statements.StatementBuilder`); an infinitive takes the subject of the nearest word above
it that has one, or the object of a verb of object control ("sent Kerry to negotiate") or of a gerund of reason
("praised Merkel for helping"); a speaker inverted after the quote ("…, writes Mr. X"); inside a direct quote, the
speaker's own country, government or "ich"/"wir" is the speaker, and "he"/"she" never is.

:class:`SourceRules` is one half of :class:`~graphbuild.extract.statements.StatementBuilder`, which inherits it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.builder_base import BuilderBase
from graphbuild.extract.clauses import (
    Clause,
    expand_conj,
    passive_verb,
    pp_parts,
)
from graphbuild.extract.language import LanguageRules
from graphbuild.extract.schemes import Role, role
from graphbuild.models import Actor
from graphbuild.resolve.actors import Resolution
from graphbuild.resolve.coordination import spread

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.statements import SentenceContext


class SourceRules(BuilderBase):
    """Finding the sources of statements; mixed into :class:`~graphbuild.extract.statements.StatementBuilder`."""

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
            patients = [c for c in current.children if role(c.dep_, self.scheme) is Role.PASS_SUBJ]
            if patients and role(below.dep_, self.scheme) is Role.XCOMP:
                # "Russia was asked to leave": the one the passive is about acts; "the lie was used to overthrow the
                # president": no one named does, not the one who said so
                return expand_conj(patients[0], self.scheme)
            if patients and role(below.dep_, self.scheme) is Role.CONJ:
                # "Mubarak was removed … and will go to the hospital", "was elected and led Germany": with an
                # auxiliary or an object of its own the conjunct is the patient's act; "the president would be
                # impeached or indicted/VBD" shares the passive, whose doer is not named
                own = any(role(c.dep_, self.scheme) in (Role.AUX, Role.OBJ) for c in below.children)
                return expand_conj(patients[0], self.scheme) if own else []
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
            if speaker is not None and found.actor.id == speaker.actor.id and head.pos_ == "PRON" and \
                    self.rules.pronoun_person(head.lower_) == 3 and ctx.speaker_at(head.idx) is not None:
                pairs.append((head, None))  # "“He has worked hard …,” Kirby said": not Kirby, who would say "I"
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


def _dateline(token: Token) -> bool:
    """The place a news item is filed from, opening its first sentence before a dash ("Jerusalem –",
    "WASHINGTON —")."""
    doc = token.doc
    return token.i == token.sent.start and token.i + 1 < len(doc) and doc[token.i + 1].text in ("–", "—", "-") and \
        token.pos_ == "PROPN"


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
