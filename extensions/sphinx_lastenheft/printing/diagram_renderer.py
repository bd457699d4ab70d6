"""Runs Mermaid diagrams through Mermaid itself, all in one browser session, cached: renders
them to vector PDF for print, or only parses them to check a website's diagrams.

The cache is keyed by a hash of the diagram text and of what renders it (Mermaid's version,
this renderer), so an unchanged diagram is never rendered or parsed twice, whatever output is
cleaned.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sphinx_lastenheft.site.node_packages import mermaid_bundle
from sphinx_lastenheft.texts.messages import Messages

SCRIPT = Path(__file__).resolve().parent / "render-diagrams.cjs"
#: Bump when the script's output changes for the same input.
RENDERER_VERSION = "2"
#: Suffix of the cache file that holds Mermaid's verdict on a diagram's text.
PARSED = ".parsed.json"


@dataclass(frozen=True)
class Toolchain:
    """What running Mermaid needs: Node.js, the project's node_modules, Mermaid, Chromium."""

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


@dataclass(frozen=True)
class Facts:
    """What print needs to know of a rendered diagram, in points (1/72 inch)."""

    width: float
    height: float
    #: The size of its smallest text at the natural size.
    smallest_font: float


#: A CSS pixel in points: Chromium prints 96 pixels to the inch.
_PX = 0.75


def facts_of(pdf: Path) -> Facts:
    """The facts the renderer recorded beside a diagram's PDF."""
    facts = json.loads(pdf.with_suffix(".json").read_text("utf-8"))
    return Facts(facts["width"] * _PX, facts["height"] * _PX, facts["smallestFont"] * _PX)


class RenderError(Exception):
    """The renderer itself failed (no browser, broken installation), not a diagram."""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lastenheft" / "diagrams"


def _cache_key(code: str, fingerprint: str) -> str:
    return hashlib.sha256(f"{fingerprint}\n{code}".encode()).hexdigest()[:32]


def find_toolchain(node_modules: Path | None, chromium: str, say: Messages) -> Toolchain | str:
    """The toolchain, or a sentence in the words of ``say`` saying what is missing and how
    to get it."""
    node = shutil.which("node")
    if node is None:
        return say.no_node
    if node_modules is None or not (node_modules / "puppeteer-core").is_dir():
        return say.no_puppeteer
    browser = shutil.which(chromium) or (chromium if Path(chromium).is_file() else None)
    if browser is None:
        return say.no_chromium.format(chromium=chromium)
    return Toolchain(node, node_modules, browser)


def render(
    codes: Iterable[str], toolchain: Toolchain, cache_dir: Path
) -> tuple[dict[str, Rendered], int]:
    """PDFs of the diagrams by their text, and how many had to be rendered (not cached)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, Rendered] = {}
    missing: dict[str, str] = {}
    for code, key in _keys(codes, toolchain).items():
        pdf = cache_dir / f"{key}.pdf"
        if pdf.is_file():
            results[code] = Rendered(pdf)
        else:
            missing[code] = key
    if missing:
        results.update(_render_missing(missing, toolchain, cache_dir))
    return results, len(missing)


def parse(
    codes: Iterable[str], toolchain: Toolchain, cache_dir: Path
) -> tuple[dict[str, str], int]:
    """Mermaid's error for each diagram text ('' where it parses), and how many had to be
    parsed (not cached)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    errors: dict[str, str] = {}
    missing: dict[str, str] = {}
    for code, key in _keys(codes, toolchain).items():
        verdict = cache_dir / f"{key}{PARSED}"
        if verdict.is_file():
            errors[code] = json.loads(verdict.read_text("utf-8"))["error"]
        elif (cache_dir / f"{key}.pdf").is_file():
            # Rendering parses first: a diagram drawn for print parses.
            errors[code] = ""
        else:
            missing[code] = key
    if not missing:
        return errors, 0
    with tempfile.TemporaryDirectory(prefix="lastenheft-diagrams-") as work:
        outcomes = _run(toolchain, Path(work), [{"code": c} for c in missing], parse_only=True)
    for (code, key), outcome in zip(missing.items(), outcomes, strict=True):
        errors[code] = "" if outcome["ok"] else outcome["error"]
        # Renamed into place when complete: builds sharing the cache never read half a file.
        partial = cache_dir / f"{key}.{os.getpid()}.partial"
        partial.write_text(json.dumps({"error": errors[code]}), "utf-8")
        partial.replace(cache_dir / f"{key}{PARSED}")
    return errors, len(missing)


#: A PDF date as Chromium writes it: D:YYYYMMDDHHmmSS and the time zone.
_PDF_DATE = re.compile(rb"\((D:\d{14}[^)]*)\)")
_FIXED_DATE = b"D:20000101000000+00'00'"


def without_dates(pdf: bytes) -> bytes:
    """The PDF with its creation and modification dates set to a fixed one of the same
    length (so the file's offsets stay valid): the same diagram gives the same bytes."""

    def fixed(match: re.Match[bytes]) -> bytes:
        date = match[1]
        if len(date) != len(_FIXED_DATE):
            return match[0]
        return b"(" + _FIXED_DATE + b")"

    return _PDF_DATE.sub(fixed, pdf)


def _keys(codes: Iterable[str], toolchain: Toolchain) -> dict[str, str]:
    """The cache key of each distinct diagram text, in the order given."""
    fingerprint = toolchain.fingerprint()
    return {code: _cache_key(code, fingerprint) for code in dict.fromkeys(codes)}


def _render_missing(
    missing: dict[str, str], toolchain: Toolchain, cache_dir: Path
) -> dict[str, Rendered]:
    with tempfile.TemporaryDirectory(prefix="lastenheft-diagrams-") as work:
        staging = Path(work)
        diagrams = [
            {
                "code": code,
                "svg": str(staging / f"{key}.svg"),
                "pdf": str(staging / f"{key}.pdf"),
                "facts": str(staging / f"{key}.json"),
            }
            for code, key in missing.items()
        ]
        outcomes = _run(toolchain, staging, diagrams, parse_only=False)
        results: dict[str, Rendered] = {}
        for (code, key), outcome in zip(missing.items(), outcomes, strict=True):
            if not outcome["ok"]:
                results[code] = Rendered(None, outcome["error"])
                continue
            pdf = staging / f"{key}.pdf"
            pdf.write_bytes(without_dates(pdf.read_bytes()))
            # Moved in only when complete, so an interrupted build leaves no broken entry.
            for suffix in (".svg", ".json", ".pdf"):
                shutil.move(staging / f"{key}{suffix}", cache_dir / f"{key}{suffix}")
            results[code] = Rendered(cache_dir / f"{key}.pdf")
        return results


def _run(
    toolchain: Toolchain, staging: Path, diagrams: list[dict[str, str]], *, parse_only: bool
) -> list[dict[str, Any]]:
    """Run the script on ``diagrams`` in one browser session: an outcome per diagram."""
    job = {
        "nodeModules": str(toolchain.node_modules),
        "mermaidJs": str(mermaid_bundle(toolchain.node_modules)),
        "chromium": toolchain.chromium,
        "parseOnly": parse_only,
        "diagrams": diagrams,
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
    outcomes: list[dict[str, Any]] = json.loads(process.stdout)
    return outcomes
