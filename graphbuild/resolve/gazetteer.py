"""The actor gazetteer: states, organisations, their names in German and English, and role titles.

Loaded once from ``data/gazetteer/`` (``actors.tsv``, ``names.tsv``, ``roles.tsv``; see ``data/README.md``).
Lookups are by normalised surface text and are language-aware but fall back to the other language, since
German news writes "Secretary of State" and English news "Bundestag".
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from graphbuild.errors import ConfigError
from graphbuild.resources import data_path

LANGS = ("de", "en")
_ADJ_ENDINGS = ("en", "em", "er", "es", "e", "")
_FORMER = {"de": ("ex-", "ehemalig", "früher", "einstig", "vormalig", "amtierend"), "en": ("ex-", "former")}
_SPACE = re.compile(r"\s+")


#: kinds of entries that are names, found only where the text is written as one, with a capital letter: "us" and
#: "who" are ordinary words, not the US and the WHO
_WRITTEN_AS_NAMES = ("name", "prefix", "capital", "seat", "place")


#: names this short match only as written or in capitals ("UN", "Uno", "Iran", "IRAN"; not "Un")
SHORT_NAME = 4


def normalise(text: str) -> str:
    """Casefolded, NFC, single-spaced, without surrounding punctuation."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", text).strip(" .,;:!?\"'„“”«»()[]").casefold()


@dataclass(frozen=True)
class Entry:
    """A state or organisation from ``actors.tsv``."""

    code: str
    kind: str
    cameo: str
    name_en: str
    name_de: str
    country: str
    sector: str

    def name(self, lang: str) -> str:
        return (self.name_de if lang == "de" else self.name_en) or self.name_en or self.code


@dataclass(frozen=True)
class KnownPerson:
    """A well-known political person from ``persons.tsv`` (facts: country, roles, term, Wikidata id)."""

    name: str
    country: str
    roles: tuple[str, ...]
    date_from: str
    date_to: str
    qid: str

    def in_office(self, date: str | None) -> bool:
        if not date:
            return True
        day = date[:10]
        return (not self.date_from or day >= self.date_from) and (not self.date_to or day <= self.date_to)


@dataclass(frozen=True)
class RoleEntry:
    """A role title from ``roles.tsv``: ``kind`` is person, government, organisation or group."""

    title: str
    role: str
    sector: str
    kind: str


def _read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise ConfigError("C020", f"Gazetteer file {path} is missing; reinstall graphbuild or restore data/.")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


class Gazetteer:
    """Surface-form indexes over the gazetteer tables."""

    def __init__(self, directory: Path) -> None:
        self.entries: dict[str, Entry] = {}
        for row in _read_tsv(directory / "actors.tsv"):
            self.entries[row["code"]] = Entry(
                code=row["code"], kind=row.get("kind", "state"), cameo=row.get("cameo", "") or row["code"],
                name_en=row.get("name_en", ""), name_de=row.get("name_de", ""), country=row.get("country", ""),
                sector=row.get("sector", ""),
            )
        self.by_type: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        self.cased: dict[str, dict[str, str]] = defaultdict(dict)
        self.written: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        for row in _read_tsv(directory / "names.tsv"):
            code, lang, kind, text = row["code"], row["lang"], row["type"], row["text"]
            if code not in self.entries or not text:
                continue
            key = normalise(text)
            if kind == "adjective":
                key = key.rstrip("-")
            self.by_type[kind][lang].setdefault(key, code)
            self.written[kind][lang].setdefault(text.strip(), code)
            if kind in ("name", "prefix"):
                self.cased[lang].setdefault(text.strip(), code)
        self.roles: dict[str, dict[str, RoleEntry]] = defaultdict(dict)
        for row in _read_tsv(directory / "roles.tsv"):
            entry = RoleEntry(title=row["title"], role=row["role"], sector=row.get("sector", ""),
                              kind=row.get("kind", "person") or "person")
            self.roles[row["lang"]].setdefault(normalise(row["title"]), entry)
        self.persons: dict[str, KnownPerson] = {}
        persons_path = directory / "persons.tsv"
        if persons_path.exists():
            ambiguous: set[str] = set()
            for row in _read_tsv(persons_path):
                person = KnownPerson(
                    name=row["name"], country=row.get("country", ""), roles=tuple(
                        r for r in (row.get("roles") or "").split("|") if r),
                    date_from=row.get("from", ""), date_to=row.get("to", ""), qid=row.get("qid", ""))
                for form in [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]:
                    key = normalise(form)
                    if key in self.persons and self.persons[key].name != person.name:
                        ambiguous.add(key)
                    self.persons.setdefault(key, person)
            for key in ambiguous:  # a form that names two people identifies neither
                del self.persons[key]
        # every well-known person under the last word of the name ("May" → Theresa May), built once for the lookups
        # by surname that run on each one-word name
        self._by_surname: dict[str, dict[str, KnownPerson]] = defaultdict(dict)
        for person in self.persons.values():
            self._by_surname[normalise(person.name.split()[-1])][person.name] = person

        from graphbuild.extract.language import rules_for

        self._role_suffixes = {
            lang: sorted((normalise(x) for x in rules_for(lang).extra.get("role_suffixes", []) or []
                          if normalise(x) in self.roles[lang]), key=len, reverse=True)
            for lang in LANGS
        }

    # --- lookups -----------------------------------------------------------------------------------------

    def _lookup(self, kind: str, text: str, lang: str) -> str | None:
        key = normalise(text)
        if kind in _WRITTEN_AS_NAMES and not any(ch.isupper() for ch in text):
            return None  # "the island" is no Iceland (German "Island"), "amnesty" no Amnesty International
        if kind in _WRITTEN_AS_NAMES and len(key.replace(".", "")) <= SHORT_NAME and not text.isupper() and \
                not any(text.strip() in self.written[kind][lg] for lg in LANGS):
            return None  # a short name only as written: "Un" (Kim Jong Un's) is not the UN, "Eu" not the EU
        for lg in (lang, *[x for x in LANGS if x != lang]):
            code = self.by_type[kind][lg].get(key)
            if code:
                return code
        return None

    def state_or_org(self, text: str, lang: str) -> str | None:
        """Code for a name of a state or organisation ("Mexiko", "die USA", "Vereinte Nationen")."""
        code = self._lookup("name", text, lang)
        if code is None:
            stripped = _strip_article(text, lang)
            if stripped != text:
                code = self._lookup("name", stripped, lang)
        if code is None and lang == "de" and len(text) > 3 and text.endswith("s"):
            code = self._lookup("name", text[:-1], lang)  # genitive: "Mexikos", "Russlands"
        if code is None and lang == "de" and " " in text.strip():
            code = self._lookup("name", "-".join(text.split()), lang)  # "Saudi Arabien" written without its hyphen
        return code

    def _lookup_place(self, kinds: tuple[str, ...], text: str, lang: str) -> str | None:
        """The first of ``kinds`` that knows ``text``, as written and then without its article ("der Kreml")."""
        for key in dict.fromkeys((text, _strip_article(text, lang))):
            code = next((c for kind in kinds if (c := self._lookup(kind, key, lang))), None)
            if code:
                return code
        return None

    def seat(self, text: str, lang: str) -> str | None:
        """Code of the state whose government a capital or seat stands for ("Washington", "Kreml")."""
        return self._lookup_place(("seat", "capital"), text, lang)

    def capital(self, text: str, lang: str) -> str | None:
        """Code of the state whose capital ``text`` is (a place as well as a metonym for the government)."""
        return self._lookup_place(("capital",), text, lang)

    def place(self, text: str, lang: str) -> str | None:
        """Code of the state a region or city other than its capital lies in ("Iowa", "Kärnten", "München"): a
        place, never a metonym for a government."""
        return self._lookup_place(("place",), text, lang)

    def adjective(self, word: str, lang: str) -> str | None:
        """Code for a country adjective in any inflection ("mexikanische" → MEX, "Mexican" → MEX)."""
        key = normalise(word)
        for ending in _ADJ_ENDINGS:
            if ending and not key.endswith(ending):
                continue
            stem = key[: len(key) - len(ending)] if ending else key
            code = self._lookup("adjective", stem, lang)
            if code:
                return code
        return None

    def demonym(self, word: str, lang: str) -> str | None:
        return self._lookup("demonym", word, lang)

    def prefix(self, text: str, lang: str) -> str | None:
        """Code for a compound prefix ("US" in "US-Außenminister", "EU" in "EU-Kommission")."""
        return self._lookup("prefix", text, lang) or self._lookup("name", text, lang)

    def role(self, word: str, lang: str) -> RoleEntry | None:
        """Role title, also inside German compounds ("Heimatschutzminister", "Agrarministerin")."""
        key = normalise(word)
        for lg in (lang, *[x for x in LANGS if x != lang]):
            hit = self.roles[lg].get(key)
            if hit:
                return hit
        for suffix in self._role_suffixes.get(lang, []) if " " not in key else []:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                return self.roles[lang][suffix]
        return None

    def split_compound(self, word: str, lang: str) -> tuple[str | None, RoleEntry | None, bool]:
        """Split "US-Heimatschutzminister" / "Ex-Präsident" / "UN-Generalsekretär" into (country, role, former)."""
        former = False
        country: str | None = None
        rest = word
        lowered = word.casefold()
        for marker in _FORMER.get(lang, ()):
            if marker.endswith("-") and lowered.startswith(marker):
                former, rest = True, word[len(marker):]
        if "-" in rest:
            head, _, tail = rest.rpartition("-")
            if tail.casefold() in _backer_words(lang):
                # "Iranian-backed rebels in Yemen", "russlandtreue Separatisten": the backer, not their country
                return None, None, former
            country = self.prefix(head, lang) or self.state_or_org(head, lang) or self.adjective(head, lang)
            if country or head.casefold() in ("ex",):
                rest = tail
                former = former or head.casefold() == "ex"
            elif self.role(rest, lang) is None and self.role(tail, lang) is not None:
                rest = tail  # "Grün-Landesrat": a prefix the gazetteer does not place, the title still counts
        return country, self.role(rest, lang), former

    def is_former_marker(self, word: str, lang: str) -> bool:
        lowered = word.casefold()
        return any(lowered.startswith(m.rstrip("-")) for m in _FORMER.get(lang, ()) if not m.endswith("-"))

    def person(self, name: str) -> KnownPerson | None:
        """A well-known person by full name or unambiguous alias ("Trump", "Peña Nieto", "Wladimir Putin"), also
        written with a middle initial the list lacks ("Donald J Trump", "Donald J. Trump")."""
        found = self.persons.get(normalise(name))
        words = name.split()
        if found is None and len(words) > 2:
            bare = [w for w in words[1:-1] if len(w.rstrip(".")) != 1]
            if len(bare) < len(words) - 2:
                found = self.persons.get(normalise(" ".join([words[0], *bare, words[-1]])))
        return found

    def person_by_surname(self, surname: str, date: str | None = None) -> KnownPerson | None:
        """The one well-known person with this surname (in office on ``date``, when given): "Mrs May" → Theresa May.
        ``None`` when none or several fit ("Johnson": Boris, Lyndon …)."""
        fits = [p for p in self._by_surname.get(normalise(surname), {}).values() if p.in_office(date)]
        return fits[0] if len(fits) == 1 else None

    def famous_surname(self, surname: str) -> bool:
        """Some well-known person has this surname ("Khan": Imran Khan)."""
        return bool(self._by_surname.get(normalise(surname)))

    def surname_country(self, surname: str) -> str | None:
        """The country every well-known person with this surname belongs to ("Clinton": Bill and Hillary, both
        USA), or ``None`` when there is none or they differ ("Johnson": Boris and Jeh)."""
        countries = {p.country for p in self._by_surname.get(normalise(surname), {}).values()}
        return next(iter(countries)) if len(countries) == 1 else None

    def entry(self, code: str) -> Entry | None:
        return self.entries.get(code)

    def names_of(self, kind: str, lang: str) -> dict[str, str]:
        """Surface forms as written (``name``, ``capital``, …) → code, for building matchers."""
        return dict(self.written[kind][lang])

    def all_names(self, lang: str) -> dict[str, str]:
        """Surface forms (as written) of names and prefixes → code, for building a phrase matcher."""
        return dict(self.cased[lang])


def _backer_words(lang: str) -> frozenset[str]:
    from graphbuild.extract.language import rules_for

    return rules_for(lang).word_set("backer_words") if lang in LANGS else frozenset()


def _strip_article(text: str, lang: str) -> str:
    words = text.split()
    articles = {"de": {"der", "die", "das", "den", "dem", "des"}, "en": {"the"}}[lang if lang in LANGS else "en"]
    while len(words) > 1 and words[0].casefold() in articles:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=2)
def load_gazetteer(directory: str | None = None) -> Gazetteer:
    """The gazetteer shipped in ``data/gazetteer`` (cached)."""
    return Gazetteer(Path(directory) if directory else data_path("gazetteer"))
