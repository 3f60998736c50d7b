"""Where graphbuild's data files (lexicons, gazetteers, noise patterns) live.

In a source checkout and an editable install they are the repository's top-level ``data/`` folder; a wheel
carries the same files as the package ``graphbuild._data``. ``GRAPHBUILD_DATA`` overrides both.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from graphbuild.errors import ConfigError

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def data_dir() -> Path:
    """The folder holding graphbuild's data files."""
    env = os.environ.get("GRAPHBUILD_DATA")
    candidates = [Path(env)] if env else []
    candidates += [_PACKAGE / "_data", _PACKAGE.parent / "data"]
    for candidate in candidates:
        if (candidate / "noise.txt").is_file():
            return candidate
    raise ConfigError(
        "C001",
        f"graphbuild's data folder was not found (looked in {', '.join(map(str, candidates))}). "
        "Reinstall graphbuild (pip install -e .) or set GRAPHBUILD_DATA to the repository's data/ folder.",
    )


def data_path(*parts: str) -> Path:
    """Path of a data file, e.g. ``data_path("lexicon", "predicates_de.tsv")``."""
    return data_dir().joinpath(*parts)
