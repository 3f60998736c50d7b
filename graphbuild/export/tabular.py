"""Statement exports: JSON Lines (one statement per line, nested source/predicate/target) and flat CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

CSV_COLUMNS = (
    "id", "article_id", "sentence", "char_start", "char_end", "text", "date", "lang",
    "source_id", "source_name", "source_kind", "source_country", "source_role",
    "predicate_lemma", "plover", "mode", "cameo", "score", "relation",
    "target_id", "target_name", "target_kind", "target_country",
    "polarity", "modality", "quote", "cue", "confidence", "extractor",
)


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    src, pred, tgt = row["source"], row["predicate"], row.get("target") or {}
    return {
        "id": row["id"], "article_id": row["article_id"], "sentence": row["sentence"],
        "char_start": row["char_start"], "char_end": row["char_end"], "text": row["text"], "date": row["date"],
        "lang": row["lang"], "source_id": src["id"], "source_name": src["name"], "source_kind": src["kind"],
        "source_country": src["country"], "source_role": src["role"], "predicate_lemma": pred["lemma"],
        "plover": pred["plover"], "mode": pred.get("mode"), "cameo": pred["cameo"], "score": pred["score"],
        "relation": pred.get("relation"), "target_id": tgt.get("id"), "target_name": tgt.get("name"),
        "target_kind": tgt.get("kind"), "target_country": tgt.get("country"), "polarity": row["polarity"],
        "modality": row["modality"], "quote": row["quote"], "cue": row.get("cue"), "confidence": row["confidence"],
        "extractor": row.get("extractor"),
    }


def write_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(flatten(row))
        n += 1
    return n
