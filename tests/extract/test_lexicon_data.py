"""The event-typing data files agree with the CAMEO table they point into."""

from __future__ import annotations

import pytest

from graphbuild.extract.lexicon import lexicon_for


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_code_the_lexicon_names_is_a_cameo_code(lang):
    lexicon = lexicon_for(lang)
    named = {e.cameo for rows in lexicon.entries.values() for e in rows}
    named |= {e.negated_cameo for rows in lexicon.entries.values() for e in rows if e.negated_cameo}
    named |= set(lexicon.intents.values()) | set(lexicon.reported.values()) | set(lexicon.threats.values())
    assert named - set(lexicon.cameo) == set()


def test_intent_rows_only_announce_cooperation():
    lexicon = lexicon_for("en")
    assert all(lexicon.cameo[code].plover == "AGREE" for code in lexicon.intents.values())
    assert all(row[:2] in {"04", "05", "06", "07", "08"} for row in lexicon.intents)
    assert lexicon.future_intents <= set(lexicon.intents)


def test_threat_rows_only_threaten_and_announcing_makes_no_threat_of_yielding():
    lexicon = lexicon_for("en")
    assert all(lexicon.cameo[code].plover == "THREATEN" for code in lexicon.threats.values())
    assert lexicon.announced_threats <= set(lexicon.threats)
    # yielding or rejecting is a threat only under a condition: "is ready to withdraw" is an intent (intent.tsv)
    assert not any(row[:2] in {"08", "12"} for row in lexicon.announced_threats)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_grammar_word_lists_hold_words_only(lang):
    from graphbuild.extract.language import rules_for

    rules = rules_for(lang)
    lists = {k: v for k, v in rules.extra.items() if isinstance(v, list)}
    assert lists and all(isinstance(x, str) for v in lists.values() for x in v)
    if lang == "en":  # YAML 1.1 would read the bare word as True
        assert "on" in rules.word_set("light_verb_target_preps")
