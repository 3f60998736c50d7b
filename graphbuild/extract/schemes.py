"""Dependency label schemes mapped onto one small set of grammatical roles.

The bundled pipelines produce Universal Dependencies labels; official German spaCy pipelines use TIGER labels
and official English ones ClearNLP labels. Extraction rules are written against :class:`Role`, never against raw
labels, so they work with all three. The tables below are the whole difference between the schemes.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


#: fine-grained tags of proper nouns (STTS, Penn Treebank), which the coarse tag may contradict ("Sascha/ADJ/NNP")
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS", "NE"})

class Role(str, Enum):
    SUBJ = "subj"            # active subject
    PASS_SUBJ = "pass_subj"  # subject of a passive clause (the patient)
    AGENT = "agent"          # passive agent phrase ("von X", "by X")
    OBJ = "obj"              # direct object
    IOBJ = "iobj"            # indirect object / dative (addressee)
    OBL = "obl"              # prepositional phrase attached to a verb (argument or adjunct)
    NMOD = "nmod"            # nominal modifier of a noun (genitive, PP)
    PREP_OBJ = "prep_obj"    # the noun inside a PP, when the preposition heads it (TIGER nk, ClearNLP pobj)
    CASE = "case"            # the preposition, when the noun heads the PP (UD)
    CCOMP = "ccomp"          # clausal complement with its own subject ("sagte, dass ...")
    XCOMP = "xcomp"          # open clausal complement / zu-infinitive ("versuchte, ... kleinzureden")
    CHAIN = "chain"          # verb chain link (TIGER "oc" from finite auxiliary/modal to the lexical verb)
    NEG = "neg"              # negation
    PRT = "prt"              # separable verb particle ("baute ... auf" = aufbauen)
    AUX = "aux"              # auxiliary or modal
    AUX_PASS = "aux_pass"    # passive auxiliary
    COP = "cop"
    CONJ = "conj"            # conjunct
    CC = "cc"                # coordinating conjunction
    APPOS = "appos"
    NAME = "name"            # part of a multi-word name (flat, TIGER pnc)
    COMPOUND = "compound"
    MARK = "mark"            # subordinating conjunction ("dass", "that")
    ADVCL = "advcl"
    ACL = "acl"              # clause modifying a noun (incl. relative clauses)
    DET = "det"
    AMOD = "amod"
    ADVMOD = "advmod"
    POSS = "poss"
    EXPL = "expl"            # expletive/reflexive ("sich" of inherently reflexive verbs)
    PARATAXIS = "parataxis"
    PRED = "pred"            # predicative complement
    PUNCT = "punct"
    ROOT = "root"
    OTHER = "other"


R = Role

UD: dict[str, Role] = {
    "nsubj": R.SUBJ, "csubj": R.SUBJ, "nsubj:pass": R.PASS_SUBJ, "csubj:pass": R.PASS_SUBJ,
    "obl:agent": R.AGENT, "obj": R.OBJ, "iobj": R.IOBJ, "obl": R.OBL, "obl:arg": R.OBL, "obl:tmod": R.OTHER,
    "nmod": R.NMOD, "nmod:poss": R.POSS, "case": R.CASE, "ccomp": R.CCOMP, "xcomp": R.XCOMP,
    "compound:prt": R.PRT, "aux": R.AUX, "aux:pass": R.AUX_PASS, "cop": R.COP, "conj": R.CONJ, "cc": R.CC,
    "appos": R.APPOS, "flat": R.NAME, "flat:name": R.NAME, "compound": R.COMPOUND, "mark": R.MARK,
    "advcl": R.ADVCL, "acl": R.ACL, "acl:relcl": R.ACL, "det": R.DET, "det:poss": R.POSS, "amod": R.AMOD,
    "advmod": R.ADVMOD, "expl": R.EXPL, "expl:pv": R.EXPL, "parataxis": R.PARATAXIS, "punct": R.PUNCT,
    "ROOT": R.ROOT, "root": R.ROOT, "nummod": R.OTHER, "dep": R.OTHER,
}

TIGER: dict[str, Role] = {
    "sb": R.SUBJ, "sbp": R.AGENT, "oa": R.OBJ, "oa2": R.OBJ, "og": R.OBJ, "da": R.IOBJ, "op": R.OBL,
    "mo": R.OBL, "mnr": R.NMOD, "pg": R.NMOD, "ag": R.NMOD, "nk": R.PREP_OBJ, "oc": R.CHAIN, "ng": R.NEG,
    "svp": R.PRT, "cj": R.CONJ, "cd": R.CC, "app": R.APPOS, "pnc": R.NAME, "cp": R.MARK, "rc": R.ACL,
    "re": R.CCOMP, "rs": R.CCOMP, "pd": R.PRED, "ep": R.EXPL, "punct": R.PUNCT, "ROOT": R.ROOT,
    "cvc": R.OBL, "par": R.PARATAXIS, "ju": R.CC, "dm": R.OTHER, "uc": R.NAME, "adc": R.AMOD,
    "ams": R.OTHER, "cm": R.OTHER, "avc": R.OTHER, "dh": R.OTHER, "sp": R.PRED, "ph": R.OTHER,
    "cc": R.OTHER, "nmc": R.OTHER,
}

CLEARNLP: dict[str, Role] = {
    "nsubj": R.SUBJ, "csubj": R.SUBJ, "nsubjpass": R.PASS_SUBJ, "csubjpass": R.PASS_SUBJ, "agent": R.AGENT,
    "dobj": R.OBJ, "dative": R.IOBJ, "prep": R.OBL, "pobj": R.PREP_OBJ, "ccomp": R.CCOMP, "xcomp": R.XCOMP,
    "neg": R.NEG, "prt": R.PRT, "aux": R.AUX, "auxpass": R.AUX_PASS, "conj": R.CONJ, "cc": R.CC,
    "preconj": R.CC, "appos": R.APPOS, "compound": R.COMPOUND, "mark": R.MARK, "advcl": R.ADVCL,
    "acl": R.ACL, "relcl": R.ACL, "det": R.DET, "predet": R.DET, "amod": R.AMOD, "advmod": R.ADVMOD,
    "npadvmod": R.ADVMOD, "poss": R.POSS, "expl": R.EXPL, "parataxis": R.PARATAXIS, "attr": R.PRED,
    "acomp": R.PRED, "oprd": R.PRED, "punct": R.PUNCT, "ROOT": R.ROOT, "pcomp": R.PREP_OBJ, "nmod": R.NMOD,
    "case": R.CASE, "nummod": R.OTHER, "dep": R.OTHER, "intj": R.OTHER, "meta": R.OTHER, "quantmod": R.OTHER,
}

SCHEMES: dict[str, dict[str, Role]] = {"ud": UD, "tiger": TIGER, "clearnlp": CLEARNLP}

#: Prepositions head their phrase in TIGER and ClearNLP; in UD the noun heads it and the preposition is `case`.
PREP_HEADED = {"ud": False, "tiger": True, "clearnlp": True}


def detect_scheme(labels: set[str] | frozenset[str]) -> str:
    """Tell the label scheme from a parser's label set."""
    if {"sb", "oa", "nk"} & labels:
        return "tiger"
    if {"dobj", "pobj", "nsubjpass"} & labels:
        return "clearnlp"
    return "ud"


def scheme_of(nlp_or_doc: Language | Doc) -> str:
    """Label scheme of a pipeline (from its parser labels) or of a parsed Doc (from the labels it uses)."""
    from spacy.tokens import Doc

    if isinstance(nlp_or_doc, Doc):
        return detect_scheme({t.dep_ for t in nlp_or_doc})
    for name in ("parser",):
        if name in nlp_or_doc.pipe_names:
            return detect_scheme(set(nlp_or_doc.get_pipe(name).labels))
    return "ud"


def role(label: str, scheme: str) -> Role:
    """The grammatical role of a dependency label in ``scheme`` (unknown labels are ``OTHER``)."""
    return SCHEMES[scheme].get(label, Role.OTHER)
