"""The website around the views: the Mermaid runtime and style sheets shipped with it, so
every page works offline; every diagram checked with Mermaid's own parser
(``mermaid_check.py``); the same output for the same sources (``deterministic.py``)."""
