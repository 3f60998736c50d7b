"""Present-tense verbs the tagger read as plural nouns: "Trump strikes a deal with Congress", "Berlin alone tries to
dictate immigration policy", "Trump declares a national emergency".

The compact English pipeline reads a name and a verb in -s as a noun compound ("Trump/NN strikes/NNS"), yet its
parser still hangs an object ("a deal/obj") or a to-infinitive on the "noun". On the first 150 articles of
``allsides_abp_en`` 48 sentence roots are such plural nouns with a name before them and no verb with a subject,
about half of them verbs; the conditions below pick 5, all verbs ("New START calls for …", "President issues …").
:func:`repair_misread_verbs` turns such a root back into a verb, so every rule after it sees a clause: the name
before it becomes its subject and a to-infinitive on it its open complement. A root is repaired only when all of
these hold:

- its fine tag is one of ``misread_verb_tags`` and it heads the sentence, with no determiner of its own (not "the
  Trump plans");
- the closest noun before it that hangs on it as a compound, name or subject is capitalised (its subject);
- it has a direct object or a to-infinitive after it;
- the dictionary knows it as a form of a verb the lexicon or the grammar's control verbs list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.schemes import Role, role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the labels a repaired verb's subject and open complement get, per label scheme
_LABELS = {"ud": ("nsubj", "xcomp"), "clearnlp": ("nsubj", "xcomp"), "tiger": ("sb", "oc")}


def repair_misread_verbs(doc: Doc, lang: str, scheme: str) -> int:
    """Make misread present-tense verbs verbs again; returns how many were repaired."""
    from graphbuild.extract.language import rules_for

    rules = rules_for(lang)
    tags = rules.word_set("misread_verb_tags")
    if not tags:
        return 0
    subject_label, complement_label = _LABELS[scheme]
    repaired = 0
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or root.tag_ not in tags:
            continue
        lemma = _verb_lemma(root, lang)
        subject = _subject(root, scheme)
        if lemma is None or subject is None:
            continue
        complements = [c for c in root.children if c.i > root.i and _to_infinitive(c, scheme, rules.infinitive_markers)]
        if not complements and not any(c.i > root.i and role(c.dep_, scheme) is Role.OBJ for c in root.children):
            continue
        root.pos_, root.tag_, root.lemma_ = "VERB", str(rules.extra.get("misread_verb_tag", root.tag_)), lemma
        subject.dep_ = subject_label
        for complement in complements:
            complement.dep_ = complement_label
        repaired += 1
    return repaired


def _verb_lemma(token: Token, lang: str) -> str | None:
    """The lemma of the verb ``token`` is a form of, when the lexicon or the grammar's control verbs (``control``:
    "tries to") list that verb."""
    from graphbuild.extract.language import rules_for
    from graphbuild.extract.lemmas import dictionary_lemma
    from graphbuild.extract.lexicon import lexicon_for

    entries = lexicon_for(lang).entries
    control = rules_for(lang).extra.get("control") or {}
    for lemma in (token.lemma_.lower(), dictionary_lemma(token.text, lang).lower()):
        if lemma != token.lower_ and (entries.get((lemma, "verb")) or lemma in control):
            return lemma
    return None


def _subject(root: Token, scheme: str) -> Token | None:
    """The capitalised name or noun right before ``root`` that hangs on it, if ``root`` has no determiner."""
    before = [c for c in root.children if c.i < root.i]
    if any(role(c.dep_, scheme) in (Role.DET, Role.POSS) for c in before):
        return None
    nouns = [c for c in before if role(c.dep_, scheme) in (Role.COMPOUND, Role.SUBJ, Role.NAME)]
    closest = max(nouns, key=lambda c: c.i) if nouns else None
    if closest is None or closest.pos_ not in ("PROPN", "NOUN") or not closest.text[:1].isupper():
        return None
    return closest


def _to_infinitive(token: Token, scheme: str, markers: frozenset[str]) -> bool:
    """``token`` is a verb with an infinitive marker before it (``infinitive_markers``: "to dictate") that modifies
    the root as a clause."""
    return token.pos_ == "VERB" and role(token.dep_, scheme) in (Role.ACL, Role.XCOMP) and any(
        c.lower_ in markers and c.i < token.i for c in token.children)
