"""Puts the pinned Mermaid runtime into the wheel, so that a website builds without npm.

Everything else about the distribution is in pyproject.toml. The bundle (3.5 MB) is not kept
in git: it is copied from node_modules, where ``npm ci`` puts the version package-lock.json
pins. A checkout without node_modules (``pip install git+https://…`` clones one) gets the
same bytes from the npm registry instead, checked against package-lock.json's integrity hash.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import tarfile
import urllib.request
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import SetupError

ROOT = Path(__file__).parent
#: In the package, where sphinx_lastenheft/site/node_packages.py looks for it.
TARGET = Path("sphinx_lastenheft", "site", "mermaid")
#: What is shipped: the classic bundle browsers run from disk, and the licence it comes with.
FILES = ("dist/mermaid.min.js", "LICENSE")


def _pinned_mermaid() -> tuple[str, str]:
    """Mermaid's version and integrity hash as package-lock.json pins them."""
    entry = json.loads((ROOT / "package-lock.json").read_text("utf-8"))["packages"]
    mermaid = entry["node_modules/mermaid"]
    return mermaid["version"], mermaid["integrity"]


def _download(version: str, integrity: str) -> dict[str, bytes]:
    """The shipped files from the registry's tarball of ``version``, if its hash matches."""
    url = f"https://registry.npmjs.org/mermaid/-/mermaid-{version}.tgz"
    with urllib.request.urlopen(url, timeout=120) as response:
        tarball = response.read()
    algorithm, expected = integrity.split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, tarball).digest()).decode()
    if actual != expected:
        raise ValueError(f"{url} does not match the integrity hash in package-lock.json")
    with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
        return {
            name: archive.extractfile(f"package/{name}").read()  # type: ignore[union-attr]
            for name in FILES
        }


class BuildWithMermaid(build_py):
    """build_py that also writes Mermaid's bundle and licence into the package."""

    def run(self) -> None:
        super().run()
        # An editable install runs from the checkout, which finds node_modules itself.
        if self.editable_mode:
            return
        target = Path(self.build_lib, TARGET)
        target.mkdir(parents=True, exist_ok=True)
        source = ROOT / "node_modules" / "mermaid"
        if (source / "package.json").is_file():
            for name in FILES:
                shutil.copyfile(source / name, target / Path(name).name)
            return
        version, integrity = _pinned_mermaid()
        try:
            files = _download(version, integrity)
        except (OSError, ValueError) as error:
            raise SetupError(
                f"node_modules/mermaid is missing and Mermaid {version} could not be downloaded "
                f"({error}): run 'npm ci' in {ROOT} first, then build again."
            ) from error
        for name, content in files.items():
            (target / Path(name).name).write_bytes(content)


setup(cmdclass={"build_py": BuildWithMermaid})
