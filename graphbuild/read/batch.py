"""Expand command-line paths (files, folders, globs, ``-``) and stream articles, reporting bad records."""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.models import Article
from graphbuild.read.formats import SUFFIXES, parse_file, parse_stdin
from graphbuild.read.records import to_article


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str]:
    """Yield files in a stable order: folders recursively (known suffixes only), globs expanded, ``-`` as is."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError("I004", f"{raw}: the pattern matches no files.")
            yield from matches
        else:
            raise InputError("I001", f"{raw}: no such file or folder.")


def read_articles(
    paths: Iterable[str],
    *,
    lang: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """Stream the articles behind ``paths``; every bad record goes to ``on_error`` and the batch goes on.

    A path that does not exist is reported the same way (``I001``), so one typo does not lose the rest.
    With no ``on_error`` the first problem is raised.
    """

    def report(err: InputError) -> None:
        if on_error is None:
            raise err
        on_error(err)

    for raw in paths:
        try:
            files = list(expand_paths([raw]))
        except InputError as err:
            report(err)
            continue
        for file in files:
            records = parse_stdin(sys.stdin.buffer) if file == "-" else parse_file(Path(file))
            for origin, record in records:
                if isinstance(record, InputError):
                    report(record)
                    continue
                try:
                    article = to_article(record, origin, lang=lang)
                except InputError as err:
                    report(err)
                    continue
                yield article


def estimate_total(paths: Iterable[str]) -> int | None:
    """How many articles ``paths`` hold, for a progress bar: JSONL lines, CSV rows, one per text file.

    ``None`` when unknown (stdin, JSON arrays) or when counting fails; never raises.
    """
    total = 0
    try:
        for item in expand_paths(paths):
            if item == "-":
                return None
            path = Path(item)
            suffix = SUFFIXES.get(path.suffix.lower())
            if suffix in ("jsonl", "csv"):
                with path.open("rb") as fh:
                    lines = sum(1 for line in fh if line.strip())
                total += lines - 1 if suffix == "csv" else lines
            elif suffix == "txt":
                total += 1
            else:
                return None
    except (InputError, OSError):
        return None
    return total
