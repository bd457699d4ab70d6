"""Headless Chromium for tests: the DOM after JavaScript ran, screenshots, a local web server.

Pages are rendered with Debian's ``chromium`` (``tools/install-system-packages.sh`` installs
it). ``--virtual-time-budget`` lets Chromium fast-forward timers and wait for pending work
before it dumps the DOM, so Mermaid's asynchronous rendering has finished in what
:func:`dump_dom` returns (checked in ``tests/test_browser.py`` with a diagram that only starts
rendering after an eight-second timer).

Chromium is also told that no host name resolves except ``localhost``/``127.0.0.1``: a page
that needs anything from the internet (a CDN copy of Mermaid, a web font) renders without it
and the test that looks at it fails, on any machine, whatever its network.

Without Chromium a test that asks for it is skipped, except under ``CI`` where it fails.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import urlsplit

import pytest

#: Where Debian puts its Chromium; ``LASTENHEFT_CHROMIUM`` overrides it.
DEBIAN_CHROMIUM = "/usr/bin/chromium"

#: Enough virtual time for the slowest page of the example; Chromium fast-forwards it, so an
#: idle page costs nothing like this in wall time.
DEFAULT_BUDGET_MS = 15_000

#: Wall-clock limit for one Chromium run.
DEFAULT_TIMEOUT_S = 120.0

_FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
    # Offline by construction: every host but the loopback fails to resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
)


def in_ci() -> bool:
    """Whether we run under CI (``CI`` set to anything but empty, ``0`` or ``false``)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def find_chromium() -> str | None:
    """Path of the Chromium executable, or ``None`` when there is none."""
    configured = os.environ.get("LASTENHEFT_CHROMIUM")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    if os.access(DEBIAN_CHROMIUM, os.X_OK):
        return DEBIAN_CHROMIUM
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def require_chromium() -> str:
    """Chromium's path; skip the calling test without it, or fail it under CI."""
    chromium = find_chromium()
    if chromium is None:
        looked = os.environ.get("LASTENHEFT_CHROMIUM") or f"{DEBIAN_CHROMIUM} and chromium on PATH"
        reason = (
            f"Chromium not found (looked for {looked}); "
            "install it with: bash tools/install-system-packages.sh"
        )
        if in_ci():
            pytest.fail(f"{reason} (CI is set, so this is an error, not a skip)")
        pytest.skip(reason)
    return chromium


def _run_chromium(args: list[str], url: str, timeout: float) -> subprocess.CompletedProcess[str]:
    chromium = require_chromium()
    with tempfile.TemporaryDirectory(prefix="lastenheft-chromium-") as profile:
        cmd = [chromium, *_FLAGS, f"--user-data-dir={profile}", *args, url]
        try:
            proc = subprocess.run(
                cmd,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"Chromium did not finish within {timeout} s: {url}") from exc
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.splitlines()[-20:])
        raise RuntimeError(f"Chromium exited with {proc.returncode} on {url}:\n{tail}")
    return proc


def dump_dom(
    url: str, *, budget_ms: int = DEFAULT_BUDGET_MS, timeout: float = DEFAULT_TIMEOUT_S
) -> str:
    """Load ``url`` in headless Chromium and return the serialized DOM after scripts ran."""
    proc = _run_chromium([f"--virtual-time-budget={budget_ms}", "--dump-dom"], url, timeout)
    if "<html" not in proc.stdout.lower():
        raise RuntimeError(f"Chromium returned no DOM for {url}:\n{proc.stderr[-2000:]}")
    return proc.stdout


def screenshot(
    url: str,
    png_path: str | os.PathLike[str],
    *,
    window_size: tuple[int, int] = (1400, 2000),
    budget_ms: int = DEFAULT_BUDGET_MS,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> Path:
    """Save a PNG of ``url`` as rendered after scripts ran; returns its absolute path."""
    target = Path(png_path).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    width, height = window_size
    _run_chromium(
        [
            f"--virtual-time-budget={budget_ms}",
            f"--window-size={width},{height}",
            f"--screenshot={target}",
        ],
        url,
        timeout,
    )
    if not target.is_file() or target.stat().st_size == 0:
        raise RuntimeError(f"Chromium wrote no screenshot of {url} to {target}")
    return target


def file_url(path: str | os.PathLike[str]) -> str:
    """``file://`` URL of a local file, as a reader opening the built site from disk uses."""
    return Path(path).resolve().as_uri()


@dataclasses.dataclass
class LocalServer:
    """A running :func:`serve_directory`: its base URL and what was asked of it."""

    url: str
    #: ``(status, path)`` of every request answered so far, in order.
    requests: list[tuple[int, str]] = dataclasses.field(default_factory=list)


class _Handler(http.server.SimpleHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        page = self.server.pages.get(urlsplit(self.path).path)
        if page is None:
            super().do_GET()
            return
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        status = 0 if isinstance(code, str) else int(code)
        self.server.requests.append((status, self.path))

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean; requests are recorded by log_request."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[int, str]]
    pages: Mapping[str, str]


@contextlib.contextmanager
def serve_directory(
    root: str | os.PathLike[str], pages: Mapping[str, str] | None = None
) -> Iterator[LocalServer]:
    """Serve the files under ``root`` on 127.0.0.1 at a free port while the block runs, and
    ``pages`` (HTML by path, such as ``/harness.html``) beside them, from the same origin as
    the files, so that a test's page can look into theirs."""
    handler = functools.partial(_Handler, directory=str(Path(root).resolve()))
    server = _Server(("127.0.0.1", 0), handler)
    host, port = server.server_address[:2]
    local = LocalServer(url=f"http://{host!s}:{port}/")
    server.requests = local.requests
    server.pages = pages or {}
    thread = threading.Thread(target=server.serve_forever, name="test-http", daemon=True)
    thread.start()
    try:
        yield local
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
