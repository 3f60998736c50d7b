"""The dateline of an article ("Mexiko-Stadt/Berlin.", "WASHINGTON (AP) —", "Kiew –") and the country it names.

Local voices quoted in a datelined report are usually of that country ("…, sagt der unabhängige
Sicherheitsberater Alejandro Hope" in a report from Mexico City); graphbuild uses this only as a default for
quoted persons whose country the article does not state.
"""

from __future__ import annotations

import re

from graphbuild.resolve.gazetteer import Gazetteer

_DATELINE = re.compile(r"^\s*([A-ZÄÖÜ][\w .'’-]{1,40}?(?:\s*/\s*[A-ZÄÖÜ][\w .'’-]{1,40}?)*)\s*(?:\([^)]{1,20}\))?\s*"
                       r"(?:\.|–|—|-{1,2}|:)\s", re.UNICODE)


#: a dateline after a teaser sentence ("Die Gewerkschaft … lanciert den Rechner. Wien – Die Gewerkschaft …"):
#: a sentence opened by places joined by "/", an optional agency in brackets and a dash
_LEAD_DATELINE = re.compile(r"(?:(?<=[.!?\"“”:]) |\n)([A-ZÄÖÜ][\w.'’-]{1,30}(?: [A-ZÄÖÜ][\w'’-]{1,30})?"
                            r"(?:/[A-ZÄÖÜ][\w.'’ -]{1,30}?)*)(?: \([^)]{1,20}\))? [–—] ", re.UNICODE)
#: how far into the text a dateline after a teaser may stand
LEAD_WINDOW = 600


def dateline_country(text: str, gazetteer: Gazetteer, lang: str) -> str | None:
    """Country of the first place in the article's dateline, or ``None`` when there is no recognisable one.

    The dateline opens the text or, in news whose teaser comes first, one of the sentences in its first
    ``LEAD_WINDOW`` characters; there the place must be a capital or another city or region the gazetteer knows
    (a dash after "Deutschland" opens no dateline).
    """
    first_line = text.lstrip().split("\n", 1)[0][:120]
    match = _DATELINE.match(first_line)
    code = _country_of(match.group(1), gazetteer, lang, places_only=False) if match is not None else None
    if code is not None:
        return code
    for match in _LEAD_DATELINE.finditer(text[:LEAD_WINDOW]):
        # every place of a joint dateline must be a known place of one country ("Ljubljana/Spielfeld" reports
        # from the border, from either side)
        codes = {_country_of(place, gazetteer, lang, places_only=True) for place in match.group(1).split("/")}
        if len(codes) == 1 and None not in codes:
            return codes.pop()
    return None


def _country_of(places: str, gazetteer: Gazetteer, lang: str, *, places_only: bool) -> str | None:
    first_place = places.split("/")[0].strip()
    for candidate in (first_place, first_place.title()):
        code = gazetteer.capital(candidate, lang) or gazetteer.place(candidate, lang) or (
            None if places_only else gazetteer.state_or_org(candidate, lang))
        if code:
            entry = gazetteer.entry(code)
            return code if entry is not None and entry.kind == "state" else None
    return None
