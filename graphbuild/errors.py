"""One error hierarchy for graphbuild, with coded, actionable messages.

The CLI catches :class:`GraphbuildError` and prints ``[CODE] message``; anything else is a bug and shows a
traceback. Codes are grouped by area: ``I`` input, ``M`` models/NLP, ``S`` storage, ``N`` Neo4j, ``T`` training,
``A`` actors, ``Q`` queries, ``E`` evaluation, ``C`` configuration.
"""

from __future__ import annotations


class GraphbuildError(Exception):
    """Base of every error graphbuild raises on purpose. ``code`` is stable; ``message`` says what to do."""

    exit_code = 1

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class InputError(GraphbuildError):
    """An article batch (file, line, record) cannot be read."""

    exit_code = 2


class ModelError(GraphbuildError):
    """No usable spaCy pipeline for a language, or a pipeline that fails to load."""


class StoreError(GraphbuildError):
    """The embedded store cannot be opened, read or written."""


class Neo4jError(GraphbuildError):
    """Neo4j is unreachable, refuses the credentials, or the local server cannot be started."""


class TrainingError(GraphbuildError):
    """The pipeline training recipe cannot run (missing corpora, failed step)."""


class ActorDictionaryError(GraphbuildError):
    """A user actor dictionary has a line graphbuild cannot read."""


class QueryError(GraphbuildError):
    """A query file is unknown, malformed, or its parameters are missing."""


class EvaluationError(GraphbuildError):
    """Gold data for ``graphbuild eval`` cannot be read."""


class ConfigError(GraphbuildError):
    """A setting (option or environment variable) has an invalid value."""
