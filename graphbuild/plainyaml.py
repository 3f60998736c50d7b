"""YAML without the YAML 1.1 booleans on, off, yes, no, y and n.

In graphbuild's files these are words and codes: the preposition in "sanctions on Russia", Norway's ISO code
``NO`` in an actor dictionary, the language ``lang: no`` (Norwegian) of an article's front matter. Only
``true`` and ``false`` are booleans here.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BOOL = "tag:yaml.org,2002:bool"


class PlainLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` whose only booleans are true and false."""


PlainLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
PlainLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load(text: str) -> Any:
    """Parse one YAML document with :class:`PlainLoader` (raises ``yaml.YAMLError`` like ``yaml.safe_load``)."""
    return yaml.load(text, Loader=PlainLoader)
