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


def dateline_country(text: str, gazetteer: Gazetteer, lang: str) -> str | None:
    """Country of the first place in the article's dateline, or ``None`` when there is no recognisable one."""
    first_line = text.lstrip().split("\n", 1)[0][:120]
    match = _DATELINE.match(first_line)
    if match is None:
        return None
    first_place = match.group(1).split("/")[0].strip()
    for candidate in (first_place, first_place.title()):
        code = gazetteer.capital(candidate, lang) or gazetteer.state_or_org(candidate, lang)
        if code:
            entry = gazetteer.entry(code)
            return code if entry is not None and entry.kind == "state" else None
    return None
