"""JSON Lines gold files: the records with their line numbers, and actionable errors for missing or broken ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from graphbuild.errors import EvaluationError


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
