"""Clauses from a dependency parse, independent of the label scheme.

A :class:`Clause` gathers what extraction rules need about one lexical verb: its verb chain (auxiliaries,
modals), subjects, objects, prepositional phrases, clausal complements, negation, particle and voice. It hides
the structural differences between the schemes — TIGER heads a clause by its finite auxiliary and chains to the
lexical verb with ``oc`` and lets prepositions head their phrase; UD heads a clause by the lexical verb and
attaches prepositions as ``case`` — so rules can be written once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.extract.language import LanguageRules, rules_for
from graphbuild.extract.schemes import PREP_HEADED, PROPER_NOUN_TAGS, Role, role

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}
_EXCLUDE_FROM_NP = {Role.ACL, Role.ADVCL, Role.PARATAXIS, Role.CONJ, Role.CC, Role.PUNCT, Role.CCOMP,
                    Role.XCOMP, Role.APPOS}
#: dependents of a predicate noun (a word of the phrase with a copula) that belong to the clause around it: its
#: subject, copula and auxiliaries ("Among advisers communicating with Russian nationals were then-campaign chairman
#: Paul Manafort" with "Paul" or "chairman" the root: the advisers and their Russian contacts are not part of his
#: name's phrase)
_CLAUSE_OF_PREDICATE_NOUN = {Role.SUBJ, Role.PASS_SUBJ, Role.COP, Role.AUX, Role.AUX_PASS, Role.EXPL}


@dataclass
class Clause:
    """One lexical verb with its arguments (all tokens are syntactic heads of their phrases)."""

    verb: Token
    scheme: str
    chain: list[Token] = field(default_factory=list)
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    iobjects: list[Token] = field(default_factory=list)
    agents: list[Token] = field(default_factory=list)
    preps: list[tuple[str, Token]] = field(default_factory=list)
    ccomps: list[Token] = field(default_factory=list)
    xcomps: list[Token] = field(default_factory=list)
    particle: str | None = None
    negated: bool = False
    passive: bool = False
    reflexive: bool = False
    modals: list[str] = field(default_factory=list)
    #: nouns attached as ``obl`` without a preposition: objects the parser mislabelled, used when there is none
    bare_obliques: list[Token] = field(default_factory=list)
    lemma: str = ""
    lemmas: tuple[str, ...] = ()
    subjunctive: bool = False

    @property
    def tokens(self) -> list[Token]:
        return [self.verb, *self.chain]

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.idx + len(t) for t in self.tokens)


def expand_conj(token: Token, scheme: str) -> list[Token]:
    """``token`` plus its coordinated conjuncts (UD/ClearNLP ``conj``; TIGER ``cd`` → ``cj``)."""
    out = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            r = role(child.dep_, scheme)
            if r is Role.CONJ and child.pos_ in NOMINAL | {"ADJ"}:
                out.append(child)
                stack.append(child)
            elif r is Role.CC:
                for grandchild in child.children:
                    if role(grandchild.dep_, scheme) is Role.CONJ:
                        out.append(grandchild)
                        stack.append(grandchild)
    return sorted(set(out), key=lambda t: t.i)


def np_span(token: Token, scheme: str) -> Span:
    """The noun phrase headed by ``token`` without relative clauses, conjuncts and edge punctuation."""
    doc = token.doc
    keep = {token.i}
    stack = [token]
    while stack:
        current = stack.pop()
        predicate = any(role(c.dep_, scheme) is Role.COP for c in current.children)
        for child in current.children:
            r = role(child.dep_, scheme)
            if r in _EXCLUDE_FROM_NP or child.is_space or (current is token and r is Role.CASE) or (
                    predicate and r in _CLAUSE_OF_PREDICATE_NOUN):
                continue
            if child.pos_ in {"VERB", "AUX"} and r not in {Role.AMOD, Role.PREP_OBJ}:
                continue
            keep.add(child.i)
            stack.append(child)
    start, end = min(keep), max(keep) + 1
    while end - start > 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while end - start > 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def pp_parts(child: Token, scheme: str) -> tuple[str, Token] | None:
    """For a PP-like dependent of a verb or noun, return (preposition lemma, head noun), else ``None``."""
    if PREP_HEADED[scheme] and child.pos_ == "ADP":
        for grandchild in child.children:
            if role(grandchild.dep_, scheme) is Role.PREP_OBJ and grandchild.pos_ in NOMINAL | {"ADJ", "DET"}:
                return child.lower_, grandchild
        return None
    if child.pos_ in NOMINAL or _mistagged_name(child) or _nominal_adjective(child, scheme):
        for grandchild in child.children:
            if (role(grandchild.dep_, scheme) is Role.CASE or grandchild.dep_ == "case") and not _possessive_clitic(
                    grandchild):
                return grandchild.lower_, child
    return None


POSSESSIVE_CLITICS = frozenset({"'s", "'", "’s", "’"})


def marks_possessor(token: Token, scheme: str) -> bool:
    """``token`` is the possessor of its head: a possessive relation, or a possessive clitic after it ("the president
    's decision"; not "Syria 's/minister", where the parser hung the clitic on the noun after it)."""
    return role(token.dep_, scheme) is Role.POSS or any(c.lower_ in POSSESSIVE_CLITICS and c.i > token.i
                                                        for c in token.children)


def _possessive_clitic(token: Token) -> bool:
    """The "'s" of "Obama 's visit", which UD and ClearNLP attach as ``case`` of the possessor: no preposition."""
    return token.tag_ == "POS" or token.lower_ in POSSESSIVE_CLITICS


#: how many words before a relative clause its antecedent may stand when the parser hung the clause on a verb
RELATIVE_REACH = 6


def _relative_antecedent(pronoun: Token, verb: Token) -> Token:
    """The noun a relative pronoun stands for: the one the relative clause modifies, or, where the parser hung the
    clause on a verb ("vom Nominierungskomitee vorgeschlagen, das von SPÖ und ÖVP besetzt wurde"), the nearest
    noun before the comma that opens it, when its gender and number agree with the pronoun's."""
    if verb.head.pos_ in NOMINAL or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
        return verb.head

    def agrees(noun: Token) -> bool:
        return all(not pronoun.morph.get(f) or not noun.morph.get(f) or pronoun.morph.get(f) == noun.morph.get(f)
                   for f in ("Gender", "Number"))

    start = max(pronoun.sent.start, pronoun.i - 1 - RELATIVE_REACH)
    for token in reversed(pronoun.doc[start:pronoun.i - 1]):
        if token.pos_ in {"NOUN", "PROPN"}:  # the nearest noun, past a final verb, or nothing
            return token if agrees(token) else verb.head
    return verb.head


def _nominal_adjective(token: Token, scheme: str) -> bool:
    """An adjective used as a noun with a preposition of its own ("an attack on every American", "help for the
    poor"): the parser makes it a nominal dependent, so it heads a PP like a noun."""
    return token.pos_ == "ADJ" and role(token.dep_, scheme) in (Role.NMOD, Role.OBL)


def _mistagged_name(token: Token) -> bool:
    """A name the tagger called an adjective ('with Zimbabwe/ADJ'): the NER or the fine tag still says it is one."""
    return token.pos_ == "ADJ" and (bool(token.ent_type_) or token.tag_ in PROPER_NOUN_TAGS)


def _is_chain_head(token: Token, rules: LanguageRules) -> bool:
    return token.lemma_.lower() in rules.auxiliaries or token.lemma_.lower() in rules.modals


def _ends_clause(token: Token) -> bool:
    """Nothing but punctuation follows ``token`` up to the end of its sentence or the next comma."""
    for nxt in token.doc[token.i + 1:token.sent.end]:
        if nxt.is_space:
            continue
        return nxt.is_punct
    return True


def _agents_under_adverb(adverb: Token, scheme: str, rules: LanguageRules) -> list[Token]:
    """The nouns of an agent phrase the parser hung on an adverb of the verb instead of the verb itself."""
    nouns: list[Token] = []
    for child in adverb.children:
        r = role(child.dep_, scheme)
        parts = pp_parts(child, scheme) if r in (Role.AGENT, Role.OBL, Role.NMOD) else None
        if parts is not None and parts[0] in rules.agent_preps:  # not "bei X" labelled an agent
            nouns.extend(expand_conj(parts[1], scheme))
    return nouns


def _collect(clause: Clause, head: Token, rules: LanguageRules) -> None:
    """Collect arguments from the children of one token of the verb chain."""
    scheme = clause.scheme
    particle_tags = rules.word_set("particle_tags")
    for child in head.children:
        r = role(child.dep_, scheme)
        lower = child.lower_
        if (r is Role.PRT or child.tag_ in particle_tags) and _closes_circumposition(child, scheme, rules):
            continue  # "kamen zu einem Einsatz von Beginn an": "an" closes "von Beginn an", kommen is no ankommen
        if child.tag_ in particle_tags and child.i > head.i and r is not Role.PRT:
            # "Sony gab bekannt" with the separated particle (PTKVZ) attached as `mark`: still bekanntgeben
            clause.particle = lower
            continue
        if head.pos_ == "VERB" and lower in rules.word_set("particles_written_apart") and (
                child.i == head.i - 1 or child.i > head.i and _ends_clause(child)):
            # "wie die Polizei bekannt gab" (verb-final, the particle written apart) and "gab die Entscheidung …
            # bekannt" with the particle tagged as an adjective: still bekanntgeben
            clause.particle = lower
            continue
        if r is Role.SUBJ:
            clause.subjects.extend(expand_conj(child, scheme))
        elif r is Role.PASS_SUBJ:
            clause.passive = True
            clause.objects.extend(expand_conj(child, scheme))
        elif r is Role.AGENT:
            parts = pp_parts(child, scheme)
            if parts and parts[0] not in rules.agent_preps:
                # "wie bei Strache abgelehnt" labelled an agent: "bei" names no doer, it is a PP like any other
                clause.preps.extend((parts[0], n) for n in expand_conj(parts[1], scheme))
                continue
            noun = parts[1] if parts else child
            clause.agents.extend(expand_conj(noun, scheme))
        elif r is Role.OBJ:
            # (not one whose "preposition" is tagged a verb particle: "shooting down/RP our airplanes")
            parts = pp_parts(child, scheme) if child.pos_ in {"NOUN", "PROPN"} and not any(
                c.tag_ in rules.word_set("particle_tags") for c in child.children if c.i < child.i) else None
            if child.pos_ == "PRON" and child.lemma_.lower() in rules.reflexives:
                clause.reflexive = True
            elif child.pos_ in {"VERB", "AUX"}:
                clause.ccomps.append(child)
            elif parts is not None:  # "fighting alongside/case his troops/obj": a PP the parser called an object
                clause.preps.extend((parts[0], n) for n in expand_conj(parts[1], scheme))
            elif any(ch.isalnum() for ch in child.text):  # not a stray "-" of "co-chairman" hung on the verb
                clause.objects.extend(expand_conj(child, scheme))
        elif r is Role.IOBJ:
            if child.pos_ == "PRON" and child.lemma_.lower() in rules.reflexives:
                clause.reflexive = True
            else:
                clause.iobjects.extend(expand_conj(child, scheme))
        elif r is Role.EXPL:
            if lower in rules.reflexives or child.lemma_.lower() in rules.reflexives:
                clause.reflexive = True
        elif r in (Role.OBL, Role.NMOD):
            if child.pos_ in {"VERB", "AUX"}:
                continue
            parts = pp_parts(child, scheme)
            if parts:
                prep, noun = parts
                nouns = expand_conj(noun, scheme)
                if prep in rules.agent_preps and clause.passive:
                    clause.agents.extend(nouns)
                else:
                    clause.preps.extend((prep, n) for n in nouns)
                    clause.preps.extend(_lifted_from_time(noun, scheme, rules))
            elif child.pos_ == "ADV" and lower in rules.pronominal_adverbs:
                clause.preps.append((rules.pronominal_adverbs[lower], child))
            elif child.pos_ == "PRON" and lower in rules.negative_pronouns:
                clause.negated = True
            elif child.pos_ in {"NOUN", "PROPN"} and r is Role.OBL and not any(
                    role(c.dep_, scheme) is Role.CASE or c.lower_ in rules.word_set("attribution_adverbs")
                    for c in child.children):
                clause.bare_obliques.append(child)  # not the source of ", so der Landeshauptmann"
            if is_negation(child, rules):
                clause.negated = True
        elif r is Role.NEG:
            # a word labelled negation negates, unless it is a listed one that focuses ("nicht nur")
            if lower not in rules.negations or is_negation(child, rules):
                clause.negated = True
        elif r is Role.ADVMOD:
            if is_negation(child, rules):
                clause.negated = True
            elif lower in rules.pronominal_adverbs:
                clause.preps.append((rules.pronominal_adverbs[lower], child))
            elif clause.passive:  # "was criticized earlier by the United States", the by-phrase hung on the adverb
                clause.agents.extend(_agents_under_adverb(child, scheme, rules))
        elif r is Role.PRT:
            if child.pos_ == "PART" and is_negation(child, rules):
                clause.negated = True
            elif child.pos_ in {"ADP", "PART", "ADV", "ADJ", "X"} and len(lower) <= 10:
                clause.particle = lower
        elif r in (Role.AUX, Role.AUX_PASS):
            if is_negation(child, rules):  # "did n't clash" with "n't" labelled aux
                clause.negated = True
                continue
            if any(is_negation(g, rules) for g in child.children):
                clause.negated = True  # "does not, and never will, accept": the negation hung on the auxiliary
            clause.chain.append(child)
            if r is Role.AUX_PASS or (
                child.lemma_.lower() in rules.passive_auxiliaries and _participle(head, rules)
            ):
                clause.passive = True
            lemma = child.lemma_.lower()
            if lemma in rules.modals or (lemma in rules.modality and not _participle(head, rules)):
                clause.modals.append(lemma)
            if "Sub" in child.morph.get("Mood"):
                clause.subjunctive = True
        elif r is Role.CCOMP:
            clause.ccomps.append(child)
        elif r is Role.XCOMP:
            clause.xcomps.append(child)
        elif r is Role.CHAIN and scheme == "tiger":
            if child.pos_ in {"VERB", "AUX"} and not _is_zu_infinitive(child, scheme, rules) and not any(
                role(c.dep_, scheme) is Role.MARK for c in child.children
            ):
                continue  # followed separately by build_clause
            (clause.xcomps if _is_zu_infinitive(child, scheme, rules) else clause.ccomps).append(child)
        if r is not Role.SUBJ and child.pos_ == "DET" and lower in rules.negative_determiners:
            clause.negated = True
    for arg in head.children:  # "von keinem Land Zumutungen akzeptieren": "kein" anywhere in an argument phrase
        if role(arg.dep_, scheme) in (Role.OBJ, Role.IOBJ, Role.OBL, Role.PASS_SUBJ) and _has_negative_determiner(
                arg, rules):
            clause.negated = True


def is_negation(token: Token, rules: LanguageRules) -> bool:
    """``token`` negates what it hangs on: a negation word, not one that focuses ("not only", "nicht nur":
    ``focus_particles``) or offers an alternative ("whether or not": ``alternative_marks``)."""
    if token.lower_ not in rules.negations:
        return False
    doc = token.doc
    focused = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in rules.word_set("focus_particles")
    # (the alternative mark right before it or one word further: "oder eben nicht", "or maybe not")
    alternative = any(doc[k].lower_ in rules.word_set("alternative_marks") for k in range(max(0, token.i - 2), token.i))
    return not focused and not alternative


def _participle(verb: Token, rules: LanguageRules) -> bool:
    """A past participle under an auxiliary: tagged as one, or (with ``infinitive_endings``) a verb the tagger gave
    no verb tag at all that does not end like an infinitive ("wird … bestürmt/PTKVZ": passive, not future)."""
    if verb.tag_ in rules.participle_tags:
        return True
    endings = tuple(rules.word_set("infinitive_endings"))
    return bool(endings) and verb.pos_ == "VERB" and not verb.tag_.startswith(
        tuple(rules.word_set("verb_tag_prefixes"))) and not verb.lower_.endswith(endings)


def passive_verb(verb: Token, scheme: str, rules: LanguageRules) -> bool:
    """``verb`` is passive: a passive auxiliary, or "werden" / "be" over a participle ("wurde gedrängt")."""
    return any(role(c.dep_, scheme) is Role.AUX_PASS or role(c.dep_, scheme) is Role.AUX and c.lemma_.lower() in
               rules.passive_auxiliaries and _participle(verb, rules) for c in verb.children)


def _closes_circumposition(particle: Token, scheme: str, rules: LanguageRules) -> bool:
    """A "particle" right after a PP of time whose preposition it completes (``circumpositions``: "von Beginn an",
    "von Anfang an", "vom ersten Tag an"); the PP's noun is a time (``temporal_nouns``, ``circumposition_nouns``)."""
    opening = rules.extra.get("circumpositions", {}) or {}
    if particle.lower_ not in opening or particle.i == 0:
        return False
    noun = particle.doc[particle.i - 1]
    if noun.lower_ not in rules.word_set("temporal_nouns") | rules.word_set("circumposition_nouns"):
        return False
    return any(role(c.dep_, scheme) is Role.CASE and c.lower_ in opening[particle.lower_] for c in noun.children) or \
        noun.head.lower_ in opening[particle.lower_] and noun.head.i < noun.i


def _lifted_from_time(noun: Token, scheme: str, rules: LanguageRules) -> list[tuple[str, Token]]:
    """PPs the parser hung on a time that belong to the verb ("gave a warm welcome on Thursday | to de Klerk",
    "launched a mediation effort on Saturday | between the Emirates and Saudi Arabia"); a time's own complement
    ("on the day of the vote") stays."""
    if noun.lower_ not in rules.word_set("temporal_nouns"):
        return []
    own = rules.word_set("temporal_complement_preps")
    out: list[tuple[str, Token]] = []
    for child in noun.children:
        if child.i > noun.i and role(child.dep_, scheme) in (Role.OBL, Role.NMOD) and (
                parts := pp_parts(child, scheme)) and parts[0] not in own:
            out.extend((parts[0], n) for n in expand_conj(parts[1], scheme))
    return out


def _repair_double_subject(clause: Clause, nominative: frozenset[str] = frozenset()) -> None:
    """German V2: "Mexiko kritisiert die USA" parsed with two subjects. Uncoordinated subjects after the finite verb
    are the object when another subject stands before it, unless one of them is a pronoun that is only ever
    nominative (``nominative``: "man", "er", "wir")."""
    scheme = clause.scheme
    groups: list[list[Token]] = []
    for subject in sorted(clause.subjects, key=lambda t: t.i):
        if any(subject.i in {t.i for t in expand_conj(g[0], scheme)} for g in groups):
            continue
        groups.append(expand_conj(subject, scheme))
    finite = min(t.i for t in clause.tokens)
    before = [g for g in groups if g[0].i < finite]
    after = [g for g in groups if g[0].i > finite]
    if len(groups) < 2 or not before or not after:
        return
    if nominative and any(g[0].lower_ in nominative for g in after):
        # "Auch Österreich muss man den Vorwurf machen": a pronoun that is only ever nominative is the subject, and
        # the noun before the verb a fronted (dative or accusative) object
        before, after = after, before
    clause.subjects = [t for g in before for t in g]
    clause.objects = [t for g in after for t in g] + clause.objects


def _repair_stray_passive(clause: Clause, rules: LanguageRules) -> None:
    """A passive whose auxiliary the parser hung elsewhere: "Seit Oktober wurden bei … Angriffen von Palästinensern
    24 Israelis … getötet" with *wurden* a determiner of *Angriffen* and *Israelis* the participle's subject. A finite
    passive auxiliary before a participle that has no auxiliary of its own, with no other participle between them
    and no clause of its own, makes the clause passive: its "subjects" are the patients."""
    verb = clause.verb
    if clause.chain or verb.tag_ not in rules.participle_tags:
        return
    sent = verb.sent
    for aux in sent:
        if aux.i >= verb.i:
            return
        if aux.lemma_.lower() not in rules.passive_auxiliaries or not (
                "Fin" in aux.morph.get("VerbForm") or aux.tag_.endswith("FIN")):
            continue
        if aux.dep_ == "ROOT" or aux.head.pos_ in {"VERB", "AUX"} and aux.head.i != verb.i or any(
                role(c.dep_, clause.scheme) is Role.SUBJ for c in aux.children):
            continue  # the auxiliary heads or serves a clause of its own
        if any(t.tag_ in rules.participle_tags or t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm")
               for t in sent.doc[aux.i + 1:verb.i]):
            continue
        _subjects_are_patients(clause)
        return


def _repair_stative_passive(clause: Clause, rules: LanguageRules) -> None:
    """German "sein" + participle of a verb that forms its perfect with "haben" is a state of the patient
    (Zustandspassiv): "Die Innenministerin sei gefordert", "Er ist der JVP verpflichtet", "ist auf das Wohlwollen
    … angewiesen". Verbs that form their perfect with "sein" ("ist zurückgetreten", "sind einmarschiert") are
    listed in ``sein_perfect_verbs`` and stay active."""
    verb = clause.verb
    auxiliaries = rules.word_set("stative_passive_auxiliaries")
    if clause.passive or not auxiliaries or verb.tag_ not in rules.participle_tags:
        return
    lemmas = [c.lemma_.lower() for c in clause.chain]
    if not any(lemma in auxiliaries for lemma in lemmas) or any(
            lemma in rules.passive_auxiliaries or lemma in rules.word_set("perfect_auxiliaries") for lemma in lemmas):
        return
    sein_verbs = rules.word_set("sein_perfect_verbs")
    if any(lemma == v or lemma.endswith(v) for lemma in clause.lemmas for v in sein_verbs):
        return
    _subjects_are_patients(clause)


def _subjects_are_patients(clause: Clause) -> None:
    """Make ``clause`` a passive whose parsed "subjects" are its patients (objects), with no agent named."""
    clause.passive = True
    clause.objects = clause.subjects + clause.objects
    clause.subjects = []


def _repair_inverted_subject(clause: Clause) -> None:
    """German OVS parsed as SVO: "Die katholische Kirche Kubas lobte der Papst", "Ein Aushöhlen der Grundrechte
    befürchten die Rechtsanwälte". The noun after the finite verb is the subject when the verb agrees in number with
    it and not with the fronted one, or when a masculine nominative article marks it ("der Papst") and nothing marks
    the fronted noun as nominative masculine."""
    (subject,) = clause.subjects
    finite = next((t for t in sorted(clause.tokens, key=lambda t: t.i)
                   if "Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN")), None)
    if finite is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return
    if subject.i > finite.i:
        _repair_fronted_subject(clause, subject, finite)
        return
    if clause.verb.morph.get("VerbForm") == ["Part"] and finite.lemma_.lower() in ("sein", "werden"):
        return  # "… sind zwei Palästinenser getötet worden": a passive the parser missed, not OVS
    for obj in clause.objects:
        if obj.i < finite.i or obj.pos_ not in {"NOUN", "PROPN"} or len(expand_conj(obj, clause.scheme)) > 1 or \
                not _bare_argument(obj, clause.scheme):
            continue
        verb_number, subj_number, obj_number = (t.morph.get("Number") for t in (finite, subject, obj))
        agrees = bool(verb_number and subj_number and obj_number) and subj_number != verb_number and \
            obj_number == verb_number
        if agrees or (_masculine_nominative(obj) and not _masculine_nominative(subject)
                      and "Masc" not in subject.morph.get("Gender")):
            clause.subjects = [obj]
            clause.objects = [subject if t.i == obj.i else t for t in clause.objects]
            return


def _repair_fronted_subject(clause: Clause, subject: Token, finite: Token) -> None:
    """German SVO parsed as OVS: "Der US-Außenminister kritisierte Merkel" with *Merkel* the subject and the fronted
    noun a dative. A bare name after the finite verb (no article to mark its case) is the object when a masculine
    nominative article marks the noun before the verb ("der", "ein") and that noun is no feminine form in -in."""
    if subject.pos_ != "PROPN" or any(c.pos_ == "DET" for c in subject.children) or len(
            expand_conj(subject, clause.scheme)) > 1:
        return
    for obj in clause.objects:
        if obj.i > finite.i or obj.pos_ != "NOUN" or obj.lower_.endswith(("in", "innen")) or \
                not _bare_argument(obj, clause.scheme) or not _masculine_nominative(obj):
            continue
        clause.subjects = [obj]
        clause.objects = [subject if t.i == obj.i else t for t in clause.objects]
        return


def _bare_argument(noun: Token, scheme: str) -> bool:
    """``noun`` is an object or an argument oblique ("obl:arg", which a dative or a misread nominative gets) without a
    preposition."""
    return (role(noun.dep_, scheme) is Role.OBJ or noun.dep_ == "obl:arg") and not any(
        role(c.dep_, scheme) is Role.CASE for c in noun.children)


def _masculine_nominative(noun: Token) -> bool:
    """A masculine singular article in the nominative before ``noun`` ("der Papst", "ein Minister")."""
    return any(c.pos_ == "DET" and c.lower_ in ("der", "ein", "kein") and "Masc" in c.morph.get("Gender") and
               "Nom" in c.morph.get("Case") and "Masc" in noun.morph.get("Gender") for c in noun.children)


_CLAUSE_DEPS = ("ROOT", "ccomp", "parataxis")


def _repair_finite_acl(clause: Clause, rules: LanguageRules) -> None:
    """English main verb parsed as a clause modifying the sentence's first noun ("Thousands of Mexicans protested
    against Trump" with *protested* an ``acl`` of the root *Thousands*): a finite past/present form cannot be a
    reduced relative, so the noun it hangs on is its subject."""
    verb = clause.verb
    head = verb.head
    if role(head.dep_, clause.scheme) is Role.CONJ and head.head.dep_ in _CLAUSE_DEPS:
        head = head.head  # "Laurent Fabius and a group of deputies held talks" with *held* hung on *group*
    # the noun is the sentence's root, or the clause a later verb reports ("Israeli tanks fired …, witnesses said")
    if verb.dep_ != "acl" or head.dep_ not in _CLAUSE_DEPS or head.i > verb.i or head.pos_ not in {
            "NOUN", "PROPN", "PRON"}:
        return
    only_verb = not any(t.pos_ in {"VERB", "AUX"} and t.i != verb.i for t in verb.sent)
    finite = verb.tag_ in rules.word_set("finite_acl_tags")
    # a past participle is a main verb only when the sentence has no other verb at all (the tagger confuses
    # VBD/VBN, and a full sentence needs a finite verb somewhere) or when it has a direct object of its own, which
    # a reduced passive relative ("the talks held in Geneva") cannot have
    participle = verb.tag_ in rules.participle_tags and bool(rules.word_set("finite_acl_tags"))
    if finite or participle and (only_verb or _active_participle(verb, clause.scheme)):
        clause.subjects = expand_conj(head, clause.scheme)


def clause_opening_conjunct(noun: Token, scheme: str, rules: LanguageRules) -> Token | None:
    """The verb of a coordinated clause the parser read as a coordinated noun ("Mexico rejected the measures, and
    the European Union protested against them" with *Union* a conjunct of *measures* and *protested* a modifier of
    it), or None. English only (``finite_acl_tags``): after ", and" the conjunct is the subject of the verb right
    after it when the verb is finite, or a participle with no auxiliary and no by-agent (a reduced passive
    relative names its agent or nothing)."""
    if not rules.word_set("finite_acl_tags") or role(noun.dep_, scheme) is not Role.CONJ or noun.pos_ not in {
            "NOUN", "PROPN"}:
        return None
    doc = noun.doc
    cc = [c for c in noun.children if role(c.dep_, scheme) is Role.CC and c.i < noun.i]
    if not cc or cc[0].i == 0 or doc[cc[0].i - 1].text != "," or cc[0].lower_ not in rules.extra.get(
            "coordinators", ()):
        return None
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.i < noun.i or any(
                t.pos_ != "ADV" for t in doc[noun.i + 1:verb.i]):
            continue
        passive = any(role(c.dep_, scheme) in (Role.AUX, Role.AUX_PASS, Role.AGENT) for c in verb.children) or any(
            t.lower_ in rules.agent_preps for t in verb.subtree)
        if verb.tag_ in rules.word_set("finite_acl_tags") or verb.tag_ in rules.participle_tags and not passive:
            return verb
    return None


def noun_conjuncts(token: Token, scheme: str, rules: LanguageRules) -> list[Token]:
    """``expand_conj`` without conjuncts that open a clause of their own (``clause_opening_conjunct``)."""
    return [t for t in expand_conj(token, scheme) if clause_opening_conjunct(t, scheme, rules) is None]


def _finite_or_active(verb: Token, scheme: str, rules: LanguageRules) -> bool:
    """An English finite verb form, or a participle with an object of its own (which a passive cannot have)."""
    return verb.tag_ in rules.word_set("finite_acl_tags") or verb.tag_ in rules.participle_tags and \
        _active_participle(verb, scheme)


def _active_participle(verb: Token, scheme: str) -> bool:
    """A participle with a direct object and no auxiliary ("… held talks with"): a finite verb the tagger read as a
    participle, since a passive participle takes no object."""
    kids = [role(c.dep_, scheme) for c in verb.children]
    return Role.OBJ in kids and Role.AUX not in kids and Role.AUX_PASS not in kids and not any(
        c.dep_ == "mark" or c.lower_ == "to" for c in verb.children)


def _repair_orphan_subject(clause: Clause, rules: LanguageRules) -> None:
    """English main verb hung below a later verb, leaving the sentence's first noun phrase as a verbless root
    ("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov | today signed a treaty …, the BTA
    reported" with *signed* an ``advcl`` of *reported*): that noun phrase, ending right before the verb with at most
    a time or an adverb between, is its subject."""
    verb = clause.verb
    root = verb.sent.root
    if not rules.word_set("finite_acl_tags") or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i or \
            verb.dep_ not in ("advcl", "ccomp", "parataxis", "acl") or not _finite_or_active(verb, clause.scheme, rules):
        return
    ends = max(t.i for c in expand_conj(root, clause.scheme) for t in c.subtree if not verb.is_ancestor(t) and t != verb)
    temporal = rules.word_set("temporal_nouns")
    if ends >= verb.i or any(t.lower_ not in temporal and t.pos_ != "ADV" for t in verb.doc[ends + 1:verb.i]):
        return
    clause.subjects = expand_conj(root, clause.scheme)


def _repair_split_subject(clause: Clause, rules: LanguageRules) -> None:
    """Subject cut off by a sentence split before the verb ("Zimbabwean Prime Minister Robert Mugabe | today
    accused the United States …", parsed as two sentences): a verbless phrase that does not end a sentence, right
    before a root verb without subject with only a time or an adverb between (what made the parser split), is its
    subject."""
    from graphbuild.nlp.components import SENTENCE_END

    verb = clause.verb
    doc, start = verb.doc, verb.sent.start
    # the verb is the sentence's root, or hung below a later one ("… Todor Zhivkov | today signed a treaty …, the
    # BTA reported")
    main = role(verb.dep_, clause.scheme) is Role.ROOT or verb.dep_ in ("advcl", "ccomp", "parataxis") and \
        _finite_or_active(verb, clause.scheme, rules)
    glued = start
    while glued < verb.i and glued > 0 and not doc[glued - 1].whitespace_:
        glued += 1  # "Mohammad Zia-Ul- | Haq today rejected": the parser split inside a hyphenated name
    if not main or start == 0 or verb.i == start or any(
            t.lower_ not in rules.word_set("temporal_nouns") and t.pos_ != "ADV" for t in doc[glued:verb.i]):
        return
    before = doc[start - 1].sent
    last = doc[before.end - 1]
    if "\n" in last.whitespace_ or SENTENCE_END.search(last.text) or before.root.pos_ not in {"NOUN", "PROPN"} or any(
            t.pos_ in {"VERB", "AUX"} for t in before):
        return
    clause.subjects = expand_conj(before.root, clause.scheme)


def _repair_fronted_phrase_subject(clause: Clause, rules: LanguageRules) -> None:
    """English main verb whose subject the parser hung inside a fronted phrase ("Since giving the order for
    airstrikes last August, Obama repeatedly promised …" with *Obama* an apposition of *August*): a noun right after
    the comma that ends the phrase, right before the finite verb (adverbs between), is its subject."""
    verb = clause.verb
    if verb.tag_ not in rules.word_set("finite_acl_tags") or role(verb.dep_, clause.scheme) is not Role.ROOT:
        return
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ == "ADV":
        i -= 1
    noun = doc[i]
    start = min((c.left_edge.i for c in noun.lefts if not c.is_punct), default=noun.i)  # "the US president"
    while start > verb.sent.start and role(doc[start - 1].dep_, clause.scheme) in (Role.NAME, Role.COMPOUND) and \
            doc[start - 1].head.i == noun.i:
        start -= 1
    if noun.pos_ not in {"PROPN", "NOUN"} or noun.is_ancestor(verb) or i == verb.i or start <= verb.sent.start or \
            doc[start - 1].text != "," or role(noun.dep_, clause.scheme) in (Role.SUBJ, Role.OBJ):
        return
    clause.subjects = [noun]


def _repair_subordinate_subject(clause: Clause, rules: LanguageRules) -> None:
    """English finite verb right after a noun the parser read as the object of a preposition that also opens
    clauses ("She was speaking after President Trump | warned China", "The talks ended after Trump | criticised
    China": *Trump* the object of "after", *warned* a conjunct of *speaking*): that noun is its subject
    (``subordinating_preps``), not the subject of the clause before."""
    verb = clause.verb
    preps = rules.word_set("subordinating_preps")
    if not preps or not _finite_or_active(verb, clause.scheme, rules) or verb.i <= verb.sent.start:
        return
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in rules.word_set("temporal_nouns") or \
            noun.is_ancestor(verb) and role(verb.dep_, clause.scheme) is not Role.ACL:
        return
    parts = pp_parts(noun.head if PREP_HEADED[clause.scheme] else noun, clause.scheme)
    if parts is not None and parts[0] in preps and parts[1] == noun:
        clause.subjects = [noun]


def _repair_nominal_xcomp(clause: Clause, rules: LanguageRules) -> None:
    """A noun the parser hung on a transitive verb as an open complement is its object ("rejected Thursday a United
    Nations appeal" with *appeal* an xcomp). Verbs that take a predicative noun ("became president",
    ``copular_verbs``) and complements with a copula, marker or preposition of their own keep it a complement, as do
    nouns set off by punctuation (", a Jordanian official confirmed": the reporter, not the object)."""
    verb = clause.verb
    if verb.pos_ != "VERB" or verb.lemma_.lower() in rules.word_set("copular_verbs"):
        return
    doc = verb.doc
    nominal = [x for x in clause.xcomps if x.pos_ in {"NOUN", "PROPN"} and x.i > verb.i and not any(
        role(c.dep_, clause.scheme) in (Role.COP, Role.MARK, Role.CASE) for c in x.children) and not any(
        t.is_punct for t in doc[verb.i + 1:x.left_edge.i])]
    if nominal:
        clause.objects = [t for x in nominal for t in expand_conj(x, clause.scheme)]
        clause.xcomps = [x for x in clause.xcomps if x not in nominal]


def _repair_modifier_verb(clause: Clause, rules: LanguageRules) -> None:
    """English main verb with its subject parsed as a modifier of the noun after it ("Macron praised Germany" with
    *praised* an ``amod`` of the root *Germany*): a verb with a subject of its own modifies nothing, the noun is its
    object. Only when the sentence has no other verb (the tagger confuses VBD and VBN)."""
    verb, head = clause.verb, clause.verb.head
    if verb.dep_ not in ("amod", "acl") or head.dep_ != "ROOT" or head.i < verb.i or head.pos_ not in {
            "NOUN", "PROPN"} or not rules.word_set("finite_acl_tags"):
        return
    if any(t.pos_ in {"VERB", "AUX"} and t.i != verb.i for t in verb.sent):
        return
    if head.lower_ in rules.word_set("temporal_nouns"):
        # "The Israeli army lifted Friday a day-old blockade" with *blockade* hung on the weekday: when it happened
        # is no object, the noun after it is
        head = next((c for c in head.children if c.i > head.i and c.pos_ in {"NOUN", "PROPN"} and role(
            c.dep_, clause.scheme) in (Role.APPOS, Role.OBJ, Role.NMOD, Role.COMPOUND, Role.OTHER)), None)
        if head is None:
            return
    clause.objects = expand_conj(head, clause.scheme)


#: the only roles a verb-final conjunct's own words may have for it to share the earlier verb's objects
_SHARING_GAP = (Role.CC, Role.ADVMOD, Role.PUNCT)


def _verb_conjuncts(verb: Token, scheme: str) -> list[Token]:
    """Verbs coordinated with ``verb``: its conjuncts (UD) or those of its conjunction (TIGER "und" → cj)."""
    out: list[Token] = []
    for child in verb.children:
        r = role(child.dep_, scheme)
        if r is Role.CONJ and child.pos_ == "VERB":
            out.append(child)
        elif r is Role.CC:
            out.extend(g for g in child.children if role(g.dep_, scheme) is Role.CONJ and g.pos_ == "VERB")
    return out


def _only_gap(first: Token, second: Token, scheme: str) -> bool:
    """Between two verbs of the same form stands a coordinating conjunction and, besides, only commas and the second
    verb's adverbs ("condemned and then rejected"; not "acted wrongly or abused", "reported, citing")."""
    doc = first.doc
    between = doc[first.i + 1:second.i]
    return first.tag_ == second.tag_ and any(role(t.dep_, scheme) is Role.CC for t in between) and all(
        role(t.dep_, scheme) is Role.CC or t.is_punct or role(t.dep_, scheme) is Role.ADVMOD and t.head.i == second.i
        for t in between)


def _direct_objects(verb: Token, scheme: str) -> list[Token]:
    return [t for c in verb.children if role(c.dep_, scheme) is Role.OBJ and c.pos_ not in {"VERB", "AUX", "PRON"}
            for t in expand_conj(c, scheme)]


def shared_objects(verb: Token, scheme: str) -> list[Token]:
    """The direct objects a verb without its own shares with a coordinated verb: the next verb's, when nothing but a
    conjunction or an adverb stands between them ("Russia condemned and rejected the strikes", "Mexiko kritisierte
    und verurteilte die Politik"); in a verb-final clause the earlier verb's, when they stand before it ("weil
    Mexiko die Politik kritisierte und verurteilte"). Not past anything of the verb's own ("arrived in Paris and
    met Macron"), and not a pronoun ("criticised and rejected it" parses the same either way; it names nobody)."""
    later = [c for c in _verb_conjuncts(verb, scheme) if c.i > verb.i]
    if later and _only_gap(verb, later[0], scheme):
        return [t for t in _direct_objects(later[0], scheme) if t.i > later[0].i]
    head = verb.head
    if role(head.dep_, scheme) is Role.CC and role(verb.dep_, scheme) is Role.CONJ:
        head = head.head  # TIGER: "kritisierte und/cd verurteilte/cj"
    if head.i < verb.i and role(verb.dep_, scheme) is Role.CONJ and head.pos_ == "VERB" and all(
            role(c.dep_, scheme) in _SHARING_GAP for c in verb.children) and _only_gap(head, verb, scheme):
        own = _direct_objects(head, scheme)
        if own and all(t.i < head.i for t in own):
            return own
    return []


def misparsed_perfect(have: Token, scheme: str, rules: LanguageRules) -> Token | None:
    """The participle of a perfect the parser read as possession ("Ethiopia has broken relations with Libya" with
    *has* the verb, *relations* its object and *broken* an ``amod`` of relations), or None.

    Only when nothing but adverbs stands between the auxiliary and the participle: "has a changed culture", "has
    more than 40 paid staff" are possession."""
    if have.lemma_.lower() not in rules.word_set("perfect_auxiliaries"):
        return None
    doc = have.doc
    for obj in have.children:
        if role(obj.dep_, scheme) is not Role.OBJ:
            continue
        for mod in obj.children:
            if role(mod.dep_, scheme) is Role.AMOD and mod.tag_ in rules.participle_tags and have.i < mod.i < obj.i \
                    and all(t.pos_ in {"ADV", "PART"} for t in doc[have.i + 1:mod.i]):
                return mod
    return None


#: hyphens that join words ("no-deal", "Kim Il-sung", "Bundesliga-Spitzenreiter" split by a tokenizer)
HYPHENS = frozenset({"-", "‐", "‑"})


def hyphen_joined(token: Token) -> bool:
    """``token`` is joined to the word after it by a hyphen without spaces ("no-deal", "anti-tank")."""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in HYPHENS and \
        not doc[token.i + 1].whitespace_


def _has_negative_determiner(token: Token, rules: LanguageRules) -> bool:
    """A negative determiner anywhere in the phrase ``token`` heads, not one hyphenated into a compound modifier
    ("block a no-deal divorce", "a no-fly zone": no negation)."""
    stack = [token]
    while stack:
        current = stack.pop()
        if current.lower_ in rules.negative_determiners and current.pos_ in {"DET", "PRON"} and \
                not hyphen_joined(current):
            return True
        stack.extend(c for c in current.children if c.pos_ not in {"VERB", "AUX"})
    return False


def _is_zu_infinitive(token: Token, scheme: str, rules: LanguageRules) -> bool:
    if rules.zu_infix and token.tag_ == "VVIZU":
        return True
    return any(c.lower_ in rules.infinitive_markers and c.i < token.i for c in token.children)


def is_infinitive_clause(clause: Clause, rules: LanguageRules) -> bool:
    """A to-/zu-infinitive ("his plan to accept refugees", "versuchte, … kleinzureden"): it has no subject of its
    own, and no speaker stands after it."""
    return is_infinitive(clause.verb, clause.scheme, rules)


def is_infinitive(verb: Token, scheme: str, rules: LanguageRules) -> bool:
    """``verb`` is a to-/zu-infinitive ("to attack", "zu treffen", "anzugreifen")."""
    return _is_zu_infinitive(verb, scheme, rules) or rules.is_zu_form(verb.lower_)


def modifier_start(token: Token, scheme: str, roles: tuple[Role, ...],
                   fits: Callable[[Token], bool] = lambda t: True) -> int:
    """Index of the first of the words right before ``token`` that hang on it, or on each other up to it, with one
    of ``roles`` and that ``fits`` accepts ("New York" of "New York City", "Citizenship Amendment" of "… Bill");
    ``token.i`` when there is none."""
    start = token.i
    while start > 0 and token.doc[start - 1].head.i in range(start, token.i + 1) and role(
            token.doc[start - 1].dep_, scheme) in roles and fits(token.doc[start - 1]):
        start -= 1
    return start


def build_clause(verb: Token, scheme: str, rules: LanguageRules) -> Clause:
    """Build the clause of lexical ``verb`` (collecting from its chain head(s) upwards in TIGER)."""
    clause = Clause(verb=verb, scheme=scheme)
    heads = [verb]
    if scheme == "tiger":
        current = verb
        while role(current.dep_, scheme) is Role.CHAIN and current.head.i != current.i and _is_chain_head(
            current.head, rules
        ):
            current = current.head
            heads.append(current)
            clause.chain.append(current)
            lemma = current.lemma_.lower()
            if lemma in rules.modals or (lemma in rules.modality and not _participle(verb, rules)):
                clause.modals.append(lemma)
            if current.lemma_.lower() in rules.passive_auxiliaries and _participle(verb, rules):
                clause.passive = True
    if role(verb.dep_, scheme) is Role.AMOD and verb.head.head.i != verb.head.i and misparsed_perfect(
            verb.head.head, scheme, rules) == verb:
        heads.append(verb.head.head)  # "has broken relations": the auxiliary's subject and object are the verb's
        clause.chain.append(verb.head.head)
    for head in heads:
        _collect(clause, head, rules)
    if scheme != "tiger":
        for aux in list(clause.chain):
            if aux.head.i == verb.i and any(role(c.dep_, scheme) is Role.SUBJ for c in aux.children):
                probe = Clause(verb=verb, scheme=scheme)
                _collect(probe, aux, rules)
                clause.subjects.extend(t for t in probe.subjects if t not in clause.subjects)
    for tok in clause.tokens:
        if "Sub" in tok.morph.get("Mood"):
            clause.subjunctive = True
    if rules.extra.get("second_subject_is_object") and len(clause.subjects) > 1:
        _repair_double_subject(clause, rules.word_set("nominative_only_pronouns"))
    if not clause.subjects and role(verb.dep_, scheme) is Role.ACL and clause_opening_conjunct(
            verb.head, scheme, rules) == verb:
        clause.subjects = [verb.head]  # "…, and the European Union protested against them"
    clause.objects = [o for o in clause.objects if clause_opening_conjunct(o, scheme, rules) is None]
    # "rejected Sunday the proposal" with the weekday as an object: a time is never what the verb acts on
    temporal = rules.word_set("temporal_nouns")
    clause.objects = [o for o in clause.objects if o.lower_ not in temporal]
    clause.iobjects = [o for o in clause.iobjects if o.lower_ not in temporal]
    if not clause.subjects:
        _repair_subordinate_subject(clause, rules)
        if not clause.subjects:
            _repair_finite_acl(clause, rules)
        if not clause.subjects:
            _repair_split_subject(clause, rules)
        if not clause.subjects:
            _repair_orphan_subject(clause, rules)
        if not clause.subjects:
            _repair_fronted_phrase_subject(clause, rules)
    elif not clause.objects:
        _repair_modifier_verb(clause, rules)
    if not clause.objects and scheme != "tiger":
        _repair_nominal_xcomp(clause, rules)
    if not clause.objects and clause.bare_obliques:
        clause.objects = [t for b in clause.bare_obliques for t in expand_conj(b, scheme)]
    if not (clause.objects or clause.ccomps or clause.xcomps or clause.passive):
        clause.objects = shared_objects(verb, scheme)
    if role(verb.dep_, scheme) is Role.ACL:
        # "the growth figures that China releases", "die Sanktionen, die Russland verhängt": the relative pronoun
        # object stands for the noun the clause modifies
        relative = rules.word_set("relative_pronouns")
        content = rules.word_set("content_nouns")
        clause.objects = [_relative_antecedent(t, verb) if t.pos_ == "PRON" and t.lower_ in relative and t.i < verb.i
                          else t for t in clause.objects
                          # "the findings that Russia had interfered": "that" opens the noun's content, no object
                          if not (t.lower_ == "that" and t.i < verb.i and verb.head.lemma_.lower() in content)]
    if rules.extra.get("stray_passive_repair") and scheme != "tiger" and not clause.passive:
        _repair_stray_passive(clause, rules)
    if rules.extra.get("inverted_subject_repair") and len(clause.subjects) == 1 and not clause.passive:
        _repair_inverted_subject(clause)
    clause.lemmas = rules.lemma_candidates(verb, clause.particle)
    clause.lemma = clause.lemmas[0]
    _repair_stative_passive(clause, rules)
    return clause


def infinitive_complements(clause: Clause, rules: LanguageRules) -> list[Token]:
    """The clause's open complements: ``xcomp`` children plus zu-/to-infinitives the parser attached otherwise
    (as ``ccomp``, ``parataxis``, ``advcl`` or ``conj``)."""
    out = list(clause.xcomps)
    # object control the parser hung on the object ("hatte seine Behörden angewiesen, … abzuschieben"); in English an
    # infinitive on the object completes the noun ("backed Ukraine's bid to join NATO"), object control is an xcomp
    for obj in (clause.objects + clause.iobjects) if rules.extra.get("object_attached_control") else []:
        for child in obj.children:
            if child.pos_ in {"VERB", "AUX"} and child.i > obj.i and (
                    _is_zu_infinitive(child, clause.scheme, rules) or rules.is_zu_form(child.lower_)) and not any(
                    role(c.dep_, clause.scheme) is Role.SUBJ for c in child.children):
                out.append(child)
    for child in clause.verb.children:
        if child in out or child.pos_ not in {"VERB", "AUX"} or child.i < clause.verb.i:
            continue
        if role(child.dep_, clause.scheme) in (Role.CCOMP, Role.PARATAXIS, Role.ADVCL, Role.CONJ, Role.OTHER) and (
                _is_zu_infinitive(child, clause.scheme, rules) or rules.is_zu_form(child.lower_)) and not any(
                role(c.dep_, clause.scheme) is Role.SUBJ for c in child.children):
            out.append(child)
    return out


def is_lexical_verb(token: Token, scheme: str, rules: LanguageRules) -> bool:
    """True for verbs that head a clause of their own (not auxiliaries/modals of a chain).

    A full-verb tag wins over a contradicting coarse POS ("angewiesen" tagged VVFIN but ADJ), since the
    fine-grained tagger of a compact pipeline is the more reliable of the two.
    """
    if token.pos_ != "VERB" and token.pos_ in {"ADJ", "NOUN", "PROPN", "X"} and rules.is_full_verb_tag(token.tag_):
        return True
    if token.pos_ in {"ADJ", "ADV", "NOUN", "PROPN"} and role(token.dep_, scheme) is Role.ROOT and any(
            role(c.dep_, scheme) is Role.SUBJ for c in token.children) and not any(
            role(c.dep_, scheme) is Role.COP for c in token.children):
        # a finite verb the tagger missed ("Russland warnt …" tagged ADJD, "Klibi undertook mediation" tagged NNP): a
        # root with a subject but no copula, which the dictionary knows as a form of a verb
        from graphbuild.extract.lemmas import dictionary_lemma
        from graphbuild.extract.lexicon import lexicon_for

        lemma = dictionary_lemma(token.text, rules.lang).lower()
        if lemma != token.lower_ and lexicon_for(rules.lang).entries.get((lemma, "verb")):
            return True
    if token.pos_ == "ADJ" and role(token.dep_, scheme) in (Role.ROOT, Role.CONJ, Role.CCOMP, Role.PARATAXIS):
        # a participle the tagger took for an adjective ("hatte seine Behörden angewiesen"): it has an auxiliary
        # or an object, which adjectives do not, and the dictionary knows it as a form of a verb
        from graphbuild.extract.lemmas import dictionary_lemma

        kids = [role(c.dep_, scheme) for c in token.children]
        lemma = dictionary_lemma(token.text, rules.lang).lower()
        verb_form = lemma != token.lower_ and lemma.endswith(("en", "ern", "eln")) if rules.lang == "de" else (
            token.tag_ in ("VBN", "VBD"))
        if verb_form and (Role.AUX in kids or Role.AUX_PASS in kids or Role.OBJ in kids):
            return True
    if token.pos_ == "ADJ" and any(role(c.dep_, scheme) is Role.COP for c in token.children) and any(
            role(c.dep_, scheme) is Role.SUBJ for c in token.children):
        # "Mexico is critical of the policy": an adjective the lexicon lists as a predicate (pos adj)
        from graphbuild.extract.lexicon import lexicon_for

        entries = lexicon_for(rules.lang).entries  # "is opposed to": the row is the adjective's form, not the lemma
        rows = [r for form in {token.lemma_.lower(), token.lower_} for r in entries.get((form, "verb"), [])]
        if any(r.pos == "adj" for r in rows):
            return True
    if token.pos_ == "VERB":
        if not token.tag_.startswith(tuple(rules.word_set("verb_tag_prefixes"))) and any(
                role(c.dep_, scheme) is Role.COP for c in token.children):
            # "Tillerson war zurückhaltender" with the adjective's POS VERB but its tag NN: a copula's predicate (a
            # verb tag wins: "is preparing" with *is* labelled cop is still a verb)
            return False
        if scheme == "tiger" and _is_chain_head(token, rules):
            return not any(
                role(c.dep_, scheme) is Role.CHAIN and c.pos_ in {"VERB", "AUX"} and not _is_zu_infinitive(
                    c, scheme, rules) for c in token.children
            )
        return True
    if token.pos_ == "AUX":
        r = role(token.dep_, scheme)
        if r in (Role.AUX, Role.AUX_PASS, Role.COP):
            return False
        lemma = token.lemma_.lower()
        has_chain = any(
            role(c.dep_, scheme) is Role.CHAIN and c.pos_ in {"VERB", "AUX"} for c in token.children
        )
        return lemma not in rules.auxiliaries and lemma not in rules.modals and not has_chain
    return False


def clauses(sent: Span, scheme: str, lang: str) -> Iterator[Clause]:
    """All clauses of a sentence, in text order."""
    rules = rules_for(lang)
    for token in sent:
        if is_lexical_verb(token, scheme, rules) and misparsed_perfect(token, scheme, rules) is None and \
                not _article_argument(token, scheme, rules):
            yield build_clause(token, scheme, rules)


def _article_argument(verb: Token, scheme: str, rules: LanguageRules) -> bool:
    """A bare article (``pure_articles``) after an auxiliary of ``verb`` is a subject or object of it: the "verb" is
    a participle inside a noun phrase the parser broke up ("hat den … verurteilten/VVFIN Schweizer begnadigt"). Without
    the auxiliary before it the verb is one ("Den … Einspareffekt bezifferte Enders mit …" with "Den" hung on it)."""
    articles, tags = rules.word_set("pure_articles"), rules.word_set("pure_article_tags")
    auxiliaries = [c.i for c in verb.children if role(c.dep_, scheme) is Role.AUX and c.i < verb.i]
    return any(c.pos_ == "DET" and c.lower_ in articles and c.tag_ in tags and not any(c.children) and role(
        c.dep_, scheme) in (Role.SUBJ, Role.OBJ, Role.IOBJ) and any(i < c.i for i in auxiliaries)
        for c in verb.children)
