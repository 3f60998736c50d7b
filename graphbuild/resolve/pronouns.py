"""Which earlier person a third-person pronoun stands for.

Only persons are antecedents (states and organisations are named again in news, not pronominalised), and only
one whose gender, if known (:mod:`graphbuild.resolve.gender`), fits the pronoun. In order:

1. the person named as the subject of a clause placed before the pronoun's own ("Although President Trump was
   critical of Gov. Brian Kemp, he …"), or of a verb the pronoun depends on ("While Mr. Trump has said he won't
   meet Mr. Kim, …");
2. the main-clause subject of this sentence, or of the one before (past paragraph breaks, which the parser makes
   sentences of their own) when its gender is known to fit;
3. the nearest mention.

A pronoun outside quotations does not see persons named only inside them ("“Maggie and Jeannie and I are always
in the bipartisan groups,” she said": not Jeannie).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for
from graphbuild.extract.schemes import Role, role
from graphbuild.resolve.gender import pronoun_gender

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from graphbuild.resolve.actors import ArticleActors
    from graphbuild.resolve.persons import PersonRecord


def antecedent(actors: ArticleActors, head: Token, *, possessive: bool = False) -> PersonRecord | None:
    """The person a third-person singular pronoun ``head`` refers to, or ``None`` (other pronouns, nobody fits).

    With ``possessive``, a gendered possessive ("his", "seine"; not "its", "ihre") counts too: the owner of an
    institution ("his government"). Event nouns do not ask: "his murder", "his visit" name the victim as often as the
    agent, and the nearest "his" is often another person's."""
    rules = rules_for(actors.lang)
    info = rules.personal_pronouns.get(head.lower_)
    if info is None and possessive and head.lower_ in rules.possessive_pronouns:
        gender = pronoun_gender(head, actors.lang)
        info = {"person": 3, "number": "sing", "gender": gender} if gender is not None else None
    if info is None or info.get("person") != 3 or info.get("gender") == "neut" or info.get("impersonal"):
        return None  # "man" ("Hier will man flexibel vorgehen") is nobody in particular
    if info.get("number") == "plur" or (actors.lang == "de" and head.lower_ == "sie" and _plural_subject(head)):
        return None
    if head.text in rules.word_set("polite_pronouns") and head.i > head.sent.start and \
            not head.doc[head.i - 1].is_quote:
        return None  # "Wie stehen Sie zu …?": the capitalised polite "Sie" inside a sentence is "you"
    gender = info.get("gender")

    local = _local_subject(head, actors)
    co_argument = actors.people.mentions.get(local.idx) if local is not None else None

    def fits(record: PersonRecord) -> bool:
        # an object pronoun is never its own clause's subject ("Gates, who recommended him": not Gates)
        return (gender in (None, "any") or record.gender in (None, gender)) and record.actor.id != co_argument

    records = {r.actor.id: r for r in actors.people.records}
    bound = _fronted_clause_subject(head, actors.scheme) or _binding_subject(head, actors)
    if bound is not None:
        record = records.get(actors.people.mentions.get(bound.idx, ""))
        if record is not None and fits(record):
            return record
        if record is None and bound.pos_ == "NOUN" and bound.idx not in actors.people.mentions:
            return None  # bound to someone unnamed
    sent = head.sent
    window = _window_start(sent)
    nearest: PersonRecord | None = None
    # (inside a quotation, every mention counts: a quote's "what he means" is the Kim of earlier quotes)
    quoted = [] if any(a <= head.idx < b for a, b in actors.quoted) else actors.quoted
    for offset in sorted((o for o in actors.people.mentions if o < head.idx), reverse=True):
        if any(a <= offset < b for a, b in quoted):
            continue
        record = records.get(actors.people.mentions[offset])
        if record is None or not fits(record):
            continue
        nearest = nearest or record
        if offset < window:
            break
        if offset in actors.subject_mentions and (record.gender == gender or record.gender is None and
                                                  offset >= sent.start_char):
            # "Representative Bill Pascrell said the concessions Mr Trump had made to Mr Putin … , he wrote": the
            # main-clause subject of this or the previous sentence beats a nearer object; from the previous sentence
            # only when its gender is known to fit (a heading the NER took for a name has none)
            return record
    return nearest


def _window_start(sent: Span) -> int:
    """Where the sentence before ``sent`` starts, past the paragraph breaks the parser made sentences of their own
    ("Klobuchar doesn't mention … \n\n Her supporters hope she …")."""
    previous = sent
    while previous.start > 0:
        previous = sent.doc[previous.start - 1].sent
        if not all(t.is_space for t in previous):
            break
    return previous.start_char


def _binding_subject(head: Token, actors: ArticleActors) -> Token | None:
    """The person named as the subject of a verb the pronoun depends on, before it: "While Mr. Trump has said he
    won't meet Mr. Kim, …" (not the main-clause subject of the paragraph before), also through a relative pronoun:
    "said Hoyer, who added that he hadn't received …" is Hoyer; through a personal one (``personal_relatives``) to a
    common noun, the pronoun is that unnamed someone ("a man who said he wanted to …")."""
    own = role(head.dep_, actors.scheme)
    for verb in head.ancestors:
        if verb.i == head.head.i and own in (Role.OBJ, Role.IOBJ):
            continue  # an object pronoun is never its own verb's subject: "Gates, who recommended him to Trump"
        for c in verb.children:
            if role(c.dep_, actors.scheme) is Role.SUBJ and c.i < head.i:
                found = _through_relative(c, verb, actors)
                if found.idx in actors.people.mentions:
                    return found
                if found.i != c.i and c.lower_ in rules_for(actors.lang).word_set("personal_relatives") and \
                        found.pos_ == "NOUN":
                    return found  # "by an … man who said he wanted to kill": the unnamed man, nobody named
    return None


def _through_relative(subject: Token, verb: Token, actors: ArticleActors) -> Token:
    """The noun a relative pronoun subject stands for ("Hoyer, who added …"), resolved now if it was not yet; any
    other subject itself."""
    relative = rules_for(actors.lang).word_set("relative_pronouns")
    if subject.lower_ in relative and subject.pos_ == "PRON" and role(verb.dep_, actors.scheme) is Role.ACL:
        subject = verb.head
        if subject.pos_ == "PROPN" and subject.idx not in actors.people.mentions:
            actors.resolve(subject, as_subject=True)
    return subject


def _local_subject(head: Token, actors: ArticleActors) -> Token | None:
    """For a direct or indirect object pronoun, the person named as the subject of its own verb (through a relative
    pronoun), whom it cannot mean: "Gates, who recommended him". Not the owner of a subject ("Biden's opposition
    puts him at odds" is Biden), nor in a PP ("Hill brought with him a small cabal" is Hill)."""
    if role(head.dep_, actors.scheme) not in (Role.OBJ, Role.IOBJ) or head.head.i == head.i:
        return None
    verb = head.head
    subject = next((c for c in verb.children if role(c.dep_, actors.scheme) is Role.SUBJ and c.i != head.i), None)
    if subject is None:
        return None
    found = _through_relative(subject, verb, actors)
    return found if found.pos_ in ("PROPN", "PRON") else None


def _fronted_clause_subject(head: Token, scheme: str) -> Token | None:
    """For a pronoun that is the subject of a verb, the subject of an adverbial clause of that verb placed before
    the pronoun ("Although Trump criticised Kemp, he …"; "Als Merkel Macron traf, sagte sie …")."""
    verb = head.head
    if role(head.dep_, scheme) is not Role.SUBJ or verb.i == head.i:
        return None
    for clause in verb.children:
        if clause.i < head.i and role(clause.dep_, scheme) is Role.ADVCL:
            subject = next((c for c in clause.children if role(c.dep_, scheme) is Role.SUBJ), None)
            if subject is not None and subject.pos_ != "PRON":
                return subject
    return None


def _plural_subject(head: Token) -> bool:
    """German "sie"/"Sie" read as "they": the pronoun or the finite verb it is the subject of is plural ("Sie
    würden genügend Material enthalten")."""
    if "Plur" in head.morph.get("Number"):
        return True
    if head.text == "Sie" and not head.is_sent_start:
        return False  # the polite "Sie" of an interview question takes a plural verb too
    verb = head.head
    finite = [verb, *[c for c in verb.children if c.pos_ == "AUX"]]
    return any("Plur" in t.morph.get("Number") and ("Fin" in t.morph.get("VerbForm") or t.tag_.endswith("FIN"))
               for t in finite)
