"""Article batch readers: text files, JSONL/JSON, CSV, folders, globs and stdin, with language detection."""

from graphbuild.read.batch import read_articles

__all__ = ["read_articles"]
