"""Language data packages, one per language."""
