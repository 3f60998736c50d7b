"""User actor dictionaries: graphbuild's YAML/CSV format and PETRARCH/CAMEO actor dictionaries.

graphbuild YAML (``--actors actors.yaml``)::

    actors:
      - name: Rex Tillerson            # required: the canonical name
        aliases: [Tillerson, Rex W. Tillerson]
        kind: person                   # person | state | government | organisation | group (default person)
        country: USA                   # ISO-3
        roles: [foreign minister]
        qid: Q1357
        cameo: USAGOV                  # actor code used by `graphbuild eval events`
        from: 2017-02-01               # optional validity of this entry (ISO dates)
        to: 2018-03-31
        id: PER:rex-tillerson          # optional; derived from kind and name otherwise

graphbuild CSV: a header with ``name`` and any of ``aliases`` (``|``-separated), ``kind``, ``country``,
``roles`` (``|``), ``qid``, ``cameo``, ``from``, ``to``, ``id``.

PETRARCH text format (``.txt``/``.pac``): a phrase with words joined by ``_``, then ``[CODE]`` or dated codes on
the same or following lines (``[HOBGOV 950601-990815]``, ``[HOB <950601]``, ``[HOBREB >990816]``); synonyms on
``+`` lines; ``#`` comments. The JSON rendering of such a dictionary (``{"data": [{"phrase", "synonyms",
"codes": [{"code", "dates"}]}]}``) is read too.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graphbuild import plainyaml
from graphbuild.errors import ActorDictionaryError
from graphbuild.models import slug
from graphbuild.resolve.identity import DictionaryEntry, IdentityIndex

KINDS = ("person", "state", "government", "organisation", "group")


@dataclass
class CodedPhrase:
    """A PETRARCH phrase with its (possibly dated) codes."""

    phrase: str
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # (code, from, to) yymmdd

    def code_on(self, date: str | None) -> str | None:
        """The code valid on ``date`` (``YYYY-MM-DD``): a dated code whose range holds it, else an undated one,
        else (no date given) the latest."""
        if not self.codes:
            return None
        key = _date_key(date) if date else None
        if key:
            for code, start, end in self.codes:
                if (start or end) and (start is None or key >= start) and (end is None or key <= end):
                    return code
        undated = [code for code, start, end in self.codes if start is None and end is None]
        return undated[0] if undated else self.codes[-1][0]


def _date_key(date: str) -> str:
    digits = re.sub(r"\D", "", date)
    return digits[:8] if len(digits) >= 8 else digits


def _petrarch_date(text: str) -> str:
    """PETRARCH dates are yymmdd (or yyyymmdd); yy < 50 means 20yy."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        century = "20" if int(digits[:2]) < 50 else "19"
        return century + digits
    return digits


def parse_dates(spec: str | None) -> tuple[str | None, str | None]:
    """``"<950601"`` → (None, 19950601); ``">990816"`` → (19990816, None); ``"19950601 - 19990815"`` → both."""
    if not spec:
        return None, None
    spec = spec.strip()
    if spec.startswith("<"):
        return None, _petrarch_date(spec[1:])
    if spec.startswith(">"):
        return _petrarch_date(spec[1:]), None
    if "-" in spec:
        a, b = spec.split("-", 1)
        return _petrarch_date(a), _petrarch_date(b)
    return None, None


_CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]+))?\]")


def read_petrarch_text(path: Path) -> list[CodedPhrase]:
    """Parse a PETRARCH actor dictionary in its text format."""
    phrases: list[CodedPhrase] = []
    current: CodedPhrase | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise ActorDictionaryError("A010", f"{path}:{number}: synonym line before any actor phrase.")
            current.synonyms.append(_phrase(stripped[1:]))
            continue
        codes = [(m.group(1), *parse_dates(m.group(2))) for m in _CODE.finditer(stripped)]
        head = _CODE.sub("", stripped).strip()
        if head:
            current = CodedPhrase(_phrase(head))
            phrases.append(current)
        if codes:
            if current is None:
                raise ActorDictionaryError("A011", f"{path}:{number}: code line before any actor phrase.")
            current.codes.extend(codes)
    return phrases


def _phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def read_petrarch_json(data: dict[str, Any], path: Path) -> list[CodedPhrase]:
    out = []
    for i, item in enumerate(data.get("data") or []):
        if not isinstance(item, dict) or "phrase" not in item:
            raise ActorDictionaryError("A012", f"{path}: entry {i} has no 'phrase'.")
        codes = [(c["code"], *parse_dates(c.get("dates"))) for c in item.get("codes") or [] if c.get("code")]
        out.append(CodedPhrase(_phrase(item["phrase"]), [_phrase(s) for s in item.get("synonyms") or []], codes))
    return out


def _entry(raw: dict[str, Any], where: str) -> DictionaryEntry:
    name = str(raw.get("name") or "").strip()
    if not name:
        raise ActorDictionaryError("A001", f"{where}: every actor needs a 'name'.")
    kind = str(raw.get("kind") or "person").strip()
    if kind not in KINDS:
        raise ActorDictionaryError("A002", f"{where}: kind '{kind}' is not one of {', '.join(KINDS)}.")
    aliases = raw.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a for a in aliases.split("|") if a.strip()]
    roles = raw.get("roles") or raw.get("role") or []
    if isinstance(roles, str):
        roles = [r for r in roles.split("|") if r.strip()]
    country = (str(raw["country"]).strip().upper() or None) if raw.get("country") else None
    if country and not re.fullmatch(r"[A-Z]{3}", country):
        raise ActorDictionaryError("A003", f"{where}: country '{country}' must be an ISO-3 code such as MEX.")
    default_id = {"person": f"PER:{slug(name)}", "organisation": f"ORG:{slug(name)}"}.get(kind, country or name)
    return DictionaryEntry(
        id=str(raw.get("id") or default_id), name=name, kind=kind, country=country,
        roles=[str(r).strip() for r in roles], qid=str(raw["qid"]).strip() if raw.get("qid") else None,
        cameo=str(raw["cameo"]).strip() if raw.get("cameo") else None,
        aliases=[str(a).strip() for a in aliases], date_from=_iso(raw.get("from")), date_to=_iso(raw.get("to")),
    )


def _iso(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def is_petrarch(path: Path) -> bool:
    if path.suffix.lower() in (".txt", ".pac"):
        return True
    if path.suffix.lower() == ".json":
        try:
            return "data" in json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            return False
    return False


def read_entries(path: Path) -> list[DictionaryEntry]:
    """Entries of a graphbuild YAML/CSV dictionary."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        try:
            data = plainyaml.load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise ActorDictionaryError("A004", f"{path}{line}: not valid YAML ({exc}).") from None
        items = data.get("actors") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise ActorDictionaryError("A005", f"{path}: expected a list under 'actors:'.")
        return [_entry(item if isinstance(item, dict) else {}, f"{path}: actor {i + 1}") for i, item in enumerate(items)]
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "name" not in reader.fieldnames:
                raise ActorDictionaryError("A006", f"{path}:1: the CSV header needs a 'name' column.")
            return [_entry(row, f"{path}:{i + 2}") for i, row in enumerate(reader)]
    raise ActorDictionaryError("A007", f"{path}: unknown dictionary format (use .yaml, .csv, or PETRARCH .txt/.json).")


_GROUP_WORDS = {"MILITARY", "COMMAND", "WING", "TROOPS", "FORCES", "ARMY", "POLICE", "GOVERNMENT", "MINISTRY",
                "PARLIAMENT", "PARTY", "REBELS", "MILITIA", "COUNCIL", "COURT", "EMBASSY", "OPPOSITION", "CABINET"}


def petrarch_kind(phrase: str, code: str) -> str:
    """Guess an actor kind from a PETRARCH phrase and code (the format does not say)."""
    words = phrase.upper().split()
    if re.fullmatch(r"[A-Z]{3}", code):
        return "state"
    if code[:3] in ("IGO", "NGO", "MNC") or len(words) == 1:
        return "organisation"
    if code.endswith("GOV") and set(words) & {"GOVERNMENT", "MINISTRY", "CABINET"}:
        return "government"
    if set(words) & _GROUP_WORDS:
        return "organisation"
    return "person"


def petrarch_entries(phrases: list[CodedPhrase]) -> list[DictionaryEntry]:
    """PETRARCH phrases as graphbuild entries; the latest code names the actor's CAMEO code."""
    out = []
    for p in phrases:
        code = p.codes[-1][0] if p.codes else ""
        kind = petrarch_kind(p.phrase, code)
        country = code[:3] if re.fullmatch(r"[A-Z]{3}.*", code) and code[:3] not in ("IGO", "NGO", "MNC") else None
        actor_id = code if kind == "state" else f"{'PER' if kind == 'person' else 'ORG'}:{slug(p.phrase)}"
        out.append(DictionaryEntry(id=actor_id, name=p.phrase.title(), kind=kind, country=country,
                                   cameo=code or None, aliases=[s.title() for s in p.synonyms] + [p.phrase]))
    return out


def load_coded_phrases(path: Path) -> list[CodedPhrase]:
    """PETRARCH phrases (text or JSON) — used by ``graphbuild eval events --actors``."""
    if not path.exists():
        raise ActorDictionaryError("A008", f"{path}: no such actor dictionary.")
    if path.suffix.lower() == ".json":
        return read_petrarch_json(json.loads(path.read_text(encoding="utf-8")), path)
    return read_petrarch_text(path)


def load_dictionary(path: Path) -> IdentityIndex:
    """An identity index holding the dictionary's actors (any supported format)."""
    if not path.exists():
        raise ActorDictionaryError("A008", f"{path}: no such actor dictionary; check the --actors path.")
    entries = petrarch_entries(load_coded_phrases(path)) if is_petrarch(path) else read_entries(path)
    index = IdentityIndex()
    for entry in entries:
        index.add_entry(entry)
    return index
