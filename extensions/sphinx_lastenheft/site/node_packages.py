"""Finds the npm packages the build uses: Mermaid for the website, puppeteer-core for print."""

from __future__ import annotations

from pathlib import Path


def find_node_modules(confdir: Path, configured: str) -> Path | None:
    """The configured node_modules, or the one holding Mermaid in conf.py's folder or above."""
    candidates = (
        [confdir / configured]
        if configured
        else [folder / "node_modules" for folder in (confdir, *confdir.parents)]
    )
    return next((c for c in candidates if (c / "mermaid" / "package.json").is_file()), None)


def mermaid_bundle(node_modules: Path) -> Path:
    """Mermaid's classic bundle: a plain script, which browsers run on pages opened from disk."""
    return node_modules / "mermaid" / "dist" / "mermaid.min.js"
