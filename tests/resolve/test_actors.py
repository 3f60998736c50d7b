"""Mention → actor tables in German and English, on hand-built parses (no statistical model involved)."""

from __future__ import annotations

import pytest

from graphbuild.resolve.actors import ArticleActors
from graphbuild.resolve.gazetteer import load_gazetteer
from tests.conftest import make_doc


def T(word, head, dep, pos, lemma=None, ent="O", tag="", morph=""):
    return (word, head, dep, pos, lemma or word, tag, morph, ent)


def resolve_phrase(lang, rows, head, *, as_subject=False, before=None):
    """Resolve the phrase headed by token ``head`` of a one-sentence doc; ``before`` rows form earlier text."""
    rows = list(before or []) + list(rows)
    offset = len(before or [])
    shifted = [(r[0], r[1] + (offset if i >= offset else 0), *r[2:]) for i, r in enumerate(rows)]
    doc = make_doc(lang, [r[:7] for r in shifted], ents=[r[7] for r in shifted])
    actors = ArticleActors(lang=lang, scheme="ud")
    for ent in doc.ents:  # the article pass registers names first
        if ent.label_ in ("PER", "PERSON"):
            actors.resolve(ent.root)
    found = actors.resolve(doc[offset + head], as_subject=as_subject)
    return found.actor if found else None


DE_CASES = [
    # (rows, head index, as_subject, expected id, kind, country, role)
    ([T("US-Außenminister", 0, "ROOT", "NOUN"), T("Rex", 0, "appos", "PROPN", ent="B-PER"),
      T("Tillerson", 1, "flat", "PROPN", ent="I-PER")], 0, True,
     "PER:rex-tillerson", "person", "USA", "foreign minister"),
    ([T("der", 3, "det", "DET"), T("mexikanische", 3, "amod", "ADJ", "mexikanisch"),
      T("Wirtschaftsminister", 3, "nmod", "NOUN"), T("Ildefonso", 3, "ROOT", "PROPN", ent="B-PER"),
      T("Guajardo", 3, "flat", "PROPN", ent="I-PER")], 3, True,
     "PER:ildefonso-guajardo", "person", "MEX", "economy minister"),
    # NER missed the name; the title still introduces a person
    ([T("Heimatschutzminister", 0, "ROOT", "NOUN"), T("John", 0, "appos", "PROPN"),
      T("Kelly", 1, "flat", "PROPN")], 0, True, "PER:john-f-kelly", "person", "USA", "homeland security minister"),
    ([T("Mexikos", 1, "nmod", "PROPN", "Mexiko", ent="B-LOC"), T("Präsident", 1, "ROOT", "NOUN"),
      T("Peña", 1, "appos", "PROPN", ent="B-PER"), T("Nieto", 2, "flat", "PROPN", ent="I-PER")], 1, True,
     "PER:enrique-pena-nieto", "person", "MEX", "president"),
    ([T("Ex-Präsident", 0, "ROOT", "NOUN"), T("Barack", 0, "appos", "PROPN", ent="B-PER"),
      T("Obama", 1, "flat", "PROPN", ent="I-PER")], 1, True, "PER:barack-obama", "person", "USA", "former president"),
    ([T("Mexiko-Stadt", 0, "ROOT", "PROPN", ent="B-LOC")], 0, True, "MEXGOV", "government", "MEX", None),
    # the NER took the name after the title for an organisation; a listed given name opens it
    ([T("AfD-Chefin", 0, "ROOT", "NOUN"), T("Frauke", 0, "appos", "NOUN", ent="B-ORG"),
      T("Petry", 1, "flat", "PROPN", ent="I-ORG")], 0, True, "PER:frauke-petry", "person", "DEU", "head"),
    # a "person" named by two places is a club of the first place's state
    ([T("Bayern", 0, "ROOT", "PROPN", ent="B-PER"), T("München", 0, "flat", "PROPN", ent="I-PER")], 0, True,
     "ORG:bayern-munchen", "organisation", "DEU", None),
    # the NER took the name after the title for a place no one knows as one
    ([T("ÖVP-Kandidat", 0, "ROOT", "NOUN"), T("Zwickl", 0, "appos", "PROPN", ent="B-LOC")], 0, True,
     "PER:zwickl", "person", "AUT", "candidate"),
    # an unnamed officer of a party speaks for the party, not for the government of its country
    ([T("die", 1, "det", "DET", "der"), T("AfD-Chefin", 1, "ROOT", "NOUN")], 1, True,
     "DEUAFD", "organisation", "DEU", None),
    ([T("ein", 1, "det", "DET"), T("SPD-Politiker", 1, "ROOT", "NOUN")], 1, True,
     "DEUSPD", "organisation", "DEU", None),
    # a country adjective capitalised only as the first word of the sentence (tagged PROPN)
    ([T("Mexikanische", 1, "dep", "PROPN", "mexikanisch"), T("Abgeordnete", 1, "ROOT", "NOUN", "Abgeordnete")], 1,
     True, "MEXLEG", "group", "MEX", None),
    ([T("Washington", 0, "ROOT", "PROPN", ent="B-LOC")], 0, True, "USAGOV", "government", "USA", None),
    ([T("Washington", 0, "ROOT", "PROPN", ent="B-LOC")], 0, False, "USA", "state", "USA", None),
    ([T("die", 1, "det", "DET", "der"), T("USA", 1, "ROOT", "PROPN", ent="B-LOC")], 1, True,
     "USA", "state", "USA", None),
    ([T("Mexiko", 0, "ROOT", "PROPN", ent="B-PER")], 0, True, "MEX", "state", "MEX", None),  # NER says person
    ([T("die", 2, "det", "DET", "der"), T("mexikanische", 2, "amod", "ADJ", "mexikanisch"),
      T("Regierung", 2, "ROOT", "NOUN")], 2, True, "MEXGOV", "government", "MEX", None),
    ([T("die", 1, "det", "DET", "der"), T("US-Regierung", 1, "ROOT", "NOUN")], 1, True,
     "USAGOV", "government", "USA", None),
    ([T("das", 2, "det", "DET", "der"), T("Weiße", 2, "amod", "ADJ", "weiß"), T("Haus", 2, "ROOT", "NOUN")], 2, True,
     "USAGOV", "government", "USA", None),
    ([T("der", 1, "det", "DET"), T("Kreml", 1, "ROOT", "PROPN", ent="B-LOC")], 1, True,
     "RUSGOV", "government", "RUS", None),
    ([T("Mexikaner", 0, "ROOT", "NOUN")], 0, True, "MEXCVL", "group", "MEX", None),
    ([T("die", 2, "det", "DET", "der"), T("Vereinten", 2, "amod", "ADJ", "vereint", ent="B-ORG"),
      T("Nationen", 2, "ROOT", "NOUN", "Nation", ent="I-ORG")], 2, True, "UNO", "organisation", None, None),
    ([T("die", 1, "det", "DET", "der"), T("Nato", 1, "ROOT", "PROPN", ent="B-ORG")], 1, True,
     "NATO", "organisation", None, None),
    ([T("das", 2, "det", "DET", "der"), T("russische", 2, "amod", "ADJ", "russisch"),
      T("Militär", 2, "ROOT", "NOUN")], 2, True, "RUSMIL", "organisation", "RUS", None),
]

@pytest.mark.parametrize(("rows", "head", "subject", "actor_id", "kind", "country", "role"), DE_CASES,
                         ids=[" ".join(r[0] for r in c[0]) + (" (subject)" if c[2] else "") for c in DE_CASES])
def test_german_mentions(rows, head, subject, actor_id, kind, country, role):
    actor = resolve_phrase("de", rows, head, as_subject=subject)
    assert actor is not None, "no actor"
    assert (actor.id, actor.kind, actor.country) == (actor_id, kind, country)
    assert (actor.roles[0] if actor.roles else None) == role


ENGLISH = [
    ([T("U.S.", 5, "compound", "PROPN", ent="B-GPE"), T("Secretary", 5, "compound", "PROPN"),
      T("of", 1, "prep", "ADP"), T("State", 2, "pobj", "PROPN"), T("Rex", 5, "compound", "PROPN", ent="B-PERSON"),
      T("Tillerson", 5, "ROOT", "PROPN", ent="I-PERSON")], 5, True, "PER:rex-tillerson", "person", "USA",
     "foreign minister"),
    ([T("the", 2, "det", "DET"), T("Mexican", 2, "amod", "ADJ", ent="B-NORP"), T("government", 2, "ROOT", "NOUN")],
     2, True, "MEXGOV", "government", "MEX", None),
    ([T("the", 2, "det", "DET"), T("White", 2, "compound", "PROPN", ent="B-ORG"),
      T("House", 2, "ROOT", "PROPN", ent="I-ORG")], 2, True, "USAGOV", "government", "USA", None),
    ([T("Beijing", 0, "ROOT", "PROPN", ent="B-GPE")], 0, True, "CHNGOV", "government", "CHN", None),
    ([T("Mexicans", 0, "ROOT", "NOUN", "Mexican", ent="B-NORP")], 0, True, "MEXCVL", "group", "MEX", None),
    ([T("the", 1, "det", "DET"), T("UN", 1, "ROOT", "PROPN", ent="B-ORG")], 1, True, "UNO", "organisation", None,
     None),
    ([T("the", 1, "det", "DET"), T("Kremlin", 1, "ROOT", "PROPN", ent="B-ORG")], 1, True, "RUSGOV", "government",
     "RUS", None),
    ([T("us", 0, "ROOT", "PRON", "we")], 0, False, None, None, None, None),  # the pronoun is not the USA
    ([T("press", 1, "compound", "NOUN"), T("secretary", 1, "ROOT", "NOUN"), T("Sean", 1, "appos", "PROPN",
      ent="B-PERSON"), T("Spicer", 2, "flat", "PROPN", ent="I-PERSON")], 1, True, "PER:sean-spicer", "person", "USA",
     "press secretary"),
    # the NER called "State Rex Tillerson" an organisation (bundled pipeline); the title still introduces the name
    ([T("US", 1, "compound", "PROPN", ent="B-LOC"), T("Secretary", 1, "ROOT", "PROPN"), T("of", 3, "case", "ADP"),
      T("State", 4, "compound", "PROPN", ent="B-ORG"), T("Rex", 1, "nmod", "PROPN", ent="I-ORG"),
      T("Tillerson", 4, "flat", "PROPN", ent="I-ORG")], 1, True, "PER:rex-tillerson", "person", "USA",
     "foreign minister"),
    # unnamed members of a sector of a country become the country's sector group, as event coders code them
    ([T("Lawmakers", 0, "ROOT", "NOUN", "lawmaker"), T("in", 2, "case", "ADP"),
      T("Mexico", 0, "nmod", "PROPN", ent="B-LOC")], 0, True, "MEXLEG", "group", "MEX", None),
    ([T("a", 2, "det", "DET"), T("Mexican", 2, "amod", "ADJ"), T("cleric", 2, "ROOT", "NOUN")], 2, True,
     "MEXREL", "group", "MEX", None),
    # a multi-word seat of government before the head gives the country
    ([T("White", 1, "compound", "PROPN", ent="B-ORG"), T("House", 3, "compound", "PROPN", ent="I-ORG"),
      T("security", 3, "compound", "NOUN"), T("officials", 3, "ROOT", "NOUN", "official")], 3, True,
     "USAGOV", "government", "USA", None),
    # a name the parser continued with a modifier: the name ends at its head
    ([T("The", 2, "det", "DET"), T("European", 2, "amod", "ADJ"), T("Community", 2, "ROOT", "PROPN"),
      T("on", 4, "case", "ADP"), T("Monday", 2, "nmod", "PROPN")], 2, True, "EU", "organisation", None, None),
    # a nationality adjective the tagger took for a proper noun, right before the head
    ([T("18", 2, "nummod", "NUM"), T("Rwandan", 2, "compound", "PROPN"), T("rebels", 2, "ROOT", "NOUN", "rebel")],
     2, False, "RWAREB", "group", "RWA", None),
    # military hardware named with its country stands for that country's military
    ([T("Israeli", 1, "amod", "ADJ"), T("tanks", 1, "ROOT", "NOUN", "tank")], 1, True, "ISRMIL", "group", "ISR",
     None),
    # a hyphenated backer is not the country: "Iranian-backed rebels in Yemen" are Yemeni rebels
    ([T("Iranian", 2, "amod", "ADJ"), T("-", 0, "punct", "PUNCT"), T("backed", 3, "amod", "VERB", "back"),
      T("rebels", 3, "ROOT", "NOUN", "rebel"), T("in", 5, "case", "ADP"), T("Yemen", 3, "nmod", "PROPN", ent="B-LOC")],
     3, True, "YEMREB", "group", "YEM", None),
    # a person named inside a PP is not the phrase
    ([T("the", 1, "det", "DET"), T("wife", 1, "ROOT", "NOUN"), T("of", 3, "case", "ADP"),
      T("Trump", 1, "nmod", "PROPN", ent="B-PERSON")], 1, True, None, None, None, None),
    # "state Assemblywoman Claudia/LOC Tenney/LOC": the NER's place is a person after a state legislator's title
    ([T("state", 3, "compound", "PROPN"), T("Assemblywoman", 3, "compound", "PROPN", ent="B-LOC"),
      T("Claudia", 3, "compound", "PROPN", ent="I-LOC"), T("Tenney", 3, "ROOT", "PROPN", ent="I-LOC")], 3, True,
     "PER:claudia-tenney", "person", None, "member of parliament"),
    # "Secretary of State John F. Kerry" parsed as "Secretary of [State John F. Kerry]": the name after the title
    ([T("Secretary", 0, "ROOT", "PROPN"), T("of", 3, "case", "ADP"), T("State", 3, "compound", "PROPN"),
      T("John", 0, "nmod", "PROPN", ent="B-PERSON"), T("F.", 3, "flat", "PROPN", ent="I-PERSON"),
      T("Kerry", 3, "flat", "PROPN", ent="I-PERSON")], 0, True,
     "PER:john-kerry", "person", "USA", "foreign minister"),
    # "De Blasio" untagged at the start of a sentence: the whole is a listed person's alias
    ([T("De", 0, "ROOT", "PROPN"), T("Blasio", 0, "flat", "PROPN")], 0, True,
     "PER:bill-de-blasio", "person", "USA", "mayor"),
]


@pytest.mark.parametrize(("rows", "head", "subject", "actor_id", "kind", "country", "role"), ENGLISH,
                         ids=[" ".join(r[0] for r in c[0]) for c in ENGLISH])
def test_english_mentions(rows, head, subject, actor_id, kind, country, role):
    actor = resolve_phrase("en", rows, head, as_subject=subject)
    if actor_id is None:
        assert actor is None
        return
    assert actor is not None
    assert (actor.id, actor.kind, actor.country) == (actor_id, kind, country)
    assert (actor.roles[0] if actor.roles else None) == role


def test_surname_title_and_pronoun_resolve_to_the_full_name():
    # "US-Außenminister Rex Tillerson kam . Tillerson sprach . Der Außenminister sagte . Er lachte ."
    rows = [
        T("US-Außenminister", 3, "nsubj", "NOUN"), T("Rex", 0, "appos", "PROPN", ent="B-PER"),
        T("Tillerson", 1, "flat", "PROPN", ent="I-PER"), T("kam", 3, "ROOT", "VERB"), T(".", 3, "punct", "PUNCT"),
        T("Tillerson", 6, "nsubj", "PROPN", ent="B-PER"), T("sprach", 6, "ROOT", "VERB"), T(".", 6, "punct", "PUNCT"),
        T("Der", 9, "det", "DET"), T("Außenminister", 10, "nsubj", "NOUN"), T("sagte", 10, "ROOT", "VERB"),
        T(".", 10, "punct", "PUNCT"), T("Er", 13, "nsubj", "PRON", "er"), T("lachte", 13, "ROOT", "VERB"),
        T(".", 13, "punct", "PUNCT"),
    ]
    doc = make_doc("de", [r[:7] for r in rows], ents=[r[7] for r in rows])
    actors = ArticleActors(lang="de", scheme="ud")
    for ent in doc.ents:
        actors.resolve(ent.root)
    ids = [actors.resolve(doc[i]).actor.id for i in (0, 5, 9, 12)]
    assert ids == ["PER:rex-tillerson"] * 4
    assert [a.id for a in actors.actors.values()] == ["PER:rex-tillerson"], "one node for all mentions"


@pytest.mark.parametrize(("word", "tag", "morph", "expected"), [
    ("minister", "NN", "Number=Sing", "PER:rex-tillerson"),  # "the minister": the one named before
    ("ministers", "NNS", "Number=Plur", "USAGOV"),  # "the ministers": several officials, i.e. their government
])
def test_a_plural_title_is_not_the_one_person_named_before(word, tag, morph, expected):
    before = [T("US", 1, "compound", "PROPN", ent="B-GPE"), T("minister", 2, "compound", "NOUN"),
              T("Rex", 4, "nsubj", "PROPN", ent="B-PER"), T("Tillerson", 2, "flat", "PROPN", ent="I-PER"),
              T("spoke", 4, "ROOT", "VERB", "speak"), T(".", 4, "punct", "PUNCT")]
    rows = [T("US", 1, "compound", "PROPN", ent="B-GPE"), T(word, 2, "nsubj", "NOUN", "minister", tag=tag, morph=morph),
            T("agreed", 2, "ROOT", "VERB", "agree"), T(".", 2, "punct", "PUNCT")]
    actor = resolve_phrase("en", rows, 1, as_subject=True, before=before)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize(("lang", "rows", "head", "expected"), [
    ("de", [T("Die", 1, "det", "DET"), T("SPÖ", 2, "nsubj", "PROPN", ent="B-ORG"), T("kritisierte", 2, "ROOT", "VERB")],
     1, ("AUTSPO", "organisation", "AUT")),
    ("en", [T("Republicans", 1, "nsubj", "PROPN", "Republican", tag="NNPS"), T("objected", 1, "ROOT", "VERB")],
     0, ("USAREP", "organisation", "USA")),
    # "FPÖ-Chef Heinz-Christian Strache": a national party places its leader in its state
    ("de", [T("FPÖ-Chef", 1, "compound", "NOUN"), T("Heinz-Christian", 3, "nsubj", "PROPN", ent="B-PER"),
            T("Strache", 1, "flat", "PROPN", ent="I-PER"), T("sprach", 3, "ROOT", "VERB", "sprechen")],
     1, ("PER:heinz-christian-strache", "person", "AUT")),
])
def test_national_parties_are_organisations_of_their_state(lang, rows, head, expected):
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert actor is not None and (actor.id, actor.kind, actor.country) == expected


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    ("en", [T("Hamas", 1, "nsubj", "PROPN", ent="B-ORG"), T("fired", 1, "ROOT", "VERB", "fire")],
     ("PSEHAMAS", "PSE", "PSEREB")),
    ("de", [T("Hisbollah", 1, "nsubj", "PROPN", ent="B-ORG"), T("drohte", 1, "ROOT", "VERB", "drohen")],
     ("LBNHEZ", "LBN", "LBNREB")),
    ("en", [T("FBI", 1, "nsubj", "PROPN", ent="B-ORG"), T("arrested", 1, "ROOT", "VERB", "arrest")],
     ("USAFBI", "USA", "USACOP")),
    # transnational groups belong to no state: CAMEO's international militarized groups
    ("en", [T("ISIS", 1, "nsubj", "PROPN", ent="B-ORG"), T("claimed", 1, "ROOT", "VERB", "claim")],
     ("IMGISI", None, "IMGMOSISI")),
    ("de", [T("IS", 1, "nsubj", "PROPN", ent="B-ORG"), T("bekannte", 1, "ROOT", "VERB", "bekennen")],
     ("IMGISI", None, "IMGMOSISI")),
])
def test_armed_groups_and_agencies_named_alone_are_actors_with_their_state(lang, rows, expected):
    actor = resolve_phrase(lang, rows, 0, as_subject=True)
    assert actor is not None and (actor.id, actor.country, actor.cameo) == expected


@pytest.mark.parametrize(("modifier", "tag", "expected"), [
    ("Liberal", "NNP", None), ("Christian", "NNP", None), ("Sweden", "NNP", None),  # other parties
    ("Senate", "NNP", "USADEM"), ("U.S.", "NNP", "USADEM"), ("Top", "JJ", "USADEM"),  # an institution, its state
])
def test_a_partys_short_name_inside_a_longer_name_is_not_that_party(modifier, tag, expected):
    rows = [T("The", 2, "det", "DET"), T(modifier, 2, "compound", "PROPN" if tag == "NNP" else "ADJ", tag=tag),
            T("Democrats", 3, "nsubj", "PROPN", "Democrat", tag="NNPS"), T("objected", 3, "ROOT", "VERB", "object")]
    actor = resolve_phrase("en", rows, 2, as_subject=True)
    assert (actor.id if actor is not None and actor.id == "USADEM" else None) == expected


def test_a_prefixed_regional_title_and_a_surname_the_tagger_called_a_noun():
    # "Grün-Landesrat Rudi Anschober/NN kritisierte": the party prefix is unknown, the title still counts; the
    # surname hangs on the first name by flat:name
    actor = resolve_phrase("de", [
        T("Grün-Landesrat", 1, "compound", "PROPN", tag="NE"), T("Rudi", 3, "nsubj", "PROPN", tag="NE"),
        T("Anschober", 1, "flat:name", "NOUN", tag="NN"), T("kritisierte", 3, "ROOT", "VERB", "kritisieren")], 1,
        as_subject=True)
    assert actor is not None and actor.id == "PER:rudi-anschober" and actor.roles == ["state minister"]


def test_an_apposition_whose_title_comes_after_an_article_and_an_organisation_still_describes_the_person():
    # "Kofi Annan , the UN Secretary - General , said": the title is the fourth word of the apposition
    actor = resolve_phrase("en", [
        T("Kofi", 1, "compound", "PROPN", ent="B-PER", tag="NNP"), T("Annan", 9, "nsubj", "PROPN", ent="I-PER", tag="NNP"),
        T(",", 7, "punct", "PUNCT"), T("the", 7, "det", "DET"), T("UN", 7, "compound", "PROPN", ent="B-ORG", tag="NNP"),
        T("Secretary", 7, "compound", "PROPN", tag="NNP"), T("-", 7, "punct", "PUNCT", tag="HYPH"),
        T("General", 1, "appos", "PROPN", tag="NNP"), T(",", 7, "punct", "PUNCT"), T("said", 9, "ROOT", "VERB", "say")],
        1, as_subject=True)
    assert actor is not None and (actor.id, actor.country, actor.roles) == (
        "PER:kofi-annan", "UNO", ["secretary-general"])


def test_a_time_hung_on_a_name_by_flat_is_not_part_of_it():
    # "Treffen der Präsidenten Trump und Peña Nieto Ende Januar" with *Ende* a flat:name of Nieto (bundled German
    # parser): the name stops before the time
    actor = resolve_phrase("de", [
        T("Treffen", 0, "ROOT", "NOUN", tag="NN"), T("Peña", 0, "nmod", "PROPN", ent="B-PER", tag="NE"),
        T("Nieto", 1, "flat", "PROPN", ent="I-PER", tag="NE"), T("Ende", 2, "flat:name", "NOUN", tag="NN"),
        T("Januar", 0, "nmod", "NOUN", tag="NN")], 1)
    assert actor is not None and actor.id == "PER:enrique-pena-nieto"


@pytest.mark.parametrize(("last", "expected"), [("Monday", "PER:sergey-lavrov"), ("May", "PER:sergey-may")])
def test_a_weekday_after_a_name_is_no_surname_but_a_month_name_can_be(last, expected):
    # "meet with Sergey Lavrov Monday" with the NER stopping early and Monday/May hung on by flat; "May" is a
    # surname too ("Theresa May"), so months stay possible name words
    first = "Sergey" if last == "May" else "Sergey Lavrov"
    words = first.split()
    rows = [T("met", 0, "ROOT", "VERB", "meet")] + [
        T(w, 0 if i == 0 else 1, "obj" if i == 0 else "flat", "PROPN", ent="B-PER" if i == 0 else "I-PER", tag="NNP")
        for i, w in enumerate(words)] + [T(last, 1, "flat", "PROPN", tag="NNP")]
    actor = resolve_phrase("en", rows, 1)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    # "Moderator Matthias/PER Keller-May fragte": the NER stopped before the hyphenated surname
    ("de", [T("Moderator", 3, "nsubj", "NOUN"), T("Matthias", 0, "appos", "PROPN", ent="B-PER", tag="NE"),
            T("Keller-May", 1, "flat", "PROPN", tag="NE"), T("fragte", 3, "ROOT", "VERB", "fragen")],
     ("PER:matthias-keller-may", ["presenter"])),
    # "Anchor Don Lemon said": a media title before the name
    ("en", [T("Anchor", 1, "compound", "NOUN", "anchor"), T("Don", 3, "nsubj", "PROPN", ent="B-PER"),
            T("Lemon", 1, "flat", "PROPN", ent="I-PER"), T("said", 3, "ROOT", "VERB", "say")],
     ("PER:don-lemon", ["anchor"])),
])
def test_media_titles_and_hyphenated_surnames(lang, rows, expected):
    actor = resolve_phrase(lang, rows, 1, as_subject=True)
    assert actor is not None and (actor.id, actor.roles) == expected


def test_same_people_in_german_and_english_articles_get_the_same_ids():
    de = resolve_phrase("de", [T("US-Außenminister", 0, "ROOT", "NOUN"), T("Rex", 0, "appos", "PROPN", ent="B-PER"),
                               T("Tillerson", 1, "flat", "PROPN", ent="I-PER")], 0, as_subject=True)
    en = resolve_phrase("en", ENGLISH[0][0], 5, as_subject=True)
    assert de.id == en.id == "PER:rex-tillerson"
    assert de.country == en.country == "USA" and de.roles == en.roles == ["foreign minister"]
    mex_de = resolve_phrase("de", [T("Mexiko", 0, "ROOT", "PROPN", ent="B-LOC")], 0)
    mex_en = resolve_phrase("en", [T("Mexico", 0, "ROOT", "PROPN", ent="B-GPE")], 0)
    assert mex_de.id == mex_en.id == "MEX" and mex_de.name == mex_en.name == "Mexico"


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("mexikanischen", "de", "MEX"), ("US-amerikanische", "de", "USA"), ("Mexican", "en", "MEX"),
    ("britischer", "de", "GBR"), ("russischen", "de", "RUS"), ("Chinese", "en", "CHN")])
def test_country_adjectives_in_any_inflection(text, lang, code):
    assert load_gazetteer().adjective(text, lang) == code


@pytest.mark.parametrize(("rows", "head", "actor_id"), [
    # "Soldiers from Gondor" with Gondor from a user dictionary; ClearNLP attaches the PP to the noun
    ([T("Soldiers", 0, "ROOT", "NOUN", "soldier"), T("from", 0, "prep", "ADP"), T("Russia", 1, "pobj", "PROPN",
      ent="B-GPE")], 0, "RUSMIL"),
    ([T("Russia", 2, "poss", "PROPN", ent="B-GPE"), T("'s", 0, "case", "PART"), T("government", 2, "ROOT", "NOUN")],
     2, "RUSGOV"),
    ([T("police", 0, "ROOT", "NOUN"), T("in", 2, "case", "ADP"), T("Moscow", 0, "nmod", "PROPN", ent="B-GPE")],
     0, "RUSCOP"),
    # an inflected title the list lacks is found by its lemma ("Russia's polices")
    ([T("Russia", 2, "poss", "PROPN", ent="B-GPE"), T("'s", 0, "case", "PART"), T("polices", 2, "ROOT", "NOUN",
      "police")], 2, "RUSCOP"),
])
def test_institutions_take_their_country_from_a_pp_or_possessive(rows, head, actor_id):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is not None and actor.id == actor_id


@pytest.mark.parametrize(("lang", "rows", "head", "actor_id"), [
    # "Assad's troops", "Putin's government": the institution of the owner's state, not the owner
    ("en", [T("Assad", 2, "nmod:poss", "PROPN", ent="B-PER"), T("'s", 0, "case", "PART"),
            T("troops", 2, "ROOT", "NOUN", "troop")], 2, "SYRMIL"),
    ("en", [T("Putin", 2, "nmod:poss", "PROPN", ent="B-PER"), T("'s", 0, "case", "PART"),
            T("government", 2, "ROOT", "NOUN")], 2, "RUSGOV"),
    # the owner's whole name ("Boris/poss Johnson/flat's cabinet")
    ("en", [T("Boris", 3, "nmod:poss", "PROPN", ent="B-PER"), T("Johnson", 0, "flat", "PROPN", ent="I-PER"),
            T("'s", 0, "case", "PART"), T("cabinet", 3, "ROOT", "NOUN")], 3, "GBRGOV"),
    # a German name in the genitive, also one the parser took for an adjective ("Obamas/amod Regierung")
    ("de", [T("Putins", 1, "det:poss", "PROPN", "Putin"), T("Regierung", 1, "ROOT", "NOUN")], 1, "RUSGOV"),
    ("de", [T("Obamas", 1, "amod", "PROPN", "Obamas", ent="B-PER"), T("Regierung", 1, "ROOT", "NOUN")], 1, "USAGOV"),
    ("de", [T("Assads", 1, "det:poss", "PROPN", "Assad"), T("Truppen", 1, "ROOT", "NOUN", "Truppe")], 1, "SYRMIL"),
], ids=["troops", "government", "full-name", "de-genitive", "de-genitive-amod", "de-troops"])
def test_a_persons_institution_or_army_is_that_of_the_persons_state(lang, rows, head, actor_id):
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert actor is not None and actor.id == actor_id


@pytest.mark.parametrize(("rows", "head"), [
    # an owner whose country nobody knows: no institution of a guessed state
    ([T("Smith", 2, "nmod:poss", "PROPN", ent="B-PER"), T("'s", 0, "case", "PART"),
      T("government", 2, "ROOT", "NOUN")], 2),
    # a service record is no military, even of a known person's
    ([T("Flynn", 2, "nmod:poss", "PROPN", ent="B-PER"), T("'s", 0, "case", "PART"), T("record", 2, "ROOT", "NOUN"),
      T("of", 5, "case", "ADP"), T("military", 5, "amod", "ADJ"), T("service", 2, "nmod", "NOUN")], 2),
], ids=["unknown-owner", "record-of-military-service"])
def test_only_an_owned_institution_of_a_known_state_is_the_states(rows, head):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is None or actor.sector not in ("GOV", "MIL")


@pytest.mark.parametrize(("text", "country"), [
    ("Mexiko-Stadt/Berlin. US-Außenminister Rex Tillerson kam.", "MEX"),
    ("WASHINGTON (AP) — The president said", "USA"),
    ("Kiew – Die Ukraine meldet", "UKR"),
    ("Die Regierung in Berlin hat entschieden.", None),
    # a dateline after the teaser sentence (derStandard, many German sites)
    ("Die Gewerkschaft lanciert einen Rechner. Wien – Die Gewerkschaft sieht Handlungsbedarf.", "AUT"),
    ("Die Gewerkschaft lanciert einen Rechner. Wien (APA) – Die Gewerkschaft sieht Handlungsbedarf.", "AUT"),
    # a joint dateline from two countries, or with a place that is no capital: from either side
    ("Flüchtlinge warten an der Grenze. Ljubljana/Spielfeld – Die Polizei zählt.", None),
    ("Die Lage spitzt sich zu. Sofia/Wien – Die Bank meldet Verluste.", None),
    # after the teaser only a capital or a known city opens a dateline: a dash after a state's name is a dash
    ("Es geht um viel. Deutschland – das Land der Dichter – wählt.", None),
    ("Ein Prozess beginnt. Graz – Am Landesgericht begann der Prozess.", "AUT"),
])
def test_dateline_country(text, country):
    from graphbuild.resolve.dateline import dateline_country

    assert dateline_country(text, load_gazetteer(), "de") == country


def test_well_known_people_get_country_role_and_one_node():
    rows = [T("Trump", 0, "ROOT", "PROPN", ent="B-PER")]
    actor = resolve_phrase("de", rows, 0)
    assert (actor.id, actor.name, actor.country) == ("PER:donald-trump", "Donald Trump", "USA")
    full = resolve_phrase("en", [T("Donald", 1, "compound", "PROPN", ent="B-PERSON"),
                                 T("Trump", 1, "ROOT", "PROPN", ent="I-PERSON")], 1)
    assert full.id == actor.id
    pena = resolve_phrase("de", [T("Peña", 0, "ROOT", "PROPN", ent="B-PER"), T("Nieto", 0, "flat", "PROPN",
                                                                             ent="I-PER")], 0)
    assert (pena.id, pena.country) == ("PER:enrique-pena-nieto", "MEX")


def test_hyphenated_name_split_by_the_tokenizer_stays_whole():
    # "Foreign Minister Adel al-Jubeir rejected …": NER and the title rule stop at the hyphen
    rows = [T("Foreign", 1, "compound", "PROPN"), T("Minister", 6, "nsubj", "PROPN"),
            T("Adel", 1, "flat", "PROPN"), T("al", 1, "flat", "PROPN"), T("-", 5, "punct", "PUNCT"),
            T("Jubeir", 1, "flat", "PROPN"), T("rejected", 6, "ROOT", "VERB")]
    doc = make_doc("en", [r[:7] for r in rows], ents=[r[7] for r in rows],
                   spaces=[True, True, True, False, False, True, False])
    assert doc.text == "Foreign Minister Adel al-Jubeir rejected"
    found = ArticleActors(lang="en", scheme="ud").resolve(doc[1], as_subject=True)
    assert found is not None and found.actor.name == "Adel al-Jubeir" and found.actor.roles == ["foreign minister"]


def test_name_the_ner_cut_after_the_first_name_grows_over_the_surname():
    # "Die kanadische Außenministerin Chrystia Freeland …" with NER tags B-PER, O (a real bundled-pipeline output)
    rows = [T("Die", 2, "det", "DET", "der"), T("kanadische", 2, "amod", "ADJ", "kanadisch"),
            T("Außenministerin", 2, "ROOT", "NOUN"), T("Chrystia", 2, "appos", "PROPN", ent="B-PER", tag="NE"),
            T("Freeland", 3, "flat", "NOUN", tag="NE"), T("reiste", 2, "acl", "VERB", "reisen", tag="VVFIN"),
            T("nach", 7, "case", "ADP"), T("Berlin", 5, "obl", "PROPN", ent="B-LOC", tag="NE")]
    actor = resolve_phrase("de", rows, 2, as_subject=True)
    assert (actor.id, actor.country, actor.roles) == ("PER:chrystia-freeland", "CAN", ["foreign minister"])


@pytest.mark.parametrize(("first", "last", "slug"), [("Robert", "O’Rourke", "robert-o-rourke"),
                                                      ("John", "deGravelles", "john-degravelles")])
def test_surnames_with_apostrophes_or_lower_case_particles_join_the_first_name(first, last, slug):
    # the NER tagged only the first name (B-PER, O), as the bundled English pipeline does for these
    rows = [T("Judge", 2, "compound", "PROPN"), T(first, 2, "compound", "PROPN", ent="B-PER", tag="NNP"),
            T(last, 3, "nsubj", "PROPN", tag="NNP"), T("ruled", 3, "ROOT", "VERB", "rule")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert actor is not None and actor.id == f"PER:{slug}" and actor.name == f"{first} {last}"


def test_first_name_alone_resolves_to_the_one_person_of_the_article_with_it():
    # "Chuck Hagel resigned . Chuck was frustrated . Chuck Norris laughed ." — once two Chucks exist, no guess
    rows = [
        T("Chuck", 2, "nsubj", "PROPN", ent="B-PER"), T("Hagel", 0, "flat", "PROPN", ent="I-PER"),
        T("resigned", 2, "ROOT", "VERB", "resign"), T(".", 2, "punct", "PUNCT"),
        T("Chuck", 6, "nsubj", "PROPN", ent="B-PER"), T("was", 6, "cop", "AUX", "be"),
        T("frustrated", 6, "ROOT", "ADJ"), T(".", 6, "punct", "PUNCT"),
    ]
    doc = make_doc("en", [r[:7] for r in rows], ents=[r[7] for r in rows])
    actors = ArticleActors(lang="en", scheme="ud")
    assert actors.resolve(doc[0]).actor.id == "PER:chuck-hagel"
    assert actors.resolve(doc[4]).actor.id == "PER:chuck-hagel"
    other = make_doc("en", [("Chuck", 2, "nsubj", "PROPN", "Chuck"), ("Norris", 0, "flat", "PROPN", "Norris"),
                            ("Chuck", 2, "ROOT", "PROPN", "Chuck")], ents=["B-PER", "I-PER", "B-PER"])
    actors.resolve(other[0])
    assert actors.resolve(other[2]).actor.id not in ("PER:chuck-hagel", "PER:chuck-norris")


@pytest.mark.parametrize(("rows", "head", "expected"), [
    # "Ugandan/PER rebels surrendered": a nationality adjective the NER took for a person
    ([T("Ugandan", 1, "amod", "ADJ", "ugandan", ent="B-PER", tag="NNP"), T("rebels", 2, "nsubj", "NOUN", "rebel",
      tag="NNS"), T("surrendered", 2, "ROOT", "VERB", "surrender")], 1, ("UGAREB", "UGA")),
    # "Kyrgyz Prime/PER Minister Nikolai Tanaev spoke": the NER span is country and title, the name follows
    ([T("Kyrgyz", 2, "compound", "PROPN", ent="B-PER"), T("Prime", 2, "amod", "ADJ", ent="I-PER"),
      T("Minister", 3, "nmod:desc", "PROPN"), T("Nikolai", 5, "nsubj", "PROPN"), T("Tanaev", 3, "flat", "PROPN"),
      T("spoke", 5, "ROOT", "VERB", "speak")], 3, ("PER:nikolai-tanaev", "KGZ")),
])
def test_person_entities_of_only_country_and_title_words_name_nobody(rows, head, expected):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is not None and (actor.id, actor.country) == expected


@pytest.mark.parametrize(("rows", "head"), [
    # "Brexit/PER would hurt ." — a listed non-person name
    ([T("Brexit", 2, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("would", 2, "aux", "AUX"),
      T("hurt", 2, "ROOT", "VERB")], 0),
    # "God/PER decided ." , "Wikipedia/PER explains ." — listed: a deity and a website are no political actors
    ([T("God", 1, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("decided", 1, "ROOT", "VERB", "decide")], 0),
    ([T("Wikipedia", 1, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("explains", 1, "ROOT", "VERB", "explain")], 0),
    # "the Bill/PER passed ." — a one-word 'person' after the determiner names never take
    ([T("the", 1, "det", "DET", tag="DT"), T("Bill", 2, "nsubj", "PROPN", ent="B-PER", tag="NNP"),
      T("passed", 2, "ROOT", "VERB", "pass")], 1),
    # "the Citizenship Amendment Bill/PER passed ." — also after capitalised words of the same name
    ([T("the", 3, "det", "DET", tag="DT"), T("Citizenship", 2, "compound", "PROPN", tag="NNP"),
      T("Amendment", 3, "compound", "PROPN", tag="NNP"), T("Bill", 4, "nsubj", "PROPN", ent="B-PER", tag="NNP"),
      T("passed", 4, "ROOT", "VERB", "pass")], 3),
    # "Democrats/PER objected ." — a plural proper noun is a group
    ([T("Democrats", 1, "nsubj", "PROPN", "Democrat", ent="B-PER", tag="NNPS"),
      T("objected", 1, "ROOT", "VERB", "object")], 0),
    # "Latinos/PER objected ." — a group the tagger took for one name (NNP)
    ([T("Latinos", 1, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("objected", 1, "ROOT", "VERB", "object")], 0),
    # "Mass./PER objected ." — an AP abbreviation of a US state ("Anastasia Somoza of Mass.")
    ([T("Mass.", 1, "nsubj", "PROPN", ent="B-PER", tag="NNP"), T("objected", 1, "ROOT", "VERB", "object")], 0),
    # "Hubert Burda Media/PER objected ." — a company: its last word is no surname (non_person_heads)
    ([T("Hubert", 2, "compound", "PROPN", ent="B-PER", tag="NNP"), T("Burda", 2, "compound", "PROPN", ent="I-PER"),
      T("Media", 3, "nsubj", "PROPN", ent="I-PER"), T("objected", 3, "ROOT", "VERB", "object")], 2),
    # "Metal Gear Solid 5/PER sold ." — no person's name has a digit
    ([T("Metal", 3, "compound", "PROPN", ent="B-PER"), T("Gear", 3, "compound", "PROPN", ent="I-PER"),
      T("Solid", 4, "nsubj", "PROPN", ent="I-PER"), T("5", 2, "nummod", "NUM", ent="I-PER"),
      T("sold", 4, "ROOT", "VERB", "sell")], 2),
])
def test_things_and_groups_the_ner_calls_persons_are_no_person(rows, head):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is None or actor.kind != "person"


def test_a_german_question_word_the_ner_calls_a_person_is_no_person():
    # "Woran/PER liegt das ?"
    rows = [T("Woran", 1, "advmod", "PROPN", ent="B-PER", tag="NE"), T("liegt", 1, "ROOT", "VERB", "liegen"),
            T("das", 1, "nsubj", "PRON", "der")]
    actor = resolve_phrase("de", rows, 0, as_subject=True)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize("first", ["GOP", "freshman"])
def test_a_party_or_a_lower_case_word_before_a_title_is_not_part_of_the_name(first):
    # "GOP/PER Rep./PER Scott/PER Tipton/PER spoke ." — the person is Scott Tipton
    rows = [T(first, 3, "compound", "PROPN" if first == "GOP" else "NOUN", ent="B-PER"),
            T("Rep.", 3, "compound", "PROPN", ent="I-PER"), T("Scott", 3, "compound", "PROPN", ent="I-PER"),
            T("Tipton", 4, "nsubj", "PROPN", ent="I-PER"), T("spoke", 4, "ROOT", "VERB", "speak")]
    actor = resolve_phrase("en", rows, 3, as_subject=True)
    assert actor is not None and actor.name == "Scott Tipton"


def test_a_persons_title_the_ner_calls_an_organisation_is_no_organisation():
    # "National/ORG Security/ORG Adviser/ORG spoke ." — a title without a name names nobody
    rows = [T("National", 2, "compound", "PROPN", ent="B-ORG"), T("Security", 2, "compound", "PROPN", ent="I-ORG"),
            T("Adviser", 3, "nsubj", "PROPN", ent="I-ORG"), T("spoke", 3, "ROOT", "VERB", "speak")]
    actor = resolve_phrase("en", rows, 2, as_subject=True)
    assert actor is None or not actor.id.startswith("ORG:")


@pytest.mark.parametrize(("pair", "before"), [
    ("Trump-Putin", []),  # two well-known surnames
    ("Trump-Wurst", [T("Hans", 1, "compound", "PROPN", ent="B-PER"), T("Wurst", 2, "nsubj", "PROPN", ent="I-PER"),
                     T("spoke", 2, "ROOT", "VERB", "speak"), T(".", 2, "punct", "PUNCT")]),  # one the article named
])
def test_two_surnames_joined_by_a_hyphen_are_a_pairing_not_a_person(pair, before):
    # "the Trump-Putin/PER summit"
    rows = [T("the", 2, "det", "DET"), T(pair, 2, "compound", "PROPN", ent="B-PER", tag="NNP"),
            T("summit", 2, "ROOT", "NOUN")]
    actor = resolve_phrase("en", rows, 1, before=before)
    assert actor is None or actor.kind != "person"


def test_a_name_behind_a_non_person_name_and_a_middle_initial_are_the_known_person():
    # "Brexit/PER Party/PER leader Nigel Farage spoke": the person is Farage, not "Brexit …"
    farage = resolve_phrase("en", [
        T("Brexit", 1, "compound", "PROPN", ent="B-PER", tag="NNP"), T("Party", 2, "compound", "PROPN", ent="I-PER"),
        T("leader", 3, "nmod:desc", "NOUN"), T("Nigel", 5, "nsubj", "PROPN", ent="B-PER"),
        T("Farage", 3, "flat", "PROPN", ent="I-PER"), T("spoke", 5, "ROOT", "VERB", "speak")], 3, as_subject=True)
    assert farage is not None and farage.id == "PER:nigel-farage"
    # "the Sanders campaign": a name modifying a noun after "the" is still a name
    sanders = resolve_phrase("en", [T("the", 2, "det", "DET"), T("Sanders", 2, "compound", "PROPN", ent="B-PER"),
                                    T("campaign", 3, "nsubj", "NOUN"), T("spoke", 3, "ROOT", "VERB", "speak")], 2,
                             as_subject=True)
    assert sanders is not None and sanders.kind == "person"
    trump = resolve_phrase("en", [T("Donald", 3, "nsubj", "PROPN", ent="B-PER"), T("J", 0, "flat", "PROPN",
                                  ent="I-PER"), T("Trump", 0, "flat", "PROPN", ent="I-PER"),
                                  T("spoke", 3, "ROOT", "VERB", "speak")], 0, as_subject=True)
    assert trump is not None and (trump.id, trump.country) == ("PER:donald-trump", "USA")


@pytest.mark.parametrize(("lang", "first", "last"), [("en", "Tahrir", "Square"), ("en", "Radial", "Games"),
                                                     ("de", "Radial", "Games")])
def test_person_entities_ending_in_a_place_or_institution_word_are_no_person(lang, first, last):
    rows = [T(first, 2, "nsubj", "PROPN", ent="B-PER"), T(last, 0, "flat", "PROPN", ent="I-PER"),
            T("spoke", 2, "ROOT", "VERB", "speak")]
    actor = resolve_phrase(lang, rows, 0, as_subject=True)
    assert actor is None or actor.kind != "person"
    person = resolve_phrase(lang, [T("Mohammed", 2, "nsubj", "PROPN", ent="B-PER"),
                                   T("Bedoui", 0, "flat", "PROPN", ent="I-PER"), T("spoke", 2, "ROOT", "VERB")], 0,
                            as_subject=True)
    assert person is not None and person.kind == "person"


@pytest.mark.parametrize(("lang", "first", "last"), [("en", "Anbar", "province"), ("en", "Yarmouk", "camp"),
                                                     ("en", "Orange", "County")])
def test_organisation_entities_ending_in_a_place_word_are_places(lang, first, last):
    # "Anbar/ORG province/ORG fell ." — a province, not an organisation
    rows = [T(first, 1, "compound", "PROPN", ent="B-ORG"), T(last, 2, "nsubj", "NOUN", ent="I-ORG"),
            T("fell", 2, "ROOT", "VERB", "fall")]
    assert resolve_phrase(lang, rows, 1, as_subject=True) is None


@pytest.mark.parametrize(("words", "ents", "name"), [
    (["Alexander", "Van", "der", "Bellen"], ["B-PER", "I-PER", "O", "O"], "Alexander Van der Bellen"),
    (["Ursula", "von", "der", "Leyen"], ["B-PER", "I-PER", "I-PER", "O"], "Ursula von der Leyen"),
])
def test_names_with_particles_are_not_cut(words, ents, name):
    rows = [T(w, 4, "nsubj" if i == 0 else "flat", "PROPN" if w[0].isupper() else "ADP", ent=e)
            for i, (w, e) in enumerate(zip(words, ents, strict=True))]
    rows = [(r[0], 4 if i == 0 else 0, *r[2:]) for i, r in enumerate(rows)] + [T("sprach", 4, "ROOT", "VERB")]
    actor = resolve_phrase("de", rows, 0, as_subject=True)
    assert actor is not None and actor.name == name


def test_particle_before_a_place_does_not_join_it():
    # "Angela Merkel von Berlin …": "von Berlin" is where, not a name part
    rows = [T("Angela", 1, "flat", "PROPN", ent="B-PER"), T("Merkel", 4, "nsubj", "PROPN", ent="I-PER"),
            T("von", 3, "case", "ADP"), T("Berlin", 4, "obl", "PROPN", ent="B-LOC"), T("reiste", 4, "ROOT", "VERB")]
    assert resolve_phrase("de", rows, 1, as_subject=True).name == "Angela Merkel"


BEFORE_MERKEL = [T("Angela", 2, "nsubj", "PROPN", ent="B-PER"), T("Merkel", 0, "flat", "PROPN", ent="I-PER"),
                 T("kam", 2, "ROOT", "VERB"), T(".", 2, "punct", "PUNCT")]


@pytest.mark.parametrize("rows, expected", [
    # "Hier will man flexibel vorgehen ." — the impersonal "man" is nobody in particular
    ([T("Hier", 4, "advmod", "ADV"), T("will", 4, "aux", "AUX", "wollen"), T("man", 4, "nsubj", "PRON"),
      T("flexibel", 4, "advmod", "ADJ"), T("vorgehen", 4, "ROOT", "VERB")], None),
    # "Sie würden Material enthalten ." — the plural verb makes "Sie" they
    ([T("Sie", 3, "nsubj", "PRON", "sie"), T("würden", 3, "aux", "AUX", "werden",
                                              morph="Number=Plur|Person=3|VerbForm=Fin"),
      T("Material", 3, "obj", "NOUN"), T("enthalten", 3, "ROOT", "VERB")], None),
    # "sie bereit sind" — the copula's plural (tag VAFIN) wins over a pronoun the tagger called singular
    ([T("sie", 1, "nsubj", "PRON", "sie", morph="Number=Sing|Person=3"), T("bereit", 1, "ROOT", "ADJ"),
      T("sind", 1, "cop", "AUX", "sein", tag="VAFIN", morph="Number=Plur|Person=3")], None),
    # "Sie sagte ." — singular: the woman named before
    ([T("Sie", 1, "nsubj", "PRON", "sie"), T("sagte", 1, "ROOT", "VERB",
                                            morph="Number=Sing|Person=3|VerbForm=Fin")], "PER:angela-merkel"),
], ids=["man", "sie-plural", "sie-copula-plural", "sie-singular"])
def test_german_pronouns_that_name_nobody(rows, expected):
    subject = next(i for i, r in enumerate(rows) if r[2] == "nsubj")
    actor = resolve_phrase("de", rows, subject, as_subject=True, before=BEFORE_MERKEL)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize(("det", "number", "expected"), [
    ("der", "Sing", "PER:angela-merkel"),  # "erklärte der CDU-Politiker": the politician named before
    ("die", "Plur", None),                 # "die CDU-Politiker": several, not her
])
def test_a_definite_party_politician_is_the_person_named_before(det, number, expected):
    # "DET CDU-Politiker erklärte ."
    rows = [T(det, 1, "det", "DET", "der", morph=f"Number={number}"),
            T("CDU-Politiker", 2, "nsubj", "NOUN", morph=f"Number={number}"),
            T("erklärte", 2, "ROOT", "VERB", "erklären")]
    actor = resolve_phrase("de", rows, 1, as_subject=True, before=BEFORE_MERKEL)
    assert (actor.id if actor and actor.kind == "person" else None) == expected


def test_an_epithet_inside_a_phrase_does_not_make_its_head_the_person_named_before():
    # "Angela Merkel met Barack Obama . The parity between a world leader … mattered ." — the parity is nobody
    rows = [T("The", 1, "det", "DET", tag="DT"), T("parity", 6, "nsubj", "NOUN", morph="Number=Sing"),
            T("between", 5, "case", "ADP"), T("a", 5, "det", "DET", tag="DT"), T("world", 5, "compound", "NOUN"),
            T("leader", 1, "nmod", "NOUN"), T("mattered", 6, "ROOT", "VERB", "matter")]
    before = [T("Angela", 2, "nsubj", "PROPN", ent="B-PER"), T("Merkel", 0, "flat", "PROPN", ent="I-PER"),
              T("met", 2, "ROOT", "VERB", "meet"), T("Barack", 2, "obj", "PROPN", ent="B-PER"),
              T("Obama", 3, "flat", "PROPN", ent="I-PER"), T(".", 2, "punct", "PUNCT")]
    actor = resolve_phrase("en", rows, 1, as_subject=True, before=before)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize(("rows", "head", "expected"), [
    # "Anna Turley MP slammed him": the caption's "MP" is no part of the name
    ([T("Anna", 3, "nsubj", "PROPN", ent="B-PER"), T("Turley", 0, "flat", "PROPN", ent="I-PER"),
      T("MP", 0, "flat", "PROPN", ent="I-PER"), T("slammed", 3, "ROOT", "VERB", "slam")], 0, "PER:anna-turley"),
    # "… accused Mr Johnson of offering …" with the NER running on into "of"
    ([T("accused", 0, "ROOT", "VERB", "accuse"), T("Mr", 2, "compound", "PROPN"),
      T("Johnson", 0, "obj", "PROPN", ent="B-PER"), T("of", 2, "case", "ADP", ent="I-PER"),
      T("offering", 0, "advcl", "VERB", "offer")], 2, "PER:johnson"),
    # "MP" alone, tagged as a name: nobody
    ([T("MP", 1, "nsubj", "PROPN", ent="B-PER"), T("said", 1, "ROOT", "VERB", "say")], 0, None),
], ids=["caption-title", "trailing-preposition", "title-alone"])
def test_words_after_a_name_that_are_no_part_of_it(rows, head, expected):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    # "Ms. Hicks said": the NER took Hicks for an organisation; the honorific says a person is named
    ("en", [T("Ms.", 1, "nmod:desc", "PROPN"), T("Hicks", 2, "nsubj", "PROPN", ent="B-ORG"),
            T("said", 2, "ROOT", "VERB", "say")], "PER:hicks"),
    # "Frau Kahr sagte": no entity at all
    ("de", [T("Frau", 1, "nmod", "NOUN"), T("Kahr", 2, "nsubj", "PROPN"), T("sagte", 2, "ROOT", "VERB", "sagen")],
     "PER:kahr"),
    # "Maryland Rep. Steny Hoyer acknowledged": no entity, a given name no list has, after a non-gendered honorific
    ("en", [T("Maryland", 1, "compound", "PROPN"), T("Rep.", 3, "nmod:desc", "PROPN"),
            T("Steny", 3, "compound", "PROPN"), T("Hoyer", 4, "nsubj", "PROPN"),
            T("acknowledged", 4, "ROOT", "VERB", "acknowledge")], "PER:steny-hoyer"),
], ids=["ms-org", "frau-no-entity", "rep-no-entity"])
def test_a_name_after_a_personal_honorific_is_a_person(lang, rows, expected):
    head = next(i for i, r in enumerate(rows) if r[2] == "nsubj")
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert actor is not None and (actor.id, actor.kind) == (expected, "person")


@pytest.mark.parametrize(("honorific", "surname", "expected"), [
    ("Mrs", "May", "PER:theresa-may"),  # the one well-known May: "May" alone is a month, after "Mrs" a person
    ("Mr", "Johnson", "PER:johnson"),  # several well-known Johnsons: no guess
    ("The", "May", None),  # no honorific, no person
])
def test_a_surname_after_an_honorific_is_the_one_well_known_person_of_that_name(honorific, surname, expected):
    rows = [T(honorific, 1, "compound" if honorific != "The" else "det", "PROPN" if honorific != "The" else "DET"),
            T(surname, 2, "nsubj", "PROPN"), T("said", 2, "ROOT", "VERB", "say")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize(("surname", "country"), [
    ("Clinton", "USA"),   # Bill and Hillary: which one is unclear, the country is not
    ("Johnson", None),    # Boris (GBR) and Jeh (USA)
    ("Zschäpe", None),    # no well-known person of that name
])
def test_a_lone_surname_gets_the_country_all_its_well_known_bearers_share(surname, country):
    actor = resolve_phrase("en", [T(surname, 0, "ROOT", "PROPN", ent="B-PER", tag="NNP")], 0, as_subject=True)
    assert actor is not None and actor.kind == "person"
    assert actor.country == country
    assert load_gazetteer().surname_country(surname) == country


@pytest.mark.parametrize(("words", "expected"), [
    (["Francois", "Mitterand"], ("PER:francois-mitterrand", "FRA")),  # a common misspelling of a listed alias
    (["Boris", "Yeltsin"], ("PER:boris-yeltsin", "RUS")),
    (["Mohammad", "Zia-Ul-Haq"], ("PER:muhammad-zia-ul-haq", "PAK")),
])
def test_archive_news_leaders_are_known_persons(words, expected):
    rows = [T(words[0], 0, "ROOT", "PROPN", ent="B-PER", tag="NNP")] + [
        T(w, 0, "flat", "PROPN", ent="I-PER", tag="NNP") for w in words[1:]]
    actor = resolve_phrase("en", rows, 0, as_subject=True)
    assert actor is not None and (actor.id, actor.country) == expected


@pytest.mark.parametrize(("honorific", "ent", "same"), [
    ("Mrs", "B-PERSON", False), ("Mrs", "O", False),  # the NER may or may not tag the surname
    ("Mr", "B-PERSON", True), ("Mr", "O", True),
])
def test_an_honorific_of_the_other_gender_names_someone_else_of_the_surname(honorific, ent, same):
    # "Donald Trump arrived . Mrs Trump smiled ." — Mrs Trump is not Donald Trump
    before = [T("Donald", 2, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
              T("Trump", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP"), T("arrived", 2, "ROOT", "VERB", "arrive"),
              T(".", 2, "punct", "PUNCT")]
    rows = [T(honorific, 1, "nmod:desc", "PROPN", tag="NNP"), T("Trump", 2, "nsubj", "PROPN", ent=ent, tag="NNP"),
            T("smiled", 2, "ROOT", "VERB", "smile")]
    actor = resolve_phrase("en", rows, 1, as_subject=True, before=before)
    assert actor is not None and (actor.id == "PER:donald-trump") is same
    if not same:
        assert actor.name == "Mrs Trump"


@pytest.mark.parametrize(("words", "expected"), [
    (("Alexei", "Navalny"), "PER:alexei-navalny"),  # both NER tags O: a listed given name starts the name
    (("Paul", "Street"), None),  # a place word ends it
    (("Paul", "Monday"), None),  # a time
    (("Navalny", "Alexei"), None),  # no given name first
])
def test_a_given_name_and_a_surname_the_ner_missed_are_a_person(words, expected):
    rows = [T(words[0], 1, "compound", "PROPN", tag="NNP"), T(words[1], 2, "nsubj", "PROPN", tag="NNP"),
            T("protested", 2, "ROOT", "VERB", "protest")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert (actor.id if actor is not None and actor.kind == "person" else None) == expected


@pytest.mark.parametrize(("title", "country"), [("King", None), ("Senator", "AFG")])
def test_a_given_name_after_a_monarchs_title_gives_no_country_of_a_namesake(title, country):
    # "King Abdullah spoke": no Abdullah Abdullah of Afghanistan; after another title the surname's guess stays
    rows = [T(title, 1, "compound", "PROPN", tag="NNP"), T("Abdullah", 2, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
            T("spoke", 2, "ROOT", "VERB", "speak")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert actor is not None and actor.kind == "person" and actor.country == country


def test_a_plural_title_the_ner_took_into_a_name_is_no_part_of_it():
    # "Justices Neil Gorsuch and Brett Kavanaugh …" with "Justices Neil Gorsuch" one PERSON entity
    rows = [T("Justices", 2, "compound", "PROPN", ent="B-PERSON", tag="NNPS"),
            T("Neil", 2, "compound", "PROPN", ent="I-PERSON", tag="NNP"),
            T("Gorsuch", 3, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T("asked", 3, "ROOT", "VERB", "ask")]
    actor = resolve_phrase("en", rows, 2, as_subject=True)
    assert actor is not None and actor.name == "Neil Gorsuch"


def test_a_title_the_ner_tagged_alone_grows_into_the_name_without_itself():
    # "Justice Antonin Scalia wrote" with only "Justice" tagged: the grown name drops the title
    rows = [T("Justice", 2, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
            T("Antonin", 2, "compound", "PROPN", tag="NNP"),
            T("Scalia", 3, "nsubj", "PROPN", tag="NNP"), T("wrote", 3, "ROOT", "VERB", "write")]
    actor = resolve_phrase("en", rows, 0, as_subject=True)
    assert actor is not None and actor.name == "Antonin Scalia"


@pytest.mark.parametrize(("rows", "spaces", "name"), [
    # "Kim Jong Un spoke" with "Un" tagged an organisation (the UN): the gazetteer knows the longer name
    ([T("Kim", 3, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"), T("Jong", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP"),
      T("Un", 0, "flat", "PROPN", ent="B-ORG", tag="NNP"), T("spoke", 3, "ROOT", "VERB", "speak")],
     [True, True, True, False], "Kim Jong-un"),
    # "Kim Il-sung spoke" with "sung" tagged an adjective: a syllable glued to the hyphen is no trailing word
    ([T("Kim", 4, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"), T("Il", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP"),
      T("-", 0, "punct", "PUNCT", tag="HYPH"), T("sung", 0, "flat", "ADJ", tag="JJ"), T("spoke", 4, "ROOT", "VERB", "speak")],
     [True, False, False, True, False], "Kim Il-sung"),
])
def test_a_well_known_or_hyphenated_name_the_ner_cut_is_whole(rows, spaces, name):
    doc = make_doc("en", [r[:7] for r in rows], ents=[r[7] for r in rows], spaces=spaces)
    found = ArticleActors(lang="en", scheme="ud").resolve(doc[0], as_subject=True)
    assert found is not None and found.actor.name == name


def test_a_name_does_not_grow_over_a_comma_into_its_apposition():
    # "Kofi Annan , UN secretary-general , spoke": the apposition still gives the organisation
    rows = [T("Kofi", 1, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
            T("Annan", 7, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T(",", 5, "punct", "PUNCT", tag=","),
            T("UN", 5, "compound", "PROPN", ent="B-ORG", tag="NNP"), T("secretary", 5, "compound", "NOUN", tag="NN"),
            T("general", 1, "appos", "NOUN", tag="NN"), T(",", 1, "punct", "PUNCT", tag=","),
            T("spoke", 7, "ROOT", "VERB", "speak")]
    doc = make_doc("en", [r[:7] for r in rows], ents=[r[7] for r in rows])
    found = ArticleActors(lang="en", scheme="ud").resolve(doc[1], as_subject=True)
    assert found is not None and found.actor.name == "Kofi Annan" and found.actor.country == "UNO"


@pytest.mark.parametrize(("rows", "head", "country"), [
    # "Robert Mueller 's Russia Report came", parsed as the model does ("'s" a flat part of the name): a state
    # after the possessive is the report's topic, not Mueller's country
    ([T("Robert", 3, "nmod:poss", "PROPN", ent="B-PERSON", tag="NNP"),
      T("Mueller", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP_POS"), T("'s", 0, "flat", "PROPN", tag="NNP_POS"),
      T("Russia", 4, "compound", "PROPN", ent="B-GPE", tag="NNP"), T("Report", 5, "nsubj", "PROPN", tag="NNP"),
      T("came", 5, "ROOT", "VERB", "come")], 4, "USA"),  # (the gazetteer's, not RUS)
    # "Osama bin Laden 's al-Qaeda network threatened": an organisation after the possessive is his own
    ([T("Osama", 5, "nmod:poss", "PROPN", ent="B-PERSON", tag="NNP"),
      T("bin", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP"), T("Laden", 0, "flat", "PROPN", ent="I-PERSON", tag="NNP"),
      T("'s", 0, "flat", "PROPN", tag="NNP_POS"), T("al-Qaeda", 5, "compound", "PROPN", ent="B-ORG", tag="NNP"),
      T("network", 6, "nsubj", "NOUN", tag="NN"), T("threatened", 6, "ROOT", "VERB", "threaten")], 5, "IMGALQ"),
    # "Iran expert Cliff Kupchan spoke": a state before a topical role is what he knows
    ([T("Iran", 1, "compound", "PROPN", ent="B-GPE", tag="NNP"), T("expert", 3, "compound", "NOUN", tag="NN"),
      T("Cliff", 3, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
      T("Kupchan", 4, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T("spoke", 4, "ROOT", "VERB", "speak")], 3, None),
    # "Iranian expert Cliff Kupchan spoke": the nationality adjective still counts
    ([T("Iranian", 1, "amod", "ADJ", tag="JJ"), T("expert", 3, "compound", "NOUN", tag="NN"),
      T("Cliff", 3, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
      T("Kupchan", 4, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T("spoke", 4, "ROOT", "VERB", "speak")], 3, "IRN"),
])
def test_a_state_named_as_a_persons_topic_is_not_their_country(rows, head, country):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is not None and actor.kind == "person" and actor.country == country


@pytest.mark.parametrize(("last", "kind"), [
    ("Energy", "organisation"),  # a company's last word: the "person" is the company
    ("Square", None),            # a place word: no person and no company
])
def test_a_person_entity_ending_in_a_company_word_is_the_company(last, kind):
    # "JBC <last> expects a decline" with both words one person entity
    rows = [T("JBC", 1, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
            T(last, 2, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T("expects", 2, "ROOT", "VERB", "expect")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert (actor.kind if actor is not None else None) == kind


def test_a_title_the_ner_tagged_alone_is_nobody():
    # "Department Inspector spoke" with both words one person entity: an institution and a title, no name
    rows = [T("Department", 1, "compound", "PROPN", ent="B-PERSON", tag="NNP"),
            T("Inspector", 2, "nsubj", "PROPN", ent="I-PERSON", tag="NNP"), T("spoke", 2, "ROOT", "VERB", "speak")]
    actor = resolve_phrase("en", rows, 1, as_subject=True)
    assert actor is None or actor.kind != "person"


def test_a_counselor_title_after_an_institution_introduces_the_person():
    # "White House Counselor Kellyanne Conway spoke" with all five words one organisation entity
    rows = [T("White", 1, "amod", "ADJ", ent="B-ORG", tag="NNP"), T("House", 2, "compound", "PROPN", ent="I-ORG", tag="NNP"),
            T("Counselor", 4, "compound", "PROPN", ent="I-ORG", tag="NNP"),
            T("Kellyanne", 2, "flat", "PROPN", ent="I-ORG", tag="NNP"),
            T("Conway", 5, "nsubj", "PROPN", ent="I-ORG", tag="NNP"), T("spoke", 5, "ROOT", "VERB", "speak")]
    actor = resolve_phrase("en", rows, 4, as_subject=True)
    assert actor is not None and actor.kind == "person" and actor.name == "Kellyanne Conway"


@pytest.mark.parametrize(("later", "expected"), [
    # the headline's genitive "Privatklage Jürg Christandls" is the Christandl the text names
    ("Christandl", "PER:jurg-christandl"),
    # without the bare name elsewhere, the ending may be the name's own ("Klaus Iohannis")
    ("Gudenus", "PER:jurg-christandls"),
])
def test_a_full_name_in_the_genitive_is_the_person_the_article_names_without_it(later, expected):
    rows = [T("Privatklage", 0, "ROOT", "NOUN", tag="NN"), T("Jürg", 0, "nmod", "PROPN", tag="NE", ent="B-PER"),
            T("Christandls", 1, "flat", "PROPN", tag="NE", ent="I-PER"), T("und", 4, "cc", "CCONJ"),
            T(later, 0, "conj", "PROPN", tag="NE")]
    assert resolve_phrase("de", rows, 1).id == expected


@pytest.mark.parametrize(("title", "number"), [("Abgeordneten", "Plur"), ("Landesrätin", "Sing")])
def test_a_surname_after_a_title_is_the_person_the_article_named_before(title, number):
    # "die Abgeordneten Schaunig" after "Gaby Schaunig": no second person "Schaunig"
    before = [T("Gaby", 2, "nsubj", "PROPN", tag="NE", ent="B-PER"),
              T("Schaunig", 0, "flat", "PROPN", tag="NE", ent="I-PER"), T("sprach", 2, "ROOT", "VERB")]
    rows = [T("die", 1, "det", "DET", "der"), T(title, 3, "nsubj", "NOUN", tag="NN", morph=f"Number={number}"),
            T("Schaunig", 3, "obj", "PROPN", tag="NN"), T("vorwerfen", 3, "ROOT", "VERB")]
    actor = resolve_phrase("de", rows, 1, as_subject=True, before=before)
    assert actor.id == "PER:gaby-schaunig"
    assert actor.roles == ([] if number == "Plur" else ["state minister"])  # several MPs give her no office


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    # "the Chinese side", "die chinesische Seite": a state's side in talks is its government
    ("en", [T("the", 2, "det", "DET"), T("Chinese", 2, "amod", "ADJ", "chinese"), T("side", 2, "ROOT", "NOUN")],
     "CHNGOV"),
    ("de", [T("die", 2, "det", "DET", "der"), T("chinesische", 2, "amod", "ADJ", "chinesisch"),
            T("Seite", 2, "ROOT", "NOUN")], "CHNGOV"),
    # without a country, a side is nobody ("both sides")
    ("en", [T("both", 1, "det", "DET"), T("sides", 1, "ROOT", "NOUN", "side")], None),
])
def test_a_countrys_side_is_its_government(lang, rows, expected):
    actor = resolve_phrase(lang, rows, 2 if len(rows) == 3 else 1, as_subject=True)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize(("rows", "head", "roles"), [
    # "A spokesman for Mr Khan said": the spokesman's title is not Khan's
    ([T("A", 1, "det", "DET"), T("spokesman", 5, "nsubj", "NOUN"), T("for", 3, "case", "ADP"),
      T("Mr", 1, "nmod", "PROPN"), T("Khan", 3, "flat", "PROPN", ent="B-PER"), T("said", 5, "ROOT", "VERB")],
     1, []),
    # ... a title with its own "for" phrase before the name stays the holder's
    ([T("Minister", 5, "nsubj", "PROPN"), T("for", 2, "case", "ADP"), T("Defence", 0, "nmod", "PROPN"),
      T("Ron", 0, "appos", "PROPN", ent="B-PER"), T("Khan", 3, "flat", "PROPN", ent="I-PER"),
      T("said", 5, "ROOT", "VERB")], 0, ["minister"]),
])
def test_a_title_for_someone_is_not_that_persons(rows, head, roles):
    before = [T("Sadiq", 2, "nsubj", "PROPN", ent="B-PER"), T("Khan", 0, "flat", "PROPN", ent="I-PER"),
              T("spoke", 2, "ROOT", "VERB")] if head == 1 else None
    actor = resolve_phrase("en", rows, head, as_subject=True, before=before)
    assert actor.kind == "person" and actor.name.endswith("Khan")
    assert actor.roles == roles


@pytest.mark.parametrize(("lang", "rows", "head"), [
    # "EU leaders", "die EU-Behörde", "the United Nations' special representative": an organisation's officials
    # speak for it; it has no government of its own
    ("en", [T("EU", 1, "compound", "PROPN", ent="B-ORG"), T("leaders", 1, "ROOT", "NOUN", "leader")], 1),
    ("de", [T("die", 1, "det", "DET", "der"), T("EU-Behörde", 1, "ROOT", "NOUN")], 1),
])
def test_an_organisations_officials_are_the_organisation(lang, rows, head):
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert actor.kind == "organisation" and not actor.id.endswith("GOV") and "Government" not in actor.name


@pytest.mark.parametrize("ent", ["O", "B-PER"])
def test_a_name_after_a_titles_prepositional_phrase_is_the_title_holder(ent):
    # "The British ambassador to the UN , Matthew Rycroft , said" with the name hung on "UN"
    rows = [T("The", 2, "det", "DET"), T("British", 2, "amod", "ADJ", "british"),
            T("ambassador", 10, "nsubj", "NOUN"), T("to", 5, "case", "ADP"), T("the", 5, "det", "DET"),
            T("UN", 2, "nmod", "PROPN", ent="B-ORG"), T(",", 7, "punct", "PUNCT"),
            T("Matthew", 5, "appos", "PROPN", ent=ent), T("Rycroft", 7, "flat", "PROPN", ent="I-PER" if ent != "O" else "O"),
            T(",", 2, "punct", "PUNCT"), T("said", 10, "ROOT", "VERB", "say")]
    actor = resolve_phrase("en", rows, 2, as_subject=True)
    assert (actor.id, actor.country) == ("PER:matthew-rycroft", "GBR") and "ambassador" in actor.roles


def test_the_country_an_envoy_is_sent_to_is_not_the_envoys():
    # "the Mexican ambassador to the United States": an official of Mexico
    rows = [T("the", 2, "det", "DET"), T("Mexican", 2, "amod", "ADJ", "mexican"), T("ambassador", 2, "ROOT", "NOUN"),
            T("to", 6, "case", "ADP"), T("the", 6, "det", "DET"), T("United", 6, "compound", "PROPN", ent="B-GPE"),
            T("States", 2, "nmod", "PROPN", ent="I-GPE")]
    assert resolve_phrase("en", rows, 2, as_subject=True).id == "MEXGOV"


@pytest.mark.parametrize(("last", "expected"), [("Clapper", "PER:james-clapper"), ("Foundation", None)])
def test_an_organisation_entity_ending_in_a_well_known_persons_name_is_that_person(last, expected):
    # "National Intelligence James R. Clapper/ORG said" (after "Director of"): the NER ran the title into the name
    rows = [T("National", 1, "amod", "ADJ", ent="B-ORG", tag="NNP"), T("Intelligence", 2, "compound", "PROPN", ent="I-ORG"),
            T("James", 5, "nsubj", "PROPN", ent="I-ORG"), T("R.", 2, "flat", "PROPN", ent="I-ORG"),
            T(last, 2, "flat", "PROPN", ent="I-ORG"), T("said", 5, "ROOT", "VERB", "say")]
    found = resolve_phrase("en", rows, 2, as_subject=True)
    assert (found.id if found is not None and found.kind == "person" else None) == expected


@pytest.mark.parametrize(("det", "expected"), [("the", "PER:mitt-romney"), ("a", None)])
def test_an_indefinite_title_is_someone_unnamed_not_the_holder_named_before(det, expected):
    # "Mitt Romney spoke . … the/a candidate": the gazetteer knows Romney as a candidate
    before = [T("Mitt", 1, "compound", "PROPN", ent="B-PER"), T("Romney", 2, "nsubj", "PROPN", ent="I-PER"),
              T("spoke", 2, "ROOT", "VERB", "speak")]
    rows = [T(det, 1, "det", "DET"), T("candidate", 1, "ROOT", "NOUN")]
    found = resolve_phrase("en", rows, 1, as_subject=True, before=before)
    assert (found.id if found else None) == expected


@pytest.mark.parametrize(("lang", "rows", "expected"), [
    # "UN ambassador Jane Roe": a state's envoy to the UN, not the UN's
    ("en", [T("UN", 1, "compound", "PROPN", ent="B-ORG"), T("ambassador", 3, "compound", "NOUN"),
            T("Jane", 3, "compound", "PROPN", ent="B-PER"), T("Roe", 3, "ROOT", "PROPN", ent="I-PER")], None),
    ("de", [T("UN-Botschafterin", 0, "ROOT", "NOUN"), T("Erika", 0, "appos", "PROPN", ent="B-PER"),
            T("Mustermann", 1, "flat", "PROPN", ent="I-PER")], None),
    # … while the UN's own spokesman and a state's ambassador keep theirs
    ("en", [T("UN", 1, "compound", "PROPN", ent="B-ORG"), T("spokesman", 3, "compound", "NOUN"),
            T("Stephane", 3, "compound", "PROPN", ent="B-PER"), T("Dujarric", 3, "ROOT", "PROPN", ent="I-PER")],
     "UNO"),
    ("en", [T("Mexican", 1, "amod", "ADJ", "mexican"), T("ambassador", 3, "compound", "NOUN"),
            T("Jane", 3, "compound", "PROPN", ent="B-PER"), T("Roe", 3, "ROOT", "PROPN", ent="I-PER")], "MEX"),
])
def test_an_ambassador_to_an_international_organisation_is_not_its_member(lang, rows, expected):
    head = len(rows) - 1 if lang == "en" else 0
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert (actor.kind, actor.country) == ("person", expected)


@pytest.mark.parametrize(("title", "name", "expected"), [
    # "King Abdullah" after "Abdullah Abdullah": a given name after a monarch's title is no surname
    ("King", "Abdullah", "PER:abdullah"),
    # ... and the name the gazetteer lists the monarch under, when it knows him by it
    ("King", "Salman", "PER:salman-bin-abdulaziz-al-saud"),
])
def test_a_name_after_a_monarchs_title_is_a_given_name(title, name, expected):
    before = [T("Abdullah", 2, "nsubj", "PROPN", ent="B-PER"), T("Abdullah", 0, "flat", "PROPN", ent="I-PER"),
              T("spoke", 2, "ROOT", "VERB")]
    rows = [T(title, 1, "compound", "PROPN"), T(name, 1, "ROOT", "PROPN", ent="B-PER")]
    assert resolve_phrase("en", rows, 1, as_subject=True, before=before).id == expected


def test_a_full_name_in_the_genitive_before_the_noun_it_owns_is_the_person():
    # "in Tom Rostons Buch": the book's author is Tom Roston (the article never names him otherwise)
    rows = [T("in", 1, "case", "ADP"), T("Tom", 3, "nmod", "PROPN", tag="NE", ent="B-PER"),
            T("Rostons", 1, "flat", "PROPN", tag="NE", ent="I-PER"), T("Buch", 3, "ROOT", "NOUN", tag="NN")]
    assert resolve_phrase("de", rows, 1).id == "PER:tom-roston"


@pytest.mark.parametrize(("words", "ent_end", "expected"), [
    # "National Polls Show Massive Public Support For Expanding Background Checks": no organisation
    (["National", "Polls", "Show", "Massive", "Public", "Support", "For", "Expanding", "Checks"], 2, None),
    # an institution keeps its name in a headline: "Supreme Court Has Stated That Background Checks …"
    (["Supreme", "Court", "Has", "Stated", "That", "Background", "Checks", "Are", "Legal"], 1, "organisation"),
])
def test_dictionary_words_in_a_title_case_headline_are_no_organisation(words, ent_end, expected):
    rows = [T(w, ent_end, "compound" if i < ent_end else ("ROOT" if i == ent_end else "dep"), "PROPN",
              ent=("B-ORG" if i == 0 else "I-ORG") if i <= ent_end else "O") for i, w in enumerate(words)]
    actor = resolve_phrase("en", rows, ent_end, as_subject=True)
    assert (actor.kind if actor else None) == expected


@pytest.mark.parametrize(("before", "expected"), [
    (None, None),  # "Proposal Included Exemptions …": a headline's capitalised word is no one
    # ... but the surname of a person the article names is that person: "Warren Rejects Latest Proposal"
    ([T("Elizabeth", 2, "nsubj", "PROPN", ent="B-PER"), T("Warren", 0, "flat", "PROPN", ent="I-PER"),
      T("spoke", 2, "ROOT", "VERB")], "PER:elizabeth-warren"),
])
def test_a_one_word_name_in_a_title_case_headline(before, expected):
    word = "Warren" if before else "Proposal"
    rows = [T(word, 1, "nsubj", "PROPN", ent="B-PER"), T("Rejects", 1, "ROOT", "VERB"),
            T("Latest", 3, "amod", "ADJ"), T("Proposal" if before else "Changes", 1, "obj", "NOUN"),
            T("From", 5, "case", "ADP"), T("Senate", 3, "nmod", "PROPN"), T("Leaders", 3, "dep", "NOUN")]
    actor = resolve_phrase("en", rows, 0, as_subject=True, before=before)
    assert (actor.id if actor else None) == expected


@pytest.mark.parametrize(("lang", "rows", "head", "expected"), [
    # "the NATO alliance": the organisation that names the kind noun
    ("en", [T("the", 2, "det", "DET"), T("NATO", 2, "compound", "PROPN", ent="B-ORG"),
            T("alliance", 2, "ROOT", "NOUN")], 2, "NATO"),
    # "the Asia-Pacific Economic Cooperation (APEC) forum": through the bracketed short name
    ("en", [T("the", 6, "det", "DET"), T("Economic", 2, "amod", "ADJ"), T("Cooperation", 6, "compound", "PROPN"),
            T("(", 4, "punct", "PUNCT"), T("APEC", 2, "appos", "PROPN", ent="B-ORG"), T(")", 4, "punct", "PUNCT"),
            T("forum", 6, "ROOT", "NOUN")], 6, "APEC"),
    # "das Militärbündnis Nato", "die Opec-Gruppe": a German compound's end is the kind noun
    ("de", [T("das", 1, "det", "DET"), T("Militärbündnis", 1, "ROOT", "NOUN"),
            T("Nato", 1, "appos", "PROPN", ent="B-ORG")], 1, "NATO"),
    ("de", [T("die", 1, "det", "DET"), T("Opec-Gruppe", 1, "ROOT", "NOUN")], 1, "OPEC"),
    # a state's agency is no organisation the state stands for; a kind noun alone is nobody
    ("en", [T("the", 2, "det", "DET"), T("US", 2, "compound", "PROPN", ent="B-GPE"),
            T("agency", 2, "ROOT", "NOUN")], 2, None),
    ("en", [T("the", 1, "det", "DET"), T("alliance", 1, "ROOT", "NOUN")], 1, None),
], ids=["nato-alliance", "apec-forum-acronym", "militaerbuendnis-nato", "opec-gruppe", "us-agency", "alliance-alone"])
def test_a_kind_noun_named_by_a_known_organisation_is_that_organisation(lang, rows, head, expected):
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert (actor.id if actor is not None else None) == expected
    if expected is not None:
        assert actor.kind == "organisation"


def test_an_initialism_the_ner_took_for_a_person_is_an_organisation_also_untagged_later():
    # "CNN/PER reported . CNN/O confirmed ." — the short name is an organisation, and an untagged mention of the
    # same name later in the article is that organisation
    doc = make_doc("en", [
        T("CNN", 1, "nsubj", "PROPN", tag="NNP")[:7], T("reported", 1, "ROOT", "VERB", tag="VBD")[:7],
        T(".", 1, "punct", "PUNCT")[:7],
        T("CNN", 4, "nsubj", "PROPN", tag="NNP")[:7], T("confirmed", 4, "ROOT", "VERB", tag="VBD")[:7],
        T(".", 4, "punct", "PUNCT")[:7],
    ], ents=["B-PERSON", "O", "O", "O", "O", "O"])
    actors = ArticleActors(lang="en", scheme="ud")
    first, later = actors.resolve(doc[0]), actors.resolve(doc[3])
    assert first is not None and (first.actor.id, first.actor.kind) == ("ORG:cnn", "organisation")
    assert later is not None and later.actor is first.actor
    assert not [a for a in actors.actors.values() if a.kind == "person"]


def test_a_listed_persons_initialism_stays_the_person():
    actor = resolve_phrase("en", [T("MBS", 1, "nsubj", "PROPN", ent="B-PERSON", tag="NNP"),
                                  T("said", 1, "ROOT", "VERB", tag="VBD")], 0, as_subject=True)
    assert actor is not None and actor.kind == "person" and actor.country == "SAU"


@pytest.mark.parametrize(("lang", "words", "bracket", "country"), [
    ("en", ("Joe", "Manchin"), ("D-W.Va.",), "USA"),  # a US politician's party and state
    ("en", ("Pat", "Toomey"), ("R",), "USA"),
    ("de", ("Theresia", "Babler"), ("SPÖ",), "AUT"),  # a listed party (here also found through the apposition)
    ("de", ("Michael", "Novak"), ("SV", "Mattersburg"), None),  # a club: no party
    ("en", ("John", "Smith"), ("AP",), None),  # a photo credit: no party
])
def test_a_party_in_brackets_after_a_name_gives_the_persons_country(lang, words, bracket, country):
    # "<given> <surname> ( <bracket> ) said ." with the brackets in apposition to the name
    close = 3 + len(bracket)
    rows = [T(words[0], close + 1, "nsubj", "PROPN", ent="B-PER"), T(words[1], 0, "flat", "PROPN", ent="I-PER"),
            T("(", 3, "punct", "PUNCT")]
    rows += [T(w, 0 if i == 0 else 3, "appos" if i == 0 else "flat", "PROPN") for i, w in enumerate(bracket)]
    rows += [T(")", 3, "punct", "PUNCT"), T("said", close + 1, "ROOT", "VERB")]
    actor = resolve_phrase(lang, rows, 0, as_subject=True)
    assert actor is not None and actor.kind == "person" and actor.country == country


@pytest.mark.parametrize(("lang", "owner", "tag"), [("de", "seine", "PPOSAT"), ("en", "his", "PRP$")])
def test_an_owned_government_without_a_country_is_no_placeholder_for_the_articles(lang, owner, tag):
    # "seine Regierung", "his government": someone's, whom the article need not name, so never the home country's
    actor = resolve_phrase(lang, [T(owner, 1, "det:poss", "DET", tag=tag),
                                  T("Regierung" if lang == "de" else "government", 1, "ROOT", "NOUN", tag="NN")], 1,
                           as_subject=True)
    assert actor is None


def test_a_government_named_without_a_country_is_a_placeholder_until_the_article_is_read():
    actors = ArticleActors(lang="en", scheme="ud")
    doc = make_doc("en", [r[:7] for r in [T("The", 1, "det", "DET"), T("government", 2, "nsubj", "NOUN", tag="NN"),
                                          T("spoke", 2, "ROOT", "VERB", tag="VBD")]], ents=["O"] * 3)
    found = actors.resolve(doc[1])
    assert found is not None and found.actor.id in actors.homeless
    assert actors.homeless[found.actor.id].sector == "GOV"


@pytest.mark.parametrize(("word", "expected"), [
    ("Ostukraine", "UKR"), ("Nordirak", "IRQ"), ("Südsyrien", "SYR"),  # a compass prefix and a state's name
    ("Nordkorea", "PRK"), ("Südafrika", "ZAF"),  # states named so on their own
    ("Westeuropa", None), ("Ostsee", None),  # no state after the prefix
])
def test_a_german_region_named_after_its_state_is_that_state(word, expected):
    actor = resolve_phrase("de", [T("die", 1, "det", "DET"), T(word, 1, "ROOT", "PROPN", tag="NE")], 1)
    assert (actor.id if actor is not None else None) == expected


@pytest.mark.parametrize(("rows", "head"), [
    ([T("Iowa", 0, "ROOT", "PROPN", ent="B-PER")], 0),  # a US state the NER took for a person
    ([T("Linz", 0, "ROOT", "PROPN", ent="B-PER")], 0),
])
def test_a_region_or_city_tagged_as_a_person_is_no_person(rows, head):
    actor = resolve_phrase("en" if rows[0][0] == "Iowa" else "de", rows, head)
    assert actor is None or actor.kind != "person"


def test_a_city_as_a_destination_is_its_state():
    # "nach München": Germany, as "nach Berlin" is
    actor = resolve_phrase("de", [T("nach", 1, "case", "ADP"), T("München", 1, "ROOT", "PROPN", ent="B-LOC")], 1)
    assert actor is not None and actor.id == "DEU"


@pytest.mark.parametrize("place", ["Sochi", "Moscow"])
def test_where_a_named_person_is_is_not_where_he_is_from(place):
    # "Erdogan in Sochi" / "Erdogan in Moscow": the Turkish president, visiting
    actor = resolve_phrase("en", [T("Erdogan", 0, "ROOT", "PROPN", ent="B-PER"), T("in", 2, "case", "ADP"),
                                  T(place, 0, "nmod", "PROPN", ent="B-LOC")], 0)
    assert actor is not None and actor.country == "TUR"


def test_a_country_before_of_belongs_to_another_phrase():
    # "Russia 's backing of Syrian President Assad": Assad is Syria's president, Russia backs him
    actor = resolve_phrase("en", [
        T("Russia", 2, "nmod:poss", "PROPN", ent="B-LOC"), T("'s", 0, "case", "PART"),
        T("backing", 2, "ROOT", "NOUN"), T("of", 6, "case", "ADP"), T("Syrian", 5, "amod", "ADJ"),
        T("President", 6, "nmod:desc", "PROPN"), T("Assad", 2, "nmod", "PROPN", ent="B-PER")], 6)
    assert actor is not None and actor.country == "SYR"


@pytest.mark.parametrize(("rows", "head", "country"), [
    # "helping Saudi Arabia defeat Saddam Hussein" parsed as one name phrase: "defeat" is no title, its state is
    # not his
    ([T("Saudi", 1, "amod", "ADJ", ent="B-LOC"), T("Arabia", 2, "compound", "PROPN", ent="I-LOC"),
      T("defeat", 3, "nmod:desc", "NOUN"), T("Saddam", 3, "ROOT", "PROPN", ent="B-PER"),
      T("Hussein", 3, "flat", "PROPN", ent="I-PER")], 3, "IRQ"),
    # a title keeps its state: "the Iranian foreign ministry spokesman Abbas Mousavi"
    ([T("Iranian", 3, "amod", "ADJ", ent="B-NORP"), T("foreign", 2, "amod", "ADJ"),
      T("ministry", 3, "compound", "NOUN"), T("spokesman", 4, "nmod:desc", "NOUN"),
      T("Abbas", 4, "ROOT", "PROPN", ent="B-PER"), T("Mousavi", 4, "flat", "PROPN", ent="I-PER")], 4, "IRN"),
])
def test_a_state_under_a_common_noun_before_a_name_is_not_the_persons(rows, head, country):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is not None and actor.kind == "person"
    assert actor.country == country


@pytest.mark.parametrize(("lang", "brand", "expected"), [
    ("de", "Air", ("ORG:air-france", "organisation", "FRA")), ("en", "Air", ("ORG:air-france", "organisation", "FRA")),
    ("en", "Vichy", ("FRA", "state", "FRA")),  # no brand word: the state
])
def test_a_brand_word_before_a_states_name_makes_a_company_of_that_state(lang, brand, expected):
    rows = [T(brand, 1, "compound", "PROPN", ent="B-ORG"), T("France", 2, "nsubj", "PROPN", ent="I-ORG"),
            T("protested" if lang == "en" else "protestierte", 2, "ROOT", "VERB")]
    actor = resolve_phrase(lang, rows, 1, as_subject=True)
    assert (actor.id, actor.kind, actor.country) == expected


@pytest.mark.parametrize(("word", "expected"), [("Brahim", "PER:brahim-a"), ("Frau", "FRACVL")])
def test_a_name_word_the_ner_left_before_a_person_entity_belongs_to_the_name_unless_a_title_or_kin_word(word, expected):
    # "Der Franzose Brahim/O A./PER" is Brahim A.; with "Frau/PROPN" there is no "Frau A.": the demonym stays
    rows = [T("Der", 1, "det", "DET", "der"), T("Franzose", 1, "ROOT", "NOUN"), T(word, 1, "appos", "PROPN"),
            T("A.", 2, "flat", "PROPN", ent="B-PER")]
    actor = resolve_phrase("de", rows, 1, as_subject=True)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize(("lang", "rows", "head", "expected"), [
    # "back to Yemen , where the government is battling" — whatever the clause hangs on
    ("en", [T("to", 1, "case", "ADP"), T("Yemen", 1, "ROOT", "PROPN", ent="B-GPE"), T(",", 6, "punct", "PUNCT"),
            T("where", 6, "advmod", "ADV", tag="WRB"), T("the", 5, "det", "DET"), T("government", 6, "nsubj", "NOUN"),
            T("battles", 1, "advcl", "VERB", "battle")], 5, "YEMGOV"),
    # "nach Syrien gebracht , wo die Regierung kämpft" with the relative clause hung on Syrien
    ("de", [T("nach", 1, "case", "ADP"), T("Syrien", 2, "obl", "PROPN", ent="B-LOC"),
            T("gebracht", 2, "ROOT", "VERB", "bringen"), T(",", 7, "punct", "PUNCT"), T("wo", 7, "advmod", "ADV"),
            T("die", 6, "det", "DET", "der"), T("Regierung", 7, "nsubj", "NOUN"),
            T("kämpft", 1, "acl", "VERB", "kämpfen")], 6, "SYRGOV"),
])
def test_the_government_of_a_where_clause_is_the_named_places(lang, rows, head, expected):
    actor = resolve_phrase(lang, rows, head, as_subject=True)
    assert actor is not None and actor.id == expected


@pytest.mark.parametrize(("prep", "expected"), [
    ("unter", None), ("von", "PER:michael-spindelegger"), (None, "PER:michael-spindelegger")])
def test_a_person_after_a_preposition_in_an_apposition_is_not_the_one_the_phrase_names(prep, expected):
    # "das Ministerium , einst unter Michael Spindelegger": the ministry under him, not him; after an owner's "von"
    # and without a preposition the name is still the one found (as before)
    rows = [T("das", 1, "det", "DET", "der"), T("Ministerium", 1, "ROOT", "NOUN"), T(",", 4, "punct", "PUNCT")]
    rows += [T(prep, 4, "case", "ADP"), T("Michael", 4, "nmod", "PROPN", ent="B-PER")] if prep else [
        T("Herr", 4, "nmod", "NOUN"), T("Michael", 4, "compound", "PROPN", ent="B-PER")]
    rows += [T("Spindelegger", 1, "nmod", "PROPN", ent="I-PER")]
    actor = resolve_phrase("de", rows, 1, as_subject=True)
    found = actor.id if actor is not None and actor.kind == "person" else None
    assert found == expected


@pytest.mark.parametrize(("word", "pos", "tag", "expected"), [
    # "Sascha/ADJ/NNP Pinczowski flew" after "Alexander Pinczowski spoke": a relative of the same surname
    ("Sascha", "ADJ", "NNP", "PER:sascha-pinczowski"),
    ("Sascha", "PROPN", "NNP", "PER:sascha-pinczowski"),
    # a demonym or a plain adjective before the surname is no given name: the person named before
    ("Dutch", "ADJ", "JJ", "PER:alexander-pinczowski"),
    ("Young", "ADJ", "JJ", "PER:alexander-pinczowski"),
    # nor is the person's own given name
    ("Alexander", "PROPN", "NNP", "PER:alexander-pinczowski"),
], ids=["adj-nnp", "propn", "demonym", "adjective", "own-given-name"])
def test_another_word_before_a_known_surname_names_a_relative(word, pos, tag, expected):
    before = [T("Alexander", 2, "nsubj", "PROPN", ent="B-PER", tag="NNP"),
              T("Pinczowski", 0, "flat", "PROPN", ent="I-PER", tag="NNP"), T("spoke", 2, "ROOT", "VERB", "speak"),
              T(".", 2, "punct", "PUNCT")]
    rows = [T(word, 1, "compound" if pos == "PROPN" else "amod", pos, tag=tag),
            T("Pinczowski", 2, "nsubj", "PROPN", tag="NNP"), T("flew", 2, "ROOT", "VERB", "fly")]
    actor = resolve_phrase("en", rows, 1, as_subject=True, before=before)
    assert actor is not None and actor.id == expected


def test_a_known_place_after_a_title_is_no_persons_name():
    # "Bürgermeister Wien/LOC": the gazetteer knows Wien as a place, so it names no person (the title's unknown
    # place after it, "ÖVP-Kandidat Zwickl/LOC", does)
    actor = resolve_phrase("de", [T("Bürgermeister", 0, "ROOT", "NOUN"), T("Wien", 0, "appos", "PROPN", ent="B-LOC")],
                           0, as_subject=True)
    assert actor is None or actor.kind != "person"


@pytest.mark.parametrize(("rows", "head"), [
    # "China experts": the state is their field, not their country
    ([T("China", 1, "compound", "PROPN", ent="B-LOC"), T("experts", 2, "nsubj", "NOUN", "expert"),
      T("criticized", 2, "ROOT", "VERB", "criticize")], 1),
    # "praised by Russia specialists" with the parser making "specialists" a verb: Russia alone is still no actor
    ([T("praised", 0, "ROOT", "VERB", "praise"), T("by", 2, "case", "ADP"), T("Russia", 0, "obl:agent", "PROPN",
      ent="B-LOC"), T("specialists", 0, "obl:agent", "VERB", "specialist")], 2),
], ids=["china-experts", "russia-specialists-as-verb"])
def test_a_state_before_a_topical_role_noun_is_its_field(rows, head):
    actor = resolve_phrase("en", rows, head, as_subject=True)
    assert actor is None or actor.country is None


@pytest.mark.parametrize(("lang", "word", "ent", "code", "country"), [
    ("en", "Nike", "B-PER", "USANIKE", "USA"),  # the NER's person is a company of its seat's state
    ("en", "Huawei", "B-ORG", "CHNHUAW", "CHN"),
    ("de", "Blackberry", "B-PER", "CANBBRY", "CAN"),
])
def test_a_well_known_company_is_an_organisation_of_its_state(lang, word, ent, code, country):
    actor = resolve_phrase(lang, [T(word, 1, "nsubj", "PROPN", ent=ent), T("said", 1, "ROOT", "VERB", "say")], 0,
                           as_subject=True)
    assert actor is not None and (actor.id, actor.kind, actor.country) == (code, "organisation", country)


def test_a_genitive_name_after_a_title_is_no_persons_name():
    # "Lahm wurde operiert . Der Arzt Lahms/LOC sagte": Lahm's doctor, no person called "Lahms"
    before = [T("Lahm", 2, "nsubj:pass", "PROPN"), T("wurde", 2, "aux:pass", "AUX", "werden"),
              T("operiert", 2, "ROOT", "VERB", "operieren"), T(".", 2, "punct", "PUNCT")]
    rows = [T("Der", 1, "det", "DET", "der"), T("Arzt", 3, "nsubj", "NOUN"), T("Lahms", 1, "appos", "PROPN", ent="B-LOC"),
            T("sagte", 3, "ROOT", "VERB", "sagen")]
    actor = resolve_phrase("de", rows, 1, as_subject=True, before=before)
    assert actor is None or actor.id != "PER:lahms"
