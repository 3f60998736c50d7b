"""JSON Lines gold files: the records with their line numbers, actionable errors for missing or broken ones, and
the KEDS-era country codes some gold still uses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from graphbuild.errors import EvaluationError

#: country codes of the KEDS/CAMEO era some gold records still use, scored as the ISO 3166 codes graphbuild gives
#: ("Italy announced a suspension …" is coded ITL, Japan JAP, "The Kuwait government" KUWGOV)
LEGACY_COUNTRIES = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "KUW": "KWT"}


def modern_code(code: str) -> str:
    """An actor code with a KEDS-era country prefix read as the ISO 3166 one ("KUWGOV" → "KWTGOV")."""
    return LEGACY_COUNTRIES.get(code[:3], code[:3]) + code[3:] if len(code) >= 3 else code


def jsonl_records(path: Path, what: str = "file") -> Iterator[tuple[int, dict]]:
    """``(line number, record)`` for every non-blank line; a missing file or a broken line raises with its place."""
    if not path.exists():
        raise EvaluationError("E001", f"{path}: no such {what}.")
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError("E002", f"{path}:{number}: broken JSON ({exc.msg}).") from None
