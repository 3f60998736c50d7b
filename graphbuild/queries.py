"""The Cypher question files in ``queries/``: discovery, header parsing (``// title``, ``// param``,
``// example``) and parameter binding for ``graphbuild query``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import QueryError

_HEADER = re.compile(r"^//\s*(title|description|param|example)\s*:?\s*(.*)$")


@dataclass
class QueryFile:
    name: str
    path: Path
    title: str
    description: str
    params: dict[str, str] = field(default_factory=dict)
    example: dict[str, str] = field(default_factory=dict)
    cypher: str = ""


def queries_dir() -> Path:
    env = os.environ.get("GRAPHBUILD_QUERIES")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve().parent
    candidates += [here / "_queries", here.parent / "queries"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise QueryError("Q001", "The queries/ folder was not found; set GRAPHBUILD_QUERIES to it.")


def parse(path: Path) -> QueryFile:
    title = description = ""
    params: dict[str, str] = {}
    example: dict[str, str] = {}
    body: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _HEADER.match(line.strip())
        if m:
            key, value = m.groups()
            if key == "title":
                title = value
            elif key == "description":
                description = value
            elif key == "param":
                name, _, doc = value.partition(":")
                params[name.strip()] = doc.strip()
            else:
                example.update(parse_params(value.split()))
            continue
        body.append(line)
    if not title:
        raise QueryError("Q002", f"{path}: the first line must be '// title: …'.")
    return QueryFile(path.stem, path, title, description, params, example, "\n".join(body).strip())


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise QueryError("Q003", f"Parameter '{pair}' is not KEY=VALUE.")
        out[key] = value
    return out


def all_queries() -> list[QueryFile]:
    return [parse(p) for p in sorted(queries_dir().glob("*.cypher"))]


def find(name: str) -> QueryFile:
    for q in all_queries():
        if q.name == name or q.path.name == name:
            return q
    names = ", ".join(q.name for q in all_queries())
    raise QueryError("Q004", f"No query '{name}'. Available: {names}.")


def bind(query: QueryFile, given: dict[str, str]) -> dict[str, object]:
    """Parameters for a run: given values (numbers converted), missing ones reported with their documentation."""
    missing = [p for p in query.params if p not in given]
    if missing:
        docs = "; ".join(f"{p}: {query.params[p]}" for p in missing)
        raise QueryError("Q005", f"Query '{query.name}' needs --param for {', '.join(missing)} ({docs}).")
    unknown = [p for p in given if p not in query.params]
    if unknown:
        raise QueryError("Q006", f"Query '{query.name}' has no parameter {', '.join(unknown)}; "
                                 f"it takes {', '.join(query.params) or 'none'}.")
    return {k: (int(v) if re.fullmatch(r"-?\d+", v) else v) for k, v in given.items()}
