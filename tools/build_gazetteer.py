#!/usr/bin/env python3
"""Regenerate the actor gazetteer: data/gazetteer/actors.tsv and names.tsv.

Sources, merged deterministically:

* the set of states below (UN members, UN observer states, Kosovo, Taiwan);
* pycountry (ISO 3166-1 codes and English short/official/common names);
* Babel's copy of the Unicode CLDR (German and English territory names);
* the hand-written rows in data/gazetteer/manual_actors.tsv and
  data/gazetteer/manual_names.tsv.

From these the script also derives spelling variants (straight apostrophes,
ASCII-folded accents, German weak/oblique adjective inflection of multi-word
names such as "Vereinigte Staaten" -> "Vereinigten Staaten").

roles.tsv is hand-written and not touched here (it is only validated).

Usage:
    .venv/bin/python tools/build_gazetteer.py          # rewrite the files
    .venv/bin/python tools/build_gazetteer.py --check  # exit 1 if they are stale
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale
from babel.core import get_global

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "data" / "gazetteer"

ACTOR_COLUMNS = ["code", "kind", "cameo", "name_en", "name_de", "country", "sector"]
#: sectors of national bodies (parties, companies), which carry their state as ``country``
NATIONAL_SECTORS = frozenset({"PTY", "REB", "COP", "SPY", "BUS"})
#: sectors of organisations that belong to no state: international governmental, non-governmental and militarized
INTERNATIONAL_SECTORS = ("IGO", "NGO", "IMG")
NAME_COLUMNS = ["code", "lang", "type", "text"]
ROLE_COLUMNS = ["lang", "title", "role", "sector", "kind"]
NAME_TYPES = ("name", "adjective", "demonym", "prefix", "capital", "seat", "place")
LANGS = ("de", "en")
ROLE_KINDS = ("person", "government", "organisation", "group")

# The 193 member states of the United Nations (ISO 3166-1 alpha-3).
UN_MEMBERS = ["AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR", "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN", "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "COD", "DNK", "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB", "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN", "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO", "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM", "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR", "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA", "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM", "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN", "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB", "ZWE"]
UN_OBSERVER_STATES = ["VAT", "PSE"]
# Commonly reported states outside the UN; XKX is the user-assigned code in
# common use for Kosovo (CLDR territory "XK"; pycountry has no entry).
OTHER_STATES = {"XKX": "XK", "TWN": "TW"}

# Texts that legitimately map to more than one code within the same language
# and type. Anything else mapping to two codes is an error. Keep in sync with
# data/README.md ("Ambiguous names").
AMBIGUOUS_OK = {
    ("de", "name", "Kongo"),
    ("en", "name", "Congo"),
    ("de", "adjective", "kongolesisch"),
    ("en", "adjective", "Congolese"),
    ("de", "demonym", "Kongolese"),
    ("de", "demonym", "Kongolesen"),
    ("de", "demonym", "Kongolesin"),
    ("de", "demonym", "Kongolesinnen"),
    ("en", "demonym", "Congolese"),
}

# German attributive adjectives at the start of a multi-word name: the strong
# endings -er/-es and the -e form get weak/oblique variants (-e, -en), e.g.
# "Weißes Haus" -> "Weiße Haus", "Weißen Haus".
_DE_ADJ = re.compile(
    r"^(?P<stem>[A-ZÄÖÜ][\wäöüß-]*(?:isch|lich|ig|igt|eint|al|iv|ß|au|ot|erst))(?P<end>e|er|es)$"
)


# --------------------------------------------------------------------------
# helpers


#: accent-folded spellings that are ordinary words: "Malé" stays, "Male" ("einige Male", "Male voters") is no capital
FOLDED_WORDS = frozenset({"Male"})


def read_tsv(path: Path, columns: list[str]) -> list[dict[str, str]]:
    """Read a TSV with a header line; '#' lines and blank lines are comments."""
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if header is None:
                header = fields
                if header != columns:
                    sys.exit(f"{path}:{lineno}: header {header} != {columns}")
                continue
            if len(fields) != len(columns):
                sys.exit(f"{path}:{lineno}: {len(fields)} fields, expected {len(columns)}")
            rows.append({c: f.strip() for c, f in zip(columns, fields)})
    return rows


def fold_accents(text: str, keep_umlauts: bool) -> str:
    """Strip combining accents (NFD); optionally keep German ä/ö/ü."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if keep_umlauts and ch == "\u0308" and out and out[-1] in "aouAOU":
                out.append(ch)
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def straight_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u02bb", "'").replace("\u2018", "'")


def de_inflections(text: str) -> set[str]:
    """Weak/oblique forms of the leading adjectives of a German name."""
    tokens = text.split(" ")
    n = 0
    while n < len(tokens) - 1 and _DE_ADJ.match(tokens[n]):
        n += 1
    if n == 0:
        return set()
    variants = set()
    ends = {m.group("end") for m in (_DE_ADJ.match(t) for t in tokens[:n])}
    targets = ["en"] if ends == {"e"} else ["e", "en"]
    for target in targets:
        new = [_DE_ADJ.match(t).group("stem") + target for t in tokens[:n]]
        variants.add(" ".join(new + tokens[n:]))
    variants.discard(text)
    return variants


def usable_iso_name(name: str | None) -> str | None:
    """Drop ISO 'inverted' names ("Korea, Republic of") and parenthesised ones."""
    if not name:
        return None
    name = re.sub(r"^the ", "", name)
    if "," in name or "(" in name:
        return None
    return name


def usable_cldr_en(name: str | None) -> str | None:
    """Drop CLDR display forms that do not occur in running text."""
    if not name or " - " in name or "(" in name:
        return None
    return name


# --------------------------------------------------------------------------
# build


def build_actors(manual: list[dict[str, str]]):
    de_terr = Locale("de").territories
    en_terr = Locale("en").territories
    assert len(set(UN_MEMBERS)) == 193, len(set(UN_MEMBERS))

    states: dict[str, dict[str, str]] = {}
    alpha2: dict[str, str] = {}
    for code in sorted(set(UN_MEMBERS) | set(UN_OBSERVER_STATES) | set(OTHER_STATES)):
        if code in OTHER_STATES:
            a2 = OTHER_STATES[code]
        else:
            country = pycountry.countries.get(alpha_3=code)
            if country is None:
                sys.exit(f"pycountry does not know {code}")
            a2 = country.alpha_2
        alpha2[code] = a2
        states[code] = {
            "code": code,
            "kind": "state",
            # PETRARCH2/Phoenix dictionaries use ISO alpha-3 for states; the
            # older GDELT/TABARI lookup deviates for a few (see data/README.md).
            "cameo": code,
            "name_en": usable_cldr_en(en_terr.get(a2)) or en_terr[a2],
            "name_de": de_terr[a2],
            "country": code,
            "sector": "",
        }

    orgs: dict[str, dict[str, str]] = {}
    for row in manual:
        code = row["code"]
        if row["kind"] == "state":
            if code not in states:
                sys.exit(f"manual_actors.tsv: {code} is not one of the generated states")
            for col in ACTOR_COLUMNS[2:]:
                if row[col]:
                    states[code][col] = row[col]
        elif row["kind"] == "organisation":
            if code in orgs or code in states:
                sys.exit(f"manual_actors.tsv: duplicate code {code}")
            for col in ("code", "name_en", "name_de", "sector"):
                if not row[col]:
                    sys.exit(f"manual_actors.tsv: {code}: empty {col}")
            orgs[code] = dict(row)
        else:
            sys.exit(f"manual_actors.tsv: {code}: unknown kind {row['kind']!r}")
    actors = [states[c] for c in sorted(states)] + [orgs[c] for c in sorted(orgs)]
    return actors, alpha2


def build_names(actors, alpha2, manual_names):
    de_terr = Locale("de").territories
    en_terr = Locale("en").territories
    names: set[tuple[str, str, str, str]] = set()

    def add(code, lang, typ, text):
        text = (text or "").strip()
        if text:
            names.add((code, lang, typ, text))

    for actor in actors:
        code = actor["code"]
        add(code, "en", "name", actor["name_en"])
        add(code, "de", "name", actor["name_de"])
        if actor["kind"] != "state":
            continue
        a2 = alpha2[code]
        add(code, "de", "name", de_terr.get(a2))
        add(code, "en", "name", usable_cldr_en(en_terr.get(a2)))
        country = pycountry.countries.get(alpha_3=code)
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                add(code, "en", "name", usable_iso_name(getattr(country, attr, None)))

    codes = {a["code"] for a in actors}
    for row in manual_names:
        if row["code"] not in codes:
            sys.exit(f"manual_names.tsv: unknown code {row['code']}")
        if row["lang"] not in LANGS or row["type"] not in NAME_TYPES:
            sys.exit(f"manual_names.tsv: bad lang/type in {row}")
        add(row["code"], row["lang"], row["type"], row["text"])

    # derived spelling variants
    for code, lang, typ, text in sorted(names):
        variants = {straight_quotes(text)}
        if typ in ("name", "capital", "seat", "place"):
            folded = fold_accents(straight_quotes(text), keep_umlauts=(lang == "de"))
            if folded not in FOLDED_WORDS:
                variants.add(folded)
        if lang == "de" and typ in ("name", "seat"):
            variants |= de_inflections(text)
        for v in variants:
            add(code, lang, typ, v)
    return sorted(names)


# --------------------------------------------------------------------------
# validation


def validate(actors, names, roles) -> list[str]:
    errors: list[str] = []
    codes = {a["code"] for a in actors}
    for a in actors:
        for col in ("code", "kind", "name_en", "name_de"):
            if not a[col]:
                errors.append(f"actor {a['code']}: empty {col}")
        if a["kind"] == "state" and (a["country"] != a["code"] or not a["cameo"]):
            errors.append(f"actor {a['code']}: state needs cameo and country=code")
        if a["kind"] == "organisation" and a["sector"] not in INTERNATIONAL_SECTORS and not (
                a["sector"] in NATIONAL_SECTORS and a["country"] in codes):
            errors.append(f"actor {a['code']}: sector must be {', '.join(INTERNATIONAL_SECTORS)}, or a national sector "
                          f"({', '.join(sorted(NATIONAL_SECTORS))}) with the state as country")
    by_text = defaultdict(set)
    for code, lang, typ, text in names:
        if code not in codes:
            errors.append(f"name {text!r}: unknown code {code}")
        if "\t" in text or text != text.strip():
            errors.append(f"name {text!r}: whitespace")
        if lang == "de" and typ == "adjective" and text != text.lower():
            errors.append(f"German adjective {text!r} must be lowercase")
        by_text[(lang, typ, text)].add(code)
    for key, cs in sorted(by_text.items()):
        if len(cs) > 1 and key not in AMBIGUOUS_OK:
            errors.append(f"ambiguous {key} -> {sorted(cs)} (add to AMBIGUOUS_OK and README?)")
    for key in sorted(AMBIGUOUS_OK):
        if len(by_text.get(key, ())) < 2:
            errors.append(f"AMBIGUOUS_OK entry {key} is no longer ambiguous")
    seen = set()
    for r in roles:
        for col in ROLE_COLUMNS:
            if not r[col]:
                errors.append(f"role {r}: empty {col}")
        if r["lang"] not in LANGS or r["kind"] not in ROLE_KINDS:
            errors.append(f"role {r}: bad lang/kind")
        if r["role"] != r["role"].lower():
            errors.append(f"role {r}: role label must be lowercase")
        key = (r["lang"], r["title"])
        if key in seen:
            errors.append(f"role {key} listed twice")
        seen.add(key)
    return errors


# --------------------------------------------------------------------------
# output


def render(columns, rows, comment: str) -> str:
    lines = [f"# {line}".rstrip() for line in comment.strip().splitlines()]
    lines.append("\t".join(columns))
    for row in rows:
        values = [row[c] for c in columns] if isinstance(row, dict) else list(row)
        lines.append("\t".join(values))
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only verify that the files are up to date")
    args = ap.parse_args()

    manual_actors = read_tsv(GAZ / "manual_actors.tsv", ACTOR_COLUMNS)
    manual_names = read_tsv(GAZ / "manual_names.tsv", NAME_COLUMNS)
    roles = read_tsv(GAZ / "roles.tsv", ROLE_COLUMNS)

    actors, alpha2 = build_actors(manual_actors)
    names = build_names(actors, alpha2, manual_names)
    errors = validate(actors, names, roles)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    provenance = (
        f"pycountry {importlib.metadata.version('pycountry')}, "
        f"Babel {importlib.metadata.version('babel')} (CLDR {get_global('cldr')['version']})"
    )
    outputs = {
        GAZ / "actors.tsv": render(
            ACTOR_COLUMNS,
            actors,
            f"""
Generated by tools/build_gazetteer.py from {provenance}
and data/gazetteer/manual_actors.tsv. Do not edit: change the inputs and rerun.
Columns: see data/README.md.
""",
        ),
        GAZ / "names.tsv": render(
            NAME_COLUMNS,
            names,
            f"""
Generated by tools/build_gazetteer.py from {provenance}
and data/gazetteer/manual_names.tsv. Do not edit: change the inputs and rerun.
Columns: see data/README.md.
""",
        ),
    }
    stale = []
    for path, text in outputs.items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    print(f"{len(actors)} actors, {len(names)} names, {len(roles)} roles"
          + (f"; rewrote {', '.join(p.name for p in stale)}" if stale else "; unchanged"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
