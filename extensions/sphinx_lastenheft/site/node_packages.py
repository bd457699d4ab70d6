"""Finds the npm packages the build uses: Mermaid for the website, puppeteer-core for print."""

from __future__ import annotations

from pathlib import Path

#: Where a wheel carries Mermaid's bundle and licence, copied in at build time (setup.py), so
#: that a website builds without npm. A source checkout has no such folder.
SHIPPED_MERMAID = Path(__file__).parent / "mermaid"


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


def find_mermaid_bundle(confdir: Path, configured: str) -> Path | None:
    """The Mermaid bundle of the project's node_modules (the version the project pins), else
    the one shipped with the package, else none."""
    node_modules = find_node_modules(confdir, configured)
    if node_modules is not None:
        return mermaid_bundle(node_modules)
    shipped = SHIPPED_MERMAID / "mermaid.min.js"
    return shipped if shipped.is_file() else None
