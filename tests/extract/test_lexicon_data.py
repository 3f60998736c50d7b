"""The event-typing data files agree with the CAMEO table they point into."""

from __future__ import annotations

import pytest

from graphbuild.extract.lexicon import lexicon_for


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_code_the_lexicon_names_is_a_cameo_code(lang):
    lexicon = lexicon_for(lang)
    named = {e.cameo for rows in lexicon.entries.values() for e in rows}
    named |= {e.negated_cameo for rows in lexicon.entries.values() for e in rows if e.negated_cameo}
    named |= set(lexicon.intents.values()) | set(lexicon.reported.values())
    assert named - set(lexicon.cameo) == set()


def test_intent_rows_only_announce_cooperation():
    lexicon = lexicon_for("en")
    assert all(lexicon.cameo[code].plover == "AGREE" for code in lexicon.intents.values())
    assert all(row[:2] in {"04", "05", "06", "07", "08"} for row in lexicon.intents)
    assert lexicon.future_intents <= set(lexicon.intents)
