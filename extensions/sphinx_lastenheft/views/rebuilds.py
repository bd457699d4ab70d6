"""Precise rebuilds: a page is written again exactly when something it shows has changed.

Sphinx writes again the pages it read again. A page also shows what other pages hold: its
views (diagrams, tables, handbooks), sphinx-needs' rendering of its objects (links in both
directions) and sphinx-needs' roles and tables. Once every page is read and the model is
built, each page's inputs (:mod:`sphinx_lastenheft.views.inputs`) are hashed; the pages whose digest
differs from the last build's are written again, and no other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.store import get_model, ordered_ids
from sphinx_lastenheft.sources.pages import PageRecord, pages, reading_order
from sphinx_lastenheft.views.base import ReadContext, view_reads
from sphinx_lastenheft.views.inputs import (
    EVERYTHING,
    Read,
    Snapshot,
    object_records,
    one,
    type_order,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

_DIGESTS = "lastenheft_page_digests"
#: Set on the builder when the build reads or removes a page (a build that does neither
#: shows what the last one showed: a changed setting, or a changed file a page names, has
#: Sphinx read pages again).
_READ = "lastenheft_pages_read"
#: The key of the site's structure among the digests (no document has this name).
_STRUCTURE = "<site structure>"

#: Inputs other than objects, by the kind of their reads: each gives the content of every
#: key as text (e.g. the test runs of the acceptance views).
INPUT_TABLES: dict[str, Callable[[BuildEnvironment], Mapping[str, str]]] = {}


#: What features add to sphinx-needs' rendering of the objects written on a page (e.g. the
#: vendors' answers on each requirement): given the IDs of those objects, their inputs.
OBJECT_ADDITIONS: list[Callable[[BuildEnvironment, list[str]], list[Read]]] = []


def register_input(kind: str, table: Callable[[BuildEnvironment], Mapping[str, str]]) -> None:
    """Let views read inputs of ``kind``: ``table`` gives each key's content as text."""
    INPUT_TABLES[kind] = table


def register_object_addition(reads: Callable[[BuildEnvironment, list[str]], list[Read]]) -> None:
    """Tell the rebuilds that a feature adds to the rendering of objects: ``reads`` gives the
    inputs of what it adds to the objects written on one page."""
    if reads not in OBJECT_ADDITIONS:
        OBJECT_ADDITIONS.append(reads)


def neighbours(env: BuildEnvironment) -> dict[str, set[str]]:
    """The objects each object links to or is linked from, by ID."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    linked: dict[str, set[str]] = {}
    for need_id, need in needs.items():
        for name in env.config.needs_links:
            for target in need.get_links(str(name)):
                linked.setdefault(need_id, set()).add(str(target))
                linked.setdefault(str(target), set()).add(need_id)
    return linked


def needs_reads(
    record: PageRecord, written: list[str], linked: Mapping[str, set[str]]
) -> list[Read]:
    """What sphinx-needs shows on a page: each object ``written`` there whole, with the ID
    and page of every object it links to or that links to it; the objects its roles name;
    everything, for its tables, lists and flows."""
    if record.needs_views:
        return [EVERYTHING]
    reads = [one(target) for target in record.referenced]
    for need_id in sorted(written):
        reads.append(one(need_id))
        # A link shows the other object's ID and leads to its page.
        reads.extend(one(other, "docname") for other in sorted(linked.get(need_id, ())))
    return reads


def page_digests(env: BuildEnvironment) -> dict[str, str]:
    """The digest of everything each page shows, for the pages that show anything."""
    model = get_model(env)
    records = object_records(env, model)
    snapshot = Snapshot(
        records,
        type_order(env, ordered_ids(env)),
        {kind: table(env) for kind, table in INPUT_TABLES.items()},
    )
    context = ReadContext(env, model, settings(env.config))
    linked = neighbours(env)
    written: dict[str, list[str]] = {}
    for need_id, need in SphinxNeedsData(env).get_needs_mutable().items():
        written.setdefault(str(need["docname"]), []).append(need_id)
    digests = {}
    for docname, record in pages(env).items():
        if docname not in env.found_docs:
            continue
        objects = written.get(docname, [])
        reads = view_reads(context, record.placements) + needs_reads(record, objects, linked)
        for addition in OBJECT_ADDITIONS:
            reads += addition(env, objects)
        if reads:
            digests[docname] = snapshot.page_digest(reads)
    return digests


def site_structure(env: BuildEnvironment) -> str:
    """The documents in reading order with their titles: what every page's navigation shows
    (the theme's table of contents, the links to the previous and next page)."""
    titles = [(d, env.titles[d].astext() if d in env.titles else "") for d in reading_order(env)]
    return hashlib.sha256(repr(titles).encode()).hexdigest()


def note_reading(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    if docnames:
        app.builder.__dict__[_READ] = True


def note_removal(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    app.builder.__dict__[_READ] = True


def nothing_read(builder: Builder) -> bool:
    """Whether this build read no page and removed none: all it shows is as last time."""
    return not builder.__dict__.get(_READ, False)


def pages_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages whose inputs changed since the last build (none in a first build); every
    page when a page was added, removed, moved or retitled."""
    previous: dict[str, str] | None = env.__dict__.get(_DIGESTS)
    if previous is not None and nothing_read(app.builder):
        return []
    current = page_digests(env)
    current[_STRUCTURE] = site_structure(env)
    env.__dict__[_DIGESTS] = current
    if previous is None:
        return []
    if previous.get(_STRUCTURE) != current[_STRUCTURE]:
        return sorted(env.found_docs)
    return sorted(d for d, digest in current.items() if previous.get(d) != digest)


def setup_rebuilds(app: Sphinx) -> None:
    app.connect("env-before-read-docs", note_reading)
    app.connect("env-purge-doc", note_removal)
    # After the model is built (env-updated, priority 400).
    app.connect("env-updated", pages_to_write, priority=600)
