"""Renders Mermaid diagrams to vector PDF for print, all in one browser session, cached.

The cache is keyed by a hash of the diagram text and of what renders it (Mermaid's version,
this renderer), so an unchanged diagram is never rendered twice, whatever output is cleaned.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from lastenheft.site.node_packages import mermaid_bundle

SCRIPT = Path(__file__).resolve().parent / "render-diagrams.cjs"
#: Bump when the script's output changes for the same input.
RENDERER_VERSION = "1"


@dataclass(frozen=True)
class Toolchain:
    """What rendering needs: Node.js, the project's node_modules, Mermaid, Chromium."""

    node: str
    node_modules: Path
    chromium: str

    def fingerprint(self) -> str:
        package = self.node_modules / "mermaid" / "package.json"
        version = json.loads(package.read_text("utf-8"))["version"]
        return f"renderer {RENDERER_VERSION}, mermaid {version}"


@dataclass(frozen=True)
class Rendered:
    """The outcome for one diagram: its PDF, or the error Mermaid reported."""

    pdf: Path | None
    error: str = ""


class RenderError(Exception):
    """The renderer itself failed (no browser, broken installation), not a diagram."""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lastenheft" / "diagrams"


def cache_key(code: str, toolchain: Toolchain) -> str:
    return hashlib.sha256(f"{toolchain.fingerprint()}\n{code}".encode()).hexdigest()[:32]


def find_toolchain(node_modules: Path | None, chromium: str) -> Toolchain | str:
    """The toolchain, or a sentence saying what is missing and how to get it."""
    node = shutil.which("node")
    if node is None:
        return "Node.js ('node') is not installed; install Node.js 20 or newer."
    if node_modules is None or not (node_modules / "puppeteer-core").is_dir():
        return "puppeteer-core is not in node_modules; run 'npm ci' in the project folder."
    browser = shutil.which(chromium) or (chromium if Path(chromium).is_file() else None)
    if browser is None:
        return (
            f"Chromium ('{chromium}') is not installed; run "
            f"'bash tools/install-system-packages.sh' or set lastenheft_chromium."
        )
    return Toolchain(node, node_modules, browser)


def render(
    codes: Iterable[str], toolchain: Toolchain, cache_dir: Path
) -> tuple[dict[str, Rendered], int]:
    """PDFs of the diagrams by their text, and how many had to be rendered (not cached)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Rendered] = {}
    missing: dict[str, str] = {}
    for code in dict.fromkeys(codes):
        pdf = cache_dir / f"{cache_key(code, toolchain)}.pdf"
        if pdf.is_file():
            results[code] = Rendered(pdf)
        else:
            missing[code] = cache_key(code, toolchain)
    if missing:
        results.update(_render_missing(missing, toolchain, cache_dir))
    return results, len(missing)


def _render_missing(
    missing: dict[str, str], toolchain: Toolchain, cache_dir: Path
) -> dict[str, Rendered]:
    with tempfile.TemporaryDirectory(prefix="lastenheft-diagrams-") as work:
        staging = Path(work)
        job = {
            "nodeModules": str(toolchain.node_modules),
            "mermaidJs": str(mermaid_bundle(toolchain.node_modules)),
            "chromium": toolchain.chromium,
            "diagrams": [
                {
                    "code": code,
                    "svg": str(staging / f"{key}.svg"),
                    "pdf": str(staging / f"{key}.pdf"),
                }
                for code, key in missing.items()
            ],
        }
        job_file = staging / "job.json"
        job_file.write_text(json.dumps(job), "utf-8")
        process = subprocess.run(
            [toolchain.node, str(SCRIPT), str(job_file)],
            capture_output=True,
            text=True,
            check=False,
        )
        if process.returncode != 0:
            raise RenderError(process.stderr.strip() or f"exit code {process.returncode}")
        outcomes = json.loads(process.stdout)
        results: dict[str, Rendered] = {}
        for (code, key), outcome in zip(missing.items(), outcomes, strict=True):
            if not outcome["ok"]:
                results[code] = Rendered(None, outcome["error"])
                continue
            # Moved in only when complete, so an interrupted build leaves no broken entry.
            for suffix in (".svg", ".pdf"):
                shutil.move(staging / f"{key}{suffix}", cache_dir / f"{key}{suffix}")
            results[code] = Rendered(cache_dir / f"{key}.pdf")
        return results
