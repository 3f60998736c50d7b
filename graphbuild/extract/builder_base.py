"""The state the rules of :class:`~graphbuild.extract.statements.StatementBuilder` share: the article's actors,
the lexicon, and the language's rules and word lists. :class:`~graphbuild.extract.sources.SourceRules` and
:class:`~graphbuild.extract.targets.TargetRules` build on it, and the statement builder inherits both."""

from __future__ import annotations

from typing import Any

from graphbuild.extract.language import LanguageRules, rules_for
from graphbuild.extract.lexicon import Lexicon
from graphbuild.resolve.actors import ArticleActors


class BuilderBase:
    def __init__(self, actors: ArticleActors, lexicon: Lexicon) -> None:
        self.actors = actors
        self.lexicon = lexicon
        self.lang = actors.lang
        self.scheme = actors.scheme
        self.rules: LanguageRules = rules_for(actors.lang)
        self.control: dict[str, dict[str, Any]] = self.rules.extra.get("control", {}) or {}
        self.target_preps = self.rules.word_set("target_preps")
        self.partner_preps = self.rules.word_set("partner_preps")
        self.owner_blind_codes = tuple(self.rules.word_set("owner_blind_codes"))
