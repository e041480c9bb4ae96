"""The SPARQL endpoint and its web pages (``ketluan serve``)."""
