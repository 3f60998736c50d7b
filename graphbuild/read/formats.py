"""One parser per input format. Each yields ``(origin, record)`` pairs or raises :class:`InputError` per record.

Parsers never stop a batch: a record-level problem is yielded as the exception object (``(origin, error)``) so
the batch driver can report it and go on with the next record.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from graphbuild import plainyaml
from graphbuild.errors import InputError

Record = tuple[str, "dict[str, Any] | InputError"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _decode(raw: bytes, origin: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "I002",
            f"{origin}: invalid UTF-8 at byte {exc.start}; re-save the file as UTF-8 "
            "(e.g. iconv -f latin1 -t utf-8).",
        ) from None


def parse_txt(data: bytes, name: str) -> Iterator[Record]:
    """One article per file; optional YAML front matter between ``---`` lines (title, date, source, id, ...)."""
    try:
        text = _decode(data, name)
    except InputError as err:
        yield name, err
        return
    record: dict[str, Any] = {}
    if text.startswith(("---\n", "---\r\n")):
        end = text.find("\n---", 4)
        if end == -1:
            yield name, InputError("I020", f"{name}:1: front matter opened with '---' is never closed.")
            return
        try:
            front = plainyaml.load(text[4:end]) or {}
        except yaml.YAMLError as exc:
            yield name, InputError("I021", f"{name}: front matter is not valid YAML ({exc}).")
            return
        if not isinstance(front, dict):
            yield name, InputError("I021", f"{name}: front matter must be 'key: value' lines.")
            return
        record.update({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in front.items()})
        text = text[end + 4 :].lstrip("\r\n")
    record["text"] = text
    yield name, record


def parse_jsonl(stream: BinaryIO, name: str) -> Iterator[Record]:
    """One JSON object per line; blank lines are ignored; each bad line is reported with its number."""
    for number, raw in enumerate(stream, start=1):
        origin = f"{name}:{number}"
        if not raw.strip():
            continue
        try:
            line = _decode(raw, origin)
            obj = json.loads(line)
        except InputError as err:
            yield origin, err
            continue
        except json.JSONDecodeError as exc:
            yield origin, InputError("I030", f"{origin}: broken JSON ({exc.msg} at column {exc.colno}); line skipped.")
            continue
        if not isinstance(obj, dict):
            yield origin, InputError("I031", f"{origin}: expected a JSON object per line, got {type(obj).__name__}.")
            continue
        yield origin, obj


def parse_json(data: bytes, name: str) -> Iterator[Record]:
    """A JSON array of article objects, ``{"articles": [...]}``, or a single article object."""
    try:
        obj = json.loads(_decode(data, name))
    except InputError as err:
        yield name, err
        return
    except json.JSONDecodeError as exc:
        yield name, InputError("I030", f"{name}:{exc.lineno}: broken JSON ({exc.msg}); file skipped.")
        return
    items = obj.get("articles") if isinstance(obj, dict) and "text" not in obj else obj
    if isinstance(items, dict):
        items = [items]
    if not isinstance(items, list):
        yield name, InputError("I031", f"{name}: expected an array of article objects.")
        return
    for index, item in enumerate(items):
        origin = f"{name}[{index}]"
        if isinstance(item, dict):
            yield origin, item
        else:
            yield origin, InputError("I031", f"{origin}: expected an object, got {type(item).__name__}.")


def parse_csv(stream: BinaryIO, name: str) -> Iterator[Record]:
    """CSV with a header row naming at least ``text``; the line number of each bad row is reported."""
    wrapper = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict", newline="")
    reader = csv.DictReader(wrapper)
    try:
        header = reader.fieldnames
    except UnicodeDecodeError:
        yield name, InputError("I002", f"{name}:1: invalid UTF-8 in the header; re-save the file as UTF-8.")
        return
    if not header or "text" not in header:
        yield name, InputError("I040", f"{name}:1: CSV header has no 'text' column (found: {header}).")
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError:
            yield f"{name}:{line}", InputError(
                "I002", f"{name}:{line}: invalid UTF-8; the rest of this file is skipped, re-save it as UTF-8."
            )
            return
        except csv.Error as exc:
            yield f"{name}:{line}", InputError("I041", f"{name}:{line}: malformed CSV ({exc}); row skipped.")
            continue
        if None in row:
            yield f"{name}:{line}", InputError("I042", f"{name}:{line}: more fields than header columns; row skipped.")
            continue
        yield f"{name}:{line}", {k: v for k, v in row.items() if v not in (None, "") or k == "text"}


def parse_stdin(stream: BinaryIO) -> Iterator[Record]:
    """Standard input: JSON Lines when it starts with ``{``, otherwise one plain-text article."""
    data = stream.read()
    if data.lstrip()[:1] == b"{":
        yield from parse_jsonl(io.BytesIO(data), "<stdin>")
    else:
        yield from parse_txt(data, "<stdin>")


SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".json": "json", ".csv": "csv"}


def parse_file(path: Path) -> Iterator[Record]:
    """Dispatch on the file suffix; unreadable files and unknown suffixes become errors naming the file."""
    kind = SUFFIXES.get(path.suffix.lower())
    name = str(path)
    if kind is None:
        yield name, InputError(
            "I003", f"{name}: unsupported file type '{path.suffix}' (use .txt, .jsonl, .json or .csv)."
        )
        return
    try:
        if kind in ("jsonl", "csv"):
            with path.open("rb") as stream:
                yield from (parse_jsonl if kind == "jsonl" else parse_csv)(stream, name)
        else:
            yield from (parse_txt if kind == "txt" else parse_json)(path.read_bytes(), name)
    except OSError as exc:
        yield name, InputError("I001", f"{name}: cannot read ({exc.strerror or exc}); check the path and permissions.")
