"""Named SPARQL queries answering analysts' questions (one .rq file each)."""
