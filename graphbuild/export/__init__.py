"""Exporters: GraphML (Gephi, yEd, Cytoscape), JSON Lines (one statement per line) and CSV."""

FORMATS = ("graphml", "jsonl", "csv")
