"""The same sources give the same output, byte for byte: what sphinx-needs leaves to chance or
to the clock is made stable here, without patching sphinx-needs.

- The container around each object gets its id from the object's ID (``SNCB-ANF-SRV-01``)
  instead of from a random uuid4 (``SNCB-3f2a9c1e``, ``build_need_repr`` in
  ``sphinx_needs/layout.py``).
- ``schema_violations.json``, the report of sphinx-needs' schema validation in the output
  folder (and so on the website), loses the time the validation took.
- ``needs.json`` leaves out the time it was written (``needs_reproducible_json``), unless
  ``conf.py`` decides.

Upstream-ready, for sphinx-needs: ``build_need_repr`` should derive the container id from the
need (``"SNCB-" + need["id"]`` made safe for a CSS selector, numbered when the need is shown
twice on a page), and ``generate_json_schema_validation_report`` should leave the duration and
the needs per second out of the report (they belong in the log it already writes).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_lastenheft.config import set_by_user

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

#: How sphinx-needs begins a container's id; its collapse script finds the container by it
#: (``div[id^=SNCB-]`` in ``sphinx_needs_collapse.js``).
CONTAINER_PREFIX = "SNCB-"
CONTAINER_CLASS = "need_container"
#: The script puts the id unescaped into a CSS selector (``#SNCB-…``): an ID's ``.`` would
#: read as a class there.
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")
#: The container's id when its object cannot be found in it.
_UNKNOWN_NEED = "need"

SCHEMA_REPORT = "schema_violations.json"
#: The timing sphinx-needs appends to the report's summary.
_SUMMARY_TIMING = re.compile(r" in [0-9.]+ seconds\. Validated \S+ needs/s\.$")


def container_id(need_id: str, taken: set[str]) -> str:
    """The id of an object's container: ``SNCB-`` and its ID, numbered when ``taken`` holds
    that already; the id is added to ``taken``."""
    base = CONTAINER_PREFIX + _UNSAFE.sub("-", need_id)
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _need_id(container: nodes.Element) -> str:
    # build_need_repr puts the object's table first, with the object's ID as its id.
    table = container.children[0] if container.children else None
    if isinstance(table, nodes.table) and table["ids"]:
        return str(table["ids"][0])
    return _UNKNOWN_NEED


def stabilise_container_ids(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give every object's container an id from the object's ID, unique on the page."""
    containers = [
        node for node in doctree.findall(nodes.container) if CONTAINER_CLASS in node["classes"]
    ]
    if not containers:
        return
    # Unique among every id on the page, the anchors of sections and objects included; the
    # random ids about to be replaced do not count.
    replaced = {id(node) for node in containers}
    taken = {
        anchor
        for node in doctree.findall(nodes.Element)
        if id(node) not in replaced
        for anchor in node["ids"]
    }
    for container in containers:
        container["ids"] = [container_id(_need_id(container), taken)]


def drop_validation_timing(app: Sphinx, builder: Builder) -> None:
    """Rewrite sphinx-needs' schema report without the time the validation took."""
    path = Path(app.outdir, SCHEMA_REPORT)
    if not path.is_file():  # schema validation is switched off
        return
    report = json.loads(path.read_text("utf-8"))
    report.pop("validated_needs_per_second", None)
    if isinstance(report.get("validation_summary"), str):
        report["validation_summary"] = _SUMMARY_TIMING.sub(".", report["validation_summary"])
    # As sphinx-needs writes it, so tools that read the report see the same format.
    path.write_text(json.dumps(report, indent=2), "utf-8")


def reproducible_needs_json(app: Sphinx, config: Config) -> None:
    """Leave the build time out of needs.json, unless conf.py decides."""
    if not set_by_user(config, "needs_reproducible_json"):
        config["needs_reproducible_json"] = True


def setup_deterministic(app: Sphinx) -> None:
    # With the other sphinx-needs defaults, before sphinx-needs reads its configuration (its
    # first handler runs at 10).
    app.connect("config-inited", reproducible_needs_json, priority=5)
    # After sphinx-needs wrote the report (process_schemas, write-started, priority 500).
    app.connect("write-started", drop_validation_timing, priority=600)
    # Last: after sphinx-needs laid out the objects (needextract 100, needs 500) and after
    # every handler that adds anchors, so the ids are unique on the finished page.
    app.connect("doctree-resolved", stabilise_container_ids, priority=990)
