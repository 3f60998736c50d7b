"""Sports reports: articles whose contests are no political events.

News feeds mix politics with sports, and sports reporting speaks the language of conflict and diplomacy: a club
"empfängt" (hosts) its rival, a player "kämpfte" (fought), a team "ist gewarnt" (warned), a side "beat" another.
Typed as events, these fill a relations graph with clubs that threaten and players who assault (the noise GDELT is
known for). An article with at least ``sports_article_min`` different ``sports_words`` (``data/grammar/<lang>.yaml``)
is a sports report; there, a statement keeps its event type only when one of its actors is political
(:func:`political`; for travel, its source): a state, a government, an office holder, a party, an international
organisation, or a person with a role or whom the gazetteer lists. "Gauland über Boateng" stays a political
statement in a football article; "Bayern München empfängt Köln" becomes a generic one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.language import rules_for

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Doc

    from graphbuild.models import Actor
    from graphbuild.resolve.gazetteer import Gazetteer

#: CAMEO codes of travel (visit, host): a club travelling to a state's city ("Benfica reiste nach St. Petersburg")
#: needs a political traveller to stay typed; the state it travels to is only where
TRAVEL_PREFIXES = ("042", "043")
#: the sectors of political actors (CAMEO): government, legislature, judiciary, military, police, parties, opposition,
#: rebels, intelligence, international organisations, unarmed forces
POLITICAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "PTY", "OPP", "REB", "SPY", "IGO", "UAF"})


def sports_words_in(doc: Doc, lang: str) -> set[str]:
    """The different ``sports_words`` of the language in ``doc``, hyphenated compounds counted by their parts."""
    words = rules_for(lang).word_set("sports_words")
    found: set[str] = set()
    for token in doc:
        lower = token.lower_
        found.update(part for part in (lower, *lower.split("-")) if part in words)
    return found


def sports_article(doc: Doc, lang: str) -> bool:
    """``doc`` reports on sports: it has at least ``sports_article_min`` different ``sports_words``."""
    least = rules_for(lang).extra.get("sports_article_min")
    return bool(least) and len(sports_words_in(doc, lang)) >= int(least)


def political(actor_id: str | None, known: Mapping[str, Actor], gazetteer: Gazetteer) -> bool:
    """The actor ``actor_id`` (one of ``known``, or a state or organisation the gazetteer lists) is a state, a
    government, an actor of a political sector, a person with a role or whom the gazetteer lists (its persons are
    political), or an organisation it lists as a state's or of a political sector (parties, agencies, international
    organisations)."""
    if actor_id is None:
        return False
    actor = known.get(actor_id)
    if actor is not None and (actor.kind in ("state", "government") or actor.sector in POLITICAL_SECTORS or
                              actor.qid or actor.kind == "person" and actor.roles):
        return True  # (the role table has offices, no sports roles: "AfD-Vize Gauland" is a party leader)
    entry = gazetteer.entry(actor_id)
    return entry is not None and (entry.kind == "state" or entry.sector in POLITICAL_SECTORS)
