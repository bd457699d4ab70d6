"""The website around the views: the Mermaid runtime and style sheets shipped with it, so
every page works offline."""
