"""Text -> records -> triples. Never imports ketluan.graph."""
