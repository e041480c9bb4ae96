"""The ketluan OWL ontology, SKOS topic scheme and SHACL shapes (data, read through importlib.resources)."""
