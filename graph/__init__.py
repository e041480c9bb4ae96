"""The store, resolution, export, queries, validation and the command line (the outer layer)."""
