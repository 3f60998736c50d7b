"""Lexicon lookup: which row of the predicate tables a verb with its prepositions and objects gets."""

import pytest

from graphbuild.extract.lexicon import lexicon_for


@pytest.mark.parametrize(("lemma", "preps", "objects", "cameo"), [
    ("festhalten", [], ["mann"], "173"),             # "hielt den Mann fest": detain (any object, "*")
    ("festhalten", [], [], "010"),                   # "hielt fest, dass …": states
    ("festhalten", [("an", "position")], [], "124"),  # "hält an seiner Position fest": refuses to yield
    ("treffen", [("zum", "tor")], [], "010"),         # "traf zum Tor des Tages": a goal
    ("treffen", [("mit", "minister")], [], "040"),    # a meeting
    ("treffen", [], [], "040"),
    ("verteidigen", [], ["führung"], "010"),          # sport: a lead
    ("verteidigen", [], ["entscheidung"], "052"),     # defends a decision
    ("besetzen", [], ["posten"], "010"),              # fills a post
    ("besetzen", [], ["gebiet"], "192"),              # occupies territory
    ("besetzen", [], ["komitee"], "010"),             # staffs a body
    ("stellen", [], ["herausforderung"], "010"),      # "sich Herausforderungen stellen": no Forderung
    ("stellen", [], ["forderung"], "100"),
    ("bekämpfen", [], ["is"], "190"),                 # fights the Islamic State
    ("schicken", [], ["truppe"], "154"),              # sends troops, like entsenden
    ("bekämpfen", [], ["armut"], "010"),              # poverty: no armed fight
    ("stürzen", [], ["präsident"], "170"),            # "stürzte den Präsidenten": a ruler removed by force
    ("stürzen", [], ["sich"], "010"),                 # "stürzte sich in die Arbeit"
    ("stürzen", [], [], None),                        # "stürzte im zweiten Durchgang": a fall, no row
])
def test_the_most_specific_fitting_german_row_wins(lemma, preps, objects, cameo):
    row = lexicon_for("de").match([lemma], preps=preps, objects=objects)
    assert (row.cameo if row is not None else None) == cameo


@pytest.mark.parametrize(("lemma", "preps", "objects", "cameo"), [
    ("seize", [], ["property"], "1711"),
    ("seize", [], ["territory"], "192"),
    ("seize", [("on", "policy")], [], "010"),  # "seized on Clinton-era policies": exploits a point
    ("offer", [], ["account"], "010"),          # "offered differing accounts": a statement
    ("offer", [], ["aid"], "033"),
    ("offer", [], ["suggestion"], "010"),       # "offers these suggestions": advice, no offer to cooperate
    ("receive", [], ["delegation"], "043"),     # hosts a visit
    ("receive", [], ["briefing"], "010"),       # "receives a similar briefing each year": no visit
    ("charge", [], ["official"], "173"),        # charges someone: legal action
    ("charge", [], [], "112"),                  # "Republicans have charged that …": an accusation
    ("battle", [], ["tumor"], "010"),           # "is battling an aggressive brain tumor": no armed fight
    ("battle", [], ["rebel"], "190"),
    ("release", [], ["review"], "010"),         # "released a scathing review": publishing
    ("release", [], ["prisoner"], "0841"),
    ("receive", [], ["welcome"], "010"),        # "received a warm welcome": the visitor, no visit hosted
    ("beat", [], ["candidate"], "010"),         # "beat three other candidates": an election won
    ("beat", [("in", "primary")], ["Cagle"], "010"),  # "beat Cagle in the primary": a vote won
    ("combat", [], ["ISIS"], "190"),
    ("combat", [], ["poverty"], "010"),         # a social ill combated is no armed fight
    ("topple", [], ["Qaddafi"], "170"),         # a ruler removed by force: coerce
    ("excoriate", [], ["Trump"], "111"),
    ("rail", [("against", "deal")], [], "111"),  # "railed against the deal"
    ("blacklist", [], ["Huawei"], "163"),
    ("beat", [("in", "street")], ["protester"], "182"),
    ("demonstrate", [], ["ability"], "010"),    # showing
    ("demonstrate", [("against", "war")], [], "141"),
])
def test_the_most_specific_fitting_english_row_wins(lemma, preps, objects, cameo):
    row = lexicon_for("en").match([lemma], preps=preps, objects=objects)
    assert row is not None and row.cameo == cameo


@pytest.mark.parametrize(("preps", "prep"), [
    ([("to", "nations"), ("about", "israel")], "about"),  # what is complained about is the target, not the addressee
    ([("to", "nations")], "to"),
])
def test_a_complaint_targets_what_it_is_about_before_whom_it_is_addressed_to(preps, prep):
    row = lexicon_for("en").match(["complain"], preps=preps)
    assert row is not None and (row.prep, row.cameo) == (prep, "114")


@pytest.mark.parametrize(("lang", "lemma", "prep", "asked"), [
    ("de", "treffen", "mit", True),
    ("de", "treffen", "in", False),   # only in "traf ins Tor" (a goal): "trafen sich in Washington" meets nobody there
    ("en", "withdraw", "from", True),  # "withdraw from a treaty" types the act and names whom it concerns
])
def test_a_preposition_names_a_target_unless_only_rows_that_say_what_is_no_event_use_it(lang, lemma, prep, asked):
    assert (prep in lexicon_for(lang).preps_for(lemma)) is asked
