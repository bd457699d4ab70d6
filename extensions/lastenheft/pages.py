"""What the model needs to know about each page: its objects in page order.

sphinx-needs keeps the objects; this collector keeps their order on the page, the authored
order of ``next`` links (sphinx-needs sorts links) and which pages show need data, so that
those pages are written again when the objects change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.environment.collectors import EnvironmentCollector

from lastenheft.warnings_ import Location

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Set as AbstractSet

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


@dataclass(frozen=True)
class PageEntry:
    """One Lastenheft object as written on a page."""

    need_id: str
    need_type: str
    location: Location
    next_ids: tuple[str, ...]
    branches: tuple[str, ...]


def pages(env: BuildEnvironment) -> dict[str, list[PageEntry]]:
    """Objects per document, in page order."""
    value: dict[str, list[PageEntry]] = env.__dict__.setdefault("lastenheft_pages", {})
    return value


def _consumers(env: BuildEnvironment) -> set[str]:
    """Documents whose output shows data of objects that may live on other pages."""
    value: set[str] = env.__dict__.setdefault("lastenheft_consumers", set())
    return value


def _shows_objects(doctree: nodes.document) -> bool:
    # sphinx-needs' nodes (needs, tables, references) and ours all render data that other
    # pages can change; any of them makes the page a consumer.
    return any(
        type(node).__module__.startswith(("sphinx_needs.", "lastenheft."))
        for node in doctree.findall(nodes.Element)
    )


def _fingerprint(env: BuildEnvironment) -> str:
    from sphinx_needs.data import SphinxNeedsData

    digest = hashlib.sha256()
    needs = SphinxNeedsData(env).get_needs_mutable()
    for need_id in sorted(needs):
        need = needs[need_id]
        digest.update(repr(sorted((k, repr(v)) for k, v in need.items())).encode())
    # In reading order: moving a page in the table of contents reorders the views.
    for docname in reading_order(env):
        digest.update(repr((docname, pages(env).get(docname))).encode())
    return digest.hexdigest()


class PageCollector(EnvironmentCollector):
    """Keeps the page order of objects and rewrites the pages that show changed objects."""

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        pages(env).pop(docname, None)
        _consumers(env).discard(docname)

    def merge_other(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        docnames: AbstractSet[str],
        other: BuildEnvironment,
    ) -> None:
        other_pages = pages(other)
        other_consumers = _consumers(other)
        for docname in docnames:
            if docname in other_pages:
                pages(env)[docname] = other_pages[docname]
            if docname in other_consumers:
                _consumers(env).add(docname)

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        if _shows_objects(doctree):
            _consumers(app.env).add(app.env.docname)

    def get_updated_docs(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        # Sphinx rewrites only the pages it re-read; a page showing objects of another
        # page (backlinks, tables, diagrams) would keep stale data. When any object
        # changed, every consumer page is written again, as a clean build would write it.
        fingerprint = _fingerprint(env)
        previous = env.__dict__.get("lastenheft_fingerprint")
        env.__dict__["lastenheft_fingerprint"] = fingerprint
        if previous is None or previous == fingerprint:
            return []
        return sorted(_consumers(env) & env.found_docs)


def record(env: BuildEnvironment, entry: PageEntry) -> None:
    pages(env).setdefault(entry.location.docname, []).append(entry)


def reading_order(env: BuildEnvironment) -> list[str]:
    """The documents as a reader meets them: the table of contents from the root document,
    depth first; documents outside it after, by name."""
    order: dict[str, None] = {}
    pending = [env.config.root_doc]
    while pending:
        docname = pending.pop()
        if docname in order or docname not in env.found_docs:
            continue
        order[docname] = None
        pending.extend(reversed(env.toctree_includes.get(docname, [])))
    return [*order, *sorted(env.found_docs - order.keys())]


def entries_in_order(env: BuildEnvironment) -> Iterable[PageEntry]:
    """Every recorded object, documents in reading order, objects in page order."""
    for docname in reading_order(env):
        yield from pages(env).get(docname, ())


def setup_pages(app: Sphinx) -> None:
    app.add_env_collector(PageCollector)
