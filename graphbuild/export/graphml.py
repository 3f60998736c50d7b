"""GraphML export that Gephi and yEd open and ``networkx.read_graphml`` reads back.

Every attribute is a scalar of one type per key (mixed keys become strings), text is stripped of characters
XML 1.0 forbids (control characters, lone surrogates), and nodes get Gephi's ``label`` (the display name) plus
``labels`` (``:Actor``, ``:Statement``, …) for the node type.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(value: Any) -> Any:
    if isinstance(value, str):
        return _INVALID_XML.sub("", value)
    return value


def _unify(items: list[dict[str, Any]]) -> None:
    """Cast values of a key to ``str`` where its values have more than one type (GraphML types are per key)."""
    types: dict[str, set[type]] = {}
    for attrs in items:
        for key, value in attrs.items():
            types.setdefault(key, set()).add(bool if isinstance(value, bool) else type(value))
    mixed = {k for k, t in types.items() if len(t) > 1}
    for attrs in items:
        for key in mixed & attrs.keys():
            attrs[key] = str(attrs[key])


def for_graphml(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` made GraphML-safe (see module docstring)."""
    out = nx.MultiDiGraph()
    nodes = []
    for node, data in graph.nodes(data=True):
        attrs = {k: xml_safe(v) for k, v in data.items() if v is not None}
        attrs["labels"] = f":{data.get('label', 'Node')}"
        attrs["label"] = xml_safe(str(data.get("name") or node))
        nodes.append((xml_safe(str(node)), attrs))
    edges = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {k: xml_safe(v) for k, v in data.items() if v is not None}
        attrs["label"] = str(data.get("type", key))
        edges.append((xml_safe(str(u)), xml_safe(str(v)), xml_safe(str(key)), attrs))
    _unify([a for _, a in nodes])
    _unify([a for *_, a in edges])
    out.add_nodes_from(nodes)
    for u, v, key, attrs in edges:
        out.add_edge(u, v, key=key, **attrs)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_graphml(for_graphml(graph), str(path), named_key_ids=True)
